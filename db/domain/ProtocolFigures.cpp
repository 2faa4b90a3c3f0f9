#include "ProtocolFigures.h"

#include <algorithm>
#include <utility>

namespace bd {

namespace {

std::optional<qint64> sum(const CountValue &a, const CountValue &b)
{
    if (!a.isValid() || !b.isValid())
        return std::nullopt;
    return *a.number() + *b.number();
}

// Sorted by candidate, then by value, so that two entries listing the same votes in a
// different order compare equal.
QList<CandidateVotes> canonical(QList<CandidateVotes> votes)
{
    std::stable_sort(votes.begin(), votes.end(),
                     [](const CandidateVotes &a, const CandidateVotes &b) {
                         if (a.candidateId != b.candidateId)
                             return a.candidateId < b.candidateId;
                         if (a.votes.problem() != b.votes.problem())
                             return a.votes.problem() < b.votes.problem();
                         if (a.votes.isValid())
                             return *a.votes.number() < *b.votes.number();
                         return a.votes.text().trimmed() < b.votes.text().trimmed();
                     });
    return votes;
}

} // namespace

CountValue &ProtocolFigures::field(ProtocolField f)
{
    return const_cast<CountValue &>(std::as_const(*this).field(f));
}

const CountValue &ProtocolFigures::field(ProtocolField f) const
{
    switch (f) {
    case ProtocolField::VotersOnList:
        return votersOnList;
    case ProtocolField::BallotsReceived:
        return ballotsReceived;
    case ProtocolField::BallotsIssuedStation:
        return ballotsIssuedStation;
    case ProtocolField::BallotsIssuedOutside:
        return ballotsIssuedOutside;
    case ProtocolField::BallotsCancelled:
        return ballotsCancelled;
    case ProtocolField::BallotsInStationBoxes:
        return ballotsInStationBoxes;
    case ProtocolField::BallotsInMobileBoxes:
        return ballotsInMobileBoxes;
    case ProtocolField::InvalidBallots:
        return invalidBallots;
    case ProtocolField::AgainstAll:
        return againstAll;
    }
    Q_UNREACHABLE();
    return votersOnList;
}

const CountValue *ProtocolFigures::votesFor(qint64 candidateId) const
{
    for (const CandidateVotes &entry : votes) {
        if (entry.candidateId == candidateId)
            return &entry.votes;
    }
    return nullptr;
}

std::optional<qint64> ProtocolFigures::issued() const
{
    return sum(ballotsIssuedStation, ballotsIssuedOutside);
}

std::optional<qint64> ProtocolFigures::found() const
{
    return sum(ballotsInStationBoxes, ballotsInMobileBoxes);
}

std::optional<qint64> ProtocolFigures::candidateVotesTotal() const
{
    qint64 total = 0;
    for (const CandidateVotes &entry : votes) {
        if (!entry.votes.isValid())
            return std::nullopt;
        total += *entry.votes.number();
    }
    return total;
}

std::optional<qint64> ProtocolFigures::validVotes(bool againstAllEnabled) const
{
    const std::optional<qint64> candidates = candidateVotesTotal();
    if (!candidates)
        return std::nullopt;
    if (!againstAllEnabled)
        return candidates;
    if (!againstAll.isValid())
        return std::nullopt;
    return *candidates + *againstAll.number();
}

bool operator==(const ProtocolFigures &a, const ProtocolFigures &b)
{
    const QList<ProtocolField> fields = ProtocolFields::all();
    const bool fieldsEqual = std::all_of(fields.cbegin(), fields.cend(),
                                         [&](ProtocolField f) { return a.field(f) == b.field(f); });
    return fieldsEqual && a.votes.size() == b.votes.size() &&
           canonical(a.votes) == canonical(b.votes);
}

} // namespace bd
