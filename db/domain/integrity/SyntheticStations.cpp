#include "SyntheticStations.h"

#include "BinomialSampler.h"

#include <algorithm>
#include <cmath>

namespace bd {

SyntheticElection SyntheticStations::generate(const SyntheticElectionOptions &options)
{
    SyntheticElection election;
    BinomialSampler rng(options.seed);
    const int regions = std::max(options.regions, 1);
    QList<double> regionTurnout;
    QList<double> regionShare;
    for (int r = 0; r < regions; ++r) {
        regionTurnout.append(options.turnout + options.regionTurnoutSd * rng.normal());
        regionShare.append(options.leaderShare + options.regionShareSd * rng.normal());
    }
    // Every k-th station is stuffed, spread over the regions.
    const qint64 stuffEvery = options.stuffedStations > 0
                                  ? std::max<qint64>(options.stations / options.stuffedStations, 1)
                                  : 0;
    election.stations.reserve(options.stations);
    const qint64 voterSpan = std::max<qint64>(options.maxVoters - options.minVoters, 0) + 1;
    for (qint64 i = 0; i < options.stations; ++i) {
        // Regions are consecutive blocks of stations, so the evenly spaced stuffed stations
        // fall in every region alike.
        const int region = static_cast<int>(i * regions / options.stations);
        StationFigures s;
        s.stationId = i + 1;
        s.regionId = region + 1;
        s.contestId = 1;
        s.voters =
            options.minVoters +
            std::min<qint64>(static_cast<qint64>(rng.uniform() * static_cast<double>(voterSpan)),
                             voterSpan - 1);
        const bool stuffed = stuffEvery > 0 && i % stuffEvery == stuffEvery / 2 &&
                             election.stuffedStationIds.size() < options.stuffedStations;
        if (stuffed)
            s.voters = (s.voters + 99) / 100 * 100;
        const double t = std::clamp(
            regionTurnout.at(region) + options.stationTurnoutSd * rng.normal(), 0.05, 0.95);
        const double w =
            std::clamp(regionShare.at(region) + options.stationShareSd * rng.normal(), 0.05, 0.95);
        s.ballotsIssued = rng.draw(s.voters, t);
        s.ballotsInBoxes = s.ballotsIssued;
        qint64 invalid = rng.draw(s.ballotsInBoxes, options.invalidShare);
        qint64 remaining = s.ballotsInBoxes - invalid;
        s.leaderVotes = rng.draw(remaining, w);
        remaining -= s.leaderVotes;
        QList<qint64> others;
        for (int c = 0; c < options.otherCandidates; ++c) {
            const qint64 v = c + 1 == options.otherCandidates
                                 ? remaining
                                 : rng.draw(remaining, 1.0 / (options.otherCandidates - c));
            others.append(v);
            remaining -= v;
        }
        if (stuffed) {
            // Whole-percent turnout, well above the station's own; the extra ballots go to
            // the leader.
            const qint64 current = (100 * s.ballotsIssued + s.voters - 1) / s.voters;
            const qint64 low = std::clamp<qint64>(current + 5, 85, 98);
            const qint64 percent =
                low + static_cast<qint64>(rng.uniform() * static_cast<double>(99 - low));
            const qint64 target =
                std::min<qint64>(s.voters * std::min<qint64>(percent, 98) / 100, s.voters);
            const qint64 added = std::max<qint64>(target - s.ballotsIssued, 0);
            s.ballotsIssued += added;
            s.ballotsInBoxes += added;
            s.leaderVotes += added;
            election.stuffedStationIds.append(s.stationId);
        }
        s.candidateVotes.append(s.leaderVotes);
        s.candidateVotes.append(others);
        election.stations.append(std::move(s));
    }
    return election;
}

} // namespace bd
