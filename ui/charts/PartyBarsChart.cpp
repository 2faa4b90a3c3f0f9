#include "PartyBarsChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace bd {

void PartyBarsChart::showBars(const QList<Bar> &bars, const QString &axisTitle)
{
    // The category axis runs upwards: the first bar goes last.
    QList<Bar> rows = bars;
    std::reverse(rows.begin(), rows.end());
    QStringList categories;
    int highest = 0;
    for (const Bar &bar : std::as_const(rows)) {
        categories << bar.label;
        highest = std::max(highest, bar.count);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        auto *set = new QBarSet(rows.at(i).label);
        set->setColor(rows.at(i).color);
        set->setBorderColor(rows.at(i).color);
        for (qsizetype k = 0; k < rows.size(); ++k)
            *set << (k == i ? rows.at(i).count : 0);
        series->append(set);
    }
    chart()->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    axisY->setTruncateLabels(false);
    chart()->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::max(1, highest));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->applyNiceNumbers();
    axisX->setTitleText(axisTitle);
    chart()->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, rows](bool on, int index, QBarSet *) {
                if (!on || index < 0 || index >= rows.size())
                    showTip({});
                else
                    showTip(rows.at(index).tip);
            });
    applyPalette();
}

} // namespace bd
