// The integrity analytics on synthetic elections: the integer-percentage test, the
// fingerprint and the outlier ranking (see docs/integrity.md).
#include "Fingerprint.h"
#include "IntegerPercentTest.h"
#include "OutlierRanking.h"
#include "SyntheticStations.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace bd;

class TestIntegrity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isIntegerPercent_data();
    void isIntegerPercent();
    void spikeBins();
    void inclusionRules();
    void cleanElectionInsideBand();
    void simulationMatchesExactExpectation();
    void replicatesDoNotDependOnThreads();
    void stuffedElectionOutsideBand();
    void stuffedStationsTopTheRanking();
    void rankingReasons();
    void fingerprintBinEdges_data();
    void fingerprintBinEdges();
    void fingerprintHistogram();
    void fingerprintResimulation();

private:
    SyntheticElection m_clean;
    SyntheticElection m_stuffed;
};

void TestIntegrity::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    SyntheticElectionOptions options;
    options.stations = 20000;
    options.seed = 7;
    m_clean = SyntheticStations::generate(options);
    options.stuffedStations = 400;
    m_stuffed = SyntheticStations::generate(options);
    QCOMPARE(m_stuffed.stuffedStationIds.size(), 400);
}

void TestIntegrity::isIntegerPercent_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("expected");
    QTest::newRow("exactly 60 %") << qint64(600) << qint64(1000) << true;
    QTest::newRow("60.04 % is inside") << qint64(1501) << qint64(2500) << true;
    QTest::newRow("59.96 % is inside") << qint64(1499) << qint64(2500) << true;
    // Exactly at ±0.05 the double arithmetic of the reference decides, as it does there:
    // 100 × (1201 / 2000) = 60.050000000000004, 100 × (1199 / 2000) = 59.95.
    QTest::newRow("60.05 % is outside in doubles") << qint64(1201) << qint64(2000) << false;
    QTest::newRow("59.95 % is inside in doubles") << qint64(1199) << qint64(2000) << true;
    QTest::newRow("60.1 % is not") << qint64(601) << qint64(1000) << false;
    QTest::newRow("1 of 3 = 33.33 % is not") << qint64(1) << qint64(3) << false;
    QTest::newRow("29 of 100 (29 % despite 100 × 0.29 < 29)") << qint64(29) << qint64(100) << true;
    QTest::newRow("0 %") << qint64(0) << qint64(437) << true;
    QTest::newRow("no denominator") << qint64(0) << qint64(0) << false;
}

void TestIntegrity::isIntegerPercent()
{
    QFETCH(qint64, count);
    QFETCH(qint64, total);
    QFETCH(bool, expected);
    QCOMPARE(IntegerPercentTest::isIntegerPercent(count, total), expected);
}

void TestIntegrity::spikeBins()
{
    QCOMPARE(IntegerPercentTest::spikeBinOf(0, 100), 0);
    QCOMPARE(IntegerPercentTest::spikeBinOf(600, 1000), 600);
    QCOMPARE(IntegerPercentTest::spikeBinOf(1201, 2000), 601);   // 60.05 → bin of 60.1 (half up)
    QCOMPARE(IntegerPercentTest::spikeBinOf(11999, 20000), 600); // 59.995 → 60.0
    QCOMPARE(IntegerPercentTest::spikeBinOf(1, 3), 333);
    QCOMPARE(IntegerPercentTest::spikeBinOf(5, 5), IntegerPercentResult::kSpikeBins - 1);
}

void TestIntegrity::inclusionRules()
{
    auto station = [](qint64 v, qint64 b, qint64 r, qint64 w) {
        StationFigures s;
        s.voters = v;
        s.ballotsIssued = b;
        s.ballotsInBoxes = r;
        s.leaderVotes = w;
        return s;
    };
    const QList<StationFigures> stations = {
        station(100, 60, 60, 30),     // included: V = 100 is enough; 60 % and 50 %, both whole
        station(99, 60, 60, 30),      // too small
        station(1000, 991, 991, 500), // turnout 99.1 % > 99 %
        station(1000, 990, 990, 500), // turnout 99.0 %: included
        station(1000, 600, 600, 595), // share 99.17 % > 99 %
        station(1000, 0, 0, 0),       // R = 0
        station(1000, 1001, 1001, 3), // B > V
    };
    IntegerPercentOptions options;
    options.replicates = 10;
    const IntegerPercentResult r = IntegerPercentTest::run(stations, options);
    QCOMPARE(r.stationsIncluded, 2);
    QCOMPARE(r.stationsExcludedSmall, 1);
    QCOMPARE(r.stationsExcludedHigh, 2);
    QCOMPARE(r.stationsExcludedInconsistent, 2);
    QCOMPARE(r.turnout.observed, 2);     // 60 % and 99 %
    QCOMPARE(r.leaderShare.observed, 1); // 50 %; 500 of 990 is 50.505 %
    QCOMPARE(r.either.observed, 2);
    QCOMPARE(r.replicates, 10);
    QCOMPARE(r.turnout.replicateCounts.size(), 10);
    // Voter-weighted spike histograms.
    QCOMPARE(r.turnoutHistogram.at(600), 100.0);
    QCOMPARE(r.turnoutHistogram.at(990), 1000.0);
    QCOMPARE(r.leaderShareHistogram.at(500), 100.0);
    QCOMPARE(r.leaderShareHistogram.at(505), 1000.0);
}

void TestIntegrity::cleanElectionInsideBand()
{
    const IntegerPercentResult r = IntegerPercentTest::run(m_clean.stations);
    QCOMPARE(r.replicates, 1000);
    QCOMPARE(r.stationsIncluded, 20000);
    for (const IntegerStationCount *c : {&r.turnout, &r.leaderShare, &r.either}) {
        QVERIFY2(
            !c->aboveBand(),
            qPrintable(
                QStringLiteral("observed %1, band %2").arg(c->observed).arg(c->percentile999)));
        QVERIFY(c->percentile999 > c->expected);
        QVERIFY(c->standardDeviation > 0.0);
        // Inside about 3.3 σ, as a clean election should be.
        QVERIFY(std::abs(c->excess()) < 3.3 * c->standardDeviation);
    }
    // About 10 % of 0.1-point bins are at a whole percent; with both fractions about 19 %.
    QVERIFY(r.either.expected > 0.15 * 20000 && r.either.expected < 0.23 * 20000);
}

void TestIntegrity::simulationMatchesExactExpectation()
{
    // The sampler's normal approximation must not bias the baseline: the Monte Carlo mean
    // agrees with the exact binomial expectation within its own error (plus 0.5 %).
    const IntegerPercentResult r = IntegerPercentTest::run(m_clean.stations);
    for (const IntegerStationCount *c : {&r.turnout, &r.leaderShare, &r.either}) {
        QVERIFY(std::isfinite(c->exactExpected));
        const double error = 4.0 * c->exactStandardDeviation / std::sqrt(1000.0);
        QVERIFY2(
            std::abs(c->expected - c->exactExpected) < error + 0.005 * c->exactExpected,
            qPrintable(
                QStringLiteral("simulated %1, exact %2").arg(c->expected).arg(c->exactExpected)));
        QVERIFY(std::abs(c->standardDeviation - c->exactStandardDeviation) <
                0.15 * c->exactStandardDeviation);
    }
}

void TestIntegrity::replicatesDoNotDependOnThreads()
{
    IntegerPercentOptions one;
    one.replicates = 20;
    one.threads = 1;
    one.exactExpectation = false;
    IntegerPercentOptions three = one;
    three.threads = 3;
    const QList<StationFigures> some = m_clean.stations.mid(0, 2000);
    const IntegerPercentResult a = IntegerPercentTest::run(some, one);
    const IntegerPercentResult b = IntegerPercentTest::run(some, three);
    QCOMPARE(a.either.replicateCounts, b.either.replicateCounts);
    QCOMPARE(a.turnout.replicateCounts, b.turnout.replicateCounts);
    IntegerPercentOptions otherSeed = one;
    otherSeed.seed = 43;
    QVERIFY(IntegerPercentTest::run(some, otherSeed).either.replicateCounts !=
            a.either.replicateCounts);
}

void TestIntegrity::stuffedElectionOutsideBand()
{
    const IntegerPercentResult r = IntegerPercentTest::run(m_stuffed.stations);
    QVERIFY2(r.turnout.aboveBand(), qPrintable(QStringLiteral("observed %1, band %2")
                                                   .arg(r.turnout.observed)
                                                   .arg(r.turnout.percentile999)));
    QVERIFY(r.either.aboveBand());
    // 400 stuffed stations, of which about 10 % would have been at a whole percent anyway.
    QVERIFY2(r.turnout.excess() > 300 && r.turnout.excess() < 420,
             qPrintable(QString::number(r.turnout.excess())));
    // The stuffed turnouts are spikes at whole percents from 85 % up.
    double wholeAbove85 = 0.0;
    double besideAbove85 = 0.0;
    for (int bin = 850; bin <= 980; ++bin)
        (bin % 10 == 0 ? wholeAbove85 : besideAbove85) += r.turnoutHistogram.at(bin);
    QVERIFY(wholeAbove85 > 3.0 * besideAbove85);
}

void TestIntegrity::stuffedStationsTopTheRanking()
{
    const OutlierRankingResult ranking = OutlierRanking::rank(m_stuffed.stations);
    QCOMPARE(ranking.stations.size(), 20000);
    const QSet<qint64> stuffed(m_stuffed.stuffedStationIds.cbegin(),
                               m_stuffed.stuffedStationIds.cend());
    int topHundred = 0;
    int topFourHundred = 0;
    for (int i = 0; i < 400; ++i) {
        const bool isStuffed = stuffed.contains(ranking.stations.at(i).stationId);
        topHundred += i < 100 && isStuffed;
        topFourHundred += isStuffed;
    }
    QCOMPARE(topHundred, 100);
    QVERIFY2(topFourHundred >= 380, qPrintable(QString::number(topFourHundred)));
    // FDR: most stuffed stations are discoveries at q ≤ 0.05, few clean ones are.
    int stuffedFound = 0;
    int cleanFound = 0;
    for (const StationOutlier &o : ranking.stations) {
        if (o.qValue <= 0.05)
            (stuffed.contains(o.stationId) ? stuffedFound : cleanFound) += 1;
    }
    QVERIFY2(stuffedFound >= 380, qPrintable(QString::number(stuffedFound)));
    QVERIFY2(cleanFound <= 0.05 * (stuffedFound + cleanFound) + 5,
             qPrintable(QString::number(cleanFound)));
    // Sorted by q.
    for (qsizetype i = 1; i < ranking.stations.size(); ++i)
        QVERIFY(ranking.stations.at(i - 1).qValue <= ranking.stations.at(i).qValue);
    // The clean election has (almost) no discoveries.
    const OutlierRankingResult clean = OutlierRanking::rank(m_clean.stations);
    int discoveries = 0;
    for (const StationOutlier &o : clean.stations)
        discoveries += o.qValue <= 0.05;
    QVERIFY2(discoveries <= 10, qPrintable(QString::number(discoveries)));
}

void TestIntegrity::rankingReasons()
{
    QList<StationFigures> stations;
    for (int i = 0; i < 40; ++i) {
        StationFigures s;
        s.stationId = i + 1;
        s.regionId = 1;
        s.voters = 1000 + i;
        s.ballotsIssued = 583 + 3 * i % 40; // 55…62 %
        s.ballotsInBoxes = s.ballotsIssued;
        s.leaderVotes = s.ballotsInBoxes / 2 + i % 7;
        stations.append(s);
    }
    StationFigures full;
    full.stationId = 99;
    full.regionId = 1;
    full.voters = 800;
    full.ballotsIssued = 800;
    full.ballotsInBoxes = 800;
    full.leaderVotes = 760; // 95 %
    stations.append(full);
    StationFigures small;
    small.stationId = 100;
    small.regionId = 1;
    small.voters = 50;
    small.ballotsIssued = 50;
    small.ballotsInBoxes = 50;
    small.leaderVotes = 50;
    stations.append(small);

    const OutlierRankingResult r = OutlierRanking::rank(stations);
    QCOMPARE(r.stationsExcludedSmall, 1);
    QCOMPARE(r.stations.size(), 41);
    const StationOutlier &top = r.stations.first();
    QCOMPARE(top.stationId, 99);
    QVERIFY(!top.pooledNationally);
    QVERIFY(top.turnoutZ > 3.0 && top.leaderShareZ > 3.0);
    QVERIFY(top.qValue < 0.001);
    QList<OutlierReason> reasons;
    for (const OutlierEvidence &e : top.reasons)
        reasons.append(e.reason);
    QCOMPARE(reasons,
             (QList<OutlierReason>{OutlierReason::HighTurnout, OutlierReason::HighLeaderShare,
                                   OutlierReason::FullTurnout, OutlierReason::IntegerLeaderShare}));
    QCOMPARE(top.reasons.at(0).value, 1.0);
    QVERIFY(top.reasons.at(0).reference > 0.55 && top.reasons.at(0).reference < 0.62);
    QCOMPARE(top.reasons.at(3).value, 0.95);
    QCOMPARE(OutlierRanking::reasonKey(OutlierReason::FullTurnout), QStringLiteral("full-turnout"));
    // A region of fewer than 20 scored stations is measured against the whole country.
    OutlierOptions options;
    options.minRegionStations = 50;
    QVERIFY(OutlierRanking::rank(stations, options).stations.first().pooledNationally);
}

void TestIntegrity::fingerprintBinEdges_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("bin");
    QTest::newRow("w = 0") << qint64(0) << qint64(500) << 0;
    QTest::newRow("just below 1 %") << qint64(9) << qint64(1000) << 0;
    QTest::newRow("1 % opens bin 1") << qint64(10) << qint64(1000) << 1;
    QTest::newRow("29 of 100 in bin 29") << qint64(29) << qint64(100) << 29;
    QTest::newRow("57 of 100 in bin 57") << qint64(57) << qint64(100) << 57;
    QTest::newRow("99.99 % in bin 99") << qint64(9999) << qint64(10000) << 99;
    QTest::newRow("t = 1.0 in bin 100") << qint64(700) << qint64(700) << 100;
}

void TestIntegrity::fingerprintBinEdges()
{
    QFETCH(qint64, count);
    QFETCH(qint64, total);
    QFETCH(int, bin);
    QCOMPARE(FingerprintHistogram::binOf(count, total), bin);
}

void TestIntegrity::fingerprintHistogram()
{
    auto station = [](qint64 v, qint64 b, qint64 w) {
        StationFigures s;
        s.voters = v;
        s.ballotsIssued = b;
        s.ballotsInBoxes = b;
        s.leaderVotes = w;
        return s;
    };
    const QList<StationFigures> stations = {station(500, 500, 0), station(200, 100, 100),
                                            station(300, 150, 38), station(99, 50, 50),
                                            station(300, 0, 0)};
    const FingerprintHistogram unweighted = Fingerprint::observed(stations);
    QCOMPARE(unweighted.stationsIncluded, 3);
    QCOMPARE(unweighted.stationsExcludedSmall, 1);
    QCOMPARE(unweighted.stationsExcludedInconsistent, 1);
    QCOMPARE(unweighted.at(100, 0), 1.0); // t = 1.0, w = 0
    QCOMPARE(unweighted.at(50, 100), 1.0);
    QCOMPARE(unweighted.at(50, 50), 0.0);
    QCOMPARE(unweighted.at(50, 25), 1.0); // w = 25.3 %
    QCOMPARE(unweighted.totalWeight, 3.0);

    FingerprintOptions byVoters;
    byVoters.weight = StationWeight::Voters;
    byVoters.minVoters = 50;
    const FingerprintHistogram weighted = Fingerprint::observed(stations, byVoters);
    QCOMPARE(weighted.stationsIncluded, 4);
    QCOMPARE(weighted.at(100, 0), 500.0);
    QCOMPARE(weighted.at(50, 100), 200.0 + 99.0);
    QCOMPARE(weighted.totalWeight, 500.0 + 200.0 + 300.0 + 99.0);
}

void TestIntegrity::fingerprintResimulation()
{
    const FingerprintHistogram observed = Fingerprint::observed(m_stuffed.stations);
    const FingerprintHistogram fair = Fingerprint::resimulated(m_stuffed.stations);
    QCOMPARE(fair.stationsIncluded, observed.stationsIncluded);
    QCOMPARE(fair.totalWeight, observed.totalWeight);
    // The same seed gives the same redraw.
    QCOMPARE(Fingerprint::resimulated(m_stuffed.stations).cells, fair.cells);
    // Each station is redrawn around its own rates, so the stuffed stations stay at high
    // turnout in the fair view: about as many stations in the 85–98 % columns.
    auto column = [](const FingerprintHistogram &h, int turnoutBin) {
        double sum = 0.0;
        for (int y = 0; y < FingerprintHistogram::kBins; ++y)
            sum += h.at(turnoutBin, y);
        return sum;
    };
    double observedHigh = 0.0;
    double fairHigh = 0.0;
    for (int x = 85; x <= 98; ++x) {
        observedHigh += column(observed, x);
        fairHigh += column(fair, x);
    }
    QVERIFY(observedHigh >= 400);
    QVERIFY(std::abs(fairHigh - observedHigh) < 0.2 * observedHigh); // same stations, redrawn
}

QTEST_APPLESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
