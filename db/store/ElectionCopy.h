#pragma once

#include "AuditVerifier.h"
#include "Database.h"
#include "Outcome.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace bd {

/** The rows of one table in the source and in the copy. */
struct TableRowCount
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

/** What ElectionCopy::copy copied and how the copy was verified. */
struct CopyReport
{
    QList<TableRowCount> tables; ///< in the order they were copied
    bool summariesEqual = false; ///< the summary JSON of source and copy are equal
    QJsonObject summary;         ///< the copy's summary (ballotdesk-cli summary --json)
    AuditReport audit;           ///< the audit chain verified on the copy
    bool verified() const;       ///< counts equal, summaries equal and the chain intact
};

/**
 * Copies an election database to another, SQLite or PostgreSQL in either direction: every
 * table (registers, protocols, entries, users, audit log) in dependency order, keeping ids,
 * into an empty target, in one transaction on the target; then verifies the copy.
 */
class ElectionCopy
{
    Q_DECLARE_TR_FUNCTIONS(ElectionCopy)

public:
    ElectionCopy() = delete;

    /**
     * Copies @p source into @p target, which must be migrated and empty (Error "copy.not-empty"
     * otherwise). @p actor must be allowed to back up the source. @p progress (0..100) may
     * cancel by returning false (Error "copy.cancelled"); nothing is written then.
     */
    static Outcome<CopyReport> copy(const Database &source, const Database &target,
                                    const Session &actor,
                                    const std::function<bool(int)> &progress = {});

    /** Verifies that @p target holds what @p source holds (counts, summary, audit chain). */
    static Outcome<CopyReport> verify(const Database &source, const Database &target);

    /** The tables of @p db that hold data, parents before the tables that refer to them. */
    static Outcome<QStringList> tablesInOrder(const Database &db);

    /** Whether every data table of @p db is empty (a fresh, migrated database). */
    static Outcome<bool> isEmpty(const Database &db);
};

} // namespace bd
