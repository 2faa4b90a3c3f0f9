// ScaleElection: sizes, protocol arithmetic, seals, integrity, summary totals, determinism.
#include "ContestResults.h"
#include "ContestTally.h"
#include "Database.h"
#include "ProtocolRules.h"
#include "ProtocolSeal.h"
#include "ScaleElection.h"
#include "SummaryQueries.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace bd;

class TestScaleElection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void buildsTheRequestedSizes();
    void acceptedProtocolsAddUpAndAreSealed();
    void summaryHasTheExpectedTotals();
    void contestResultsCountOnlyAcceptedProtocols();
    void sameSeedSameContents();
    void refusesAFileWithAnElection();
    void cancels();

private:
    static constexpr int kStations = 2000;
    qint64 count(const QString &sql)
    {
        auto value = m_db->scalar(sql);
        if (!value) {
            qWarning("%s", qPrintable(value.error().detail));
            return -1;
        }
        return value->toLongLong();
    }
    static std::optional<Database> build(const QString &path, const ScaleOptions &options);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

std::optional<Database> TestScaleElection::build(const QString &path, const ScaleOptions &options)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        qWarning("%s", qPrintable(db.error().detail));
        return std::nullopt;
    }
    if (Status s = ScaleElection::generate(*db, options); !s) {
        qWarning("%s %s", qPrintable(s.error().userMessage), qPrintable(s.error().detail));
        return std::nullopt;
    }
    return std::move(*db);
}

void TestScaleElection::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ScaleOptions options;
    options.pollingStations = kStations;
    QList<int> percents;
    options.progress = [&percents](int percent) {
        percents << percent;
        return true;
    };
    m_db = build(m_dir->filePath(QStringLiteral("scale.sqlite")), options);
    QVERIFY(m_db.has_value());
    QVERIFY(!percents.isEmpty());
    QCOMPARE(percents.constLast(), 100);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
}

void TestScaleElection::buildsTheRequestedSizes()
{
    // Defaults: 36 regions × 20 districts, 4 stations and 3 registered candidates per contest.
    const int contests = kStations / 4;
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM election WHERE synthetic = 1")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM territory WHERE depth = 0")), 36);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM territory WHERE level = 'district'")), 720);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM territory WHERE level = 'okrug'")),
             contests);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM territory_closure")),
             36 + 720 * 2 + contests * 3);
    // Every territory reaches its region through the closure, at the distance of its depth.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM territory t JOIN territory_closure tc "
                             "ON tc.descendant_id = t.id JOIN territory r ON r.id = tc.ancestor_id "
                             "AND r.depth = 0 WHERE tc.distance = t.depth")),
        36 + 720 + contests);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM contest")), contests);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM polling_station")), kStations);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM polling_station "
                                  "WHERE latitude IS NULL OR registered_voters < 50")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT number) FROM polling_station")),
             kStations);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM party")), 10);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = 'registered'")),
             contests * 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = 'refused'")),
             contests / 20); // contest numbers 7, 27, 47, ... (0-based)
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM protocol")), kStations);
    const qint64 accepted =
        count(QStringLiteral("SELECT COUNT(*) FROM protocol WHERE state = 'accepted'"));
    QVERIFY2(accepted > kStations * 95 / 100 && accepted < kStations,
             qPrintable(QString::number(accepted)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM protocol WHERE state = 'open' "
                                  "AND voters_on_list IS NULL AND content_hash IS NULL")),
             kStations - accepted);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM protocol_vote")), accepted * 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM observer")), kStations / 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM protocol p JOIN polling_station ps "
                                  "ON ps.id = p.polling_station_id "
                                  "WHERE ps.contest_id <> p.contest_id")),
             0);

    auto check = m_db->exec(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(check.ok());
    const bool violation = check->next();
    QVERIFY2(!violation, qPrintable(violation ? check->value(0).toString() : QString()));
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(),
             QStringLiteral("ok"));
    // The generator's speed settings do not outlive it.
    QCOMPARE(count(QStringLiteral("PRAGMA synchronous")), 2);
}

void TestScaleElection::acceptedProtocolsAddUpAndAreSealed()
{
    QHash<qint64, QList<QPair<qint64, QString>>> ballots; // contest → (id, code) in ballot order
    auto candidates = m_db->exec(QStringLiteral("SELECT contest_id, id, code FROM candidate "
                                                "WHERE status = 'registered' "
                                                "ORDER BY contest_id, ballot_order"));
    QVERIFY(candidates.ok());
    while (candidates->next())
        ballots[candidates->value(0).toLongLong()].append(
            {candidates->value(1).toLongLong(), candidates->value(2).toString()});

    QHash<qint64, QHash<qint64, qint64>> votes; // protocol → candidate → votes
    auto voteRows = m_db->exec(QStringLiteral("SELECT protocol_id, candidate_id, votes "
                                              "FROM protocol_vote"));
    QVERIFY(voteRows.ok());
    while (voteRows->next())
        votes[voteRows->value(0).toLongLong()].insert(voteRows->value(1).toLongLong(),
                                                      voteRows->value(2).toLongLong());

    auto protocols = m_db->exec(QStringLiteral(
        "SELECT p.id, p.contest_id, ps.code, c.code, ps.registered_voters, p.voters_on_list, "
        "p.ballots_received, p.ballots_issued_station, p.ballots_issued_outside, "
        "p.ballots_cancelled, p.ballots_in_station_boxes, p.ballots_in_mobile_boxes, "
        "p.invalid_ballots, p.against_all, p.content_hash "
        "FROM protocol p JOIN polling_station ps ON ps.id = p.polling_station_id "
        "JOIN contest c ON c.id = p.contest_id WHERE p.state = 'accepted'"));
    QVERIFY(protocols.ok());
    int checked = 0;
    while (protocols->next()) {
        const qint64 id = protocols->value(0).toLongLong();
        const auto &ballot = ballots.value(protocols->value(1).toLongLong());
        QCOMPARE(ballot.size(), 3);
        const qint64 a = protocols->value(5).toLongLong(), b = protocols->value(6).toLongLong(),
                     c = protocols->value(7).toLongLong(), c2 = protocols->value(8).toLongLong(),
                     d = protocols->value(9).toLongLong(), e = protocols->value(10).toLongLong(),
                     e2 = protocols->value(11).toLongLong(), f = protocols->value(12).toLongLong();
        QCOMPARE(a, protocols->value(4).toLongLong());
        QVERIFY(protocols->value(13).isNull());

        ProtocolFigures figures;
        figures.votersOnList = CountValue::of(a);
        figures.ballotsReceived = CountValue::of(b);
        figures.ballotsIssuedStation = CountValue::of(c);
        figures.ballotsIssuedOutside = CountValue::of(c2);
        figures.ballotsCancelled = CountValue::of(d);
        figures.ballotsInStationBoxes = CountValue::of(e);
        figures.ballotsInMobileBoxes = CountValue::of(e2);
        figures.invalidBallots = CountValue::of(f);
        ProtocolContext context;
        QList<QPair<QString, qint64>> sealVotes;
        qint64 valid = 0;
        for (const auto &[candidateId, code] : ballot) {
            QVERIFY(votes.value(id).contains(candidateId));
            const qint64 g = votes.value(id).value(candidateId);
            valid += g;
            figures.votes.append({candidateId, CountValue::of(g)});
            context.registeredCandidateIds << candidateId;
            sealVotes.append({code, g});
        }
        // The arithmetic spelt out, then the product's own rules.
        QCOMPARE(b, c + c2 + d);
        QVERIFY(c + c2 <= a);
        QVERIFY(e + e2 <= c + c2);
        QVERIFY(e2 <= c2);
        QCOMPARE(f + valid, e + e2);
        const QList<Finding> findings = ProtocolRules::check(figures, context);
        QVERIFY2(!ProtocolRules::hasErrors(findings),
                 qPrintable(findings.isEmpty() ? QString() : findings.constFirst().message));
        QCOMPARE(protocols->value(14).toString(),
                 ProtocolSeal::hash(protocols->value(2).toString(), protocols->value(3).toString(),
                                    {a, b, c, c2, d, e, e2, f, std::nullopt}, sealVotes));
        ++checked;
    }
    QVERIFY(checked > kStations * 95 / 100);
}

void TestScaleElection::summaryHasTheExpectedTotals()
{
    auto summary = SummaryQueries::national(*m_db);
    QVERIFY2(summary.ok(), qPrintable(summary ? QString() : summary.error().detail));
    QVERIFY(summary->synthetic);
    QCOMPARE(summary->pollingStations, kStations);
    QCOMPARE(summary->votersOnLists,
             count(QStringLiteral("SELECT SUM(registered_voters) FROM polling_station")));
    QCOMPARE(summary->stationsReported,
             count(QStringLiteral("SELECT COUNT(*) FROM protocol WHERE state = 'accepted'")));
    QCOMPARE(summary->votersReported,
             count(QStringLiteral("SELECT SUM(voters_on_list) FROM protocol "
                                  "WHERE state = 'accepted'")));
    QCOMPARE(summary->contests, kStations / 4);
    QCOMPARE(summary->seats, kStations / 4);
    QCOMPARE(summary->candidatesRegistered, kStations / 4 * 3);
    QCOMPARE(summary->observers, kStations / 2);
    // 500 contests over 720 districts: every region holds contests.
    QCOMPARE(summary->regionsWithElections, 36);
    int regionStations = 0;
    qint64 regionVoters = 0;
    for (const RegionFigures &r : summary->turnoutByRegion) {
        regionStations += r.pollingStations;
        regionVoters += r.votersOnLists;
    }
    QCOMPARE(regionStations, kStations);
    QCOMPARE(regionVoters, summary->votersOnLists);
    // Contests whose four stations all reported are decided (ties are improbable), the rest
    // wait for their last protocol.
    const qint64 complete = count(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT contest_id FROM protocol GROUP BY contest_id "
                       "HAVING SUM(state = 'accepted') = COUNT(*))"));
    QCOMPARE(summary->contestsDecided + summary->contestsTied, complete);
}

void TestScaleElection::contestResultsCountOnlyAcceptedProtocols()
{
    // Protocols sent back for resolution keep their votes, which must not count.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE protocol SET state = 'needs_resolution', "
                                      "content_hash = NULL WHERE id IN (SELECT id FROM protocol "
                                      "WHERE state = 'accepted' AND id % 7 = 0)"))
                .ok());
    const qint64 election = count(QStringLiteral("SELECT id FROM election"));
    auto outcomes = ContestResults::outcomes(*m_db, election);
    QVERIFY2(outcomes.ok(), qPrintable(outcomes ? QString() : outcomes.error().detail));
    QCOMPARE(outcomes->size(), kStations / 4);

    // The tally recomputed the plain way: each vote joined to its protocol's state.
    QHash<qint64, QList<CandidateTotal>> totals;
    auto votes = m_db->exec(
        QStringLiteral("SELECT k.contest_id, k.id, COALESCE(SUM(CASE WHEN p.state = 'accepted' "
                       "THEN v.votes END), 0) FROM candidate k "
                       "LEFT JOIN protocol_vote v ON v.candidate_id = k.id "
                       "LEFT JOIN protocol p ON p.id = v.protocol_id "
                       "WHERE k.status = 'registered' GROUP BY k.contest_id, k.id "
                       "ORDER BY k.contest_id, k.id"));
    QVERIFY(votes.ok());
    while (votes->next())
        totals[votes->value(0).toLongLong()].append(
            CandidateTotal{votes->value(1).toLongLong(), votes->value(2).toLongLong()});
    auto contests = m_db->exec(QStringLiteral(
        "SELECT c.id, (SELECT COUNT(*) FROM polling_station ps WHERE ps.contest_id = c.id), "
        "(SELECT COUNT(*) FROM protocol p WHERE p.contest_id = c.id "
        "AND p.state = 'accepted') FROM contest c"));
    QVERIFY(contests.ok());
    int pending = 0;
    while (contests->next()) {
        const qint64 id = contests->value(0).toLongLong();
        const ContestOutcome expected = ContestTally::decide(
            totals.value(id), std::nullopt, contests->value(2).toInt(), contests->value(1).toInt());
        QVERIFY(outcomes->contains(id));
        QCOMPARE(outcomes->value(id), expected);
        if (expected.state == ContestOutcome::State::Pending)
            ++pending;
    }
    QVERIFY(pending > kStations / 4 / 5);
}

void TestScaleElection::sameSeedSameContents()
{
    const auto digest = [](const Database &db) {
        auto q = db.exec(QStringLiteral(
            "SELECT (SELECT group_concat(content_hash, ',') FROM protocol), "
            "(SELECT group_concat(full_name || birth_date, ',') FROM candidate), "
            "(SELECT group_concat(latitude || ';' || longitude, ',') FROM polling_station), "
            "(SELECT group_concat(organization || ifnull(polling_station_id, '-'), ',') "
            "FROM observer)"));
        QStringList parts;
        if (q && q->next()) {
            for (int i = 0; i < 4; ++i)
                parts << q->value(i).toString();
        }
        return parts;
    };
    ScaleOptions options;
    options.pollingStations = 300;
    options.seed = 7;
    auto first = build(m_dir->filePath(QStringLiteral("one.sqlite")), options);
    auto second = build(m_dir->filePath(QStringLiteral("two.sqlite")), options);
    options.seed = 8;
    auto other = build(m_dir->filePath(QStringLiteral("other.sqlite")), options);
    QVERIFY(first && second && other);
    const QStringList one = digest(*first);
    QCOMPARE(one.size(), 4);
    QCOMPARE(digest(*second), one);
    QVERIFY(digest(*other) != one);
}

void TestScaleElection::refusesAFileWithAnElection()
{
    ScaleOptions options;
    options.pollingStations = 10;
    const Status again = ScaleElection::generate(*m_db, options);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("scale.not-empty"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM polling_station")), kStations);
}

void TestScaleElection::cancels()
{
    auto db = Database::open(m_dir->filePath(QStringLiteral("cancelled.sqlite")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    ScaleOptions options;
    options.pollingStations = 20000;
    options.progress = [](int percent) {
        return percent < 50;
    };
    const Status s = ScaleElection::generate(*db, options);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("scale.cancelled"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM polling_station"))->toInt(), 0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM election"))->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestScaleElection)
#include "tst_scaleelection.moc"
