#include "OutlierRanking.h"

#include "IntegerPercentTest.h"
#include "StatFunctions.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace bd {

namespace {

constexpr double kMadToSigma = 1.4826; // MAD of a normal distribution × this = σ

struct Reference
{
    double turnoutMedian = 0.0;
    double turnoutScale = 0.0;
    double shareMedian = 0.0;
    double shareScale = 0.0;
};

Reference referenceOf(const QList<double> &turnouts, const QList<double> &shares, double minScale)
{
    Reference r;
    r.turnoutMedian = StatFunctions::median(turnouts);
    r.shareMedian = StatFunctions::median(shares);
    r.turnoutScale = std::max(
        kMadToSigma * StatFunctions::medianAbsoluteDeviation(turnouts, r.turnoutMedian), minScale);
    r.shareScale = std::max(
        kMadToSigma * StatFunctions::medianAbsoluteDeviation(shares, r.shareMedian), minScale);
    return r;
}

// ln(1 − Φ(z)), also far in the upper tail where 1 − Φ(z) underflows.
double logUpperTail(double z)
{
    const double p = StatFunctions::normalSurvival(z);
    if (p > 1e-300)
        return std::log(p);
    // Mills ratio: 1 − Φ(z) ≈ φ(z) / z for large z.
    return -0.5 * z * z - std::log(z) - 0.5 * std::log(2.0 * std::numbers::pi);
}

} // namespace

QString OutlierRanking::reasonKey(OutlierReason reason)
{
    switch (reason) {
    case OutlierReason::HighTurnout:
        return QStringLiteral("high-turnout");
    case OutlierReason::HighLeaderShare:
        return QStringLiteral("high-leader-share");
    case OutlierReason::FullTurnout:
        return QStringLiteral("full-turnout");
    case OutlierReason::FullLeaderShare:
        return QStringLiteral("full-leader-share");
    case OutlierReason::IntegerTurnout:
        return QStringLiteral("integer-turnout");
    case OutlierReason::IntegerLeaderShare:
        return QStringLiteral("integer-leader-share");
    }
    return {};
}

OutlierRankingResult OutlierRanking::rank(const QList<StationFigures> &stations,
                                          const OutlierOptions &options)
{
    OutlierRankingResult result;
    QList<const StationFigures *> scored;
    scored.reserve(stations.size());
    QHash<qint64, QList<double>> regionTurnouts;
    QHash<qint64, QList<double>> regionShares;
    QList<double> allTurnouts;
    QList<double> allShares;
    allTurnouts.reserve(stations.size());
    allShares.reserve(stations.size());
    for (const StationFigures &s : stations) {
        if (!s.isConsistent()) {
            ++result.stationsExcludedInconsistent;
            continue;
        }
        if (s.voters < options.minVoters) {
            ++result.stationsExcludedSmall;
            continue;
        }
        scored.append(&s);
        regionTurnouts[s.regionId].append(s.turnout());
        regionShares[s.regionId].append(s.leaderShare());
        allTurnouts.append(s.turnout());
        allShares.append(s.leaderShare());
    }
    if (scored.isEmpty())
        return result;

    const Reference national = referenceOf(allTurnouts, allShares, options.minScale);
    QHash<qint64, Reference> regional;
    for (auto it = regionTurnouts.cbegin(); it != regionTurnouts.cend(); ++it) {
        if (it.value().size() >= options.minRegionStations)
            regional.insert(
                it.key(), referenceOf(it.value(), regionShares.value(it.key()), options.minScale));
    }

    QList<double> pValues;
    pValues.reserve(scored.size());
    result.stations.reserve(scored.size());
    for (const StationFigures *s : scored) {
        StationOutlier o;
        o.stationId = s->stationId;
        o.regionId = s->regionId;
        o.turnout = s->turnout();
        o.leaderShare = s->leaderShare();
        const auto found = regional.constFind(s->regionId);
        o.pooledNationally = found == regional.cend();
        const Reference &ref = o.pooledNationally ? national : found.value();
        o.turnoutZ = (o.turnout - ref.turnoutMedian) / ref.turnoutScale;
        o.leaderShareZ = (o.leaderShare - ref.shareMedian) / ref.shareScale;
        o.score = -2.0 * (logUpperTail(o.turnoutZ) + logUpperTail(o.leaderShareZ));
        o.pValue = StatFunctions::chiSquareSurvival(o.score, 4);

        if (o.turnoutZ >= options.reasonZ)
            o.reasons.append(
                {OutlierReason::HighTurnout, o.turnout, ref.turnoutMedian, o.turnoutZ});
        if (o.leaderShareZ >= options.reasonZ)
            o.reasons.append(
                {OutlierReason::HighLeaderShare, o.leaderShare, ref.shareMedian, o.leaderShareZ});
        if (s->ballotsIssued == s->voters)
            o.reasons.append({OutlierReason::FullTurnout, o.turnout, 0.0, 0.0});
        if (s->leaderVotes == s->ballotsInBoxes)
            o.reasons.append({OutlierReason::FullLeaderShare, o.leaderShare, 0.0, 0.0});
        if (s->voters >= options.integerMinDenominator && s->ballotsIssued < s->voters &&
            IntegerPercentTest::isIntegerPercent(s->ballotsIssued, s->voters, options.tolerance))
            o.reasons.append({OutlierReason::IntegerTurnout, o.turnout, 0.0, 0.0});
        if (s->ballotsInBoxes >= options.integerMinDenominator &&
            s->leaderVotes < s->ballotsInBoxes && s->leaderVotes > 0 &&
            IntegerPercentTest::isIntegerPercent(s->leaderVotes, s->ballotsInBoxes,
                                                 options.tolerance))
            o.reasons.append({OutlierReason::IntegerLeaderShare, o.leaderShare, 0.0, 0.0});
        pValues.append(o.pValue);
        result.stations.append(std::move(o));
    }
    const QList<double> q = StatFunctions::benjaminiHochberg(pValues);
    for (qsizetype i = 0; i < q.size(); ++i)
        result.stations[i].qValue = q.at(i);
    std::sort(result.stations.begin(), result.stations.end(),
              [](const StationOutlier &a, const StationOutlier &b) {
                  if (a.qValue != b.qValue)
                      return a.qValue < b.qValue;
                  if (a.score != b.score)
                      return a.score > b.score;
                  if (a.reasons.size() != b.reasons.size())
                      return a.reasons.size() > b.reasons.size();
                  return a.stationId < b.stationId;
              });
    return result;
}

} // namespace bd
