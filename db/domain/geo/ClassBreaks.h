#pragma once

#include <QCoreApplication>
#include <QList>

namespace bd {

/**
 * Class breaks of a choropleth: how values are grouped into a few colour classes.
 *
 * A classification is the list of each class's upper bound, ascending; the last is the maximum.
 * A value belongs to the first class whose upper bound it does not exceed. Two methods:
 * - naturalBreaks() (Jenks): minimises the spread within classes, so a region far from the rest
 *   (the demo's Almaty Region at 66.5 %) gets a class of its own instead of pulling a
 *   neighbour's colour. The default of the map. Exact dynamic programming, O(k·n²); above
 *   kMaxJenksValues values it classifies a sorted, evenly spaced sample of that many.
 * - quantiles(): about the same number of values in every class.
 * Fewer distinct values than classes give one class per distinct value.
 */
class ClassBreaks
{
    Q_DECLARE_TR_FUNCTIONS(ClassBreaks)

public:
    enum class Method { NaturalBreaks, Quantiles };
    static constexpr int kMaxJenksValues = 4000;

    ClassBreaks() = delete;

    static QList<double> compute(Method method, QList<double> values, int classes);
    static QList<double> naturalBreaks(QList<double> values, int classes);
    static QList<double> quantiles(QList<double> values, int classes);
    /** The class of @p value (0-based) under @p upperBounds; -1 when there are no classes. */
    static int classOf(const QList<double> &upperBounds, double value);
};

} // namespace bd
