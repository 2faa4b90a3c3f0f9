#pragma once

#include "Migrations.h"
#include "Outcome.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace bd {

/**
 * One open election database: its own named connection, checked statements, migrations.
 *
 * A connection belongs to the thread that opened it; a worker thread opens its own Database.
 * The object is move-only and closes its connection when destroyed.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode {
        ExistingOnly,    ///< the file must exist and be a BallotDesk election file
        CreateIfMissing, ///< create and migrate a new file, or open an existing one
    };

    /**
     * Opens a SQLite file (WAL, foreign keys, busy timeout) or, for a location
     * postgresql://USER@HOST:PORT/DATABASE[?libpq-option=value...], a PostgreSQL database;
     * upgrades an older schema. The password of a server comes from setServerPassword() or
     * else BALLOTDESK_DB_PASSWORD, never from the location; a refused password gives Error
     * "db.password-required" so that the caller can ask for it and try again.
     */
    static Outcome<Database> open(const QString &location, OpenMode mode);
    /** As open(), with the migrations to apply given (tests use this for upgrade paths). */
    static Outcome<Database> open(const QString &location, OpenMode mode,
                                  const QList<Migration> &migrations);

    /** Whether @p location names a database server (postgresql://...) rather than a file. */
    static bool isServerLocation(const QString &location);
    /** Remembers (in memory only) the password for the server @p location, for every open. */
    static void setServerPassword(const QString &location, const QString &password);
    /** The remembered password for @p location, else $BALLOTDESK_DB_PASSWORD. */
    static QString serverPassword(const QString &location);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    const SqlDialect &dialect() const { return m_dialect; }
    /** The file path, or the server address without password. */
    QString location() const { return m_location; }
    bool isServer() const { return m_dialect.isPostgreSQL(); }
    int schemaVersion() const { return m_schemaVersion; }

    /** Prepares, binds positional values, executes; on failure says which statement failed. */
    Outcome<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    /**
     * As exec(), but forward-only on every engine, so that a large result streams row by row
     * instead of being held whole (on PostgreSQL too). Read it to the end before running any
     * other statement on this connection: QPSQL drops the rest of a streamed result then.
     */
    Outcome<QSqlQuery> stream(const QString &sql, const QVariantList &values = {}) const;
    /** Prepares a statement for repeated execution (bulk inserts). */
    Outcome<QSqlQuery> prepare(const QString &sql) const;
    /** Executes an already prepared statement with the given positional values. */
    Status execPrepared(QSqlQuery &query, const QVariantList &values) const;
    /** The single value of the first row, or an Error when there is no row. */
    Outcome<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    /** The error for a failed statement: a user message and the driver's detail. */
    static Error queryError(const QSqlQuery &query, const QString &what);

private:
    Database(QString connectionName, QString location, SqlDialect dialect);
    static Outcome<Database> openServer(const QString &location, OpenMode mode,
                                        const QList<Migration> &migrations);
    Status configureSqlite();
    Status migrate(const QList<Migration> &migrations, bool allowCreate);
    Outcome<int> readSchemaVersion(bool *isEmpty) const;

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
};

/**
 * Rolls back unless commit() succeeds: every multi-row write goes through one of these.
 *
 * Transactions nest: one opened while another is active on the same connection (in the same
 * thread) is a SAVEPOINT, which commit() releases and the destructor rolls back to. Only the
 * outermost commit() makes the changes durable, so a caller can run several service calls,
 * each with its own Transaction, all or nothing (e.g. an import of many protocols).
 */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Whether BEGIN succeeded; when it did not, error() says why. */
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    /** BEGIN, and on PostgreSQL the writers' lock (see SqlDialect::beginWriteStatements()). */
    bool begin(const SqlDialect &dialect);

    QSqlDatabase m_connection;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_active = false;
    Error m_error;
};

} // namespace bd
