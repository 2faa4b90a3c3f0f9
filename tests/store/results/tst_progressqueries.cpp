// Progress of results entry per country, region, district and contest, with contest outcomes.
#include "Database.h"
#include "DemoElection.h"
#include "ElectionNight.h"
#include "ProgressQueries.h"
#include "ProtocolEntryService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

QStringList warningsOf(const QList<Finding> &findings)
{
    QStringList codes;
    for (const Finding &f : findings) {
        if (!f.isError() && !codes.contains(f.code))
            codes << f.code;
    }
    return codes;
}

ProgressCounts sum(const ProgressCounts &a, const ProgressCounts &b)
{
    return {a.total + b.total,         a.noEntry + b.noEntry,     a.oneEntry + b.oneEntry,
            a.differing + b.differing, a.erroneous + b.erroneous, a.accepted + b.accepted};
}

} // namespace

class TestProgressQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nationalCountsEachState();
    void regionsAndDistrictsAddUp();
    void protocolListFilters();
    void contestOutcomes_data();
    void contestOutcomes();

private:
    ProtocolEntryService service(const QString &login) const;
    /** Every protocol of the contest with the fewest stations among fully accepted ones. */
    QList<qint64> acceptedContest(qint64 *contestId) const;

    QTemporaryDir m_dir;
    QString m_demo;
    int m_copy = 0;
    std::optional<Database> m_db;
    qint64 m_electionId = 0;
    QHash<QString, Session> m_sessions;
    QList<qint64> m_open;
    qint64 m_total = 0;
    qint64 m_firstEntered = 0, m_differing = 0, m_erroneous = 0;
};

void TestProgressQueries::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Status created = DemoElection::createFile(m_demo, DemoOptions{}, false);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().userMessage));
}

void TestProgressQueries::init()
{
    const QString path = m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(++m_copy));
    QVERIFY(QFile::copy(m_demo, path));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    m_db.emplace(std::move(db).value());
    m_electionId = m_db->scalar(QStringLiteral("SELECT id FROM election"))->toLongLong();
    m_total = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM protocol"))->toLongLong();
    auto users = m_db->exec(QStringLiteral("SELECT id, login, role FROM app_user"));
    while (users->next())
        m_sessions.insert(users->value(1).toString(),
                          Session{users->value(0).toLongLong(), users->value(1).toString(),
                                  role::fromKey(users->value(2).toString()).value()});

    auto ids = ElectionNight::everyNth(*m_db, m_electionId, 40);
    QVERIFY(ids.ok());
    QVERIFY(ElectionNight::reopen(*m_db, *ids).ok());
    m_open = *ids;

    // Protocol 0: first entry only; 1: differing entries; 2: referred with errors.
    auto one = service(QStringLiteral("operator1"));
    auto two = service(QStringLiteral("operator2"));
    auto paper = [&](qint64 id) {
        auto sheet = one.sheet(id);
        ProtocolFigures f;
        const qint64 c = sheet->context.lastHourlyReport.value_or(100);
        f.votersOnList = CountValue::of(sheet->context.stationRegisteredVoters.value_or(c));
        f.ballotsReceived = CountValue::of(c + 5);
        f.ballotsIssuedStation = CountValue::of(c);
        f.ballotsIssuedOutside = CountValue::of(0);
        f.ballotsCancelled = CountValue::of(5);
        f.ballotsInStationBoxes = CountValue::of(c);
        f.ballotsInMobileBoxes = CountValue::of(0);
        f.invalidBallots = CountValue::of(0);
        for (int i = 0; i < sheet->candidates.size(); ++i)
            f.votes.append({sheet->candidates.at(i).id, CountValue::of(i == 0 ? c : 0)});
        return std::make_pair(*sheet, f);
    };
    {
        auto [sheet, f] = paper(m_open.at(0));
        QVERIFY(
            one.finish(m_open.at(0), f, warningsOf(ProtocolEntryService::check(sheet, f))).ok());
    }
    {
        auto [sheet, f] = paper(m_open.at(1));
        QVERIFY(
            one.finish(m_open.at(1), f, warningsOf(ProtocolEntryService::check(sheet, f))).ok());
        f.votersOnList = CountValue::of(f.votersOnList.number().value() + 1);
        QCOMPARE(*two.finish(m_open.at(1), f, warningsOf(ProtocolEntryService::check(sheet, f))),
                 FinishOutcome::ToCoordinator);
    }
    {
        auto [sheet, f] = paper(m_open.at(2));
        f.invalidBallots = CountValue::of(3);
        QCOMPARE(*one.finish(m_open.at(2), f, {}, QStringLiteral("F is wrong on paper"), true),
                 FinishOutcome::ToCoordinator);
    }
    m_firstEntered = 1;
    m_differing = 1;
    m_erroneous = 1;
}

void TestProgressQueries::cleanup()
{
    m_db.reset();
    m_sessions.clear();
}

ProtocolEntryService TestProgressQueries::service(const QString &login) const
{
    return ProtocolEntryService(*m_db, m_sessions.value(login));
}

QList<qint64> TestProgressQueries::acceptedContest(qint64 *contestId) const
{
    auto query = m_db->exec(QStringLiteral(
        "SELECT p.contest_id, COUNT(*) FROM protocol p GROUP BY p.contest_id "
        "HAVING SUM(CASE WHEN p.state = 'accepted' THEN 0 ELSE 1 END) = 0 "
        "AND (SELECT COUNT(*) FROM candidate k WHERE k.contest_id = p.contest_id "
        "AND k.status = 'registered') >= 2 ORDER BY COUNT(*), p.contest_id LIMIT 1"));
    if (!query || !query->next())
        return {};
    *contestId = query->value(0).toLongLong();
    auto ids =
        m_db->exec(QStringLiteral("SELECT id FROM protocol WHERE contest_id = ?"), {*contestId});
    QList<qint64> list;
    while (ids->next())
        list << ids->value(0).toLongLong();
    return list;
}

void TestProgressQueries::nationalCountsEachState()
{
    auto counts = ProgressQueries::national(*m_db, m_electionId);
    QVERIFY(counts.ok());
    const qint64 reopened = m_open.size();
    ProgressCounts expected;
    expected.total = m_total;
    expected.noEntry = reopened - 3;
    expected.oneEntry = m_firstEntered;
    expected.differing = m_differing;
    expected.erroneous = m_erroneous;
    expected.accepted = m_total - reopened;
    QCOMPARE(counts->total, expected.total);
    QCOMPARE(counts->noEntry, expected.noEntry);
    QCOMPARE(counts->oneEntry, expected.oneEntry);
    QCOMPARE(counts->differing, expected.differing);
    QCOMPARE(counts->erroneous, expected.erroneous);
    QCOMPARE(counts->accepted, expected.accepted);
    QCOMPARE(*counts, expected);
}

void TestProgressQueries::regionsAndDistrictsAddUp()
{
    auto national = ProgressQueries::national(*m_db, m_electionId);
    auto regions = ProgressQueries::territories(*m_db, m_electionId, std::nullopt);
    QVERIFY(regions.ok());
    // Every region, with or without elections (the demo's 17 regions, 14 of them electing).
    auto count = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM territory WHERE depth = 0"));
    QCOMPARE(regions->size(), count->toInt());
    QCOMPARE(regions->size(), 17);
    ProgressCounts total;
    for (int i = 0; i < regions->size(); ++i) {
        const TerritoryProgress &region = regions->at(i);
        QVERIFY(!region.name.isEmpty());
        if (i > 0)
            QVERIFY(regions->at(i - 1).code < region.code);
        total = sum(total, region.counts);
        auto stations = m_db->scalar(
            QStringLiteral("SELECT COUNT(*) FROM polling_station s JOIN territory_closure tc "
                           "ON tc.descendant_id = s.territory_id WHERE tc.ancestor_id = ?"),
            {region.territoryId});
        QCOMPARE(region.counts.total, stations->toLongLong());

        auto districts = ProgressQueries::territories(*m_db, m_electionId, region.territoryId);
        QVERIFY(districts.ok());
        ProgressCounts inside;
        for (const TerritoryProgress &d : *districts)
            inside = sum(inside, d.counts);
        QCOMPARE(inside, region.counts);
    }
    QCOMPARE(total, *national);
}

void TestProgressQueries::protocolListFilters()
{
    ProgressFilter filter;
    filter.state = ProtocolState::Differing;
    auto differing = ProgressQueries::protocols(*m_db, m_electionId, filter);
    QVERIFY(differing.ok());
    QCOMPARE(differing->size(), 1);
    QCOMPARE(differing->first().protocolId, m_open.at(1));
    QCOMPARE(differing->first().state, ProtocolState::Differing);

    filter.state = ProtocolState::Erroneous;
    auto erroneous = ProgressQueries::protocols(*m_db, m_electionId, filter);
    QCOMPARE(erroneous->size(), 1);
    QCOMPARE(erroneous->first().protocolId, m_open.at(2));

    filter.state = ProtocolState::Open;
    filter.limit = 5;
    auto open = ProgressQueries::protocols(*m_db, m_electionId, filter);
    QCOMPARE(open->size(), 5);
    for (int i = 1; i < open->size(); ++i)
        QVERIFY(open->at(i - 1).stationNumber <= open->at(i).stationNumber);

    // The region of protocol 0, then its contest.
    auto sheet = service(QStringLiteral("analyst")).sheet(m_open.at(0));
    auto region = m_db->scalar(
        QStringLiteral("SELECT tc.ancestor_id FROM territory_closure tc JOIN territory t ON "
                       "t.id = tc.ancestor_id JOIN polling_station s ON s.territory_id = "
                       "tc.descendant_id WHERE s.id = ? AND t.depth = 0"),
        {sheet->stationId});
    ProgressFilter inRegion;
    inRegion.territoryId = region->toLongLong();
    inRegion.state = ProtocolState::FirstEntered;
    auto first = ProgressQueries::protocols(*m_db, m_electionId, inRegion);
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->first().protocolId, m_open.at(0));
    ProgressFilter inContest;
    inContest.contestId = sheet->contestId;
    auto contest = ProgressQueries::protocols(*m_db, m_electionId, inContest);
    auto stations = m_db->scalar(
        QStringLiteral("SELECT COUNT(*) FROM protocol WHERE contest_id = ?"), {sheet->contestId});
    QCOMPARE(contest->size(), stations->toLongLong());
}

void TestProgressQueries::contestOutcomes_data()
{
    QTest::addColumn<QString>("make");
    QTest::addColumn<int>("state");
    QTest::newRow("decided") << QStringLiteral("decided")
                             << static_cast<int>(ContestOutcome::State::Decided);
    QTest::newRow("tie") << QStringLiteral("tie") << static_cast<int>(ContestOutcome::State::Tie);
    QTest::newRow("against all") << QStringLiteral("against-all")
                                 << static_cast<int>(ContestOutcome::State::NoWinnerAgainstAll);
    QTest::newRow("pending") << QStringLiteral("pending")
                             << static_cast<int>(ContestOutcome::State::Pending);
}

void TestProgressQueries::contestOutcomes()
{
    QFETCH(QString, make);
    QFETCH(int, state);
    qint64 contestId = 0;
    QList<qint64> protocols;
    if (make == QLatin1String("pending")) {
        contestId = service(QStringLiteral("analyst")).sheet(m_open.at(5))->contestId;
    } else {
        protocols = acceptedContest(&contestId);
        QVERIFY(!protocols.isEmpty());
    }
    if (make == QLatin1String("against-all"))
        QVERIFY(m_db->exec(QStringLiteral("UPDATE election SET against_all = 1")).ok());

    // Corrections give the contest's stations the votes that make the outcome.
    auto coordinator = service(QStringLiteral("coordinator"));
    if (make == QLatin1String("tie") || make == QLatin1String("against-all")) {
        for (const qint64 id : std::as_const(protocols)) {
            auto sheet = coordinator.sheet(id);
            ProtocolFigures f = *sheet->accepted;
            qint64 valid = 0;
            for (const CandidateVotes &v : f.votes)
                valid += v.votes.number().value();
            if (make == QLatin1String("tie") && valid % 2 == 1) {
                f.invalidBallots = CountValue::of(f.invalidBallots.number().value() + 1);
                --valid;
            }
            for (int i = 0; i < f.votes.size(); ++i) {
                const qint64 candidate = f.votes[i].candidateId;
                qint64 votes = 0;
                if (make == QLatin1String("tie") && candidate == sheet->candidates.at(0).id)
                    votes = valid / 2;
                if (make == QLatin1String("tie") && candidate == sheet->candidates.at(1).id)
                    votes = valid - valid / 2;
                f.votes[i].votes = CountValue::of(votes);
            }
            f.againstAll =
                make == QLatin1String("against-all") ? CountValue::of(valid) : CountValue::empty();
            const Status s =
                coordinator.correct(id, sheet->rowVersion, f, QStringLiteral("test outcome"),
                                    warningsOf(ProtocolEntryService::check(*sheet, f)));
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().userMessage));
        }
    }

    auto contests = ProgressQueries::contests(*m_db, m_electionId, std::nullopt);
    QVERIFY(contests.ok());
    auto total = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM contest"));
    QCOMPARE(contests->size(), total->toLongLong());
    const ContestProgress *row = nullptr;
    for (const ContestProgress &c : *contests) {
        if (c.contestId == contestId)
            row = &c;
    }
    QVERIFY(row);
    QCOMPARE(static_cast<int>(row->outcome.state), state);
    auto stations = m_db->scalar(
        QStringLiteral("SELECT COUNT(*) FROM polling_station WHERE contest_id = ?"), {contestId});
    QCOMPARE(row->outcome.stationsTotal, stations->toInt());
    QCOMPARE(row->counts.total, stations->toLongLong());
    if (make == QLatin1String("pending")) {
        QVERIFY(row->counts.noEntry >= 1);
        QCOMPARE(row->outcome.stationsReported, static_cast<int>(row->counts.accepted));
        QVERIFY(row->winnerName.isEmpty());
    } else {
        QCOMPARE(row->counts.accepted, row->counts.total);
    }
    if (make == QLatin1String("decided")) {
        auto winner = m_db->scalar(
            QStringLiteral("SELECT k.full_name FROM candidate k JOIN protocol_vote v ON "
                           "v.candidate_id = k.id WHERE k.contest_id = ? GROUP BY k.id, "
                           "k.full_name ORDER BY SUM(v.votes) DESC LIMIT 1"),
            {contestId});
        QCOMPARE(row->winnerName, winner->toString());
        QVERIFY(!row->outcome.describe().isEmpty());
    }
    if (make == QLatin1String("tie")) {
        QCOMPARE(row->outcome.tiedCandidateIds.size(), 2);
        QVERIFY(row->winnerName.isEmpty());
    }

    // Within the contest's own territory the same row comes back.
    auto territory =
        m_db->scalar(QStringLiteral("SELECT territory_id FROM contest WHERE id = ?"), {contestId});
    auto inside = ProgressQueries::contests(*m_db, m_electionId, territory->toLongLong());
    QVERIFY(inside.ok());
    bool found = false;
    for (const ContestProgress &c : *inside) {
        if (c.contestId == contestId) {
            found = true;
            QCOMPARE(c.counts, row->counts);
            QCOMPARE(c.outcome, row->outcome);
        }
    }
    QVERIFY(found);
    QVERIFY(inside->size() < contests->size());
}

QTEST_GUILESS_MAIN(TestProgressQueries)
#include "tst_progressqueries.moc"
