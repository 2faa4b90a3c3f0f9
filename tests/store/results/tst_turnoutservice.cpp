#include "Database.h"
#include "DemoElection.h"
#include "SummaryQueries.h"
#include "TurnoutService.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

QTime at(int hour)
{
    return QTime(hour, 0);
}

const QList<int> kHours = {10, 12, 14, 16, 18, 20};

// Values in the data tables: a count, or one of these stand-ins for the station's figures.
constexpr qint64 kOmit = -1;       // no report at that hour
constexpr qint64 kList = -2;       // the station's voters on the list
constexpr qint64 kAboveList = -3;  // one above it
constexpr qint64 kStoredLess = -4; // one below the stored report of the hour before

} // namespace

/** TurnoutService on the demo election: T.F.301, T.F.302, saving, national and regional turnout. */
class TestTurnoutService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hoursAreTheElections();
    void findByNumberAndCode();
    void stationShowsItsReportsAndProtocol();
    void rules_data();
    void rules();
    void t302UsesRegisteredVotersWithoutAcceptedProtocol();
    void closingReportFarFromProtocolIsAWarning();
    void hourNotInTheElectionIsRefused();
    void saveNeedsEnterTurnout();
    void saveStoresAndAudits();
    void saveRefusesErrorsAndWritesNothing();
    void saveManyIsAllOrNothing();
    void nationalEqualsTheSumOfTheReports();
    void regionsAddUpToNational();
    void savedReportChangesNationalFigure();

private:
    qint64 stationId(const QString &code) const;
    qint64 count(const QString &sql, const QVariantList &values = {}) const;
    QList<TurnoutReading> readings(const QList<qint64> &values, const StationTurnout &s) const;

    QTemporaryDir m_dir;
    QString m_template;
    std::optional<Database> m_db;
    Session m_operator;
    qint64 m_election = 0;
};

void TestTurnoutService::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const Status created = DemoElection::createFile(m_template, DemoOptions{}, false);
    QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().detail));
}

void TestTurnoutService::init()
{
    // A fresh copy of the demo for every test.
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    m_db.emplace(std::move(db).value());
    auto user = m_db->scalar(QStringLiteral("SELECT id FROM app_user WHERE login = ?"),
                             {QStringLiteral("operator1")});
    QVERIFY(user);
    m_operator = Session{user->toLongLong(), QStringLiteral("operator1"), Role::Operator};
    auto election = TurnoutService(*m_db, m_operator).electionId();
    QVERIFY(election);
    m_election = *election;
}

void TestTurnoutService::cleanup()
{
    m_db.reset();
}

qint64 TestTurnoutService::stationId(const QString &code) const
{
    auto id = m_db->scalar(QStringLiteral("SELECT id FROM polling_station WHERE code = ?"), {code});
    return id ? id->toLongLong() : 0;
}

qint64 TestTurnoutService::count(const QString &sql, const QVariantList &values) const
{
    auto v = m_db->scalar(sql, values);
    return v ? v->toLongLong() : -1;
}

QList<TurnoutReading> TestTurnoutService::readings(const QList<qint64> &values,
                                                   const StationTurnout &s) const
{
    QList<TurnoutReading> out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        qint64 v = values.at(i);
        if (v == kOmit)
            continue;
        if (v == kList)
            v = s.votersOnList();
        else if (v == kAboveList)
            v = s.votersOnList() + 1;
        else if (v == kStoredLess)
            v = s.readingAt(at(kHours.at(i - 1))).value_or(1) - 1;
        out.append(TurnoutReading{at(kHours.at(i)), v});
    }
    return out;
}

void TestTurnoutService::hoursAreTheElections()
{
    auto hours = TurnoutService(*m_db, m_operator).hours(m_election);
    QVERIFY(hours);
    QCOMPARE(*hours, (QList<QTime>{at(10), at(12), at(14), at(16), at(18), at(20)}));
}

void TestTurnoutService::findByNumberAndCode()
{
    TurnoutService service(*m_db, m_operator);
    auto byCode = service.find(m_election, QStringLiteral("PS-KZ-AKM-000"), 50);
    QVERIFY(byCode);
    QVERIFY(!byCode->isEmpty());
    for (const StationTurnout &s : std::as_const(*byCode))
        QVERIFY2(s.stationCode.startsWith(QLatin1String("PS-KZ-AKM-000")),
                 qPrintable(s.stationCode));

    auto byNumber = service.find(m_election, QStringLiteral("3"), 5);
    QVERIFY(byNumber);
    QCOMPARE(byNumber->size(), 5);
    QCOMPARE(byNumber->constFirst().stationNumber, QStringLiteral("3")); // numbers first
    QCOMPARE(byNumber->constFirst().hours.size(), 6);
    QCOMPARE(byNumber->constFirst().readings.size(), 6);

    auto none = service.find(m_election, QStringLiteral("no such station"));
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestTurnoutService::stationShowsItsReportsAndProtocol()
{
    const qint64 id = stationId(QStringLiteral("PS-KZ-AKM-0003"));
    auto s = TurnoutService(*m_db, m_operator).station(id);
    QVERIFY(s);
    QCOMPARE(s->stationCode, QStringLiteral("PS-KZ-AKM-0003"));
    QCOMPARE(s->stationNumber, QStringLiteral("3"));
    QCOMPARE(
        s->registeredVoters,
        count(QStringLiteral("SELECT registered_voters FROM polling_station WHERE id = ?"), {id}));
    QVERIFY(s->protocolVotersOnList);
    QCOMPARE(*s->protocolVotersOnList,
             count(QStringLiteral("SELECT voters_on_list FROM protocol WHERE "
                                  "polling_station_id = ?"),
                   {id}));
    QCOMPARE(s->votersOnList(), *s->protocolVotersOnList);
    QCOMPARE(*s->protocolIssued,
             count(QStringLiteral("SELECT ballots_issued_station + ballots_issued_outside FROM "
                                  "protocol WHERE polling_station_id = ?"),
                   {id}));
    QCOMPARE(s->readings.size(), 6);
    QCOMPARE(s->readingAt(at(20)),
             count(QStringLiteral("SELECT voters_received_ballots FROM turnout_report WHERE "
                                  "polling_station_id = ? AND report_time = '20:00'"),
                   {id}));
}

void TestTurnoutService::rules_data()
{
    QTest::addColumn<QList<qint64>>("values"); // 10:00 … 20:00
    QTest::addColumn<QStringList>("codes");    // error codes with their hour, "T.F.301@12"
    QTest::newRow("rising") << QList<qint64>{10, 20, 30, 40, 50, 60} << QStringList{};
    QTest::newRow("flat") << QList<qint64>{10, 10, 10, 10, 10, 10} << QStringList{};
    QTest::newRow("all zero") << QList<qint64>{0, 0, 0, 0, 0, 0} << QStringList{};
    QTest::newRow("lower at 12:00")
        << QList<qint64>{50, 40, 60, 70, 80, 90} << QStringList{QStringLiteral("T.F.301@12")};
    QTest::newRow("lower than the peak twice")
        << QList<qint64>{10, 20, 30, 40, 35, 38}
        << QStringList{QStringLiteral("T.F.301@18"), QStringLiteral("T.F.301@20")};
    QTest::newRow("closing equals the list")
        << QList<qint64>{10, 20, 30, 40, 50, kList} << QStringList{};
    QTest::newRow("closing above the list") << QList<qint64>{10, 20, 30, 40, 50, kAboveList}
                                            << QStringList{QStringLiteral("T.F.302@20")};
    QTest::newRow("above the list, then lower")
        << QList<qint64>{10, kAboveList, 30, 40, 50, 60}
        << QStringList{QStringLiteral("T.F.301@14"), QStringLiteral("T.F.301@16"),
                       QStringLiteral("T.F.301@18"), QStringLiteral("T.F.301@20"),
                       QStringLiteral("T.F.302@12")};
    // One new report is checked against the station's stored reports.
    QTest::newRow("one report below the stored earlier one")
        << QList<qint64>{kOmit, kOmit, kStoredLess, kOmit, kOmit, kOmit}
        << QStringList{QStringLiteral("T.F.301@14")};
    QTest::newRow("one report above the list")
        << QList<qint64>{kOmit, kOmit, kOmit, kOmit, kOmit, kAboveList}
        << QStringList{QStringLiteral("T.F.302@20")};
}

void TestTurnoutService::rules()
{
    QFETCH(QList<qint64>, values);
    QFETCH(QStringList, codes);
    TurnoutService service(*m_db, m_operator);
    const qint64 id = stationId(QStringLiteral("PS-KZ-AKM-0006"));
    auto s = service.station(id);
    QVERIFY(s);
    const QList<TurnoutReading> given = readings(values, *s);

    auto findings = service.check(id, given);
    QVERIFY(findings);
    QStringList found;
    for (const Finding &f : std::as_const(*findings)) {
        if (f.isError())
            found << QStringLiteral("%1@%2").arg(f.code).arg(f.hour.hour());
    }
    QCOMPARE(found, codes);

    // save() refuses exactly when check() finds an error, and then changes nothing.
    const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const Status saved = service.save(id, given);
    QCOMPARE(saved.ok(), codes.isEmpty());
    auto after = service.station(id);
    QVERIFY(after);
    if (codes.isEmpty()) {
        for (const TurnoutReading &r : given)
            QCOMPARE(after->readingAt(r.hour), r.votersReceivedBallots);
    } else {
        QCOMPARE(saved.error().code, QStringLiteral("turnout.rules"));
        QVERIFY2(saved.error().userMessage.contains(codes.constFirst().section(u'@', 0, 0)),
                 qPrintable(saved.error().userMessage));
        QCOMPARE(after->readings, s->readings);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    }
}

void TestTurnoutService::t302UsesRegisteredVotersWithoutAcceptedProtocol()
{
    TurnoutService service(*m_db, m_operator);
    const qint64 id = stationId(QStringLiteral("PS-KZ-AKM-0007"));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE protocol SET state = 'first_entered' WHERE "
                                      "polling_station_id = ?"),
                       {id}));
    auto s = service.station(id);
    QVERIFY(s);
    QVERIFY(!s->protocolVotersOnList);
    QVERIFY(!s->protocolIssued);
    QCOMPARE(s->votersOnList(), s->registeredVoters);

    const QTime closing = at(20);
    auto equal = service.check(id, {TurnoutReading{closing, s->registeredVoters}});
    QVERIFY(equal);
    QVERIFY(equal->isEmpty()); // no P.W.207 either: there is no accepted protocol
    auto above = service.check(id, {TurnoutReading{closing, s->registeredVoters + 1}});
    QVERIFY(above);
    QCOMPARE(above->size(), 1);
    QCOMPARE(above->constFirst().code, QStringLiteral("T.F.302"));
    QCOMPARE(above->constFirst().hour, closing);
}

void TestTurnoutService::closingReportFarFromProtocolIsAWarning()
{
    TurnoutService service(*m_db, m_operator);
    const qint64 id = stationId(QStringLiteral("PS-KZ-AKM-0003"));
    auto s = service.station(id);
    QVERIFY(s);
    QVERIFY(s->protocolIssued);
    const qint64 issued = *s->protocolIssued;
    // 2 % of C + C2 is allowed; one more voter is not (when still within the list).
    const qint64 within = issued - issued * 2 / 100;
    auto quiet = service.check(id, {TurnoutReading{at(20), within}});
    QVERIFY(quiet);
    QVERIFY2(quiet->isEmpty(), qPrintable(quiet->isEmpty() ? QString() : quiet->first().code));
    const qint64 far = issued / 2;
    auto warned = service.check(id, {TurnoutReading{at(18), far / 2}, TurnoutReading{at(20), far}});
    QVERIFY(warned);
    QVERIFY(!warned->isEmpty());
    QCOMPARE(warned->constLast().code, QStringLiteral("P.W.207"));
    QCOMPARE(warned->constLast().severity, Severity::Warning);
    QCOMPARE(warned->constLast().hour, at(20));
    // A warning does not stop saving.
    const Status saved =
        service.save(id, {TurnoutReading{at(20), far}, TurnoutReading{at(18), far / 2},
                          TurnoutReading{at(16), far / 4}, TurnoutReading{at(14), far / 8},
                          TurnoutReading{at(12), far / 16}, TurnoutReading{at(10), far / 32}});
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().userMessage));
}

void TestTurnoutService::hourNotInTheElectionIsRefused()
{
    TurnoutService service(*m_db, m_operator);
    const qint64 id = stationId(QStringLiteral("PS-KZ-AKM-0003"));
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM turnout_report"));
    auto checked = service.check(id, {TurnoutReading{QTime(11, 0), 5}});
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, QStringLiteral("turnout.hour"));
    QVERIFY(checked.error().userMessage.contains(QLatin1String("11:00")));

    const Status saved = service.save(id, {TurnoutReading{QTime(11, 0), 5}});
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("turnout.hour"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM turnout_report")), before);

    QHash<QString, QList<Finding>> findings;
    const Status many = service.saveMany(
        m_election, {{QStringLiteral("PS-KZ-AKM-0003"), {TurnoutReading{QTime(20, 30), 5}}}},
        &findings);
    QVERIFY(!many);
    QCOMPARE(many.error().code, QStringLiteral("turnout.hour"));
    QCOMPARE(findings.value(QStringLiteral("PS-KZ-AKM-0003")).size(), 1);
    QCOMPARE(findings.value(QStringLiteral("PS-KZ-AKM-0003")).constFirst().hour, QTime(20, 30));
}

void TestTurnoutService::saveNeedsEnterTurnout()
{
    const qint64 id = stationId(QStringLiteral("PS-KZ-AKM-0003"));
    for (Role role : {Role::Administrator, Role::Coordinator, Role::Analyst}) {
        TurnoutService service(*m_db, Session{m_operator.userId, QStringLiteral("x"), role});
        const Status saved = service.save(id, {TurnoutReading{at(10), 1}});
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, QStringLiteral("permission.denied"));
        const Status many = service.saveMany(m_election, {});
        QCOMPARE(many.error().code, QStringLiteral("permission.denied"));
    }
}

void TestTurnoutService::saveStoresAndAudits()
{
    TurnoutService service(*m_db, m_operator);
    const qint64 id = stationId(QStringLiteral("PS-KZ-AKM-0003"));
    auto s = service.station(id);
    QVERIFY(s);
    const qint64 old10 = *s->readingAt(at(10));
    const qint64 new10 = old10 > 0 ? old10 - 1 : old10 + 1;
    QVERIFY(service.save(id, {TurnoutReading{at(10), new10}}));
    auto after = service.station(id);
    QVERIFY(after);
    QCOMPARE(after->readingAt(at(10)), new10);
    QCOMPARE(after->readingAt(at(12)), s->readingAt(at(12))); // other hours stay
    QCOMPARE(count(QStringLiteral("SELECT entered_by FROM turnout_report WHERE "
                                  "polling_station_id = ? AND report_time = '10:00'"),
                   {id}),
             m_operator.userId);

    auto audit = m_db->exec(QStringLiteral("SELECT action, object_type, object_id, old_values, "
                                           "new_values, user_login FROM audit_log "
                                           "ORDER BY id DESC LIMIT 1"));
    QVERIFY(audit);
    QVERIFY(audit->next());
    QCOMPARE(audit->value(0).toString(), QStringLiteral("turnout.save"));
    QCOMPARE(audit->value(1).toString(), QStringLiteral("polling_station"));
    QCOMPARE(audit->value(2).toString(), QStringLiteral("PS-KZ-AKM-0003"));
    QCOMPARE(audit->value(3).toString(), QStringLiteral("{\"10:00\":%1}").arg(old10));
    QCOMPARE(audit->value(4).toString(), QStringLiteral("{\"10:00\":%1}").arg(new10));
    QCOMPARE(audit->value(5).toString(), QStringLiteral("operator1"));

    // Saving the same figures again changes nothing and records nothing.
    const qint64 records = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(service.save(id, {TurnoutReading{at(10), new10}}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), records);
}

void TestTurnoutService::saveRefusesErrorsAndWritesNothing()
{
    TurnoutService service(*m_db, m_operator);
    const qint64 id = stationId(QStringLiteral("PS-KZ-AKM-0003"));
    auto s = service.station(id);
    QVERIFY(s);
    // A valid 10:00 together with a 14:00 below the stored 12:00: neither is written.
    const Status saved = service.save(id, {TurnoutReading{at(10), 0}, TurnoutReading{at(14), 0}});
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("turnout.rules"));
    QVERIFY(saved.error().userMessage.contains(QLatin1String("T.F.301")));
    auto after = service.station(id);
    QVERIFY(after);
    QCOMPARE(after->readings, s->readings);
}

void TestTurnoutService::saveManyIsAllOrNothing()
{
    TurnoutService service(*m_db, m_operator);
    const QString good = QStringLiteral("PS-KZ-AKM-0003");
    const QString bad = QStringLiteral("PS-KZ-AKM-0006");
    auto goodBefore = service.station(stationId(good));
    auto badBefore = service.station(stationId(bad));
    QVERIFY(goodBefore && badBefore);
    const qint64 goodNew = *goodBefore->readingAt(at(20)) - 1;
    const qint64 reports = count(QStringLiteral("SELECT COUNT(*) FROM turnout_report"));
    const qint64 records = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    QHash<QString, QList<Finding>> findings;
    const Status refused =
        service.saveMany(m_election,
                         {{good, {TurnoutReading{at(20), goodNew}}},
                          {bad, {TurnoutReading{at(12), 0}}},
                          {QStringLiteral("PS-NOWHERE"), {TurnoutReading{at(10), 1}}}},
                         &findings);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("turnout.rules"));
    QVERIFY(!findings.contains(good) ||
            std::none_of(findings.value(good).cbegin(), findings.value(good).cend(),
                         [](const Finding &f) { return f.isError(); }));
    QCOMPARE(findings.value(bad).size(), 1);
    QCOMPARE(findings.value(bad).constFirst().code, QStringLiteral("T.F.301"));
    QCOMPARE(findings.value(bad).constFirst().hour, at(12));
    QCOMPARE(findings.value(QStringLiteral("PS-NOWHERE")).constFirst().code,
             QStringLiteral("turnout.station"));
    auto goodAfter = service.station(stationId(good));
    QVERIFY(goodAfter);
    QCOMPARE(goodAfter->readings, goodBefore->readings); // nothing of the good station either
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM turnout_report")), reports);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), records);

    // Without the bad rows, everything is written: one audit record per changed station.
    const qint64 badNew = *badBefore->readingAt(at(10)) + 1;
    QVERIFY(service.saveMany(m_election, {{good, {TurnoutReading{at(20), goodNew}}},
                                          {bad, {TurnoutReading{at(10), badNew}}}}));
    QCOMPARE(service.station(stationId(good))->readingAt(at(20)), goodNew);
    QCOMPARE(service.station(stationId(bad))->readingAt(at(10)), badNew);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), records + 2);
}

void TestTurnoutService::nationalEqualsTheSumOfTheReports()
{
    TurnoutService service(*m_db, m_operator);
    auto national = service.national(m_election);
    QVERIFY(national);
    QCOMPARE(national->size(), 6);
    const qint64 stations = count(QStringLiteral("SELECT COUNT(*) FROM polling_station"));
    QCOMPARE(stations, 1847);
    for (const TurnoutAtHour &h : std::as_const(*national)) {
        const QString key = h.hour.toString(QStringLiteral("HH:mm"));
        QCOMPARE(h.votersReceivedBallots,
                 count(QStringLiteral("SELECT SUM(voters_received_ballots) FROM turnout_report "
                                      "WHERE report_time = ?"),
                       {key}));
        QCOMPARE(h.stationsReported, count(QStringLiteral("SELECT COUNT(*) FROM turnout_report "
                                                          "WHERE report_time = ?"),
                                           {key}));
        QCOMPARE(h.stationsTotal, stations);
    }
    // The demo's closing reports are the protocols' ballots issued: at 20:00 the national
    // figure is the national ballots issued, over the voters on the accepted lists.
    auto summary = SummaryQueries::national(*m_db);
    QVERIFY(summary);
    const TurnoutAtHour &closing = national->constLast();
    QCOMPARE(closing.hour, at(20));
    QCOMPARE(closing.votersReceivedBallots, summary->ballotsIssued);
    QCOMPARE(closing.votersOnList, summary->votersReported);
    QCOMPARE(closing.stationsReported, qint64(summary->stationsReported));
    QCOMPARE(closing.percent(), summary->turnoutPercent());
    // Turnout grows through the day.
    for (qsizetype i = 1; i < national->size(); ++i)
        QVERIFY(national->at(i).percent() > national->at(i - 1).percent());
}

void TestTurnoutService::regionsAddUpToNational()
{
    TurnoutService service(*m_db, m_operator);
    auto regions = service.regions(m_election);
    QVERIFY(regions);
    auto summary = SummaryQueries::national(*m_db);
    QVERIFY(summary);
    QCOMPARE(regions->size(), summary->turnoutByRegion.size());
    for (const RegionTurnout &r : std::as_const(*regions)) {
        const auto figures =
            std::find_if(summary->turnoutByRegion.cbegin(), summary->turnoutByRegion.cend(),
                         [&r](const RegionFigures &f) { return f.code == r.code; });
        QVERIFY2(figures != summary->turnoutByRegion.cend(), qPrintable(r.code));
        QVERIFY(!r.name.isEmpty());
        QCOMPARE(r.hours.size(), 6);
        QCOMPARE(r.hours.constLast().stationsTotal, qint64(figures->pollingStations));
        QCOMPARE(r.hours.constLast().votersReceivedBallots, figures->ballotsIssued);
        QCOMPARE(r.hours.constLast().stationsReported, qint64(figures->stationsReported));
    }
    auto national = service.national(m_election);
    QVERIFY(national);
    const QList<TurnoutAtHour> total = TurnoutService::total(*regions);
    QCOMPARE(total.size(), national->size());
    for (qsizetype i = 0; i < total.size(); ++i) {
        QCOMPARE(total.at(i).hour, national->at(i).hour);
        QCOMPARE(total.at(i).votersReceivedBallots, national->at(i).votersReceivedBallots);
        QCOMPARE(total.at(i).votersOnList, national->at(i).votersOnList);
        QCOMPARE(total.at(i).stationsReported, national->at(i).stationsReported);
        QCOMPARE(total.at(i).stationsTotal, national->at(i).stationsTotal);
    }
}

void TestTurnoutService::savedReportChangesNationalFigure()
{
    TurnoutService service(*m_db, m_operator);
    const qint64 id = stationId(QStringLiteral("PS-KZ-AKM-0003"));
    auto before = service.national(m_election);
    QVERIFY(before);
    auto s = service.station(id);
    QVERIFY(s);
    const qint64 closing = *s->readingAt(at(20));
    QVERIFY(service.save(id, {TurnoutReading{at(20), closing + 1}}));
    auto after = service.national(m_election);
    QVERIFY(after);
    QCOMPARE(after->constLast().votersReceivedBallots,
             before->constLast().votersReceivedBallots + 1);
    QCOMPARE(after->constFirst().votersReceivedBallots, before->constFirst().votersReceivedBallots);
}

QTEST_GUILESS_MAIN(TestTurnoutService)
#include "tst_turnoutservice.moc"
