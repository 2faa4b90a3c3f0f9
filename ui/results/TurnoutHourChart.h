#pragma once

#include "ChartPanel.h"
#include "TurnoutService.h"

namespace bd {

/**
 * National turnout at each report hour as a line (Qt Charts), for the hourly turnout page:
 * the charts page's panel, so it has the same palette, tooltips and PNG/SVG export.
 */
class TurnoutHourChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit TurnoutHourChart(QWidget *parent = nullptr);

    /** The chart draws the page's figures, not a ChartSet: this does nothing. */
    void showData(const ChartSet &set) override;
    /** Draws @p national, one point per hour with reports. */
    void showTurnout(const QList<TurnoutAtHour> &national);
    /** The points drawn, hour index → percent (tests). */
    QList<QPointF> points() const { return m_points; }

private:
    QList<QPointF> m_points;
};

} // namespace bd
