#pragma once

#include "Database.h"
#include "Outcome.h"
#include "RegisterRecords.h"

#include <QCoreApplication>
#include <QStringList>

namespace bd {

/**
 * Writes one register as CSV in exactly the columns of csv-formats.md (UTF-8 without BOM,
 * LF line ends, RFC 4180 quoting), in an order that re-imports: parents before children.
 */
class RegisterExporter
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExporter)

public:
    RegisterExporter() = delete;

    /** Writes to @p path (replaced only when everything was written). */
    static Status exportFile(const Database &db, RegisterKind kind, const QString &path);
    /** The columns of a kind's file, in the order export writes them. */
    static QStringList columns(RegisterKind kind);
};

} // namespace bd
