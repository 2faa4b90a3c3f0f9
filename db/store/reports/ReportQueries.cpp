#include "ReportQueries.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace bd {

Outcome<QList<ReportContest>> ReportQueries::contests(const Database &db, qint64 electionId)
{
    // One join through the closure: the region is the contest territory's depth-0 ancestor.
    auto query = db.exec(
        QStringLiteral("SELECT c.id, c.code, c.name, c.seats, r.code, r.name_kk, r.name_ru, "
                       "r.name_en FROM contest c "
                       "JOIN territory_closure tc ON tc.descendant_id = c.territory_id "
                       "JOIN territory r ON r.id = tc.ancestor_id AND r.depth = 0 "
                       "WHERE c.election_id = ? ORDER BY c.code"),
        {electionId});
    if (!query)
        return query.error();
    QList<ReportContest> contests;
    while (query->next()) {
        ReportContest c;
        c.id = query->value(0).toLongLong();
        c.code = query->value(1).toString();
        c.name = query->value(2).toString();
        c.seats = query->value(3).toInt();
        c.regionCode = query->value(4).toString();
        c.regionKk = query->value(5).toString();
        c.regionRu = query->value(6).toString();
        c.regionEn = query->value(7).toString();
        contests.append(c);
    }
    return contests;
}

Outcome<QHash<qint64, ReportCandidate>> ReportQueries::candidates(const Database &db,
                                                                  qint64 electionId)
{
    auto query = db.exec(QStringLiteral("SELECT c.id, c.contest_id, c.full_name, p.short_name, "
                                        "p.name_kk, p.name_ru, p.name_en FROM candidate c "
                                        "LEFT JOIN party p ON p.id = c.party_id "
                                        "WHERE c.election_id = ? AND c.status = 'registered'"),
                         {electionId});
    if (!query)
        return query.error();
    QHash<qint64, ReportCandidate> candidates;
    while (query->next()) {
        ReportCandidate c;
        c.id = query->value(0).toLongLong();
        c.contestId = query->value(1).toLongLong();
        c.name = query->value(2).toString();
        c.partyShort = query->value(3).toString();
        c.partyKk = query->value(4).toString();
        c.partyRu = query->value(5).toString();
        c.partyEn = query->value(6).toString();
        candidates.insert(c.id, c);
    }
    return candidates;
}

Outcome<QHash<qint64, ContestTurnout>> ReportQueries::contestTurnout(const Database &db,
                                                                     qint64 electionId)
{
    auto query = db.exec(
        QStringLiteral("SELECT p.contest_id, SUM(p.voters_on_list), "
                       "SUM(p.ballots_issued_station + p.ballots_issued_outside) FROM protocol p "
                       "JOIN contest c ON c.id = p.contest_id "
                       "WHERE c.election_id = ? AND p.state = 'accepted' GROUP BY p.contest_id"),
        {electionId});
    if (!query)
        return query.error();
    QHash<qint64, ContestTurnout> turnout;
    while (query->next()) {
        turnout.insert(query->value(0).toLongLong(),
                       ContestTurnout{query->value(1).toLongLong(), query->value(2).toLongLong()});
    }
    return turnout;
}

Outcome<QList<StationSheetLine>> ReportQueries::stationSheet(const Database &db, qint64 contestId)
{
    auto query = db.exec(
        QStringLiteral("SELECT ps.id, ps.code, ps.number, COALESCE(ps.name, ''), "
                       "ps.registered_voters, p.id, p.state, p.voters_on_list, "
                       "p.ballots_received, p.ballots_issued_station, p.ballots_issued_outside, "
                       "p.ballots_cancelled, p.ballots_in_station_boxes, "
                       "p.ballots_in_mobile_boxes, p.invalid_ballots, p.against_all "
                       "FROM polling_station ps "
                       "LEFT JOIN protocol p ON p.polling_station_id = ps.id "
                       "AND p.contest_id = ps.contest_id "
                       "WHERE ps.contest_id = ? ORDER BY ps.code"),
        {contestId});
    if (!query)
        return query.error();
    QList<StationSheetLine> lines;
    QHash<qint64, qsizetype> byProtocol;
    while (query->next()) {
        StationSheetLine line;
        line.code = query->value(1).toString();
        line.number = query->value(2).toString();
        line.name = query->value(3).toString();
        line.registeredVoters = query->value(4).toLongLong();
        if (!query->value(5).isNull()) {
            line.state = query->value(6).toString();
            if (line.state == QLatin1String("accepted")) {
                for (int i = 7; i <= 15; ++i)
                    line.figures.append(query->value(i).isNull() ? -1
                                                                 : query->value(i).toLongLong());
            }
            byProtocol.insert(query->value(5).toLongLong(), lines.size());
        }
        lines.append(line);
    }
    auto votes = db.exec(QStringLiteral("SELECT v.protocol_id, v.candidate_id, v.votes "
                                        "FROM protocol_vote v JOIN protocol p ON p.id = "
                                        "v.protocol_id WHERE p.contest_id = ? "
                                        "AND p.state = 'accepted'"),
                         {contestId});
    if (!votes)
        return votes.error();
    while (votes->next()) {
        const auto it = byProtocol.constFind(votes->value(0).toLongLong());
        if (it != byProtocol.constEnd())
            lines[*it].votes.insert(votes->value(1).toLongLong(), votes->value(2).toLongLong());
    }
    return lines;
}

} // namespace bd
