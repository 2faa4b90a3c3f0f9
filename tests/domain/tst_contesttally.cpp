#include "ContestTally.h"

#include <QRegularExpression>
#include <QTest>

using namespace bd;

Q_DECLARE_METATYPE(bd::ContestOutcome::State)

namespace {

QList<CandidateTotal> totals(const QList<std::pair<qint64, qint64>> &idsAndVotes)
{
    QList<CandidateTotal> result;
    for (const auto &[id, votes] : idsAndVotes)
        result << CandidateTotal{id, votes};
    return result;
}

} // namespace

class TestContestTally : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decide_data();
    void decide();
    void describe();
};

void TestContestTally::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestContestTally::decide_data()
{
    QTest::addColumn<QList<CandidateTotal>>("input");
    QTest::addColumn<std::optional<qint64>>("againstAll");
    QTest::addColumn<int>("reported");
    QTest::addColumn<int>("total");
    QTest::addColumn<ContestOutcome::State>("state");
    QTest::addColumn<std::optional<qint64>>("winner");
    QTest::addColumn<QList<qint64>>("tied");
    QTest::addColumn<qint64>("winnerVotes");
    QTest::addColumn<qint64>("margin");

    using S = ContestOutcome::State;
    const std::optional<qint64> none;
    const std::optional<qint64> noWinner;

    QTest::newRow("relative majority")
        << totals({{1, 400}, {2, 330}, {3, 500}}) << none << 5 << 5 << S::Decided
        << std::optional<qint64>(3) << QList<qint64>() << qint64(500) << qint64(100);
    QTest::newRow("majority by one vote")
        << totals({{1, 331}, {2, 330}}) << none << 1 << 1 << S::Decided << std::optional<qint64>(1)
        << QList<qint64>() << qint64(331) << qint64(1);
    QTest::newRow("single candidate")
        << totals({{7, 12}}) << none << 1 << 1 << S::Decided << std::optional<qint64>(7)
        << QList<qint64>() << qint64(12) << qint64(12);
    QTest::newRow("tie between two leaders")
        << totals({{1, 400}, {2, 100}, {3, 400}}) << none << 3 << 3 << S::Tie << noWinner
        << QList<qint64>{1, 3} << qint64(400) << qint64(0);
    QTest::newRow("tie, ids listed ascending")
        << totals({{9, 50}, {4, 50}, {6, 50}}) << none << 1 << 1 << S::Tie << noWinner
        << QList<qint64>{4, 6, 9} << qint64(50) << qint64(0);
    QTest::newRow("against all above every candidate")
        << totals({{1, 400}, {2, 330}}) << std::optional<qint64>(401) << 2 << 2
        << S::NoWinnerAgainstAll << noWinner << QList<qint64>() << qint64(400) << qint64(70);
    QTest::newRow("against all equal to the leader does not block")
        << totals({{1, 400}, {2, 330}}) << std::optional<qint64>(400) << 2 << 2 << S::Decided
        << std::optional<qint64>(1) << QList<qint64>() << qint64(400) << qint64(70);
    QTest::newRow("against all equal to tied leaders: still a tie")
        << totals({{1, 400}, {2, 400}}) << std::optional<qint64>(400) << 2 << 2 << S::Tie
        << noWinner << QList<qint64>{1, 2} << qint64(400) << qint64(0);
    QTest::newRow("against all 0 where enabled")
        << totals({{1, 4}, {2, 3}}) << std::optional<qint64>(0) << 1 << 1 << S::Decided
        << std::optional<qint64>(1) << QList<qint64>() << qint64(4) << qint64(1);
    QTest::newRow("all zero: tie among all")
        << totals({{1, 0}, {2, 0}, {3, 0}}) << none << 1 << 1 << S::Tie << noWinner
        << QList<qint64>{1, 2, 3} << qint64(0) << qint64(0);
    QTest::newRow("single candidate with no votes: tie")
        << totals({{5, 0}}) << none << 1 << 1 << S::Tie << noWinner << QList<qint64>{5} << qint64(0)
        << qint64(0);
    QTest::newRow("no candidates: empty tie") << totals({}) << none << 1 << 1 << S::Tie << noWinner
                                              << QList<qint64>() << qint64(0) << qint64(0);
    QTest::newRow("all zero, against all has votes")
        << totals({{1, 0}, {2, 0}}) << std::optional<qint64>(3) << 1 << 1 << S::NoWinnerAgainstAll
        << noWinner << QList<qint64>() << qint64(0) << qint64(0);
    QTest::newRow("same candidate twice is added up")
        << totals({{1, 200}, {2, 300}, {1, 200}}) << none << 2 << 2 << S::Decided
        << std::optional<qint64>(1) << QList<qint64>() << qint64(400) << qint64(100);
    QTest::newRow("pending: 3 of 5, leader shown")
        << totals({{1, 400}, {2, 330}}) << none << 3 << 5 << S::Pending << std::optional<qint64>(1)
        << QList<qint64>() << qint64(400) << qint64(70);
    QTest::newRow("pending: tie so far")
        << totals({{1, 10}, {2, 10}}) << none << 0 << 4 << S::Pending << noWinner
        << QList<qint64>{1, 2} << qint64(10) << qint64(0);
    QTest::newRow("boundary: decided once the last station reports")
        << totals({{1, 400}, {2, 330}}) << none << 5 << 5 << S::Decided << std::optional<qint64>(1)
        << QList<qint64>() << qint64(400) << qint64(70);
}

void TestContestTally::decide()
{
    QFETCH(QList<CandidateTotal>, input);
    QFETCH(std::optional<qint64>, againstAll);
    QFETCH(int, reported);
    QFETCH(int, total);
    QFETCH(ContestOutcome::State, state);
    QFETCH(std::optional<qint64>, winner);
    QFETCH(QList<qint64>, tied);
    QFETCH(qint64, winnerVotes);
    QFETCH(qint64, margin);

    const ContestOutcome outcome = ContestTally::decide(input, againstAll, reported, total);
    QCOMPARE(outcome.state, state);
    QCOMPARE(outcome.winnerId, winner);
    QCOMPARE(outcome.tiedCandidateIds, tied);
    QCOMPARE(outcome.winnerVotes, winnerVotes);
    QCOMPARE(outcome.marginVotes, margin);
    QCOMPARE(outcome.stationsReported, reported);
    QCOMPARE(outcome.stationsTotal, total);
    if (state == ContestOutcome::State::Tie)
        QVERIFY(!outcome.winnerId.has_value());
}

void TestContestTally::describe()
{
    ContestOutcome outcome;
    outcome.state = ContestOutcome::State::Decided;
    QCOMPARE(outcome.describe(), QStringLiteral("Decided"));
    outcome.state = ContestOutcome::State::Tie;
    QCOMPARE(outcome.describe(), QStringLiteral("Undecided: tie — repeat voting or lot"));
    outcome.state = ContestOutcome::State::NoWinnerAgainstAll;
    QCOMPARE(outcome.describe(), QStringLiteral("No winner: against all"));

    const ContestOutcome pending = ContestTally::decide({{1, 5}}, std::nullopt, 3, 5);
    QCOMPARE(pending.state, ContestOutcome::State::Pending);
    // No translation is loaded in the test, so the plural form is the source text.
    QCOMPARE(pending.describe(), QStringLiteral("3 of 5 station(s) reported"));
}

QTEST_APPLESS_MAIN(TestContestTally)
#include "tst_contesttally.moc"
