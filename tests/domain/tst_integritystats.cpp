// The statistics under the integrity analytics: special functions, BH q-values and the digit
// tests (see docs/integrity.md).
#include "DigitTests.h"
#include "StatFunctions.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace bd;

class TestIntegrityStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chiSquareSurvival_data();
    void chiSquareSurvival();
    void gammaQDomain();
    void normal();
    void binomialQuantile();
    void percentile();
    void medianAndMad();
    void benjaminiHochberg_data();
    void benjaminiHochberg();
    void secondDigitFrequencies();
    void secondDigit();
    void secondDigitTest();
    void secondDigitGate();
    void lastDigitTest();
};

void TestIntegrityStats::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestIntegrityStats::chiSquareSurvival_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("p");
    // Critical values from the chi-square table, and closed forms for df 2 (e^(−x/2)).
    QTest::newRow("df 9, 5 %") << 16.918977604620448 << 9 << 0.05;
    QTest::newRow("df 9, 1 %") << 21.665994333461924 << 9 << 0.01;
    QTest::newRow("df 9, 0.1 %") << 27.877164871256568 << 9 << 0.001;
    QTest::newRow("df 9, median") << 8.342832692252 << 9 << 0.5;
    QTest::newRow("df 1, 5 %") << 3.841458820694124 << 1 << 0.05;
    QTest::newRow("df 4, 1 %") << 13.276704135987622 << 4 << 0.01;
    QTest::newRow("df 2, x = 1 (series)") << 1.0 << 2 << std::exp(-0.5);
    QTest::newRow("df 2, x = 40 (fraction)") << 40.0 << 2 << std::exp(-20.0);
    QTest::newRow("x = 0") << 0.0 << 9 << 1.0;
}

void TestIntegrityStats::chiSquareSurvival()
{
    QFETCH(double, x);
    QFETCH(int, df);
    QFETCH(double, p);
    const double got = StatFunctions::chiSquareSurvival(x, df);
    QVERIFY2(std::abs(got - p) <= 1e-9 * p + 1e-15,
             qPrintable(QStringLiteral("%1 vs %2").arg(got, 0, 'g', 17).arg(p, 0, 'g', 17)));
}

void TestIntegrityStats::gammaQDomain()
{
    QVERIFY(std::isnan(StatFunctions::regularizedGammaQ(0.0, 1.0)));
    QVERIFY(std::isnan(StatFunctions::regularizedGammaQ(1.0, -1.0)));
    QCOMPARE(StatFunctions::regularizedGammaQ(1.0, 0.0), 1.0);
    // Q(1, x) = e^−x on both sides of the switch at x = a + 1.
    QVERIFY(std::abs(StatFunctions::regularizedGammaQ(1.0, 1.9) - std::exp(-1.9)) < 1e-14);
    QVERIFY(std::abs(StatFunctions::regularizedGammaQ(1.0, 2.1) - std::exp(-2.1)) < 1e-14);
    QVERIFY(std::isnan(StatFunctions::chiSquareSurvival(1.0, 0)));
}

void TestIntegrityStats::normal()
{
    QVERIFY(std::abs(StatFunctions::normalCdf(1.959963984540054) - 0.975) < 1e-15);
    QVERIFY(std::abs(StatFunctions::normalSurvival(3.090232306167813) - 0.001) < 1e-15);
    for (double p : {1e-10, 0.001, 0.02425, 0.1, 0.4, 0.5, 0.6, 0.9, 0.97575, 0.999, 1 - 1e-10}) {
        const double z = StatFunctions::normalQuantile(p);
        QVERIFY2(std::abs(StatFunctions::normalCdf(z) - p) < 1e-14 * std::max(p, 1e-2),
                 qPrintable(QString::number(p)));
    }
    QVERIFY(std::abs(StatFunctions::normalQuantile(0.9) - 1.2815515655446004) < 1e-14);
    QCOMPARE(StatFunctions::normalQuantile(0.5), 0.0);
}

void TestIntegrityStats::binomialQuantile()
{
    // Bin(10, ½): P(X ≤ 4) = 0.376953125, P(X ≤ 5) = 0.623046875.
    QCOMPARE(StatFunctions::binomialQuantile(0.3769, 10, 0.5), 4);
    QCOMPARE(StatFunctions::binomialQuantile(0.377, 10, 0.5), 5);
    QCOMPARE(StatFunctions::binomialQuantile(0.5, 10, 0.5), 5);
    QCOMPARE(StatFunctions::binomialQuantile(0.999999, 10, 0.5), 10);
    QCOMPARE(StatFunctions::binomialQuantile(0.5, 10, 0.0), 0);
    QCOMPARE(StatFunctions::binomialQuantile(0.5, 10, 1.0), 10);
    // Large n: the median of Bin(6000, 0.53) is its mean 3180.
    QCOMPARE(StatFunctions::binomialQuantile(0.5, 6000, 0.53), 3180);
    QVERIFY(std::abs(std::exp(StatFunctions::binomialLogPmf(3, 10, 0.5)) - 120.0 / 1024.0) < 1e-15);
}

void TestIntegrityStats::percentile()
{
    const QList<double> values = {4, 1, 3, 2, 5};
    QCOMPARE(StatFunctions::percentile(values, 0.5), 3.0);
    QCOMPARE(StatFunctions::percentile(values, 0.0), 1.0);
    QCOMPARE(StatFunctions::percentile(values, 1.0), 5.0);
    QCOMPARE(StatFunctions::percentile(values, 0.9), 4.6); // numpy: 1 + 0.9·4 = 4.6th → 4.6
    QList<double> thousand;
    for (int i = 1; i <= 1000; ++i)
        thousand.append(i);
    QVERIFY(std::abs(StatFunctions::percentile(thousand, 0.999) - 999.001) < 1e-9);
    QVERIFY(std::isnan(StatFunctions::percentile({}, 0.5)));
}

void TestIntegrityStats::medianAndMad()
{
    QCOMPARE(StatFunctions::median({3, 1, 2}), 2.0);
    QCOMPARE(StatFunctions::median({4, 1, 3, 2}), 2.5);
    QCOMPARE(StatFunctions::medianAbsoluteDeviation({1, 2, 3, 4, 100}, 3.0), 1.0);
    QVERIFY(std::isnan(StatFunctions::median({})));
}

void TestIntegrityStats::benjaminiHochberg_data()
{
    QTest::addColumn<QList<double>>("p");
    QTest::addColumn<QList<double>>("q");
    // By hand: sorted 0.005 (1), 0.01 (2), 0.03 (3), 0.04 (4), 0.5 (5); m·p/rank = 0.025,
    // 0.025, 0.05, 0.05, 0.5; running minimum from the top leaves them.
    QTest::newRow("five") << QList<double>{0.01, 0.04, 0.03, 0.005, 0.5}
                          << QList<double>{0.025, 0.05, 0.05, 0.025, 0.5};
    // m·p/rank = 0.06, 0.0315, 0.9: the first is lowered to the second's 0.0315.
    QTest::newRow("monotone") << QList<double>{0.02, 0.021, 0.9}
                              << QList<double>{0.0315, 0.0315, 0.9};
    QTest::newRow("capped at 1") << QList<double>{0.9, 0.95} << QList<double>{0.95, 0.95};
    QTest::newRow("ties") << QList<double>{0.01, 0.01} << QList<double>{0.01, 0.01};
    QTest::newRow("none") << QList<double>{} << QList<double>{};
}

void TestIntegrityStats::benjaminiHochberg()
{
    QFETCH(QList<double>, p);
    QFETCH(QList<double>, q);
    const QList<double> got = StatFunctions::benjaminiHochberg(p);
    QCOMPARE(got.size(), q.size());
    for (qsizetype i = 0; i < q.size(); ++i)
        QVERIFY2(std::abs(got.at(i) - q.at(i)) < 1e-12,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(got.at(i)).arg(q.at(i))));
}

void TestIntegrityStats::secondDigitFrequencies()
{
    const std::array<double, 10> p = DigitTests::secondDigitFrequencies();
    const double expected[] = {.1197, .1139, .1088, .1043, .1003,
                               .0967, .0934, .0904, .0876, .0850};
    double sum = 0.0;
    for (size_t d = 0; d < 10; ++d) {
        QVERIFY2(std::abs(p[d] - expected[d]) < 0.00005, qPrintable(QString::number(d)));
        sum += p[d];
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-12);
    QVERIFY(std::abs(DigitTests::secondDigitMean() - 4.1874) < 0.00005);
    // Every step down: a second digit of 0 is the commonest.
    for (size_t d = 1; d < 10; ++d)
        QVERIFY(p[d] < p[d - 1]);
}

void TestIntegrityStats::secondDigit()
{
    QCOMPARE(DigitTests::secondDigit(10), 0);
    QCOMPARE(DigitTests::secondDigit(47), 7);
    QCOMPARE(DigitTests::secondDigit(365), 6);
    QCOMPARE(DigitTests::secondDigit(1999), 9);
    QCOMPARE(DigitTests::secondDigit(1000000), 0);
}

void TestIntegrityStats::secondDigitTest()
{
    // Counts whose second digits follow 2BL exactly: digit d appears round(10000·p_d) times.
    const std::array<double, 10> p = DigitTests::secondDigitFrequencies();
    QList<qint64> counts;
    for (int d = 0; d < 10; ++d) {
        const int n = static_cast<int>(std::lround(10000.0 * p[static_cast<size_t>(d)]));
        for (int i = 0; i < n; ++i)
            counts.append(100 + 10 * d + i % 10 + 100 * (i % 8)); // 1d?, 2d?, … 8d?
    }
    counts.append({1, 5, 9}); // one digit: skipped
    const DigitTestResult r = DigitTests::secondDigitTest(counts);
    QCOMPARE(r.countsSkipped, 3);
    QVERIFY(r.enoughCounts);
    QVERIFY(std::abs(r.mean - 4.1874) < 0.001);
    QVERIFY(r.chiSquare < 0.01);
    QVERIFY(r.pValue > 0.999);
    QCOMPARE(r.degreesOfFreedom, 9);
    QVERIFY(std::isnan(r.shareZeroFive));

    // All second digits 5: far from 2BL.
    const DigitTestResult five = DigitTests::secondDigitTest(QList<qint64>(100, 152));
    QCOMPARE(five.mean, 5.0);
    QCOMPARE(five.observed[5], 100);
    QVERIFY(five.pValue < 1e-10);
}

void TestIntegrityStats::secondDigitGate()
{
    const DigitTestResult r = DigitTests::secondDigitTest({12, 34, 56, 78, 90, 5});
    QCOMPARE(r.countsUsed, 5);
    QVERIFY(!r.enoughCounts); // fewer than 30 counts
    QCOMPARE(r.mean, (2 + 4 + 6 + 8 + 0) / 5.0);
    // minCount cannot go below two digits.
    DigitTestOptions low;
    low.minCount = 1;
    QCOMPARE(DigitTests::secondDigitTest({5, 15}, low).countsUsed, 1);
    QCOMPARE(DigitTests::secondDigitTest({}).countsUsed, 0);
    QVERIFY(std::isnan(DigitTests::secondDigitTest({}).pValue));
}

void TestIntegrityStats::lastDigitTest()
{
    // 100…1099: every last digit exactly 100 times.
    QList<qint64> uniform;
    for (qint64 c = 100; c < 1100; ++c)
        uniform.append(c);
    uniform.append({7, 42, 99}); // below 100: skipped
    const DigitTestResult r = DigitTests::lastDigitTest(uniform);
    QCOMPARE(r.countsUsed, 1000);
    QCOMPARE(r.countsSkipped, 3);
    QCOMPARE(r.chiSquare, 0.0);
    QCOMPARE(r.pValue, 1.0);
    QCOMPARE(r.mean, 4.5);
    QCOMPARE(r.expectedMean, 4.5);
    QCOMPARE(r.shareZeroFive, 0.2);

    // Rounded counts (every one ends in 0 or 5), the pattern of invented figures.
    QList<qint64> rounded;
    for (int i = 0; i < 200; ++i)
        rounded.append(100 + 5 * i);
    const DigitTestResult bad = DigitTests::lastDigitTest(rounded);
    QCOMPARE(bad.shareZeroFive, 1.0);
    QCOMPARE(bad.chiSquare, 800.0); // 2 × (100 − 20)²/20 + 8 × 20²/20
    QVERIFY(bad.pValue < 1e-100);
    QVERIFY(bad.enoughCounts);
}

QTEST_APPLESS_MAIN(TestIntegrityStats)
#include "tst_integritystats.moc"
