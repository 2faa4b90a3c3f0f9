#include "ContestTally.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace bd {

QString ContestOutcome::describe() const
{
    switch (state) {
    case State::Pending:
        //: A contest still counting: %1 stations of %n have an accepted protocol
        return tr("%1 of %n station(s) reported", nullptr, stationsTotal)
            .arg(QLocale().toString(stationsReported));
    case State::Decided:
        return tr("Decided");
    case State::Tie:
        return tr("Undecided: tie — repeat voting or lot");
    case State::NoWinnerAgainstAll:
        return tr("No winner: against all");
    }
    Q_UNREACHABLE();
    return {};
}

ContestOutcome ContestTally::decide(const QList<CandidateTotal> &totals,
                                    std::optional<qint64> againstAll, int stationsReported,
                                    int stationsTotal)
{
    ContestOutcome outcome;
    outcome.stationsReported = stationsReported;
    outcome.stationsTotal = stationsTotal;

    std::map<qint64, qint64> votes; // ordered by id, so ties list ascending ids
    for (const CandidateTotal &total : totals)
        votes[total.candidateId] += std::max<qint64>(total.votes, 0);

    qint64 leader = 0;
    qint64 runnerUp = 0;
    QList<qint64> leaders;
    for (const auto &[id, count] : votes) {
        if (leaders.isEmpty() || count > leader) {
            runnerUp = leaders.isEmpty() ? 0 : leader;
            leader = count;
            leaders = {id};
        } else if (count == leader) {
            runnerUp = leader;
            leaders << id;
        } else {
            runnerUp = std::max(runnerUp, count);
        }
    }
    outcome.winnerVotes = leader;
    outcome.marginVotes = leader - runnerUp;

    const qint64 against = std::max<qint64>(againstAll.value_or(0), 0);
    ContestOutcome::State standing = ContestOutcome::State::Decided;
    if (against > leader) {
        standing = ContestOutcome::State::NoWinnerAgainstAll;
    } else if (leader == 0) {
        // Nobody has a vote, so nobody is elected: every candidate is tied at zero.
        standing = ContestOutcome::State::Tie;
        outcome.tiedCandidateIds.clear();
        for (const auto &entry : votes)
            outcome.tiedCandidateIds << entry.first;
    } else if (leaders.size() > 1) {
        standing = ContestOutcome::State::Tie;
        outcome.tiedCandidateIds = leaders;
    } else {
        outcome.winnerId = leaders.constFirst();
    }

    outcome.state = stationsReported < stationsTotal ? ContestOutcome::State::Pending : standing;
    return outcome;
}

} // namespace bd
