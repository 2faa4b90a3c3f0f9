#pragma once

#include <QtGlobal>

namespace bd {

/**
 * The configurable thresholds of the protocol warnings (per election).
 *
 * Percentages are compared exactly: a percentage is turned into basis points
 * (llround(percent × 100)) and compared by cross-multiplying whole numbers, so that, for
 * example, P.W.201 fires exactly when F ≥ ⌈3 % × (E + E2)⌉.
 */
struct RuleThresholds
{
    double invalidPercent = 3.0;          ///< P.W.201: F ≥ this % of E + E2
    qint64 missingBallotsAbsolute = 15;   ///< P.W.202: (C + C2) − (E + E2) ≥ this
    double missingBallotsPercent = 2.0;   ///< P.W.202: or ≥ this % of C + C2
    double turnoutHighPercent = 98.0;     ///< P.W.203: turnout ≥ this
    double turnoutLowPercent = 10.0;      ///< P.W.203: or turnout ≤ this
    double votersDifferencePercent = 5.0; ///< P.W.206: |A − registered| > this % of registered
    double hourlyReportDifferencePercent = 2.0; ///< P.W.207: |report − (C + C2)| > this % of C + C2

    friend bool operator==(const RuleThresholds &a, const RuleThresholds &b) = default;
};

} // namespace bd
