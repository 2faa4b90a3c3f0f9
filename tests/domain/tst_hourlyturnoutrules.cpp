#include "HourlyTurnoutRules.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace bd;

namespace {

QList<TurnoutReading> readings(const QList<std::pair<int, qint64>> &hoursAndCounts)
{
    QList<TurnoutReading> result;
    for (const auto &[hour, count] : hoursAndCounts)
        result << TurnoutReading{QTime(hour, 0), count};
    return result;
}

QStringList summary(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &f : findings)
        result << f.code + u' ' + f.hour.toString(u"HH:mm");
    return result;
}

} // namespace

class TestHourlyTurnoutRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void messagesNameHourAndNumbers();
};

void TestHourlyTurnoutRules::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestHourlyTurnoutRules::check_data()
{
    QTest::addColumn<QList<TurnoutReading>>("input");
    QTest::addColumn<std::optional<qint64>>("votersOnList");
    QTest::addColumn<QStringList>("expected");

    const std::optional<qint64> list = 1000;
    QTest::newRow("rising, clean")
        << readings({{10, 100}, {12, 300}, {14, 500}, {16, 700}, {18, 800}, {20, 900}}) << list
        << QStringList();
    QTest::newRow("no reports") << QList<TurnoutReading>() << list << QStringList();
    QTest::newRow("boundary: equal to the earlier report")
        << readings({{10, 100}, {12, 100}, {14, 100}}) << list << QStringList();
    QTest::newRow("T.F.301 one lower") << readings({{10, 100}, {12, 300}, {14, 299}}) << list
                                       << QStringList{QStringLiteral("T.F.301 14:00")};
    QTest::newRow("T.F.301 lower than any earlier, not just the previous")
        << readings({{10, 500}, {12, 200}, {14, 400}, {16, 600}}) << list
        << QStringList{QStringLiteral("T.F.301 12:00"), QStringLiteral("T.F.301 14:00")};
    QTest::newRow("T.F.301 out-of-order input is sorted by hour")
        << readings({{14, 299}, {10, 100}, {12, 300}}) << list
        << QStringList{QStringLiteral("T.F.301 14:00")};
    QTest::newRow("boundary: equal to the voters on the list")
        << readings({{10, 100}, {20, 1000}}) << list << QStringList();
    QTest::newRow("T.F.302 one above the list") << readings({{10, 100}, {20, 1001}}) << list
                                                << QStringList{QStringLiteral("T.F.302 20:00")};
    QTest::newRow("T.F.302 not checked without a list")
        << readings({{10, 100}, {20, 5000}}) << std::optional<qint64>() << QStringList();
    QTest::newRow("both, T.F.301 first")
        << readings({{10, 1200}, {12, 1100}, {14, 900}}) << list
        << QStringList{QStringLiteral("T.F.301 12:00"), QStringLiteral("T.F.301 14:00"),
                       QStringLiteral("T.F.302 10:00"), QStringLiteral("T.F.302 12:00")};
}

void TestHourlyTurnoutRules::check()
{
    QFETCH(QList<TurnoutReading>, input);
    QFETCH(std::optional<qint64>, votersOnList);
    QFETCH(QStringList, expected);

    const QList<Finding> findings = HourlyTurnoutRules::check(input, votersOnList);
    QCOMPARE(summary(findings), expected);
    for (const Finding &f : findings) {
        QCOMPARE(f.severity, Severity::Error);
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!f.advice.isEmpty());
    }
}

void TestHourlyTurnoutRules::messagesNameHourAndNumbers()
{
    const QLocale locale;
    const QList<Finding> lower =
        HourlyTurnoutRules::check(readings({{10, 150}, {12, 120}}), std::nullopt);
    QCOMPARE(lower.size(), 1);
    const QString message = lower.first().message;
    QVERIFY2(message.contains(QStringLiteral("12:00")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("10:00")), qPrintable(message));
    QVERIFY2(message.contains(locale.toString(120)), qPrintable(message));
    QVERIFY2(message.contains(locale.toString(150)), qPrintable(message));

    const QList<Finding> above = HourlyTurnoutRules::check(readings({{20, 1234}}), 1200);
    QCOMPARE(above.size(), 1);
    QVERIFY2(above.first().message.contains(locale.toString(1234)),
             qPrintable(above.first().message));
    QVERIFY2(above.first().message.contains(locale.toString(1200)),
             qPrintable(above.first().message));
}

QTEST_APPLESS_MAIN(TestHourlyTurnoutRules)
#include "tst_hourlyturnoutrules.moc"
