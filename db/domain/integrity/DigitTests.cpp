#include "DigitTests.h"

#include "StatFunctions.h"

#include <cmath>

namespace bd {

namespace {

template <typename DigitOf>
DigitTestResult digitTest(const QList<qint64> &counts, const DigitTestOptions &options,
                          const std::array<double, 10> &expected, DigitOf digitOf)
{
    DigitTestResult r;
    r.expected = expected;
    for (int d = 0; d < 10; ++d)
        r.expectedMean += d * expected[static_cast<size_t>(d)];
    qint64 digitSum = 0;
    for (qint64 c : counts) {
        if (c < options.minCount || c < 0) {
            ++r.countsSkipped;
            continue;
        }
        const int d = digitOf(c);
        ++r.observed[static_cast<size_t>(d)];
        digitSum += d;
        ++r.countsUsed;
    }
    r.enoughCounts = r.countsUsed >= std::max<qint64>(options.minCounts, 1);
    if (r.countsUsed == 0)
        return r;
    const auto n = static_cast<double>(r.countsUsed);
    r.mean = static_cast<double>(digitSum) / n;
    r.chiSquare = 0.0;
    for (size_t d = 0; d < 10; ++d) {
        const double e = n * expected[d];
        const double diff = static_cast<double>(r.observed[d]) - e;
        r.chiSquare += diff * diff / e;
    }
    r.pValue = StatFunctions::chiSquareSurvival(r.chiSquare, r.degreesOfFreedom);
    return r;
}

} // namespace

std::array<double, 10> DigitTests::secondDigitFrequencies()
{
    std::array<double, 10> p{};
    for (int d = 0; d < 10; ++d) {
        for (int k = 1; k <= 9; ++k)
            p[static_cast<size_t>(d)] += std::log10(1.0 + 1.0 / (10.0 * k + d));
    }
    return p;
}

double DigitTests::secondDigitMean()
{
    const std::array<double, 10> p = secondDigitFrequencies();
    double mean = 0.0;
    for (int d = 0; d < 10; ++d)
        mean += d * p[static_cast<size_t>(d)];
    return mean;
}

int DigitTests::secondDigit(qint64 count)
{
    while (count >= 100)
        count /= 10;
    return static_cast<int>(count % 10);
}

DigitTestResult DigitTests::secondDigitTest(const QList<qint64> &counts,
                                            const DigitTestOptions &options)
{
    DigitTestOptions gated = options;
    gated.minCount = std::max<qint64>(options.minCount, 10); // a second digit needs two digits
    return digitTest(counts, gated, secondDigitFrequencies(), &DigitTests::secondDigit);
}

DigitTestResult DigitTests::lastDigitTest(const QList<qint64> &counts,
                                          const DigitTestOptions &options)
{
    std::array<double, 10> uniform{};
    uniform.fill(0.1);
    DigitTestResult r =
        digitTest(counts, options, uniform, [](qint64 c) { return static_cast<int>(c % 10); });
    if (r.countsUsed > 0)
        r.shareZeroFive =
            static_cast<double>(r.observed[0] + r.observed[5]) / static_cast<double>(r.countsUsed);
    return r;
}

} // namespace bd
