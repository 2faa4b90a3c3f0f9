#pragma once

#include "ContestTally.h"
#include "Outcome.h"
#include "ProtocolEntryService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace bd {

class Database;

/** How many protocols are in each state of double entry. */
struct ProgressCounts
{
    qint64 total = 0;     ///< protocols (station × contest)
    qint64 noEntry = 0;   ///< Open
    qint64 oneEntry = 0;  ///< FirstEntered
    qint64 differing = 0; ///< Differing
    qint64 erroneous = 0; ///< Erroneous
    qint64 accepted = 0;  ///< Accepted
    friend bool operator==(const ProgressCounts &, const ProgressCounts &) = default;
};

/** Progress of one territory (a region, or a district of a region). */
struct TerritoryProgress
{
    qint64 territoryId = 0;
    QString code;
    QString name; ///< in the interface language
    ProgressCounts counts;
};

/** Progress of one contest, with its outcome (winner as soon as every station is accepted). */
struct ContestProgress
{
    qint64 contestId = 0;
    QString code;
    QString name;
    QString territoryName;
    ProgressCounts counts;
    ContestOutcome outcome;
    QString winnerName; ///< when Decided
};

/** What the progress view filters the protocol list by. */
struct ProgressFilter
{
    std::optional<qint64> territoryId;  ///< a region or district (and everything below)
    std::optional<qint64> contestId;    ///< one contest
    std::optional<ProtocolState> state; ///< one state; none = every state
    int limit = 1000;
};

/**
 * Results-entry progress per region, district and contest (issue 5, "Progress view").
 * Grouped queries over protocol.state with the indexes of migration 5; fast at a million
 * stations. Needs nothing but a Database: reading progress is ReadResults for every role.
 */
class ProgressQueries
{
    Q_DECLARE_TR_FUNCTIONS(ProgressQueries)

public:
    ProgressQueries() = delete;

    static Outcome<ProgressCounts> national(const Database &db, qint64 electionId);
    /** The regions (no @p parentId) or the children of territory @p parentId, by code. */
    static Outcome<QList<TerritoryProgress>> territories(const Database &db, qint64 electionId,
                                                         std::optional<qint64> parentId);
    /** The contests inside @p territoryId (all when none), by code. */
    static Outcome<QList<ContestProgress>> contests(const Database &db, qint64 electionId,
                                                    std::optional<qint64> territoryId);
    /** The protocols matching @p filter, by station number then contest code. */
    static Outcome<QList<ProtocolChoice>> protocols(const Database &db, qint64 electionId,
                                                    const ProgressFilter &filter);
};

} // namespace bd
