#include "TurnoutThroughDayChart.h"

#include "ChartPalette.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace bd {

TurnoutThroughDayChart::TurnoutThroughDayChart(QWidget *parent)
    : ChartPanel(QStringLiteral("turnout-through-the-day"), parent)
{}

void TurnoutThroughDayChart::showData(const ChartSet &set)
{
    if (!set.turnoutByHour)
        return;
    const TurnoutThroughDay &figures = *set.turnoutByHour;
    resetChart(figures.scope.isWholeElection()
                   ? tr("Turnout through the day")
                   : tr("Turnout through the day: %1").arg(scopeName(figures.scope)));
    chart()->legend()->setAlignment(Qt::AlignRight);
    if (figures.hours.isEmpty() || figures.lines.isEmpty()) {
        showNote(tr("No hourly turnout reports yet."));
        applyPalette();
        return;
    }

    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype h = 0; h < figures.hours.size(); ++h)
        axisX->append(figures.hours.at(h), double(h)); // "10:00": 24-hour local time
    // A little room either side so that the first and last hour labels are not clipped.
    axisX->setRange(-0.2, double(figures.hours.size() - 1) + 0.2);
    axisX->setTruncateLabels(false);
    axisX->setTitleText(tr("Local time of the report"));
    chart()->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Turnout, % of voters on the list"));
    chart()->addAxis(axisY, Qt::AlignLeft);

    const QLocale locale;
    auto addLine = [&](const TurnoutLine &line, const QString &name, const QPen &pen) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (qsizetype h = 0; h < line.hours.size(); ++h) {
            if (line.hours.at(h).voters > 0)
                series->append(double(h), line.hours.at(h).percent());
        }
        chart()->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        connect(series, &QLineSeries::hovered, this,
                [this, line, name, locale](const QPointF &point, bool on) {
                    const int h = qRound(point.x());
                    if (!on || h < 0 || h >= line.hours.size()) {
                        showTip({});
                        return;
                    }
                    const HourlyTurnout &at = line.hours.at(h);
                    showTip(tr("%1 at %2\nTurnout: %3\n%4 of %5 voters, %Ln station(s) reported",
                               nullptr, at.stations)
                                .arg(name, at.hour, percent(at.percent()),
                                     locale.toString(at.received), locale.toString(at.voters)));
                });
    };
    QPen totalPen(palette().color(QPalette::Text), 3.5);
    addLine(figures.total,
            figures.scope.isWholeElection() ? tr("All regions") : scopeName(figures.scope),
            totalPen);
    for (qsizetype i = 0; i < figures.lines.size(); ++i)
        addLine(figures.lines.at(i), nameOf(figures.lines.at(i).names),
                ChartPalette::linePen(i, 1.8));
    applyPalette();
}

} // namespace bd
