#include "TurnoutHistogramChart.h"

#include "ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegendMarker>
#include <QLocale>
#include <QValueAxis>

namespace bd {

TurnoutHistogramChart::TurnoutHistogramChart(QWidget *parent)
    : ChartPanel(QStringLiteral("turnout-histogram"), parent)
{}

void TurnoutHistogramChart::showData(const ChartSet &set)
{
    if (!set.histogram)
        return;
    const TurnoutHistogram &figures = *set.histogram;
    const QLocale locale;
    resetChart(tr("Polling stations by turnout: %1<br><small>%Ln station(s) reported</small>",
                  nullptr, figures.stations())
                   .arg(scopeName(figures.scope)));
    if (figures.stations() == 0) {
        showNote(tr("No accepted protocols yet."));
        applyPalette();
        return;
    }
    auto *bars = new QBarSet(tr("Polling stations"));
    bars->setColor(ChartPalette::primary());
    bars->setBorderColor(palette().color(QPalette::Base));
    QStringList categories;
    int highest = 0;
    for (qsizetype bin = 0; bin < figures.counts.size(); ++bin) {
        const int from = int(bin) * TurnoutHistogram::binWidth;
        categories << locale.toString(from);
        *bars << figures.counts.at(bin);
        highest = std::max(highest, figures.counts.at(bin));
    }
    auto *series = new QBarSeries;
    series->append(bars);
    series->setBarWidth(0.96);
    chart()->addSeries(series);
    chart()->legend()->markers(series).constFirst()->setVisible(false);
    chart()->legend()->setVisible(false);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    axisX->setTitleText(tr("Turnout, % (bands of 5 points, by their lower bound)"));
    chart()->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max(1, highest));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    axisY->setTitleText(tr("Polling stations"));
    chart()->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    const QList<int> counts = figures.counts;
    const int stations = figures.stations();
    connect(series, &QBarSeries::hovered, this,
            [this, counts, stations, locale](bool on, int index, QBarSet *) {
                if (!on || index < 0 || index >= counts.size()) {
                    showTip({});
                    return;
                }
                const int from = index * TurnoutHistogram::binWidth;
                showTip(tr("Turnout %1 to %2\n%Ln station(s), %3 of those reported", nullptr,
                           counts.at(index))
                            .arg(percent(from, 0), percent(from + TurnoutHistogram::binWidth, 0),
                                 percent(100.0 * counts.at(index) / stations)));
            });
    applyPalette();
}

} // namespace bd
