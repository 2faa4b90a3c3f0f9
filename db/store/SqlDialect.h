#pragma once

#include <QString>
#include <QStringList>

namespace bd {

/** Every difference between the SQL of SQLite and PostgreSQL that the product relies on. */
class SqlDialect
{
public:
    enum class Engine { SQLite, PostgreSQL };

    explicit SqlDialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    bool isSQLite() const { return m_engine == Engine::SQLite; }
    bool isPostgreSQL() const { return m_engine == Engine::PostgreSQL; }
    QString driverName() const;
    QString engineName() const;

    /** Expands the portable placeholders of migration SQL: @PK@ (a generated 64-bit key). */
    QString expand(const QString &sql) const;

    /** A query with one bound value (the table name) that returns a row when the table exists. */
    QString tableExistsQuery() const;
    /** A query that lists the names of all user tables. */
    QString listTablesQuery() const;

    /** The operator of a case-insensitive pattern match: LIKE (SQLite, ASCII) or ILIKE. */
    QString caseInsensitiveLike() const;

    /**
     * Statements run at the start of every write transaction so that writers run one at a time,
     * as they do on SQLite: a read-modify-write (the audit chain's last hash, a row version)
     * then cannot lose an update. Empty on SQLite, where BEGIN IMMEDIATE does this.
     */
    QStringList beginWriteStatements() const;
    /** The statement that begins a write transaction (SQLite: BEGIN IMMEDIATE; empty = BEGIN). */
    QString beginWriteStatement() const;

    /**
     * Statements that move a table's generated-id sequence past its largest id after rows were
     * inserted with explicit ids (PostgreSQL identity columns). None on SQLite.
     */
    QStringList resetIdentityStatements(const QString &table) const;

    /**
     * A query with one bound value (a table name) that lists the tables its foreign keys refer
     * to, for copying tables in dependency order.
     */
    QString referencedTablesQuery() const;

    /**
     * Folds the write-ahead log into the database file before a file is closed and moved
     * (SQLite); empty where there is no such file.
     */
    QString checkpointStatement() const;
    /** A query whose one value is "ok" when the database's storage is intact (SQLite). */
    QString integrityCheckQuery() const;

    /** Per-connection settings run right after opening (SQLite pragmas, PostgreSQL SETs). */
    QStringList sessionSetupStatements() const;

    /** Session statements for a bulk load in one transaction (faster commit); may be empty. */
    QStringList bulkLoadStatements() const;

    /** A key for pg_advisory_lock that serialises schema upgrades of one database. */
    static constexpr qint64 kMigrationLockKey = 0x42445f4d4947; // "BD_MIG"
    /** A key for pg_advisory_xact_lock that serialises writers. */
    static constexpr qint64 kWriteLockKey = 0x42445f575249; // "BD_WRI"

private:
    Engine m_engine;
};

} // namespace bd
