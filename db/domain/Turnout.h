#pragma once

#include <QtGlobal>

#include <optional>

namespace bd {

/** Turnout and percentage arithmetic: turnout = ballots issued / voters on the list. */
class Turnout
{
public:
    Turnout() = delete;

    /** Turnout in percent, 100 × @p issued / @p votersOnList; nullopt when votersOnList ≤ 0. */
    static std::optional<double> percent(qint64 issued, qint64 votersOnList);

    /**
     * 100 × @p numerator / @p denominator rounded half up (away from zero) to @p decimals
     * decimal places (0..6), computed with whole numbers so that the published figures come
     * out exactly: roundedPercent(878, 2297) == 38.2, roundedPercent(1419, 2297) == 61.8.
     * Returns 0 when @p denominator is 0.
     */
    static double roundedPercent(qint64 numerator, qint64 denominator, int decimals = 1);

    /**
     * The number of ballots that gives @p percent turnout among @p voters, rounded half up
     * (percent is taken to 4 decimal places and clamped to 0..100; voters below 0 give 0).
     */
    static qint64 ballotsForTurnout(qint64 voters, double percent);
};

} // namespace bd
