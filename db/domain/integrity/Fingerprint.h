#pragma once

#include "StationFigures.h"

#include <QList>

namespace bd {

/** How each station counts in a histogram. */
enum class StationWeight {
    Stations, ///< one per station (Klimek et al.: colour = number of units)
    Voters    ///< the station's voters on the list (Kobak et al.'s voter-weighted plots)
};

/** What enters an election fingerprint. */
struct FingerprintOptions
{
    qint64 minVoters = 100; ///< Klimek et al. and Kobak drop stations with fewer voters
    StationWeight weight = StationWeight::Stations;
    quint64 seed = 42; ///< for the binomial resimulation
};

/**
 * A 2-D histogram of turnout (x) by leader share (y) in 1 % bins.
 *
 * Bin k of an axis holds the fractions in [k %, (k+1) %) for k = 0…99; bin 100 holds exactly
 * 100 %. The bin is computed in whole numbers, ⌊100·B / V⌋ and ⌊100·W / R⌋, so 29 of 100 is in
 * bin 29 (not 28, as 100 × 0.29 in floating point would give).
 */
struct FingerprintHistogram
{
    static constexpr int kBins = 101;

    QList<double> cells = QList<double>(kBins * kBins, 0.0); ///< row-major: [share][turnout]
    qint64 stationsIncluded = 0;
    qint64 stationsExcludedSmall = 0;        ///< V < minVoters
    qint64 stationsExcludedInconsistent = 0; ///< V or R not positive, B > V or W > R
    double totalWeight = 0.0;

    double at(int turnoutBin, int shareBin) const
    {
        return cells.at(shareBin * kBins + turnoutBin);
    }
    /** The bin of @p count out of @p total (0…100); requires 0 ≤ count ≤ total, total > 0. */
    static int binOf(qint64 count, qint64 total);
};

/** The election fingerprint (Klimek et al., PNAS 2012) and its binomial "fair" counterpart. */
class Fingerprint
{
public:
    Fingerprint() = delete;

    /** The histogram of the stations as reported. */
    static FingerprintHistogram observed(const QList<StationFigures> &stations,
                                         const FingerprintOptions &options = {});
    /**
     * The same stations redrawn once with B* ~ Bin(V, B/V) and W* ~ Bin(R, W/R) (seeded by
     * options.seed): what the fingerprint looks like when every station's only deviation is
     * binomial noise around its own reported rates — the side-by-side "fair" view.
     */
    static FingerprintHistogram resimulated(const QList<StationFigures> &stations,
                                            const FingerprintOptions &options = {});
};

} // namespace bd
