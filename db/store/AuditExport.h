#pragma once

#include "Database.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

/**
 * Writes the audit log as CSV for observers: RFC 4180 (comma, CRLF, fields with a comma,
 * quote or line break quoted, quotes doubled), UTF-8 without BOM, one header row:
 * id, occurred_at, user_login, user_role, action, object_type, object_id, old_values,
 * new_values, prev_hash, record_hash. Values are written as stored (no spreadsheet escaping),
 * so anyone can recompute the chain from the file.
 */
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    AuditExport() = delete;

    /** Writes @p path atomically (QSaveFile); returns the number of records written. */
    static Outcome<qint64> writeCsv(const Database &db, const QString &path);
    /** One CSV field, quoted when RFC 4180 requires it. */
    static QString csvField(const QString &value);
};

} // namespace bd
