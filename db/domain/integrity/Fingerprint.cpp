#include "Fingerprint.h"

#include "BinomialSampler.h"

#include <utility>

namespace bd {

namespace {

template <typename Draw>
FingerprintHistogram build(const QList<StationFigures> &stations, const FingerprintOptions &options,
                           Draw draw)
{
    FingerprintHistogram h;
    for (const StationFigures &s : stations) {
        if (!s.isConsistent()) {
            ++h.stationsExcludedInconsistent;
            continue;
        }
        if (s.voters < options.minVoters) {
            ++h.stationsExcludedSmall;
            continue;
        }
        const auto [issued, leader] = draw(s);
        const double weight =
            options.weight == StationWeight::Voters ? static_cast<double>(s.voters) : 1.0;
        const int x = FingerprintHistogram::binOf(issued, s.voters);
        const int y = FingerprintHistogram::binOf(leader, s.ballotsInBoxes);
        h.cells[y * FingerprintHistogram::kBins + x] += weight;
        h.totalWeight += weight;
        ++h.stationsIncluded;
    }
    return h;
}

} // namespace

int FingerprintHistogram::binOf(qint64 count, qint64 total)
{
    if (total <= 0 || count <= 0)
        return 0;
    if (count >= total)
        return kBins - 1;
    // count < total ≤ 999,999,999 in practice; 100 × count fits in 64 bits for any count.
    return static_cast<int>((100 * count) / total);
}

FingerprintHistogram Fingerprint::observed(const QList<StationFigures> &stations,
                                           const FingerprintOptions &options)
{
    return build(stations, options, [](const StationFigures &s) {
        return std::pair<qint64, qint64>(s.ballotsIssued, s.leaderVotes);
    });
}

FingerprintHistogram Fingerprint::resimulated(const QList<StationFigures> &stations,
                                              const FingerprintOptions &options)
{
    BinomialSampler sampler(options.seed);
    return build(stations, options, [&sampler](const StationFigures &s) {
        const qint64 issued = sampler.draw(s.voters, s.turnout());
        const qint64 leader = sampler.draw(s.ballotsInBoxes, s.leaderShare());
        return std::pair<qint64, qint64>(issued, leader);
    });
}

} // namespace bd
