#pragma once

#include "Database.h"
#include "RegisterLookup.h"

namespace bd {

/** Answers the register rules with one indexed query each: for forms and single edits. */
class DatabaseRegisterLookup : public RegisterLookup
{
public:
    DatabaseRegisterLookup(const Database &db, qint64 electionId);

    std::optional<TerritoryRef> territory(const QString &code) const override;
    std::optional<ContestRef> contest(const QString &code) const override;
    std::optional<qint64> party(const QString &code) const override;
    std::optional<qint64> station(const QString &code) const override;
    std::optional<qint64> idOfCode(RegisterKind kind, const QString &code) const override;
    bool isInside(qint64 ancestor, qint64 descendant) const override;
    bool hasStandingCandidate(qint64 contestId, qint64 partyId,
                              qint64 exceptCandidate) const override;

private:
    std::optional<QSqlQuery> row(const QString &sql, const QVariantList &values) const;

    const Database &m_db;
    qint64 m_electionId = 0;
};

} // namespace bd
