#pragma once

#include "Database.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace bd {

/** How to build the demo election. */
struct DemoOptions
{
    /** Seeds every random choice: the same seed gives the same table contents. */
    quint64 seed = 2021;
    /** Called now and then with 0..100; return false to cancel (Error "demo.cancelled"). */
    std::function<bool(int percent)> progress;
};

/**
 * Builds the demonstration election: Kazakhstan's rural akim elections of 25 July 2021.
 *
 * Published aggregates (resources/demo/regions.csv, parties.csv, the national totals) are
 * reproduced exactly; names, per-station numbers and per-candidate votes are synthetic and
 * deterministic for a seed. See docs/demo-election.md for the rules.
 */
class DemoElection
{
    Q_DECLARE_TR_FUNCTIONS(DemoElection)

public:
    DemoElection() = delete;

    /** Fills an empty, migrated database with the demo election. All in one transaction. */
    static Status generate(const Database &db, const DemoOptions &options);

    /**
     * Creates FILE with the demo: refuses an existing file unless overwrite; builds into a
     * temporary file next to it, closes it, then renames it over FILE, so FILE is never
     * half-written. Cancelled → Error code "demo.cancelled", nothing left behind.
     */
    static Status createFile(const QString &path, const DemoOptions &options, bool overwrite);
};

} // namespace bd
