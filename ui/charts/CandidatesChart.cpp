#include "CandidatesChart.h"

#include "ChartPalette.h"
#include "Turnout.h"

#include <QLocale>

namespace bd {

CandidatesChart::CandidatesChart(QWidget *parent)
    : PartyBarsChart(QStringLiteral("candidates-by-nomination"), parent)
{}

void CandidatesChart::showData(const ChartSet &set)
{
    if (!set.candidates)
        return;
    const CandidatesByNomination &figures = *set.candidates;
    const QLocale locale;
    const int registered = figures.party + figures.selfNominated;
    const QString partyShare = percent(Turnout::roundedPercent(figures.party, registered));
    const QString selfShare = percent(Turnout::roundedPercent(figures.selfNominated, registered));
    // The title carries the split by nomination so that an exported image keeps it.
    resetChart(tr("Registered candidates: %1<br><small>nominated by parties %2 (%3), "
                  "self-nominated %4 (%5)</small>")
                   .arg(scopeName(figures.scope), locale.toString(figures.party), partyShare,
                        locale.toString(figures.selfNominated), selfShare));
    if (registered == 0) {
        showNote(tr("No registered candidates."));
        applyPalette();
        return;
    }
    QList<Bar> bars;
    auto tip = [&](const QString &name, int count) {
        return tr("%1\n%Ln candidate(s), %2 of registered", nullptr, count)
            .arg(name, percent(Turnout::roundedPercent(count, registered)));
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
    showBars(bars, tr("Registered candidates"));
}

} // namespace bd
