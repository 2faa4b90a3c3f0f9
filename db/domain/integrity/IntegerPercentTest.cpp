#include "IntegerPercentTest.h"

#include "BinomialSampler.h"
#include "StatFunctions.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace bd {

namespace {

// The whole-percent check of a Monte Carlo draw, without a division. 100·(k/n) and k·(100/n)
// differ by an ulp or two, and that matters only where k/n is exactly 0.05 points from a whole
// percent: with d = 100·k mod n that is 20·d = n, so n(20j ± 1) = 2000·k, and as 20j ± 1 is
// prime to 2000, only for n a multiple of 2000. Those denominators take the division.
// Elsewhere |k/n − 0.05 point| ≥ 1/(20n) ≥ 5e-11, far above any rounding.
struct Denominator
{
    qint64 n = 0;
    double scale = 0.0; ///< 100 / n
    bool divide = false;

    explicit Denominator(qint64 total)
        : n(total), scale(total > 0 ? 100.0 / static_cast<double>(total) : 0.0),
          divide(total % 2000 == 0)
    {}
    bool isInteger(qint64 k, double tolerance) const
    {
        if (divide)
            return IntegerPercentTest::isIntegerPercent(k, n, tolerance);
        const double percent = static_cast<double>(k) * scale;
        return std::abs(percent - static_cast<double>(static_cast<qint64>(percent + 0.5))) <=
               tolerance;
    }
};

struct Included
{
    BinomialSampler::Parameters issued; ///< Bin(V, B/V)
    BinomialSampler::Parameters leader; ///< Bin(R, W/R)
    Denominator voters;
    Denominator ballots;
};

struct ReplicateCounts
{
    qint64 turnout = 0;
    qint64 leader = 0;
    qint64 either = 0;
};

ReplicateCounts replicate(const std::vector<Included> &stations, quint64 seed, int index,
                          double tolerance)
{
    BinomialSampler sampler(seed, static_cast<quint64>(index));
    ReplicateCounts counts;
    for (const Included &s : stations) {
        const bool t = s.voters.isInteger(sampler.draw(s.issued), tolerance);
        const bool w = s.ballots.isInteger(sampler.draw(s.leader), tolerance);
        counts.turnout += t;
        counts.leader += w;
        counts.either += t || w;
    }
    return counts;
}

// P(Bin(n, p) / n is at a whole percent), summed over the counts within 7 standard deviations
// of the mean (the rest weighs < 1e-11 per station).
double integerProbability(qint64 n, double p, double tolerance)
{
    if (p <= 0.0 || p >= 1.0)
        return IntegerPercentTest::isIntegerPercent(p >= 1.0 ? n : 0, n, tolerance) ? 1.0 : 0.0;
    const double mean = static_cast<double>(n) * p;
    const double spread = 7.0 * std::sqrt(mean * (1.0 - p)) + 2.0;
    const qint64 from = std::max<qint64>(0, static_cast<qint64>(std::floor(mean - spread)));
    const qint64 to = std::min<qint64>(n, static_cast<qint64>(std::ceil(mean + spread)));
    const double ratio = p / (1.0 - p);
    double pmf = std::exp(StatFunctions::binomialLogPmf(from, n, p));
    double sum = 0.0;
    // k / n is d / n points from a whole percent, d = min(r, n − r) with r = 100·k mod n,
    // kept without a division per k. Where d / n is within rounding of the tolerance, the
    // double arithmetic of isIntegerPercent decides, as for the observed stations.
    const double limit = tolerance * static_cast<double>(n);
    const double fuzz = 1e-9 * static_cast<double>(n);
    const qint64 step = 100 % n;
    qint64 r = (100 * from) % n;
    for (qint64 k = from; k <= to; ++k) {
        const auto d = static_cast<double>(std::min(r, n - r));
        if (d < limit - fuzz ||
            (d <= limit + fuzz && IntegerPercentTest::isIntegerPercent(k, n, tolerance)))
            sum += pmf;
        pmf *= ratio * static_cast<double>(n - k) / static_cast<double>(k + 1);
        r += step;
        if (r >= n)
            r -= n;
    }
    return std::min(sum, 1.0);
}

void summarize(IntegerStationCount &count, QList<qint64> replicates)
{
    count.replicateCounts = std::move(replicates);
    if (count.replicateCounts.isEmpty()) {
        // No simulation: the exact binomial figures, the band by the normal approximation;
        // without those either, nothing to compare with.
        count.expected = count.exactExpected;
        count.standardDeviation = count.exactStandardDeviation;
        count.percentile999 = count.exactExpected +
                              StatFunctions::normalQuantile(0.999) * count.exactStandardDeviation;
        return;
    }
    QList<double> values;
    values.reserve(count.replicateCounts.size());
    double sum = 0.0;
    for (qint64 c : count.replicateCounts) {
        values.append(static_cast<double>(c));
        sum += static_cast<double>(c);
    }
    const auto n = static_cast<double>(values.size());
    count.expected = sum / n;
    double squares = 0.0;
    for (double v : values)
        squares += (v - count.expected) * (v - count.expected);
    // numpy's std (ddof = 0), as the reference notebooks print it.
    count.standardDeviation = std::sqrt(squares / n);
    count.percentile999 = StatFunctions::percentile(std::move(values), 0.999);
}

} // namespace

bool IntegerPercentTest::isIntegerPercent(qint64 count, qint64 total, double tolerance)
{
    if (total <= 0)
        return false;
    const double percent = 100.0 * (static_cast<double>(count) / static_cast<double>(total));
    // round(x) as trunc(x + ½): the same for 0 ≤ x where it matters (|x − round x| ≤ ½ on
    // either side of a tie), and a single instruction instead of a call in the inner loop.
    const double nearest = percent >= 0.0 ? static_cast<double>(static_cast<qint64>(percent + 0.5))
                                          : std::round(percent);
    return std::abs(percent - nearest) <= tolerance;
}

int IntegerPercentTest::spikeBinOf(qint64 count, qint64 total)
{
    if (total <= 0 || count <= 0)
        return 0;
    if (count >= total)
        return IntegerPercentResult::kSpikeBins - 1;
    // round(1000 · count / total), half up, in whole numbers.
    return static_cast<int>((2000 * count + total) / (2 * total));
}

IntegerPercentResult IntegerPercentTest::run(const QList<StationFigures> &stations,
                                             const IntegerPercentOptions &options)
{
    IntegerPercentResult result;
    std::vector<Included> included;
    included.reserve(static_cast<size_t>(stations.size()));
    double exactT = 0.0;
    double exactW = 0.0;
    double exactEither = 0.0;
    double varT = 0.0;
    double varW = 0.0;
    double varEither = 0.0;
    for (const StationFigures &s : stations) {
        if (!s.isConsistent()) {
            ++result.stationsExcludedInconsistent;
            continue;
        }
        if (s.voters < options.minVoters) {
            ++result.stationsExcludedSmall;
            continue;
        }
        const double t = s.turnout();
        const double w = s.leaderShare();
        if (t > options.maxTurnout || w > options.maxLeaderShare) {
            ++result.stationsExcludedHigh;
            continue;
        }
        ++result.stationsIncluded;
        const bool integerT = isIntegerPercent(s.ballotsIssued, s.voters, options.tolerance);
        const bool integerW = isIntegerPercent(s.leaderVotes, s.ballotsInBoxes, options.tolerance);
        result.turnout.observed += integerT;
        result.leaderShare.observed += integerW;
        result.either.observed += integerT || integerW;
        const double weight =
            options.histogramWeight == StationWeight::Voters ? static_cast<double>(s.voters) : 1.0;
        result.turnoutHistogram[spikeBinOf(s.ballotsIssued, s.voters)] += weight;
        result.leaderShareHistogram[spikeBinOf(s.leaderVotes, s.ballotsInBoxes)] += weight;
        included.push_back({BinomialSampler::prepare(s.voters, t),
                            BinomialSampler::prepare(s.ballotsInBoxes, w), Denominator(s.voters),
                            Denominator(s.ballotsInBoxes)});
        if (options.exactExpectation) {
            const double pt = integerProbability(s.voters, t, options.tolerance);
            const double pw = integerProbability(s.ballotsInBoxes, w, options.tolerance);
            const double pe = 1.0 - (1.0 - pt) * (1.0 - pw);
            exactT += pt;
            exactW += pw;
            exactEither += pe;
            varT += pt * (1.0 - pt);
            varW += pw * (1.0 - pw);
            varEither += pe * (1.0 - pe);
        }
    }
    if (options.exactExpectation) {
        result.turnout.exactExpected = exactT;
        result.leaderShare.exactExpected = exactW;
        result.either.exactExpected = exactEither;
        result.turnout.exactStandardDeviation = std::sqrt(varT);
        result.leaderShare.exactStandardDeviation = std::sqrt(varW);
        result.either.exactStandardDeviation = std::sqrt(varEither);
    }

    const int replicates = std::max(options.replicates, 0);
    result.replicates = replicates;
    std::vector<ReplicateCounts> counts(static_cast<size_t>(replicates));
    int threads = options.threads > 0 ? options.threads
                                      : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, std::max(replicates, 1));
    auto work = [&](int first) {
        for (int r = first; r < replicates; r += threads)
            counts[static_cast<size_t>(r)] =
                replicate(included, options.seed, r, options.tolerance);
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(work, i);
    work(0);
    for (std::thread &thread : pool)
        thread.join();

    QList<qint64> t;
    QList<qint64> w;
    QList<qint64> e;
    t.reserve(replicates);
    w.reserve(replicates);
    e.reserve(replicates);
    for (const ReplicateCounts &c : counts) {
        t.append(c.turnout);
        w.append(c.leader);
        e.append(c.either);
    }
    summarize(result.turnout, std::move(t));
    summarize(result.leaderShare, std::move(w));
    summarize(result.either, std::move(e));
    return result;
}

} // namespace bd
