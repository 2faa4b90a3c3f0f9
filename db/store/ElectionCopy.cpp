#include "ElectionCopy.h"

#include "SummaryQueries.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcCopy, "ballotdesk.store.copy")

namespace bd {

namespace {

// Rows per INSERT: many rows per statement spare round trips to a server; the number of bound
// values stays far below both engines' limits (SQLite 32766, PostgreSQL 65535).
constexpr int kMaxValuesPerStatement = 6000;
constexpr int kMaxRowsPerStatement = 500;

Error cancelled()
{
    return Error{QStringLiteral("copy.cancelled"),
                 ElectionCopy::tr("The copy was cancelled; nothing was written."),
                 {}};
}

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    QString row(QLatin1Char('('));
    for (int c = 0; c < columns.size(); ++c)
        row += c == 0 ? QLatin1String("?") : QLatin1String(", ?");
    row += QLatin1Char(')');
    QStringList values;
    values.reserve(rows);
    for (int r = 0; r < rows; ++r)
        values << row;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QLatin1String(", ")), values.join(QLatin1String(", ")));
}

Outcome<qint64> rowCount(const Database &db, const QString &table)
{
    auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    if (!count)
        return count.error();
    return count->toLongLong();
}

/** Copies one table; returns the rows written. */
Outcome<qint64> copyTable(const Database &source, const Database &target, const QString &table,
                          const std::function<bool()> &keepGoing)
{
    // Ids ascending, so that a territory's parent (a smaller id) is there before it.
    auto probe = source.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    if (!probe)
        return probe.error();
    const QSqlRecord record = probe->record();
    QStringList columns;
    for (int c = 0; c < record.count(); ++c)
        columns << record.fieldName(c);
    if (columns.isEmpty())
        return 0;
    const QString order =
        columns.contains(QLatin1String("id")) ? QStringLiteral(" ORDER BY id") : QString();
    auto rows = source.exec(
        QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(QLatin1String(", ")), table, order));
    if (!rows)
        return rows.error();

    const int perStatement =
        std::max(1, std::min(kMaxRowsPerStatement, kMaxValuesPerStatement / int(columns.size())));
    auto full = target.prepare(insertSql(table, columns, perStatement));
    if (!full)
        return full.error();
    QVariantList batch;
    batch.reserve(perStatement * columns.size());
    int inBatch = 0;
    qint64 written = 0;
    auto flush = [&](QSqlQuery &query) -> Status {
        if (Status s = target.execPrepared(query, batch); !s)
            return s;
        written += inBatch;
        batch.clear();
        inBatch = 0;
        return {};
    };
    while (rows->next()) {
        for (int c = 0; c < columns.size(); ++c)
            batch << rows->value(c);
        if (++inBatch == perStatement) {
            if (Status s = flush(*full); !s)
                return s.error();
            if (!keepGoing())
                return cancelled();
        }
    }
    if (rows->lastError().isValid())
        return Database::queryError(*rows, ElectionCopy::tr("reading %1").arg(table));
    if (inBatch > 0) {
        auto rest = target.prepare(insertSql(table, columns, inBatch));
        if (!rest)
            return rest.error();
        if (Status s = flush(*rest); !s)
            return s.error();
    }
    if (columns.contains(QLatin1String("id"))) {
        for (const QString &sql : target.dialect().resetIdentityStatements(table)) {
            if (auto r = target.exec(sql); !r)
                return r.error();
        }
    }
    return written;
}

} // namespace

bool CopyReport::verified() const
{
    for (const TableRowCount &t : tables) {
        if (t.source != t.target)
            return false;
    }
    return summariesEqual && audit.intact();
}

Outcome<QStringList> ElectionCopy::tablesInOrder(const Database &db)
{
    auto listed = db.exec(db.dialect().listTablesQuery());
    if (!listed)
        return listed.error();
    QStringList tables;
    while (listed->next()) {
        const QString name = listed->value(0).toString();
        if (name != QLatin1String("schema_version"))
            tables << name;
    }
    QHash<QString, QStringList> parents;
    for (const QString &table : std::as_const(tables)) {
        auto referenced = db.exec(db.dialect().referencedTablesQuery(), {table});
        if (!referenced)
            return referenced.error();
        while (referenced->next()) {
            const QString parent = referenced->value(0).toString();
            if (parent != table) // a self-reference is served by the id order
                parents[table] << parent;
        }
    }
    // Depth-first topological order; the schema has no cycles, and one is reported if found.
    QStringList ordered;
    QSet<QString> done, visiting;
    std::function<bool(const QString &)> visit = [&](const QString &table) {
        if (done.contains(table))
            return true;
        if (visiting.contains(table))
            return false;
        visiting.insert(table);
        for (const QString &parent : parents.value(table)) {
            if (!visit(parent))
                return false;
        }
        visiting.remove(table);
        done.insert(table);
        ordered << table;
        return true;
    };
    for (const QString &table : std::as_const(tables)) {
        if (!visit(table))
            return Error{QStringLiteral("copy.cycle"),
                         tr("The tables refer to each other in a cycle; they cannot be copied "
                            "in order."),
                         table};
    }
    return ordered;
}

Outcome<bool> ElectionCopy::isEmpty(const Database &db)
{
    auto tables = tablesInOrder(db);
    if (!tables)
        return tables.error();
    for (const QString &table : std::as_const(*tables)) {
        auto any = db.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (!any)
            return any.error();
        if (any->next())
            return false;
    }
    return true;
}

Outcome<CopyReport> ElectionCopy::copy(const Database &source, const Database &target,
                                       const Session &actor,
                                       const std::function<bool(int)> &progress)
{
    if (Status allowed = actor.require(Operation::Backup); !allowed)
        return allowed.error();
    if (source.schemaVersion() != target.schemaVersion())
        return Error{QStringLiteral("copy.schema"),
                     tr("%1 has schema version %2 but %3 has %4; open both with this version "
                        "of BallotDesk first.")
                         .arg(source.location())
                         .arg(source.schemaVersion())
                         .arg(target.location())
                         .arg(target.schemaVersion()),
                     {}};
    auto empty = isEmpty(target);
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error{QStringLiteral("copy.not-empty"),
                     tr("%1 already holds data and was left unchanged; copy into an empty "
                        "database.")
                         .arg(target.location()),
                     {}};
    auto tables = tablesInOrder(source);
    if (!tables)
        return tables.error();

    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    QHash<QString, qint64> sourceCounts;
    for (const QString &table : std::as_const(*tables)) {
        auto count = rowCount(source, table);
        if (!count)
            return count.error();
        sourceCounts.insert(table, *count);
        total += *count;
    }
    qint64 done = 0;
    int lastPercent = -1;
    const auto keepGoing = [&]() {
        if (!progress)
            return true;
        const int percent = total > 0 ? int(90 * done / total) : 90;
        if (percent == lastPercent)
            return true;
        lastPercent = percent;
        return progress(percent);
    };
    {
        Transaction transaction(target);
        if (!transaction.isActive())
            return transaction.error();
        for (const QString &statement : target.dialect().bulkLoadStatements()) {
            if (auto r = target.exec(statement); !r)
                return r.error();
        }
        for (const QString &table : std::as_const(*tables)) {
            auto written = copyTable(source, target, table, [&] { return keepGoing(); });
            if (!written)
                return written.error();
            done += *written;
            if (!keepGoing())
                return cancelled();
        }
        if (progress && !progress(90))
            return cancelled();
        if (Status s = transaction.commit(); !s)
            return s.error();
    }
    qCInfo(lcCopy) << "copied" << total << "rows from" << source.location() << "to"
                   << target.location() << "in" << timer.elapsed() << "ms";
    auto report = verify(source, target);
    if (progress)
        progress(100);
    return report;
}

Outcome<CopyReport> ElectionCopy::verify(const Database &source, const Database &target)
{
    CopyReport report;
    auto tables = tablesInOrder(source);
    if (!tables)
        return tables.error();
    for (const QString &table : std::as_const(*tables)) {
        TableRowCount count;
        count.table = table;
        auto fromSource = rowCount(source, table);
        if (!fromSource)
            return fromSource.error();
        count.source = *fromSource;
        auto fromTarget = rowCount(target, table);
        if (!fromTarget)
            return fromTarget.error();
        count.target = *fromTarget;
        report.tables << count;
    }
    auto electionCount = source.scalar(QStringLiteral("SELECT COUNT(*) FROM election"));
    if (!electionCount)
        return electionCount.error();
    if (electionCount->toLongLong() > 0) {
        auto sourceSummary = SummaryQueries::national(source);
        if (!sourceSummary)
            return sourceSummary.error();
        auto targetSummary = SummaryQueries::national(target);
        if (!targetSummary)
            return targetSummary.error();
        report.summary = targetSummary->toJson();
        report.summariesEqual = sourceSummary->toJson() == report.summary;
    } else {
        report.summariesEqual = true; // no election: nothing to sum
    }
    auto audit = AuditVerifier::verify(target);
    if (!audit)
        return audit.error();
    report.audit = *audit;
    return report;
}

} // namespace bd
