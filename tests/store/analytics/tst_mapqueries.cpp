#include "BoundaryStore.h"
#include "Database.h"
#include "DemoElection.h"
#include "MapQueries.h"
#include "SummaryQueries.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

/** MapQueries and BoundaryStore on the demo election: the map's figures match the summary. */
class TestMapQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<ElectionSummary> m_summary;
    QHash<qint64, ContestOutcome> m_outcomes;

    MapData load(MapLevel level, const QString &parent = {})
    {
        MapRequest request;
        request.level = level;
        request.parentCode = parent;
        request.outcomes = &m_outcomes;
        auto data = MapQueries::load(*m_db, request);
        if (!data)
            qWarning("%s", qPrintable(data.error().userMessage));
        return data ? *data : MapData();
    }
    static const MapFigures *find(const MapData &data, const QString &code)
    {
        for (const MapFigures &f : data.items) {
            if (f.code == code)
                return &f;
        }
        return nullptr;
    }
    qint64 adminId()
    {
        auto id = m_db->scalar(QStringLiteral("SELECT id FROM app_user WHERE login = 'admin'"));
        return id ? id->toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(DemoElection::createFile(path, DemoOptions{}, false).ok());
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY(db.ok());
        m_db.emplace(std::move(*db));
        auto summary = SummaryQueries::national(*m_db);
        QVERIFY(summary.ok());
        m_summary = *summary;
        auto outcomes = MapQueries::outcomes(*m_db);
        QVERIFY(outcomes.ok());
        m_outcomes = *outcomes;
    }

    void regionsMatchTheSummary()
    {
        const MapData data = load(MapLevel::Regions);
        QCOMPARE(data.items.size(), 17);
        QVERIFY(!data.hours.isEmpty());
        int decided = 0;
        for (const RegionFigures &r : std::as_const(m_summary->turnoutByRegion)) {
            const MapFigures *f = find(data, r.code);
            QVERIFY2(f != nullptr, qPrintable(r.code));
            QCOMPARE(f->kato, r.kato);
            QCOMPARE(f->stations, r.pollingStations);
            QCOMPARE(f->stationsReported, r.stationsReported);
            QCOMPARE(f->votersReported, r.votersReported);
            QCOMPARE(f->ballotsIssued, r.ballotsIssued);
            QCOMPARE(f->seats, r.seats);
            QCOMPARE(f->candidatesRegistered, r.candidatesRegistered);
            QCOMPARE(std::round(*f->value(MapMetric::TurnoutFinal) * 10) / 10, r.turnoutPercent());
            QCOMPARE(*f->value(MapMetric::CandidatesPerSeat),
                     static_cast<double>(r.candidatesRegistered) / r.seats);
            decided += f->seatsDecided;
        }
        QCOMPARE(decided, m_summary->contestsDecided);
        // The published extremes of 2021.
        QCOMPARE(find(data, QStringLiteral("KZ-VOS"))->value(MapMetric::TurnoutFinal).value() > 90,
                 true);
        QCOMPARE(
            std::round(*find(data, QStringLiteral("KZ-ALM"))->value(MapMetric::TurnoutFinal) * 10) /
                10,
            66.5);
        // Cities without elections have no figures: "no data", not zero.
        QVERIFY(!find(data, QStringLiteral("KZ-AST"))->value(MapMetric::TurnoutFinal));
        QVERIFY(!find(data, QStringLiteral("KZ-AST"))->value(MapMetric::ReportingProgress));
    }

    void selfNominatedSeatsAddUp()
    {
        // Seats won by self-nominated candidates over the country, counted independently.
        auto self = m_db->exec(QStringLiteral("SELECT id FROM candidate WHERE party_id IS NULL "
                                              "AND status = 'registered'"));
        QVERIFY(self.ok());
        QSet<qint64> ids;
        while (self->next())
            ids.insert(self->value(0).toLongLong());
        int expected = 0;
        for (const ContestOutcome &o : std::as_const(m_outcomes))
            expected += o.state == ContestOutcome::State::Decided && ids.contains(*o.winnerId);
        int total = 0;
        for (const MapFigures &f : load(MapLevel::Regions).items)
            total += f.seatsSelfNominated;
        QCOMPARE(total, expected);
        QVERIFY(expected > 0);
    }

    void districtsAddUpToTheirRegion()
    {
        const MapData regions = load(MapLevel::Regions);
        const MapFigures *zhambyl = find(regions, QStringLiteral("KZ-ZHA"));
        QVERIFY(zhambyl != nullptr);
        const MapData districts = load(MapLevel::Districts, QStringLiteral("KZ-ZHA"));
        QVERIFY(districts.items.size() > 3);
        int stations = 0, reported = 0, seats = 0, decided = 0, candidates = 0;
        qint64 issued = 0;
        QHash<QString, qint64> received;
        for (const MapFigures &d : districts.items) {
            QVERIFY(d.kato.startsWith(zhambyl->kato.left(2)));
            stations += d.stations;
            reported += d.stationsReported;
            issued += d.ballotsIssued;
            seats += d.seats;
            decided += d.seatsDecided;
            candidates += d.candidatesRegistered;
            for (auto it = d.byHour.cbegin(); it != d.byHour.cend(); ++it)
                received[it.key()] += it->received;
        }
        QCOMPARE(stations, zhambyl->stations);
        QCOMPARE(reported, zhambyl->stationsReported);
        QCOMPARE(issued, zhambyl->ballotsIssued);
        QCOMPARE(seats, zhambyl->seats);
        QCOMPARE(decided, zhambyl->seatsDecided);
        QCOMPARE(candidates, zhambyl->candidatesRegistered);
        QVERIFY(!received.isEmpty());
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            QCOMPARE(it.value(), zhambyl->byHour.value(it.key()).received);
    }

    void stationsAddUpToTheirDistrict()
    {
        const MapData districts = load(MapLevel::Districts, QStringLiteral("KZ-VOS"));
        const MapFigures *district = nullptr;
        for (const MapFigures &d : districts.items) {
            if (d.stations > 0 && (district == nullptr || d.stations > district->stations))
                district = &d;
        }
        QVERIFY(district != nullptr);
        const MapData stations = load(MapLevel::Stations, district->code);
        QCOMPARE(stations.items.size(), district->stations);
        qint64 issued = 0;
        int reported = 0;
        for (const MapFigures &s : stations.items) {
            QVERIFY(s.lonLat.has_value());
            QVERIFY(s.lonLat->x() > 75 && s.lonLat->x() < 88); // East Kazakhstan
            issued += s.ballotsIssued;
            reported += s.stationsReported;
            QVERIFY(s.seats == 1);
            QVERIFY(s.value(MapMetric::CandidatesPerSeat).value() >= 1);
        }
        QCOMPARE(issued, district->ballotsIssued);
        QCOMPARE(reported, district->stationsReported);
    }

    void unknownParent()
    {
        MapRequest request;
        request.level = MapLevel::Districts;
        request.parentCode = QStringLiteral("KZ-XXX");
        request.outcomes = &m_outcomes;
        auto data = MapQueries::load(*m_db, request);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().code, QStringLiteral("map.unknown-territory"));
    }

    void importBoundaries()
    {
        GeoFeature square;
        square.properties.insert(QStringLiteral("kato"), QStringLiteral("310000000"));
        square.polygons = {{{QPointF(70, 42), QPointF(74, 42), QPointF(74, 45), QPointF(70, 45),
                             QPointF(70, 42)}}};
        GeoFeature stranger = square;
        stranger.properties.insert(QStringLiteral("kato"), QStringLiteral("999"));

        const Session analyst{adminId(), QStringLiteral("analyst"), Role::Analyst};
        auto refused = BoundaryStore::import(*m_db, analyst, {square}, QStringLiteral("kato"),
                                             BoundaryMatch::Kato, QStringLiteral("test.geojson"));
        QVERIFY(!refused.ok());

        const Session admin{adminId(), QStringLiteral("admin"), Role::Administrator};
        auto none = BoundaryStore::import(*m_db, admin, {stranger}, QStringLiteral("kato"),
                                          BoundaryMatch::Kato, QStringLiteral("test.geojson"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("boundary.no-match"));

        auto audit = m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(audit.ok());
        auto report =
            BoundaryStore::import(*m_db, admin, {square, stranger}, QStringLiteral("kato"),
                                  BoundaryMatch::Kato, QStringLiteral("test.geojson"));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().userMessage));
        QCOMPARE(report->linked, 1);
        QCOMPARE(report->unmatched, QStringList{QStringLiteral("999")});
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt(),
                 audit->toInt() + 1);

        const MapFigures *zhambyl = find(load(MapLevel::Regions), QStringLiteral("KZ-ZHA"));
        QVERIFY(zhambyl != nullptr);
        QVERIFY(zhambyl->storedBoundary.contains(QLatin1String("MultiPolygon")));
        QVERIFY(zhambyl->storedBoundary.contains(QLatin1String("310000000")));
        QVERIFY(find(load(MapLevel::Regions), QStringLiteral("KZ-VOS"))->storedBoundary.isEmpty());

        // Importing again replaces the boundary.
        auto again = BoundaryStore::import(*m_db, admin, {square}, QStringLiteral("kato"),
                                           BoundaryMatch::Kato, QStringLiteral("second.geojson"));
        QVERIFY(again.ok());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM territory_boundary"))->toInt(),
                 1);
        QCOMPARE(BoundaryStore::propertyNames({square}), QStringList{QStringLiteral("kato")});
    }
};

QTEST_GUILESS_MAIN(TestMapQueries)
#include "tst_mapqueries.moc"
