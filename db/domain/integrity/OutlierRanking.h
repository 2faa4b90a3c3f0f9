#pragma once

#include "StationFigures.h"

#include <QList>

namespace bd {

/** Why a station is in the ranked list. Stable codes for the UI to translate. */
enum class OutlierReason {
    HighTurnout,        ///< turnout far above the region's (value, reference = median, z)
    HighLeaderShare,    ///< leader share far above the region's (value, reference, z)
    FullTurnout,        ///< every voter on the list was issued a ballot (B = V)
    FullLeaderShare,    ///< every ballot in the boxes for the leader (W = R)
    IntegerTurnout,     ///< turnout at a whole percent (value = the percent)
    IntegerLeaderShare, ///< leader share at a whole percent (value = the percent)
};

/** One reason with its numbers: fractions (0…1) for value and reference. */
struct OutlierEvidence
{
    OutlierReason reason = OutlierReason::HighTurnout;
    double value = 0.0;     ///< the station's turnout or leader share
    double reference = 0.0; ///< the region's median (z reasons), else 0
    double zScore = 0.0;    ///< robust z (z reasons), else 0

    friend bool operator==(const OutlierEvidence &a, const OutlierEvidence &b) = default;
};

/** A station's score in the outlier ranking. */
struct StationOutlier
{
    qint64 stationId = 0;
    qint64 regionId = 0;
    double turnout = 0.0;
    double leaderShare = 0.0;
    double turnoutZ = 0.0;         ///< (t − region median) / robust scale
    double leaderShareZ = 0.0;     ///< (w − region median) / robust scale
    bool pooledNationally = false; ///< its region had too few stations for its own reference
    double score = 0.0;  ///< Fisher's statistic −2·(ln p_t + ln p_w); larger is stranger
    double pValue = 1.0; ///< P(χ²₄ ≥ score): the two upper-tail normal p-values combined
    double qValue = 1.0; ///< Benjamini–Hochberg over every scored station
    QList<OutlierEvidence> reasons;
};

/** Settings of the outlier ranking. */
struct OutlierOptions
{
    qint64 minVoters = 100;     ///< smaller stations are not scored (their rates are noise)
    int minRegionStations = 20; ///< fewer scored stations: the region uses the national median
    double minScale = 0.01;     ///< floor of the robust scale (1 point), for uniform regions
    double reasonZ = 3.0;       ///< robust z at which High* becomes a listed reason
    double tolerance = 0.05;    ///< whole-percent window in points, as the integer test
    qint64 integerMinDenominator = 300; ///< below, whole percents are too common to flag
};

/** The ranked stations and what was left out. */
struct OutlierRankingResult
{
    QList<StationOutlier> stations; ///< every scored station, most suspicious first
    qint64 stationsExcludedSmall = 0;
    qint64 stationsExcludedInconsistent = 0;
};

/**
 * Ranks stations by how far their turnout and leader share lie above their region's, for a
 * human to look at first (spec §8: rank rather than declare).
 *
 * Each rate gets a robust z against its region: (x − median) / max(1.4826·MAD, minScale).
 * Ballot stuffing raises both, so the station's p-value combines the two upper tails
 * 1 − Φ(z) with Fisher's method (χ² with 4 degrees of freedom); q-values control the false
 * discovery rate over all scored stations. Sorted by q, then score (which still orders
 * stations whose p-values underflow to 0), then the number of reasons,
 * then station id. Whole-percent and 100 % figures are listed as reasons but do not change
 * the score.
 */
class OutlierRanking
{
public:
    OutlierRanking() = delete;

    static OutlierRankingResult rank(const QList<StationFigures> &stations,
                                     const OutlierOptions &options = {});
    /** A stable identifier of @p reason for files and logs, e.g. "high-turnout". */
    static QString reasonKey(OutlierReason reason);
};

} // namespace bd
