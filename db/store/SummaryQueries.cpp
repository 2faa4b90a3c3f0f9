#include "SummaryQueries.h"

#include "ContestResults.h"
#include "Database.h"
#include "Turnout.h"

#include <QHash>

#include <algorithm>

namespace bd {

namespace {

__extension__ typedef __int128 WideInt; // exact cross-multiplication of 64-bit counts

// Each query returns (region id, figures...) for the first-level territories (depth 0); the
// closure table maps any territory, at any depth, to its region in one join. Rows are first
// added up per territory (a few hundred thousand okrugs at most) and only those sums are joined
// to the closure: a million stations would otherwise make a million closure lookups.
// "+ps.election_id" (the same value) keeps SQLite from walking a million stations through the
// index on (election_id, number) when a file holds one election; it then reads the covering
// index polling_station_territory_voters in territory order instead.
const auto kStationsByRegion =
    QStringLiteral("SELECT tc.ancestor_id, SUM(t.stations), SUM(t.voters) FROM ("
                   "SELECT ps.territory_id AS territory_id, COUNT(*) AS stations, "
                   "SUM(ps.registered_voters) AS voters FROM polling_station ps "
                   "WHERE +ps.election_id = ? GROUP BY ps.territory_id) t "
                   "JOIN territory_closure tc ON tc.descendant_id = t.territory_id "
                   "JOIN territory r ON r.id = tc.ancestor_id AND r.depth = 0 "
                   "GROUP BY tc.ancestor_id");

// Accepted protocols, read from the covering index protocol_state_figures in station order
// (CROSS JOIN keeps SQLite from looking each station's protocol up instead), with the station
// that holds each protocol for its contest.
const auto kProtocolsByRegion = QStringLiteral(
    "SELECT tc.ancestor_id, SUM(t.reported), SUM(t.voters), SUM(t.issued) FROM ("
    "SELECT ps.territory_id AS territory_id, COUNT(*) AS reported, "
    "SUM(p.voters_on_list) AS voters, "
    "SUM(p.ballots_issued_station + p.ballots_issued_outside) AS issued "
    "FROM protocol p CROSS JOIN polling_station ps "
    "WHERE p.state = 'accepted' AND ps.id = p.polling_station_id "
    "AND ps.contest_id = p.contest_id AND ps.election_id = ? GROUP BY ps.territory_id) t "
    "JOIN territory_closure tc ON tc.descendant_id = t.territory_id "
    "JOIN territory r ON r.id = tc.ancestor_id AND r.depth = 0 "
    "GROUP BY tc.ancestor_id");

const auto kSeatsByRegion =
    QStringLiteral("SELECT tc.ancestor_id, COALESCE(SUM(c.seats), 0) FROM contest c "
                   "JOIN territory_closure tc ON tc.descendant_id = c.territory_id "
                   "JOIN territory r ON r.id = tc.ancestor_id AND r.depth = 0 "
                   "WHERE c.election_id = ? GROUP BY tc.ancestor_id");

const auto kCandidatesByRegion = QStringLiteral(
    "SELECT tc.ancestor_id, SUM(k.registered) FROM ("
    "SELECT contest_id, COUNT(*) AS registered FROM candidate "
    "WHERE election_id = ? AND status = 'registered' GROUP BY contest_id) k "
    "JOIN contest c ON c.id = k.contest_id "
    "JOIN territory_closure tc ON tc.descendant_id = c.territory_id "
    "JOIN territory r ON r.id = tc.ancestor_id AND r.depth = 0 GROUP BY tc.ancestor_id");

Status readElection(const Database &db, ElectionSummary &s)
{
    auto q = db.exec(QStringLiteral("SELECT id, code, name, kind, election_date, status, "
                                    "synthetic, against_all FROM election ORDER BY id LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("summary.no-election"),
                     SummaryQueries::tr("The database holds no election yet."),
                     {}};
    s.electionId = q->value(0).toLongLong();
    s.code = q->value(1).toString();
    s.name = q->value(2).toString();
    s.kind = q->value(3).toString();
    s.date = QDate::fromString(q->value(4).toString(), Qt::ISODate);
    s.status = q->value(5).toString();
    s.synthetic = q->value(6).toInt() != 0;
    s.againstAll = q->value(7).toInt() != 0;
    return {};
}

Status readNationalCounts(const Database &db, ElectionSummary &s)
{
    const QVariantList election{s.electionId};
    auto contests = db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(seats), 0) FROM contest "
                                           "WHERE election_id = ?"),
                            election);
    if (!contests || !contests->next())
        return contests ? Status{} : Status{contests.error()};
    s.contests = contests->value(0).toInt();
    s.seats = contests->value(1).toInt();

    auto candidates = db.exec(
        QStringLiteral("SELECT COUNT(*), "
                       "COALESCE(SUM(CASE WHEN status = 'registered' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN status = 'registered' AND party_id IS NOT NULL "
                       "THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN status = 'registered' AND party_id IS NULL "
                       "THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN status = 'registered' AND gender = 'male' "
                       "THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN status = 'registered' AND gender = 'female' "
                       "THEN 1 ELSE 0 END), 0) "
                       "FROM candidate WHERE election_id = ?"),
        election);
    if (!candidates)
        return candidates.error();
    if (candidates->next()) {
        s.candidatesNominated = candidates->value(0).toInt();
        s.candidatesRegistered = candidates->value(1).toInt();
        s.candidatesParty = candidates->value(2).toInt();
        s.candidatesSelfNominated = candidates->value(3).toInt();
        s.candidatesMen = candidates->value(4).toInt();
        s.candidatesWomen = candidates->value(5).toInt();
    }

    auto statuses = db.exec(QStringLiteral("SELECT status, COUNT(*) FROM candidate "
                                           "WHERE election_id = ? AND status NOT IN "
                                           "('nominated', 'registered') "
                                           "GROUP BY status ORDER BY status"),
                            election);
    if (!statuses)
        return statuses.error();
    while (statuses->next())
        s.notRegistered.append(
            StatusCount{statuses->value(0).toString(), statuses->value(1).toInt()});

    // "+election_id": a scan of the covering index polling_station_territory_voters, not a
    // walk through the index on (election_id, number) with a table lookup per station.
    auto stations = db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(registered_voters), 0) "
                                           "FROM polling_station WHERE +election_id = ?"),
                            election);
    if (!stations)
        return stations.error();
    if (stations->next()) {
        s.pollingStations = stations->value(0).toInt();
        s.votersOnLists = stations->value(1).toLongLong();
    }

    auto protocols = db.exec(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(p.voters_on_list), 0), "
                       "COALESCE(SUM(p.ballots_issued_station + p.ballots_issued_outside), 0) "
                       "FROM protocol p JOIN polling_station ps ON ps.id = p.polling_station_id "
                       "AND ps.contest_id = p.contest_id "
                       "WHERE ps.election_id = ? AND p.state = 'accepted'"),
        election);
    if (!protocols)
        return protocols.error();
    if (protocols->next()) {
        s.stationsReported = protocols->value(0).toInt();
        s.votersReported = protocols->value(1).toLongLong();
        s.ballotsIssued = protocols->value(2).toLongLong();
    }

    auto observers =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM observer WHERE election_id = ?"), election);
    if (!observers)
        return observers.error();
    s.observers = observers->toInt();

    auto incidents = db.exec(
        QStringLiteral("SELECT "
                       "COALESCE(SUM(CASE WHEN severity = 'serious' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN severity = 'minor' THEN 1 ELSE 0 END), 0) "
                       "FROM incident WHERE election_id = ?"),
        election);
    if (!incidents)
        return incidents.error();
    if (incidents->next()) {
        s.seriousIncidents = incidents->value(0).toInt();
        s.minorIncidents = incidents->value(1).toInt();
    }
    return {};
}

Status readRegions(const Database &db, ElectionSummary &s)
{
    const QVariantList election{s.electionId};
    QHash<qint64, RegionFigures> regions;
    auto territories = db.exec(QStringLiteral("SELECT id, code, name_en, name_kk, name_ru, kato "
                                              "FROM territory WHERE election_id = ? AND depth = 0"),
                               election);
    if (!territories)
        return territories.error();
    while (territories->next()) {
        RegionFigures r;
        r.territoryId = territories->value(0).toLongLong();
        r.code = territories->value(1).toString();
        r.nameEn = territories->value(2).toString();
        r.nameKk = territories->value(3).toString();
        r.nameRu = territories->value(4).toString();
        r.kato = territories->value(5).toString();
        regions.insert(r.territoryId, r);
    }

    auto seats = db.exec(kSeatsByRegion, election);
    if (!seats)
        return seats.error();
    while (seats->next())
        regions[seats->value(0).toLongLong()].seats = seats->value(1).toInt();

    auto candidates = db.exec(kCandidatesByRegion, election);
    if (!candidates)
        return candidates.error();
    while (candidates->next())
        regions[candidates->value(0).toLongLong()].candidatesRegistered =
            candidates->value(1).toInt();

    auto stations = db.exec(kStationsByRegion, election);
    if (!stations)
        return stations.error();
    while (stations->next()) {
        RegionFigures &r = regions[stations->value(0).toLongLong()];
        r.pollingStations = stations->value(1).toInt();
        r.votersOnLists = stations->value(2).toLongLong();
    }

    auto protocols = db.exec(kProtocolsByRegion, election);
    if (!protocols)
        return protocols.error();
    while (protocols->next()) {
        RegionFigures &r = regions[protocols->value(0).toLongLong()];
        r.stationsReported = protocols->value(1).toInt();
        r.votersReported = protocols->value(2).toLongLong();
        r.ballotsIssued = protocols->value(3).toLongLong();
    }

    for (const RegionFigures &r : std::as_const(regions)) {
        if (r.seats > 0) {
            ++s.regionsWithElections;
            s.turnoutByRegion.append(r);
        }
    }
    // Highest turnout first, compared exactly (issued₁ × voters₂ against issued₂ × voters₁);
    // equal turnouts fall back to the code so the order never depends on hashing.
    std::sort(s.turnoutByRegion.begin(), s.turnoutByRegion.end(),
              [](const RegionFigures &a, const RegionFigures &b) {
                  const auto left = static_cast<WideInt>(a.ballotsIssued) * b.votersReported;
                  const auto right = static_cast<WideInt>(b.ballotsIssued) * a.votersReported;
                  if (left != right)
                      return left > right;
                  return a.code < b.code;
              });
    return {};
}

} // namespace

Outcome<ElectionSummary> SummaryQueries::national(const Database &db)
{
    ElectionSummary s;
    if (Status st = readElection(db, s); !st)
        return st.error();
    if (Status st = readNationalCounts(db, s); !st)
        return st.error();
    if (Status st = readRegions(db, s); !st)
        return st.error();

    auto outcomes = ContestResults::outcomes(db, s.electionId);
    if (!outcomes)
        return outcomes.error();
    for (const ContestOutcome &o : std::as_const(*outcomes)) {
        switch (o.state) {
        case ContestOutcome::State::Decided:
            ++s.contestsDecided;
            break;
        case ContestOutcome::State::Tie:
            ++s.contestsTied;
            break;
        case ContestOutcome::State::NoWinnerAgainstAll:
            ++s.contestsNoWinner;
            break;
        case ContestOutcome::State::Pending:
            break;
        }
    }
    return s;
}

} // namespace bd
