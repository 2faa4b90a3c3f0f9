#pragma once

#include "PartyBarsChart.h"

namespace bd {

/** Seats won by each party and by self-nominated candidates (and seats not yet decided). */
class SeatsWonChart : public PartyBarsChart
{
    Q_OBJECT

public:
    explicit SeatsWonChart(QWidget *parent = nullptr);
    void showData(const ChartSet &set) override;
};

} // namespace bd
