// Double entry, coordinator resolution and corrections on the demo election, with some of its
// protocols reopened for entry (ElectionNight::reopen).
#include "AuditVerifier.h"
#include "Database.h"
#include "DemoElection.h"
#include "ElectionNight.h"
#include "ProtocolEntryService.h"
#include "ProtocolRules.h"
#include "ProtocolSeal.h"
#include "SummaryQueries.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace bd;

Q_DECLARE_METATYPE(std::function<void(ProtocolFigures &)>)

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

QStringList codesOf(const QList<Finding> &findings)
{
    QStringList codes;
    for (const Finding &f : findings) {
        if (!codes.contains(f.code))
            codes << f.code;
    }
    return codes;
}

qint64 number(const CountValue &value)
{
    return value.number().value_or(-1);
}

} // namespace

class TestProtocolEntryService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void draftRoundTrip();
    void secondEntryIsBlind();
    void sameUserRefusedForSecondEntry();
    void identicalEntriesAreAccepted();
    void differingEntriesGoToCoordinator();
    void finishRefusedOnError_data();
    void finishRefusedOnError();
    void finishRefusedOnUnacknowledgedWarning_data();
    void finishRefusedOnUnacknowledgedWarning();
    void referWithErrorsNeedsRemark();
    void keepFirstOrSecond_data();
    void keepFirstOrSecond();
    void keepRefusedForEntryWithErrors();
    void returnedEntryIsRefinished();
    void discardBothReopens();
    void correctionIsRecorded();
    void correctionRefusals();
    void rolesAreRefused();
    void findByPrefix();
    void reopenOnlySynthetic();
    void savedDraftIsCommitted();

private:
    Session sessionOf(const QString &login) const;
    ProtocolEntryService service(const QString &login) const;
    /** Base figures of protocol @p id with no finding (see the comment in the .cpp). */
    ProtocolFigures cleanFigures(const ProtocolSheet &sheet) const;
    /** Two finished, differing, error-free entries on m_open[index]; returns both figures. */
    QPair<ProtocolFigures, ProtocolFigures> makeDiffering(int index);

    QTemporaryDir m_dir;
    QString m_demo;
    int m_copy = 0;
    std::optional<Database> m_db;
    qint64 m_electionId = 0;
    QHash<QString, Session> m_sessions;
    QList<qint64> m_open;                      // reopened protocols
    QHash<qint64, ProtocolFigures> m_original; // their demo figures
};

void TestProtocolEntryService::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Status created = DemoElection::createFile(m_demo, DemoOptions{}, false);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().userMessage));
}

void TestProtocolEntryService::init()
{
    const QString path = m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(++m_copy));
    QVERIFY(QFile::copy(m_demo, path));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().userMessage));
    m_db.emplace(std::move(db).value());
    auto election = m_db->scalar(QStringLiteral("SELECT id FROM election"));
    QVERIFY(election.ok());
    m_electionId = election->toLongLong();
    auto users = m_db->exec(QStringLiteral("SELECT id, login, role FROM app_user"));
    QVERIFY(users.ok());
    while (users->next()) {
        Session s;
        s.userId = users->value(0).toLongLong();
        s.login = users->value(1).toString();
        s.role = role::fromKey(users->value(2).toString()).value_or(Role::Analyst);
        m_sessions.insert(s.login, s);
    }
    QVERIFY(m_sessions.contains(QStringLiteral("operator1")));

    // Every 50th protocol is reopened: its demo figures become the "paper form".
    auto ids = ElectionNight::everyNth(*m_db, m_electionId, 50);
    QVERIFY(ids.ok());
    QVERIFY(ids->size() >= 30);
    ProtocolEntryService reader = service(QStringLiteral("analyst"));
    m_original.clear();
    for (const qint64 id : *ids) {
        auto sheet = reader.sheet(id);
        QVERIFY(sheet.ok());
        QVERIFY(sheet->accepted.has_value());
        m_original.insert(id, *sheet->accepted);
    }
    const Status reopened = ElectionNight::reopen(*m_db, *ids);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().userMessage));
    m_open = *ids;
}

void TestProtocolEntryService::cleanup()
{
    m_db.reset();
    m_sessions.clear();
}

Session TestProtocolEntryService::sessionOf(const QString &login) const
{
    return m_sessions.value(login);
}

ProtocolEntryService TestProtocolEntryService::service(const QString &login) const
{
    return ProtocolEntryService(*m_db, sessionOf(login));
}

// A protocol that raises nothing: the list at the station's registered voters (no P.W.206),
// ballots issued equal to the last hourly report (no P.W.207), every issued ballot found (no
// P.W.202), no invalid ballot (no P.W.201), the valid votes to the first candidate.
ProtocolFigures TestProtocolEntryService::cleanFigures(const ProtocolSheet &sheet) const
{
    const qint64 a = sheet.context.stationRegisteredVoters.value_or(0);
    const qint64 c = sheet.context.lastHourlyReport.value_or(a / 2);
    ProtocolFigures f;
    f.votersOnList = CountValue::of(a);
    f.ballotsIssuedStation = CountValue::of(c);
    f.ballotsIssuedOutside = CountValue::of(0);
    f.ballotsCancelled = CountValue::of(10);
    f.ballotsReceived = CountValue::of(c + 10);
    f.ballotsInStationBoxes = CountValue::of(c);
    f.ballotsInMobileBoxes = CountValue::of(0);
    f.invalidBallots = CountValue::of(0);
    for (int i = 0; i < sheet.candidates.size(); ++i)
        f.votes.append(CandidateVotes{sheet.candidates.at(i).id, CountValue::of(i == 0 ? c : 0)});
    return f;
}

QPair<ProtocolFigures, ProtocolFigures> TestProtocolEntryService::makeDiffering(int index)
{
    const qint64 id = m_open.at(index);
    auto one = service(QStringLiteral("operator1"));
    auto two = service(QStringLiteral("operator2"));
    auto sheet = one.sheet(id);
    if (!sheet)
        return {};
    ProtocolFigures first = m_original.value(id);
    ProtocolFigures second = first;
    // One vote moved from the first candidate to the second: no error, but not equal.
    const qint64 a = number(*second.votesFor(sheet->candidates.at(0).id));
    const qint64 b = number(*second.votesFor(sheet->candidates.at(1).id));
    for (CandidateVotes &v : second.votes) {
        if (v.candidateId == sheet->candidates.at(0).id)
            v.votes = CountValue::of(a > 0 ? a - 1 : a + 1);
        else if (v.candidateId == sheet->candidates.at(1).id)
            v.votes = CountValue::of(a > 0 ? b + 1 : b - 1);
    }
    auto r1 = one.finish(id, first, warningsOf(ProtocolEntryService::check(*sheet, first)));
    auto r2 = two.finish(id, second, warningsOf(ProtocolEntryService::check(*sheet, second)));
    if (!r1 || !r2 || *r2 != FinishOutcome::ToCoordinator)
        return {};
    return {first, second};
}

void TestProtocolEntryService::draftRoundTrip()
{
    auto one = service(QStringLiteral("operator1"));
    const qint64 id = m_open.at(0);
    auto sheet = one.sheet(id);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->choice.state, ProtocolState::Open);
    QVERIFY(!sheet->candidates.isEmpty());
    for (int i = 1; i < sheet->candidates.size(); ++i)
        QVERIFY(sheet->candidates.at(i - 1).ballotOrder < sheet->candidates.at(i).ballotOrder);

    ProtocolFigures draft;
    draft.votersOnList = CountValue::of(1234);
    draft.ballotsReceived = CountValue::parse(u"12.5"); // invalid: kept as typed
    draft.invalidBallots = CountValue::of(0);           // 0 is not empty
    draft.votes.append({sheet->candidates.at(0).id, CountValue::parse(u"1 200")});
    draft.votes.append({sheet->candidates.at(1).id, CountValue::of(7)});
    auto saved = one.saveDraft(id, draft, {QStringLiteral("P.W.206")});
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().userMessage));
    QCOMPARE(saved->entryNumber, 1);
    QCOMPARE(saved->state, EntryState::Draft);

    auto mine = one.myEntry(id);
    QVERIFY(mine.ok() && mine->has_value());
    const ProtocolEntry &entry = **mine;
    QCOMPARE(entry.figures, draft);
    QCOMPARE(entry.figures.ballotsReceived.text(), QStringLiteral("12.5"));
    QVERIFY(entry.figures.ballotsIssuedStation.isEmpty());
    QCOMPARE(number(entry.figures.invalidBallots), 0);
    QCOMPARE(entry.acknowledgedWarnings, QStringList{QStringLiteral("P.W.206")});
    QCOMPARE(entry.enteredByLogin, QStringLiteral("operator1"));
    QVERIFY(!entry.finishedAt.isValid());

    // Saving again updates the same entry; the protocol is still open.
    draft.ballotsReceived = CountValue::of(1300);
    auto again = one.saveDraft(id, draft, {});
    QVERIFY(again.ok());
    QCOMPARE(again->id, entry.id);
    QCOMPARE(number(again->figures.ballotsReceived), 1300);
    QVERIFY(again->acknowledgedWarnings.isEmpty());
    QCOMPARE(one.sheet(id)->choice.state, ProtocolState::Open);

    auto drafts = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'protocol.draft' AND object_id = ?"),
                               {QString::number(id)});
    QCOMPARE(drafts->toInt(), 2);
}

void TestProtocolEntryService::secondEntryIsBlind()
{
    auto one = service(QStringLiteral("operator1"));
    auto two = service(QStringLiteral("operator2"));
    const qint64 id = m_open.at(1);
    const ProtocolFigures paper = m_original.value(id);
    auto sheet = one.sheet(id);
    QVERIFY(sheet.ok());
    auto first = one.finish(id, paper, warningsOf(ProtocolEntryService::check(*sheet, paper)));
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().userMessage));
    QCOMPARE(*first, FinishOutcome::WaitingForSecond);
    QCOMPARE(one.sheet(id)->choice.state, ProtocolState::FirstEntered);

    auto none = two.myEntry(id);
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
    ProtocolFigures mine;
    mine.votersOnList = CountValue::of(5);
    auto saved = two.saveDraft(id, mine, {});
    QVERIFY(saved.ok());
    QCOMPARE(saved->entryNumber, 2);
    auto seen = two.myEntry(id);
    QVERIFY(seen.ok() && seen->has_value());
    QCOMPARE((*seen)->figures, mine);
    QCOMPARE((*seen)->enteredByLogin, QStringLiteral("operator2"));
    QVERIFY((*seen)->figures != paper);
    // The sheet never carries an entry, and nothing is accepted yet.
    QVERIFY(!two.sheet(id)->accepted.has_value());
}

void TestProtocolEntryService::sameUserRefusedForSecondEntry()
{
    auto one = service(QStringLiteral("operator1"));
    const qint64 id = m_open.at(2);
    const ProtocolFigures paper = m_original.value(id);
    auto sheet = one.sheet(id);
    const QStringList acks = warningsOf(ProtocolEntryService::check(*sheet, paper));
    QVERIFY(one.finish(id, paper, acks).ok());
    auto again = one.finish(id, paper, acks);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("protocol.same-user"));
    auto draft = one.saveDraft(id, paper, acks);
    QVERIFY(!draft.ok());
    QCOMPARE(draft.error().code, QStringLiteral("protocol.same-user"));
    QCOMPARE(one.sheet(id)->choice.state, ProtocolState::FirstEntered);

    // A third operator is refused once both entries are taken.
    auto two = service(QStringLiteral("operator2"));
    QVERIFY(two.saveDraft(id, paper, {}).ok());
    Session third = sessionOf(QStringLiteral("operator1"));
    third.userId = sessionOf(QStringLiteral("coordinator")).userId; // another user id
    third.role = Role::Operator;
    auto full = ProtocolEntryService(*m_db, third).saveDraft(id, paper, {});
    QVERIFY(!full.ok());
    QCOMPARE(full.error().code, QStringLiteral("protocol.entries-full"));
}

void TestProtocolEntryService::identicalEntriesAreAccepted()
{
    auto one = service(QStringLiteral("operator1"));
    auto two = service(QStringLiteral("operator2"));
    const qint64 id = m_open.at(3);
    const ProtocolFigures paper = m_original.value(id);
    auto sheet = one.sheet(id);
    const int versionBefore = sheet->rowVersion;
    const QStringList acks = warningsOf(ProtocolEntryService::check(*sheet, paper));
    QCOMPARE(*one.finish(id, paper, acks), FinishOutcome::WaitingForSecond);
    auto second = two.finish(id, paper, acks);
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().userMessage));
    QCOMPARE(*second, FinishOutcome::Accepted);

    auto after = one.sheet(id);
    QCOMPARE(after->choice.state, ProtocolState::Accepted);
    QVERIFY(after->accepted.has_value());
    QCOMPARE(*after->accepted, paper);
    QCOMPARE(after->rowVersion, versionBefore + 1);

    // protocol_vote holds each registered candidate's votes; the seal matches them.
    auto votes = m_db->exec(QStringLiteral("SELECT k.code, v.votes, v.candidate_id FROM "
                                           "protocol_vote v JOIN candidate k ON "
                                           "k.id = v.candidate_id WHERE v.protocol_id = ?"),
                            {id});
    QVERIFY(votes.ok());
    QList<QPair<QString, qint64>> sealVotes;
    while (votes->next()) {
        sealVotes.append({votes->value(0).toString(), votes->value(1).toLongLong()});
        QCOMPARE(votes->value(1).toLongLong(),
                 number(*paper.votesFor(votes->value(2).toLongLong())));
    }
    QCOMPARE(sealVotes.size(), sheet->candidates.size());
    auto row = m_db->exec(QStringLiteral("SELECT content_hash, accepted_by, accepted_at FROM "
                                         "protocol WHERE id = ?"),
                          {id});
    QVERIFY(row.ok() && row->next());
    const QString expected = ProtocolSeal::hash(
        sheet->choice.stationCode, sheet->choice.contestCode,
        {paper.votersOnList.number(), paper.ballotsReceived.number(),
         paper.ballotsIssuedStation.number(), paper.ballotsIssuedOutside.number(),
         paper.ballotsCancelled.number(), paper.ballotsInStationBoxes.number(),
         paper.ballotsInMobileBoxes.number(), paper.invalidBallots.number(), std::nullopt},
        sealVotes);
    QCOMPARE(row->value(0).toString(), expected);
    QCOMPARE(row->value(1).toLongLong(), sessionOf(QStringLiteral("operator2")).userId);
    QVERIFY(!row->value(2).toString().isEmpty());

    auto report = AuditVerifier::verify(*m_db);
    QVERIFY(report.ok());
    QVERIFY2(report->intact(), qPrintable(AuditVerifier::describe(*report)));

    auto actions = m_db->exec(QStringLiteral("SELECT action FROM audit_log WHERE "
                                             "object_type = 'protocol' AND object_id = ? "
                                             "ORDER BY id"),
                              {QString::number(id)});
    QStringList recorded;
    while (actions->next())
        recorded << actions->value(0).toString();
    QCOMPARE(recorded,
             (QStringList{QStringLiteral("protocol.finish"), QStringLiteral("protocol.finish"),
                          QStringLiteral("protocol.accept")}));

    // An accepted protocol takes no more entries.
    auto late = service(QStringLiteral("operator1")).saveDraft(id, paper, {});
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, QStringLiteral("protocol.accepted"));
}

void TestProtocolEntryService::differingEntriesGoToCoordinator()
{
    const qint64 id = m_open.at(4);
    auto one = service(QStringLiteral("operator1"));
    auto two = service(QStringLiteral("operator2"));
    auto sheet = one.sheet(id);
    const ProtocolFigures first = m_original.value(id);
    ProtocolFigures second = first;
    second.votersOnList = CountValue::of(number(first.votersOnList) + 1);
    const qint64 c1 = sheet->candidates.at(0).id;
    const qint64 c2 = sheet->candidates.at(1).id;
    const qint64 v1 = number(*first.votesFor(c1));
    const qint64 v2 = number(*first.votesFor(c2));
    QVERIFY(v1 > 0);
    for (CandidateVotes &v : second.votes) {
        if (v.candidateId == c1)
            v.votes = CountValue::of(v1 - 1);
        if (v.candidateId == c2)
            v.votes = CountValue::of(v2 + 1);
    }
    QVERIFY(one.finish(id, first, warningsOf(ProtocolEntryService::check(*sheet, first))).ok());
    auto outcome = two.finish(id, second, warningsOf(ProtocolEntryService::check(*sheet, second)));
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().userMessage));
    QCOMPARE(*outcome, FinishOutcome::ToCoordinator);

    auto coordinator = service(QStringLiteral("coordinator"));
    auto resolution = coordinator.resolution(id);
    QVERIFY(resolution.ok());
    QCOMPARE(resolution->state, ProtocolState::Differing);
    QCOMPARE(resolution->differences.size(), 1);
    const Finding &difference = resolution->differences.first();
    QCOMPARE(difference.code, QStringLiteral("P.W.001"));
    QCOMPARE(difference.fields, QList<ProtocolField>{ProtocolField::VotersOnList});
    QList<qint64> candidates = difference.candidateIds;
    std::sort(candidates.begin(), candidates.end());
    QList<qint64> expected{c1, c2};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(candidates, expected);
    QCOMPARE(resolution->first->figures, first);
    QCOMPARE(resolution->second->figures, second);

    auto queue = coordinator.resolutionQueue(m_electionId);
    QVERIFY(queue.ok());
    QCOMPARE(queue->size(), 1);
    QCOMPARE(queue->first().choice.protocolId, id);
    QCOMPARE(queue->first().state, ProtocolState::Differing);
    QCOMPARE(queue->first().differingFields, 3);
    QVERIFY(queue->first().since.isValid());
}

void TestProtocolEntryService::finishRefusedOnError_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<std::function<void(ProtocolFigures &)>>("mutate");
    using F = std::function<void(ProtocolFigures &)>;
    QTest::newRow("P.F.101") << QStringLiteral("P.F.101") << F([](ProtocolFigures &f) {
        f.ballotsReceived = CountValue::of(number(f.ballotsReceived) + 1);
    });
    QTest::newRow("P.F.102") << QStringLiteral("P.F.102") << F([](ProtocolFigures &f) {
        f.votersOnList = CountValue::of(number(f.ballotsIssuedStation) - 1);
    });
    QTest::newRow("P.F.103") << QStringLiteral("P.F.103") << F([](ProtocolFigures &f) {
        f.ballotsInStationBoxes = CountValue::of(number(f.ballotsIssuedStation) + 1);
    });
    QTest::newRow("P.F.104") << QStringLiteral("P.F.104") << F([](ProtocolFigures &f) {
        f.ballotsInMobileBoxes = CountValue::of(1);
    });
    QTest::newRow("P.F.201") << QStringLiteral("P.F.201") << F([](ProtocolFigures &f) {
        f.invalidBallots = CountValue::of(number(f.invalidBallots) + 1);
    });
    QTest::newRow("P.F.202 empty")
        << QStringLiteral("P.F.202")
        << F([](ProtocolFigures &f) { f.ballotsCancelled = CountValue::empty(); });
    QTest::newRow("P.F.202 invalid")
        << QStringLiteral("P.F.202")
        << F([](ProtocolFigures &f) { f.ballotsCancelled = CountValue::parse(u"1O"); });
    QTest::newRow("P.F.203") << QStringLiteral("P.F.203")
                             << F([](ProtocolFigures &f) { f.votes.removeLast(); });
    QTest::newRow("P.F.204") << QStringLiteral("P.F.204") << F();
}

void TestProtocolEntryService::finishRefusedOnError()
{
    QFETCH(QString, code);
    QFETCH(std::function<void(ProtocolFigures &)>, mutate);
    const qint64 id = m_open.at(5);
    auto one = service(QStringLiteral("operator1"));
    auto sheet = one.sheet(id);
    QVERIFY(sheet.ok());
    ProtocolFigures figures = cleanFigures(*sheet);
    QVERIFY2(ProtocolEntryService::check(*sheet, figures).isEmpty(),
             qPrintable(codesOf(ProtocolEntryService::check(*sheet, figures)).join(u' ')));
    if (mutate) {
        mutate(figures);
    } else {
        // The contest moves to a region the station is not in.
        auto other = m_db->scalar(QStringLiteral("SELECT t.id FROM territory t WHERE "
                                                 "t.depth = 0 AND t.id NOT IN (SELECT "
                                                 "ancestor_id FROM territory_closure WHERE "
                                                 "descendant_id = (SELECT territory_id FROM "
                                                 "polling_station WHERE id = ?)) LIMIT 1"),
                                  {sheet->stationId});
        QVERIFY(other.ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE contest SET territory_id = ? WHERE id = ?"),
                           {other->toLongLong(), sheet->contestId})
                    .ok());
        sheet = one.sheet(id);
        QVERIFY(!sheet->context.stationInContestTerritory);
    }
    const QList<Finding> findings = ProtocolEntryService::check(*sheet, figures);
    QVERIFY2(codesOf(findings).contains(code), qPrintable(codesOf(findings).join(u' ')));

    auto refused = one.finish(id, figures, warningsOf(findings));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("protocol.has-errors"));
    QVERIFY2(refused.error().userMessage.contains(code), qPrintable(refused.error().userMessage));
    // Nothing was written.
    QVERIFY(!one.myEntry(id)->has_value());
    QCOMPARE(one.sheet(id)->choice.state, ProtocolState::Open);

    // Referred to a coordinator, with a remark, it goes through as an erroneous entry.
    auto referred = one.finish(id, figures, {}, QStringLiteral("The paper form is wrong"), true);
    QVERIFY2(referred.ok(), referred.ok() ? "" : qPrintable(referred.error().userMessage));
    QCOMPARE(*referred, FinishOutcome::ToCoordinator);
    QCOMPARE(one.sheet(id)->choice.state, ProtocolState::Erroneous);
    auto queue = service(QStringLiteral("coordinator")).resolutionQueue(m_electionId);
    QCOMPARE(queue->size(), 1);
    QCOMPARE(queue->first().state, ProtocolState::Erroneous);
}

void TestProtocolEntryService::finishRefusedOnUnacknowledgedWarning_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<std::function<void(ProtocolFigures &)>>("mutate");
    using F = std::function<void(ProtocolFigures &)>;
    // Each moves the clean figures so that the warning fires and no error does.
    QTest::newRow("P.W.201") << QStringLiteral("P.W.201") << F([](ProtocolFigures &f) {
        const qint64 found = number(f.ballotsInStationBoxes);
        const qint64 invalid = (found * 3 + 99) / 100;
        f.invalidBallots = CountValue::of(invalid);
        f.votes[0].votes = CountValue::of(number(f.votes[0].votes) - invalid);
    });
    QTest::newRow("P.W.202") << QStringLiteral("P.W.202") << F([](ProtocolFigures &f) {
        f.ballotsInStationBoxes = CountValue::of(number(f.ballotsInStationBoxes) - 15);
        f.votes[0].votes = CountValue::of(number(f.votes[0].votes) - 15);
    });
    QTest::newRow("P.W.203") << QStringLiteral("P.W.203") << F([](ProtocolFigures &f) {
        f.votersOnList = f.ballotsIssuedStation; // turnout 100 %
    });
    QTest::newRow("P.W.204") << QStringLiteral("P.W.204") << F([](ProtocolFigures &f) {
        f.ballotsInStationBoxes = CountValue::of(0);
        for (CandidateVotes &v : f.votes)
            v.votes = CountValue::of(0);
    });
    QTest::newRow("P.W.205") << QStringLiteral("P.W.205") << F([](ProtocolFigures &f) {
        f.votersOnList = CountValue::of(0);
        f.ballotsIssuedStation = CountValue::of(0);
        f.ballotsReceived = f.ballotsCancelled;
        f.ballotsInStationBoxes = CountValue::of(0);
        for (CandidateVotes &v : f.votes)
            v.votes = CountValue::of(0);
    });
    QTest::newRow("P.W.206") << QStringLiteral("P.W.206") << F([](ProtocolFigures &f) {
        f.votersOnList = CountValue::of(number(f.votersOnList) * 110 / 100 + 1);
    });
    QTest::newRow("P.W.207") << QStringLiteral("P.W.207") << F([](ProtocolFigures &f) {
        const qint64 c = number(f.ballotsIssuedStation);
        const qint64 more = c / 20 + 1; // 5 % more than the last hourly report
        f.ballotsIssuedStation = CountValue::of(c + more);
        f.ballotsReceived = CountValue::of(number(f.ballotsReceived) + more);
        f.ballotsInStationBoxes = CountValue::of(c + more);
        f.votes[0].votes = CountValue::of(number(f.votes[0].votes) + more);
    });
}

void TestProtocolEntryService::finishRefusedOnUnacknowledgedWarning()
{
    QFETCH(QString, code);
    QFETCH(std::function<void(ProtocolFigures &)>, mutate);
    auto one = service(QStringLiteral("operator1"));
    // A station whose last hourly report leaves room on both sides of the turnout thresholds.
    qint64 id = 0;
    std::optional<ProtocolSheet> sheet;
    for (const qint64 candidate : std::as_const(m_open)) {
        auto s = one.sheet(candidate);
        QVERIFY(s.ok());
        const qint64 voters = s->context.stationRegisteredVoters.value_or(0);
        const qint64 hourly = s->context.lastHourlyReport.value_or(0);
        if (voters > 200 && hourly > voters / 5 && hourly < voters * 4 / 5 &&
            s->candidates.size() >= 2) {
            id = candidate;
            sheet = *s;
            break;
        }
    }
    QVERIFY(id != 0);
    ProtocolFigures figures = cleanFigures(*sheet);
    QVERIFY(ProtocolEntryService::check(*sheet, figures).isEmpty());
    mutate(figures);
    const QList<Finding> findings = ProtocolEntryService::check(*sheet, figures);
    QVERIFY2(!ProtocolRules::hasErrors(findings), qPrintable(codesOf(findings).join(u' ')));
    QStringList warnings = warningsOf(findings);
    QVERIFY2(warnings.contains(code), qPrintable(warnings.join(u' ')));

    QStringList partial = warnings;
    partial.removeAll(code);
    auto refused = one.finish(id, figures, partial);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("protocol.unacknowledged"));
    QVERIFY(refused.error().userMessage.contains(code));
    QVERIFY(!one.myEntry(id)->has_value());

    auto finished = one.finish(id, figures, warnings);
    QVERIFY2(finished.ok(), finished.ok() ? "" : qPrintable(finished.error().userMessage));
    auto entry = one.myEntry(id);
    QCOMPARE((*entry)->state, EntryState::Finished);
    QStringList stored = (*entry)->acknowledgedWarnings;
    stored.sort();
    warnings.sort();
    QCOMPARE(stored, warnings);
    auto who = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM protocol_entry_acknowledgement "
                                           "WHERE entry_id = ? AND code = ? AND "
                                           "acknowledged_by = ? AND acknowledged_at IS NOT NULL"),
                            {(*entry)->id, code, sessionOf(QStringLiteral("operator1")).userId});
    QCOMPARE(who->toInt(), 1);
}

void TestProtocolEntryService::referWithErrorsNeedsRemark()
{
    auto one = service(QStringLiteral("operator1"));
    const qint64 id = m_open.at(6);
    ProtocolFigures figures = m_original.value(id);
    figures.ballotsReceived = CountValue::of(number(figures.ballotsReceived) + 3);
    auto refused = one.finish(id, figures, {}, QStringLiteral("  "), true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("protocol.reason-required"));
    auto referred = one.finish(id, figures, {}, QStringLiteral("B is wrong on the paper"), true);
    QVERIFY(referred.ok());
    QCOMPARE(*referred, FinishOutcome::ToCoordinator);
    auto entry = one.myEntry(id);
    QCOMPARE((*entry)->remark, QStringLiteral("B is wrong on the paper"));
    QCOMPARE(one.sheet(id)->choice.state, ProtocolState::Erroneous);
}

void TestProtocolEntryService::keepFirstOrSecond_data()
{
    QTest::addColumn<int>("kept");
    QTest::newRow("first") << 1;
    QTest::newRow("second") << 2;
}

void TestProtocolEntryService::keepFirstOrSecond()
{
    QFETCH(int, kept);
    const auto [first, second] = makeDiffering(7);
    QVERIFY(!first.votes.isEmpty());
    const qint64 id = m_open.at(7);
    auto coordinator = service(QStringLiteral("coordinator"));
    const Status status = coordinator.keepEntry(id, kept);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().userMessage));
    auto sheet = coordinator.sheet(id);
    QCOMPARE(sheet->choice.state, ProtocolState::Accepted);
    QCOMPARE(*sheet->accepted, kept == 1 ? first : second);
    auto discarded = m_db->scalar(QStringLiteral("SELECT entry_number FROM protocol_entry "
                                                 "WHERE protocol_id = ? AND state = 'discarded'"),
                                  {id});
    QCOMPARE(discarded->toInt(), kept == 1 ? 2 : 1);
    auto report = AuditVerifier::verify(*m_db);
    QVERIFY(report->intact());
    QVERIFY(coordinator.resolutionQueue(m_electionId)->isEmpty());
    auto accepted =
        m_db->scalar(QStringLiteral("SELECT accepted_by FROM protocol WHERE id = ?"), {id});
    QCOMPARE(accepted->toLongLong(), sessionOf(QStringLiteral("coordinator")).userId);
}

void TestProtocolEntryService::keepRefusedForEntryWithErrors()
{
    const qint64 id = m_open.at(8);
    auto one = service(QStringLiteral("operator1"));
    auto two = service(QStringLiteral("operator2"));
    auto sheet = one.sheet(id);
    const ProtocolFigures paper = m_original.value(id);
    ProtocolFigures wrong = paper;
    wrong.invalidBallots = CountValue::of(number(paper.invalidBallots) + 2);
    QVERIFY(one.finish(id, wrong, {}, QStringLiteral("F does not add up on paper"), true).ok());
    auto second = two.finish(id, paper, warningsOf(ProtocolEntryService::check(*sheet, paper)));
    QVERIFY(second.ok());
    QCOMPARE(*second, FinishOutcome::ToCoordinator);
    QCOMPARE(one.sheet(id)->choice.state, ProtocolState::Erroneous);

    auto coordinator = service(QStringLiteral("coordinator"));
    const Status refused = coordinator.keepEntry(id, 1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("protocol.has-errors"));
    QVERIFY(refused.error().userMessage.contains(QStringLiteral("P.F.201")));
    QVERIFY(coordinator.keepEntry(id, 2).ok());
    QCOMPARE(*coordinator.sheet(id)->accepted, paper);
}

void TestProtocolEntryService::returnedEntryIsRefinished()
{
    const auto [first, second] = makeDiffering(9);
    QVERIFY(!first.votes.isEmpty());
    const qint64 id = m_open.at(9);
    auto coordinator = service(QStringLiteral("coordinator"));
    const Status noRemark = coordinator.returnEntry(id, 2, QString());
    QVERIFY(!noRemark.ok());
    QCOMPARE(noRemark.error().code, QStringLiteral("protocol.reason-required"));
    QVERIFY(coordinator.returnEntry(id, 2, QStringLiteral("Check the first two candidates")).ok());
    QCOMPARE(coordinator.sheet(id)->choice.state, ProtocolState::FirstEntered);

    auto two = service(QStringLiteral("operator2"));
    auto returned = two.myEntry(id);
    QVERIFY(returned.ok() && returned->has_value());
    QCOMPARE((*returned)->state, EntryState::Returned);
    QCOMPARE((*returned)->remark, QStringLiteral("Check the first two candidates"));
    QCOMPARE((*returned)->figures, second);
    // A draft keeps it returned; finishing it with the paper's figures accepts the protocol.
    auto draft = two.saveDraft(id, first, {});
    QCOMPARE(draft->state, EntryState::Returned);
    auto sheet = two.sheet(id);
    auto outcome = two.finish(id, first, warningsOf(ProtocolEntryService::check(*sheet, first)));
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().userMessage));
    QCOMPARE(*outcome, FinishOutcome::Accepted);
    QCOMPARE(*two.sheet(id)->accepted, first);
}

void TestProtocolEntryService::discardBothReopens()
{
    const auto [first, second] = makeDiffering(10);
    QVERIFY(!first.votes.isEmpty());
    const qint64 id = m_open.at(10);
    auto coordinator = service(QStringLiteral("coordinator"));
    QCOMPARE(coordinator.discardBoth(id, QString()).error().code,
             QStringLiteral("protocol.reason-required"));
    QVERIFY(coordinator.discardBoth(id, QStringLiteral("Both misread the form")).ok());
    QCOMPARE(coordinator.sheet(id)->choice.state, ProtocolState::Open);
    auto one = service(QStringLiteral("operator1"));
    QVERIFY(!one.myEntry(id)->has_value());
    auto discarded = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM protocol_entry WHERE "
                                                 "protocol_id = ? AND state = 'discarded'"),
                                  {id});
    QCOMPARE(discarded->toInt(), 2);
    // Two new entries, this time in the other order, are accepted.
    auto sheet = one.sheet(id);
    const QStringList acks = warningsOf(ProtocolEntryService::check(*sheet, first));
    QCOMPARE(*service(QStringLiteral("operator2")).finish(id, first, acks),
             FinishOutcome::WaitingForSecond);
    QCOMPARE(*one.finish(id, first, acks), FinishOutcome::Accepted);
}

void TestProtocolEntryService::correctionIsRecorded()
{
    auto coordinator = service(QStringLiteral("coordinator"));
    auto before = SummaryQueries::national(*m_db);
    QVERIFY(before.ok());
    // An accepted demo protocol (not reopened).
    auto any = m_db->scalar(QStringLiteral("SELECT MIN(id) FROM protocol WHERE state = "
                                           "'accepted'"));
    const qint64 id = any->toLongLong();
    auto sheet = coordinator.sheet(id);
    QVERIFY(sheet->accepted.has_value());
    const ProtocolFigures old = *sheet->accepted;
    ProtocolFigures corrected = old;
    corrected.votersOnList = CountValue::of(number(old.votersOnList) + 7);
    const QStringList acks = warningsOf(ProtocolEntryService::check(*sheet, corrected));
    const Status status = coordinator.correct(id, sheet->rowVersion, corrected,
                                              QStringLiteral("List figure misread"), acks);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().userMessage));

    auto after = coordinator.sheet(id);
    QCOMPARE(*after->accepted, corrected);
    QCOMPARE(after->rowVersion, sheet->rowVersion + 1);
    auto corrections = coordinator.corrections(id);
    QVERIFY(corrections.ok());
    QCOMPARE(corrections->size(), 1);
    QCOMPARE(corrections->first().reason, QStringLiteral("List figure misread"));
    QCOMPARE(corrections->first().correctedByLogin, QStringLiteral("coordinator"));
    QCOMPARE(corrections->first().oldFigures, old);
    QCOMPARE(corrections->first().newFigures, corrected);

    auto audit = m_db->exec(QStringLiteral("SELECT old_values, new_values, user_login FROM "
                                           "audit_log WHERE action = 'protocol.correct' AND "
                                           "object_type = 'protocol' AND object_id = ?"),
                            {QString::number(id)});
    QVERIFY(audit.ok() && audit->next());
    const QJsonObject oldJson = QJsonDocument::fromJson(audit->value(0).toString().toUtf8())
                                    .object()
                                    .value(QStringLiteral("figures"))
                                    .toObject();
    const QJsonObject newJson = QJsonDocument::fromJson(audit->value(1).toString().toUtf8())
                                    .object()
                                    .value(QStringLiteral("figures"))
                                    .toObject();
    QCOMPARE(oldJson.value(QStringLiteral("A")).toInteger(), number(old.votersOnList));
    QCOMPARE(newJson.value(QStringLiteral("A")).toInteger(), number(old.votersOnList) + 7);
    QCOMPARE(audit->value(2).toString(), QStringLiteral("coordinator"));

    auto report = AuditVerifier::verify(*m_db);
    QVERIFY2(report->intact(), qPrintable(AuditVerifier::describe(*report)));
    auto summary = SummaryQueries::national(*m_db);
    QCOMPARE(summary->votersReported, before->votersReported + 7);
}

void TestProtocolEntryService::correctionRefusals()
{
    auto coordinator = service(QStringLiteral("coordinator"));
    auto any = m_db->scalar(QStringLiteral("SELECT MAX(id) FROM protocol WHERE state = "
                                           "'accepted'"));
    const qint64 id = any->toLongLong();
    auto sheet = coordinator.sheet(id);
    const ProtocolFigures old = *sheet->accepted;
    ProtocolFigures corrected = old;
    corrected.ballotsCancelled = CountValue::of(number(old.ballotsCancelled) + 1);
    corrected.ballotsReceived = CountValue::of(number(old.ballotsReceived) + 1);
    const QStringList acks = warningsOf(ProtocolEntryService::check(*sheet, corrected));

    Status s = coordinator.correct(id, sheet->rowVersion, corrected, QStringLiteral(" "), acks);
    QCOMPARE(s.error().code, QStringLiteral("protocol.reason-required"));
    s = coordinator.correct(id, sheet->rowVersion, old, QStringLiteral("x"), acks);
    QCOMPARE(s.error().code, QStringLiteral("protocol.no-change"));
    ProtocolFigures wrong = corrected;
    wrong.ballotsReceived = old.ballotsReceived;
    s = coordinator.correct(id, sheet->rowVersion, wrong, QStringLiteral("x"), acks);
    QCOMPARE(s.error().code, QStringLiteral("protocol.has-errors"));
    QVERIFY(
        coordinator.correct(id, sheet->rowVersion, corrected, QStringLiteral("D miscounted"), acks)
            .ok());
    // The same form submitted again holds a stale row_version.
    ProtocolFigures again = corrected;
    again.ballotsCancelled = CountValue::of(number(corrected.ballotsCancelled) + 1);
    again.ballotsReceived = CountValue::of(number(corrected.ballotsReceived) + 1);
    s = coordinator.correct(id, sheet->rowVersion, again, QStringLiteral("x"), acks);
    QCOMPARE(s.error().code, QStringLiteral("protocol.conflict"));
    QVERIFY(s.error().userMessage.contains(QString::number(number(corrected.ballotsCancelled))));
    QCOMPARE(*coordinator.sheet(id)->accepted, corrected);
    QCOMPARE(coordinator.corrections(id)->size(), 1);

    // Only an accepted protocol is corrected.
    s = coordinator.correct(m_open.at(0), 1, corrected, QStringLiteral("x"), acks);
    QCOMPARE(s.error().code, QStringLiteral("protocol.state"));
}

void TestProtocolEntryService::rolesAreRefused()
{
    const qint64 id = m_open.at(11);
    const ProtocolFigures paper = m_original.value(id);
    for (const QString &login :
         {QStringLiteral("analyst"), QStringLiteral("coordinator"), QStringLiteral("admin")}) {
        auto s = service(login);
        QCOMPARE(s.saveDraft(id, paper, {}).error().code, QStringLiteral("permission.denied"));
        QCOMPARE(s.finish(id, paper, {}).error().code, QStringLiteral("permission.denied"));
    }
    auto op = service(QStringLiteral("operator1"));
    QCOMPARE(op.keepEntry(id, 1).error().code, QStringLiteral("permission.denied"));
    QCOMPARE(op.returnEntry(id, 1, QStringLiteral("x")).error().code,
             QStringLiteral("permission.denied"));
    QCOMPARE(op.discardBoth(id, QStringLiteral("x")).error().code,
             QStringLiteral("permission.denied"));
    QCOMPARE(op.correct(id, 1, paper, QStringLiteral("x"), {}).error().code,
             QStringLiteral("permission.denied"));
    // Double entry is blind: an operator never sees both entries.
    QCOMPARE(op.resolution(id).error().code, QStringLiteral("permission.denied"));
    auto analyst = service(QStringLiteral("analyst"));
    QCOMPARE(analyst.keepEntry(id, 1).error().code, QStringLiteral("permission.denied"));
    QCOMPARE(analyst.correct(id, 1, paper, QStringLiteral("x"), {}).error().code,
             QStringLiteral("permission.denied"));
    // Everyone reads.
    QVERIFY(analyst.sheet(id).ok());
    auto none = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM protocol_entry WHERE "
                                            "protocol_id = ?"),
                             {id});
    QCOMPARE(none->toInt(), 0);
}

void TestProtocolEntryService::findByPrefix()
{
    auto reader = service(QStringLiteral("operator1"));
    auto sheet = reader.sheet(m_open.at(0));
    const QString number = sheet->choice.stationNumber;
    auto hits = reader.find(m_electionId, number, 50);
    QVERIFY(hits.ok());
    QVERIFY(!hits->isEmpty());
    bool found = false;
    for (const ProtocolChoice &c : *hits) {
        QVERIFY(c.stationNumber.startsWith(number) || c.stationCode.startsWith(number));
        found = found || c.protocolId == m_open.at(0);
    }
    QVERIFY(found);
    for (int i = 1; i < hits->size(); ++i)
        QVERIFY(hits->at(i - 1).stationNumber <= hits->at(i).stationNumber);
    // By code, case-insensitively; the state comes along.
    const QString code = sheet->choice.stationCode;
    auto byCode = reader.find(m_electionId, code.toLower(), 5);
    QVERIFY(byCode.ok());
    QCOMPARE(byCode->size(), 1);
    QCOMPARE(byCode->first().protocolId, m_open.at(0));
    QCOMPARE(byCode->first().state, ProtocolState::Open);
    QVERIFY(!byCode->first().territoryName.isEmpty());
    auto limited = reader.find(m_electionId, QString(), 3);
    QCOMPARE(limited->size(), 3);

    auto pid = reader.protocolId(m_electionId, code, sheet->choice.contestCode);
    QCOMPARE(*pid, m_open.at(0));
    QCOMPARE(reader.protocolId(m_electionId, code, QStringLiteral("nope")).error().code,
             QStringLiteral("protocol.not-found"));
}

void TestProtocolEntryService::reopenOnlySynthetic()
{
    auto last = m_db->exec(QStringLiteral("SELECT action, object_type, new_values FROM "
                                          "audit_log WHERE action = 'protocol.reopen-demo'"));
    QVERIFY(last.ok() && last->next());
    QCOMPARE(last->value(1).toString(), QStringLiteral("election"));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE election SET synthetic = 0")).ok());
    auto accepted = m_db->scalar(QStringLiteral("SELECT MIN(id) FROM protocol WHERE state = "
                                                "'accepted'"));
    const Status refused = ElectionNight::reopen(*m_db, {accepted->toLongLong()});
    QCOMPARE(refused.error().code, QStringLiteral("demo.not-synthetic"));
    auto still = m_db->scalar(QStringLiteral("SELECT state FROM protocol WHERE id = ?"),
                              {accepted->toLongLong()});
    QCOMPARE(still->toString(), QStringLiteral("accepted"));
}

void TestProtocolEntryService::savedDraftIsCommitted()
{
    // FULL: each commit is synced to disk before it returns (Database opens every file so).
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2);
    const qint64 id = m_open.at(12);
    ProtocolFigures draft = m_original.value(id);
    draft.invalidBallots = CountValue::empty();
    QVERIFY(service(QStringLiteral("operator1")).saveDraft(id, draft, {}).ok());
    // Another connection, as after a restart, finds the draft as soon as saveDraft returned.
    auto other = Database::open(m_db->location(), Database::OpenMode::ExistingOnly);
    QVERIFY(other.ok());
    auto entry = ProtocolEntryService(*other, sessionOf(QStringLiteral("operator1"))).myEntry(id);
    QVERIFY(entry.ok() && entry->has_value());
    QCOMPARE((*entry)->figures, draft);
}

QTEST_GUILESS_MAIN(TestProtocolEntryService)
#include "tst_protocolentryservice.moc"
