#pragma once

#include "Database.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

/** One audit record as the audit view lists it (without its hashes). */
struct AuditEntry
{
    qint64 id = 0;
    QString occurredAt; ///< as stored: ISO 8601 UTC
    QString userLogin;  ///< empty for the system
    QString userRole;   ///< role key, empty for the system
    QString action;
    QString objectType;
    QString objectId;
    QString oldValues; ///< JSON text as stored, or empty
    QString newValues;
};

/** Which audit records to list; an empty field does not filter. */
struct AuditFilter
{
    QString userLogin;
    QString objectType;
    QString objectId;
    QDateTime from; ///< inclusive, to the second; invalid = no lower bound
    QDateTime to;   ///< inclusive, to the second; invalid = no upper bound

    bool operator==(const AuditFilter &) const = default;
};

/**
 * Reads the audit log for the audit view: newest first, in keyset pages (id < last id seen),
 * so that a log of millions of records opens at once and scrolls lazily.
 */
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(AuditQuery)

public:
    AuditQuery() = delete;

    /** Up to @p limit records matching @p filter with id below @p beforeId (none: newest). */
    static Outcome<QList<AuditEntry>> page(const Database &db, const AuditFilter &filter,
                                           std::optional<qint64> beforeId, int limit);
    /** The logins of every account, for the user filter. */
    static Outcome<QStringList> logins(const Database &db);
    /** The object types that occur in the log, for the object filter. */
    static Outcome<QStringList> objectTypes(const Database &db);
};

} // namespace bd
