#include "AuditLog.h"
#include "Database.h"
#include "DemoElection.h"
#include "GeoJsonReader.h"
#if __has_include("ProtocolRules.h")
#include "ProtocolRules.h"
#define BD_HAVE_PROTOCOL_RULES 1
#endif
#include "ProtocolSeal.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

Q_LOGGING_CATEGORY(lcTest, "ballotdesk.test.demo")

using namespace bd;

namespace {

struct RegionFacts
{
    QString code;
    int seats = 0, candidates = 0, stations = 0;
    qint64 voters = 0;
    int turnoutTenths = -1;
};

QList<RegionFacts> regionFacts()
{
    QFile file(QStringLiteral(":/demo/regions.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<RegionFacts> facts;
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).trimmed().split(QLatin1Char(','));
        RegionFacts r;
        r.code = f.at(0);
        r.seats = f.at(5).toInt();
        r.candidates = f.at(6).toInt();
        r.stations = f.at(7).toInt();
        r.voters = f.at(8).toLongLong();
        if (!f.at(9).isEmpty())
            r.turnoutTenths = qRound(f.at(9).toDouble() * 10);
        facts << r;
    }
    return facts;
}

} // namespace

/** DemoElection: published totals, the rules of the synthetic detail, determinism, files. */
class TestDemoElection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto value = m_db->scalar(sql, values);
        if (!value) {
            qCWarning(lcTest) << value.error().userMessage << value.error().detail;
            return -1;
        }
        return value->toLongLong();
    }
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {})
    {
        QList<QVariantList> result;
        auto query = m_db->exec(sql, values);
        if (!query) {
            qCWarning(lcTest) << query.error().userMessage << query.error().detail;
            return result;
        }
        while (query->next()) {
            QVariantList row;
            for (int i = 0; i < query->record().count(); ++i)
                row << query->value(i);
            result << row;
        }
        return result;
    }
    static QByteArray digest(const Database &db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        auto tables =
            db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version' "
                                   "ORDER BY name"));
        if (!tables)
            return {};
        QStringList names;
        while (tables->next())
            names << tables->value(0).toString();
        for (const QString &name : std::as_const(names)) {
            hash.addData(name.toUtf8());
            auto query = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(name));
            if (!query)
                return {};
            while (query->next()) {
                for (int i = 0; i < query->record().count(); ++i) {
                    const QVariant v = query->value(i);
                    hash.addData(v.isNull() ? QByteArray("\x01NULL") : v.toString().toUtf8());
                    hash.addData(QByteArray("\x1f"));
                }
                hash.addData(QByteArray("\x1e"));
            }
        }
        return hash.result().toHex();
    }
    Outcome<Database> createDemo(const QString &name, quint64 seed, qint64 *elapsedMs = nullptr)
    {
        auto db = Database::open(m_dir.filePath(name), Database::OpenMode::CreateIfMissing);
        if (!db)
            return db.error();
        QElapsedTimer timer;
        timer.start();
        DemoOptions options;
        options.seed = seed;
        if (Status s = DemoElection::generate(*db, options); !s)
            return s.error();
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qint64 elapsed = 0;
        auto db = createDemo(QStringLiteral("demo.ballotdesk"), 2021, &elapsed);
        QVERIFY2(db.ok(),
                 qPrintable(db.ok() ? QString() : db.error().userMessage + db.error().detail));
        m_db.emplace(std::move(*db));
        qCInfo(lcTest) << "generated the demo in" << elapsed << "ms";
    }

    void cleanupTestCase() { m_db.reset(); }

    void election()
    {
        const auto r =
            rows(QStringLiteral("SELECT code, name, kind, election_date, status, time_zone, "
                                "against_all, synthetic FROM election"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).at(0).toString(), QStringLiteral("KZ-2021-RURAL-AKIM"));
        QCOMPARE(r.at(0).at(1).toString(), QStringLiteral("Rural akim elections 2021"));
        QCOMPARE(r.at(0).at(2).toString(), QStringLiteral("rural-akim"));
        QCOMPARE(r.at(0).at(3).toString(), QStringLiteral("2021-07-25"));
        QCOMPARE(r.at(0).at(4).toString(), QStringLiteral("final"));
        QCOMPARE(r.at(0).at(5).toString(), QStringLiteral("Asia/Almaty"));
        QCOMPARE(r.at(0).at(6).toInt(), 0);
        QCOMPARE(r.at(0).at(7).toInt(), 1);
        QCOMPARE(
            rows(QStringLiteral("SELECT group_concat(report_time, ',') FROM (SELECT report_time "
                                "FROM turnout_hour ORDER BY report_time)"))
                .at(0)
                .at(0)
                .toString(),
            QStringLiteral("10:00,12:00,14:00,16:00,18:00,20:00"));
        QCOMPARE(
            rows(QStringLiteral("SELECT group_concat(login || ':' || role, ',') FROM (SELECT * "
                                "FROM app_user ORDER BY id)"))
                .at(0)
                .at(0)
                .toString(),
            QStringLiteral("admin:administrator,coordinator:coordinator,operator1:operator,"
                           "operator2:operator,analyst:analyst"));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM app_user WHERE password_hash IS NOT NULL")),
            5);
    }

    void publishedTotals()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM contest")), 730);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidate")), 2582);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = 'registered'")),
            2297);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = 'registered' "
                                      "AND party_id IS NOT NULL")),
                 878);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = 'registered' "
                                      "AND party_id IS NULL")),
                 1419);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = 'registered' "
                                      "AND gender = 'male'")),
                 1839);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = 'registered' "
                                      "AND gender = 'female'")),
                 458);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM polling_station")), 1847);
        QCOMPARE(count(QStringLiteral("SELECT SUM(registered_voters) FROM polling_station")),
                 1209817);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM observer")) > 2000);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM observer WHERE polling_station_id IS NOT NULL")) >
                count(QStringLiteral("SELECT COUNT(*) FROM observer")) / 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incident WHERE severity = 'serious'")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM incident")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM party")), 6);
        const auto parties = rows(QStringLiteral(
            "SELECT p.code, COUNT(c.id) FROM party p LEFT JOIN candidate c ON c.party_id = p.id "
            "AND c.status = 'registered' GROUP BY p.id ORDER BY p.id"));
        QStringList got;
        for (const auto &row : parties)
            got << row.at(0).toString() + QLatin1Char('=') + row.at(1).toString();
        QCOMPARE(got.join(QLatin1Char(',')),
                 QStringLiteral("NUR-OTAN=595,AUYL=101,QHP=71,ADAL=57,AK-ZHOL=53,OSDP=1"));
    }

    void territories()
    {
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM territory WHERE level = 'region' AND depth = 0")),
                 17);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM territory WHERE level = 'district' AND depth = 1")),
                 216);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM territory WHERE level = 'okrug' AND depth = 2")),
                 730);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM territory_closure")),
                 17 + 216 * 2 + 730 * 3);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM territory t WHERE NOT EXISTS (SELECT 1 FROM "
                     "territory_closure c WHERE c.ancestor_id = t.id AND c.descendant_id "
                     "= t.id AND c.distance = 0)")),
                 0);
        // Every parent link is in the closure at distance 1, grandparents at distance 2.
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM territory t WHERE parent_id IS NOT NULL AND "
                     "NOT EXISTS (SELECT 1 FROM territory_closure c WHERE c.ancestor_id = "
                     "t.parent_id AND c.descendant_id = t.id AND c.distance = 1)")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM territory t JOIN territory p ON p.id = "
                     "t.parent_id WHERE p.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
                     "FROM territory_closure c WHERE c.ancestor_id = p.parent_id AND "
                     "c.descendant_id = t.id AND c.distance = 2)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM territory WHERE code = 'KZ-AKM-01' AND "
                                      "kato = '111000000' AND name_en = 'Kokshetau'")),
                 1);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM contest c JOIN territory t ON t.id = "
                                 "c.territory_id WHERE t.level <> 'okrug' OR c.code <> 'AKIM-' || "
                                 "t.code OR c.name <> 'Akim of ' || t.name_en OR c.seats <> 1")),
            0);
        // Okrugs lie in rural districts (KATO digits 3-4 from 30), not in cities.
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM territory o JOIN territory d ON d.id = "
                     "o.parent_id WHERE o.level = 'okrug' AND CAST(substr(d.kato, 3, 2) "
                     "AS INTEGER) < 30")),
                 0);
    }

    void perRegion()
    {
        const QList<RegionFacts> facts = regionFacts();
        QCOMPARE(facts.size(), 17);
        for (const RegionFacts &f : facts) {
            const QString region = f.code;
            const QString inRegion = QStringLiteral(
                "SELECT %1 FROM %2 x JOIN territory_closure c ON c.descendant_id = x.territory_id "
                "JOIN territory r ON r.id = c.ancestor_id AND r.code = ?");
            QCOMPARE(count(inRegion.arg(QStringLiteral("COUNT(*)"), QStringLiteral("contest")),
                           {region}),
                     f.seats);
            QCOMPARE(
                count(inRegion.arg(QStringLiteral("COUNT(*)"), QStringLiteral("polling_station")),
                      {region}),
                f.stations);
            QCOMPARE(count(inRegion.arg(QStringLiteral("COALESCE(SUM(x.registered_voters), 0)"),
                                        QStringLiteral("polling_station")),
                           {region}),
                     f.voters);
            QCOMPARE(
                count(QStringLiteral("SELECT COUNT(*) FROM candidate k JOIN contest x ON x.id = "
                                     "k.contest_id JOIN territory_closure c ON c.descendant_id = "
                                     "x.territory_id JOIN territory r ON r.id = c.ancestor_id AND "
                                     "r.code = ? WHERE k.status = 'registered'"),
                      {region}),
                f.candidates);
            if (f.turnoutTenths < 0)
                continue;
            const auto sums = rows(
                QStringLiteral("SELECT SUM(p.ballots_issued_station + p.ballots_issued_outside), "
                               "SUM(p.voters_on_list) FROM protocol p JOIN polling_station x ON "
                               "x.id = p.polling_station_id JOIN territory_closure c ON "
                               "c.descendant_id = x.territory_id JOIN territory r ON r.id = "
                               "c.ancestor_id AND r.code = ?"),
                {region});
            const qint64 issued = sums.at(0).at(0).toLongLong();
            const qint64 voters = sums.at(0).at(1).toLongLong();
            // Half-up rounding to one decimal in whole numbers: tenths = ⌊(2000·I + V) / 2V⌋.
            const qint64 tenths = (2000 * issued + voters) / (2 * voters);
            QVERIFY2(tenths == f.turnoutTenths, qPrintable(region));
            // As close as possible: the nearest whole number of ballots to the published value.
            QCOMPARE(issued, (f.turnoutTenths * voters + 500) / 1000);
        }
        // Station numbers are unique within a region.
        QCOMPARE(rows(QStringLiteral(
                          "SELECT r.id, x.number FROM polling_station x JOIN "
                          "territory_closure c ON c.descendant_id = x.territory_id JOIN "
                          "territory r ON r.id = c.ancestor_id AND r.level = 'region' GROUP BY "
                          "r.id, x.number HAVING COUNT(*) > 1"))
                     .size(),
                 0);
    }

    void candidates()
    {
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM contest c WHERE (SELECT COUNT(*) FROM candidate "
                     "k WHERE k.contest_id = c.id AND k.status = 'registered') < 2")),
                 0);
        const auto mangystau = rows(QStringLiteral("SELECT n, COUNT(*) FROM (SELECT c.id, (SELECT "
                                                   "COUNT(*) FROM candidate k WHERE k.contest_id = "
                                                   "c.id AND k.status = 'registered') AS n FROM "
                                                   "contest c WHERE c.code LIKE 'AKIM-KZ-MAN-%') "
                                                   "GROUP BY n ORDER BY n"));
        QCOMPARE(mangystau.size(), 2);
        QCOMPARE(mangystau.at(0), (QVariantList{2, 5}));
        QCOMPARE(mangystau.at(1), (QVariantList{3, 5}));
        QCOMPARE(
            rows(QStringLiteral(
                     "SELECT contest_id, party_id FROM candidate WHERE status = 'registered' "
                     "AND party_id IS NOT NULL GROUP BY contest_id, party_id HAVING COUNT(*) > 1"))
                .size(),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM candidate WHERE status = 'registered' AND "
                     "(birth_date > '1996-07-25' OR birth_date < '1955-01-01' OR birth_date > "
                     "'1995-12-31')")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM candidate WHERE status NOT IN ('registered', "
                     "'refused', 'withdrawn', 'deregistered')")),
                 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status <> 'registered' AND "
                                 "(status_reason IS NULL OR status_date NOT LIKE '2021-07-__' OR "
                                 "ballot_order IS NOT NULL)")),
            0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = 'refused' AND "
                                 "status_reason = 'Under 25 on election day' AND birth_date <= "
                                 "'1996-07-25'")),
            0);
        for (const char *status : {"refused", "withdrawn", "deregistered"})
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM candidate WHERE status = ?"),
                           {QString::fromLatin1(status)}) > 0,
                     status);
        // History: nominated → registered/refused (→ withdrawn/deregistered), in date order.
        const auto history = rows(QStringLiteral(
            "SELECT k.status, group_concat(h.status, '>') FROM candidate k JOIN (SELECT * FROM "
            "candidate_status_change ORDER BY id) h ON h.candidate_id = k.id GROUP BY k.id"));
        QCOMPARE(history.size(), 2582);
        for (const auto &row : history) {
            const QString status = row.at(0).toString();
            const QString expected = status == QLatin1String("registered")
                                         ? QStringLiteral("nominated>registered")
                                     : status == QLatin1String("refused")
                                         ? QStringLiteral("nominated>refused")
                                         : QStringLiteral("nominated>registered>") + status;
            QCOMPARE(row.at(1).toString(), expected);
        }
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM candidate_status_change a JOIN "
                                 "candidate_status_change b ON a.candidate_id = b.candidate_id AND "
                                 "a.id < b.id WHERE a.status_date > b.status_date")),
            0);
        // Ballot order: 1..n by surname within every contest.
        const auto ballots =
            rows(QStringLiteral("SELECT contest_id, ballot_order, full_name FROM candidate "
                                "WHERE status = 'registered' ORDER BY contest_id, ballot_order"));
        qint64 contest = -1;
        int expectedOrder = 0;
        QString previous;
        for (const auto &row : ballots) {
            if (row.at(0).toLongLong() != contest) {
                contest = row.at(0).toLongLong();
                expectedOrder = 0;
                previous.clear();
            }
            QCOMPARE(row.at(1).toInt(), ++expectedOrder);
            const QString surname = row.at(2).toString().section(QLatin1Char(' '), 0, 0);
            QVERIFY(QString::compare(previous, surname) <= 0);
            previous = surname;
        }
    }

    void stationsInsideDistricts()
    {
        QFile file(QStringLiteral(":/geo/kz-districts-2021.geojson"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto features = GeoJsonReader::read(file.readAll(), file.fileName());
        QVERIFY(features.ok());
        QMap<QString, const GeoFeature *> byKato;
        for (const GeoFeature &f : std::as_const(*features))
            byKato.insert(f.properties.value(QLatin1String("KATO")).toString(), &f);
        const auto stations = rows(QStringLiteral(
            "SELECT s.code, s.longitude, s.latitude, d.kato, s.contest_id = c.id AND "
            "s.territory_id = "
            "c.territory_id FROM polling_station s JOIN territory o ON o.id = s.territory_id JOIN "
            "territory d ON d.id = o.parent_id JOIN contest c ON c.id = s.contest_id"));
        QCOMPARE(stations.size(), 1847);
        for (const auto &row : stations) {
            const GeoFeature *district = byKato.value(row.at(3).toString());
            QVERIFY(district);
            QVERIFY2(district->contains(QPointF(row.at(1).toDouble(), row.at(2).toDouble())),
                     qPrintable(row.at(0).toString()));
            QVERIFY(row.at(4).toBool());
        }
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM contest c WHERE NOT EXISTS (SELECT 1 FROM "
                                 "polling_station s WHERE s.contest_id = c.id)")),
            0);
    }

    void protocols()
    {
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM protocol WHERE state = 'accepted' AND "
                                 "accepted_at LIKE '2021-07-25T%Z' AND content_hash IS NOT NULL")),
            1847);
        // Candidates of each contest and the votes of each protocol.
        QMap<qint64, QList<QPair<qint64, QString>>> registered; // contest → (id, code)
        for (const auto &row :
             rows(QStringLiteral("SELECT contest_id, id, code FROM candidate WHERE "
                                 "status = 'registered' ORDER BY contest_id, id")))
            registered[row.at(0).toLongLong()].append(
                {row.at(1).toLongLong(), row.at(2).toString()});
        QMap<qint64, QMap<qint64, qint64>> votes; // protocol → candidate → votes
        for (const auto &row :
             rows(QStringLiteral("SELECT protocol_id, candidate_id, votes FROM protocol_vote")))
            votes[row.at(0).toLongLong()].insert(row.at(1).toLongLong(), row.at(2).toLongLong());
        QMap<qint64, QList<qint64>> hourly;
        for (const auto &row :
             rows(QStringLiteral("SELECT polling_station_id, voters_received_ballots FROM "
                                 "turnout_report ORDER BY polling_station_id, report_time")))
            hourly[row.at(0).toLongLong()] << row.at(1).toLongLong();
        QMap<qint64, QStringList> acknowledged; // entry → codes
        for (const auto &row :
             rows(QStringLiteral("SELECT entry_id, code FROM protocol_entry_acknowledgement "
                                 "ORDER BY entry_id, code")))
            acknowledged[row.at(0).toLongLong()] << row.at(1).toString();

        const auto protocolRows = rows(QStringLiteral(
            "SELECT p.id, p.contest_id, s.id, s.code, c.code, s.registered_voters, "
            "p.voters_on_list, "
            "p.ballots_received, p.ballots_issued_station, p.ballots_issued_outside, "
            "p.ballots_cancelled, "
            "p.ballots_in_station_boxes, p.ballots_in_mobile_boxes, p.invalid_ballots, "
            "p.against_all, "
            "p.content_hash, s.territory_id = c.territory_id FROM protocol p JOIN polling_station "
            "s ON "
            "s.id = p.polling_station_id JOIN contest c ON c.id = p.contest_id ORDER BY p.id"));
        QCOMPARE(protocolRows.size(), 1847);
        int stationsWithWarnings = 0;
        QMap<qint64, QMap<qint64, qint64>> contestTotals;
        for (const auto &row : protocolRows) {
            const qint64 protocolId = row.at(0).toLongLong();
            const qint64 contestId = row.at(1).toLongLong();
            const qint64 stationId = row.at(2).toLongLong();
            const qint64 a = row.at(6).toLongLong(), b = row.at(7).toLongLong(),
                         c = row.at(8).toLongLong(), c2 = row.at(9).toLongLong(),
                         d = row.at(10).toLongLong(), e = row.at(11).toLongLong(),
                         e2 = row.at(12).toLongLong(), f = row.at(13).toLongLong();
            for (int i = 6; i <= 13; ++i) {
                QVERIFY(!row.at(i).isNull());
                QVERIFY(row.at(i).toLongLong() >= 0 && row.at(i).toLongLong() <= 999999999);
            }
            QVERIFY(row.at(14).isNull());
            QCOMPARE(a, row.at(5).toLongLong());     // A = registered voters
            QCOMPARE(b, c + c2 + d);                 // P.F.101
            QVERIFY(c + c2 <= a);                    // P.F.102
            QVERIFY(e + e2 <= c + c2);               // P.F.103
            QVERIFY(e2 <= c2);                       // P.F.104
            QVERIFY(b >= a && b <= a + a / 100 + 1); // 1 % reserve
            QVERIFY(c + c2 - (e + e2) <= 2);
            const auto &g = votes.value(protocolId);
            const auto &candidates = registered.value(contestId);
            QCOMPARE(g.size(), candidates.size()); // P.F.203
            qint64 valid = 0;
            QList<QPair<QString, qint64>> sealVotes;
#ifdef BD_HAVE_PROTOCOL_RULES
            ProtocolFigures figures;
            ProtocolContext context;
#endif
            for (const auto &[id, code] : candidates) {
                QVERIFY(g.contains(id));
                valid += g.value(id);
                sealVotes.append({code, g.value(id)});
                contestTotals[contestId][id] += g.value(id);
#ifdef BD_HAVE_PROTOCOL_RULES
                figures.votes.append({id, CountValue::of(g.value(id))});
                context.registeredCandidateIds << id;
#endif
            }
            QCOMPARE(f + valid, e + e2);  // P.F.201
            QVERIFY(row.at(16).toBool()); // P.F.204
            const QList<qint64> reports = hourly.value(stationId);
            QCOMPARE(reports.size(), 6);
            for (qsizetype k = 1; k < reports.size(); ++k)
                QVERIFY(reports.at(k - 1) <= reports.at(k));
            QCOMPARE(reports.constLast(), c + c2);
            QCOMPARE(row.at(15).toString(),
                     ProtocolSeal::hash(row.at(3).toString(), row.at(4).toString(),
                                        {a, b, c, c2, d, e, e2, f, std::nullopt}, sealVotes));

            // Warnings by our own arithmetic (default thresholds, see protocol-rules.md).
            const qint64 issued = c + c2, found = e + e2;
            QStringList warningCodes;
            if (found > 0 && f * 100 >= 3 * found)
                warningCodes << QStringLiteral("P.W.201");
            if (issued - found >= 15 || (issued - found) * 100 >= 2 * issued)
                warningCodes << QStringLiteral("P.W.202");
            if (issued * 100 >= 98 * a || issued * 100 <= 10 * a)
                warningCodes << QStringLiteral("P.W.203");
            QVERIFY(found > 0 && a > 0); // no P.W.204, P.W.205; A = record, so no P.W.206
            if (!warningCodes.isEmpty())
                ++stationsWithWarnings;
#ifdef BD_HAVE_PROTOCOL_RULES
            figures.votersOnList = CountValue::of(a);
            figures.ballotsReceived = CountValue::of(b);
            figures.ballotsIssuedStation = CountValue::of(c);
            figures.ballotsIssuedOutside = CountValue::of(c2);
            figures.ballotsCancelled = CountValue::of(d);
            figures.ballotsInStationBoxes = CountValue::of(e);
            figures.ballotsInMobileBoxes = CountValue::of(e2);
            figures.invalidBallots = CountValue::of(f);
            context.stationRegisteredVoters = row.at(5).toLongLong();
            context.lastHourlyReport = reports.constLast();
            QStringList ruleWarnings;
            for (const Finding &finding : ProtocolRules::check(figures, context)) {
                QVERIFY2(!finding.isError(),
                         qPrintable(row.at(3).toString() + QLatin1Char(' ') + finding.code));
                ruleWarnings << finding.code;
            }
            ruleWarnings.sort();
            QCOMPARE(ruleWarnings, warningCodes);
#endif

            // Two finished entries with the protocol's figures, each acknowledging every warning.
            const auto entries = rows(
                QStringLiteral("SELECT e.id, e.entry_number, u.login, e.state, e.voters_on_list, "
                               "e.ballots_received, e.ballots_issued_station, "
                               "e.ballots_issued_outside, e.ballots_cancelled, "
                               "e.ballots_in_station_boxes, e.ballots_in_mobile_boxes, "
                               "e.invalid_ballots FROM protocol_entry e JOIN app_user u ON u.id = "
                               "e.entered_by WHERE e.protocol_id = ? ORDER BY e.entry_number"),
                {protocolId});
            QCOMPARE(entries.size(), 2);
            for (int n = 0; n < 2; ++n) {
                QCOMPARE(entries.at(n).at(1).toInt(), n + 1);
                QCOMPARE(entries.at(n).at(2).toString(),
                         n == 0 ? QStringLiteral("operator1") : QStringLiteral("operator2"));
                QCOMPARE(entries.at(n).at(3).toString(), QStringLiteral("finished"));
                for (int i = 0; i < 8; ++i)
                    QCOMPARE(entries.at(n).at(4 + i).toLongLong(), row.at(6 + i).toLongLong());
                QCOMPARE(acknowledged.value(entries.at(n).at(0).toLongLong()), warningCodes);
            }
        }
        qCInfo(lcTest) << stationsWithWarnings << "stations with warnings";
        QVERIFY(stationsWithWarnings > 0);
        QVERIFY(stationsWithWarnings * 100 <= 3 * 1847);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM protocol_entry_vote ev JOIN protocol_entry e ON "
                     "e.id = ev.entry_id JOIN protocol_vote v ON v.protocol_id = "
                     "e.protocol_id AND v.candidate_id = ev.candidate_id AND v.votes = ev.votes")),
                 2 * count(QStringLiteral("SELECT COUNT(*) FROM protocol_vote")));

        // No tie at contest level; Nur Otan wins most contests.
        QMap<qint64, qint64> winnerParty;
        QMap<qint64, QString> partyOf;
        for (const auto &row :
             rows(QStringLiteral("SELECT k.id, COALESCE(p.code, 'SELF') FROM candidate k LEFT "
                                 "JOIN party p ON p.id = k.party_id")))
            partyOf.insert(row.at(0).toLongLong(), row.at(1).toString());
        QMap<QString, int> seats;
        for (auto it = contestTotals.cbegin(); it != contestTotals.cend(); ++it) {
            qint64 best = -1, second = -1, bestId = 0;
            for (auto v = it->cbegin(); v != it->cend(); ++v) {
                if (v.value() > best) {
                    second = best;
                    best = v.value();
                    bestId = v.key();
                } else if (v.value() > second) {
                    second = v.value();
                }
            }
            QVERIFY2(best > second, qPrintable(QString::number(it.key())));
            ++seats[partyOf.value(bestId)];
        }
        QCOMPARE(contestTotals.size(), 730);
        qCInfo(lcTest) << "seats" << seats;
        QVERIFY(seats.value(QStringLiteral("NUR-OTAN")) > 730 / 2);
        QVERIFY(seats.value(QStringLiteral("NUR-OTAN")) > seats.value(QStringLiteral("SELF")));
    }

    void auditLog()
    {
        const auto r =
            rows(QStringLiteral("SELECT election_id, occurred_at, user_id, user_login, user_role, "
                                "action, object_type, object_id, old_values, new_values, "
                                "prev_hash, record_hash FROM audit_log"));
        QCOMPARE(r.size(), 1);
        const auto &row = r.at(0);
        QCOMPARE(row.at(5).toString(), QStringLiteral("election.create"));
        QCOMPARE(row.at(6).toString(), QStringLiteral("election"));
        QVERIFY(row.at(8).isNull());
        QCOMPARE(row.at(10).toString(), QString(64, QLatin1Char('0')));
        AuditRecord record;
        record.electionId = row.at(0).toLongLong();
        record.occurredAt = row.at(1).toString();
        record.userId = row.at(2).toLongLong();
        record.userLogin = row.at(3).toString();
        record.userRole = row.at(4).toString();
        record.action = row.at(5).toString();
        record.objectType = row.at(6).toString();
        record.objectId = row.at(7).toString();
        record.newValues = row.at(9).toString();
        QCOMPARE(row.at(11).toString(), AuditLog::recordHash(row.at(10).toString(), record));
    }

    void auditChain()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("audit.ballotdesk")),
                                 Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        AuditRecord record;
        record.occurredAt = QStringLiteral("2021-07-25T15:00:00Z");
        record.action = QStringLiteral("test.one");
        record.objectType = QStringLiteral("test");
        {
            Transaction t(*db);
            QVERIFY(AuditLog::append(*db, record).ok());
            record.action = QStringLiteral("test.two");
            record.oldValues = QStringLiteral("{\"a\":1}");
            QVERIFY(AuditLog::append(*db, record).ok());
            record.action.clear();
            QCOMPARE(AuditLog::append(*db, record).error().code, QStringLiteral("audit.invalid"));
            QVERIFY(t.commit().ok());
        }
        auto q =
            db->exec(QStringLiteral("SELECT prev_hash, record_hash FROM audit_log ORDER BY id"));
        QVERIFY(q.ok());
        QVERIFY(q->next());
        const QString first = q->value(1).toString();
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), first);
        QCOMPARE(q->value(1).toString().size(), 64);
        QVERIFY(!q->next());
        // The documented rule, spelled out.
        AuditRecord one;
        one.occurredAt = QStringLiteral("2021-07-25T15:00:00Z");
        one.action = QStringLiteral("test.one");
        one.objectType = QStringLiteral("test");
        const QByteArray canonical =
            R"({"action":"test.one","election_id":null,"new_values":null,"object_id":null,"object_type":"test",)"
            R"("occurred_at":"2021-07-25T15:00:00Z","old_values":null,"user_id":null,"user_login":null,"user_role":null})";
        QCOMPARE(first, QString::fromLatin1(
                            QCryptographicHash::hash(QByteArray(64, '0') + '\n' + canonical,
                                                     QCryptographicHash::Sha256)
                                .toHex()));
    }

    void sealText()
    {
        const QString text =
            ProtocolSeal::canonicalText(QStringLiteral("PS-1"), QStringLiteral("AKIM-1"),
                                        {10, 11, 7, 1, 3, 7, 1, 0, std::nullopt},
                                        {{QStringLiteral("B"), 5}, {QStringLiteral("A"), 3}});
        QCOMPARE(text,
                 QStringLiteral(
                     "station=PS-1\ncontest=AKIM-1\nA=10\nB=11\nC=7\nC2=1\nD=3\nE=7\nE2=1\nF=0\n"
                     "H=\nG:A=3\nG:B=5\n"));
        QCOMPARE(ProtocolSeal::hash(QStringLiteral("PS-1"), QStringLiteral("AKIM-1"),
                                    {10, 11, 7, 1, 3, 7, 1, 0, std::nullopt},
                                    {{QStringLiteral("B"), 5}, {QStringLiteral("A"), 3}}),
                 QString::fromLatin1(
                     QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex()));
    }

    void databaseIsSound()
    {
        QCOMPARE(rows(QStringLiteral("PRAGMA integrity_check")).at(0).at(0).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(rows(QStringLiteral("PRAGMA foreign_key_check")).size(), 0);
    }

    void sameSeedSameContent()
    {
        auto again = createDemo(QStringLiteral("again.ballotdesk"), 2021);
        QVERIFY(again.ok());
        auto other = createDemo(QStringLiteral("other.ballotdesk"), 7);
        QVERIFY(other.ok());
        const QByteArray mine = digest(*m_db);
        QVERIFY(!mine.isEmpty());
        QCOMPARE(digest(*again), mine);
        QVERIFY(digest(*other) != mine);
        // A second demo in a filled file is refused.
        QCOMPARE(DemoElection::generate(*again, DemoOptions()).error().code,
                 QStringLiteral("demo.not-empty"));
    }

    void createFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("created.ballotdesk"));
        QVERIFY(DemoElection::createFile(path, DemoOptions(), false).ok());
        {
            auto db = Database::open(path, Database::OpenMode::ExistingOnly);
            QVERIFY(db.ok());
            QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM contest"))->toInt(), 730);
        }
        // An existing file is refused and left byte for byte as it was.
        const QString existing = m_dir.filePath(QStringLiteral("existing.txt"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious data\n");
        }
        auto refused = DemoElection::createFile(existing, DemoOptions(), false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("demo.exists"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("precious data\n"));
        }
        // With overwrite it is replaced by a complete demo.
        QVERIFY(DemoElection::createFile(existing, DemoOptions(), true).ok());
        {
            auto db = Database::open(existing, Database::OpenMode::ExistingOnly);
            QVERIFY(db.ok());
            QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM polling_station"))->toInt(),
                     1847);
        }
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    void cancel_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("at start") << 0;
        QTest::newRow("while planning") << 10;
        QTest::newRow("while writing") << 60;
    }

    void cancel()
    {
        QFETCH(int, stopAt);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cancelled.ballotdesk"));
        DemoOptions options;
        QList<int> seen;
        options.progress = [&](int percent) {
            seen << percent;
            return percent < stopAt;
        };
        auto status = DemoElection::createFile(path, options, false);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QStringLiteral("demo.cancelled"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
        QVERIFY(!seen.isEmpty());
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i - 1) <= seen.at(i));
    }
};

QTEST_GUILESS_MAIN(TestDemoElection)
#include "tst_demoelection.moc"
