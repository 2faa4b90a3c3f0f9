#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace bd {

/**
 * The content hash that seals the official figures of an accepted protocol.
 *
 * hash() is the lowercase hexadecimal SHA-256 of this UTF-8 text (every line ends in "\n"):
 *
 *     station=<station code>
 *     contest=<contest code>
 *     A=<n>
 *     B=<n>
 *     C=<n>
 *     C2=<n>
 *     D=<n>
 *     E=<n>
 *     E2=<n>
 *     F=<n>
 *     H=<n>
 *     G:<candidate code>=<n>      (one line per candidate, sorted by candidate code)
 *
 * <n> is the count in decimal ASCII digits without sign or separators, or nothing when the
 * field is empty (H is empty wherever the election has no "against all"). Candidate codes are
 * compared as UTF-16 code units (QString::compare, case-sensitive); equal codes keep the order
 * of their counts. Anyone can recompute the hash from a protocol row, its station and contest
 * codes and its protocol_vote rows; a differing hash means the figures were changed outside a
 * recorded correction.
 */
class ProtocolSeal
{
public:
    ProtocolSeal() = delete;

    /**
     * @p figuresInOrderABCC2DEE2FH holds the 9 fields A, B, C, C2, D, E, E2, F, H in this order;
     * missing trailing entries count as empty. @p votes pairs each candidate code with its votes.
     */
    static QString hash(const QString &stationCode, const QString &contestCode,
                        const QList<std::optional<qint64>> &figuresInOrderABCC2DEE2FH,
                        const QList<QPair<QString, qint64>> &votes);

    /** The canonical text that hash() digests (for audits and tests). */
    static QString canonicalText(const QString &stationCode, const QString &contestCode,
                                 const QList<std::optional<qint64>> &figuresInOrderABCC2DEE2FH,
                                 const QList<QPair<QString, qint64>> &votes);
};

} // namespace bd
