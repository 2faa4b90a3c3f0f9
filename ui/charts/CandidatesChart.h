#pragma once

#include "PartyBarsChart.h"

namespace bd {

/** Registered candidates by way of nomination (party or self) and by party. */
class CandidatesChart : public PartyBarsChart
{
    Q_OBJECT

public:
    explicit CandidatesChart(QWidget *parent = nullptr);
    void showData(const ChartSet &set) override;
};

} // namespace bd
