#pragma once

#include "ChartPanel.h"

namespace bd {

/** How many polling stations had each 5-point band of turnout. */
class TurnoutHistogramChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit TurnoutHistogramChart(QWidget *parent = nullptr);
    void showData(const ChartSet &set) override;
};

} // namespace bd
