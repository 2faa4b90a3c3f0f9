#pragma once

#include "Outcome.h"

#include <QCoreApplication>

#include <functional>

namespace bd {

class Database;

/** The size and seed of a synthetic election built by ScaleElection. */
struct ScaleOptions
{
    int regions = 36;
    int districtsPerRegion = 20;
    int pollingStations = 1'000'000;
    int stationsPerContest = 4;   ///< one okrug and one single-seat contest per this many stations
    int candidatesPerContest = 3; ///< registered candidates on every ballot
    quint64 seed = 1;             ///< the same seed gives the same table contents
    /** Called now and then with 0..100; return false to cancel (Error "scale.cancelled"). */
    std::function<bool(int percent)> progress;
};

/**
 * Builds a synthetic election of national size to measure the schema, indexes and queries.
 *
 * Region → district → okrug territories with their closure rows, one single-seat contest per
 * okrug, polling stations with voters and coordinates, parties, registered candidates (and a
 * few refused nominees), an accepted, sealed protocol for about 98% of stations (an open one
 * for the rest) whose figures satisfy the protocol arithmetic, and about one observer for two
 * stations. The election is marked synthetic. Deterministic for a seed and the sizes.
 */
class ScaleElection
{
    Q_DECLARE_TR_FUNCTIONS(ScaleElection)

public:
    ScaleElection() = delete;

    /**
     * Fills an empty, migrated database, all in one transaction. Refuses a database that
     * already holds an election (Error "scale.not-empty") and sizes it cannot build
     * (Error "scale.bad-options").
     */
    static Status generate(const Database &db, const ScaleOptions &options);
};

} // namespace bd
