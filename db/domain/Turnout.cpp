#include "Turnout.h"

#include <algorithm>
#include <cmath>

namespace bd {

namespace {

constexpr int kMaximumDecimals = 6;

// Exact intermediate products; __extension__ keeps -Wpedantic quiet about the GCC/Clang type.
__extension__ typedef __int128 Wide;

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace

std::optional<double> Turnout::percent(qint64 issued, qint64 votersOnList)
{
    if (votersOnList <= 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(issued) / static_cast<double>(votersOnList);
}

double Turnout::roundedPercent(qint64 numerator, qint64 denominator, int decimals)
{
    if (denominator == 0)
        return 0.0;
    decimals = std::clamp(decimals, 0, kMaximumDecimals);
    const bool negative = (numerator < 0) != (denominator < 0);
    // 128 bits hold |numerator| × 10^8 for any qint64, so the division below is exact and
    // rounding half up is decided on whole numbers: ⌊(2 × n × scale + d) / (2 × d)⌋.
    const Wide num = numerator < 0 ? -static_cast<Wide>(numerator) : static_cast<Wide>(numerator);
    const Wide den =
        denominator < 0 ? -static_cast<Wide>(denominator) : static_cast<Wide>(denominator);
    const qint64 divisor = powerOfTen(decimals);
    const Wide scaled = num * 100 * divisor;
    const Wide units = (2 * scaled + den) / (2 * den);
    const double magnitude = static_cast<double>(units) / static_cast<double>(divisor);
    return negative ? -magnitude : magnitude;
}

qint64 Turnout::ballotsForTurnout(qint64 voters, double percent)
{
    if (voters <= 0 || !std::isfinite(percent))
        return 0;
    // Percent in millionths of a whole (1 % = 10,000), so 75.5 % and 90.9 % are exact.
    constexpr qint64 kWhole = 1'000'000;
    const qint64 millionths = std::clamp<qint64>(std::llround(percent * 10'000.0), 0, kWhole);
    const Wide product = static_cast<Wide>(voters) * millionths;
    return static_cast<qint64>((product + kWhole / 2) / kWhole);
}

} // namespace bd
