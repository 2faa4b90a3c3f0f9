// ballotdesk-cli import turnout, run as a user would: a good file is stored and summarised; a bad
// file names each problem's line, column and reason, and changes nothing.
#include "CliRunner.h"

#include "Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = bd::test::CliRun;

const QString kOperator = QStringLiteral("operator1");
const QByteArray kOperatorPassword = QByteArrayLiteral("demo-operator1-2021\n");
const QString kStation = QStringLiteral("PS-KZ-AKM-0003");
const QString kOther = QStringLiteral("PS-KZ-AKM-0006");

} // namespace

class TestCliTurnout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsAGoodFile();
    void badFileNamesLineAndColumn_data();
    void badFileNamesLineAndColumn();
    void analystMayNotImport();
    void usageErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshCopy(const QString &name) const;
    QString writeCsv(const QString &name, const QByteArray &text) const;
    Run importAs(const QString &login, const QByteArray &password, const QString &file,
                 const QString &db) const;
    /** The turnout reports and the audit records other than sign-ins, as text. */
    static QString state(const QString &db);
    static qint64 reading(const QString &db, const QString &station, const QString &hour);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliTurnout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.sqlite"));
    const Run demo = bd::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

QString TestCliTurnout::freshCopy(const QString &name) const
{
    const QString copy = path(name);
    QFile::remove(copy);
    if (!QFile::copy(m_demo, copy))
        return {};
    return copy;
}

QString TestCliTurnout::writeCsv(const QString &name, const QByteArray &text) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    return file.fileName();
}

Run TestCliTurnout::importAs(const QString &login, const QByteArray &password, const QString &file,
                             const QString &db) const
{
    return bd::test::runCli({QStringLiteral("import"), QStringLiteral("turnout"), file,
                             QStringLiteral("--db"), db, QStringLiteral("--user"), login,
                             QStringLiteral("--password-stdin")},
                            password);
}

QString TestCliTurnout::state(const QString &db)
{
    auto opened = bd::Database::open(db, bd::Database::OpenMode::ExistingOnly);
    if (!opened)
        return QStringLiteral("cannot open");
    QString text;
    auto reports = opened->exec(QStringLiteral(
        "SELECT polling_station_id, report_time, voters_received_ballots, entered_by, entered_at "
        "FROM turnout_report ORDER BY polling_station_id, report_time"));
    if (!reports)
        return QStringLiteral("cannot read");
    while (reports->next()) {
        for (int c = 0; c < 5; ++c)
            text += reports->value(c).toString() + QLatin1Char(',');
        text += QLatin1Char('\n');
    }
    auto audit = opened->scalar(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action <> 'user.sign-in'"));
    return text + (audit ? audit->toString() : QStringLiteral("no audit"));
}

qint64 TestCliTurnout::reading(const QString &db, const QString &station, const QString &hour)
{
    auto opened = bd::Database::open(db, bd::Database::OpenMode::ExistingOnly);
    if (!opened)
        return -1;
    auto v =
        opened->scalar(QStringLiteral("SELECT r.voters_received_ballots FROM turnout_report r "
                                      "JOIN polling_station ps ON ps.id = r.polling_station_id "
                                      "WHERE ps.code = ? AND r.report_time = ?"),
                       {station, hour});
    return v ? v->toLongLong() : -1;
}

void TestCliTurnout::importsAGoodFile()
{
    const QString db = freshCopy(QStringLiteral("good.sqlite"));
    QVERIFY(!db.isEmpty());
    // Columns in another order than documented; two stations, all six hours of each.
    const QString csv =
        writeCsv(QStringLiteral("good.csv"),
                 QByteArrayLiteral("reported_at,station_code,voters_received_ballots\r\n"
                                   "10:00,PS-KZ-AKM-0003,10\r\n"
                                   "12:00,PS-KZ-AKM-0003,20\r\n"
                                   "14:00,PS-KZ-AKM-0003,30\r\n"
                                   "16:00,PS-KZ-AKM-0003,40\r\n"
                                   "18:00,PS-KZ-AKM-0003,50\r\n"
                                   "20:00,PS-KZ-AKM-0003,60\r\n"
                                   "10:00,PS-KZ-AKM-0006,1\r\n"
                                   "12:00,PS-KZ-AKM-0006,2\r\n"
                                   "14:00,PS-KZ-AKM-0006,3\r\n"
                                   "16:00,PS-KZ-AKM-0006,4\r\n"
                                   "18:00,PS-KZ-AKM-0006,5\r\n"
                                   "20:00,PS-KZ-AKM-0006,6\r\n"));
    QVERIFY(!csv.isEmpty());
    const Run run = importAs(kOperator, kOperatorPassword, csv, db);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Stored 12 turnout reports of 2 polling stations")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("10:00: 11 voters received ballots at 2 stations")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("20:00: 66 voters received ballots at 2 stations")),
             qPrintable(run.out));
    // The closing reports are far from the accepted protocols: stored, with a warning each.
    QVERIFY2(run.err.contains(QLatin1String("P.W.207")), qPrintable(run.err));
    QCOMPARE(reading(db, kStation, QStringLiteral("10:00")), 10);
    QCOMPARE(reading(db, kStation, QStringLiteral("20:00")), 60);
    QCOMPARE(reading(db, kOther, QStringLiteral("16:00")), 4);

    // One report more, checked against the stored ones: 14:00 above 12:00 and below 16:00.
    const QString one =
        writeCsv(QStringLiteral("one.csv"), QByteArrayLiteral("station_code,reported_at,"
                                                              "voters_received_ballots\n"
                                                              "PS-KZ-AKM-0003,14:00,35\n"));
    const Run again = importAs(kOperator, kOperatorPassword, one, db);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(reading(db, kStation, QStringLiteral("14:00")), 35);
}

void TestCliTurnout::badFileNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("problems"); // "LINE: column NAME: reason part"
    const QByteArray header = "station_code,reported_at,voters_received_ballots\n";
    QTest::newRow("time not HH:MM")
        << header + "PS-KZ-AKM-0003,9:00,5\n"
        << QStringList{QStringLiteral("2: column reported_at: \"9:00\" is not a time of day")};
    QTest::newRow("hour not in the election")
        << header + "PS-KZ-AKM-0003,10:00,5\nPS-KZ-AKM-0003,11:00,7\n"
        << QStringList{QStringLiteral("3: column reported_at: 11:00 is not a report hour of this "
                                      "election; its hours are 10:00, 12:00, 14:00, 16:00, "
                                      "18:00, 20:00")};
    QTest::newRow("not a number")
        << header + "PS-KZ-AKM-0003,10:00,-5\nPS-KZ-AKM-0003,12:00,many\n"
        << QStringList{
               QStringLiteral("2: column voters_received_ballots: \"-5\" is not a whole number"),
               QStringLiteral("3: column voters_received_ballots: \"many\" is not a whole "
                              "number")};
    QTest::newRow("unknown station")
        << header + "PS-KZ-AKM-0003,10:00,5\nPS-NOWHERE,10:00,5\n"
        << QStringList{QStringLiteral("3: column station_code: There is no polling station "
                                      "PS-NOWHERE in this election.")};
    QTest::newRow("same report twice")
        << header + "PS-KZ-AKM-0003,10:00,5\nPS-KZ-AKM-0003,10:00,6\n"
        << QStringList{QStringLiteral("3: column reported_at: the 10:00 report of station "
                                      "PS-KZ-AKM-0003 is already on line 2")};
    QTest::newRow("missing column")
        << QByteArray("station_code,reported_at\nPS-KZ-AKM-0003,10:00\n")
        << QStringList{QStringLiteral("1: column voters_received_ballots: required column is "
                                      "missing")};
    QTest::newRow("T.F.301 lower than the earlier report")
        << header + "PS-KZ-AKM-0003,10:00,50\nPS-KZ-AKM-0003,12:00,40\n"
        << QStringList{QStringLiteral("3: column voters_received_ballots: T.F.301 at 12:00:")};
    QTest::newRow("T.F.301 against a stored report")
        << header + "PS-KZ-AKM-0006,20:00,0\n"
        << QStringList{QStringLiteral("2: column voters_received_ballots: T.F.301 at 20:00:")};
    QTest::newRow("problems of every kind at once")
        << header + "PS-KZ-AKM-0003,10:00,300\nPS-KZ-AKM-0003,11:00,71\nPS-KZ-AKM-0006,12:00,1\n"
        << QStringList{QStringLiteral("2: column voters_received_ballots: T.F.301 at 12:00:"),
                       QStringLiteral("2: column voters_received_ballots: T.F.302 at 10:00:"),
                       QStringLiteral("3: column reported_at: 11:00 is not a report hour"),
                       QStringLiteral("4: column voters_received_ballots: T.F.301 at 12:00:")};
    QTest::newRow("T.F.302 above the list, after good rows")
        << header + "PS-KZ-AKM-0006,10:00,1\nPS-KZ-AKM-0003,20:00,999999\n"
        << QStringList{QStringLiteral("3: column voters_received_ballots: T.F.302 at 20:00:")};
}

void TestCliTurnout::badFileNamesLineAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, problems);
    const QString db = freshCopy(QStringLiteral("bad.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString before = state(db);
    const QString file = writeCsv(QStringLiteral("bad.csv"), csv);
    const Run run = importAs(kOperator, kOperatorPassword, file, db);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    for (const QString &problem : std::as_const(problems))
        QVERIFY2(run.err.contains(file + QLatin1Char(':') + problem), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Nothing was imported.")), qPrintable(run.err));
    QCOMPARE(state(db), before);
}

void TestCliTurnout::analystMayNotImport()
{
    const QString db = freshCopy(QStringLiteral("analyst.sqlite"));
    const QString before = state(db);
    const QString file =
        writeCsv(QStringLiteral("analyst.csv"), QByteArrayLiteral("station_code,reported_at,"
                                                                  "voters_received_ballots\n"
                                                                  "PS-KZ-AKM-0003,10:00,5\n"));
    const Run run =
        importAs(QStringLiteral("analyst"), QByteArrayLiteral("demo-analyst-2021\n"), file, db);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("operator")), qPrintable(run.err));
    QCOMPARE(state(db), before);
}

void TestCliTurnout::usageErrors()
{
    const Run noFile = bd::test::runCli(
        {QStringLiteral("import"), QStringLiteral("turnout"), QStringLiteral("--db"), m_demo});
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY2(noFile.err.contains(QLatin1String("turnout CSV file")), qPrintable(noFile.err));

    const Run missing = importAs(kOperator, kOperatorPassword, path(QStringLiteral("none.csv")),
                                 freshCopy(QStringLiteral("missing.sqlite")));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("none.csv")), qPrintable(missing.err));
}

QTEST_GUILESS_MAIN(TestCliTurnout)
#include "tst_cli_turnout.moc"
