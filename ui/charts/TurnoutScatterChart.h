#pragma once

#include "ChartPanel.h"

namespace bd {

/** Each reporting station's turnout against its contest winner's share of the valid ballots. */
class TurnoutScatterChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit TurnoutScatterChart(QWidget *parent = nullptr);
    void showData(const ChartSet &set) override;
};

} // namespace bd
