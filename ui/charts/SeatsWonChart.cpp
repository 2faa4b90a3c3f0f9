#include "SeatsWonChart.h"

#include "ChartPalette.h"
#include "Turnout.h"

#include <QLocale>

namespace bd {

SeatsWonChart::SeatsWonChart(QWidget *parent) : PartyBarsChart(QStringLiteral("seats-won"), parent)
{}

void SeatsWonChart::showData(const ChartSet &set)
{
    if (!set.seats)
        return;
    const SeatsWon &figures = *set.seats;
    const QLocale locale;
    const int total = figures.total();
    resetChart(tr("Seats won: %1<br><small>%Ln seat(s), %2 decided</small>", nullptr, total)
                   .arg(scopeName(figures.scope), locale.toString(total - figures.undecided)));
    if (total == 0) {
        showNote(tr("No seats in this territory."));
        applyPalette();
        return;
    }
    QList<Bar> bars;
    auto tip = [&](const QString &name, int count) {
        return tr("%1\n%Ln seat(s), %2 of all seats", nullptr, count)
            .arg(name, percent(Turnout::roundedPercent(count, total)));
    };
    for (qsizetype i = 0; i < figures.byParty.size(); ++i) {
        const PartyCount &p = figures.byParty.at(i);
        const QString name = p.shortName.isEmpty() ? nameOf(p.names) : p.shortName;
        bars << Bar{name, p.count, ChartPalette::partyColor(p.color, i),
                    tip(nameOf(p.names), p.count)};
    }
    bars << Bar{tr("Self-nominated"), figures.selfNominated, ChartPalette::selfNominated(),
                tip(tr("Self-nominated"), figures.selfNominated)};
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &a, const Bar &b) { return a.count > b.count; });
    if (figures.undecided > 0) {
        QColor undecided = palette().color(QPalette::Mid);
        bars << Bar{
            tr("Not decided"), figures.undecided, undecided,
            tip(tr("Not decided yet: tie, against all or protocols missing"), figures.undecided)};
    }
    showBars(bars, tr("Seats"));
}

} // namespace bd
