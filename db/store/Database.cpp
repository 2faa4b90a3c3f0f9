#include "Database.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcDatabase, "ballotdesk.store.database")

namespace bd {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ballotdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The first 16 bytes of every SQLite 3 database file.
bool hasSqliteHeader(const QString &path, bool *isEmpty)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    *isEmpty = header.isEmpty();
    return header == QByteArray("SQLite format 3\0", 16);
}

// Passwords given by the user for a server, by location: worker threads reopen the same
// location and must not ask again. Kept in memory only.
QMutex s_passwordMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> map;
    return map;
}

bool isAuthenticationError(const QString &text)
{
    return text.contains(QLatin1String("password authentication failed")) ||
           text.contains(QLatin1String("no password supplied")) ||
           text.contains(QLatin1String("fe_sendauth"));
}

bool isCorruptionError(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.contains(QLatin1String("malformed")) ||
           text.contains(QLatin1String("not a database")) ||
           text.contains(QLatin1String("corrupt"));
}

} // namespace

Database::Database(QString connectionName, QString location, SqlDialect dialect)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)),
      m_dialect(dialect)
{}

Database::Database(Database &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString())),
      m_location(std::move(other.m_location)), m_dialect(other.m_dialect),
      m_schemaVersion(other.m_schemaVersion)
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        Database previous(std::move(*this)); // closes our old connection when it goes
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_location = std::move(other.m_location);
        m_dialect = other.m_dialect;
        m_schemaVersion = other.m_schemaVersion;
    }
    return *this;
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Outcome<Database> Database::open(const QString &location, OpenMode mode)
{
    return open(location, mode, Migrations::all());
}

bool Database::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

void Database::setServerPassword(const QString &location, const QString &password)
{
    QMutexLocker lock(&s_passwordMutex);
    passwords().insert(location, password);
}

QString Database::serverPassword(const QString &location)
{
    {
        QMutexLocker lock(&s_passwordMutex);
        const auto it = passwords().constFind(location);
        if (it != passwords().cend())
            return *it;
    }
    return qEnvironmentVariable("BALLOTDESK_DB_PASSWORD");
}

Outcome<Database> Database::openServer(const QString &location, OpenMode mode,
                                       const QList<Migration> &migrations)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString shown = location;
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2 ||
        url.path().indexOf(QLatin1Char('/'), 1) >= 0)
        return Error{QStringLiteral("db.bad-url"),
                     tr("%1 is not a database address; write it as "
                        "postgresql://USER@HOST:PORT/DATABASE.")
                         .arg(shown),
                     url.errorString()};
    if (!url.password().isEmpty())
        return Error{QStringLiteral("db.password-in-url"),
                     tr("Do not put the password in the database address; set "
                        "BALLOTDESK_DB_PASSWORD or enter it when asked."),
                     {}};
    const SqlDialect dialect(SqlDialect::Engine::PostgreSQL);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName()))
        return Error{QStringLiteral("db.no-driver"),
                     tr("The %1 database driver is not installed (Debian: apt-get install "
                        "libqt6sql6-psql).")
                         .arg(dialect.engineName()),
                     {}};

    Database database(nextConnectionName(), url.toString(QUrl::RemovePassword), dialect);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(dialect.driverName(), database.m_connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(serverPassword(database.m_location));
        // Any libpq keyword after "?" (sslmode=require, connect_timeout=5) is passed on.
        QStringList options{QStringLiteral("connect_timeout=10"),
                            QStringLiteral("application_name=BallotDesk")};
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            options << item.first + QLatin1Char('=') + item.second;
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            if (isAuthenticationError(detail))
                return Error{QStringLiteral("db.password-required"),
                             tr("The server %1 refused the user name or password.").arg(url.host()),
                             detail};
            return Error{QStringLiteral("db.open-failed"),
                         tr("The database %1 could not be opened: check that the server runs, "
                            "the database exists and the user may connect.")
                             .arg(shown),
                         detail};
        }
    }
    for (const QString &statement : dialect.sessionSetupStatements()) {
        if (auto r = database.exec(statement); !r)
            return r.error();
    }
    // Two clients opening an empty database at once must not both create the schema.
    if (auto r = database.exec(
            QStringLiteral("SELECT pg_advisory_lock(%1)").arg(SqlDialect::kMigrationLockKey));
        !r)
        return r.error();
    Status migrated = database.migrate(migrations, mode == OpenMode::CreateIfMissing);
    if (auto r = database.exec(
            QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(SqlDialect::kMigrationLockKey));
        !r)
        return r.error();
    if (!migrated)
        return migrated.error();
    return database;
}

Outcome<Database> Database::open(const QString &location, OpenMode mode,
                                 const QList<Migration> &migrations)
{
    if (isServerLocation(location))
        return openServer(location, mode, migrations);
    const QFileInfo info(location);
    const QString shown = QDir::toNativeSeparators(location);
    bool exists = info.exists();
    if (exists && info.isDir())
        return Error{QStringLiteral("db.is-directory"),
                     tr("%1 is a folder, not an election file.").arg(shown),
                     {}};
    if (!exists && mode == OpenMode::ExistingOnly)
        return Error{QStringLiteral("db.missing"),
                     tr("The election file %1 does not exist.").arg(shown),
                     {}};
    bool isEmpty = false;
    if (exists) {
        if (!info.isReadable())
            return Error{QStringLiteral("db.unreadable"),
                         tr("The election file %1 cannot be read: permission denied.").arg(shown),
                         {}};
        const bool sqlite = hasSqliteHeader(location, &isEmpty);
        if (!sqlite && !isEmpty)
            return Error{QStringLiteral("db.not-sqlite"),
                         tr("%1 is not a BallotDesk election file (it is not an SQLite "
                            "database).")
                             .arg(shown),
                         {}};
        if (isEmpty && mode == OpenMode::ExistingOnly)
            return Error{QStringLiteral("db.empty"),
                         tr("%1 is empty: it is not a BallotDesk election file.").arg(shown),
                         {}};
    }

    const SqlDialect dialect(SqlDialect::Engine::SQLite);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName()))
        return Error{QStringLiteral("db.no-driver"),
                     tr("The %1 database driver is not installed.").arg(dialect.engineName()),
                     {}};

    Database database(nextConnectionName(), location, dialect);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(dialect.driverName(), database.m_connectionName);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Error{QStringLiteral("db.open-failed"),
                         tr("The election file %1 could not be opened.").arg(shown),
                         db.lastError().text()};
    }
    if (Status status = database.configureSqlite(); !status)
        return status.error();
    if (Status status = database.migrate(migrations, mode == OpenMode::CreateIfMissing); !status)
        return status.error();
    return database;
}

Status Database::configureSqlite()
{
    // These pragmas change nothing on disk; journal_mode=WAL does, so it waits until the file
    // is known to be ours and of a version we can read (see migrate()).
    for (const QString &statement : m_dialect.sessionSetupStatements()) {
        if (auto r = exec(statement); !r)
            return r.error();
    }
    auto fk = scalar(QStringLiteral("PRAGMA foreign_keys"));
    if (!fk || fk->toInt() != 1)
        return Error{QStringLiteral("db.no-foreign-keys"),
                     tr("This SQLite library cannot enforce foreign keys."),
                     {}};
    return {};
}

Outcome<int> Database::readSchemaVersion(bool *isEmpty) const
{
    const QString shown = QDir::toNativeSeparators(m_location);
    QSqlQuery tables(connection());
    if (!tables.exec(m_dialect.listTablesQuery())) {
        if (isCorruptionError(tables.lastError()))
            return Error{QStringLiteral("db.corrupt"),
                         tr("The election file %1 is damaged and cannot be read. Restore it "
                            "from a backup.")
                             .arg(shown),
                         tables.lastError().text()};
        return queryError(tables, tr("reading the list of tables"));
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    *isEmpty = names.isEmpty();
    if (names.isEmpty())
        return 0;
    if (!names.contains(QLatin1String("schema_version")))
        return Error{
            QStringLiteral("db.foreign"),
            m_dialect.isSQLite()
                ? tr("%1 is an SQLite database but not a BallotDesk election file.").arg(shown)
                : tr("The database %1 holds other tables: it is not a BallotDesk "
                     "election database. Use an empty database.")
                      .arg(shown),
            {}};
    QSqlQuery version(connection());
    if (!version.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        if (isCorruptionError(version.lastError()))
            return Error{QStringLiteral("db.corrupt"),
                         tr("The election file %1 is damaged and cannot be read. Restore it "
                            "from a backup.")
                             .arg(shown),
                         version.lastError().text()};
        return queryError(version, tr("reading the schema version"));
    }
    if (!version.next())
        return 0;
    return version.value(0).toInt();
}

Status Database::migrate(const QList<Migration> &migrations, bool allowCreate)
{
    const QString shown = QDir::toNativeSeparators(m_location);
    bool isEmpty = false;
    auto current = readSchemaVersion(&isEmpty);
    if (!current)
        return current.error();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (*current > latest)
        return Error{QStringLiteral("db.newer-schema"),
                     tr("%1 was written by a newer BallotDesk (schema version %2); this version "
                        "reads up to schema version %3. Update BallotDesk to open it.")
                         .arg(shown)
                         .arg(*current)
                         .arg(latest),
                     {}};
    if (isEmpty && !allowCreate)
        return Error{QStringLiteral("db.empty"),
                     m_dialect.isSQLite()
                         ? tr("%1 is empty: it is not a BallotDesk election file.").arg(shown)
                         : tr("The database %1 is empty: create an election in it first "
                              "(ballotdesk-cli init or demo --db %1).")
                               .arg(shown),
                     {}};

    if (m_dialect.engine() == SqlDialect::Engine::SQLite) {
        auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
        if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDatabase) << "journal_mode is" << mode->toString() << "for" << shown;
        // synchronous=FULL rather than WAL's usual NORMAL: each commit is synced to disk
        // before it returns, so a saved protocol entry survives a power loss, not only a
        // crash of the program. One fsync per commit costs nothing at typing speed.
        if (auto r = exec(QStringLiteral("PRAGMA synchronous = FULL")); !r)
            return r.error();
    }

    m_schemaVersion = *current;
    bool needsVersionTable = isEmpty;
    for (const Migration &migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        Transaction transaction(*this);
        if (!transaction.isActive())
            return transaction.error();
        if (needsVersionTable) {
            if (auto r = exec(QStringLiteral("CREATE TABLE schema_version ("
                                             "version INTEGER PRIMARY KEY, "
                                             "applied_at TEXT NOT NULL, "
                                             "description TEXT NOT NULL)"));
                !r)
                return r.error();
        }
        for (const QString &statement : migration.statements) {
            if (auto r = exec(m_dialect.expand(statement)); !r)
                return Error{QStringLiteral("db.migration-failed"),
                             tr("%1 could not be upgraded to schema version %2; it was left "
                                "unchanged.")
                                 .arg(shown)
                                 .arg(migration.version),
                             r.error().detail};
        }
        if (auto r = exec(QStringLiteral("INSERT INTO schema_version (version, applied_at, "
                                         "description) VALUES (?, ?, ?)"),
                          {migration.version, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                           migration.description});
            !r)
            return r.error();
        if (Status s = transaction.commit(); !s)
            return s;
        m_schemaVersion = migration.version;
        needsVersionTable = false;
        qCInfo(lcDatabase) << "migrated" << shown << "to schema version" << m_schemaVersion;
    }
    return {};
}

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    return Error{QStringLiteral("db.query-failed"),
                 tr("The database refused an operation (%1).").arg(what),
                 query.lastError().text() + QStringLiteral(" — ") + query.lastQuery()};
}

Outcome<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return queryError(query, tr("preparing a statement"));
    return query;
}

Status Database::execPrepared(QSqlQuery &query, const QVariantList &values) const
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return queryError(query, tr("executing a statement"));
    return {};
}

Outcome<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    // QPSQL streams a forward-only result row by row and drops the rest of it when the same
    // connection runs another statement; callers loop over one result while running others.
    query.setForwardOnly(m_dialect.isSQLite());
    if (values.isEmpty() && m_dialect.isPostgreSQL()) {
        // QPSQL prepares through PREPARE, which refuses SET and LOCK and costs two more round
        // trips; a statement without values runs as it is.
        if (!query.exec(sql))
            return queryError(query, tr("executing a statement"));
        return query;
    }
    if (!query.prepare(sql))
        return queryError(query, tr("preparing a statement"));
    if (Status s = execPrepared(query, values); !s)
        return s.error();
    return query;
}

Outcome<QSqlQuery> Database::stream(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(query, tr("preparing a statement"));
    if (Status s = execPrepared(query, values); !s)
        return s.error();
    return query;
}

Outcome<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return Error{QStringLiteral("db.no-row"), tr("The database returned no value."), sql};
    return query->value(0);
}

namespace {

// Open Transactions per connection name. A connection belongs to one thread, so the count of
// each name is only ever touched by that thread.
int &transactionDepth(const QString &connectionName)
{
    static thread_local QHash<QString, int> depths;
    return depths[connectionName];
}

bool execSavepointStatement(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (query.exec(sql))
        return true;
    qCWarning(lcDatabase) << sql << "failed:" << query.lastError().text();
    return false;
}

} // namespace

bool Transaction::begin(const SqlDialect &dialect)
{
    const QString begin = dialect.beginWriteStatement();
    if (begin.isEmpty()) {
        if (!m_connection.transaction())
            return false;
    } else {
        // SQLite: take the write lock now, waiting up to the busy timeout, rather than at the
        // first write, where a transaction that read first fails at once with "database is
        // locked" when another connection wrote in between.
        if (!execSavepointStatement(m_connection, begin))
            return false;
    }
    for (const QString &statement : dialect.beginWriteStatements()) {
        if (!execSavepointStatement(m_connection, statement)) {
            if (!m_connection.rollback())
                qCWarning(lcDatabase) << "rollback failed:" << m_connection.lastError().text();
            return false;
        }
    }
    return true;
}

Transaction::Transaction(const Database &db) : m_connection(db.connection())
{
    int &depth = transactionDepth(m_connection.connectionName());
    if (depth == 0) {
        m_active = begin(db.dialect());
    } else {
        // Savepoint names are identifiers, not values; the depth keeps them unique.
        m_savepoint = QStringLiteral("bd_nested_%1").arg(depth);
        m_active = execSavepointStatement(m_connection, QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++depth;
    else
        m_error = Error{QStringLiteral("db.begin-failed"),
                        tr("The database could not start a transaction; nothing was changed."),
                        m_connection.lastError().text()};
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    --transactionDepth(m_connection.connectionName());
    if (m_savepoint.isEmpty()) {
        if (!m_connection.rollback())
            qCWarning(lcDatabase) << "rollback failed:" << m_connection.lastError().text();
        return;
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE then removes it (SQLite and PostgreSQL).
    if (execSavepointStatement(m_connection,
                               QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint))
        execSavepointStatement(m_connection, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    const bool committed =
        m_savepoint.isEmpty()
            ? m_connection.commit()
            : execSavepointStatement(m_connection,
                                     QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    if (!committed) {
        Error error{QStringLiteral("db.commit-failed"),
                    tr("The database could not save the changes; nothing was changed."),
                    m_connection.lastError().text()};
        return error;
    }
    m_active = false;
    --transactionDepth(m_connection.connectionName());
    return {};
}

} // namespace bd
