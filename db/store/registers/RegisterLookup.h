#pragma once

#include "RegisterRecords.h"

#include <QDate>
#include <QString>

#include <optional>

namespace bd {

/** A territory as the rules need it. */
struct TerritoryRef
{
    qint64 id = 0;
    int depth = 0;
};

/** A contest as the rules need it. */
struct ContestRef
{
    qint64 id = 0;
    qint64 territoryId = 0;
};

/** The facts of the election that the register rules depend on. */
struct ElectionFacts
{
    qint64 electionId = 0;
    QDate electionDate;
    int minCandidateAge = 25;
    QDate today = QDate::currentDate();
};

/**
 * What the register rules ask about the other registers: codes to ids, the territory tree,
 * standing candidates. The service answers from the database; an import from memory, with the
 * rows of the file read so far added.
 */
class RegisterLookup
{
public:
    virtual ~RegisterLookup() = default;

    virtual std::optional<TerritoryRef> territory(const QString &code) const = 0;
    virtual std::optional<ContestRef> contest(const QString &code) const = 0;
    virtual std::optional<qint64> party(const QString &code) const = 0;
    virtual std::optional<qint64> station(const QString &code) const = 0;
    /** The id of the row of @p kind with @p code, for uniqueness. */
    virtual std::optional<qint64> idOfCode(RegisterKind kind, const QString &code) const = 0;
    /** Whether @p descendant is @p ancestor or lies below it in the territory tree. */
    virtual bool isInside(qint64 ancestor, qint64 descendant) const = 0;
    /** Whether the party has a nominated or registered candidate in the contest (other than
     *  @p exceptCandidate). */
    virtual bool hasStandingCandidate(qint64 contestId, qint64 partyId,
                                      qint64 exceptCandidate) const = 0;
};

} // namespace bd
