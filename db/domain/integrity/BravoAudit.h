#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace bd {

/** A single-winner contest's reported totals, as a ballot-polling audit plans from them. */
struct BravoContest
{
    qint64 contestId = 0;
    qint64 ballots = 0;           ///< ballots cast in the contest, invalid ones included
    QList<qint64> candidateVotes; ///< every candidate's total; the highest is the winner
};

/** How much hand counting a ballot-polling audit of one contest needs. */
struct BravoPlan
{
    enum class Kind {
        Sample,        ///< draw the sample sizes below
        FullHandCount, ///< tie, or the sample would be most of the ballots: count them all
        NotNeeded,     ///< uncontested, or the winner has every vote
    };
    struct Quantile
    {
        double completion = 0.0; ///< chance that one round of this size ends the audit
        qint64 ballots = 0;

        friend bool operator==(const Quantile &, const Quantile &) = default;
    };

    qint64 contestId = 0;
    Kind kind = Kind::Sample;
    double winnerShare = 0.0;       ///< p_w = winner / ballots
    double runnerUpShare = 0.0;     ///< p_l = runner-up / ballots
    qint64 averageSampleNumber = 0; ///< ASN, the expected number of ballots drawn
    QList<Quantile> quantiles;      ///< per completion chance, ascending
};

/** Settings of the audit plan; the defaults are Arlo's. */
struct BravoOptions
{
    double riskLimit = 0.1; ///< α: the largest chance of confirming a wrong outcome
    QList<double> completions = {0.7, 0.8, 0.9};
    /** Above this many ballots, a 90 %-completion sample of fullCountShare of the ballots or
     *  more is replaced by a full hand count, which is then less work. */
    qint64 largeElectionBallots = 100000;
    double fullCountShare = 0.25;
};

/**
 * BRAVO ballot-polling risk-limiting audits (Lindeman, Stark & Yates, EVT/WOTE 2012), spec §7.
 * Shares are of all ballots, invalid included; s_w = p_w / (p_w + p_l) is the winner's share
 * of the two. Sample sizes follow the method of Arlo's bravo.py (Mark Lindeman's analytic
 * round size): a normal approximation, then the smallest size at which the binomial
 * (1 − completion) quantile of winner ballots reaches the risk limit.
 */
class BravoAudit
{
public:
    BravoAudit() = delete;

    /**
     * The average sample number [ln(1/α) + ln(2s_w)/2] / [p_w ln(2s_w) + p_l ln(2 − 2s_w)]
     * before rounding; nullopt for a tie or p_w ≤ p_l. 600 vs 400 of 1000 at α = 0.1: 118.88.
     */
    static std::optional<double> averageSampleNumber(double riskLimit, double winnerShare,
                                                     double runnerUpShare);
    /**
     * Ballots to draw so that one round ends the audit with chance @p completion when the
     * reported outcome is right, given @p sampledWinner and @p sampledRunnerUp ballots for
     * the two already drawn; 0 when those already meet the risk limit. At α = 0.1:
     * 0.4 / 0.32 → 1599 (90 %), 409 (40 %); 0.36 / 0.32 → 6067 (90 %), 2476 (60 %);
     * 0.52 / 0.47 → 5657 (90 %). Requires p_w > p_l > 0 … nullopt otherwise.
     */
    static std::optional<qint64> sampleSize(double riskLimit, double winnerShare,
                                            double runnerUpShare, double completion,
                                            qint64 sampledWinner = 0, qint64 sampledRunnerUp = 0);
    /**
     * The audit plan of @p contest before any ballot is drawn: NotNeeded with fewer than two
     * candidates or a winner with every ballot; FullHandCount for a tie, when the ASN or the
     * largest quantile reaches the ballots, or by the large-election rule of the options;
     * otherwise Sample. Quantile sizes are capped at the ballots.
     */
    static BravoPlan plan(const BravoContest &contest, const BravoOptions &options = {});
};

} // namespace bd
