// Opening, creating and migrating election files, and refusing files that are not ours.
#include "Database.h"
#include "Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QList<Migration> withExtraMigration()
{
    QList<Migration> migrations = Migrations::all();
    migrations.append(Migration{Migrations::latestVersion() + 1,
                                QStringLiteral("test column"),
                                {QStringLiteral("ALTER TABLE election ADD COLUMN motto TEXT")}});
    return migrations;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createsNewFileAtLatestVersion();
    void opensExistingFileWithForeignKeysAndWal();
    void enforcesConstraints();
    void upgradesOlderSchema();
    void failedMigrationLeavesFileUnchanged();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesNewerSchema();
    void refusesCorruptFile();
    void refusesOtherSqliteDatabase();
    void transactionRollsBackUnlessCommitted();
    void reportsFailedStatements();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsNewFileAtLatestVersion()
{
    auto db =
        Database::open(path(QStringLiteral("new.sqlite")), Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().detail));
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    auto version = db->scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    QVERIFY(version.ok());
    QCOMPARE(version->toInt(), Migrations::latestVersion());
    for (const char *table : {"election",
                              "territory",
                              "territory_closure",
                              "contest",
                              "polling_station",
                              "party",
                              "candidate",
                              "candidate_status_change",
                              "observer",
                              "incident",
                              "turnout_report",
                              "turnout_hour",
                              "protocol",
                              "protocol_vote",
                              "protocol_entry",
                              "protocol_entry_vote",
                              "protocol_entry_acknowledgement",
                              "protocol_correction",
                              "app_user",
                              "audit_log"}) {
        auto exists = db->exec(db->dialect().tableExistsQuery(), {QString::fromLatin1(table)});
        QVERIFY(exists.ok());
        QVERIFY2(exists->next(), table);
    }
}

void TestDatabase::opensExistingFileWithForeignKeysAndWal()
{
    const QString file = path(QStringLiteral("e.sqlite"));
    {
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
    }
    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QVERIFY(db->scalar(QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 5000);
}

void TestDatabase::enforcesConstraints()
{
    auto db = Database::open(path(QStringLiteral("c.sqlite")), Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    // A polling station pointing at no territory is refused by the foreign key.
    QVERIFY(db->exec(QStringLiteral("INSERT INTO election (code, name, kind, election_date, "
                                    "created_at) VALUES ('E', 'Test', 'test', '2021-07-25', "
                                    "'2021-07-01T00:00:00Z')"))
                .ok());
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO polling_station (election_id, code, number, "
                                     "territory_id, contest_id, registered_voters) "
                                     "VALUES (1, 'PS', '1', 99, 99, 10)"))
                 .ok());
    // A refused candidate needs a reason (CHECK).
    QVERIFY(db->exec(QStringLiteral("INSERT INTO territory (election_id, code, level, depth, "
                                    "name_en) VALUES (1, 'R', 'region', 0, 'Region')"))
                .ok());
    QVERIFY(db->exec(QStringLiteral("INSERT INTO contest (election_id, code, name, territory_id) "
                                    "VALUES (1, 'C', 'Akim', 1)"))
                .ok());
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO candidate (election_id, code, contest_id, "
                                     "full_name, birth_date, status) VALUES "
                                     "(1, 'K', 1, 'A', '1970-01-01', 'refused')"))
                 .ok());
    // Coordinates out of range are refused (CHECK).
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO polling_station (election_id, code, number, "
                                     "territory_id, contest_id, registered_voters, latitude, "
                                     "longitude) VALUES (1, 'PS', '1', 1, 1, 10, 91, 10)"))
                 .ok());
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO polling_station (election_id, code, number, "
                                     "territory_id, contest_id, registered_voters) "
                                     "VALUES (1, 'PS', '1', 1, 1, -1)"))
                 .ok());
}

void TestDatabase::upgradesOlderSchema()
{
    const QString file = path(QStringLiteral("old.sqlite"));
    {
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO election (code, name, kind, election_date, "
                                        "created_at) VALUES ('E', 'Kept', 'test', '2021-07-25', "
                                        "'2021-07-01T00:00:00Z')"))
                    .ok());
    }
    const QList<Migration> migrations = withExtraMigration();
    auto db = Database::open(file, Database::OpenMode::ExistingOnly, migrations);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().userMessage));
    QCOMPARE(db->schemaVersion(), migrations.constLast().version);
    // The data survive and the new column exists.
    auto row = db->exec(QStringLiteral("SELECT name, motto FROM election"));
    QVERIFY(row.ok());
    QVERIFY(row->next());
    QCOMPARE(row->value(0).toString(), QStringLiteral("Kept"));
    QVERIFY(row->value(1).isNull());
}

void TestDatabase::failedMigrationLeavesFileUnchanged()
{
    const QString file = path(QStringLiteral("fail.sqlite"));
    {
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
    }
    QList<Migration> migrations = Migrations::all();
    migrations.append(Migration{Migrations::latestVersion() + 1,
                                QStringLiteral("broken"),
                                {QStringLiteral("ALTER TABLE election ADD COLUMN motto TEXT"),
                                 QStringLiteral("THIS IS NOT SQL")}});
    auto broken = Database::open(file, Database::OpenMode::ExistingOnly, migrations);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, QStringLiteral("db.migration-failed"));

    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QVERIFY(!db->exec(QStringLiteral("SELECT motto FROM election")).ok());
}

void TestDatabase::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("code");

    QTest::newRow("missing") << QByteArray() << false << QStringLiteral("db.missing");
    QTest::newRow("empty") << QByteArray("") << true << QStringLiteral("db.empty");
    QTest::newRow("text file") << QByteArray("code,name\nKZ,Kazakhstan\n") << true
                               << QStringLiteral("db.not-sqlite");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n0000000000000000", 24) << true
                         << QStringLiteral("db.not-sqlite");
}

void TestDatabase::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    QFETCH(QString, code);
    const QString file = path(QStringLiteral("bad.sqlite"));
    if (create)
        writeFile(file, content);
    const QByteArray before = digest(file);

    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, code);
    QVERIFY(!db.error().userMessage.isEmpty());
    QCOMPARE(digest(file), before);
    QCOMPARE(QFile::exists(file), create);
}

void TestDatabase::refusesNewerSchema()
{
    const QString file = path(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing, withExtraMigration());
        QVERIFY(db.ok());
    }
    const QByteArray before = digest(file);
    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.newer-schema"));
    QVERIFY(db.error().userMessage.contains(QString::number(Migrations::latestVersion() + 1)));
    QCOMPARE(digest(file), before);
}

void TestDatabase::refusesCorruptFile()
{
    const QString file = path(QStringLiteral("corrupt.sqlite"));
    {
        auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
    }
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QByteArray bytes = raw.readAll();
    raw.close();
    QVERIFY(bytes.size() > 8192);
    // Keep the 100-byte header so the file still looks like SQLite; scramble the schema pages.
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 37) & 0xff);
    writeFile(file, bytes);
    const QByteArray before = digest(file);

    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.corrupt"));
    QCOMPARE(digest(file), before);
}

void TestDatabase::refusesOtherSqliteDatabase()
{
    const QString file = path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = digest(file);

    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("db.foreign"));
    QCOMPARE(digest(file), before);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    auto db = Database::open(path(QStringLiteral("t.sqlite")), Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    const QString insert = QStringLiteral(
        "INSERT INTO app_user (login, full_name, role, created_at) VALUES (?, 'X', 'analyst', "
        "'2021-07-01T00:00:00Z')");
    {
        Transaction transaction(*db);
        QVERIFY(transaction.isActive());
        QVERIFY(db->exec(insert, {QStringLiteral("dropped")}).ok());
    }
    {
        Transaction transaction(*db);
        QVERIFY(db->exec(insert, {QStringLiteral("kept")}).ok());
        QVERIFY(transaction.commit().ok());
    }
    auto logins = db->exec(QStringLiteral("SELECT login FROM app_user ORDER BY id"));
    QVERIFY(logins.ok());
    QStringList names;
    while (logins->next())
        names << logins->value(0).toString();
    QCOMPARE(names, QStringList{QStringLiteral("kept")});
}

void TestDatabase::reportsFailedStatements()
{
    auto db = Database::open(path(QStringLiteral("r.sqlite")), Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    auto bad = db->exec(QStringLiteral("SELECT nothing FROM nowhere"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("db.query-failed"));
    QVERIFY(bad.error().detail.contains(QLatin1String("nowhere")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
