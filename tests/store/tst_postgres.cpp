// The store on a real PostgreSQL server: schema, demo, summary, users, audit chain and copying
// between engines. Each case gets a fresh database on the server that scripts/pg-test-cluster.sh
// starts; without BALLOTDESK_TEST_PG_URL every case skips.
#include "../PgFixture.h"

#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Backup.h"
#include "DataVersion.h"
#include "Database.h"
#include "DemoElection.h"
#include "ElectionCopy.h"
#include "ElectionSetup.h"
#include "RegisterQuery.h"
#include "SummaryQueries.h"
#include "UserStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace bd;

namespace {

QStringList tableNames(const Database &db)
{
    QStringList names;
    auto query = db.exec(db.dialect().listTablesQuery());
    if (!query)
        return {QStringLiteral("error: ") + query.error().detail};
    while (query->next())
        names << query->value(0).toString();
    names.sort();
    return names;
}

Session administrator(const Database &db)
{
    auto session =
        UserStore(db).authenticate(QStringLiteral("admin"), QStringLiteral("demo-admin-2021"));
    return session ? *session : Session{};
}

QByteArray summaryJson(const Database &db)
{
    auto summary = SummaryQueries::national(db);
    if (!summary)
        return "error: " + summary.error().detail.toUtf8();
    return QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented);
}

} // namespace

/** Database, migrations, demo, summary, users, audit and ElectionCopy on PostgreSQL. */
class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsAndReopensTheSchema();
    void refusesBadAddressesAndForeignDatabases();
    void demoSummaryEqualsSqlite();
    void usersAndAuditChain();
    void writersAreSerialised();
    void copiesBothWays();
    void refusesNonEmptyTarget();

private:
    QTemporaryDir m_dir;
    QString m_sqliteDemo;
    QByteArray m_sqliteSummary;
};

void TestPostgres::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    QVERIFY(m_dir.isValid());
    if (bd::test::pgServerUrl().isEmpty())
        return;
    m_sqliteDemo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QVERIFY(DemoElection::createFile(m_sqliteDemo, DemoOptions{}, false));
    auto db = Database::open(m_sqliteDemo, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    m_sqliteSummary = summaryJson(*db);
    QVERIFY(!m_sqliteSummary.startsWith("error"));
}

void TestPostgres::createsAndReopensTheSchema()
{
    BD_PG_DATABASE(server);
    QStringList sqliteTables;
    {
        auto file = Database::open(m_dir.filePath(QStringLiteral("empty.sqlite")),
                                   Database::OpenMode::CreateIfMissing);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().detail));
        sqliteTables = tableNames(*file);
    }
    {
        auto db = Database::open(server.url(), Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().userMessage + db.error().detail));
        QVERIFY(db->isServer());
        QCOMPARE(db->dialect().engineName(), QStringLiteral("PostgreSQL"));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(tableNames(*db), sqliteTables);
        QCOMPARE(db->location(), server.url());
        auto versions = db->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(versions);
        QCOMPARE(versions->toLongLong(), qint64(Migrations::all().size()));
    }
    // A migrated database opens as an existing one...
    auto existing = Database::open(server.url(), Database::OpenMode::ExistingOnly);
    QVERIFY(existing);
    QCOMPARE(existing->schemaVersion(), Migrations::latestVersion());
    // ...and an upgrade from an older schema applies only the newer migrations.
    BD_PG_DATABASE(older);
    {
        const QList<Migration> first = Migrations::all().mid(0, 2);
        auto db = Database::open(older.url(), Database::OpenMode::CreateIfMissing, first);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 2);
    }
    auto upgraded = Database::open(older.url(), Database::OpenMode::ExistingOnly);
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().detail));
    QCOMPARE(upgraded->schemaVersion(), Migrations::latestVersion());
}

void TestPostgres::refusesBadAddressesAndForeignDatabases()
{
    BD_PG_DATABASE(server);
    QUrl withPassword(server.url());
    withPassword.setPassword(QStringLiteral("secret"));
    auto refused = Database::open(withPassword.toString(), Database::OpenMode::CreateIfMissing);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("db.password-in-url"));

    auto bad =
        Database::open(QStringLiteral("postgresql://user@/"), Database::OpenMode::CreateIfMissing);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("db.bad-url"));

    QUrl missing(server.url());
    missing.setPath(QStringLiteral("/bd_test_no_such_database"));
    auto absent = Database::open(missing.toString(), Database::OpenMode::CreateIfMissing);
    QVERIFY(!absent);
    QCOMPARE(absent.error().code, QStringLiteral("db.open-failed"));

    auto empty = Database::open(server.url(), Database::OpenMode::ExistingOnly);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, QStringLiteral("db.empty"));

    // A database with other tables is not ours.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        const QUrl url(server.url());
        raw.setHostName(url.host());
        raw.setPort(url.port());
        raw.setUserName(url.userName());
        raw.setDatabaseName(url.path().mid(1));
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE payroll (id INTEGER)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    auto foreign = Database::open(server.url(), Database::OpenMode::CreateIfMissing);
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().code, QStringLiteral("db.foreign"));
}

void TestPostgres::demoSummaryEqualsSqlite()
{
    BD_PG_DATABASE(server);
    QVERIFY(DemoElection::createFile(server.url(), DemoOptions{}, false));
    auto db = Database::open(server.url(), Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    QCOMPARE(summaryJson(*db), m_sqliteSummary);
    auto report = AuditVerifier::verify(*db);
    QVERIFY(report);
    QVERIFY(report->intact());
    QVERIFY(report->sealedProtocols > 1000);
    // Register filters match regardless of case on both engines.
    auto file = Database::open(m_sqliteDemo, Database::OpenMode::ExistingOnly);
    QVERIFY(file);
    for (const QString &filter :
         {QStringLiteral("akmola"), QStringLiteral("AKMOLA"), QStringLiteral("Akmola")}) {
        auto onServer = RegisterQuery::count(*db, Register::Contests, filter);
        auto inFile = RegisterQuery::count(*file, Register::Contests, filter);
        QVERIFY(onServer && inFile);
        QVERIFY(*inFile > 0);
        QCOMPARE(*onServer, *inFile);
    }
    // Backups of a server database are pg_dump's.
    auto backup =
        Backup::create(*db, administrator(*db), m_dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(!backup);
    QCOMPARE(backup.error().code, QStringLiteral("backup.server"));
    QVERIFY(backup.error().userMessage.contains(QLatin1String("pg_dump")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("b.sqlite"))));
    // A second demo into the same database is refused and changes nothing.
    const Status again = DemoElection::createFile(server.url(), DemoOptions{}, true);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("demo.exists"));
    QCOMPARE(summaryJson(*db), m_sqliteSummary);
}

void TestPostgres::usersAndAuditChain()
{
    BD_PG_DATABASE(server);
    NewElection election;
    election.name = QStringLiteral("Test election");
    election.date = QDate(2026, 9, 20);
    election.turnoutHours = {QStringLiteral("10:00"), QStringLiteral("12:00")};
    NewUser root{QStringLiteral("root"), QStringLiteral("Root"), Role::Administrator,
                 QStringLiteral("root-password-2026")};
    auto created = ElectionSetup::createFile(server.url(), election, root);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
    QCOMPARE(*created, qint64(1));
    auto refused = ElectionSetup::createFile(server.url(), election, root);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("init.exists"));

    auto db = Database::open(server.url(), Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    UserStore users(*db);
    auto session = users.authenticate(QStringLiteral("root"), QStringLiteral("root-password-2026"));
    QVERIFY2(session, qPrintable(session ? QString() : session.error().userMessage));
    QCOMPARE(session->role, Role::Administrator);
    auto wrong = users.authenticate(QStringLiteral("root"), QStringLiteral("not-the-password"));
    QVERIFY(!wrong);
    auto audit = AuditVerifier::verify(*db);
    QVERIFY(audit);
    QVERIFY(audit->intact());
    QVERIFY(audit->records >= 3); // first administrator, election, sign-in
}

void TestPostgres::writersAreSerialised()
{
    BD_PG_DATABASE(server);
    auto first = Database::open(server.url(), Database::OpenMode::CreateIfMissing);
    QVERIFY(first);
    auto other = Database::open(server.url(), Database::OpenMode::CreateIfMissing);
    QVERIFY(other);
    // Interleaved appends from two connections, each in its own transaction, keep one chain.
    for (int i = 0; i < 10; ++i) {
        for (const Database *db : {&*first, &*other}) {
            Transaction transaction(*db);
            QVERIFY(transaction.isActive());
            AuditRecord record;
            record.action = QStringLiteral("test.append");
            record.objectType = QStringLiteral("test");
            record.objectId = QString::number(i);
            QVERIFY(AuditLog::append(*db, record));
            QVERIFY(transaction.commit());
        }
    }
    auto report = AuditVerifier::verify(*other);
    QVERIFY(report);
    QCOMPARE(report->records, qint64(20));
    QVERIFY(report->intact());
    // Each desk sees the other's changes in the data version.
    auto seenByFirst = DataVersion::current(*first);
    QVERIFY(seenByFirst);
    QCOMPARE(*seenByFirst, qint64(20));
    // While one connection holds a write transaction, another's write waits for it.
    {
        Transaction holding(*first);
        QVERIFY(holding.isActive());
        auto waiting = other->scalar(
            QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(SqlDialect::kWriteLockKey));
        QVERIFY(waiting);
        QCOMPARE(waiting->toBool(), false);
    }
}

void TestPostgres::copiesBothWays()
{
    BD_PG_DATABASE(server);
    auto source = Database::open(m_sqliteDemo, Database::OpenMode::ExistingOnly);
    QVERIFY(source);
    const Session admin = administrator(*source);
    QCOMPARE(admin.role, Role::Administrator);
    {
        auto target = Database::open(server.url(), Database::OpenMode::CreateIfMissing);
        QVERIFY(target);
        auto report = ElectionCopy::copy(*source, *target, admin);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().detail));
        QVERIFY(report->verified());
        QVERIFY(report->summariesEqual);
        QVERIFY(report->audit.intact());
        QVERIFY(report->tables.size() >= 20);
        QCOMPARE(report->tables.constFirst().table, QStringLiteral("app_user"));
        QCOMPARE(summaryJson(*target), m_sqliteSummary);
        // New rows continue after the copied ids.
        auto user = UserStore(*target).add(
            admin, NewUser{QStringLiteral("newcomer"), QStringLiteral("New Comer"), Role::Operator,
                           QStringLiteral("newcomer-password-2026")});
        QVERIFY2(user, qPrintable(user ? QString() : user.error().detail));
        auto maxBefore = source->scalar(QStringLiteral("SELECT MAX(id) FROM app_user"));
        QVERIFY(maxBefore);
        QCOMPARE(*user, maxBefore->toLongLong() + 1);
    }
    // And back to a new file.
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    auto fromServer = Database::open(server.url(), Database::OpenMode::ExistingOnly);
    QVERIFY(fromServer);
    auto target = Database::open(back, Database::OpenMode::CreateIfMissing);
    QVERIFY(target);
    auto report = ElectionCopy::copy(*fromServer, *target, administrator(*fromServer));
    QVERIFY2(report, qPrintable(report ? QString() : report.error().detail));
    QVERIFY(report->verified());
    QCOMPARE(summaryJson(*target), m_sqliteSummary);
}

void TestPostgres::refusesNonEmptyTarget()
{
    BD_PG_DATABASE(server);
    NewElection election;
    election.name = QStringLiteral("Occupied");
    election.date = QDate(2026, 9, 20);
    QVERIFY(ElectionSetup::createFile(server.url(), election,
                                      NewUser{QStringLiteral("root"), QStringLiteral("Root"),
                                              Role::Administrator,
                                              QStringLiteral("root-password-2026")}));
    auto source = Database::open(m_sqliteDemo, Database::OpenMode::ExistingOnly);
    QVERIFY(source);
    auto target = Database::open(server.url(), Database::OpenMode::ExistingOnly);
    QVERIFY(target);
    auto report = ElectionCopy::copy(*source, *target, administrator(*source));
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("copy.not-empty"));
    // An analyst may not copy.
    auto empty = Database::open(m_dir.filePath(QStringLiteral("empty-target.sqlite")),
                                Database::OpenMode::CreateIfMissing);
    QVERIFY(empty);
    auto analyst = UserStore(*source).authenticate(QStringLiteral("analyst"),
                                                   QStringLiteral("demo-analyst-2021"));
    QVERIFY(analyst);
    auto refused = ElectionCopy::copy(*source, *empty, *analyst);
    QVERIFY(!refused);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
