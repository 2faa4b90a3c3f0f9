#include "ContestResults.h"

#include "Database.h"

namespace bd {

Outcome<QHash<qint64, ContestOutcome>> ContestResults::outcomes(const Database &db,
                                                                qint64 electionId)
{
    struct Tally
    {
        int stations = 0;
        int reported = 0;
        std::optional<qint64> againstAll;
        QList<CandidateTotal> totals;
    };
    QHash<qint64, Tally> tallies;

    // Four grouped scans rather than one query per contest: this stays linear at a million
    // stations.
    auto contests =
        db.exec(QStringLiteral("SELECT id FROM contest WHERE election_id = ?"), {electionId});
    if (!contests)
        return contests.error();
    while (contests->next())
        tallies.insert(contests->value(0).toLongLong(), Tally{});

    auto stations = db.exec(QStringLiteral("SELECT contest_id, COUNT(*) FROM polling_station "
                                           "WHERE election_id = ? GROUP BY contest_id"),
                            {electionId});
    if (!stations)
        return stations.error();
    while (stations->next())
        tallies[stations->value(0).toLongLong()].stations = stations->value(1).toInt();

    auto accepted = db.exec(QStringLiteral("SELECT p.contest_id, COUNT(*), SUM(p.against_all) "
                                           "FROM protocol p "
                                           "JOIN contest c ON c.id = p.contest_id "
                                           "WHERE c.election_id = ? AND p.state = 'accepted' "
                                           "GROUP BY p.contest_id"),
                            {electionId});
    if (!accepted)
        return accepted.error();
    while (accepted->next()) {
        Tally &t = tallies[accepted->value(0).toLongLong()];
        t.reported = accepted->value(1).toInt();
        if (!accepted->value(2).isNull())
            t.againstAll = accepted->value(2).toLongLong();
    }

    auto votes =
        db.exec(QStringLiteral("SELECT k.contest_id, k.id, "
                               "COALESCE(SUM(CASE WHEN p.state = 'accepted' THEN v.votes END), 0) "
                               "FROM candidate k "
                               "LEFT JOIN protocol_vote v ON v.candidate_id = k.id "
                               "LEFT JOIN protocol p ON p.id = v.protocol_id "
                               "WHERE k.election_id = ? AND k.status = 'registered' "
                               "GROUP BY k.contest_id, k.id ORDER BY k.contest_id, k.id"),
                {electionId});
    if (!votes)
        return votes.error();
    while (votes->next())
        tallies[votes->value(0).toLongLong()].totals.append(
            CandidateTotal{votes->value(1).toLongLong(), votes->value(2).toLongLong()});

    QHash<qint64, ContestOutcome> outcomes;
    outcomes.reserve(tallies.size());
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        outcomes.insert(
            it.key(), ContestTally::decide(it->totals, it->againstAll, it->reported, it->stations));
    return outcomes;
}

} // namespace bd
