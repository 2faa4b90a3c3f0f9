#include "TurnoutScatterChart.h"

#include "ChartPalette.h"

#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace bd {

TurnoutScatterChart::TurnoutScatterChart(QWidget *parent)
    : ChartPanel(QStringLiteral("turnout-vs-winner-share"), parent)
{}

void TurnoutScatterChart::showData(const ChartSet &set)
{
    if (!set.scatter)
        return;
    const TurnoutScatter &figures = *set.scatter;
    const QLocale locale;
    resetChart(tr("Turnout and the winner's share: %1").arg(scopeName(figures.scope)));
    if (figures.points.isEmpty()) {
        showNote(tr("No decided contest with accepted protocols yet."));
        applyPalette();
        return;
    }
    auto *series = new QScatterSeries;
    series->setName(
        figures.points.size() < figures.stations
            ? tr("A polling station (a sample of %1 of %2)")
                  .arg(locale.toString(figures.points.size()), locale.toString(figures.stations))
            : tr("A polling station (%1 in all)").arg(locale.toString(figures.stations)));
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(6);
    QColor fill = ChartPalette::primary();
    fill.setAlpha(150);
    series->setColor(fill);
    series->setBorderColor(fill);
    QList<QPointF> points;
    points.reserve(figures.points.size());
    for (const StationPoint &p : figures.points)
        points << QPointF(p.turnout, p.winnerShare);
    series->append(points);
    chart()->addSeries(series);

    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(11);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(tr("Turnout, % of voters on the list"));
    chart()->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(11);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Winner's share, % of valid ballots"));
    chart()->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    const QList<StationPoint> stations = figures.points;
    connect(series, &QScatterSeries::hovered, this, [this, stations](const QPointF &at, bool on) {
        if (!on) {
            showTip({});
            return;
        }
        // The nearest station to the hovered marker.
        qsizetype best = -1;
        double bestDistance = 0;
        for (qsizetype i = 0; i < stations.size(); ++i) {
            const double dx = stations.at(i).turnout - at.x();
            const double dy = stations.at(i).winnerShare - at.y();
            if (best < 0 || dx * dx + dy * dy < bestDistance) {
                best = i;
                bestDistance = dx * dx + dy * dy;
            }
        }
        const StationPoint &p = stations.at(best);
        showTip(tr("Station %1\nTurnout: %2\nWinner's share: %3")
                    .arg(p.code, percent(p.turnout), percent(p.winnerShare)));
    });
    applyPalette();
}

} // namespace bd
