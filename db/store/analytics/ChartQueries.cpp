#include "ChartQueries.h"

#include "ContestResults.h"
#include "Database.h"
#include "Turnout.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bd {

namespace {

__extension__ typedef __int128 WideInt; // exact cross-multiplication of 64-bit counts

// Restricts rows to the descendants of the scope's territory: "@FILTER@" in the SQL becomes a
// join on the closure table (one indexed lookup per grouped row), or nothing for the whole
// election. The filter's value is bound where the placeholder stands.
QString withFilter(QString sql, const ChartScope &scope, const QString &column)
{
    sql.replace(QLatin1String("@FILTER@"),
                scope.isWholeElection()
                    ? QString()
                    : QStringLiteral(" JOIN territory_closure f ON f.descendant_id = %1 "
                                     "AND f.ancestor_id = ? ")
                          .arg(column));
    return sql;
}

QVariantList filterValue(const ChartScope &scope)
{
    return scope.isWholeElection() ? QVariantList{} : QVariantList{scope.territoryId};
}

ChartNames namesAt(const QSqlQuery &q, int first)
{
    return ChartNames{q.value(first).toString(), q.value(first + 1).toString(),
                      q.value(first + 2).toString(), q.value(first + 3).toString()};
}

// Accepted protocols added up per station territory first (a few hundred thousand okrugs at
// most), then those sums joined to the closure to reach the compared territories: the same
// shape as SummaryQueries, reading the covering index protocol_state_figures.
const auto kTurnoutByTerritory = QStringLiteral(
    "SELECT r.code, r.name_kk, r.name_ru, r.name_en, SUM(t.reported), SUM(t.voters), "
    "SUM(t.issued) FROM ("
    "SELECT ps.territory_id AS territory_id, COUNT(*) AS reported, "
    "SUM(p.voters_on_list) AS voters, "
    "SUM(p.ballots_issued_station + p.ballots_issued_outside) AS issued "
    "FROM protocol p CROSS JOIN polling_station ps @FILTER@"
    "WHERE p.state = 'accepted' AND ps.id = p.polling_station_id "
    "AND ps.contest_id = p.contest_id AND ps.election_id = ? GROUP BY ps.territory_id) t "
    "JOIN territory_closure tc ON tc.descendant_id = t.territory_id "
    "JOIN territory r ON r.id = tc.ancestor_id AND r.depth = ? "
    "GROUP BY r.id, r.code, r.name_kk, r.name_ru, r.name_en");

// Hourly reports per station territory and hour, then per compared territory. A station's
// voters are its accepted protocol's list (A) or, before that, its registered voters. Driven by
// the stations in territory order (covering index polling_station_territory_voters), each
// station's reports through their unique index and its protocol through protocol_state_figures:
// bench at 1,000,000 stations and 4,000,000 reports, about 5 s (twice that driven by the reports).
const auto kTurnoutByHour = QStringLiteral(
    "SELECT r.code, r.name_kk, r.name_ru, r.name_en, t.report_time, SUM(t.stations), "
    "SUM(t.voters), SUM(t.received) FROM ("
    "SELECT ps.territory_id AS territory_id, tr.report_time AS report_time, "
    "COUNT(*) AS stations, SUM(COALESCE(p.voters_on_list, ps.registered_voters)) AS voters, "
    "SUM(tr.voters_received_ballots) AS received "
    "FROM polling_station ps @FILTER@"
    "JOIN turnout_report tr ON tr.polling_station_id = ps.id "
    "LEFT JOIN protocol p ON p.polling_station_id = ps.id AND p.contest_id = ps.contest_id "
    "AND p.state = 'accepted' "
    "WHERE +ps.election_id = ? GROUP BY ps.territory_id, tr.report_time) t "
    "JOIN territory_closure tc ON tc.descendant_id = t.territory_id "
    "JOIN territory r ON r.id = tc.ancestor_id AND r.depth = ? "
    "GROUP BY r.id, r.code, r.name_kk, r.name_ru, r.name_en, t.report_time");

const auto kCandidatesByParty =
    QStringLiteral("SELECT k.party_id, COUNT(*) FROM candidate k "
                   "JOIN contest c ON c.id = k.contest_id @FILTER@"
                   "WHERE k.election_id = ? AND k.status = 'registered' GROUP BY k.party_id");

// floor(turnout / 5) from whole numbers; above 100 % (more ballots than voters) joins the top
// bin rather than falling off the chart.
const auto kTurnoutBins = QStringLiteral(
    "SELECT b.bin, COUNT(*) FROM (SELECT CASE WHEN "
    "(p.ballots_issued_station + p.ballots_issued_outside) * 20 / p.voters_on_list >= 19 "
    "THEN 19 ELSE (p.ballots_issued_station + p.ballots_issued_outside) * 20 / "
    "p.voters_on_list END AS bin "
    "FROM protocol p CROSS JOIN polling_station ps @FILTER@"
    "WHERE p.state = 'accepted' AND ps.id = p.polling_station_id "
    "AND ps.contest_id = p.contest_id AND ps.election_id = ? AND p.voters_on_list > 0) b "
    "GROUP BY b.bin");

const auto kStationFigures = QStringLiteral(
    "SELECT p.id, ps.code, p.contest_id, p.voters_on_list, "
    "p.ballots_issued_station + p.ballots_issued_outside, "
    "p.ballots_in_station_boxes + p.ballots_in_mobile_boxes - p.invalid_ballots "
    "FROM protocol p CROSS JOIN polling_station ps @FILTER@"
    "WHERE p.state = 'accepted' AND ps.id = p.polling_station_id "
    "AND ps.contest_id = p.contest_id AND ps.election_id = ? AND p.voters_on_list > 0 "
    "ORDER BY p.id");

double rounded(qint64 numerator, qint64 denominator)
{
    return Turnout::roundedPercent(numerator, denominator);
}

Outcome<qint64> firstElection(const Database &db)
{
    auto id = db.scalar(QStringLiteral("SELECT id FROM election ORDER BY id LIMIT 1"));
    if (!id)
        return id.error();
    if (!id->isValid() || id->isNull())
        return Error{QStringLiteral("charts.no-election"),
                     ChartQueries::tr("The database holds no election yet."),
                     {}};
    return id->toLongLong();
}

Outcome<QHash<qint64, PartyCount>> parties(const Database &db, qint64 electionId)
{
    auto q = db.exec(QStringLiteral("SELECT id, code, name_kk, name_ru, name_en, short_name, "
                                    "color FROM party WHERE election_id = ?"),
                     {electionId});
    if (!q)
        return q.error();
    QHash<qint64, PartyCount> result;
    while (q->next())
        result.insert(q->value(0).toLongLong(), PartyCount{namesAt(*q, 1), q->value(5).toString(),
                                                           q->value(6).toString(), 0});
    return result;
}

// Most first; equal counts by code so that the order never depends on hashing.
void sortByCount(QList<PartyCount> &list)
{
    std::sort(list.begin(), list.end(), [](const PartyCount &a, const PartyCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.names.code < b.names.code;
    });
}

// The contests of the scope, with their seats.
Outcome<QHash<qint64, int>> contestsInScope(const Database &db, const ChartScope &scope)
{
    auto q = db.exec(withFilter(QStringLiteral("SELECT c.id, c.seats FROM contest c @FILTER@"
                                               "WHERE c.election_id = ?"),
                                scope, QStringLiteral("c.territory_id")),
                     filterValue(scope) << scope.electionId);
    if (!q)
        return q.error();
    QHash<qint64, int> contests;
    while (q->next())
        contests.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return contests;
}

Outcome<ContestOutcomes> knownOrTally(const Database &db, const ChartScope &scope,
                                      const ContestOutcomes *known)
{
    if (known != nullptr)
        return *known;
    return ContestResults::outcomes(db, scope.electionId);
}

} // namespace

double TerritoryTurnout::turnoutPercent() const
{
    return rounded(ballotsIssued, votersReported);
}

double HourlyTurnout::percent() const
{
    return rounded(received, voters);
}

int SeatsWon::total() const
{
    int seats = selfNominated + undecided;
    for (const PartyCount &p : byParty)
        seats += p.count;
    return seats;
}

int TurnoutHistogram::stations() const
{
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

Outcome<ChartScope> ChartQueries::scope(const Database &db, const QString &territoryCode)
{
    auto election = firstElection(db);
    if (!election)
        return election.error();
    ChartScope scope;
    scope.electionId = *election;
    if (territoryCode.isEmpty())
        return scope;
    auto q = db.exec(QStringLiteral("SELECT t.id, t.depth, t.code, t.name_kk, t.name_ru, "
                                    "t.name_en, p.code FROM territory t "
                                    "LEFT JOIN territory p ON p.id = t.parent_id "
                                    "WHERE t.election_id = ? AND t.code = ?"),
                     {scope.electionId, territoryCode});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("charts.no-territory"),
                     tr("The election has no territory with the code %1.").arg(territoryCode),
                     {}};
    scope.territoryId = q->value(0).toLongLong();
    scope.childDepth = q->value(1).toInt() + 1;
    scope.names = namesAt(*q, 2);
    scope.territoryCode = scope.names.code;
    scope.parentCode = q->value(6).toString();
    return scope;
}

Outcome<QList<ChartNames>> ChartQueries::regions(const Database &db)
{
    auto election = firstElection(db);
    if (!election)
        return election.error();
    // Regions with at least one contest: the cities without rural elections have no charts.
    auto q = db.exec(QStringLiteral("SELECT r.code, r.name_kk, r.name_ru, r.name_en "
                                    "FROM territory r WHERE r.election_id = ? AND r.depth = 0 "
                                    "AND EXISTS (SELECT 1 FROM territory_closure tc "
                                    "JOIN contest c ON c.territory_id = tc.descendant_id "
                                    "WHERE tc.ancestor_id = r.id) ORDER BY r.code"),
                     {*election});
    if (!q)
        return q.error();
    QList<ChartNames> result;
    while (q->next())
        result << namesAt(*q, 0);
    return result;
}

Outcome<TurnoutByTerritory> ChartQueries::turnoutByTerritory(const Database &db,
                                                             const ChartScope &scope)
{
    auto q = db.exec(withFilter(kTurnoutByTerritory, scope, QStringLiteral("ps.territory_id")),
                     filterValue(scope) << scope.electionId << scope.childDepth);
    if (!q)
        return q.error();
    TurnoutByTerritory result;
    result.scope = scope;
    result.total.names = scope.names;
    while (q->next()) {
        TerritoryTurnout t{namesAt(*q, 0), q->value(4).toInt(), q->value(5).toLongLong(),
                           q->value(6).toLongLong()};
        result.total.stationsReported += t.stationsReported;
        result.total.votersReported += t.votersReported;
        result.total.ballotsIssued += t.ballotsIssued;
        result.territories << t;
    }
    // Highest first, compared exactly as the summary does; ties by code.
    std::sort(result.territories.begin(), result.territories.end(),
              [](const TerritoryTurnout &a, const TerritoryTurnout &b) {
                  const auto left = static_cast<WideInt>(a.ballotsIssued) * b.votersReported;
                  const auto right = static_cast<WideInt>(b.ballotsIssued) * a.votersReported;
                  if (left != right)
                      return left > right;
                  return a.names.code < b.names.code;
              });
    return result;
}

Outcome<TurnoutThroughDay> ChartQueries::turnoutThroughDay(const Database &db,
                                                           const ChartScope &scope)
{
    TurnoutThroughDay result;
    result.scope = scope;
    result.total.names = scope.names;
    auto hours = db.exec(QStringLiteral("SELECT report_time FROM turnout_hour "
                                        "WHERE election_id = ? ORDER BY report_time"),
                         {scope.electionId});
    if (!hours)
        return hours.error();
    while (hours->next())
        result.hours << hours->value(0).toString();
    auto emptyHours = [&result] {
        QList<HourlyTurnout> list;
        for (const QString &h : std::as_const(result.hours))
            list << HourlyTurnout{h, 0, 0, 0};
        return list;
    };
    result.total.hours = emptyHours();

    auto q = db.exec(withFilter(kTurnoutByHour, scope, QStringLiteral("ps.territory_id")),
                     filterValue(scope) << scope.electionId << scope.childDepth);
    if (!q)
        return q.error();
    QMap<QString, TurnoutLine> lines; // by code
    while (q->next()) {
        const int hour = int(result.hours.indexOf(q->value(4).toString()));
        if (hour < 0)
            continue; // a report at a time the election does not ask for
        const ChartNames names = namesAt(*q, 0);
        TurnoutLine &line = lines[names.code];
        if (line.hours.isEmpty()) {
            line.names = names;
            line.hours = emptyHours();
        }
        HourlyTurnout &h = line.hours[hour];
        h.stations += q->value(5).toInt();
        h.voters += q->value(6).toLongLong();
        h.received += q->value(7).toLongLong();
        HourlyTurnout &t = result.total.hours[hour];
        t.stations += q->value(5).toInt();
        t.voters += q->value(6).toLongLong();
        t.received += q->value(7).toLongLong();
    }
    result.lines = lines.values();
    return result;
}

Outcome<CandidatesByNomination> ChartQueries::candidatesByNomination(const Database &db,
                                                                     const ChartScope &scope)
{
    auto known = parties(db, scope.electionId);
    if (!known)
        return known.error();
    auto q = db.exec(withFilter(kCandidatesByParty, scope, QStringLiteral("c.territory_id")),
                     filterValue(scope) << scope.electionId);
    if (!q)
        return q.error();
    CandidatesByNomination result;
    result.scope = scope;
    while (q->next()) {
        const int count = q->value(1).toInt();
        if (q->value(0).isNull()) {
            result.selfNominated += count;
            continue;
        }
        result.party += count;
        (*known)[q->value(0).toLongLong()].count += count;
    }
    result.byParty = known->values();
    sortByCount(result.byParty);
    return result;
}

Outcome<SeatsWon> ChartQueries::seatsWon(const Database &db, const ChartScope &scope,
                                         const ContestOutcomes *tally)
{
    auto known = parties(db, scope.electionId);
    if (!known)
        return known.error();
    auto contests = contestsInScope(db, scope);
    if (!contests)
        return contests.error();
    auto outcomes = knownOrTally(db, scope, tally);
    if (!outcomes)
        return outcomes.error();

    // The party of every registered candidate of the election, read from one index scan.
    auto q = db.exec(QStringLiteral("SELECT id, party_id FROM candidate "
                                    "WHERE election_id = ? AND status = 'registered'"),
                     {scope.electionId});
    if (!q)
        return q.error();
    QHash<qint64, qint64> partyOf; // 0 = self-nominated
    while (q->next())
        partyOf.insert(q->value(0).toLongLong(),
                       q->value(1).isNull() ? 0 : q->value(1).toLongLong());

    SeatsWon result;
    result.scope = scope;
    for (auto it = contests->cbegin(); it != contests->cend(); ++it) {
        const ContestOutcome outcome = outcomes->value(it.key());
        if (outcome.state != ContestOutcome::State::Decided || !outcome.winnerId) {
            result.undecided += it.value();
            continue;
        }
        // The tally names one winner per contest; further seats of a multi-seat contest stay
        // undecided rather than being guessed.
        result.undecided += it.value() - 1;
        const qint64 party = partyOf.value(*outcome.winnerId);
        if (party == 0)
            ++result.selfNominated;
        else
            ++(*known)[party].count;
    }
    for (const PartyCount &p : std::as_const(*known)) {
        if (p.count > 0)
            result.byParty << p;
    }
    sortByCount(result.byParty);
    return result;
}

Outcome<TurnoutHistogram> ChartQueries::turnoutHistogram(const Database &db,
                                                         const ChartScope &scope)
{
    auto q = db.exec(withFilter(kTurnoutBins, scope, QStringLiteral("ps.territory_id")),
                     filterValue(scope) << scope.electionId);
    if (!q)
        return q.error();
    TurnoutHistogram result;
    result.scope = scope;
    result.counts = QList<int>(100 / TurnoutHistogram::binWidth, 0);
    while (q->next()) {
        const int bin = std::clamp(q->value(0).toInt(), 0, int(result.counts.size()) - 1);
        result.counts[bin] += q->value(1).toInt();
    }
    return result;
}

Outcome<TurnoutScatter> ChartQueries::turnoutScatter(const Database &db, const ChartScope &scope,
                                                     const ContestOutcomes *known)
{
    auto outcomes = knownOrTally(db, scope, known);
    if (!outcomes)
        return outcomes.error();

    struct Station
    {
        qint64 protocolId;
        QString code;
        qint64 winner;
        qint64 voters;
        qint64 issued;
        qint64 valid;
    };
    QList<Station> stations;
    auto q = db.exec(withFilter(kStationFigures, scope, QStringLiteral("ps.territory_id")),
                     filterValue(scope) << scope.electionId);
    if (!q)
        return q.error();
    while (q->next()) {
        const ContestOutcome outcome = outcomes->value(q->value(2).toLongLong());
        if (outcome.state != ContestOutcome::State::Decided || !outcome.winnerId ||
            q->value(5).toLongLong() <= 0)
            continue;
        stations << Station{q->value(0).toLongLong(), q->value(1).toString(),
                            *outcome.winnerId,        q->value(3).toLongLong(),
                            q->value(4).toLongLong(), q->value(5).toLongLong()};
    }

    TurnoutScatter result;
    result.scope = scope;
    result.stations = int(stations.size());
    // Above maxPoints a chart shows no more than a cloud: keep every k-th station (in protocol
    // order, so the sample is the same each time) and read only their votes.
    if (stations.size() > TurnoutScatter::maxPoints) {
        const qsizetype step =
            (stations.size() + TurnoutScatter::maxPoints - 1) / TurnoutScatter::maxPoints;
        QList<Station> sample;
        for (qsizetype i = 0; i < stations.size(); i += step)
            sample << stations.at(i);
        stations = sample;
    }
    if (stations.isEmpty())
        return result;

    QStringList marks;
    QVariantList ids;
    QHash<qint64, qint64> winnerVotes; // protocol → votes of its contest's winner
    QHash<qint64, qint64> winnerOf;
    for (const Station &s : std::as_const(stations)) {
        marks << QStringLiteral("?");
        ids << s.protocolId;
        winnerOf.insert(s.protocolId, s.winner);
    }
    auto votes = db.exec(QStringLiteral("SELECT protocol_id, candidate_id, votes FROM "
                                        "protocol_vote WHERE protocol_id IN (%1)")
                             .arg(marks.join(QLatin1Char(','))),
                         ids);
    if (!votes)
        return votes.error();
    while (votes->next()) {
        const qint64 protocol = votes->value(0).toLongLong();
        if (winnerOf.value(protocol) == votes->value(1).toLongLong())
            winnerVotes.insert(protocol, votes->value(2).toLongLong());
    }
    result.points.reserve(stations.size());
    for (const Station &s : std::as_const(stations)) {
        result.points << StationPoint{s.code, 100.0 * double(s.issued) / double(s.voters),
                                      100.0 * double(winnerVotes.value(s.protocolId)) /
                                          double(s.valid)};
    }
    return result;
}

} // namespace bd
