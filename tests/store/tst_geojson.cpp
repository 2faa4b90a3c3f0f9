#include "GeoJsonReader.h"

#include <QFile>
#include <QTest>

using namespace bd;

/** GeoJsonReader and GeoFeature: the bundled boundaries, point-in-polygon, bad input. */
class TestGeoJson : public QObject
{
    Q_OBJECT

private:
    static QList<GeoFeature> load(const QString &resource)
    {
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        auto features = GeoJsonReader::read(file.readAll(), resource);
        return features ? *features : QList<GeoFeature>();
    }
    static const GeoFeature *find(const QList<GeoFeature> &features, const QString &alpha)
    {
        for (const GeoFeature &f : features) {
            if (f.properties.value(QLatin1String("iso3166_2_alpha")).toString() == alpha)
                return &f;
        }
        return nullptr;
    }

private slots:
    void readsBundledFiles()
    {
        QFile regions(QStringLiteral(":/geo/kz-regions-2021.geojson"));
        QVERIFY(regions.open(QIODevice::ReadOnly));
        auto features = GeoJsonReader::read(regions.readAll(), QStringLiteral("regions"));
        QVERIFY2(features.ok(),
                 qPrintable(features.ok() ? QString() : features.error().userMessage));
        QCOMPARE(features->size(), 17);
        QCOMPARE(load(QStringLiteral(":/geo/kz-districts-2021.geojson")).size(), 216);
        for (const GeoFeature &f : std::as_const(*features)) {
            QVERIFY(!f.polygons.isEmpty());
            QCOMPARE(f.polygonBounds.size(), f.polygons.size());
            const QRectF box = f.bounds();
            QVERIFY(box.left() >= 46 && box.right() <= 88 && box.top() >= 40 && box.bottom() <= 56);
        }
    }

    void regionalCentres_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("Kokshetau") << QStringLiteral("KZ-AKM") << 69.39 << 53.28;
        QTest::newRow("Aktobe") << QStringLiteral("KZ-AKT") << 57.17 << 50.28;
        QTest::newRow("Atyrau") << QStringLiteral("KZ-ATY") << 51.92 << 47.10;
        QTest::newRow("Karaganda") << QStringLiteral("KZ-KAR") << 73.10 << 49.80;
        QTest::newRow("Pavlodar") << QStringLiteral("KZ-PAV") << 76.95 << 52.29;
        QTest::newRow("Taraz") << QStringLiteral("KZ-ZHA") << 71.37 << 42.90;
        QTest::newRow("Oskemen") << QStringLiteral("KZ-VOS") << 82.61 << 49.95;
    }

    void regionalCentres()
    {
        QFETCH(QString, region);
        QFETCH(double, lon);
        QFETCH(double, lat);
        const QList<GeoFeature> features = load(QStringLiteral(":/geo/kz-regions-2021.geojson"));
        int containing = 0;
        for (const GeoFeature &f : features) {
            if (f.contains(QPointF(lon, lat))) {
                ++containing;
                QCOMPARE(f.properties.value(QLatin1String("iso3166_2_alpha")).toString(), region);
            }
        }
        QCOMPARE(containing, 1);
    }

    void holeIsOutside()
    {
        const QList<GeoFeature> features = load(QStringLiteral(":/geo/kz-regions-2021.geojson"));
        const GeoFeature *region = find(features, QStringLiteral("KZ-ALM"));
        const GeoFeature *city = find(features, QStringLiteral("KZ-ALA"));
        QVERIFY(region && city);
        QVERIFY(region->polygons.constFirst().size() > 1); // has holes
        const QPointF almaty(76.92, 43.25);
        QVERIFY(region->bounds().contains(almaty));
        QVERIFY(!region->contains(almaty));
        QVERIFY(city->contains(almaty));
        QVERIFY(region->contains(QPointF(78.37, 45.02))); // Taldykorgan
    }

    void containsWithoutCache()
    {
        GeoFeature square;
        square.polygons = {
            {{QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10), QPointF(0, 0)},
             {QPointF(4, 4), QPointF(6, 4), QPointF(6, 6), QPointF(4, 6), QPointF(4, 4)}}};
        QVERIFY(square.contains(QPointF(1, 1)));
        QVERIFY(!square.contains(QPointF(5, 5)));
        QVERIFY(!square.contains(QPointF(11, 5)));
        square.updateBounds();
        QCOMPARE(square.bounds(), QRectF(0, 0, 10, 10));
        QVERIFY(square.contains(QPointF(9, 9)));
        QVERIFY(!square.contains(QPointF(5, 5)));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"type\": ") << QStringLiteral("geojson.not-json")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << QStringLiteral("geojson.not-feature-collection")
                               << QStringLiteral("FeatureCollection");
        QTest::newRow("feature") << QByteArray(R"({"type":"Feature","geometry":null})")
                                 << QStringLiteral("geojson.not-feature-collection")
                                 << QStringLiteral("FeatureCollection");
        QTest::newRow("no features")
            << QByteArray(R"({"type":"FeatureCollection"})")
            << QStringLiteral("geojson.not-feature-collection") << QStringLiteral("features");
        QTest::newRow("point") << QByteArray(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}]})")
                               << QStringLiteral("geojson.unsupported-geometry")
                               << QStringLiteral("feature 1: its geometry is a \"Point\"");
        QTest::newRow("short ring") << QByteArray(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}}]})")
                                    << QStringLiteral("geojson.bad-coordinates")
                                    << QStringLiteral("feature 0: ring 0 has 3 positions");
        QTest::newRow("open ring") << QByteArray(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1]]]]}}]})")
                                   << QStringLiteral("geojson.bad-coordinates")
                                   << QStringLiteral("polygon 0: ring 0 is not closed");
        QTest::newRow("text coordinate")
            << QByteArray(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],["a",0],[1,1],[0,0]]]}}]})")
            << QStringLiteral("geojson.bad-coordinates") << QStringLiteral("other than numbers");
        QTest::newRow("no geometry") << QByteArray(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":null}]})")
                                     << QStringLiteral("geojson.bad-feature")
                                     << QStringLiteral("feature 0: it has no geometry");
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        auto result = GeoJsonReader::read(json, QStringLiteral("test.geojson"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().userMessage.startsWith(QLatin1String("test.geojson")),
                 qPrintable(result.error().userMessage));
        QVERIFY2(result.error().userMessage.contains(mentions),
                 qPrintable(result.error().userMessage));
    }
};

QTEST_GUILESS_MAIN(TestGeoJson)
#include "tst_geojson.moc"
