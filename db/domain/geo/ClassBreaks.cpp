#include "ClassBreaks.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bd {

namespace {

// Sorted, without NaN; the number of distinct values caps the classes.
QList<double> prepare(QList<double> values, int *classes)
{
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
        values.end());
    std::sort(values.begin(), values.end());
    qsizetype distinct = values.isEmpty() ? 0 : 1;
    for (qsizetype i = 1; i < values.size(); ++i) {
        if (values.at(i) != values.at(i - 1))
            ++distinct;
    }
    *classes = static_cast<int>(std::min<qsizetype>(*classes, distinct));
    return values;
}

QList<double> distinctValues(const QList<double> &sorted)
{
    QList<double> out;
    for (double v : sorted) {
        if (out.isEmpty() || out.constLast() != v)
            out.append(v);
    }
    return out;
}

} // namespace

QList<double> ClassBreaks::compute(Method method, QList<double> values, int classes)
{
    return method == Method::Quantiles ? quantiles(std::move(values), classes)
                                       : naturalBreaks(std::move(values), classes);
}

QList<double> ClassBreaks::quantiles(QList<double> values, int classes)
{
    values = prepare(std::move(values), &classes);
    if (classes <= 0)
        return {};
    if (classes == static_cast<int>(distinctValues(values).size()))
        return distinctValues(values);
    const qsizetype n = values.size();
    QList<double> breaks;
    for (int i = 1; i <= classes; ++i) {
        // The upper bound of class i is the value at rank ceil(i·n/k).
        const qsizetype rank = (static_cast<qsizetype>(i) * n + classes - 1) / classes;
        const double bound = values.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
        if (breaks.isEmpty() || bound > breaks.constLast())
            breaks.append(bound);
    }
    return breaks;
}

QList<double> ClassBreaks::naturalBreaks(QList<double> values, int classes)
{
    values = prepare(std::move(values), &classes);
    if (classes <= 0)
        return {};
    if (classes == static_cast<int>(distinctValues(values).size()))
        return distinctValues(values);
    if (values.size() > kMaxJenksValues) {
        QList<double> sample;
        sample.reserve(kMaxJenksValues);
        for (int i = 0; i < kMaxJenksValues; ++i)
            sample.append(
                values.at(static_cast<qsizetype>(i) * (values.size() - 1) / (kMaxJenksValues - 1)));
        values = std::move(sample);
    }
    const int n = static_cast<int>(values.size());
    const int k = classes;
    // Prefix sums give the squared deviation of any run values[a..b] in O(1).
    QList<double> sum(n + 1, 0.0);
    QList<double> sumSq(n + 1, 0.0);
    for (int i = 0; i < n; ++i) {
        sum[i + 1] = sum.at(i) + values.at(i);
        sumSq[i + 1] = sumSq.at(i) + values.at(i) * values.at(i);
    }
    auto ssd = [&](int a, int b) { // inclusive run a..b
        const double s = sum.at(b + 1) - sum.at(a);
        const double s2 = sumSq.at(b + 1) - sumSq.at(a);
        return s2 - s * s / (b - a + 1);
    };
    constexpr double kInf = std::numeric_limits<double>::infinity();
    // cost[c][i]: least total deviation of values[0..i] in c+1 classes; start[c][i]: where the
    // last of those classes begins.
    QList<QList<double>> cost(k, QList<double>(n, kInf));
    QList<QList<int>> start(k, QList<int>(n, 0));
    for (int i = 0; i < n; ++i)
        cost[0][i] = ssd(0, i);
    for (int c = 1; c < k; ++c) {
        for (int i = c; i < n; ++i) {
            for (int j = c; j <= i; ++j) {
                const double candidate = cost.at(c - 1).at(j - 1) + ssd(j, i);
                if (candidate < cost.at(c).at(i)) {
                    cost[c][i] = candidate;
                    start[c][i] = j;
                }
            }
        }
    }
    QList<double> breaks(k);
    int end = n - 1;
    for (int c = k - 1; c >= 0; --c) {
        breaks[c] = values.at(end);
        end = start.at(c).at(end) - 1;
    }
    // Equal values split across classes would give equal bounds: keep each bound once.
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    return breaks;
}

int ClassBreaks::classOf(const QList<double> &upperBounds, double value)
{
    if (upperBounds.isEmpty())
        return -1;
    const auto it = std::lower_bound(upperBounds.begin(), upperBounds.end(), value);
    if (it == upperBounds.end())
        return static_cast<int>(upperBounds.size()) - 1;
    return static_cast<int>(it - upperBounds.begin());
}

} // namespace bd
