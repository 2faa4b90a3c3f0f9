#include "CountValue.h"

#include <QRegularExpression>
#include <QTest>

#include <limits>

using namespace bd;

Q_DECLARE_METATYPE(bd::CountValue::Problem)

class TestCountValue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void of_data();
    void of();
    void emptyIsNotZero();
    void equality_data();
    void equality();
    void display();
};

void TestCountValue::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestCountValue::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CountValue::Problem>("problem");
    QTest::addColumn<qint64>("number");

    using P = CountValue::Problem;
    QTest::newRow("zero") << QStringLiteral("0") << P::None << qint64(0);
    QTest::newRow("plain") << QStringLiteral("1234") << P::None << qint64(1234);
    QTest::newRow("maximum") << QStringLiteral("999999999") << P::None << qint64(999'999'999);
    QTest::newRow("leading zeros") << QStringLiteral("007") << P::None << qint64(7);
    QTest::newRow("many leading zeros")
        << QStringLiteral("0000000000000012") << P::None << qint64(12);
    QTest::newRow("surrounding white space") << QStringLiteral(" \t42 \n") << P::None << qint64(42);
    QTest::newRow("empty") << QString() << P::Empty << qint64(-1);
    QTest::newRow("white space only") << QStringLiteral("   ") << P::Empty << qint64(-1);
    QTest::newRow("above maximum") << QStringLiteral("1000000000") << P::AboveMaximum << qint64(-1);
    QTest::newRow("18 digits") << QStringLiteral("999999999999999999") << P::AboveMaximum
                               << qint64(-1);
    QTest::newRow("above maximum after leading zeros")
        << QStringLiteral("0001000000000") << P::AboveMaximum << qint64(-1);
    QTest::newRow("far above maximum")
        << QStringLiteral("99999999999999999999999999") << P::AboveMaximum << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-1") << P::Negative << qint64(-1);
    QTest::newRow("negative decimal") << QStringLiteral("-1.5") << P::Negative << qint64(-1);
    QTest::newRow("plus sign") << QStringLiteral("+5") << P::NotANumber << qint64(-1);
    QTest::newRow("decimal") << QStringLiteral("12.5") << P::NotWhole << qint64(-1);
    QTest::newRow("decimal zero") << QStringLiteral("12.0") << P::NotWhole << qint64(-1);
    QTest::newRow("comma separator") << QStringLiteral("1,000") << P::NotANumber << qint64(-1);
    QTest::newRow("space separator") << QStringLiteral("1 000") << P::NotANumber << qint64(-1);
    QTest::newRow("no-break space separator")
        << QStringLiteral("1\u00a0000") << P::NotANumber << qint64(-1);
    QTest::newRow("exponent") << QStringLiteral("1e9") << P::NotANumber << qint64(-1);
    QTest::newRow("text") << QStringLiteral("ten") << P::NotANumber << qint64(-1);
    QTest::newRow("hex") << QStringLiteral("0x10") << P::NotANumber << qint64(-1);
    QTest::newRow("Arabic-Indic digits")
        << QStringLiteral("\u0661\u0662") << P::NotANumber << qint64(-1);
    QTest::newRow("full-width digits")
        << QStringLiteral("\uff11\uff12") << P::NotANumber << qint64(-1);
    QTest::newRow("lone minus") << QStringLiteral("-") << P::NotANumber << qint64(-1);
    QTest::newRow("trailing point") << QStringLiteral("12.") << P::NotANumber << qint64(-1);
}

void TestCountValue::parse()
{
    QFETCH(QString, text);
    QFETCH(CountValue::Problem, problem);
    QFETCH(qint64, number);

    const CountValue value = CountValue::parse(text);
    QCOMPARE(value.problem(), problem);
    QCOMPARE(value.isValid(), problem == CountValue::Problem::None);
    QCOMPARE(value.isEmpty(), problem == CountValue::Problem::Empty);
    QCOMPARE(value.isInvalid(), !value.isValid() && !value.isEmpty());
    QCOMPARE(value.text(), text);
    if (value.isValid()) {
        QVERIFY(value.number().has_value());
        QCOMPARE(*value.number(), number);
        QVERIFY(value.problemText().isEmpty());
    } else {
        QVERIFY(!value.number().has_value());
        QVERIFY(!value.problemText().isEmpty());
    }
}

void TestCountValue::of_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<CountValue::Problem>("problem");

    using P = CountValue::Problem;
    QTest::newRow("0") << qint64(0) << P::None;
    QTest::newRow("maximum") << CountValue::kMaximum << P::None;
    QTest::newRow("maximum + 1") << CountValue::kMaximum + 1 << P::AboveMaximum;
    QTest::newRow("-1") << qint64(-1) << P::Negative;
    QTest::newRow("lowest") << std::numeric_limits<qint64>::min() << P::Negative;
    QTest::newRow("highest") << std::numeric_limits<qint64>::max() << P::AboveMaximum;
}

void TestCountValue::of()
{
    QFETCH(qint64, n);
    QFETCH(CountValue::Problem, problem);

    const CountValue value = CountValue::of(n);
    QCOMPARE(value.problem(), problem);
    QCOMPARE(value.text(), QString::number(n));
    QCOMPARE(value.number().has_value(), problem == CountValue::Problem::None);
    if (value.isValid())
        QCOMPARE(*value.number(), n);
    QVERIFY(!value.isEmpty());
}

void TestCountValue::emptyIsNotZero()
{
    QVERIFY(CountValue().isEmpty());
    QVERIFY(CountValue::empty().isEmpty());
    QVERIFY(!CountValue::empty().isValid());
    QVERIFY(!CountValue::empty().number().has_value());
    QVERIFY(CountValue::empty() != CountValue::of(0));
    QVERIFY(CountValue::empty() == CountValue::parse(u"  "));
    QCOMPARE(CountValue::kMaximum, qint64(999'999'999));
}

void TestCountValue::equality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same") << QStringLiteral("12") << QStringLiteral("12") << true;
    QTest::newRow("white space and zeros")
        << QStringLiteral(" 12") << QStringLiteral("012") << true;
    QTest::newRow("different numbers") << QStringLiteral("12") << QStringLiteral("13") << false;
    QTest::newRow("empty and zero") << QString() << QStringLiteral("0") << false;
    QTest::newRow("both empty") << QString() << QStringLiteral(" ") << true;
    QTest::newRow("same invalid") << QStringLiteral("1,0") << QStringLiteral(" 1,0 ") << true;
    QTest::newRow("different invalid") << QStringLiteral("1,0") << QStringLiteral("1.0") << false;
    QTest::newRow("invalid and valid") << QStringLiteral("10 ") << QStringLiteral("1 0") << false;
}

void TestCountValue::equality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);

    QCOMPARE(CountValue::parse(a) == CountValue::parse(b), equal);
    QCOMPARE(CountValue::parse(b) == CountValue::parse(a), equal);
    QCOMPARE(CountValue::parse(a) != CountValue::parse(b), !equal);
}

void TestCountValue::display()
{
    QCOMPARE(CountValue::of(1234).display(), QLocale().toString(1234));
    QVERIFY(!CountValue::empty().display().isEmpty());
    QVERIFY(CountValue::parse(u" 1,5 ").display().contains(u"1,5"));
    QCOMPARE(CountValue::of(-3), CountValue::parse(u"-3"));
}

QTEST_APPLESS_MAIN(TestCountValue)
#include "tst_countvalue.moc"
