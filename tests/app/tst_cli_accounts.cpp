// ballotdesk-cli init, user, audit and backup, run as a user would.
#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = bd::test::CliRun;

Run cli(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &extra = {})
{
    return bd::test::runCli(arguments, input, extra);
}

const QString kRootPassword = QStringLiteral("root-password-1");

} // namespace

class TestCliAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void initCreatesElectionWithAdministrator();
    void initRefusesExistingFileAndShortPassword();
    void userAddListDisable();
    void passwordFromEnvironment();
    void wrongPasswordAndUnknownUser();
    void analystMayNotAddUsers();
    void demoAccountsSignIn_data();
    void demoAccountsSignIn();
    void auditVerifyOnDemoAndTamperedCopy();
    void auditExport();
    void backupProducesVerifiedFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_election;
    QString m_demo;
};

void TestCliAccounts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_election = path(QStringLiteral("election.sqlite"));
    const Run init =
        cli({QStringLiteral("init"), QStringLiteral("--db"), m_election, QStringLiteral("--name"),
             QStringLiteral("Maslikhat 2026"), QStringLiteral("--date"),
             QStringLiteral("2026-03-15"), QStringLiteral("--against-all"),
             QStringLiteral("--turnout-hours"), QStringLiteral("10:00,12:00,14:00"),
             QStringLiteral("--admin"), QStringLiteral("root"), QStringLiteral("--password-stdin")},
            kRootPassword.toUtf8() + '\n');
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(!init.out.contains(kRootPassword));

    m_demo = path(QStringLiteral("demo.sqlite"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestCliAccounts::initCreatesElectionWithAdministrator()
{
    const Run list =
        cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), m_election});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QLatin1String("root")), qPrintable(list.out));
    QVERIFY(list.out.contains(QLatin1String("administrator")));
    const Run verify = cli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_election});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY2(
        verify.out.contains(QLatin1String("audit chain intact: 2 records, 0 protocols sealed")),
        qPrintable(verify.out));
}

void TestCliAccounts::initRefusesExistingFileAndShortPassword()
{
    const QStringList arguments = {QStringLiteral("init"),
                                   QStringLiteral("--db"),
                                   m_election,
                                   QStringLiteral("--name"),
                                   QStringLiteral("Again"),
                                   QStringLiteral("--date"),
                                   QStringLiteral("2026-03-15"),
                                   QStringLiteral("--admin"),
                                   QStringLiteral("root"),
                                   QStringLiteral("--password-stdin")};
    const Run existing = cli(arguments, kRootPassword.toUtf8() + '\n');
    QCOMPARE(existing.exitCode, 1);
    QVERIFY2(existing.err.contains(QLatin1String("already exists")), qPrintable(existing.err));

    QStringList fresh = arguments;
    fresh[2] = path(QStringLiteral("short.sqlite"));
    const Run shortPassword = cli(fresh, "short\n");
    QCOMPARE(shortPassword.exitCode, 1);
    QVERIFY2(shortPassword.err.contains(QLatin1String("at least 12")),
             qPrintable(shortPassword.err));
    QVERIFY(!QFile::exists(fresh[2]));

    fresh[6] = QStringLiteral("15.03.2026");
    QCOMPARE(cli(fresh, kRootPassword.toUtf8() + '\n').exitCode, 2);
}

void TestCliAccounts::userAddListDisable()
{
    const Run added =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_election,
             QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin"),
             QStringLiteral("--login"), QStringLiteral("clerk"), QStringLiteral("--name"),
             QStringLiteral("Aigerim Clerk"), QStringLiteral("--role"), QStringLiteral("operator")},
            kRootPassword.toUtf8() + "\nclerk-password-1\n");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(!added.out.contains(QLatin1String("clerk-password-1")));

    Run list =
        cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), m_election});
    QVERIFY2(list.out.contains(QLatin1String("clerk")), qPrintable(list.out));
    QVERIFY(list.out.contains(QLatin1String("Aigerim Clerk")));

    const Run disabled =
        cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"), m_election,
             QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin"),
             QStringLiteral("--login"), QStringLiteral("clerk")},
            kRootPassword.toUtf8() + '\n');
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
    list =
        cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), m_election});
    QVERIFY2(list.out.contains(QLatin1String("disabled")), qPrintable(list.out));

    // The disabled clerk can no longer sign in, even with the right password.
    const Run clerk =
        cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), m_election,
             QStringLiteral("--user"), QStringLiteral("clerk"), QStringLiteral("--password-stdin"),
             QStringLiteral("--login"), QStringLiteral("clerk")},
            "clerk-password-1\nclerk-password-2\n");
    QCOMPARE(clerk.exitCode, 1);
    QVERIFY2(clerk.err.contains(QLatin1String("This account is disabled.")), qPrintable(clerk.err));
}

void TestCliAccounts::passwordFromEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("BALLOTDESK_PASSWORD"), kRootPassword);
    environment.insert(QStringLiteral("BALLOTDESK_NEW_PASSWORD"),
                       QStringLiteral("viewer-password"));
    const Run added =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_election,
             QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--login"),
             QStringLiteral("viewer"), QStringLiteral("--name"), QStringLiteral("Viewer"),
             QStringLiteral("--role"), QStringLiteral("analyst")},
            {}, environment);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    // No password at all: refused with a hint.
    const Run none = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"),
                          m_election, QStringLiteral("--user"), QStringLiteral("root"),
                          QStringLiteral("--login"), QStringLiteral("viewer")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(QLatin1String("BALLOTDESK_PASSWORD")), qPrintable(none.err));
}

void TestCliAccounts::wrongPasswordAndUnknownUser()
{
    for (const QString &login : {QStringLiteral("root"), QStringLiteral("nobody")}) {
        const Run run =
            cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--db"),
                 m_election, QStringLiteral("--user"), login, QStringLiteral("--password-stdin"),
                 QStringLiteral("--login"), QStringLiteral("viewer")},
                "not-the-right-one\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Wrong login or password.")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("not-the-right-one")));
    }
}

void TestCliAccounts::analystMayNotAddUsers()
{
    const Run run = cli(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_demo,
         QStringLiteral("--user"), QStringLiteral("analyst"), QStringLiteral("--password-stdin"),
         QStringLiteral("--login"), QStringLiteral("intruder"), QStringLiteral("--name"),
         QStringLiteral("Intruder"), QStringLiteral("--role"), QStringLiteral("administrator")},
        "demo-analyst-2021\nintruder-password\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 QLatin1String("An analyst may not manage user accounts; ask an administrator.")),
             qPrintable(run.err));
    const Run list =
        cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), m_demo});
    QVERIFY(!list.out.contains(QLatin1String("intruder")));
}

void TestCliAccounts::demoAccountsSignIn_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("backupExit");
    // Only the administrator may back up; every demo account signs in with its password.
    QTest::newRow("admin") << QStringLiteral("admin") << 0;
    QTest::newRow("coordinator") << QStringLiteral("coordinator") << 1;
    QTest::newRow("operator1") << QStringLiteral("operator1") << 1;
    QTest::newRow("operator2") << QStringLiteral("operator2") << 1;
    QTest::newRow("analyst") << QStringLiteral("analyst") << 1;
}

void TestCliAccounts::demoAccountsSignIn()
{
    QFETCH(QString, login);
    QFETCH(int, backupExit);
    const QString out = path(QStringLiteral("demo-backup-%1.sqlite").arg(login));
    const Run run = cli({QStringLiteral("backup"), QStringLiteral("--db"), m_demo,
                         QStringLiteral("--user"), login, QStringLiteral("--password-stdin"), out},
                        QStringLiteral("demo-%1-2021\n").arg(login).toUtf8());
    QCOMPARE(run.exitCode, backupExit);
    if (backupExit != 0) {
        QVERIFY2(run.err.contains(QLatin1String("may not back up")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }
}

void TestCliAccounts::auditVerifyOnDemoAndTamperedCopy()
{
    const Run intact =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_demo});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains(QLatin1String("audit chain intact:")), qPrintable(intact.out));
    QVERIFY(intact.out.contains(QLatin1String("1,847 protocols sealed")));

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 command is not installed");
    const QString copy = path(QStringLiteral("tampered.sqlite"));
    QVERIFY(QFile::copy(m_demo, copy));
    QProcess tamper;
    tamper.start(sqlite3,
                 {copy, QStringLiteral("UPDATE protocol_vote SET votes = votes + 10 WHERE rowid = "
                                       "(SELECT MIN(rowid) FROM protocol_vote);"
                                       "SELECT s.code FROM protocol_vote pv JOIN protocol p ON "
                                       "p.id = pv.protocol_id JOIN polling_station s ON "
                                       "s.id = p.polling_station_id WHERE pv.rowid = "
                                       "(SELECT MIN(rowid) FROM protocol_vote);")});
    QVERIFY(tamper.waitForFinished(30000));
    QCOMPARE(tamper.exitCode(), 0);
    const QString station = QString::fromUtf8(tamper.readAllStandardOutput()).trimmed();
    QVERIFY(!station.isEmpty());

    const Run broken =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("station %1").arg(station)),
             qPrintable(broken.err));
}

void TestCliAccounts::auditExport()
{
    const QString out = path(QStringLiteral("audit.csv"));
    const Run run = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"),
                         m_election, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("id,occurred_at,user_login,user_role,action,object_type,object_id,"
                           "old_values,new_values,prev_hash,record_hash\r\n"));
    QVERIFY(csv.contains(",root,administrator,user.add,user,"));
    QVERIFY(csv.contains(",election.create,election,"));
    QVERIFY(!csv.contains(kRootPassword.toUtf8()));
    QVERIFY(!csv.contains("argon2"));
    QCOMPARE(
        cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), m_election})
            .exitCode,
        2);
}

void TestCliAccounts::backupProducesVerifiedFile()
{
    const QString out = path(QStringLiteral("election-backup.sqlite"));
    const Run run =
        cli({QStringLiteral("backup"), QStringLiteral("--db"), m_election, QStringLiteral("--user"),
             QStringLiteral("root"), QStringLiteral("--password-stdin"), out},
            kRootPassword.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(out));
    const Run verify =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), out});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.out.contains(QLatin1String("audit chain intact")));
    const Run list =
        cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), out});
    QVERIFY(list.out.contains(QLatin1String("root")));
    // An existing output file is refused.
    const Run again =
        cli({QStringLiteral("backup"), QStringLiteral("--db"), m_election, QStringLiteral("--user"),
             QStringLiteral("root"), QStringLiteral("--password-stdin"), out},
            kRootPassword.toUtf8() + '\n');
    QCOMPARE(again.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
