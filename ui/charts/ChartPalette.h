#pragma once

#include <QColor>
#include <QList>
#include <QPen>
#include <QString>

namespace bd {

/**
 * The colours of the charts: the Okabe–Ito palette, which readers with any common form of
 * colour blindness can tell apart, and line styles to tell more series apart than it has.
 */
class ChartPalette
{
public:
    ChartPalette() = delete;

    /** The categorical colours (no black: it would vanish on a dark palette). */
    static const QList<QColor> &categorical();
    /** The colour of series @p index; wraps around. */
    static QColor color(qsizetype index);
    /** A pen for line @p index: colours first, then dashed and dotted variants. */
    static QPen linePen(qsizetype index, qreal width = 2);
    /** The colour of a party: its own when the register gives one, else a categorical one. */
    static QColor partyColor(const QString &registered, qsizetype fallbackIndex);
    /** Self-nominated candidates: a neutral grey that no party uses. */
    static QColor selfNominated();
    /** The main series of a single-series chart (bars, points). */
    static QColor primary();
    /** A reference line such as the national turnout. */
    static QColor reference();
};

} // namespace bd
