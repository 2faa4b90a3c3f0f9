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

    // Contest by contest through the index on polling_station (contest_id): no table rows read.
    auto stations = db.exec(QStringLiteral("SELECT c.id, COUNT(*) FROM contest c "
                                           "JOIN polling_station ps ON ps.contest_id = c.id "
                                           "WHERE c.election_id = ? GROUP BY c.id"),
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

    // A candidate's total is every vote recorded for them minus the votes of protocols that
    // are not accepted. Both parts read indexes only (protocol_vote_candidate_votes, and
    // protocol_state_figures for the few protocols not yet accepted), where checking the state
    // of each vote's protocol would cost one lookup per candidate and station. The states are
    // listed (every one but 'accepted', see the CHECK on protocol.state) so the index is used.
    QHash<qint64, qint64> notAccepted;
    auto pending = db.exec(QStringLiteral("SELECT v.candidate_id, SUM(v.votes) "
                                          "FROM protocol p "
                                          "JOIN protocol_vote v ON v.protocol_id = p.id "
                                          "JOIN contest c ON c.id = p.contest_id "
                                          "WHERE c.election_id = ? AND p.state IN "
                                          "('open', 'first_entered', 'needs_resolution') "
                                          "GROUP BY v.candidate_id"),
                           {electionId});
    if (!pending)
        return pending.error();
    while (pending->next())
        notAccepted.insert(pending->value(0).toLongLong(), pending->value(1).toLongLong());

    auto votes = db.exec(QStringLiteral("SELECT k.contest_id, k.id, "
                                        "(SELECT COALESCE(SUM(v.votes), 0) FROM protocol_vote v "
                                        "WHERE v.candidate_id = k.id) "
                                        "FROM candidate k "
                                        "WHERE k.election_id = ? AND k.status = 'registered' "
                                        "ORDER BY k.contest_id, k.id"),
                         {electionId});
    if (!votes)
        return votes.error();
    while (votes->next()) {
        const qint64 candidateId = votes->value(1).toLongLong();
        tallies[votes->value(0).toLongLong()].totals.append(CandidateTotal{
            candidateId, votes->value(2).toLongLong() - notAccepted.value(candidateId)});
    }

    QHash<qint64, ContestOutcome> outcomes;
    outcomes.reserve(tallies.size());
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        outcomes.insert(
            it.key(), ContestTally::decide(it->totals, it->againstAll, it->reported, it->stations));
    return outcomes;
}

} // namespace bd
