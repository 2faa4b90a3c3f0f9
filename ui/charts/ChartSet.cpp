#include "ChartSet.h"

#include "ContestResults.h"
#include "Database.h"

namespace bd {

namespace {

template <typename T, typename Query> Status fill(std::optional<T> &slot, bool wanted, Query query)
{
    if (!wanted)
        return {};
    auto value = query();
    if (!value)
        return value.error();
    slot = std::move(value).value();
    return {};
}

} // namespace

Outcome<ChartSet> ChartSet::compute(const Database &db, const QString &territoryCode, Parts parts)
{
    ChartSet set;
    auto scope = ChartQueries::scope(db, territoryCode);
    if (!scope)
        return scope.error();
    set.scope = *scope;
    auto regions = ChartQueries::regions(db);
    if (!regions)
        return regions.error();
    set.regions = *regions;
    const ChartScope &s = set.scope;
    // The seats and the scatter both need the contest tally, the costliest query: run it once.
    std::optional<ContestOutcomes> outcomes;
    if (parts & (Seats | Scatter)) {
        auto tally = ContestResults::outcomes(db, s.electionId);
        if (!tally)
            return tally.error();
        outcomes = std::move(tally).value();
    }
    const ContestOutcomes *known = outcomes ? &*outcomes : nullptr;
    Status st = fill(set.turnout, parts.testFlag(Turnout),
                     [&] { return ChartQueries::turnoutByTerritory(db, s); });
    if (st)
        st = fill(set.turnoutByHour, parts.testFlag(TurnoutByHour),
                  [&] { return ChartQueries::turnoutThroughDay(db, s); });
    if (st)
        st = fill(set.candidates, parts.testFlag(Candidates),
                  [&] { return ChartQueries::candidatesByNomination(db, s); });
    if (st)
        st = fill(set.seats, parts.testFlag(Seats),
                  [&] { return ChartQueries::seatsWon(db, s, known); });
    if (st)
        st = fill(set.histogram, parts.testFlag(Histogram),
                  [&] { return ChartQueries::turnoutHistogram(db, s); });
    if (st)
        st = fill(set.scatter, parts.testFlag(Scatter),
                  [&] { return ChartQueries::turnoutScatter(db, s, known); });
    if (!st)
        return st.error();
    return set;
}

Outcome<ChartSet> ChartSet::computeFile(const QString &path, const QString &territoryCode,
                                        Parts parts)
{
    // Runs in a pool thread: this Database (and its connection) lives and dies here.
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return db.error();
    return compute(*db, territoryCode, parts);
}

} // namespace bd
