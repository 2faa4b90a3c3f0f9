#include "ProtocolFigures.h"

#include <QRegularExpression>
#include <QTest>

using namespace bd;

class TestProtocolFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldAccess();
    void derived();
    void derivedNeedValidFields();
    void votesFor();
    void equality();
};

namespace {

ProtocolFigures sample()
{
    ProtocolFigures p;
    p.votersOnList = CountValue::of(1000);
    p.ballotsReceived = CountValue::of(1000);
    p.ballotsIssuedStation = CountValue::of(700);
    p.ballotsIssuedOutside = CountValue::of(50);
    p.ballotsCancelled = CountValue::of(250);
    p.ballotsInStationBoxes = CountValue::of(690);
    p.ballotsInMobileBoxes = CountValue::of(50);
    p.invalidBallots = CountValue::of(10);
    p.votes = {{1, CountValue::of(400)}, {2, CountValue::of(330)}};
    return p;
}

} // namespace

void TestProtocolFigures::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestProtocolFigures::fieldAccess()
{
    ProtocolFigures p;
    qint64 n = 1;
    for (const ProtocolField field : ProtocolFields::all())
        p.field(field) = CountValue::of(n++);
    QCOMPARE(p.votersOnList, CountValue::of(1));
    QCOMPARE(p.ballotsReceived, CountValue::of(2));
    QCOMPARE(p.ballotsIssuedStation, CountValue::of(3));
    QCOMPARE(p.ballotsIssuedOutside, CountValue::of(4));
    QCOMPARE(p.ballotsCancelled, CountValue::of(5));
    QCOMPARE(p.ballotsInStationBoxes, CountValue::of(6));
    QCOMPARE(p.ballotsInMobileBoxes, CountValue::of(7));
    QCOMPARE(p.invalidBallots, CountValue::of(8));
    QCOMPARE(p.againstAll, CountValue::of(9));
    const ProtocolFigures &constRef = p;
    QCOMPARE(constRef.field(ProtocolField::AgainstAll), CountValue::of(9));
    QVERIFY(&constRef.field(ProtocolField::InvalidBallots) == &p.invalidBallots);
}

void TestProtocolFigures::derived()
{
    ProtocolFigures p = sample();
    QCOMPARE(p.issued(), std::optional<qint64>(750));
    QCOMPARE(p.found(), std::optional<qint64>(740));
    QCOMPARE(p.candidateVotesTotal(), std::optional<qint64>(730));
    QCOMPARE(p.validVotes(false), std::optional<qint64>(730));
    QVERIFY(!p.validVotes(true).has_value()); // H not entered
    p.againstAll = CountValue::of(5);
    QCOMPARE(p.validVotes(true), std::optional<qint64>(735));
    QCOMPARE(p.validVotes(false), std::optional<qint64>(730));
    p.votes.clear();
    QCOMPARE(p.candidateVotesTotal(), std::optional<qint64>(0));
}

void TestProtocolFigures::derivedNeedValidFields()
{
    ProtocolFigures p = sample();
    p.ballotsIssuedOutside = CountValue::empty();
    p.ballotsInStationBoxes = CountValue::parse(u"-1");
    p.votes[0].votes = CountValue::parse(u"4.5");
    QVERIFY(!p.issued().has_value());
    QVERIFY(!p.found().has_value());
    QVERIFY(!p.candidateVotesTotal().has_value());
    QVERIFY(!p.validVotes(false).has_value());
}

void TestProtocolFigures::votesFor()
{
    const ProtocolFigures p = sample();
    QVERIFY(p.votesFor(2) != nullptr);
    QCOMPARE(*p.votesFor(2), CountValue::of(330));
    QVERIFY(p.votesFor(3) == nullptr);
}

void TestProtocolFigures::equality()
{
    const ProtocolFigures a = sample();
    ProtocolFigures b = sample();
    QVERIFY(a == b);
    std::swap(b.votes[0], b.votes[1]);
    QVERIFY(a == b); // order of the candidates' entries does not matter
    b.ballotsCancelled = CountValue::parse(u" 0250");
    QVERIFY(a == b); // same number
    b.ballotsCancelled = CountValue::of(251);
    QVERIFY(a != b);
    b = sample();
    b.votes[1].votes = CountValue::of(331);
    QVERIFY(a != b);
    b = sample();
    b.votes << CandidateVotes{3, CountValue::of(0)};
    QVERIFY(a != b);
    b = sample();
    b.againstAll = CountValue::of(0);
    QVERIFY(a != b); // empty is not 0
    QVERIFY(ProtocolFigures() == ProtocolFigures());
}

QTEST_APPLESS_MAIN(TestProtocolFigures)
#include "tst_protocolfigures.moc"
