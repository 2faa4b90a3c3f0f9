#pragma once

#include "Database.h"
#include "ImportProblem.h"
#include "Outcome.h"
#include "RegisterRecords.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace bd {

/** How an import reports progress and learns that it is cancelled. */
struct ImportOptions
{
    /** Called now and then with bytes done of total; return false to cancel. */
    std::function<bool(qint64 done, qint64 total)> progress;
};

/** What an import did: rows written, or the problems that stopped it. */
struct ImportReport
{
    static constexpr int kMaxProblems = 100;

    int rowsImported = 0;
    QList<ImportProblem> problems; ///< at most kMaxProblems; non-empty → nothing was written
    bool cancelled = false;        ///< true → nothing was written
};

/**
 * Imports one register from a CSV file of csv-formats.md: all or nothing.
 *
 * The whole file is checked first (columns, fields, values, codes against the database and
 * against earlier rows of the same file); only when no row has a problem is everything written
 * in one transaction, with one audit record for the import. Needs Operation::ImportRegisters.
 * Safe to call from a worker thread with a Database opened in that thread.
 */
class RegisterImporter
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImporter)

public:
    RegisterImporter() = delete;

    /** An Error only when the import cannot run at all (refused role, unreadable file). */
    static Outcome<ImportReport> importFile(const Database &db, const Session &session,
                                            RegisterKind kind, const QString &path,
                                            const ImportOptions &options = {});
};

} // namespace bd
