#pragma once

#include "Database.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

/** One record for the audit log, as the caller describes it (see AuditLog). */
struct AuditRecord
{
    qint64 electionId = 0; ///< 0 = not about one election
    QString occurredAt;    ///< ISO 8601 UTC, e.g. "2021-07-25T15:00:00Z"; empty = now
    qint64 userId = 0;     ///< 0 = no user (the system)
    QString userLogin;
    QString userRole;
    QString action;     ///< required, e.g. "election.create"
    QString objectType; ///< required, e.g. "election"
    QString objectId;
    QString oldValues; ///< a short JSON text, or empty
    QString newValues; ///< a short JSON text, or empty
};

/**
 * Appends records to the hash-chained, append-only audit_log table.
 *
 * The chain rule (a verifier recomputes it row by row, in id order):
 *
 * - prev_hash is the record_hash of the row with the highest id before this one, or 64 '0'
 *   characters for the first row.
 * - record_hash is the lowercase hexadecimal SHA-256 of the UTF-8 bytes of
 *   prev_hash + "\n" + canonical, where canonical is QJsonDocument::Compact of a JSON object
 *   with exactly the keys election_id, occurred_at, user_id, user_login, user_role, action,
 *   object_type, object_id, old_values, new_values (QJsonDocument writes keys sorted).
 * - Each key holds the stored column value: election_id and user_id are JSON numbers, or null
 *   when the column is NULL (0 in AuditRecord); the text columns are JSON strings, or null when
 *   NULL (an empty string in AuditRecord is stored as NULL). old_values/new_values are embedded
 *   as strings, not parsed.
 *
 * append() must run inside the caller's transaction, so that the record and the change it
 * describes are written together and no other writer can slip in between reading the last
 * hash and inserting.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog() = delete;

    /** Appends @p record; Error "audit.invalid" when action or object type is empty. */
    static Status append(const Database &db, const AuditRecord &record);

    /** The record_hash for @p prevHash and the stored values of a record (see the rule). */
    static QString recordHash(const QString &prevHash, const AuditRecord &record);

    /** The hash that stands before the first record: 64 '0' characters. */
    static QString genesisHash();
};

} // namespace bd
