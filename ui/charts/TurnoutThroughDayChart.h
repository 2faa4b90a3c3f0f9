#pragma once

#include "ChartPanel.h"

namespace bd {

/** Turnout at each reporting hour: a line per region (or district) and one for the whole. */
class TurnoutThroughDayChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit TurnoutThroughDayChart(QWidget *parent = nullptr);
    void showData(const ChartSet &set) override;
};

} // namespace bd
