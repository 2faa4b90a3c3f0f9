#include "ProtocolRules.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace bd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(bd::ProtocolFigures)
Q_DECLARE_METATYPE(bd::ProtocolContext)

namespace {

using F = ProtocolField;

ProtocolFigures figures(qint64 a, qint64 b, qint64 c, qint64 c2, qint64 d, qint64 e, qint64 e2,
                        qint64 f, const QList<std::pair<qint64, qint64>> &votes)
{
    ProtocolFigures p;
    p.votersOnList = CountValue::of(a);
    p.ballotsReceived = CountValue::of(b);
    p.ballotsIssuedStation = CountValue::of(c);
    p.ballotsIssuedOutside = CountValue::of(c2);
    p.ballotsCancelled = CountValue::of(d);
    p.ballotsInStationBoxes = CountValue::of(e);
    p.ballotsInMobileBoxes = CountValue::of(e2);
    p.invalidBallots = CountValue::of(f);
    for (const auto &[id, count] : votes)
        p.votes << CandidateVotes{id, CountValue::of(count)};
    return p;
}

// A = 1000, issued 750 (75 %), found 740 (10 missing: below 15 and below 2 % = 15),
// F = 10 (1.4 % < 3 %), G = 400 + 330, F + ΣG = 740.
ProtocolFigures clean()
{
    return figures(1000, 1000, 700, 50, 250, 690, 50, 10, {{1, 400}, {2, 330}});
}

ProtocolContext context(std::optional<qint64> registered = 1000,
                        std::optional<qint64> lastHourly = 750)
{
    ProtocolContext c;
    c.registeredCandidateIds = {1, 2};
    c.stationRegisteredVoters = registered;
    c.lastHourlyReport = lastHourly;
    return c;
}

ProtocolFigures with(ProtocolFigures p, ProtocolField field, const QString &text)
{
    p.field(field) = CountValue::parse(text);
    return p;
}

ProtocolFigures withVotes(ProtocolFigures p, const QList<std::pair<qint64, qint64>> &votes)
{
    p.votes.clear();
    for (const auto &[id, count] : votes)
        p.votes << CandidateVotes{id, CountValue::of(count)};
    return p;
}

QStringList codesOf(const QList<Finding> &findings)
{
    QStringList codes;
    for (const Finding &f : findings)
        codes << f.code;
    return codes;
}

QStringList lettersOf(const QList<ProtocolField> &fields)
{
    QStringList letters;
    for (const ProtocolField field : fields)
        letters << ProtocolFields::letter(field);
    return letters;
}

QStringList codes(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *code : list)
        result << QLatin1String(code);
    return result;
}

} // namespace

class TestProtocolRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void findingDetails_data();
    void findingDetails();
    void messagesNameTheNumbers();
    void messagesUseTheLocale();
    void compare_data();
    void compare();
    void compareMessageListsValues();
    void hasErrors();
    void describe();
};

void TestProtocolRules::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestProtocolRules::check_data()
{
    QTest::addColumn<ProtocolFigures>("figures");
    QTest::addColumn<ProtocolContext>("ctx");
    QTest::addColumn<QStringList>("expected");

    const ProtocolFigures base = clean();
    const ProtocolContext ctx = context();

    QTest::newRow("clean protocol") << base << ctx << QStringList();
    QTest::newRow("clean, no optional context")
        << base << context(std::nullopt, std::nullopt) << QStringList();

    // P.F.101: B ≠ C + C2 + D
    QTest::newRow("P.F.101 B one above")
        << with(base, F::BallotsReceived, QStringLiteral("1001")) << ctx << codes({"P.F.101"});
    QTest::newRow("P.F.101 B one below")
        << with(base, F::BallotsReceived, QStringLiteral("999")) << ctx << codes({"P.F.101"});
    QTest::newRow("P.F.101 boundary B = C + C2 + D, D = 0")
        << figures(1000, 750, 700, 50, 0, 690, 50, 10, {{1, 400}, {2, 330}}) << ctx
        << QStringList();

    // P.F.102: C + C2 > A (turnout warning moved out of the way)
    {
        ProtocolContext noTurnout = context(std::nullopt);
        noTurnout.thresholds.turnoutHighPercent = 101.0;
        QTest::newRow("P.F.102 issued one above A")
            << with(base, F::VotersOnList, QStringLiteral("749")) << noTurnout
            << codes({"P.F.102"});
        QTest::newRow("P.F.102 boundary issued = A")
            << with(base, F::VotersOnList, QStringLiteral("750")) << noTurnout << QStringList();
        QTest::newRow("P.F.102 with the default thresholds also P.W.203")
            << with(base, F::VotersOnList, QStringLiteral("749")) << context(std::nullopt)
            << codes({"P.F.102", "P.W.203"});
    }

    // P.F.103: E + E2 > C + C2; no P.W.202 for a negative difference
    QTest::newRow("P.F.103 found one above issued")
        << figures(1000, 1000, 700, 50, 250, 701, 50, 10, {{1, 411}, {2, 330}}) << ctx
        << codes({"P.F.103"});
    QTest::newRow("P.F.103 boundary found = issued")
        << figures(1000, 1000, 700, 50, 250, 700, 50, 10, {{1, 410}, {2, 330}}) << ctx
        << QStringList();

    // P.F.104: E2 > C2
    QTest::newRow("P.F.104 E2 one above C2")
        << figures(1000, 1000, 690, 60, 250, 679, 61, 10, {{1, 400}, {2, 330}}) << ctx
        << codes({"P.F.104"});
    QTest::newRow("P.F.104 boundary E2 = C2")
        << figures(1000, 1000, 690, 60, 250, 680, 60, 10, {{1, 400}, {2, 330}}) << ctx
        << QStringList();

    // P.F.201: F + ΣG + H ≠ E + E2
    QTest::newRow("P.F.201 one vote too many")
        << withVotes(base, {{1, 401}, {2, 330}}) << ctx << codes({"P.F.201"});
    QTest::newRow("P.F.201 one vote too few")
        << withVotes(base, {{1, 399}, {2, 330}}) << ctx << codes({"P.F.201"});
    {
        ProtocolContext againstAll = ctx;
        againstAll.againstAllEnabled = true;
        ProtocolFigures balanced = withVotes(base, {{1, 395}, {2, 330}});
        balanced.againstAll = CountValue::of(5);
        QTest::newRow("P.F.201 boundary H counted") << balanced << againstAll << QStringList();
        ProtocolFigures unbalanced = base;
        unbalanced.againstAll = CountValue::of(5);
        QTest::newRow("P.F.201 H makes it unbalanced")
            << unbalanced << againstAll << codes({"P.F.201"});
        QTest::newRow("P.F.202 H not entered where enabled")
            << base << againstAll << codes({"P.F.202"});
    }

    // P.F.202: empty, negative, not whole, above the maximum; dependent rules are skipped
    QTest::newRow("P.F.202 A empty")
        << with(base, F::VotersOnList, QString()) << ctx << codes({"P.F.202"});
    QTest::newRow("P.F.202 C negative")
        << with(base, F::BallotsIssuedStation, QStringLiteral("-5")) << ctx << codes({"P.F.202"});
    QTest::newRow("P.F.202 E2 not whole")
        << with(base, F::BallotsInMobileBoxes, QStringLiteral("1.5")) << ctx << codes({"P.F.202"});
    QTest::newRow("P.F.202 F text")
        << with(base, F::InvalidBallots, QStringLiteral("ten")) << ctx << codes({"P.F.202"});
    QTest::newRow("P.F.202 A above maximum")
        << with(base, F::VotersOnList, QStringLiteral("1000000000")) << ctx << codes({"P.F.202"});
    {
        ProtocolFigures emptyVotes = base;
        emptyVotes.votes[1].votes = CountValue::empty();
        QTest::newRow("P.F.202 candidate votes empty") << emptyVotes << ctx << codes({"P.F.202"});
        ProtocolContext noLow = context(std::nullopt);
        noLow.thresholds.turnoutLowPercent = 0.0;
        QTest::newRow("P.F.202 boundary A = 999,999,999")
            << with(base, F::VotersOnList, QStringLiteral("999999999")) << noLow << QStringList();
        QTest::newRow("P.F.202 boundary 0 is a value")
            << figures(1000, 750, 700, 50, 0, 690, 50, 10, {{1, 400}, {2, 330}}) << ctx
            << QStringList();
    }

    // P.F.203: unregistered, missing, duplicate candidates; H without "against all"
    QTest::newRow("P.F.203 unregistered candidate")
        << withVotes(base, {{1, 400}, {2, 330}, {3, 0}}) << ctx << codes({"P.F.203"});
    QTest::newRow("P.F.203 registered candidate missing")
        << withVotes(base, {{1, 730}}) << ctx << codes({"P.F.203"});
    QTest::newRow("P.F.203 duplicate entry")
        << withVotes(base, {{1, 200}, {1, 200}, {2, 330}}) << ctx << codes({"P.F.203"});
    QTest::newRow("P.F.203 unregistered and missing")
        << withVotes(base, {{1, 400}, {3, 330}}) << ctx << codes({"P.F.203", "P.F.203"});
    QTest::newRow("P.F.203 H = 0 without against all")
        << with(base, F::AgainstAll, QStringLiteral("0")) << ctx << codes({"P.F.203"});
    QTest::newRow("P.F.203 H text without against all, no P.F.202")
        << with(base, F::AgainstAll, QStringLiteral("abc")) << ctx << codes({"P.F.203"});
    QTest::newRow("P.F.203 boundary votes in another order")
        << withVotes(base, {{2, 330}, {1, 400}}) << ctx << QStringList();
    QTest::newRow("P.F.203 boundary H blank without against all")
        << with(base, F::AgainstAll, QStringLiteral("  ")) << ctx << QStringList();

    // P.F.204
    {
        ProtocolContext outside = ctx;
        outside.stationInContestTerritory = false;
        QTest::newRow("P.F.204 station outside the territory")
            << base << outside << codes({"P.F.204"});
    }

    // P.W.201: F ≥ ⌈3 % × (E + E2)⌉; 3 % of 740 = 22.2, so 23 warns and 22 does not
    QTest::newRow("P.W.201 F = 23 of 740")
        << withVotes(with(base, F::InvalidBallots, QStringLiteral("23")), {{1, 387}, {2, 330}})
        << ctx << codes({"P.W.201"});
    QTest::newRow("P.W.201 boundary F = 22 of 740")
        << withVotes(with(base, F::InvalidBallots, QStringLiteral("22")), {{1, 388}, {2, 330}})
        << ctx << QStringList();
    {
        const ProtocolContext thousand = context(2000, 1000);
        QTest::newRow("P.W.201 F = exactly 3 % of 1000")
            << figures(2000, 2000, 950, 50, 1000, 950, 50, 30, {{1, 500}, {2, 470}}) << thousand
            << codes({"P.W.201"});
        QTest::newRow("P.W.201 boundary F = 29 of 1000")
            << figures(2000, 2000, 950, 50, 1000, 950, 50, 29, {{1, 500}, {2, 471}}) << thousand
            << QStringList();
        ProtocolContext fivePercent = ctx;
        fivePercent.thresholds.invalidPercent = 5.0;
        QTest::newRow("P.W.201 configured 5 %: F = 37 of 740")
            << withVotes(with(base, F::InvalidBallots, QStringLiteral("37")), {{1, 373}, {2, 330}})
            << fivePercent << codes({"P.W.201"});
        QTest::newRow("P.W.201 configured 5 %: boundary F = 36 of 740")
            << withVotes(with(base, F::InvalidBallots, QStringLiteral("36")), {{1, 374}, {2, 330}})
            << fivePercent << QStringList();
    }

    // P.W.202: missing ≥ 15 or ≥ 2 % of issued, missing > 0
    {
        const ProtocolContext big = context(2500, 2000);
        QTest::newRow("P.W.202 15 missing of 2000")
            << figures(2500, 2500, 1900, 100, 500, 1885, 100, 20, {{1, 1000}, {2, 965}}) << big
            << codes({"P.W.202"});
        QTest::newRow("P.W.202 boundary 14 missing of 2000")
            << figures(2500, 2500, 1900, 100, 500, 1886, 100, 20, {{1, 1000}, {2, 966}}) << big
            << QStringList();
        const ProtocolContext small = context(1000, 500);
        QTest::newRow("P.W.202 10 missing of 500 = 2 %")
            << figures(1000, 1000, 480, 20, 500, 470, 20, 5, {{1, 300}, {2, 185}}) << small
            << codes({"P.W.202"});
        QTest::newRow("P.W.202 boundary 9 missing of 500")
            << figures(1000, 1000, 480, 20, 500, 471, 20, 5, {{1, 300}, {2, 186}}) << small
            << QStringList();
    }

    // P.W.203: turnout ≥ 98 % or ≤ 10 %
    QTest::newRow("P.W.203 turnout 98 %")
        << figures(1000, 1000, 930, 50, 20, 920, 50, 10, {{1, 600}, {2, 360}}) << context(1000, 980)
        << codes({"P.W.203"});
    QTest::newRow("P.W.203 boundary turnout 97.9 %")
        << figures(1000, 1000, 929, 50, 21, 919, 50, 10, {{1, 600}, {2, 359}}) << context(1000, 979)
        << QStringList();
    QTest::newRow("P.W.203 turnout 10 %")
        << figures(1000, 1000, 95, 5, 900, 95, 5, 0, {{1, 60}, {2, 40}}) << context(1000, 100)
        << codes({"P.W.203"});
    QTest::newRow("P.W.203 boundary turnout 10.1 %")
        << figures(1000, 1000, 96, 5, 899, 96, 5, 0, {{1, 61}, {2, 40}}) << context(1000, 101)
        << QStringList();

    // P.W.204: E + E2 = 0 (turnout 0 % also warns)
    QTest::newRow("P.W.204 nobody voted")
        << figures(1000, 1000, 0, 0, 1000, 0, 0, 0, {{1, 0}, {2, 0}}) << context(1000, 0)
        << codes({"P.W.203", "P.W.204"});
    QTest::newRow("P.W.204 boundary one ballot found")
        << figures(1000, 1000, 1, 0, 999, 1, 0, 0, {{1, 1}, {2, 0}}) << context(1000, 1)
        << codes({"P.W.203"});

    // P.W.205: A = 0 (no turnout warning without voters)
    QTest::newRow("P.W.205 no voters") << figures(0, 0, 0, 0, 0, 0, 0, 0, {{1, 0}, {2, 0}})
                                       << context(std::nullopt, 0) << codes({"P.W.204", "P.W.205"});
    QTest::newRow("P.W.205 boundary one voter")
        << figures(1, 0, 0, 0, 0, 0, 0, 0, {{1, 0}, {2, 0}}) << context(std::nullopt, 0)
        << codes({"P.W.203", "P.W.204"});

    // P.W.206: |A − registered| > 5 % of registered (1000: more than 50)
    QTest::newRow("P.W.206 A 51 above")
        << with(base, F::VotersOnList, QStringLiteral("1051")) << ctx << codes({"P.W.206"});
    QTest::newRow("P.W.206 boundary A 50 above")
        << with(base, F::VotersOnList, QStringLiteral("1050")) << ctx << QStringList();
    QTest::newRow("P.W.206 A 51 below")
        << with(base, F::VotersOnList, QStringLiteral("949")) << ctx << codes({"P.W.206"});
    QTest::newRow("P.W.206 boundary A 50 below")
        << with(base, F::VotersOnList, QStringLiteral("950")) << ctx << QStringList();
    QTest::newRow("P.W.206 registered 0, A > 0") << base << context(0, 750) << codes({"P.W.206"});
    QTest::newRow("P.W.206 boundary no registered voters on record")
        << with(base, F::VotersOnList, QStringLiteral("5000")) << context(std::nullopt, 750)
        << QStringList();

    // P.W.207: |report − (C + C2)| > 2 % of C + C2 (750: more than 15)
    QTest::newRow("P.W.207 report 16 above") << base << context(1000, 766) << codes({"P.W.207"});
    QTest::newRow("P.W.207 boundary report 15 above")
        << base << context(1000, 765) << QStringList();
    QTest::newRow("P.W.207 report 16 below") << base << context(1000, 734) << codes({"P.W.207"});
    QTest::newRow("P.W.207 boundary report 15 below")
        << base << context(1000, 735) << QStringList();

    // Order: errors by code, then warnings by code
    {
        ProtocolContext many = context(1000, 800);
        many.stationInContestTerritory = false;
        QTest::newRow("several findings in code order")
            << withVotes(with(base, F::BallotsReceived, QStringLiteral("1001")),
                         {{1, 401}, {2, 330}})
            << many << codes({"P.F.101", "P.F.201", "P.F.204", "P.W.207"});
    }
}

void TestProtocolRules::check()
{
    QFETCH(ProtocolFigures, figures);
    QFETCH(ProtocolContext, ctx);
    QFETCH(QStringList, expected);

    const QList<Finding> findings = ProtocolRules::check(figures, ctx);
    QCOMPARE(codesOf(findings), expected);
    QCOMPARE(ProtocolRules::hasErrors(findings),
             !expected.filter(QRegularExpression(QStringLiteral("^P\\.F\\."))).isEmpty());
    for (const Finding &f : findings) {
        QCOMPARE(f.severity, f.code.startsWith(u"P.F.") ? Severity::Error : Severity::Warning);
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.code));
        QVERIFY2(!f.advice.isEmpty(), qPrintable(f.code));
        QVERIFY2(ProtocolRules::codes().contains(f.code), qPrintable(f.code));
    }
}

void TestProtocolRules::findingDetails_data()
{
    QTest::addColumn<ProtocolFigures>("figures");
    QTest::addColumn<ProtocolContext>("ctx");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QList<qint64>>("candidateIds");

    const ProtocolFigures base = clean();
    const ProtocolContext ctx = context();

    QTest::newRow("P.F.101") << with(base, F::BallotsReceived, QStringLiteral("1")) << ctx << 0
                             << QStringLiteral("P.F.101")
                             << QStringList{u"B"_s, u"C"_s, u"C2"_s, u"D"_s} << QList<qint64>();
    {
        ProtocolFigures p = with(base, F::VotersOnList, QString());
        p.ballotsIssuedStation = CountValue::parse(u"-5");
        p.votes[1].votes = CountValue::parse(u"1,000");
        QTest::newRow("P.F.202 names every wrong field")
            << p << ctx << 0 << QStringLiteral("P.F.202") << QStringList{u"A"_s, u"C"_s}
            << QList<qint64>{2};
        ProtocolContext againstAll = ctx;
        againstAll.againstAllEnabled = true;
        QTest::newRow("P.F.202 names H") << base << againstAll << 0 << QStringLiteral("P.F.202")
                                         << QStringList{u"H"_s} << QList<qint64>();
    }
    QTest::newRow("P.F.203 unregistered")
        << withVotes(base, {{1, 400}, {2, 330}, {7, 0}, {9, 0}}) << ctx << 0
        << QStringLiteral("P.F.203") << QStringList() << QList<qint64>{7, 9};
    QTest::newRow("P.F.203 missing")
        << withVotes(base, {{1, 730}}) << ctx << 0 << QStringLiteral("P.F.203") << QStringList()
        << QList<qint64>{2};
    QTest::newRow("P.F.203 duplicate")
        << withVotes(base, {{1, 200}, {2, 330}, {1, 200}}) << ctx << 0 << QStringLiteral("P.F.203")
        << QStringList() << QList<qint64>{1};
    QTest::newRow("P.F.203 missing after unregistered")
        << withVotes(base, {{1, 400}, {3, 330}}) << ctx << 1 << QStringLiteral("P.F.203")
        << QStringList() << QList<qint64>{2};
    QTest::newRow("P.F.203 against all")
        << with(base, F::AgainstAll, QStringLiteral("3")) << ctx << 0 << QStringLiteral("P.F.203")
        << QStringList{u"H"_s} << QList<qint64>();
    QTest::newRow("P.F.201") << withVotes(base, {{1, 401}, {2, 330}}) << ctx << 0
                             << QStringLiteral("P.F.201") << QStringList{u"E"_s, u"E2"_s, u"F"_s}
                             << QList<qint64>{1, 2};
    QTest::newRow("P.W.206") << with(base, F::VotersOnList, QStringLiteral("2000")) << ctx << 0
                             << QStringLiteral("P.W.206") << QStringList{u"A"_s} << QList<qint64>();
    QTest::newRow("P.W.207") << base << context(1000, 0) << 0 << QStringLiteral("P.W.207")
                             << QStringList{u"C"_s, u"C2"_s} << QList<qint64>();
}

void TestProtocolRules::findingDetails()
{
    QFETCH(ProtocolFigures, figures);
    QFETCH(ProtocolContext, ctx);
    QFETCH(int, index);
    QFETCH(QString, code);
    QFETCH(QStringList, fields);
    QFETCH(QList<qint64>, candidateIds);

    const QList<Finding> findings = ProtocolRules::check(figures, ctx);
    QVERIFY(index < findings.size());
    const Finding &f = findings.at(index);
    QCOMPARE(f.code, code);
    QCOMPARE(lettersOf(f.fields), fields);
    QCOMPARE(f.candidateIds, candidateIds);
}

void TestProtocolRules::messagesNameTheNumbers()
{
    const QLocale locale;
    const QList<Finding> b =
        ProtocolRules::check(with(clean(), F::BallotsReceived, QStringLiteral("1234")), context());
    QCOMPARE(b.size(), 1);
    QVERIFY2(b.first().message.contains(locale.toString(1234)), qPrintable(b.first().message));
    QVERIFY2(b.first().message.contains(locale.toString(1000)), qPrintable(b.first().message));
    QVERIFY2(b.first().message.contains(locale.toString(234)), qPrintable(b.first().message));

    ProtocolFigures wrong = with(clean(), F::VotersOnList, QString());
    wrong.invalidBallots = CountValue::parse(u"-3");
    const QList<Finding> entered = ProtocolRules::check(wrong, context());
    QCOMPARE(codesOf(entered), codes({"P.F.202"}));
    const QString message = entered.first().message;
    QVERIFY2(message.contains(ProtocolFields::name(F::VotersOnList)), qPrintable(message));
    QVERIFY2(message.contains(ProtocolFields::name(F::InvalidBallots)), qPrintable(message));
    QVERIFY2(message.contains(u"not entered"), qPrintable(message));
    QVERIFY2(message.contains(u"negative"), qPrintable(message));

    const QList<Finding> turnout = ProtocolRules::check(
        figures(1000, 1000, 930, 50, 20, 920, 50, 10, {{1, 600}, {2, 360}}), context(1000, 980));
    QCOMPARE(codesOf(turnout), codes({"P.W.203"}));
    QVERIFY2(turnout.first().message.contains(locale.toString(98.0, 'f', 1)),
             qPrintable(turnout.first().message));
}

void TestProtocolRules::messagesUseTheLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QList<Finding> findings =
        ProtocolRules::check(with(clean(), F::VotersOnList, QStringLiteral("1234567")), context());
    QLocale::setDefault(saved);
    // A far above the list on record, and turnout far below 10 %.
    QCOMPARE(codesOf(findings), codes({"P.W.203", "P.W.206"}));
    for (const Finding &f : findings)
        QVERIFY2(f.message.contains(u"1,234,567"), qPrintable(f.message));
}

void TestProtocolRules::compare_data()
{
    QTest::addColumn<ProtocolFigures>("first");
    QTest::addColumn<ProtocolFigures>("second");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QList<qint64>>("candidateIds");

    const ProtocolFigures base = clean();
    QTest::newRow("identical") << base << base << QStringList() << QList<qint64>();
    QTest::newRow("votes in another order")
        << base << withVotes(base, {{2, 330}, {1, 400}}) << QStringList() << QList<qint64>();
    QTest::newRow("same number typed differently")
        << with(base, F::BallotsCancelled, QStringLiteral(" 250 "))
        << with(base, F::BallotsCancelled, QStringLiteral("0250")) << QStringList()
        << QList<qint64>();
    QTest::newRow("same invalid text")
        << with(base, F::InvalidBallots, QStringLiteral("1 0"))
        << with(base, F::InvalidBallots, QStringLiteral("1 0")) << QStringList() << QList<qint64>();
    QTest::newRow("B and candidate 2 differ")
        << base
        << withVotes(with(base, F::BallotsReceived, QStringLiteral("1010")), {{1, 400}, {2, 331}})
        << QStringList{u"B"_s} << QList<qint64>{2};
    QTest::newRow("empty differs from 0") << with(base, F::BallotsCancelled, QString())
                                          << with(base, F::BallotsCancelled, QStringLiteral("0"))
                                          << QStringList{u"D"_s} << QList<qint64>();
    QTest::newRow("different invalid texts") << with(base, F::InvalidBallots, QStringLiteral("1 0"))
                                             << with(base, F::InvalidBallots, QStringLiteral("1,0"))
                                             << QStringList{u"F"_s} << QList<qint64>();
    QTest::newRow("candidate only in the second")
        << base << withVotes(base, {{1, 400}, {2, 330}, {3, 0}}) << QStringList()
        << QList<qint64>{3};
    QTest::newRow("candidate only in the first")
        << base << withVotes(base, {{2, 330}}) << QStringList() << QList<qint64>{1};
    QTest::newRow("duplicate in one entry")
        << base << withVotes(base, {{1, 400}, {2, 330}, {2, 330}}) << QStringList()
        << QList<qint64>{2};
    QTest::newRow("A, F and H in form order")
        << base
        << with(with(with(base, F::AgainstAll, QStringLiteral("4")), F::InvalidBallots,
                     QStringLiteral("11")),
                F::VotersOnList, QStringLiteral("1001"))
        << QStringList{u"A"_s, u"F"_s, u"H"_s} << QList<qint64>();
    ProtocolFigures every = figures(1, 2, 3, 4, 5, 6, 7, 8, {{1, 9}, {2, 10}});
    every.againstAll = CountValue::of(11);
    QTest::newRow("every field differs")
        << base << every
        << QStringList{u"A"_s, u"B"_s, u"C"_s, u"C2"_s, u"D"_s, u"E"_s, u"E2"_s, u"F"_s, u"H"_s}
        << QList<qint64>{1, 2};
}

void TestProtocolRules::compare()
{
    QFETCH(ProtocolFigures, first);
    QFETCH(ProtocolFigures, second);
    QFETCH(QStringList, fields);
    QFETCH(QList<qint64>, candidateIds);

    const QList<Finding> findings = ProtocolRules::compare(first, second);
    const bool differ = !fields.isEmpty() || !candidateIds.isEmpty();
    QCOMPARE(first == second, !differ);
    if (!differ) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.code, QStringLiteral("P.W.001"));
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(lettersOf(f.fields), fields);
    QCOMPARE(f.candidateIds, candidateIds);
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.advice.isEmpty());
    for (const ProtocolField field : f.fields)
        QVERIFY2(f.message.contains(ProtocolFields::name(field)), qPrintable(f.message));
    // Symmetric: swapping the entries names the same differences.
    const QList<Finding> swapped = ProtocolRules::compare(second, first);
    QCOMPARE(swapped.size(), 1);
    QCOMPARE(lettersOf(swapped.first().fields), fields);
}

void TestProtocolRules::compareMessageListsValues()
{
    const ProtocolFigures first = clean();
    const ProtocolFigures second =
        withVotes(with(first, F::BallotsReceived, QStringLiteral("1010")), {{1, 400}, {2, 331}});
    const QList<Finding> findings = ProtocolRules::compare(first, second);
    QCOMPARE(findings.size(), 1);
    const QString message = findings.first().message;
    const QLocale locale;
    for (const qint64 n : {1000, 1010, 330, 331})
        QVERIFY2(message.contains(locale.toString(n)), qPrintable(message));
    QVERIFY2(message.contains(u"candidate 2"), qPrintable(message));
}

void TestProtocolRules::hasErrors()
{
    QVERIFY(!ProtocolRules::hasErrors({}));
    Finding warning;
    warning.code = QStringLiteral("P.W.201");
    warning.severity = Severity::Warning;
    Finding error;
    error.code = QStringLiteral("P.F.101");
    error.severity = Severity::Error;
    QVERIFY(!ProtocolRules::hasErrors({warning, warning}));
    QVERIFY(ProtocolRules::hasErrors({warning, error}));
    QVERIFY(ProtocolRules::hasErrors({error}));
}

void TestProtocolRules::describe()
{
    const QStringList all = ProtocolRules::codes();
    QCOMPARE(all.size(), 18);
    QVERIFY(all.contains(u"P.W.001"_s));
    QVERIFY(all.contains(u"T.F.302"_s));
    QStringList seen;
    for (const QString &code : all) {
        const QString text = ProtocolRules::describe(code);
        QVERIFY2(!text.isEmpty(), qPrintable(code));
        QVERIFY2(!seen.contains(text), qPrintable(code));
        seen << text;
    }
    QVERIFY(ProtocolRules::describe(QStringLiteral("P.F.999")).isEmpty());
    QVERIFY(ProtocolRules::describe(QString()).isEmpty());
}

QTEST_APPLESS_MAIN(TestProtocolRules)
#include "tst_protocolrules.moc"
