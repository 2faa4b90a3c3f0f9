// Runs ballotdesk-cli as a user would: exit codes, messages, the demo and its summary.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = bd::test::CliRun;

Run cli(const QStringList &arguments)
{
    return bd::test::runCli(arguments);
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The published figures of the demo specification, region by region.
struct PublishedRegion
{
    const char *code;
    int seats;
    int candidates;
    int stations;
    qint64 voters;
    double turnout;
};

constexpr PublishedRegion kPublished[] = {
    {"KZ-AKM", 95, 290, 218, 100111, 75.5}, {"KZ-AKT", 35, 105, 72, 26000, 79.0},
    {"KZ-ALM", 71, 235, 198, 220000, 66.5}, {"KZ-ATY", 18, 52, 44, 44305, 74.4},
    {"KZ-ZAP", 31, 98, 75, 30000, 81.4},    {"KZ-ZHA", 38, 120, 92, 92000, 90.7},
    {"KZ-KAR", 75, 268, 182, 45000, 75.8},  {"KZ-KUS", 65, 147, 173, 70000, 84.4},
    {"KZ-KZY", 40, 151, 54, 28000, 83.6},   {"KZ-MAN", 10, 25, 14, 14144, 82.4},
    {"KZ-PAV", 44, 139, 126, 52000, 76.9},  {"KZ-SEV", 71, 225, 172, 96000, 87.1},
    {"KZ-YUZ", 60, 210, 241, 262500, 77.1}, {"KZ-VOS", 77, 232, 186, 129757, 90.9},
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void usage_data();
    void usage();
    void demoRefusesToOverwrite();
    void summaryJsonHasThePublishedFigures();
    void summaryJsonRegionsMatchPublishedTable();
    void summaryTable();
    void summaryRefusesBadFiles_data();
    void summaryRefusesBadFiles();
    void demoIsSoundForSqlite();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QJsonObject m_summary;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(QFile::exists(m_demo));

    const Run summary =
        cli({QStringLiteral("summary"), QStringLiteral("--db"), m_demo, QStringLiteral("--json")});
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(summary.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    m_summary = doc.object();
}

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("no command") << QStringList{} << 2 << QString() << QStringLiteral("Usage:");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0
                            << QStringLiteral("summary") << QString();
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0
                               << QStringLiteral("ballotdesk-cli") << QString();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                                 << 0 << QStringLiteral("--seed") << QString();
    QTest::newRow("summary --help")
        << QStringList{QStringLiteral("summary"), QStringLiteral("--help")} << 0
        << QStringLiteral("--json") << QString();
    QTest::newRow("demo without --db") << QStringList{QStringLiteral("demo")} << 2 << QString()
                                       << QStringLiteral("Missing --db FILE");
    QTest::newRow("summary unknown option")
        << QStringList{QStringLiteral("summary"), QStringLiteral("--colour")} << 2 << QString()
        << QStringLiteral("colour");
    QTest::newRow("demo bad seed")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                       QStringLiteral("--seed"), QStringLiteral("many")}
        << 2 << QString() << QStringLiteral("--seed");
    QTest::newRow("summary stray argument")
        << QStringList{QStringLiteral("summary"), QStringLiteral("extra")} << 2 << QString()
        << QStringLiteral("Unexpected argument: extra");
}

void TestCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (!stdoutContains.isEmpty())
        QVERIFY2(run.out.contains(stdoutContains), qPrintable(run.out));
    if (!stderrContains.isEmpty())
        QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
}

void TestCli::demoRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    const QByteArray before = digest(path);

    const Run refused = cli({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("--force")), qPrintable(refused.err));
    QCOMPARE(digest(path), before);

    const Run forced =
        cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--force"),
             QStringLiteral("--seed"), QStringLiteral("7")});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(digest(path) != before);
    const Run summary =
        cli({QStringLiteral("summary"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    QCOMPARE(summary.exitCode, 0);
    // Another seed changes the details, never the published totals.
    const QJsonObject other = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    QCOMPARE(other.value(QStringLiteral("voters_on_lists")).toInteger(), 1209817);
    auto turnouts = [](const QJsonObject &result) {
        QStringList list;
        for (const QJsonValue &r : result.value(QStringLiteral("turnout_by_region")).toArray())
            list << r.toObject().value(QStringLiteral("code")).toString() + QLatin1Char('=') +
                        QString::number(
                            r.toObject().value(QStringLiteral("turnout_percent")).toDouble());
        return list;
    };
    QCOMPARE(turnouts(other), turnouts(m_summary));
}

void TestCli::summaryJsonHasThePublishedFigures()
{
    const QJsonObject &s = m_summary;
    QCOMPARE(s.value(QStringLiteral("synthetic")).toBool(), true);
    QVERIFY(!s.value(QStringLiteral("election")).toString().isEmpty());
    QCOMPARE(s.value(QStringLiteral("regions_with_elections")).toInt(), 14);
    QCOMPARE(s.value(QStringLiteral("seats")).toInt(), 730);
    QCOMPARE(s.value(QStringLiteral("candidates_nominated")).toInt(), 2582);
    QCOMPARE(s.value(QStringLiteral("candidates_registered")).toInt(), 2297);
    QCOMPARE(s.value(QStringLiteral("candidates_party")).toInt(), 878);
    QCOMPARE(s.value(QStringLiteral("candidates_self_nominated")).toInt(), 1419);
    QCOMPARE(s.value(QStringLiteral("candidates_party_percent")).toDouble(), 38.2);
    QCOMPARE(s.value(QStringLiteral("candidates_men")).toInt(), 1839);
    QCOMPARE(s.value(QStringLiteral("candidates_women")).toInt(), 458);
    QCOMPARE(s.value(QStringLiteral("polling_stations")).toInt(), 1847);
    QCOMPARE(s.value(QStringLiteral("voters_on_lists")).toInteger(), 1209817);
    QVERIFY(s.value(QStringLiteral("ballots_issued")).toInteger() > 900000);
    QCOMPARE(s.value(QStringLiteral("turnout_percent")).toDouble(), 79.0);
    QVERIFY(s.value(QStringLiteral("observers")).toInt() > 2000);
    QCOMPARE(s.value(QStringLiteral("serious_incidents")).toInt(), 0);
    QCOMPARE(s.value(QStringLiteral("contests_decided")).toInt(), 730);
    for (const char *key :
         {"synthetic", "election", "regions_with_elections", "seats", "candidates_nominated",
          "candidates_registered", "candidates_party", "candidates_self_nominated",
          "candidates_party_percent", "candidates_men", "candidates_women", "polling_stations",
          "voters_on_lists", "ballots_issued", "turnout_percent", "observers", "serious_incidents",
          "contests_decided", "turnout_by_region"})
        QVERIFY2(s.contains(QLatin1String(key)), key);
}

void TestCli::summaryJsonRegionsMatchPublishedTable()
{
    const QJsonArray regions = m_summary.value(QStringLiteral("turnout_by_region")).toArray();
    QCOMPARE(regions.size(), 14);
    QCOMPARE(regions.first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("KZ-VOS"));
    QCOMPARE(regions.at(1).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("KZ-ZHA"));
    QCOMPARE(regions.last().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("KZ-ALM"));

    double previous = 101;
    for (const QJsonValue &value : regions) {
        const QJsonObject r = value.toObject();
        for (const char *key :
             {"code", "name_en", "name_kk", "name_ru", "seats", "candidates_registered",
              "polling_stations", "voters_on_lists", "ballots_issued", "turnout_percent"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        const double turnout = r.value(QStringLiteral("turnout_percent")).toDouble();
        QVERIFY(turnout <= previous);
        previous = turnout;

        const QString code = r.value(QStringLiteral("code")).toString();
        const auto *published = std::find_if(
            std::begin(kPublished), std::end(kPublished),
            [&code](const PublishedRegion &p) { return code == QLatin1String(p.code); });
        QVERIFY2(published != std::end(kPublished), qPrintable(code));
        QCOMPARE(r.value(QStringLiteral("seats")).toInt(), published->seats);
        QCOMPARE(r.value(QStringLiteral("candidates_registered")).toInt(), published->candidates);
        QCOMPARE(r.value(QStringLiteral("polling_stations")).toInt(), published->stations);
        QCOMPARE(r.value(QStringLiteral("voters_on_lists")).toInteger(), published->voters);
        QCOMPARE(turnout, published->turnout);
        QVERIFY(!r.value(QStringLiteral("name_kk")).toString().isEmpty());
        QVERIFY(!r.value(QStringLiteral("name_ru")).toString().isEmpty());
    }
}

void TestCli::summaryTable()
{
    const Run run = cli({QStringLiteral("summary"), QStringLiteral("--db"), m_demo});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Demo data")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("East Kazakhstan")));
    QVERIFY(run.out.contains(QLatin1String("90.9")));
    QVERIFY(run.out.contains(QLatin1String("730")));
}

void TestCli::summaryRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("not sqlite") << QByteArray("name,votes\n") << QStringLiteral("not a BallotDesk");
}

void TestCli::summaryRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = digest(path);
    const Run run = cli({QStringLiteral("summary"), QStringLiteral("--db"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(digest(path), before);
}

void TestCli::demoIsSoundForSqlite()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 command is not installed");
    QProcess process;
    process.start(sqlite3,
                  {m_demo, QStringLiteral("PRAGMA integrity_check; PRAGMA foreign_key_check;")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
