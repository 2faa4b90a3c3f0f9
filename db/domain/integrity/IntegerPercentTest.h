#pragma once

#include "Fingerprint.h"
#include "StationFigures.h"

#include <QList>

#include <limits>

namespace bd {

/** The settings of the integer-percentage test; the defaults are Kobak et al.'s. */
struct IntegerPercentOptions
{
    qint64 minVoters = 100;       ///< include V ≥ this
    double maxTurnout = 0.99;     ///< include t ≤ this
    double maxLeaderShare = 0.99; ///< include w ≤ this
    double tolerance = 0.05;      ///< percentage points either side of a whole percent (0.1-pt bin)
    int replicates = 1000;        ///< Monte Carlo replicates; 0 skips the simulation
    quint64 seed = 42;
    /** Worker threads for the replicates; 0 = the machine's cores. The figures do not depend
     *  on it: replicate r always draws from stream (seed, r). */
    int threads = 0;
    /** Also compute the exact binomial expectation and standard deviation (no simulation). */
    bool exactExpectation = true;
    StationWeight histogramWeight = StationWeight::Voters; ///< for the spike histograms
};

/** Observed and expected numbers of stations at a whole percent, for one kind of fraction. */
struct IntegerStationCount
{
    qint64 observed = 0;
    double expected = 0.0;          ///< mean of the replicates
    double standardDeviation = 0.0; ///< of the replicates
    double percentile999 = 0.0;     ///< 99.9th percentile of the replicates (top of the band)
    /** Σ pᵢ and √Σ pᵢ(1−pᵢ) under the exact binomial model; NaN when not computed. */
    double exactExpected = std::numeric_limits<double>::quiet_NaN();
    double exactStandardDeviation = std::numeric_limits<double>::quiet_NaN();
    QList<qint64> replicateCounts;

    double excess() const { return static_cast<double>(observed) - expected; }
    /** More integer stations than in 99.9 % of fair replicates. */
    bool aboveBand() const { return static_cast<double>(observed) > percentile999; }
};

/** What the integer-percentage test found. */
struct IntegerPercentResult
{
    /** 0.1-point bins: bin j is centred on j / 10 % and covers [j/10 − 0.05, j/10 + 0.05). */
    static constexpr int kSpikeBins = 1001;

    // With 0 replicates, expected and standardDeviation are the exact figures and percentile999
    // is exactExpected + 3.09·exactStandardDeviation (normal approximation); NaN when the
    // exact figures were not computed either.
    IntegerStationCount turnout;     ///< turnout at a whole percent
    IntegerStationCount leaderShare; ///< leader share at a whole percent
    IntegerStationCount either;      ///< either of them (Kobak et al.'s headline figure)
    qint64 stationsIncluded = 0;
    qint64 stationsExcludedSmall = 0;        ///< V < minVoters
    qint64 stationsExcludedHigh = 0;         ///< t > maxTurnout or w > maxLeaderShare
    qint64 stationsExcludedInconsistent = 0; ///< V or R not positive, B > V or W > R
    int replicates = 0;
    QList<double> turnoutHistogram = QList<double>(kSpikeBins, 0.0);
    QList<double> leaderShareHistogram = QList<double>(kSpikeBins, 0.0);
};

/**
 * The integer-percentage anomaly (Kobak, Shpilkin & Pshenichnikov, AOAS 2016; spec §2):
 * stations whose turnout or leader share is within @c tolerance points of a whole percent,
 * against a binomial Monte Carlo that redraws B* ~ Bin(V, B/V) and W* ~ Bin(R, W/R) for every
 * included station. The redraw keeps each station's own denominators, so the lattice of
 * fractions a small station can reach is in the baseline.
 */
class IntegerPercentTest
{
public:
    IntegerPercentTest() = delete;

    static IntegerPercentResult run(const QList<StationFigures> &stations,
                                    const IntegerPercentOptions &options = {});
    /** Whether @p count / @p total is within @p tolerance points of a whole percent, computed
     *  as the reference notebook does: |100·(k/n) − round(100·(k/n))| ≤ tolerance. */
    static bool isIntegerPercent(qint64 count, qint64 total, double tolerance = 0.05);
    /** The 0.1-point spike bin of @p count / @p total (0…1000), in whole numbers. */
    static int spikeBinOf(qint64 count, qint64 total);
};

} // namespace bd
