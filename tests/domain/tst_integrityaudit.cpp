// Recount alerts and BRAVO ballot-polling audit sizes (spec §7, Arlo's published vectors).
#include "BravoAudit.h"
#include "RecountAlerts.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace bd;

class TestIntegrityAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void averageSampleNumber();
    void sampleSize_data();
    void sampleSize();
    void sampleSizeAfterARound();
    void sampleSizeRejects();
    void planSample();
    void planTie();
    void planSmallContest();
    void planLargeElection();
    void planUncontested();
    void recount_data();
    void recount();
    void recountDenominators();
    void recountList();
};

void TestIntegrityAudit::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestIntegrityAudit::averageSampleNumber()
{
    const std::optional<double> asn = BravoAudit::averageSampleNumber(0.1, 0.6, 0.4);
    QVERIFY(asn);
    QVERIFY2(std::abs(*asn - 118.88) < 0.005, qPrintable(QString::number(*asn, 'f', 4)));
    QCOMPARE(static_cast<qint64>(std::ceil(*asn)), 119); // Arlo's test1
    // Spec §7: α = 0.05 at 52/48 needs about 3769 ballots.
    const std::optional<double> close = BravoAudit::averageSampleNumber(0.05, 0.52, 0.48);
    QVERIFY(close);
    QCOMPARE(static_cast<qint64>(std::ceil(*close)), 3769);
    QVERIFY(!BravoAudit::averageSampleNumber(0.1, 0.5, 0.5));
    QVERIFY(!BravoAudit::averageSampleNumber(0.1, 0.4, 0.5));
    QVERIFY(!BravoAudit::averageSampleNumber(1.0, 0.6, 0.4));
}

void TestIntegrityAudit::sampleSize_data()
{
    QTest::addColumn<double>("winner");
    QTest::addColumn<double>("runnerUp");
    QTest::addColumn<double>("completion");
    QTest::addColumn<qint64>("ballots");
    // Arlo server/tests/audit_math/test_bravo.py, α = 0.1.
    QTest::newRow("0.4/0.32 at 90 %") << 0.4 << 0.32 << 0.9 << qint64(1599);
    QTest::newRow("0.4/0.32 at 40 %") << 0.4 << 0.32 << 0.4 << qint64(409);
    QTest::newRow("0.36/0.32 at 90 %") << 0.36 << 0.32 << 0.9 << qint64(6067);
    QTest::newRow("0.36/0.32 at 60 %") << 0.36 << 0.32 << 0.6 << qint64(2476);
    QTest::newRow("0.52/0.47 at 90 %") << 0.52 << 0.47 << 0.9 << qint64(5657);
}

void TestIntegrityAudit::sampleSize()
{
    QFETCH(double, winner);
    QFETCH(double, runnerUp);
    QFETCH(double, completion);
    QFETCH(qint64, ballots);
    const std::optional<qint64> size = BravoAudit::sampleSize(0.1, winner, runnerUp, completion);
    QVERIFY(size);
    QCOMPARE(*size, ballots);
}

void TestIntegrityAudit::sampleSizeAfterARound()
{
    // Arlo: after a first round of 2923 winner and 2735 runner-up ballots at 0.52/0.47.
    QCOMPARE(BravoAudit::sampleSize(0.1, 0.52, 0.47, 0.9, 2923, 2735), std::optional<qint64>(2636));
    // A first round that already met the risk limit needs no more.
    QCOMPARE(BravoAudit::sampleSize(0.1, 0.52, 0.47, 0.9, 10000, 0), std::optional<qint64>(0));
}

void TestIntegrityAudit::sampleSizeRejects()
{
    QVERIFY(!BravoAudit::sampleSize(0.1, 0.5, 0.5, 0.9));
    QVERIFY(!BravoAudit::sampleSize(0.1, 0.6, 0.4, 1.0));
    QVERIFY(!BravoAudit::sampleSize(0.0, 0.6, 0.4, 0.9));
    // No runner-up votes at all: ⌈ln 10 / ln 2⌉ = 4 winner ballots, diluted by the others.
    QCOMPARE(BravoAudit::sampleSize(0.1, 0.5, 0.0, 0.9), std::optional<qint64>(8));
}

void TestIntegrityAudit::planSample()
{
    BravoContest contest;
    contest.contestId = 7;
    contest.ballots = 1000;
    contest.candidateVotes = {400, 600};
    const BravoPlan plan = BravoAudit::plan(contest);
    QCOMPARE(plan.contestId, 7);
    QCOMPARE(plan.kind, BravoPlan::Kind::Sample);
    QCOMPARE(plan.averageSampleNumber, 119);
    QCOMPARE(plan.winnerShare, 0.6);
    QCOMPARE(plan.runnerUpShare, 0.4);
    QCOMPARE(plan.quantiles.size(), 3);
    QCOMPARE(plan.quantiles.at(0).completion, 0.7);
    QCOMPARE(plan.quantiles.at(2).completion, 0.9);
    QVERIFY(plan.quantiles.at(0).ballots < plan.quantiles.at(1).ballots);
    QVERIFY(plan.quantiles.at(1).ballots < plan.quantiles.at(2).ballots);
    QVERIFY(plan.quantiles.at(2).ballots < 1000);
    // The same shares as the Arlo vector give its size, with invalid ballots in the total.
    contest.ballots = 100000;
    contest.candidateVotes = {40000, 32000, 28000};
    BravoOptions options;
    options.completions = {0.9, 0.4};
    const BravoPlan arlo = BravoAudit::plan(contest, options);
    QCOMPARE(arlo.kind, BravoPlan::Kind::Sample);
    QCOMPARE(arlo.quantiles, (QList<BravoPlan::Quantile>{{0.4, 409}, {0.9, 1599}})); // ascending
}

void TestIntegrityAudit::planTie()
{
    BravoContest contest;
    contest.ballots = 1000;
    contest.candidateVotes = {500, 500};
    const BravoPlan plan = BravoAudit::plan(contest);
    QCOMPARE(plan.kind, BravoPlan::Kind::FullHandCount);
    QVERIFY(plan.quantiles.isEmpty());
}

void TestIntegrityAudit::planSmallContest()
{
    // A rural contest at 52/48: the sample would exceed its 2,000 ballots.
    BravoContest contest;
    contest.ballots = 2000;
    contest.candidateVotes = {1040, 960};
    BravoOptions options;
    options.riskLimit = 0.05;
    const BravoPlan plan = BravoAudit::plan(contest, options);
    QCOMPARE(plan.kind, BravoPlan::Kind::FullHandCount);
    QVERIFY(plan.averageSampleNumber >= 2000);
    for (const BravoPlan::Quantile &q : plan.quantiles)
        QVERIFY(q.ballots <= 2000);
}

void TestIntegrityAudit::planLargeElection()
{
    // Over 100,000 ballots a 90 % sample of a quarter of them or more: count them all.
    // 61,000 vs 59,000: ASN about 16,637, the 90 % round 51,462 ≥ 30,000.
    BravoContest contest;
    contest.ballots = 120000;
    contest.candidateVotes = {61000, 59000};
    const BravoPlan plan = BravoAudit::plan(contest);
    QCOMPARE(plan.kind, BravoPlan::Kind::FullHandCount);
    QCOMPARE(plan.averageSampleNumber, 16638);
    QCOMPARE(plan.quantiles.constLast().ballots, 51462);
    BravoOptions options;
    options.largeElectionBallots = 1000000;
    QCOMPARE(BravoAudit::plan(contest, options).kind, BravoPlan::Kind::Sample);
}

void TestIntegrityAudit::planUncontested()
{
    BravoContest contest;
    contest.ballots = 500;
    contest.candidateVotes = {480};
    QCOMPARE(BravoAudit::plan(contest).kind, BravoPlan::Kind::NotNeeded);
    contest.candidateVotes = {500, 0};
    QCOMPARE(BravoAudit::plan(contest).kind, BravoPlan::Kind::NotNeeded);
    contest.ballots = 0;
    QCOMPARE(BravoAudit::plan(contest).kind, BravoPlan::Kind::NotNeeded);
}

void TestIntegrityAudit::recount_data()
{
    QTest::addColumn<QList<qint64>>("votes");
    QTest::addColumn<qint64>("valid");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<qint64>("invalid");
    QTest::addColumn<qint64>("unexplained");
    QTest::addColumn<qint64>("margin");
    QTest::addColumn<bool>("tie");
    QTest::addColumn<bool>("close");
    QTest::addColumn<bool>("discrepancy");

    // 0.5 % of 10,000 valid votes is 50.
    QTest::newRow("margin exactly at threshold")
        << QList<qint64>{5025, 4975} << qint64(10000) << 0.5 << qint64(0) << qint64(0) << qint64(50)
        << false << true << false;
    QTest::newRow("one vote above threshold")
        << QList<qint64>{5026, 4974} << qint64(10000) << 0.5 << qint64(0) << qint64(0) << qint64(52)
        << false << false << false;
    QTest::newRow("0.25 %: 25 of 10,000 at threshold")
        << QList<qint64>{4000, 3975, 2025} << qint64(10000) << 0.25 << qint64(0) << qint64(0)
        << qint64(25) << false << true << false;
    QTest::newRow("0.25 %: 26 is above")
        << QList<qint64>{4001, 3975, 2024} << qint64(10000) << 0.25 << qint64(0) << qint64(0)
        << qint64(26) << false << false << false;
    QTest::newRow("tie") << QList<qint64>{300, 700, 700} << qint64(1700) << 0.5 << qint64(0)
                         << qint64(0) << qint64(0) << true << true << true;
    QTest::newRow("tie at zero votes") << QList<qint64>{0, 0} << qint64(0) << 0.5 << qint64(0)
                                       << qint64(0) << qint64(0) << true << true << true;
    QTest::newRow("margin equal to invalid + unexplained")
        << QList<qint64>{600, 400} << qint64(1000) << 0.5 << qint64(150) << qint64(50)
        << qint64(200) << false << false << true;
    QTest::newRow("margin one above invalid + unexplained")
        << QList<qint64>{601, 400} << qint64(1001) << 0.5 << qint64(150) << qint64(50)
        << qint64(201) << false << false << false;
    QTest::newRow("single candidate") << QList<qint64>{900} << qint64(900) << 0.5 << qint64(10000)
                                      << qint64(0) << qint64(900) << false << false << false;
    QTest::newRow("order does not matter")
        << QList<qint64>{4975, 5025} << qint64(10000) << 0.5 << qint64(0) << qint64(0) << qint64(50)
        << false << true << false;
}

void TestIntegrityAudit::recount()
{
    QFETCH(QList<qint64>, votes);
    QFETCH(qint64, valid);
    QFETCH(double, threshold);
    QFETCH(qint64, invalid);
    QFETCH(qint64, unexplained);
    QFETCH(qint64, margin);
    QFETCH(bool, tie);
    QFETCH(bool, close);
    QFETCH(bool, discrepancy);
    ContestMargin contest;
    contest.contestId = 3;
    contest.candidateVotes = votes;
    contest.validVotes = valid;
    contest.invalidBallots = invalid;
    contest.unexplainedBallots = unexplained;
    RecountOptions options;
    options.thresholdPercent = threshold;
    const RecountAlert a = RecountAlerts::check(contest, options);
    QCOMPARE(a.contestId, 3);
    QCOMPARE(a.margin, margin);
    QCOMPARE(a.tie, tie);
    QCOMPARE(a.closeMargin, close);
    QCOMPARE(a.withinDiscrepancy, discrepancy);
    QCOMPARE(a.alert(), tie || close || discrepancy);
}

void TestIntegrityAudit::recountDenominators()
{
    ContestMargin contest;
    contest.candidateVotes = {5000, 4960}; // margin 40
    contest.validVotes = 9960;             // 0.5 % = 49.8
    contest.votesForOffice = 7000;         // 0.5 % = 35
    RecountOptions options;
    QVERIFY(RecountAlerts::check(contest, options).closeMargin);
    options.denominator = MarginDenominator::VotesForOffice;
    QCOMPARE(RecountAlerts::check(contest, options).denominator, 7000);
    QVERIFY(!RecountAlerts::check(contest, options).closeMargin);
    options.denominator = MarginDenominator::LeaderVotes; // Colorado: 0.5 % of 5000 = 25
    QCOMPARE(RecountAlerts::check(contest, options).denominator, 5000);
    QVERIFY(!RecountAlerts::check(contest, options).closeMargin);
    options.thresholdPercent = 0.8; // 40 of 5000
    QVERIFY(RecountAlerts::check(contest, options).closeMargin);
    // No denominator: only a tie alerts.
    contest.validVotes = 0;
    options = {};
    QVERIFY(!RecountAlerts::check(contest, options).closeMargin);
}

void TestIntegrityAudit::recountList()
{
    ContestMargin close;
    close.contestId = 1;
    close.candidateVotes = {501, 499};
    close.validVotes = 1000;
    ContestMargin clear = close;
    clear.contestId = 2;
    clear.candidateVotes = {700, 300};
    const QList<RecountAlert> alerts = RecountAlerts::alerts({close, clear});
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().contestId, 1);
    QCOMPARE(alerts.first().firstVotes, 501);
    QCOMPARE(alerts.first().secondVotes, 499);
}

QTEST_APPLESS_MAIN(TestIntegrityAudit)
#include "tst_integrityaudit.moc"
