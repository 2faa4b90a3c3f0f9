#include "ChoroplethRenderer.h"
#include "MapScene.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

QString isoCode(const GeoFeature &f)
{
    return f.properties.value(QLatin1String("iso3166_2_alpha")).toString();
}

// A point well inside the feature: the grid point nearest to its bounding box's centre whose
// neighbours 0.05° away are inside too (so that edge rounding cannot decide the test).
QPointF interiorPoint(const GeoFeature &f)
{
    const QRectF box = f.bounds();
    const QPointF centre = box.center();
    QPointF best;
    double bestDistance = -1;
    constexpr int kSteps = 60;
    for (int i = 0; i <= kSteps; ++i) {
        for (int j = 0; j <= kSteps; ++j) {
            const QPointF p(box.left() + box.width() * i / kSteps,
                            box.top() + box.height() * j / kSteps);
            const double d = std::hypot(p.x() - centre.x(), p.y() - centre.y());
            if (bestDistance >= 0 && d >= bestDistance)
                continue;
            bool inside = f.contains(p);
            for (QPointF o :
                 {QPointF(0.05, 0), QPointF(-0.05, 0), QPointF(0, 0.05), QPointF(0, -0.05)})
                inside = inside && f.contains(p + o);
            if (inside) {
                best = p;
                bestDistance = d;
            }
        }
    }
    return best;
}

QList<MapShape> regionShapes()
{
    QList<MapShape> shapes;
    for (const GeoFeature &f : MapSceneBuilder::bundledRegions())
        shapes.append(
            MapShape{isoCode(f), f.properties.value(QLatin1String("name_en")).toString(), f});
    return shapes;
}

} // namespace

/** ChoroplethRenderer: hit-testing every region, classes, legend, export. */
class TestChoroplethRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QCOMPARE(MapSceneBuilder::bundledRegions().size(), 17);
    }

    void everyRegionHitTestsToItself_data()
    {
        QTest::addColumn<int>("index");
        const QList<GeoFeature> &regions = MapSceneBuilder::bundledRegions();
        for (int i = 0; i < regions.size(); ++i)
            QTest::newRow(qPrintable(isoCode(regions.at(i)))) << i;
    }
    void everyRegionHitTestsToItself()
    {
        QFETCH(int, index);
        const GeoFeature &region = MapSceneBuilder::bundledRegions().at(index);
        const QPointF lonLat = interiorPoint(region);
        QVERIFY2(!lonLat.isNull(), "no interior point found");
        // Exactly one region of the source data holds the point.
        int holders = 0;
        for (const GeoFeature &f : MapSceneBuilder::bundledRegions())
            holders += f.contains(lonLat) ? 1 : 0;
        QCOMPARE(holders, 1);

        ChoroplethRenderer renderer;
        renderer.setShapes(regionShapes());
        for (QSizeF size : {QSizeF(1600, 1000), QSizeF(640, 900)}) {
            renderer.layout(QRectF(QPointF(0, 0), size));
            const QPointF view = renderer.projection().lonLatToView(lonLat);
            QCOMPARE(renderer.featureAt(view), isoCode(region));
        }
        // Zoomed in about the point, it still hits the same region.
        renderer.layout(QRectF(0, 0, 1600, 1000));
        const QPointF view = renderer.projection().lonLatToView(lonLat);
        renderer.zoomAt(view, 4);
        QCOMPARE(renderer.zoom(), 4.0);
        QCOMPARE(renderer.featureAt(view), isoCode(region));
    }

    void outsideHitsNothing()
    {
        ChoroplethRenderer renderer;
        renderer.setShapes(regionShapes());
        renderer.layout(QRectF(0, 0, 1600, 1000));
        QCOMPARE(renderer.featureAt(renderer.projection().lonLatToView(QPointF(60, 40.6))),
                 QString()); // Uzbekistan
        QCOMPARE(renderer.featureAt(QPointF(-10, -10)), QString());
    }

    void classesAndColours()
    {
        ChoroplethRenderer renderer;
        renderer.setShapes(regionShapes());
        renderer.setValues({{QStringLiteral("KZ-VOS"), 90.9},
                            {QStringLiteral("KZ-ZHA"), 90.7},
                            {QStringLiteral("KZ-ALM"), 66.5},
                            {QStringLiteral("KZ-AKM"), 75.5},
                            {QStringLiteral("KZ-KUS"), 84.4},
                            {QStringLiteral("KZ-SEV"), 87.1}});
        QCOMPARE(renderer.breaks().size(), 5);
        QCOMPARE(renderer.classOf(QStringLiteral("KZ-VOS")), 4);
        QCOMPARE(renderer.classOf(QStringLiteral("KZ-ZHA")), 4);
        QCOMPARE(renderer.classOf(QStringLiteral("KZ-ALM")), 0);
        QCOMPARE(renderer.classOf(QStringLiteral("KZ-AST")), -1); // no data
        QCOMPARE(renderer.valueText(QStringLiteral("KZ-AST")), QStringLiteral("no data"));

        // The pixel at Oskemen is the darkest class colour, at Almaty the lightest.
        renderer.setPalette(QPalette(Qt::white));
        const QImage image = renderer.toImage(QSize(1600, 1000));
        auto pixelAt = [&](double lon, double lat) {
            return image.pixelColor(
                renderer.projection().lonLatToView(QPointF(lon, lat)).toPoint());
        };
        QCOMPARE(pixelAt(82.0, 49.0), ChoroplethRenderer::classColor(4, 5)); // East Kazakhstan
        QCOMPARE(pixelAt(78.5, 44.5), ChoroplethRenderer::classColor(0, 5)); // Almaty Region
        QVERIFY(ChoroplethRenderer::classColor(0, 5) != ChoroplethRenderer::classColor(4, 5));
    }

    void keyboardNeighbours()
    {
        ChoroplethRenderer renderer;
        renderer.setShapes(regionShapes());
        renderer.layout(QRectF(0, 0, 1600, 1000));
        QCOMPARE(renderer.codes().size(), 17);
        // West of Aktobe lies West Kazakhstan; east of Pavlodar, East Kazakhstan.
        // Every arrow leads to a feature that lies that way on screen.
        const QStringList codes = renderer.codes();
        int moves = 0;
        for (const QString &code : codes) {
            const QPointF from = renderer.featureAnchor(code);
            for (QPoint d : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
                const QString to = renderer.neighbour(code, d.x(), d.y());
                if (to.isEmpty())
                    continue;
                ++moves;
                const QPointF delta = renderer.featureAnchor(to) - from;
                QVERIFY2(delta.x() * d.x() + delta.y() * d.y() > 0,
                         qPrintable(code + QLatin1String(" → ") + to));
            }
        }
        QVERIFY(moves > 40);
        // East Kazakhstan is the easternmost region: nothing lies to its right.
        QCOMPARE(renderer.neighbour(QStringLiteral("KZ-VOS"), 1, 0), QString());
    }

    void exportsPngAndSvg()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ChoroplethRenderer renderer;
        renderer.setShapes(regionShapes());
        renderer.setTitle(QStringLiteral("Turnout"));
        renderer.setValues({{QStringLiteral("KZ-VOS"), 90.9}, {QStringLiteral("KZ-ALM"), 66.5}});
        const QString png = dir.filePath(QStringLiteral("map.png"));
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QVERIFY(renderer.exportPng(png, QSize(800, 500)).ok());
        QVERIFY(renderer.exportSvg(svg, QSize(800, 500)).ok());
        QImage image(png);
        QCOMPARE(image.size(), QSize(800, 500));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<path"));
        QVERIFY(text.contains("geokz")); // the attribution travels with the drawing
        QVERIFY(!renderer.exportPng(dir.filePath(QStringLiteral("missing/map.png")), QSize(10, 10))
                     .ok());
    }

    void drawsAttributionAndLegend()
    {
        // The bottom strip (attribution) and the legend corner are not blank.
        ChoroplethRenderer renderer;
        renderer.setPalette(QPalette(Qt::white));
        renderer.setShapes(regionShapes());
        renderer.setValues({{QStringLiteral("KZ-VOS"), 90.9}, {QStringLiteral("KZ-ALM"), 66.5}});
        const QImage image = renderer.toImage(QSize(1600, 1000));
        const QColor base = renderer.toImage(QSize(1, 1)).pixelColor(0, 0);
        auto inkIn = [&](const QRect &r) {
            int ink = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    ink += image.pixelColor(x, y) != base ? 1 : 0;
            return ink;
        };
        QVERIFY(inkIn(QRect(800, 975, 790, 22)) > 100); // attribution, bottom right
        QVERIFY(inkIn(QRect(14, 800, 150, 140)) > 500); // legend, bottom left
    }
};

QTEST_MAIN(TestChoroplethRenderer)
#include "tst_choroplethrenderer.moc"
