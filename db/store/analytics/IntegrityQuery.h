#pragma once

#include "ChartQueries.h"
#include "Outcome.h"
#include "StationFigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace bd {

class Database;

/**
 * Reports how far a long job has come (0…100) and whether to go on: return false to cancel.
 * Called from the thread doing the work.
 */
using ProgressCallback = std::function<bool(int percent)>;

/** A region (top-level territory) that stations are pooled by. */
struct IntegrityRegion
{
    qint64 id = 0;
    ChartNames names;
};

/** A contest's totals over its accepted protocols, for recount alerts and audit plans. */
struct IntegrityContest
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 regionId = 0;
    qint64 protocols = 0;         ///< protocols of its stations, in every state
    qint64 acceptedProtocols = 0; ///< of which accepted
    qint64 leaderId = 0;          ///< the candidate with the most votes (ties: earlier id); 0 none
    QList<qint64> candidateIds;   ///< with votes in an accepted protocol, ascending
    QList<qint64> candidateVotes; ///< their totals, same order
    qint64 ballotsInBoxes = 0;    ///< Σ R
    qint64 invalidBallots = 0;
    qint64 againstAll = 0;
    qint64 unexplainedBallots = 0; ///< Σ |ballots issued − ballots in the boxes|

    bool complete() const { return protocols > 0 && acceptedProtocols == protocols; }
    qint64 validVotes() const { return ballotsInBoxes - invalidBallots; }
};

/** Everything the integrity analytics read, loaded once from the accepted protocols. */
struct IntegrityData
{
    qint64 electionId = 0;
    QString electionName;
    bool synthetic = false;
    qint64 protocolsTotal = 0;
    QList<StationFigures> stations; ///< one per accepted protocol, by protocol id
    QList<qint64> protocolIds;      ///< the protocol of each entry of stations
    QList<IntegrityRegion> regions; ///< every region with a contest, by code
    QList<IntegrityContest> contests;

    const IntegrityRegion *region(qint64 id) const;
    const IntegrityContest *contest(qint64 id) const;
};

/** How a ranked station is named to a person: its register entry. */
struct IntegrityStationLabel
{
    QString code;
    QString number;
    QString name;
};

/**
 * Reads the accepted protocols of the election into StationFigures (integrity-analytics.md §0):
 * V = voters on the list, B = ballots issued at the station and outside it, R = ballots in the
 * station and mobile boxes, W = the votes of the contest's leader over all its accepted
 * protocols. Streams the rows forward-only, so 1,000,000 stations cost one pass and their
 * figures, not a result set held twice.
 */
class IntegrityQuery
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityQuery)

public:
    IntegrityQuery() = delete;

    /** Loads the data; @p progress (may be empty) sees 0…100 and may cancel. */
    static Outcome<IntegrityData> load(const Database &db, const ProgressCallback &progress = {});
    /** The code, number and name of each station of @p stationIds. */
    static Outcome<QHash<qint64, IntegrityStationLabel>>
    stationLabels(const Database &db, const QList<qint64> &stationIds);
    /** The error of a cancelled load or analysis. */
    static Error cancelled();
};

} // namespace bd
