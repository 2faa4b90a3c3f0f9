// ballotdesk-cli import and export, run as a user would: the demo's round trip through a fresh
// init, error lines on standard error with an unchanged database, refusals and usage errors.
#include "CliRunner.h"

#include "../store/registers/DatabaseDigest.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = bd::test::CliRun;

const QString kRootPassword = QStringLiteral("root-password-2026");

// The order in which registers refer to each other: import in this order.
const QStringList kKinds = {QStringLiteral("territories"), QStringLiteral("parties"),
                            QStringLiteral("contests"),    QStringLiteral("polling-stations"),
                            QStringLiteral("candidates"),  QStringLiteral("observers")};

} // namespace

class TestCliRegisters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoRoundTripThroughInit();
    void badFileReportsLinesAndChangesNothing();
    void analystMayNotImport();
    void usageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Run importAs(const QString &login, const QString &password, const QString &kind,
                 const QString &file, const QString &db);
    /** The digest of @p db without the sign-in records that every signed-in command adds. */
    static QByteArray digestWithoutSignIns(const QString &db);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliRegisters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.sqlite"));
    const Run demo = bd::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

Run TestCliRegisters::importAs(const QString &login, const QString &password, const QString &kind,
                               const QString &file, const QString &db)
{
    return bd::test::runCli({QStringLiteral("import"), kind, file, QStringLiteral("--db"), db,
                             QStringLiteral("--user"), login, QStringLiteral("--password-stdin")},
                            password.toUtf8() + '\n');
}

QByteArray TestCliRegisters::digestWithoutSignIns(const QString &db)
{
    auto opened = bd::Database::open(db, bd::Database::OpenMode::ExistingOnly);
    if (!opened)
        return QByteArrayLiteral("cannot open");
    // A successful sign-in appends its audit record; everything else must stay as it was.
    return bd::test::databaseDigest(*opened, QStringLiteral("audit_log"),
                                    QStringLiteral("action = 'user.sign-in'"));
}

void TestCliRegisters::demoRoundTripThroughInit()
{
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    const Run init = bd::test::runCli(
        {QStringLiteral("init"), QStringLiteral("--db"), fresh, QStringLiteral("--name"),
         QStringLiteral("Rural akim elections 2021"), QStringLiteral("--date"),
         QStringLiteral("2021-07-25"), QStringLiteral("--admin"), QStringLiteral("root"),
         QStringLiteral("--password-stdin")},
        kRootPassword.toUtf8() + '\n');
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    for (const QString &kind : kKinds) {
        const QString exported = path(QStringLiteral("demo-%1.csv").arg(kind));
        const Run out = bd::test::runCli(
            {QStringLiteral("export"), kind, exported, QStringLiteral("--db"), m_demo});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        const Run in = importAs(QStringLiteral("root"), kRootPassword, kind, exported, fresh);
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        QVERIFY(in.out.startsWith(QStringLiteral("Imported ")));
        QVERIFY(in.err.isEmpty());
    }
    for (const QString &kind : kKinds) {
        const QString again = path(QStringLiteral("fresh-%1.csv").arg(kind));
        const Run out = bd::test::runCli(
            {QStringLiteral("export"), kind, again, QStringLiteral("--db"), fresh});
        QVERIFY2(out.exitCode == 0, qPrintable(out.err));
        QCOMPARE(bd::test::readBytes(again),
                 bd::test::readBytes(path(QStringLiteral("demo-%1.csv").arg(kind))));
    }
}

void TestCliRegisters::badFileReportsLinesAndChangesNothing()
{
    const QString bad = path(QStringLiteral("bad-stations.csv"));
    QVERIFY(bd::test::writeBytes(bad, "code,number,territory_code,contest_code,registered_voters\n"
                                      "PS-NEW-1,9001,KZ-NONE,AKIM-NONE,12.5\n"
                                      "PS-NEW-2,9002,KZ-NONE,AKIM-NONE,-3\n"));
    const QByteArray before = digestWithoutSignIns(m_demo);
    const Run run = importAs(QStringLiteral("admin"), QStringLiteral("demo-admin-2021"),
                             QStringLiteral("polling-stations"), bad, m_demo);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), bad + QStringLiteral(":2: column registered_voters: \"12.5\" is not a "
                                               "whole number from 0 to 999999999; write digits "
                                               "only, without sign, decimals, separators or "
                                               "exponent"));
    QCOMPARE(lines.at(1),
             bad + QStringLiteral(":2: column territory_code: KZ-NONE refers to no territory in "
                                  "the election (nor on an earlier line of the file); add it "
                                  "first or correct the code"));
    QCOMPARE(lines.at(2),
             bad + QStringLiteral(":2: column contest_code: AKIM-NONE refers to no contest in "
                                  "the election (nor on an earlier line of the file); add it "
                                  "first or correct the code"));
    QVERIFY(lines.at(3).startsWith(bad + QStringLiteral(":3: column registered_voters: \"-3\"")));
    QCOMPARE(digestWithoutSignIns(m_demo), before);
}

void TestCliRegisters::analystMayNotImport()
{
    const QString file = path(QStringLiteral("parties.csv"));
    QVERIFY(bd::test::writeBytes(file, "code,name_en\nNEW-PARTY,New party\n"));
    const QByteArray before = digestWithoutSignIns(m_demo);
    const Run run = importAs(QStringLiteral("analyst"), QStringLiteral("demo-analyst-2021"),
                             QStringLiteral("parties"), file, m_demo);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("ballotdesk-cli: An analyst may not")),
             qPrintable(run.err));
    QCOMPARE(digestWithoutSignIns(m_demo), before);
}

void TestCliRegisters::usageErrors()
{
    const Run unknownKind =
        bd::test::runCli({QStringLiteral("export"), QStringLiteral("voters"),
                          path(QStringLiteral("x.csv")), QStringLiteral("--db"), m_demo});
    QCOMPARE(unknownKind.exitCode, 2);
    QVERIFY(unknownKind.err.contains(QStringLiteral("Unknown register \"voters\"")));
    const Run missingFile = bd::test::runCli(
        {QStringLiteral("import"), QStringLiteral("parties"), QStringLiteral("--db"), m_demo});
    QCOMPARE(missingFile.exitCode, 2);
    const Run noSuchFile =
        importAs(QStringLiteral("admin"), QStringLiteral("demo-admin-2021"),
                 QStringLiteral("parties"), path(QStringLiteral("missing.csv")), m_demo);
    QCOMPARE(noSuchFile.exitCode, 1);
    QVERIFY(noSuchFile.err.startsWith(QStringLiteral("ballotdesk-cli: Cannot read ")));
}

QTEST_GUILESS_MAIN(TestCliRegisters)
#include "tst_cli_registers.moc"
