#include "DatabaseRegisterLookup.h"

#include "RegisterTable.h"

#include <QLoggingCategory>

namespace bd {

Q_LOGGING_CATEGORY(lcRegisterLookup, "bd.store.registers.lookup")

DatabaseRegisterLookup::DatabaseRegisterLookup(const Database &db, qint64 electionId)
    : m_db(db), m_electionId(electionId)
{}

std::optional<QSqlQuery> DatabaseRegisterLookup::row(const QString &sql,
                                                     const QVariantList &values) const
{
    auto query = m_db.exec(sql, values);
    if (!query) {
        // A failed lookup reads as "not found": the rule then refuses the record, which is the
        // safe side; the write that would follow is never attempted.
        qCWarning(lcRegisterLookup) << query.error().userMessage << query.error().detail;
        return std::nullopt;
    }
    if (!query->next())
        return std::nullopt;
    return std::move(*query);
}

std::optional<TerritoryRef> DatabaseRegisterLookup::territory(const QString &code) const
{
    auto q =
        row(QStringLiteral("SELECT id, depth FROM territory WHERE election_id = ? AND code = ?"),
            {m_electionId, code});
    if (!q)
        return std::nullopt;
    return TerritoryRef{q->value(0).toLongLong(), q->value(1).toInt()};
}

std::optional<ContestRef> DatabaseRegisterLookup::contest(const QString &code) const
{
    auto q = row(
        QStringLiteral("SELECT id, territory_id FROM contest WHERE election_id = ? AND code = ?"),
        {m_electionId, code});
    if (!q)
        return std::nullopt;
    return ContestRef{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

std::optional<qint64> DatabaseRegisterLookup::party(const QString &code) const
{
    return idOfCode(RegisterKind::Parties, code);
}

std::optional<qint64> DatabaseRegisterLookup::station(const QString &code) const
{
    return idOfCode(RegisterKind::PollingStations, code);
}

std::optional<qint64> DatabaseRegisterLookup::idOfCode(RegisterKind kind, const QString &code) const
{
    auto q = row(QStringLiteral("SELECT id FROM %1 WHERE election_id = ? AND code = ?")
                     .arg(RegisterTable::tableName(kind)),
                 {m_electionId, code});
    if (!q)
        return std::nullopt;
    return q->value(0).toLongLong();
}

bool DatabaseRegisterLookup::isInside(qint64 ancestor, qint64 descendant) const
{
    return row(QStringLiteral("SELECT 1 FROM territory_closure WHERE ancestor_id = ? AND "
                              "descendant_id = ?"),
               {ancestor, descendant})
        .has_value();
}

bool DatabaseRegisterLookup::hasStandingCandidate(qint64 contestId, qint64 partyId,
                                                  qint64 exceptCandidate) const
{
    return row(QStringLiteral("SELECT 1 FROM candidate WHERE contest_id = ? AND party_id = ? AND "
                              "status IN ('nominated', 'registered') AND id <> ? LIMIT 1"),
               {contestId, partyId, exceptCandidate})
        .has_value();
}

} // namespace bd
