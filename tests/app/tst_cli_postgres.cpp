// ballotdesk-cli against a real PostgreSQL server, as a user would run it: the demo and its
// summary equal to the SQLite file's, init and imports, copy in both directions, and the
// refusals. Each case gets a fresh database on the server that scripts/pg-test-cluster.sh
// starts; without BALLOTDESK_TEST_PG_URL every case skips.
#include "../PgFixture.h"
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = bd::test::CliRun;

const QStringList kKinds = {QStringLiteral("territories"), QStringLiteral("parties"),
                            QStringLiteral("contests"),    QStringLiteral("polling-stations"),
                            QStringLiteral("candidates"),  QStringLiteral("observers")};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing");
}

Run asAdmin(QStringList arguments)
{
    arguments << QStringLiteral("--user") << QStringLiteral("admin")
              << QStringLiteral("--password-stdin");
    return bd::test::runCli(arguments, "demo-admin-2021\n");
}

Run summaryJson(const QString &db)
{
    return bd::test::runCli(
        {QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--json")});
}

} // namespace

class TestCliPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoAndSummary();
    void initAndImport();
    void copyBothWays();
    void refusals();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_summary;
};

void TestCliPostgres::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (bd::test::pgServerUrl().isEmpty())
        return;
    m_demo = path(QStringLiteral("demo.sqlite"));
    const Run demo = bd::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Run summary = summaryJson(m_demo);
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    m_summary = summary.out;
    QVERIFY(m_summary.contains(QLatin1String("\"polling_stations\"")));
}

void TestCliPostgres::demoAndSummary()
{
    BD_PG_DATABASE(server);
    const Run demo =
        bd::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), server.url()});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Run summary = summaryJson(server.url());
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QCOMPARE(summary.out, m_summary);
    const Run audit = bd::test::runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), server.url()});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
}

void TestCliPostgres::initAndImport()
{
    BD_PG_DATABASE(server);
    const Run init = bd::test::runCli(
        {QStringLiteral("init"), QStringLiteral("--db"), server.url(), QStringLiteral("--name"),
         QStringLiteral("Rural akim elections 2021"), QStringLiteral("--date"),
         QStringLiteral("2021-07-25"), QStringLiteral("--admin"), QStringLiteral("root"),
         QStringLiteral("--password-stdin")},
        "root-password-2026\n");
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    for (const QString &kind : kKinds) {
        const QString exported = path(QStringLiteral("demo-%1.csv").arg(kind));
        const Run out = bd::test::runCli(
            {QStringLiteral("export"), kind, exported, QStringLiteral("--db"), m_demo});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        const Run in = bd::test::runCli(
            {QStringLiteral("import"), kind, exported, QStringLiteral("--db"), server.url(),
             QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin")},
            "root-password-2026\n");
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        QVERIFY(in.out.startsWith(QStringLiteral("Imported ")));
    }
    for (const QString &kind : kKinds) {
        const QString again = path(QStringLiteral("pg-%1.csv").arg(kind));
        const Run out = bd::test::runCli(
            {QStringLiteral("export"), kind, again, QStringLiteral("--db"), server.url()});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QCOMPARE(readAll(again), readAll(path(QStringLiteral("demo-%1.csv").arg(kind))));
    }
    const Run audit = bd::test::runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), server.url()});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
}

void TestCliPostgres::copyBothWays()
{
    BD_PG_DATABASE(server);
    const Run there = asAdmin({QStringLiteral("copy"), QStringLiteral("--from"), m_demo,
                               QStringLiteral("--to"), server.url()});
    QVERIFY2(there.exitCode == 0, qPrintable(there.out + there.err));
    QVERIFY(there.out.contains(QLatin1String("Summary: equal.")));
    QVERIFY(there.out.contains(QLatin1String("The copy is verified.")));
    QVERIFY(there.out.contains(QLatin1String("audit_log")));
    QCOMPARE(summaryJson(server.url()).out, m_summary);

    const QString back = path(QStringLiteral("back.sqlite"));
    const Run home = asAdmin({QStringLiteral("copy"), QStringLiteral("--from"), server.url(),
                              QStringLiteral("--to"), back});
    QVERIFY2(home.exitCode == 0, qPrintable(home.out + home.err));
    QVERIFY(home.out.contains(QLatin1String("The copy is verified.")));
    QCOMPARE(summaryJson(back).out, m_summary);
    const Run audit = bd::test::runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), back});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));

    // Into a database that holds data: refused, nothing changed.
    const Run again = asAdmin({QStringLiteral("copy"), QStringLiteral("--from"), m_demo,
                               QStringLiteral("--to"), server.url()});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already holds data")), qPrintable(again.err));
    // Into an existing file: refused.
    const Run file = asAdmin({QStringLiteral("copy"), QStringLiteral("--from"), server.url(),
                              QStringLiteral("--to"), back});
    QCOMPARE(file.exitCode, 1);
}

void TestCliPostgres::refusals()
{
    BD_PG_DATABASE(server);
    QVERIFY(
        bd::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), server.url()}).exitCode ==
        0);
    const Run backup = asAdmin({QStringLiteral("backup"), QStringLiteral("--db"), server.url(),
                                path(QStringLiteral("backup.sqlite"))});
    QCOMPARE(backup.exitCode, 1);
    QVERIFY2(backup.err.contains(QLatin1String("pg_dump")), qPrintable(backup.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("backup.sqlite"))));

    QUrl withPassword(server.url());
    withPassword.setPassword(QStringLiteral("secret"));
    const Run password = summaryJson(withPassword.toString());
    QCOMPARE(password.exitCode, 1);
    QVERIFY2(password.err.contains(QLatin1String("BALLOTDESK_DB_PASSWORD")),
             qPrintable(password.err));
}

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_cli_postgres.moc"
