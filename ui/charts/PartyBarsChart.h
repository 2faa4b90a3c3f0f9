#pragma once

#include "ChartPanel.h"

#include <QColor>

namespace bd {

/**
 * Horizontal bars, one per party (in the party's colour) and one for self-nominated
 * candidates: the shape of the candidates and seats charts. Each bar is a bar set of its own
 * so that it keeps its colour and has a legend entry.
 */
class PartyBarsChart : public ChartPanel
{
    Q_OBJECT

public:
    using ChartPanel::ChartPanel;

protected:
    struct Bar
    {
        QString label;
        int count = 0;
        QColor color;
        QString tip;
    };
    /** Draws @p bars top to bottom, the value axis titled @p axisTitle. */
    void showBars(const QList<Bar> &bars, const QString &axisTitle);
};

} // namespace bd
