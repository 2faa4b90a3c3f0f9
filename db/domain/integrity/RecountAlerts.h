#pragma once

#include <QList>
#include <QtGlobal>

namespace bd {

/** What a recount threshold is a percentage of (US states differ, spec §7). */
enum class MarginDenominator {
    ValidVotes,     ///< valid ballots of the contest
    VotesForOffice, ///< votes cast for the office (Florida)
    LeaderVotes,    ///< the highest vote cast (Colorado: ½ % of the highest vote)
};

/** A contest's totals as a recount alert reads them. */
struct ContestMargin
{
    qint64 contestId = 0;
    QList<qint64> candidateVotes; ///< every candidate's total, any order
    qint64 validVotes = 0;
    qint64 votesForOffice = 0;     ///< e.g. candidates' votes plus "against all"
    qint64 invalidBallots = 0;     ///< could each have been a vote for the runner-up
    qint64 unexplainedBallots = 0; ///< ballots the protocols do not account for (Σ |discrepancy|)
};

/** Settings of the recount alerts. */
struct RecountOptions
{
    double thresholdPercent = 0.5; ///< margin at or below this percent alerts
    MarginDenominator denominator = MarginDenominator::ValidVotes;
};

/** Why a contest may need a recount. */
struct RecountAlert
{
    qint64 contestId = 0;
    qint64 firstVotes = 0;
    qint64 secondVotes = 0;         ///< 0 with a single candidate
    qint64 margin = 0;              ///< first − second
    qint64 denominator = 0;         ///< per options.denominator
    bool tie = false;               ///< margin 0 between at least two candidates
    bool closeMargin = false;       ///< margin ≤ threshold % of denominator (always with a tie)
    bool withinDiscrepancy = false; ///< margin ≤ invalid + unexplained ballots
    bool alert() const { return tie || closeMargin || withinDiscrepancy; }
};

/** Recount alerts per contest: a close margin, or one the discrepancies could overturn. */
class RecountAlerts
{
public:
    RecountAlerts() = delete;

    /**
     * The alert state of @p contest. The threshold is compared exactly, as protocol rules do:
     * margin × 10,000 ≤ llround(thresholdPercent × 100) × denominator in 128 bits, so a margin
     * exactly at the threshold alerts. A denominator of 0 only alerts for a tie.
     */
    static RecountAlert check(const ContestMargin &contest, const RecountOptions &options = {});
    /** The alerting contests among @p contests, in their order. */
    static QList<RecountAlert> alerts(const QList<ContestMargin> &contests,
                                      const RecountOptions &options = {});
};

} // namespace bd
