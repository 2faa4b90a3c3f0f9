#include "ContestResults.h"
#include "Database.h"
#include "DemoElection.h"
#include "IntegrityAnalysis.h"
#include "IntegrityQuery.h"
#include "PgFixture.h"
#include "SummaryQueries.h"
#include "SyntheticStations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

/**
 * The integrity analysis over a stored election: the demo's accepted protocols load with the
 * summary's figures, every check runs with the settings asked for, pools narrow to a region,
 * progress can cancel, and PostgreSQL gives the same figures as SQLite.
 */
class TestIntegrityAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loadMatchesTheSummary();
    void leaderIsTheContestsLeader();
    void contestTotalsAreComplete();
    void nationalAnalysisFigures();
    void rankedStationsAreNamedAndOrdered();
    void recountAlertsAgreeWithTheMargins();
    void regionPoolNarrowsEverything();
    void unknownRegionIsAnError();
    void badOptionsAreRefused();
    void progressRisesAndCancelStops();
    void sameSeedSameFigures();
    void jsonCarriesEveryFigure();
    void plantedStuffingRanksFirst();
    void postgresGivesTheSameFigures();

private:
    static IntegrityOptions quick();

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Database> m_db;
    ElectionSummary m_summary;
    IntegrityData m_data;
};

IntegrityOptions TestIntegrityAnalysis::quick()
{
    IntegrityOptions options;
    options.replicates = 40;
    return options;
}

void TestIntegrityAnalysis::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Status created = DemoElection::createFile(m_path, DemoOptions{}, false);
    QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().detail));
    auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    m_db.emplace(std::move(db).value());
    auto summary = SummaryQueries::national(*m_db);
    QVERIFY(summary);
    m_summary = *summary;
    auto data = IntegrityQuery::load(*m_db);
    QVERIFY2(data, qPrintable(data ? QString() : data.error().detail));
    m_data = *data;
}

void TestIntegrityAnalysis::cleanupTestCase()
{
    m_db.reset();
}

void TestIntegrityAnalysis::loadMatchesTheSummary()
{
    QVERIFY(m_summary.stationsReported > 1000);
    QCOMPARE(m_data.stations.size(), m_summary.stationsReported);
    QCOMPARE(m_data.protocolIds.size(), m_data.stations.size());
    QCOMPARE(m_data.regions.size(), 14);
    QCOMPARE(m_data.contests.size(), qsizetype(730));
    QCOMPARE(m_data.protocolsTotal, qint64(1847));
    QCOMPARE(m_data.synthetic, true);
    qint64 voters = 0;
    qint64 issued = 0;
    for (const StationFigures &s : std::as_const(m_data.stations)) {
        voters += s.voters;
        issued += s.ballotsIssued;
        QVERIFY(m_data.region(s.regionId) != nullptr);
        QVERIFY(!s.candidateVotes.isEmpty());
    }
    QCOMPARE(voters, m_summary.votersReported);
    QCOMPARE(issued, m_summary.ballotsIssued);
    // Protocols in id order, each once.
    for (qsizetype i = 1; i < m_data.protocolIds.size(); ++i)
        QVERIFY(m_data.protocolIds.at(i - 1) < m_data.protocolIds.at(i));
}

void TestIntegrityAnalysis::leaderIsTheContestsLeader()
{
    auto outcomes = ContestResults::outcomes(*m_db, m_data.electionId);
    QVERIFY(outcomes);
    int decided = 0;
    for (const IntegrityContest &c : std::as_const(m_data.contests)) {
        const ContestOutcome &o = outcomes->value(c.id);
        if (o.state != ContestOutcome::State::Decided)
            continue;
        ++decided;
        QCOMPARE(c.leaderId, *o.winnerId);
        QCOMPARE(c.candidateVotes.at(c.candidateIds.indexOf(c.leaderId)), o.winnerVotes);
    }
    QVERIFY(decided > 600);
    // A station's W is its leader's votes there: never more than any station's boxes, and
    // over a contest's stations they add up to the leader's total.
    QHash<qint64, qint64> leaderSum;
    for (const StationFigures &s : std::as_const(m_data.stations)) {
        QVERIFY(s.leaderVotes <= s.ballotsInBoxes);
        QVERIFY(s.candidateVotes.contains(s.leaderVotes));
        leaderSum[s.contestId] += s.leaderVotes;
    }
    for (const IntegrityContest &c : std::as_const(m_data.contests)) {
        if (c.leaderId != 0)
            QCOMPARE(leaderSum.value(c.id),
                     c.candidateVotes.at(c.candidateIds.indexOf(c.leaderId)));
    }
}

void TestIntegrityAnalysis::contestTotalsAreComplete()
{
    qint64 accepted = 0;
    qint64 complete = 0;
    for (const IntegrityContest &c : std::as_const(m_data.contests)) {
        accepted += c.acceptedProtocols;
        complete += c.complete() ? 1 : 0;
        QVERIFY(c.acceptedProtocols <= c.protocols);
        QVERIFY(c.validVotes() >= 0);
        qint64 votes = 0;
        for (qint64 v : c.candidateVotes)
            votes += v;
        QVERIFY(votes + c.againstAll <= c.validVotes());
    }
    QCOMPARE(accepted, m_summary.stationsReported);
    QVERIFY(complete > 0);
}

void TestIntegrityAnalysis::nationalAnalysisFigures()
{
    auto report = IntegrityAnalysis::run(m_data, m_db ? &*m_db : nullptr, quick());
    QVERIFY(report);
    QCOMPARE(report->pools.size(), qsizetype(1));
    const IntegrityPool &pool = report->main();
    QVERIFY(pool.regionCode.isEmpty());
    QCOMPARE(pool.stations, m_summary.stationsReported);
    QCOMPARE(report->protocolsAccepted, m_summary.stationsReported);
    QCOMPARE(report->protocolsTotal, qint64(1847));
    // Every consistent station is in the fingerprint or counted as small.
    QCOMPARE(pool.observed.stationsIncluded + pool.observed.stationsExcludedSmall +
                 pool.observed.stationsExcludedInconsistent,
             pool.stations);
    double cells = 0.0;
    for (double c : pool.observed.cells)
        cells += c;
    QCOMPARE(cells, static_cast<double>(pool.observed.stationsIncluded));
    QCOMPARE(pool.resimulated.stationsIncluded, pool.observed.stationsIncluded);
    QCOMPARE(pool.integer.replicates, 40);
    QCOMPARE(pool.integer.either.replicateCounts.size(), qsizetype(40));
    QVERIFY(pool.integer.either.observed >= pool.integer.turnout.observed);
    QVERIFY(pool.integer.either.expected > 0.0);
    QVERIFY(pool.secondDigit.countsUsed > 0);
    QCOMPARE(pool.secondDigit.expectedMean, DigitTests::secondDigitMean());
    QCOMPARE(report->stationsScored + report->stationsExcludedSmall +
                 report->stationsExcludedInconsistent,
             pool.stations);
    QVERIFY(IntegrityReport::caution().contains(QStringLiteral("not proof")));
}

void TestIntegrityAnalysis::rankedStationsAreNamedAndOrdered()
{
    IntegrityOptions options = quick();
    options.top = 25;
    auto report = IntegrityAnalysis::run(*m_db, options);
    QVERIFY(report);
    QCOMPARE(report->ranked.size(), qsizetype(25));
    QSet<qint64> protocols(m_data.protocolIds.cbegin(), m_data.protocolIds.cend());
    for (qsizetype i = 0; i < report->ranked.size(); ++i) {
        const IntegrityRankedStation &r = report->ranked.at(i);
        QVERIFY(!r.label.code.isEmpty());
        QVERIFY(!r.label.number.isEmpty());
        QVERIFY(!r.regionCode.isEmpty());
        QVERIFY(!r.contestCode.isEmpty());
        QVERIFY(protocols.contains(r.protocolId));
        QVERIFY(r.voters >= 100);
        QVERIFY(!IntegrityReport::describe(r.outlier.reasons).isEmpty());
        if (i > 0)
            QVERIFY(report->ranked.at(i - 1).outlier.qValue <= r.outlier.qValue);
    }
}

void TestIntegrityAnalysis::recountAlertsAgreeWithTheMargins()
{
    auto report = IntegrityAnalysis::run(m_data, nullptr, quick());
    QVERIFY(report);
    auto outcomes = ContestResults::outcomes(*m_db, m_data.electionId);
    QVERIFY(outcomes);
    QCOMPARE(report->contests.size(), qsizetype(730));
    qint64 complete = 0;
    for (const IntegrityContestCheck &c : std::as_const(report->contests)) {
        const ContestOutcome &o = outcomes->value(c.contestId);
        QCOMPARE(c.complete, o.state != ContestOutcome::State::Pending);
        if (!c.complete)
            continue;
        ++complete;
        QCOMPARE(c.recount.firstVotes, o.winnerVotes);
        QCOMPARE(c.recount.tie, o.state == ContestOutcome::State::Tie);
        if (o.state == ContestOutcome::State::Decided)
            QCOMPARE(c.recount.margin, o.marginVotes);
        QVERIFY(!IntegrityReport::describe(c.recount).isEmpty());
        QVERIFY(!IntegrityReport::describe(c.audit).isEmpty());
        if (c.recount.tie)
            QCOMPARE(c.audit.kind, BravoPlan::Kind::FullHandCount);
    }
    QCOMPARE(complete + report->contestsPending, qint64(730));
    for (const IntegrityContestCheck &c : report->recountAlerts())
        QVERIFY(c.recount.alert());
}

void TestIntegrityAnalysis::regionPoolNarrowsEverything()
{
    IntegrityOptions options = quick();
    options.regionCode = QStringLiteral("KZ-ALM");
    auto report = IntegrityAnalysis::run(*m_db, options);
    QVERIFY(report);
    const RegionFigures *region = nullptr;
    for (const RegionFigures &r : std::as_const(m_summary.turnoutByRegion))
        if (r.code == options.regionCode)
            region = &r;
    QVERIFY(region);
    QCOMPARE(report->main().regionCode, options.regionCode);
    QCOMPARE(report->main().names.nameEn, region->nameEn);
    QCOMPARE(report->protocolsAccepted, qint64(region->stationsReported));
    QCOMPARE(report->protocolsTotal, qint64(region->pollingStations));
    for (const IntegrityRankedStation &r : std::as_const(report->ranked))
        QCOMPARE(r.regionCode, options.regionCode);
    QVERIFY(report->contests.size() < 730);
    QVERIFY(!report->contests.isEmpty());

    // Per region: the pools add up to the whole election.
    IntegrityOptions all = quick();
    all.perRegion = true;
    auto each = IntegrityAnalysis::run(m_data, nullptr, all);
    QVERIFY(each);
    QCOMPARE(each->pools.size(), qsizetype(15));
    qint64 stations = 0;
    qint64 integer = 0;
    for (qsizetype p = 1; p < each->pools.size(); ++p) {
        stations += each->pools.at(p).stations;
        integer += each->pools.at(p).integer.either.observed;
    }
    QCOMPARE(stations, each->main().stations);
    QCOMPARE(integer, each->main().integer.either.observed);
}

void TestIntegrityAnalysis::unknownRegionIsAnError()
{
    IntegrityOptions options = quick();
    options.regionCode = QStringLiteral("KZ-NOPE");
    auto report = IntegrityAnalysis::run(m_data, nullptr, options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("integrity.unknown-region"));
    QVERIFY(report.error().userMessage.contains(QStringLiteral("KZ-NOPE")));
}

void TestIntegrityAnalysis::badOptionsAreRefused()
{
    IntegrityOptions options = quick();
    options.riskLimit = 1.5;
    auto report = IntegrityAnalysis::run(m_data, nullptr, options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, QStringLiteral("integrity.bad-options"));
    options = quick();
    options.replicates = -1;
    QVERIFY(!IntegrityAnalysis::run(m_data, nullptr, options));
}

void TestIntegrityAnalysis::progressRisesAndCancelStops()
{
    QList<int> seen;
    auto report = IntegrityAnalysis::run(*m_db, quick(), [&seen](int percent) {
        seen.append(percent);
        return true;
    });
    QVERIFY(report);
    QVERIFY(seen.size() >= 4);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i - 1) <= seen.at(i));
    QCOMPARE(seen.constLast(), 100);

    for (int stopAt : {0, 30, 50, 90}) {
        auto cancelled = IntegrityAnalysis::run(*m_db, quick(),
                                                [stopAt](int percent) { return percent < stopAt; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, QStringLiteral("integrity.cancelled"));
    }
}

void TestIntegrityAnalysis::sameSeedSameFigures()
{
    auto a = IntegrityAnalysis::run(m_data, nullptr, quick());
    IntegrityOptions threads = quick();
    threads.threads = 1;
    auto b = IntegrityAnalysis::run(m_data, nullptr, threads);
    QVERIFY(a && b);
    QCOMPARE(a->toJson(true), b->toJson(true));
    IntegrityOptions other = quick();
    other.seed = 7;
    auto c = IntegrityAnalysis::run(m_data, nullptr, other);
    QVERIFY(c);
    QCOMPARE(c->main().integer.either.observed, a->main().integer.either.observed);
    QVERIFY(c->main().integer.either.replicateCounts != a->main().integer.either.replicateCounts);
}

void TestIntegrityAnalysis::jsonCarriesEveryFigure()
{
    auto report = IntegrityAnalysis::run(*m_db, quick());
    QVERIFY(report);
    const QJsonObject brief = report->toJson(false);
    QVERIFY(
        brief.value(QStringLiteral("caution")).toString().contains(QStringLiteral("not proof")));
    QCOMPARE(brief.value(QStringLiteral("protocols_accepted")).toInteger(),
             qint64(m_summary.stationsReported));
    const QJsonObject pool = brief.value(QStringLiteral("pools")).toArray().first().toObject();
    const QJsonObject either = pool.value(QStringLiteral("integer_percent"))
                                   .toObject()
                                   .value(QStringLiteral("either"))
                                   .toObject();
    QCOMPARE(either.value(QStringLiteral("observed")).toInteger(),
             report->main().integer.either.observed);
    QCOMPARE(either.value(QStringLiteral("excess")).toDouble(),
             report->main().integer.either.excess());
    QVERIFY(!either.contains(QStringLiteral("replicate_counts")));
    QVERIFY(!pool.value(QStringLiteral("fingerprint"))
                 .toObject()
                 .contains(QStringLiteral("cells_share_by_turnout")));
    const QJsonArray top =
        brief.value(QStringLiteral("outliers")).toObject().value(QStringLiteral("top")).toArray();
    QCOMPARE(top.size(), 20);
    QVERIFY(!top.first().toObject().value(QStringLiteral("reasons_text")).toString().isEmpty());
    QVERIFY(brief.value(QStringLiteral("contests"))
                .toObject()
                .value(QStringLiteral("audit"))
                .toObject()
                .contains(QStringLiteral("sample_ballots_90")));

    const QJsonObject full = report->toJson(true);
    const QJsonObject fullPool = full.value(QStringLiteral("pools")).toArray().first().toObject();
    QCOMPARE(fullPool.value(QStringLiteral("fingerprint"))
                 .toObject()
                 .value(QStringLiteral("cells_share_by_turnout"))
                 .toArray()
                 .size(),
             101 * 101);
    QCOMPARE(full.value(QStringLiteral("contests"))
                 .toObject()
                 .value(QStringLiteral("all"))
                 .toArray()
                 .size(),
             730);
    // Valid JSON, no NaN written.
    QVERIFY(!QJsonDocument(full).toJson().contains("nan"));
}

void TestIntegrityAnalysis::plantedStuffingRanksFirst()
{
    SyntheticElectionOptions synthetic;
    synthetic.stations = 20000;
    synthetic.regions = 10;
    synthetic.stuffedStations = 30;
    const SyntheticElection election = SyntheticStations::generate(synthetic);
    IntegrityData data;
    data.stations = election.stations;
    for (qsizetype i = 0; i < data.stations.size(); ++i)
        data.protocolIds.append(1000000 + i);
    IntegrityOptions options = quick();
    options.top = 30;
    auto report = IntegrityAnalysis::run(data, nullptr, options);
    QVERIFY(report);
    QSet<qint64> stuffed(election.stuffedStationIds.cbegin(), election.stuffedStationIds.cend());
    QCOMPARE(stuffed.size(), 30);
    QHash<qint64, qint64> protocolOf;
    for (qsizetype i = 0; i < data.stations.size(); ++i)
        protocolOf.insert(data.stations.at(i).stationId, data.protocolIds.at(i));
    int found = 0;
    for (const IntegrityRankedStation &r : std::as_const(report->ranked)) {
        found += stuffed.contains(r.outlier.stationId) ? 1 : 0;
        QCOMPARE(r.protocolId, protocolOf.value(r.outlier.stationId));
    }
    QVERIFY2(found >= 27, qPrintable(QString::number(found)));
    QVERIFY(report->stationsFlagged >= 27);
}

void TestIntegrityAnalysis::postgresGivesTheSameFigures()
{
    if (test::pgServerUrl().isEmpty())
        QSKIP("BALLOTDESK_TEST_PG_URL is not set: no PostgreSQL server to test against");
    test::PgDatabase server;
    QVERIFY2(server.create(), qPrintable(server.error()));
    QVERIFY(DemoElection::createFile(server.url(), DemoOptions{}, false));
    auto pg = Database::open(server.url(), Database::OpenMode::ExistingOnly);
    QVERIFY2(pg, qPrintable(pg ? QString() : pg.error().detail));
    auto onServer = IntegrityAnalysis::run(*pg, quick());
    auto inFile = IntegrityAnalysis::run(*m_db, quick());
    QVERIFY(onServer && inFile);
    QJsonObject a = onServer->toJson(true);
    QJsonObject b = inFile->toJson(true);
    // Protocol ids are the engines' own; everything else is the same.
    auto withoutIds = [](QJsonObject o) {
        QJsonObject outliers = o.value(QStringLiteral("outliers")).toObject();
        QJsonArray top = outliers.value(QStringLiteral("top")).toArray();
        for (qsizetype i = 0; i < top.size(); ++i) {
            QJsonObject station = top.at(i).toObject();
            station.remove(QStringLiteral("protocol_id"));
            top.replace(i, station);
        }
        outliers.insert(QStringLiteral("top"), top);
        o.insert(QStringLiteral("outliers"), outliers);
        return o;
    };
    QCOMPARE(withoutIds(a), withoutIds(b));
}

QTEST_GUILESS_MAIN(TestIntegrityAnalysis)
#include "tst_integrityanalysis.moc"
