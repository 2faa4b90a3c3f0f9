#pragma once

#include "ChartPanel.h"

namespace bd {

/** Turnout by region (or by district of a region), highest first, with the overall line. */
class TurnoutByTerritoryChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit TurnoutByTerritoryChart(QWidget *parent = nullptr);
    void showData(const ChartSet &set) override;
};

} // namespace bd
