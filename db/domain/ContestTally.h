#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

/** A candidate's votes summed over the accepted protocols of a contest. */
struct CandidateTotal
{
    qint64 candidateId = 0;
    qint64 votes = 0;

    friend bool operator==(const CandidateTotal &a, const CandidateTotal &b) = default;
};

/** Who wins a single-seat contest, or why nobody does (yet). */
struct ContestOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ContestOutcome)

public:
    enum class State {
        Pending,           ///< not every station has an accepted protocol yet
        Decided,           ///< one candidate has the most votes
        Tie,               ///< leaders tied (or nobody has votes): repeat voting or lot
        NoWinnerAgainstAll ///< "against all" has more votes than every candidate
    };

    State state = State::Pending;
    /** The winner when Decided; while Pending, the single current leader (if one leads). */
    std::optional<qint64> winnerId;
    /** The tied leaders, ascending by id, when Tie (or while Pending a tie would result). */
    QList<qint64> tiedCandidateIds;
    qint64 winnerVotes = 0; ///< the leading candidate's votes, in every state
    qint64 marginVotes = 0; ///< leading candidate minus runner-up candidate; 0 when tied
    int stationsReported = 0;
    int stationsTotal = 0;

    /**
     * Translated one-line state: "Decided", "Undecided: tie — repeat voting or lot",
     * "No winner: against all" or, while Pending, "3 of 5 stations reported".
     */
    QString describe() const;

    friend bool operator==(const ContestOutcome &a, const ContestOutcome &b) = default;
};

/** Decides single-seat contests by relative majority (see protocol-rules.md, "Winner"). */
class ContestTally
{
public:
    ContestTally() = delete;

    /**
     * The outcome of a contest from its candidates' totals over accepted protocols.
     *
     * - Relative majority: the candidate with the most votes wins.
     * - Leaders with equal votes give Tie with every tied leader; no winner is ever picked.
     * - @p againstAll (nullopt where the election has none) strictly above every candidate
     *   gives NoWinnerAgainstAll. Against all equal to the leader does not block: the leader
     *   wins unless tied with another candidate.
     * - No candidate has a vote (all zero, or no candidates): Tie among all candidates (an
     *   empty list when there are none), unless against all has votes.
     * - While @p stationsReported < @p stationsTotal the state is Pending; winnerId,
     *   tiedCandidateIds, winnerVotes and marginVotes still describe the current standing.
     *
     * Totals for the same candidate are added up; negative totals count as 0.
     */
    static ContestOutcome decide(const QList<CandidateTotal> &totals,
                                 std::optional<qint64> againstAll, int stationsReported,
                                 int stationsTotal);
};

} // namespace bd
