#pragma once

#include <QList>
#include <QtGlobal>

#include <limits>

namespace bd {

/**
 * One polling station's figures as the integrity analytics read them (see
 * integrity-analytics.md §0): V voters on the list, B ballots issued, R ballots found in the
 * boxes (valid + invalid), W votes for the leader whose share is analysed, and every
 * candidate's votes for the digit tests. Turnout is B / V and the leader's share W / R.
 */
struct StationFigures
{
    qint64 stationId = 0;         ///< the polling station, to name it in a ranking
    qint64 regionId = 0;          ///< pooling key for region-relative scores (oblast, district...)
    qint64 contestId = 0;         ///< the contest the leader's votes belong to
    qint64 voters = 0;            ///< V: voters on the list
    qint64 ballotsIssued = 0;     ///< B: ballots issued
    qint64 ballotsInBoxes = 0;    ///< R: ballots in the boxes, valid + invalid
    qint64 leaderVotes = 0;       ///< W: votes for the leader
    QList<qint64> candidateVotes; ///< every candidate's votes (digit tests), leader included

    /** B / V, or NaN when V ≤ 0. */
    double turnout() const
    {
        return voters > 0 ? static_cast<double>(ballotsIssued) / static_cast<double>(voters)
                          : std::numeric_limits<double>::quiet_NaN();
    }
    /** W / R, or NaN when R ≤ 0. */
    double leaderShare() const
    {
        return ballotsInBoxes > 0
                   ? static_cast<double>(leaderVotes) / static_cast<double>(ballotsInBoxes)
                   : std::numeric_limits<double>::quiet_NaN();
    }
    /** Figures the fractions can be taken of: V > 0, R > 0, 0 ≤ B ≤ V and 0 ≤ W ≤ R. */
    bool isConsistent() const
    {
        return voters > 0 && ballotsInBoxes > 0 && ballotsIssued >= 0 && ballotsIssued <= voters &&
               leaderVotes >= 0 && leaderVotes <= ballotsInBoxes;
    }
};

} // namespace bd
