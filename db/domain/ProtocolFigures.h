#pragma once

#include "CountValue.h"
#include "ProtocolField.h"

#include <QList>

#include <optional>

namespace bd {

/** The votes entered for one candidate (a G_i field of the protocol). */
struct CandidateVotes
{
    qint64 candidateId = 0;
    CountValue votes;

    friend bool operator==(const CandidateVotes &a, const CandidateVotes &b) = default;
};

/**
 * The figures of one results protocol as entered from the paper form (see protocol-rules.md).
 *
 * Plain values, not checked: ProtocolRules::check() says what is wrong with them. Derived
 * figures are given only when every field they need is a valid count.
 */
struct ProtocolFigures
{
    CountValue votersOnList;          ///< A
    CountValue ballotsReceived;       ///< B
    CountValue ballotsIssuedStation;  ///< C
    CountValue ballotsIssuedOutside;  ///< C2
    CountValue ballotsCancelled;      ///< D
    CountValue ballotsInStationBoxes; ///< E
    CountValue ballotsInMobileBoxes;  ///< E2
    CountValue invalidBallots;        ///< F
    CountValue againstAll;            ///< H; stays empty where the election has no "against all"
    QList<CandidateVotes> votes;      ///< G_i, one entry per candidate, in any order

    CountValue &field(ProtocolField field);
    const CountValue &field(ProtocolField field) const;

    /** The first entry for @p candidateId, or nullptr when there is none. */
    const CountValue *votesFor(qint64 candidateId) const;

    /** Ballots issued, C + C2. */
    std::optional<qint64> issued() const;
    /** Ballots found in the boxes, E + E2. */
    std::optional<qint64> found() const;
    /** Sum of every candidate's votes, ΣG_i (nullopt when any entry is not valid). */
    std::optional<qint64> candidateVotesTotal() const;
    /** Valid votes, ΣG_i + H; H is counted only when @p againstAllEnabled. */
    std::optional<qint64> validVotes(bool againstAllEnabled) const;

    /**
     * Equal when every field is equal (CountValue's equality) and the candidates' entries are
     * equal regardless of their order. This is the test of double entry: compare two entries
     * with ProtocolRules::compare() to learn which fields differ.
     */
    friend bool operator==(const ProtocolFigures &a, const ProtocolFigures &b);
    friend bool operator!=(const ProtocolFigures &a, const ProtocolFigures &b) { return !(a == b); }
};

} // namespace bd
