#include "IntegrityQuery.h"

#include "Database.h"

#include <QSqlError>

#include <algorithm>
#include <cstdlib>

namespace bd {

namespace {

// Progress is reported every this many rows, so the callback costs nothing at a million.
constexpr qint64 kProgressRows = 16384;

// Reports @p done of @p total as the part [from, to] of the whole load; false = cancelled.
bool report(const ProgressCallback &progress, qint64 done, qint64 total, int from, int to)
{
    if (!progress)
        return true;
    const int percent =
        total <= 0 ? to : from + static_cast<int>((to - from) * std::min(done, total) / total);
    return progress(percent);
}

// A forward-only scan ends with next() false both at the end and on a read error.
Status checkScan(const QSqlQuery &query, const QString &what)
{
    if (query.lastError().isValid())
        return Database::queryError(query, what);
    return {};
}

Status loadElection(const Database &db, IntegrityData &data)
{
    auto q =
        db.exec(QStringLiteral("SELECT id, name, synthetic FROM election ORDER BY id LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{QStringLiteral("integrity.no-election"),
                     IntegrityQuery::tr("The database holds no election yet."),
                     {}};
    data.electionId = q->value(0).toLongLong();
    data.electionName = q->value(1).toString();
    data.synthetic = q->value(2).toInt() != 0;
    return {};
}

Status loadRegions(const Database &db, IntegrityData &data)
{
    // Regions with at least one contest: the others (cities without an election) pool nothing.
    auto q = db.exec(QStringLiteral("SELECT t.id, t.code, t.name_kk, t.name_ru, t.name_en "
                                    "FROM territory t WHERE t.election_id = ? AND t.depth = 0 "
                                    "AND EXISTS (SELECT 1 FROM territory_closure r "
                                    "JOIN contest c ON c.territory_id = r.descendant_id "
                                    "WHERE r.ancestor_id = t.id) ORDER BY t.code"),
                     {data.electionId});
    if (!q)
        return q.error();
    while (q->next()) {
        IntegrityRegion region;
        region.id = q->value(0).toLongLong();
        region.names = {q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString()};
        data.regions.append(region);
    }
    return checkScan(*q, IntegrityQuery::tr("reading the regions"));
}

// Contests, their protocol counts, their figures and candidates' totals over accepted protocols.
Status loadContests(const Database &db, IntegrityData &data, QHash<qint64, int> &contestIndex)
{
    auto q = db.exec(
        QStringLiteral(
            "SELECT c.id, c.code, c.name, r.ancestor_id, "
            "(SELECT COUNT(*) FROM protocol p WHERE p.contest_id = c.id), "
            "(SELECT COUNT(*) FROM protocol p WHERE p.contest_id = c.id AND p.state = 'accepted') "
            "FROM contest c JOIN territory_closure r ON r.descendant_id = c.territory_id "
            "JOIN territory t ON t.id = r.ancestor_id AND t.depth = 0 "
            "WHERE c.election_id = ? ORDER BY c.code"),
        {data.electionId});
    if (!q)
        return q.error();
    while (q->next()) {
        IntegrityContest contest;
        contest.id = q->value(0).toLongLong();
        contest.code = q->value(1).toString();
        contest.name = q->value(2).toString();
        contest.regionId = q->value(3).toLongLong();
        contest.protocols = q->value(4).toLongLong();
        contest.acceptedProtocols = q->value(5).toLongLong();
        contestIndex.insert(contest.id, static_cast<int>(data.contests.size()));
        data.contests.append(contest);
    }
    if (Status s = checkScan(*q, IntegrityQuery::tr("reading the contests")); !s)
        return s;

    return {};
}

// Each territory's region: the territories of a region and the region itself.
Outcome<QHash<qint64, qint64>> regionOfTerritory(const Database &db, qint64 electionId)
{
    auto q =
        db.exec(QStringLiteral("SELECT c.descendant_id, c.ancestor_id FROM territory_closure c "
                               "JOIN territory t ON t.id = c.ancestor_id "
                               "WHERE t.depth = 0 AND t.election_id = ?"),
                {electionId});
    if (!q)
        return q.error();
    QHash<qint64, qint64> regions;
    while (q->next())
        regions.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    if (Status s = checkScan(*q, IntegrityQuery::tr("reading the territory tree")); !s)
        return s.error();
    return regions;
}

} // namespace

const IntegrityRegion *IntegrityData::region(qint64 id) const
{
    for (const IntegrityRegion &r : regions)
        if (r.id == id)
            return &r;
    return nullptr;
}

const IntegrityContest *IntegrityData::contest(qint64 id) const
{
    for (const IntegrityContest &c : contests)
        if (c.id == id)
            return &c;
    return nullptr;
}

Error IntegrityQuery::cancelled()
{
    return Error{QStringLiteral("integrity.cancelled"), tr("The analysis was cancelled."), {}};
}

Outcome<IntegrityData> IntegrityQuery::load(const Database &db, const ProgressCallback &progress)
{
    IntegrityData data;
    if (Status s = loadElection(db, data); !s)
        return s.error();
    if (Status s = loadRegions(db, data); !s)
        return s.error();
    QHash<qint64, int> contestIndex;
    if (Status s = loadContests(db, data, contestIndex); !s)
        return s.error();
    qint64 accepted = 0;
    for (const IntegrityContest &c : data.contests) {
        data.protocolsTotal += c.protocols;
        accepted += c.acceptedProtocols;
    }
    if (!report(progress, 1, 1, 0, 10))
        return cancelled();

    auto regionOf = regionOfTerritory(db, data.electionId);
    if (!regionOf)
        return regionOf.error();

    data.stations.reserve(accepted);
    data.protocolIds.reserve(accepted);
    {
        // One election per file: the protocols need no filter by election.
        auto q = db.stream(QStringLiteral(
            "SELECT p.id, p.polling_station_id, p.contest_id, s.territory_id, p.voters_on_list, "
            "p.ballots_issued_station + p.ballots_issued_outside, "
            "p.ballots_in_station_boxes + p.ballots_in_mobile_boxes, p.invalid_ballots, "
            "COALESCE(p.against_all, 0) "
            "FROM protocol p JOIN polling_station s ON s.id = p.polling_station_id "
            "WHERE p.state = 'accepted' ORDER BY p.id"));
        if (!q)
            return q.error();
        while (q->next()) {
            StationFigures f;
            f.stationId = q->value(1).toLongLong();
            f.contestId = q->value(2).toLongLong();
            f.regionId = regionOf->value(q->value(3).toLongLong());
            f.voters = q->value(4).toLongLong();
            f.ballotsIssued = q->value(5).toLongLong();
            f.ballotsInBoxes = q->value(6).toLongLong();
            const auto it = contestIndex.constFind(f.contestId);
            if (it != contestIndex.cend()) {
                IntegrityContest &contest = data.contests[*it];
                contest.ballotsInBoxes += f.ballotsInBoxes;
                contest.invalidBallots += q->value(7).toLongLong();
                contest.againstAll += q->value(8).toLongLong();
                contest.unexplainedBallots += std::llabs(f.ballotsIssued - f.ballotsInBoxes);
            }
            data.protocolIds.append(q->value(0).toLongLong());
            data.stations.append(std::move(f));
            if (data.stations.size() % kProgressRows == 0 &&
                !report(progress, data.stations.size(), accepted, 10, 50))
                return cancelled();
        }
        if (Status s = checkScan(*q, tr("reading the accepted protocols")); !s)
            return s.error();
    }

    // Votes in protocol order, walked alongside the stations: the rows of protocols that are
    // not accepted are passed over. The candidate of each count is kept until the contests'
    // leaders are known.
    QList<qint64> candidateOfCount;
    candidateOfCount.reserve(data.stations.size() * 4);
    {
        auto q = db.stream(QStringLiteral("SELECT protocol_id, candidate_id, votes FROM "
                                          "protocol_vote ORDER BY protocol_id, candidate_id"));
        if (!q)
            return q.error();
        qsizetype at = 0;
        qint64 rows = 0;
        QHash<qint64, QHash<qint64, qint64>> totals; // contest → candidate → votes
        while (q->next()) {
            const qint64 protocol = q->value(0).toLongLong();
            while (at < data.protocolIds.size() && data.protocolIds.at(at) < protocol)
                ++at;
            if (at == data.protocolIds.size())
                break;
            if (data.protocolIds.at(at) != protocol)
                continue;
            StationFigures &f = data.stations[at];
            const qint64 candidate = q->value(1).toLongLong();
            const qint64 votes = q->value(2).toLongLong();
            f.candidateVotes.append(votes);
            candidateOfCount.append(candidate);
            totals[f.contestId][candidate] += votes;
            if (++rows % kProgressRows == 0 && !report(progress, at, data.stations.size(), 50, 95))
                return cancelled();
        }
        if (Status s = checkScan(*q, tr("reading the votes of the accepted protocols")); !s)
            return s.error();
        for (IntegrityContest &contest : data.contests) {
            const QHash<qint64, qint64> byCandidate = totals.value(contest.id);
            contest.candidateIds = byCandidate.keys();
            std::sort(contest.candidateIds.begin(), contest.candidateIds.end());
            for (qint64 candidate : std::as_const(contest.candidateIds)) {
                const qint64 votes = byCandidate.value(candidate);
                contest.candidateVotes.append(votes);
                // Ascending ids: a later candidate leads only with strictly more votes.
                if (contest.leaderId == 0 || votes > byCandidate.value(contest.leaderId))
                    contest.leaderId = candidate;
            }
        }
    }

    // Each station's W: its count for its contest's leader.
    QHash<qint64, qint64> leaders;
    for (const IntegrityContest &c : std::as_const(data.contests))
        leaders.insert(c.id, c.leaderId);
    qsizetype count = 0;
    for (StationFigures &f : data.stations) {
        const qint64 leader = leaders.value(f.contestId);
        for (qint64 votes : std::as_const(f.candidateVotes)) {
            if (candidateOfCount.at(count++) == leader)
                f.leaderVotes = votes;
        }
    }
    if (!report(progress, 1, 1, 50, 100))
        return cancelled();
    return data;
}

Outcome<QHash<qint64, IntegrityStationLabel>>
IntegrityQuery::stationLabels(const Database &db, const QList<qint64> &stationIds)
{
    QHash<qint64, IntegrityStationLabel> labels;
    constexpr qsizetype kChunk = 500; // well below SQLite's limit of bound values
    for (qsizetype from = 0; from < stationIds.size(); from += kChunk) {
        const QList<qint64> chunk = stationIds.mid(from, kChunk);
        QStringList marks;
        QVariantList values;
        for (qint64 id : chunk) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto q = db.exec(QStringLiteral("SELECT id, code, number, name FROM polling_station "
                                        "WHERE id IN (%1)")
                             .arg(marks.join(QLatin1Char(','))),
                         values);
        if (!q)
            return q.error();
        while (q->next())
            labels.insert(q->value(0).toLongLong(),
                          {q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
        if (Status s = checkScan(*q, tr("reading the stations' names")); !s)
            return s.error();
    }
    return labels;
}

} // namespace bd
