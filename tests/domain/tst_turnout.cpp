#include "Turnout.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <limits>

using namespace bd;

class TestTurnout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundedPercent_data();
    void roundedPercent();
    void percent();
    void ballotsForTurnout_data();
    void ballotsForTurnout();
};

void TestTurnout::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestTurnout::roundedPercent_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("expected");

    QTest::newRow("party nominees 878 of 2297") << qint64(878) << qint64(2297) << 1 << 38.2;
    QTest::newRow("self-nominated 1419 of 2297") << qint64(1419) << qint64(2297) << 1 << 61.8;
    QTest::newRow("East Kazakhstan 90.9")
        << qint64(117949) << qint64(129757) << 1 << 90.9; // 90.8999… → 90.9
    QTest::newRow("half up: 1 of 8 = 12.5 → 13") << qint64(1) << qint64(8) << 0 << 13.0;
    QTest::newRow("half up: 1 of 16 = 6.25 → 6.3") << qint64(1) << qint64(16) << 1 << 6.3;
    QTest::newRow("half up: 3 of 16 = 18.75 → 18.8") << qint64(3) << qint64(16) << 1 << 18.8;
    QTest::newRow("just below half: 6.2499… → 6.2") << qint64(62499) << qint64(1000000) << 1 << 6.2;
    QTest::newRow("1 of 3, 2 decimals") << qint64(1) << qint64(3) << 2 << 33.33;
    QTest::newRow("2 of 3, 2 decimals") << qint64(2) << qint64(3) << 2 << 66.67;
    QTest::newRow("whole") << qint64(1) << qint64(4) << 1 << 25.0;
    QTest::newRow("zero numerator") << qint64(0) << qint64(7) << 1 << 0.0;
    QTest::newRow("zero denominator") << qint64(5) << qint64(0) << 1 << 0.0;
    QTest::newRow("above 100 %") << qint64(3) << qint64(2) << 1 << 150.0;
    QTest::newRow("negative rounds away from zero") << qint64(-1) << qint64(16) << 1 << -6.3;
    QTest::newRow("no overflow with large numbers")
        << std::numeric_limits<qint64>::max() << std::numeric_limits<qint64>::max() << 3 << 100.0;
    QTest::newRow("decimals clamped to 6") << qint64(1) << qint64(3) << 12 << 33.333333;
}

void TestTurnout::roundedPercent()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(int, decimals);
    QFETCH(double, expected);

    // Exact: the result is the double nearest to the decimal, as a literal is.
    QCOMPARE(Turnout::roundedPercent(numerator, denominator, decimals), expected);
}

void TestTurnout::percent()
{
    QCOMPARE(Turnout::percent(750, 1000), std::optional<double>(75.0));
    QCOMPARE(Turnout::percent(0, 1000), std::optional<double>(0.0));
    QVERIFY(!Turnout::percent(10, 0).has_value());
    QVERIFY(!Turnout::percent(10, -1).has_value());
    QVERIFY(qFuzzyCompare(*Turnout::percent(1, 3), 100.0 / 3.0));
}

void TestTurnout::ballotsForTurnout_data()
{
    QTest::addColumn<qint64>("voters");
    QTest::addColumn<double>("percent");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("75.5 % of 100,111") << qint64(100111) << 75.5 << qint64(75584);  // 75583.805
    QTest::newRow("90.9 % of 129,757") << qint64(129757) << 90.9 << qint64(117949); // 117949.1
    QTest::newRow("half up: 50 % of 3") << qint64(3) << 50.0 << qint64(2);
    QTest::newRow("0 %") << qint64(1000) << 0.0 << qint64(0);
    QTest::newRow("100 %") << qint64(1000) << 100.0 << qint64(1000);
    QTest::newRow("clamped above 100 %") << qint64(1000) << 150.0 << qint64(1000);
    QTest::newRow("clamped below 0 %") << qint64(1000) << -5.0 << qint64(0);
    QTest::newRow("no voters") << qint64(0) << 50.0 << qint64(0);
}

void TestTurnout::ballotsForTurnout()
{
    QFETCH(qint64, voters);
    QFETCH(double, percent);
    QFETCH(qint64, expected);

    const qint64 ballots = Turnout::ballotsForTurnout(voters, percent);
    QCOMPARE(ballots, expected);
    // With enough voters the ballots give back the published one-decimal turnout.
    if (voters >= 1000 && percent >= 0.0 && percent <= 100.0)
        QCOMPARE(Turnout::roundedPercent(ballots, voters, 1), std::round(percent * 10.0) / 10.0);
}

QTEST_APPLESS_MAIN(TestTurnout)
#include "tst_turnout.moc"
