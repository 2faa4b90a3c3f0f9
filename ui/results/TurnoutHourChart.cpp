#include "TurnoutHourChart.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace bd {

TurnoutHourChart::TurnoutHourChart(QWidget *parent)
    : ChartPanel(QStringLiteral("hourly-turnout"), parent)
{}

void TurnoutHourChart::showData(const ChartSet &) {}

void TurnoutHourChart::showTurnout(const QList<TurnoutAtHour> &national)
{
    resetChart(tr("National turnout through the day"));
    m_points.clear();
    chart()->legend()->hide();
    const bool any = std::any_of(national.cbegin(), national.cend(),
                                 [](const TurnoutAtHour &at) { return at.stationsReported > 0; });
    if (!any) {
        showNote(tr("No hourly turnout reports yet."));
        applyPalette();
        return;
    }

    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype h = 0; h < national.size(); ++h)
        axisX->append(national.at(h).hour.toString(QStringLiteral("HH:mm")), double(h));
    // A little room either side so that the first and last hour labels are not clipped.
    axisX->setRange(-0.2, double(national.size() - 1) + 0.2);
    axisX->setTruncateLabels(false);
    axisX->setTitleText(tr("Local time of the report"));
    chart()->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Turnout, % of voters on the list"));
    chart()->addAxis(axisY, Qt::AlignLeft);

    auto *series = new QLineSeries;
    series->setName(tr("All regions"));
    series->setPen(QPen(palette().color(QPalette::Text), 3.0));
    series->setPointsVisible(true);
    for (qsizetype h = 0; h < national.size(); ++h) {
        if (national.at(h).votersOnList > 0) {
            m_points.append(QPointF(double(h), national.at(h).percent()));
            series->append(m_points.constLast());
        }
    }
    chart()->addSeries(series);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    const QLocale locale;
    connect(series, &QLineSeries::hovered, this,
            [this, national, locale](const QPointF &point, bool on) {
                const int h = qRound(point.x());
                if (!on || h < 0 || h >= national.size()) {
                    showTip({});
                    return;
                }
                const TurnoutAtHour &at = national.at(h);
                showTip(tr("%1\nTurnout: %2\n%3 of %4 voters\n%5 of %6 stations reported")
                            .arg(at.hour.toString(QStringLiteral("HH:mm")), percent(at.percent()),
                                 locale.toString(at.votersReceivedBallots),
                                 locale.toString(at.votersOnList),
                                 locale.toString(at.stationsReported),
                                 locale.toString(at.stationsTotal)));
            });
    applyPalette();
}

} // namespace bd
