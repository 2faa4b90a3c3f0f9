#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using bd::test::runCli;

/** `ballotdesk-cli analyze` on the demo election, as an analyst runs it. */
class TestCliAnalyze : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablePrintsEveryCheck();
    void jsonHasTheFiguresAndTheCaution();
    void fullJsonAddsTheHistograms();
    void regionNarrowsThePool();
    void perRegionListsEachRegion();
    void sameSeedSameOutput();
    void badArgumentsAreUsageErrors();
    void missingFileFails();

private:
    QJsonObject json(const QStringList &extra);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliAnalyze::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const auto run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QJsonObject TestCliAnalyze::json(const QStringList &extra)
{
    const auto run = runCli(QStringList{QStringLiteral("analyze"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--json"), QStringLiteral("--replicates"),
                                        QStringLiteral("50")} +
                            extra);
    if (run.exitCode != 0) {
        qWarning("analyze failed: %s", qPrintable(run.err));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

void TestCliAnalyze::tablePrintsEveryCheck()
{
    const auto run = runCli({QStringLiteral("analyze"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--replicates"), QStringLiteral("50")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.contains(QStringLiteral("A statistical signal is not proof.")));
    QVERIFY(run.out.contains(QStringLiteral("Demo data: published totals, synthetic details")));
    QVERIFY(run.out.contains(QStringLiteral("Protocols accepted")));
    QVERIFY(run.out.contains(QStringLiteral("1,847 of 1,847")));
    QVERIFY(run.out.contains(QStringLiteral("Whole percentages (")));
    QVERIFY(run.out.contains(QStringLiteral("50 replicates, seed 42")));
    QVERIFY(run.out.contains(QStringLiteral("Second digit (2BL) mean")));
    QVERIFY(run.out.contains(QStringLiteral("(expected 4.187)")));
    QVERIFY(run.out.contains(QStringLiteral("Most unusual stations first")));
    QVERIFY(run.out.contains(QStringLiteral("PS-KZ-")));
    QVERIFY(run.out.contains(QStringLiteral("Recount alerts:")));
    QVERIFY(run.out.contains(QStringLiteral("Ballot-polling audit (BRAVO, risk limit 5.0 %)")));
    // Twenty ranked rows by default.
    QVERIFY(run.out.contains(QStringLiteral("\n  20 PS-")));
    QVERIFY(!run.out.contains(QStringLiteral("\n  21 PS-")));
}

void TestCliAnalyze::jsonHasTheFiguresAndTheCaution()
{
    const QJsonObject o = json({});
    QVERIFY(o.value(QStringLiteral("caution")).toString().contains(QStringLiteral("not proof")));
    QCOMPARE(o.value(QStringLiteral("synthetic")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("protocols_accepted")).toInt(), 1847);
    QCOMPARE(o.value(QStringLiteral("protocols_total")).toInt(), 1847);
    const QJsonObject options = o.value(QStringLiteral("options")).toObject();
    QCOMPARE(options.value(QStringLiteral("replicates")).toInt(), 50);
    QCOMPARE(options.value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
    const QJsonArray pools = o.value(QStringLiteral("pools")).toArray();
    QCOMPARE(pools.size(), 1);
    const QJsonObject integer =
        pools.first().toObject().value(QStringLiteral("integer_percent")).toObject();
    QCOMPARE(integer.value(QStringLiteral("replicates")).toInt(), 50);
    const QJsonObject either = integer.value(QStringLiteral("either")).toObject();
    QVERIFY(either.value(QStringLiteral("observed")).toInt() > 0);
    QCOMPARE(either.value(QStringLiteral("excess")).toDouble(),
             either.value(QStringLiteral("observed")).toDouble() -
                 either.value(QStringLiteral("expected")).toDouble());
    QVERIFY(either.value(QStringLiteral("percentile_99_9")).toDouble() >
            either.value(QStringLiteral("expected")).toDouble());
    const QJsonObject outliers = o.value(QStringLiteral("outliers")).toObject();
    QCOMPARE(outliers.value(QStringLiteral("top")).toArray().size(), 20);
    QVERIFY(outliers.value(QStringLiteral("stations_scored")).toInt() > 1800);
    const QJsonObject contests = o.value(QStringLiteral("contests")).toObject();
    QCOMPARE(contests.value(QStringLiteral("complete")).toInt() +
                 contests.value(QStringLiteral("pending")).toInt(),
             730);
}

void TestCliAnalyze::fullJsonAddsTheHistograms()
{
    const QJsonObject o =
        json({QStringLiteral("--full"), QStringLiteral("--top"), QStringLiteral("3")});
    const QJsonObject pool = o.value(QStringLiteral("pools")).toArray().first().toObject();
    const QJsonArray cells = pool.value(QStringLiteral("fingerprint"))
                                 .toObject()
                                 .value(QStringLiteral("cells_share_by_turnout"))
                                 .toArray();
    QCOMPARE(cells.size(), 101 * 101);
    double total = 0;
    for (const QJsonValue &c : cells)
        total += c.toDouble();
    QCOMPARE(total, pool.value(QStringLiteral("fingerprint"))
                        .toObject()
                        .value(QStringLiteral("stations_included"))
                        .toDouble());
    QCOMPARE(pool.value(QStringLiteral("integer_percent"))
                 .toObject()
                 .value(QStringLiteral("either"))
                 .toObject()
                 .value(QStringLiteral("replicate_counts"))
                 .toArray()
                 .size(),
             50);
    QCOMPARE(o.value(QStringLiteral("outliers"))
                 .toObject()
                 .value(QStringLiteral("top"))
                 .toArray()
                 .size(),
             3);
}

void TestCliAnalyze::regionNarrowsThePool()
{
    const QJsonObject o = json({QStringLiteral("--region"), QStringLiteral("KZ-ALM")});
    const QJsonObject pool = o.value(QStringLiteral("pools")).toArray().first().toObject();
    QCOMPARE(pool.value(QStringLiteral("region")).toObject().value(QStringLiteral("code")),
             QStringLiteral("KZ-ALM"));
    const int stations = o.value(QStringLiteral("protocols_accepted")).toInt();
    QVERIFY(stations > 50 && stations < 1847);
    for (const QJsonValue &s :
         o.value(QStringLiteral("outliers")).toObject().value(QStringLiteral("top")).toArray())
        QCOMPARE(s.toObject().value(QStringLiteral("region_code")).toString(),
                 QStringLiteral("KZ-ALM"));
}

void TestCliAnalyze::perRegionListsEachRegion()
{
    const QJsonObject o = json({QStringLiteral("--per-region")});
    const QJsonArray pools = o.value(QStringLiteral("pools")).toArray();
    QCOMPARE(pools.size(), 15);
    int stations = 0;
    for (qsizetype i = 1; i < pools.size(); ++i)
        stations += pools.at(i).toObject().value(QStringLiteral("stations")).toInt();
    QCOMPARE(stations, 1847);
}

void TestCliAnalyze::sameSeedSameOutput()
{
    QCOMPARE(json({}), json({}));
    const QJsonObject other = json({QStringLiteral("--seed"), QStringLiteral("9")});
    QCOMPARE(other.value(QStringLiteral("options")).toObject().value(QStringLiteral("seed")),
             QStringLiteral("9"));
}

void TestCliAnalyze::badArgumentsAreUsageErrors()
{
    const QList<QStringList> bad = {
        {QStringLiteral("--replicates"), QStringLiteral("many")},
        {QStringLiteral("--replicates"), QStringLiteral("-3")},
        {QStringLiteral("--risk-limit"), QStringLiteral("0")},
        {QStringLiteral("--risk-limit"), QStringLiteral("100")},
        {QStringLiteral("--recount-threshold"), QStringLiteral("-1")},
        {QStringLiteral("--top"), QStringLiteral("x")},
        {QStringLiteral("--full")},
        {QStringLiteral("--region"), QStringLiteral("KZ-ALM"), QStringLiteral("--per-region")},
    };
    for (const QStringList &args : bad) {
        const auto run =
            runCli(QStringList{QStringLiteral("analyze"), QStringLiteral("--db"), m_db} + args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("--")));
    }
    const auto unknown = runCli({QStringLiteral("analyze"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--region"), QStringLiteral("KZ-NONE")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("KZ-NONE")));
}

void TestCliAnalyze::missingFileFails()
{
    const auto run = runCli({QStringLiteral("analyze"), QStringLiteral("--db"),
                             m_dir.filePath(QStringLiteral("none.sqlite"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("none.sqlite")));
    QCOMPARE(runCli({QStringLiteral("analyze")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliAnalyze)
#include "tst_cli_analyze.moc"
