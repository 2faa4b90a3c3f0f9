#include "BravoAudit.h"

#include "StatFunctions.h"

#include <algorithm>
#include <cmath>

namespace bd {

std::optional<double> BravoAudit::averageSampleNumber(double riskLimit, double winnerShare,
                                                      double runnerUpShare)
{
    if (!(riskLimit > 0.0 && riskLimit < 1.0) || !(winnerShare > runnerUpShare) ||
        runnerUpShare < 0.0)
        return std::nullopt;
    const double s = winnerShare / (winnerShare + runnerUpShare);
    const double zWinner = std::log(2.0 * s);
    const double zLoser = runnerUpShare > 0.0 ? std::log(2.0 - 2.0 * s) : 0.0;
    return (std::log(1.0 / riskLimit) + zWinner / 2.0) /
           (winnerShare * zWinner + runnerUpShare * zLoser);
}

namespace {

// The ballots for the winner and runner-up together that one round needs; see sampleSize().
std::optional<qint64> twoWayRound(double riskLimit, double s, double completion,
                                  qint64 sampledWinner, qint64 sampledRunnerUp)
{
    // Each winner ballot multiplies the likelihood ratio by s / ½, each runner-up ballot by
    // (1 − s) / ½; in logs they add `plus` and `minus`. The audit stops at ln(1/α).
    const double plus = std::log(s / 0.5);
    double threshold = std::log(1.0 / riskLimit) - static_cast<double>(sampledWinner) * plus;
    if (s >= 1.0) {
        // Every ballot of the two is the winner's: the round is the first n with n·plus above
        // the threshold, whatever the completion chance.
        if (sampledRunnerUp > 0 || threshold <= 0.0)
            return threshold <= 0.0 ? std::optional<qint64>(0) : std::nullopt;
        return static_cast<qint64>(std::floor(threshold / plus) + 1.0);
    }
    const double minus = std::log((1.0 - s) / 0.5);
    threshold -= static_cast<double>(sampledRunnerUp) * minus;
    if (threshold <= 0.0)
        return 0;

    // Normal approximation first: the (1 − completion) quantile of winner ballots among n,
    // n·s + z·√(n·s(1−s)) with z = −Φ⁻¹(completion), equals the winner ballots that reach the
    // threshold, (threshold − n·minus) / (plus − minus). Squared, a quadratic in n; the larger
    // root above 50 % completion, the smaller below.
    const double z = -StatFunctions::normalQuantile(completion);
    const double d = s * (1.0 - s);
    const double f = threshold / (plus - minus);
    const double g = minus / (plus - minus) + s;
    const double qa = g * g;
    const double qb = -(z * z * d + 2.0 * f * g);
    const double qc = f * f;
    const double radical = std::sqrt(std::max(0.0, qb * qb - 4.0 * qa * qc));
    auto n = static_cast<qint64>(
        std::floor((completion > 0.5 ? -qb + radical : -qb - radical) / (2.0 * qa)));
    n = std::max<qint64>(n, 0);

    // Then exact: grow n until the binomial quantile of winner ballots passes the threshold.
    // Starting at the floor of the estimate, as Arlo does, keeps its published sizes.
    for (;;) {
        const qint64 x = StatFunctions::binomialQuantile(1.0 - completion, n, s);
        const double statistic = static_cast<double>(x) * plus + static_cast<double>(n - x) * minus;
        if (statistic > threshold)
            break;
        ++n;
    }
    return n;
}

bool validArguments(double riskLimit, double winnerShare, double runnerUpShare, double completion)
{
    return riskLimit > 0.0 && riskLimit < 1.0 && winnerShare > runnerUpShare &&
           runnerUpShare >= 0.0 && completion > 0.0 && completion < 1.0;
}

} // namespace

std::optional<qint64> BravoAudit::sampleSize(double riskLimit, double winnerShare,
                                             double runnerUpShare, double completion,
                                             qint64 sampledWinner, qint64 sampledRunnerUp)
{
    if (!validArguments(riskLimit, winnerShare, runnerUpShare, completion))
        return std::nullopt;
    const double twoWay = winnerShare + runnerUpShare;
    const std::optional<qint64> n =
        twoWayRound(riskLimit, winnerShare / twoWay, completion, sampledWinner, sampledRunnerUp);
    if (!n)
        return n;
    // The other ballots (other candidates, invalid) dilute the two-way sample. The sum and
    // the division are taken in extended precision so that shares given as decimals behave
    // as exact numbers, as in Arlo: 0.36 + 0.32 is a little below 0.68 there, and 1683 ballots
    // of the two need ⌈1683 / 0.67999…⌉ = 2476, not the 2475 of double rounding.
    const long double exactTwoWay =
        static_cast<long double>(winnerShare) + static_cast<long double>(runnerUpShare);
    return static_cast<qint64>(std::ceil(static_cast<long double>(*n) / exactTwoWay));
}

BravoPlan BravoAudit::plan(const BravoContest &contest, const BravoOptions &options)
{
    BravoPlan p;
    p.contestId = contest.contestId;
    QList<qint64> votes = contest.candidateVotes;
    std::sort(votes.begin(), votes.end(), std::greater<>());
    const qint64 winner = votes.isEmpty() ? 0 : std::max<qint64>(votes.at(0), 0);
    const qint64 runnerUp = votes.size() > 1 ? std::max<qint64>(votes.at(1), 0) : 0;
    if (contest.ballots <= 0 || votes.size() < 2 || winner >= contest.ballots) {
        p.kind = BravoPlan::Kind::NotNeeded;
        return p;
    }
    const auto ballots = static_cast<double>(contest.ballots);
    p.winnerShare = static_cast<double>(winner) / ballots;
    p.runnerUpShare = static_cast<double>(runnerUp) / ballots;
    if (winner == runnerUp) {
        p.kind = BravoPlan::Kind::FullHandCount;
        return p;
    }
    const std::optional<double> asn =
        averageSampleNumber(options.riskLimit, p.winnerShare, p.runnerUpShare);
    p.averageSampleNumber = asn ? static_cast<qint64>(std::ceil(*asn)) : contest.ballots;
    const double s = static_cast<double>(winner) / static_cast<double>(winner + runnerUp);
    QList<double> completions = options.completions;
    std::sort(completions.begin(), completions.end());
    qint64 at90 = 0;
    for (double c : completions) {
        const std::optional<qint64> twoWay =
            validArguments(options.riskLimit, p.winnerShare, p.runnerUpShare, c)
                ? twoWayRound(options.riskLimit, s, c, 0, 0)
                : std::nullopt;
        // ⌈n · ballots / (winner + runner-up)⌉ in whole numbers.
        const qint64 size =
            twoWay ? (*twoWay * contest.ballots + winner + runnerUp - 1) / (winner + runnerUp)
                   : contest.ballots;
        const qint64 n = std::min(size, contest.ballots);
        p.quantiles.append({c, n});
        if (c >= 0.9 && at90 == 0)
            at90 = n;
    }
    const qint64 largest =
        p.quantiles.isEmpty() ? p.averageSampleNumber : p.quantiles.constLast().ballots;
    const bool mostOfTheBallots = contest.ballots > options.largeElectionBallots && at90 > 0 &&
                                  static_cast<double>(at90) >= options.fullCountShare * ballots;
    if (p.averageSampleNumber >= contest.ballots || largest >= contest.ballots || mostOfTheBallots)
        p.kind = BravoPlan::Kind::FullHandCount;
    return p;
}

} // namespace bd
