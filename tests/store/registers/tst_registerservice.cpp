// RegisterService: the rules of issue 3 item 2 refused with a FieldProblem or an Error, audit
// records for every change, dependants named on delete, the candidate workflow and its history,
// role refusals, and search.
#include "DatabaseDigest.h"
#include "Migrations.h"
#include "ProgressQueries.h"
#include "ProtocolEntryService.h"
#include "RegisterImporter.h"
#include "RegisterSearch.h"
#include "RegisterService.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;

Q_DECLARE_METATYPE(bd::RegisterRecord)

class TestRegisterService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addWritesRowAndAudit();
    void rules_data();
    void rules();
    void updateRecordsOldAndNewValues();
    void removeNamesDependants();
    void contestMoveKeepsStationsInside();
    void removeLeafTerritory();
    void workflowAndHistory();
    void undoTakesBackTheLastStatusStep();
    void workflowRefusals_data();
    void workflowRefusals();
    void registeringChecksAge();
    void rolesRefused();
    void search();
    void addedStationHasOpenProtocol();
    void contestChangeMovesProtocol();
    void contestChangeRefusedOnceEntered();
    void removeTakesOpenProtocol();
    void migrationOpensMissingProtocols();

private:
    qint64 electionId() const;
    qint64 protocolOf(const QString &station, const QString &contest) const;
    qint64 noEntryCount() const;
    bool addEntry(qint64 protocolId);
    PollingStationRecord station(const QString &code) const;

    qint64 idOf(const QString &table, const QString &code) const;
    int auditCount(const QString &action) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestRegisterService::initTestCase()
{
    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
}

void TestRegisterService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("e.sqlite"));
    QVERIFY(test::createElection(path));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(db.ok());
    m_db.emplace(std::move(*db));
    RegisterService service(*m_db, test::testAdministrator());
    const QList<RegisterRecord> base = {
        TerritoryRecord{0,
                        QStringLiteral("KZ-A"),
                        {},
                        QStringLiteral("region"),
                        {},
                        {},
                        QStringLiteral("Region A"),
                        {}},
        TerritoryRecord{0,
                        QStringLiteral("KZ-A-01"),
                        QStringLiteral("KZ-A"),
                        QStringLiteral("district"),
                        {},
                        {},
                        QStringLiteral("District 1"),
                        {}},
        TerritoryRecord{0,
                        QStringLiteral("KZ-A-01-001"),
                        QStringLiteral("KZ-A-01"),
                        QStringLiteral("okrug"),
                        {},
                        {},
                        QStringLiteral("Zhanaturmys"),
                        {}},
        TerritoryRecord{0,
                        QStringLiteral("KZ-A-01-002"),
                        QStringLiteral("KZ-A-01"),
                        QStringLiteral("okrug"),
                        {},
                        {},
                        QStringLiteral("Besshoky"),
                        {}},
        PartyRecord{0,
                    QStringLiteral("P1"),
                    {},
                    {},
                    QStringLiteral("Party One"),
                    {},
                    QStringLiteral("#1F77B4")},
        ContestRecord{0, QStringLiteral("C1"), QStringLiteral("KZ-A-01-001"),
                      QStringLiteral("Akim of Zhanaturmys"), 1},
        ContestRecord{0, QStringLiteral("C2"), QStringLiteral("KZ-A-01-002"),
                      QStringLiteral("Akim of Besshoky"), 1},
        PollingStationRecord{0, QStringLiteral("S1"), QStringLiteral("101"),
                             QStringLiteral("Polling station No. 101"),
                             QStringLiteral("Zhanaturmys, Abai Street 12 (school)"),
                             QStringLiteral("KZ-A-01-001"), QStringLiteral("C1"), 900, 51.1, 71.4},
        CandidateRecord{0,
                        QStringLiteral("CAND-1"),
                        QStringLiteral("C1"),
                        QStringLiteral("Aigerim Sadykova"),
                        QStringLiteral("female"),
                        QDate(1970, 5, 1),
                        QStringLiteral("P1"),
                        QStringLiteral("nominated"),
                        {},
                        QDate(2021, 6, 30),
                        std::nullopt},
    };
    for (const RegisterRecord &record : base) {
        auto id = service.add(record);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().userMessage));
    }
}

void TestRegisterService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestRegisterService::idOf(const QString &table, const QString &code) const
{
    auto id = m_db->scalar(QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(table), {code});
    return id.ok() ? id->toLongLong() : 0;
}

int TestRegisterService::auditCount(const QString &action) const
{
    auto n =
        m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
    return n.ok() ? n->toInt() : -1;
}

void TestRegisterService::addWritesRowAndAudit()
{
    RegisterService service(*m_db, test::testAdministrator());
    auto id = service.add(PartyRecord{0,
                                      QStringLiteral("P2"),
                                      QStringLiteral("Екінші"),
                                      {},
                                      {},
                                      QStringLiteral("Two"),
                                      QStringLiteral("#FF7F0E")});
    QVERIFY(id.ok());
    auto loaded = service.load(RegisterKind::Parties, *id);
    QVERIFY(loaded.ok());
    const auto &party = std::get<PartyRecord>(*loaded);
    QCOMPARE(party.nameKk, QStringLiteral("Екінші"));
    QCOMPARE(party.color, QStringLiteral("#FF7F0E"));
    QCOMPARE(auditCount(QStringLiteral("party.add")), 2);
    auto audit = m_db->exec(QStringLiteral("SELECT user_login, object_id, new_values FROM "
                                           "audit_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(audit.ok() && audit->next());
    QCOMPARE(audit->value(0).toString(), QStringLiteral("root"));
    QCOMPARE(audit->value(1).toLongLong(), *id);
    QVERIFY(audit->value(2).toString().contains(QStringLiteral("\"code\":\"P2\"")));
    // The territory tree: depth and closure rows follow the parent.
    auto depth = m_db->scalar(QStringLiteral("SELECT depth FROM territory WHERE code = ?"),
                              {QStringLiteral("KZ-A-01-001")});
    QVERIFY(depth.ok());
    QCOMPARE(depth->toInt(), 2);
    auto closure = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM territory_closure WHERE "
                                               "descendant_id = ?"),
                                {idOf(QStringLiteral("territory"), QStringLiteral("KZ-A-01-001"))});
    QVERIFY(closure.ok());
    QCOMPARE(closure->toInt(), 3);
}

void TestRegisterService::rules_data()
{
    QTest::addColumn<RegisterRecord>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const auto station = [](const QString &territory, qint64 voters, std::optional<double> lat,
                            std::optional<double> lon) {
        return RegisterRecord(PollingStationRecord{0,
                                                   QStringLiteral("S9"),
                                                   QStringLiteral("9"),
                                                   {},
                                                   {},
                                                   territory,
                                                   QStringLiteral("C1"),
                                                   voters,
                                                   lat,
                                                   lon});
    };
    const auto candidate = [](const QString &contest, const QString &party, QDate birth,
                              const QString &status, const QString &reason) {
        return RegisterRecord(CandidateRecord{0,
                                              QStringLiteral("CAND-9"),
                                              contest,
                                              QStringLiteral("Dana Omarova"),
                                              {},
                                              birth,
                                              party,
                                              status,
                                              reason,
                                              QDate(2021, 7, 1),
                                              std::nullopt});
    };

    QTest::newRow("unique code")
        << RegisterRecord(
               PartyRecord{0, QStringLiteral("P1"), {}, {}, QStringLiteral("Again"), {}, {}})
        << QStringLiteral("code")
        << QStringLiteral("P1 is already used by another row; codes must be unique");
    QTest::newRow("one candidate per party and contest")
        << candidate(QStringLiteral("C1"), QStringLiteral("P1"), QDate(1970, 1, 1),
                     QStringLiteral("nominated"), {})
        << QStringLiteral("party_code")
        << QStringLiteral("P1 already has a nominated or registered candidate in contest C1; a "
                          "party nominates at most one candidate per contest");
    QTest::newRow("registered under 25")
        << candidate(QStringLiteral("C2"), {}, QDate(1996, 7, 26), QStringLiteral("registered"), {})
        << QStringLiteral("birth_date")
        << QStringLiteral("the candidate is 24 on election day (2021-07-25); a registered "
                          "candidate must be 25 or older");
    QTest::newRow("birth date in future")
        << candidate(QStringLiteral("C2"), {}, QDate::currentDate().addDays(1),
                     QStringLiteral("nominated"), {})
        << QStringLiteral("birth_date")
        << QStringLiteral("%1 is in the future; check the date")
               .arg(QDate::currentDate().addDays(1).toString(Qt::ISODate));
    for (const char *status : {"refused", "withdrawn", "deregistered"}) {
        QTest::newRow(qPrintable(QStringLiteral("reason for %1").arg(QLatin1String(status))))
            << candidate(QStringLiteral("C2"), {}, QDate(1970, 1, 1), QLatin1String(status),
                         QStringLiteral("  "))
            << QStringLiteral("status_reason")
            << QStringLiteral("is empty; a reason is required when the status is %1")
                   .arg(QLatin1String(status));
    }
    QTest::newRow("voters below zero")
        << station(QStringLiteral("KZ-A-01-001"), -1, std::nullopt, std::nullopt)
        << QStringLiteral("registered_voters")
        << QStringLiteral("must be a whole number from 0 to 999999999");
    QTest::newRow("station outside contest territory")
        << station(QStringLiteral("KZ-A-01-002"), 10, std::nullopt, std::nullopt)
        << QStringLiteral("territory_code")
        << QStringLiteral("KZ-A-01-002 is not inside the territory of contest C1; a station "
                          "serves a territory of its contest");
    QTest::newRow("latitude") << station(QStringLiteral("KZ-A-01-001"), 10, -90.5, 71.0)
                              << QStringLiteral("latitude")
                              << QStringLiteral(
                                     "-90.5 is out of range; a latitude lies between -90 and 90");
    QTest::newRow("longitude")
        << station(QStringLiteral("KZ-A-01-001"), 10, 45.0, 180.25) << QStringLiteral("longitude")
        << QStringLiteral("180.25 is out of range; a longitude lies between -180 and 180");
    QTest::newRow("colour") << RegisterRecord(PartyRecord{0,
                                                          QStringLiteral("P9"),
                                                          {},
                                                          {},
                                                          QStringLiteral("Nine"),
                                                          {},
                                                          QStringLiteral("1F77B4")})
                            << QStringLiteral("color")
                            << QStringLiteral(
                                   "\"1F77B4\" is not a colour; write #RRGGBB, e.g. #1F77B4");
    QTest::newRow("reference to nothing")
        << RegisterRecord(ContestRecord{0, QStringLiteral("C9"), QStringLiteral("KZ-X"),
                                        QStringLiteral("Akim"), 1})
        << QStringLiteral("territory_code")
        << QStringLiteral("KZ-X refers to no territory in the election (nor on an earlier line "
                          "of the file); add it first or correct the code");
    QTest::newRow("region with a parent")
        << RegisterRecord(TerritoryRecord{0,
                                          QStringLiteral("KZ-B"),
                                          QStringLiteral("KZ-A"),
                                          QStringLiteral("region"),
                                          {},
                                          {},
                                          QStringLiteral("B"),
                                          {}})
        << QStringLiteral("parent_code")
        << QStringLiteral("a region belongs to no other territory; leave parent_code empty or "
                          "change the level");
}

void TestRegisterService::rules()
{
    QFETCH(RegisterRecord, record);
    QFETCH(QString, field);
    QFETCH(QString, message);
    RegisterService service(*m_db, test::testAdministrator());
    const QList<FieldProblem> problems = service.validate(record);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, field);
    QCOMPARE(problems.constFirst().message, message);

    const QByteArray before = test::databaseDigest(*m_db);
    auto added = service.add(record);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, QStringLiteral("register.invalid"));
    QVERIFY(added.error().userMessage.contains(message));
    QCOMPARE(test::databaseDigest(*m_db), before);
}

void TestRegisterService::updateRecordsOldAndNewValues()
{
    RegisterService service(*m_db, test::testAdministrator());
    const qint64 id = idOf(QStringLiteral("polling_station"), QStringLiteral("S1"));
    auto loaded = service.load(RegisterKind::PollingStations, id);
    QVERIFY(loaded.ok());
    auto station = std::get<PollingStationRecord>(*loaded);
    station.registeredVoters = 950;
    QVERIFY(service.update(station).ok());
    auto again = service.load(RegisterKind::PollingStations, id);
    QVERIFY(again.ok());
    QCOMPARE(std::get<PollingStationRecord>(*again).registeredVoters, 950);
    auto audit = m_db->exec(QStringLiteral("SELECT old_values, new_values FROM audit_log WHERE "
                                           "action = 'polling_station.update'"));
    QVERIFY(audit.ok() && audit->next());
    QVERIFY(audit->value(0).toString().contains(QStringLiteral("\"registered_voters\":\"900\"")));
    QVERIFY(audit->value(1).toString().contains(QStringLiteral("\"registered_voters\":\"950\"")));
}

void TestRegisterService::removeNamesDependants()
{
    RegisterService service(*m_db, test::testAdministrator());
    const QByteArray before = test::databaseDigest(*m_db);
    const Status removed = service.remove(RegisterKind::Contests,
                                          idOf(QStringLiteral("contest"), QStringLiteral("C1")));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, QStringLiteral("register.in-use"));
    QCOMPARE(
        removed.error().userMessage,
        QStringLiteral("C1 cannot be deleted: 1 polling station(s), 1 candidate(s) belong to "
                       "it. Delete or move them first.")); // English plural forms come from the .ts
    QCOMPARE(test::databaseDigest(*m_db), before);
}

void TestRegisterService::contestMoveKeepsStationsInside()
{
    RegisterService service(*m_db, test::testAdministrator());
    auto loaded =
        service.load(RegisterKind::Contests, idOf(QStringLiteral("contest"), QStringLiteral("C1")));
    QVERIFY(loaded.ok());
    auto contest = std::get<ContestRecord>(*loaded);
    contest.territoryCode = QStringLiteral("KZ-A-01-002");
    const QList<FieldProblem> problems = service.validate(contest);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, QStringLiteral("territory_code"));
    QCOMPARE(problems.constFirst().message,
             QStringLiteral("1 polling station(s) of this contest lie outside KZ-A-01-002; move "
                            "them first"));
    const QByteArray before = test::databaseDigest(*m_db);
    QVERIFY(!service.update(contest).ok());
    QCOMPARE(test::databaseDigest(*m_db), before);
    // Up the tree is fine: the district contains the station's okrug.
    contest.territoryCode = QStringLiteral("KZ-A-01");
    QVERIFY(service.update(contest).ok());
}

void TestRegisterService::removeLeafTerritory()
{
    RegisterService service(*m_db, test::testAdministrator());
    auto id = service.add(TerritoryRecord{0,
                                          QStringLiteral("KZ-A-01-003"),
                                          QStringLiteral("KZ-A-01"),
                                          QStringLiteral("okrug"),
                                          {},
                                          {},
                                          QStringLiteral("Okrug 3"),
                                          {}});
    QVERIFY(id.ok());
    QVERIFY(service.remove(RegisterKind::Territories, *id).ok());
    QVERIFY(!service.load(RegisterKind::Territories, *id).ok());
    auto closure = m_db->scalar(
        QStringLiteral("SELECT COUNT(*) FROM territory_closure WHERE descendant_id = ?"), {*id});
    QVERIFY(closure.ok());
    QCOMPARE(closure->toInt(), 0);
    QCOMPARE(auditCount(QStringLiteral("territory.remove")), 1);
}

void TestRegisterService::workflowAndHistory()
{
    RegisterService service(*m_db, test::testAdministrator());
    const qint64 id = idOf(QStringLiteral("candidate"), QStringLiteral("CAND-1"));
    QVERIFY(service.changeCandidateStatus(id, QStringLiteral("registered"), QDate(2021, 7, 5), {})
                .ok());
    QVERIFY(service
                .changeCandidateStatus(id, QStringLiteral("withdrawn"), QDate(2021, 7, 20),
                                       QStringLiteral("Withdrew own candidacy"))
                .ok());
    auto history = service.candidateHistory(id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).status, QStringLiteral("nominated"));
    QCOMPARE(history->at(0).date, QDate(2021, 6, 30));
    QCOMPARE(history->at(1).status, QStringLiteral("registered"));
    QCOMPARE(history->at(1).date, QDate(2021, 7, 5));
    QCOMPARE(history->at(2).status, QStringLiteral("withdrawn"));
    QCOMPARE(history->at(2).reason, QStringLiteral("Withdrew own candidacy"));
    QCOMPARE(history->at(2).changedBy, QStringLiteral("root"));
    auto loaded = service.load(RegisterKind::Candidates, id);
    QVERIFY(loaded.ok());
    QCOMPARE(std::get<CandidateRecord>(*loaded).status, QStringLiteral("withdrawn"));
    QCOMPARE(std::get<CandidateRecord>(*loaded).statusDate, QDate(2021, 7, 20));
    QCOMPARE(auditCount(QStringLiteral("candidate.update")), 2);
    // The withdrawn candidate no longer stands: the party may nominate another.
    auto second = service.add(CandidateRecord{0,
                                              QStringLiteral("CAND-2"),
                                              QStringLiteral("C1"),
                                              QStringLiteral("Berik Aitbayev"),
                                              {},
                                              QDate(1980, 1, 1),
                                              QStringLiteral("P1"),
                                              QStringLiteral("nominated"),
                                              {},
                                              {},
                                              {}});
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().userMessage));
}

void TestRegisterService::undoTakesBackTheLastStatusStep()
{
    RegisterService service(*m_db, test::testAdministrator());
    const qint64 id = idOf(QStringLiteral("candidate"), QStringLiteral("CAND-1"));
    QVERIFY(service.changeCandidateStatus(id, QStringLiteral("registered"), QDate(2021, 7, 5), {})
                .ok());
    auto registered = service.load(RegisterKind::Candidates, id);
    QVERIFY(registered.ok());
    const CandidateRecord before = std::get<CandidateRecord>(*registered);
    QVERIFY(service
                .changeCandidateStatus(id, QStringLiteral("withdrawn"), QDate(2021, 7, 20),
                                       QStringLiteral("Withdrew own candidacy"))
                .ok());

    // Undo returns the candidate to the step before, and the history keeps all three moves.
    const Status undone = service.undoCandidateStatus(id, before);
    QVERIFY2(undone.ok(), undone.ok() ? "" : qPrintable(undone.error().userMessage));
    auto loaded = service.load(RegisterKind::Candidates, id);
    QVERIFY(loaded.ok());
    QCOMPARE(std::get<CandidateRecord>(*loaded).status, QStringLiteral("registered"));
    QCOMPARE(std::get<CandidateRecord>(*loaded).statusDate, QDate(2021, 7, 5));
    QVERIFY(std::get<CandidateRecord>(*loaded).statusReason.isEmpty());
    auto history = service.candidateHistory(id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(2).status, QStringLiteral("withdrawn"));
    QCOMPARE(history->at(3).status, QStringLiteral("registered"));
    QCOMPARE(auditCount(QStringLiteral("candidate.status-undo")), 1);

    // Only to the step just before: going back to "nominated" would rewrite the workflow.
    CandidateRecord nominated = before;
    nominated.status = QStringLiteral("nominated");
    const Status again = service.undoCandidateStatus(id, nominated);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("register.transition"));
}

void TestRegisterService::workflowRefusals_data()
{
    QTest::addColumn<QStringList>("steps"); // statuses before the refused one
    QTest::addColumn<QString>("refused");
    QTest::newRow("nominated → withdrawn") << QStringList() << QStringLiteral("withdrawn");
    QTest::newRow("registered → nominated")
        << QStringList{QStringLiteral("registered")} << QStringLiteral("nominated");
    QTest::newRow("refused → registered")
        << QStringList{QStringLiteral("refused")} << QStringLiteral("registered");
    QTest::newRow("withdrawn → registered")
        << QStringList{QStringLiteral("registered"), QStringLiteral("withdrawn")}
        << QStringLiteral("registered");
}

void TestRegisterService::workflowRefusals()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, refused);
    RegisterService service(*m_db, test::testAdministrator());
    const qint64 id = idOf(QStringLiteral("candidate"), QStringLiteral("CAND-1"));
    for (const QString &step : std::as_const(steps))
        QVERIFY(service.changeCandidateStatus(id, step, QDate(2021, 7, 5), QStringLiteral("Reason"))
                    .ok());
    auto current = service.load(RegisterKind::Candidates, id);
    QVERIFY(current.ok());
    const QString from = std::get<CandidateRecord>(*current).status;
    const QByteArray before = test::databaseDigest(*m_db);
    const Status s =
        service.changeCandidateStatus(id, refused, QDate(2021, 7, 6), QStringLiteral("Reason"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("register.transition"));
    QCOMPARE(s.error().userMessage,
             QStringLiteral("A %1 candidate cannot become %2. Allowed steps: nominated → "
                            "registered or refused; registered → withdrawn or deregistered.")
                 .arg(from, refused));
    QCOMPARE(test::databaseDigest(*m_db), before);
}

void TestRegisterService::registeringChecksAge()
{
    RegisterService service(*m_db, test::testAdministrator());
    auto id = service.add(CandidateRecord{0,
                                          QStringLiteral("CAND-3"),
                                          QStringLiteral("C2"),
                                          QStringLiteral("Young Candidate"),
                                          {},
                                          QDate(1997, 1, 1),
                                          {},
                                          QStringLiteral("nominated"),
                                          {},
                                          {},
                                          {}});
    QVERIFY(id.ok());
    const QByteArray before = test::databaseDigest(*m_db);
    const Status s =
        service.changeCandidateStatus(*id, QStringLiteral("registered"), QDate(2021, 7, 5), {});
    QVERIFY(!s.ok());
    QVERIFY(s.error().userMessage.contains(
        QStringLiteral("birth_date: the candidate is 24 on election day")));
    QCOMPARE(test::databaseDigest(*m_db), before);
    // Refusing needs a reason.
    const Status noReason =
        service.changeCandidateStatus(*id, QStringLiteral("refused"), QDate(2021, 7, 5), {});
    QVERIFY(!noReason.ok());
    QVERIFY(noReason.error().userMessage.contains(QStringLiteral("status_reason")));
    QVERIFY(service
                .changeCandidateStatus(*id, QStringLiteral("refused"), QDate(2021, 7, 5),
                                       QStringLiteral("Under the minimum age"))
                .ok());
}

void TestRegisterService::rolesRefused()
{
    const QByteArray before = test::databaseDigest(*m_db);
    for (Role role : {Role::Coordinator, Role::Operator, Role::Analyst}) {
        RegisterService service(*m_db, Session{1, QStringLiteral("someone"), role});
        auto added = service.add(
            PartyRecord{0, QStringLiteral("P9"), {}, {}, QStringLiteral("Nine"), {}, {}});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("permission.denied"));
        QCOMPARE(
            service
                .remove(RegisterKind::Parties, idOf(QStringLiteral("party"), QStringLiteral("P1")))
                .error()
                .code,
            QStringLiteral("permission.denied"));
        QCOMPARE(
            service
                .changeCandidateStatus(idOf(QStringLiteral("candidate"), QStringLiteral("CAND-1")),
                                       QStringLiteral("registered"), QDate(2021, 7, 5), {})
                .error()
                .code,
            QStringLiteral("permission.denied"));
    }
    QCOMPARE(test::databaseDigest(*m_db), before);
}

void TestRegisterService::search()
{
    auto byName = RegisterSearch::find(*m_db, QStringLiteral("Sadyk"));
    QVERIFY(byName.ok());
    QCOMPARE(byName->size(), 1);
    QCOMPARE(byName->constFirst().kind, RegisterKind::Candidates);
    QCOMPARE(byName->constFirst().label, QStringLiteral("Aigerim Sadykova"));
    QCOMPARE(byName->constFirst().detail, QStringLiteral("Akim of Zhanaturmys"));
    auto byNumber = RegisterSearch::find(*m_db, QStringLiteral("101"));
    QVERIFY(byNumber.ok());
    QCOMPARE(byNumber->size(), 1);
    QCOMPARE(byNumber->constFirst().kind, RegisterKind::PollingStations);
    QCOMPARE(byNumber->constFirst().code, QStringLiteral("S1"));
    QCOMPARE(byNumber->constFirst().label, QStringLiteral("Polling station 101"));
    // The start of a number finds the station through the index (no scan for short text).
    auto byPrefix = RegisterSearch::find(*m_db, QStringLiteral("10"));
    QVERIFY(byPrefix.ok());
    QCOMPARE(byPrefix->size(), 1);
    QCOMPARE(byPrefix->constFirst().code, QStringLiteral("S1"));
    auto byAddress = RegisterSearch::find(*m_db, QStringLiteral("Abai Street"));
    QVERIFY(byAddress.ok());
    QCOMPARE(byAddress->size(), 1);
    QCOMPARE(byAddress->constFirst().code, QStringLiteral("S1"));
    auto byCode = RegisterSearch::find(*m_db, QStringLiteral("KZ-A-01"));
    QVERIFY(byCode.ok());
    QCOMPARE(byCode->size(), 1);
    QCOMPARE(byCode->constFirst().kind, RegisterKind::Territories);
    auto wildcard = RegisterSearch::find(*m_db, QStringLiteral("%"));
    QVERIFY(wildcard.ok());
    QCOMPARE(wildcard->size(), 0);
}

qint64 TestRegisterService::electionId() const
{
    auto id = m_db->scalar(QStringLiteral("SELECT id FROM election"));
    return id.ok() ? id->toLongLong() : 0;
}

/** The protocol ProtocolEntryService finds for (station, contest); 0 when there is none. */
qint64 TestRegisterService::protocolOf(const QString &station, const QString &contest) const
{
    ProtocolEntryService entry(*m_db, test::testAdministrator());
    auto id = entry.protocolId(electionId(), station, contest);
    return id.ok() ? *id : 0;
}

qint64 TestRegisterService::noEntryCount() const
{
    auto counts = ProgressQueries::national(*m_db, electionId());
    return counts.ok() ? counts->noEntry : -1;
}

/** A first entry typed by root (a draft), as the entry form would start it. */
bool TestRegisterService::addEntry(qint64 protocolId)
{
    const QString now = QStringLiteral("2021-07-25T20:00:00.000Z");
    return m_db
        ->exec(QStringLiteral("INSERT INTO protocol_entry (protocol_id, entry_number, entered_by, "
                              "state, created_at, updated_at) VALUES (?, 1, ?, 'draft', ?, ?)"),
               {protocolId, qint64(1), now, now})
        .ok();
}

PollingStationRecord TestRegisterService::station(const QString &code) const
{
    RegisterService service(*m_db, test::testAdministrator());
    auto loaded = service.loadByCode(RegisterKind::PollingStations, code);
    return loaded.ok() ? std::get<PollingStationRecord>(*loaded) : PollingStationRecord{};
}

void TestRegisterService::addedStationHasOpenProtocol()
{
    // S1 of init() was added through the service: its protocol is open and counted.
    const qint64 s1 = protocolOf(QStringLiteral("S1"), QStringLiteral("C1"));
    QVERIFY(s1 > 0);
    QCOMPARE(noEntryCount(), 1);
    RegisterService service(*m_db, test::testAdministrator());
    auto id = service.add(PollingStationRecord{0,
                                               QStringLiteral("S2"),
                                               QStringLiteral("102"),
                                               {},
                                               {},
                                               QStringLiteral("KZ-A-01-002"),
                                               QStringLiteral("C2"),
                                               700,
                                               std::nullopt,
                                               std::nullopt});
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().userMessage));
    const qint64 s2 = protocolOf(QStringLiteral("S2"), QStringLiteral("C2"));
    QVERIFY(s2 > 0);
    auto state = m_db->scalar(QStringLiteral("SELECT state FROM protocol WHERE id = ?"), {s2});
    QVERIFY(state.ok());
    QCOMPARE(state->toString(), QStringLiteral("open"));
    QCOMPARE(noEntryCount(), 2);
}

void TestRegisterService::contestChangeMovesProtocol()
{
    const qint64 protocol = protocolOf(QStringLiteral("S1"), QStringLiteral("C1"));
    QVERIFY(protocol > 0);
    RegisterService service(*m_db, test::testAdministrator());
    PollingStationRecord s1 = station(QStringLiteral("S1"));
    s1.territoryCode = QStringLiteral("KZ-A-01-002");
    s1.contestCode = QStringLiteral("C2");
    QVERIFY(service.validate(s1).isEmpty());
    const Status updated = service.update(s1);
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().userMessage));
    QCOMPARE(protocolOf(QStringLiteral("S1"), QStringLiteral("C2")), protocol);
    QCOMPARE(protocolOf(QStringLiteral("S1"), QStringLiteral("C1")), 0);
    QCOMPARE(noEntryCount(), 1);
}

void TestRegisterService::contestChangeRefusedOnceEntered()
{
    const qint64 protocol = protocolOf(QStringLiteral("S1"), QStringLiteral("C1"));
    QVERIFY(protocol > 0);
    QVERIFY(addEntry(protocol));
    RegisterService service(*m_db, test::testAdministrator());
    PollingStationRecord s1 = station(QStringLiteral("S1"));
    s1.territoryCode = QStringLiteral("KZ-A-01-002");
    s1.contestCode = QStringLiteral("C2");
    const QList<FieldProblem> problems = service.validate(s1);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, QStringLiteral("contest_code"));
    QCOMPARE(problems.constFirst().message,
             QStringLiteral("the contest cannot change: its protocol already has 1 entry(ies)"));
    const QByteArray before = test::databaseDigest(*m_db);
    const Status updated = service.update(s1);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, QStringLiteral("register.invalid"));
    QCOMPARE(test::databaseDigest(*m_db), before);
    // Other fields still change; the protocol stays where it is.
    s1 = station(QStringLiteral("S1"));
    s1.registeredVoters = 905;
    QVERIFY(service.update(s1).ok());
    QCOMPARE(protocolOf(QStringLiteral("S1"), QStringLiteral("C1")), protocol);
    // Nor can the station be removed: the message names the entered protocol.
    const QByteArray beforeRemove = test::databaseDigest(*m_db);
    const Status removed = service.remove(RegisterKind::PollingStations, s1.id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, QStringLiteral("register.in-use"));
    QCOMPARE(removed.error().userMessage,
             QStringLiteral("S1 cannot be deleted: 1 protocol(s) being entered or accepted belong "
                            "to it. Delete or move them first."));
    QCOMPARE(test::databaseDigest(*m_db), beforeRemove);
    // An accepted protocol holds its station as well.
    QVERIFY(
        m_db->exec(QStringLiteral("DELETE FROM protocol_entry WHERE protocol_id = ?"), {protocol})
            .ok());
    QVERIFY(m_db->exec(QStringLiteral("UPDATE protocol SET state = 'accepted', voters_on_list = 0, "
                                      "ballots_received = 0, ballots_issued_station = 0, "
                                      "ballots_issued_outside = 0, ballots_cancelled = 0, "
                                      "ballots_in_station_boxes = 0, ballots_in_mobile_boxes = 0, "
                                      "invalid_ballots = 0, content_hash = 'x' WHERE id = ?"),
                       {protocol})
                .ok());
    s1 = station(QStringLiteral("S1"));
    s1.territoryCode = QStringLiteral("KZ-A-01-002");
    s1.contestCode = QStringLiteral("C2");
    const QList<FieldProblem> accepted = service.validate(s1);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.constFirst().message,
             QStringLiteral("the contest cannot change: its protocol is already accepted"));
    QVERIFY(!service.remove(RegisterKind::PollingStations, s1.id).ok());
}

void TestRegisterService::removeTakesOpenProtocol()
{
    RegisterService service(*m_db, test::testAdministrator());
    const qint64 id = idOf(QStringLiteral("polling_station"), QStringLiteral("S1"));
    QVERIFY(protocolOf(QStringLiteral("S1"), QStringLiteral("C1")) > 0);
    const Status removed = service.remove(RegisterKind::PollingStations, id);
    QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().userMessage));
    auto left = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM protocol"));
    QVERIFY(left.ok());
    QCOMPARE(left->toInt(), 0);
    QCOMPARE(noEntryCount(), 0);
    QCOMPARE(auditCount(QStringLiteral("polling_station.remove")), 1);
}

void TestRegisterService::migrationOpensMissingProtocols()
{
    // A file of version 6 whose stations were added before protocols were opened with them.
    constexpr int kVersion = 7;
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM protocol")).ok());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM schema_version WHERE version >= ?"),
                       {qint64(kVersion)})
                .ok());
    QCOMPARE(protocolOf(QStringLiteral("S1"), QStringLiteral("C1")), 0);
    QCOMPARE(noEntryCount(), 0);
    m_db.reset();
    QList<Migration> upTo;
    for (const Migration &m : Migrations::all())
        if (m.version <= kVersion)
            upTo.append(m);
    QCOMPARE(upTo.constLast().version, kVersion);
    auto db = Database::open(m_dir->filePath(QStringLiteral("e.sqlite")),
                             Database::OpenMode::ExistingOnly, upTo);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().userMessage));
    m_db.emplace(std::move(*db));
    QVERIFY(protocolOf(QStringLiteral("S1"), QStringLiteral("C1")) > 0);
    QCOMPARE(noEntryCount(), 1);
}

QTEST_GUILESS_MAIN(TestRegisterService)
#include "tst_registerservice.moc"
