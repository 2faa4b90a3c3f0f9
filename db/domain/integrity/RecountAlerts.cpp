#include "RecountAlerts.h"

#include <algorithm>
#include <cmath>

namespace bd {

namespace {
__extension__ typedef __int128 Wide;
} // namespace

RecountAlert RecountAlerts::check(const ContestMargin &contest, const RecountOptions &options)
{
    RecountAlert a;
    a.contestId = contest.contestId;
    QList<qint64> votes = contest.candidateVotes;
    std::sort(votes.begin(), votes.end(), std::greater<>());
    if (!votes.isEmpty())
        a.firstVotes = std::max<qint64>(votes.at(0), 0);
    if (votes.size() > 1)
        a.secondVotes = std::max<qint64>(votes.at(1), 0);
    a.margin = a.firstVotes - a.secondVotes;
    a.tie = votes.size() > 1 && a.margin == 0;
    switch (options.denominator) {
    case MarginDenominator::ValidVotes:
        a.denominator = contest.validVotes;
        break;
    case MarginDenominator::VotesForOffice:
        a.denominator = contest.votesForOffice;
        break;
    case MarginDenominator::LeaderVotes:
        a.denominator = a.firstVotes;
        break;
    }
    const auto basisPoints = static_cast<Wide>(std::llround(options.thresholdPercent * 100.0));
    a.closeMargin = a.tie || (a.denominator > 0 && votes.size() > 1 &&
                              static_cast<Wide>(a.margin) * 10000 <=
                                  basisPoints * static_cast<Wide>(a.denominator));
    a.withinDiscrepancy =
        votes.size() > 1 && a.margin <= std::max<qint64>(contest.invalidBallots, 0) +
                                            std::max<qint64>(contest.unexplainedBallots, 0);
    return a;
}

QList<RecountAlert> RecountAlerts::alerts(const QList<ContestMargin> &contests,
                                          const RecountOptions &options)
{
    QList<RecountAlert> out;
    for (const ContestMargin &c : contests) {
        RecountAlert a = check(c, options);
        if (a.alert())
            out.append(a);
    }
    return out;
}

} // namespace bd
