#include "TurnoutByTerritoryChart.h"

#include "ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace bd {

TurnoutByTerritoryChart::TurnoutByTerritoryChart(QWidget *parent)
    : ChartPanel(QStringLiteral("turnout-by-region"), parent)
{}

void TurnoutByTerritoryChart::showData(const ChartSet &set)
{
    if (!set.turnout)
        return;
    const TurnoutByTerritory &figures = *set.turnout;
    switch (figures.scope.childDepth) {
    case 0:
        resetChart(tr("Turnout by region"));
        break;
    case 1:
        resetChart(tr("Turnout by district: %1").arg(scopeName(figures.scope)));
        break;
    default:
        resetChart(tr("Turnout by okrug: %1").arg(scopeName(figures.scope)));
        break;
    }
    if (figures.territories.isEmpty()) {
        showNote(tr("No accepted protocols yet."));
        applyPalette();
        return;
    }

    // Lowest first: a horizontal category axis runs upwards, so the highest ends on top.
    QList<TerritoryTurnout> rows = figures.territories;
    std::reverse(rows.begin(), rows.end());
    auto *bars = new QBarSet(tr("Turnout"));
    bars->setColor(ChartPalette::color(4));
    bars->setBorderColor(ChartPalette::color(4));
    QStringList categories;
    for (const TerritoryTurnout &t : std::as_const(rows)) {
        categories << tr("%1  %2", "territory name, turnout")
                          .arg(nameOf(t.names), percent(t.turnoutPercent()));
        *bars << t.turnoutPercent();
    }
    auto *series = new QHorizontalBarSeries;
    series->append(bars);
    series->setBarWidth(0.72);
    chart()->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    axisY->setTruncateLabels(false);
    chart()->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("Turnout, % of voters on the list"));
    chart()->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    const double overall = figures.total.turnoutPercent();
    auto *line = new QLineSeries;
    line->setName(figures.scope.isWholeElection()
                      ? tr("National turnout: %1").arg(percent(overall))
                      : tr("Turnout in %1: %2").arg(scopeName(figures.scope), percent(overall)));
    line->append(overall, -0.5);
    line->append(overall, double(rows.size()) - 0.5);
    QPen pen(ChartPalette::reference(), 2.5, Qt::DashLine);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(axisX);
    line->attachAxis(axisY);

    // The bar set's own legend entry only repeats the title.
    chart()->legend()->markers(series).constFirst()->setVisible(false);

    const QLocale locale;
    connect(series, &QHorizontalBarSeries::hovered, this,
            [this, rows, locale](bool on, int index, QBarSet *) {
                if (!on || index < 0 || index >= rows.size()) {
                    showTip({});
                    return;
                }
                const TerritoryTurnout &t = rows.at(index);
                showTip(tr("%1\nTurnout: %2\nBallots issued: %3 of %4 voters\n"
                           "Stations reported: %5")
                            .arg(nameOf(t.names), percent(t.turnoutPercent()),
                                 locale.toString(t.ballotsIssued),
                                 locale.toString(t.votersReported),
                                 locale.toString(t.stationsReported)));
            });
    connect(line, &QLineSeries::hovered, this,
            [this, line](const QPointF &, bool on) { showTip(on ? line->name() : QString()); });
    applyPalette();
}

} // namespace bd
