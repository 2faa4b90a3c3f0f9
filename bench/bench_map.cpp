// Builds (or reuses) a synthetic election of national size and prints how long the map takes:
// the contest tally it needs once, the regional and district aggregates, the stations of a
// district, and rendering the map to a 1600×1000 image. Prints figures only: nothing here is a
// timed assertion.
#include "BenchHarness.h"
#include "ChoroplethRenderer.h"
#include "Database.h"
#include "MapQueries.h"
#include "MapScene.h"
#include "ScaleElection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>

using namespace bd;
using bd::bench::measure;
using bd::bench::out;
using bd::bench::printOnce;

namespace {

Outcome<QString> renderScene(const MapScene &scene, ChoroplethRenderer &renderer)
{
    renderer.setShapes(scene.shapes);
    renderer.setMarkers(scene.markers);
    renderer.setBackdrop(scene.backdrop);
    renderer.setValues(scene.values(MapMetric::TurnoutFinal, {}));
    renderer.setTitle(QStringLiteral("Turnout"));
    const QImage image = renderer.toImage(QSize(1600, 1000));
    if (image.isNull())
        return Error{QStringLiteral("bench.render"), QStringLiteral("no image"), {}};
    return QStringLiteral("%1 shapes, %2 markers, %3 coloured")
        .arg(scene.shapes.size())
        .arg(scene.markers.size())
        .arg(scene.itemIndex.size());
}

} // namespace

int main(int argc, char *argv[])
{
    // Rendering needs fonts and a GUI application, not a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_map"));

    auto scale = bench::openScaleElection(
        app, QStringLiteral("Times the map's aggregates and rendering on a synthetic election."));
    if (!scale) {
        out() << scale.error().userMessage << ' ' << scale.error().detail << '\n';
        return scale.error().code == QLatin1String("bench.usage") ? 2 : 1;
    }
    const Database *db = scale->db.get();

    QHash<qint64, ContestOutcome> outcomes;
    measure(QStringLiteral("contest outcomes (once per election)"), [&]() -> Outcome<QString> {
        auto o = MapQueries::outcomes(*db);
        if (!o)
            return o.error();
        outcomes = *o;
        return QStringLiteral("%1 contests").arg(outcomes.size());
    });

    MapData regions;
    MapRequest request;
    request.outcomes = &outcomes;
    measure(QStringLiteral("regional aggregates (MapQueries, regions)"), [&]() -> Outcome<QString> {
        auto data = MapQueries::load(*db, request);
        if (!data)
            return data.error();
        regions = *data;
        return QStringLiteral("%1 regions").arg(regions.items.size());
    });
    if (regions.items.isEmpty())
        return 1;
    // Drill into a region that the bundled boundaries cover (the generator's KATO codes match
    // some of them), so that its districts are drawn.
    const MapScene regionScene =
        MapSceneBuilder::build(regions, std::nullopt, QStringLiteral("en"));
    MapFigures region = regions.items.constFirst();
    for (const MapFigures &r : std::as_const(regions.items)) {
        if (regionScene.itemIndex.contains(r.code)) {
            region = r;
            break;
        }
    }

    MapData districts;
    request.level = MapLevel::Districts;
    request.parentCode = region.code;
    measure(QStringLiteral("district aggregates of one region"), [&]() -> Outcome<QString> {
        auto data = MapQueries::load(*db, request);
        if (!data)
            return data.error();
        districts = *data;
        return QStringLiteral("%1 districts of %2").arg(districts.items.size()).arg(region.code);
    });
    if (districts.items.isEmpty())
        return 1;
    const MapFigures district = districts.items.constFirst();

    MapData stationData;
    request.level = MapLevel::Stations;
    request.parentCode = district.code;
    measure(QStringLiteral("stations of one district"), [&]() -> Outcome<QString> {
        auto data = MapQueries::load(*db, request);
        if (!data)
            return data.error();
        stationData = *data;
        return QStringLiteral("%1 stations of %2").arg(stationData.items.size()).arg(district.code);
    });

    QElapsedTimer timer;
    timer.start();
    const qsizetype bundled =
        MapSceneBuilder::bundledRegions().size() + MapSceneBuilder::bundledDistricts().size();
    printOnce(QStringLiteral("parse the bundled GeoJSON (once per process)"),
              static_cast<double>(timer.nsecsElapsed()) / 1e6,
              QStringLiteral("%1 features").arg(bundled));

    const MapScene districtScene = MapSceneBuilder::build(districts, region, QStringLiteral("en"));
    const MapScene stationScene =
        MapSceneBuilder::build(stationData, district, QStringLiteral("en"));
    ChoroplethRenderer renderer;
    measure(QStringLiteral("render regions map 1600x1000 (project, paths, paint)"),
            [&] { return renderScene(regionScene, renderer); });
    measure(QStringLiteral("repaint regions map 1600x1000 (cached paths)"),
            [&]() -> Outcome<QString> {
                if (renderer.toImage(QSize(1600, 1000)).isNull())
                    return Error{QStringLiteral("bench.render"), QStringLiteral("no image"), {}};
                return QStringLiteral("metric switch = setValues + repaint");
            });
    measure(QStringLiteral("render districts map of one region 1600x1000"),
            [&] { return renderScene(districtScene, renderer); });
    measure(QStringLiteral("render stations map of one district 1600x1000"),
            [&] { return renderScene(stationScene, renderer); });
    return 0;
}
