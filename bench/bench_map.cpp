// Builds (or reuses) a synthetic election of national size and prints how long the map takes:
// the contest tally it needs once, the regional and district aggregates, the stations of a
// district, and rendering the map to a 1600×1000 image. Prints figures only: nothing here is a
// timed assertion.
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

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

constexpr int kRuns = 3;

/** Runs @p step kRuns times; prints min and median wall-clock ms, median CPU ms and a note. */
void measure(const QString &what, const std::function<Outcome<QString>()> &step)
{
    QList<double> times;
    QList<double> cpuTimes;
    QString note;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto result = step();
        times << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        cpuTimes << static_cast<double>(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        if (!result) {
            out() << QStringLiteral("%1  FAILED: %2 %3\n")
                         .arg(what.leftJustified(58), result.error().userMessage,
                              result.error().detail);
            out().flush();
            return;
        }
        note = *result;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    out() << QStringLiteral("%1 %2 %3 %4  %5\n")
                 .arg(what.leftJustified(58))
                 .arg(times.first(), 10, 'f', 1)
                 .arg(times.at(times.size() / 2), 10, 'f', 1)
                 .arg(cpuTimes.at(cpuTimes.size() / 2), 10, 'f', 1)
                 .arg(note);
    out().flush();
}

void printOnce(const QString &what, double ms, const QString &note = {})
{
    out() << QStringLiteral("%1 %2 %3 %4  %5\n")
                 .arg(what.leftJustified(58))
                 .arg(ms, 10, 'f', 1)
                 .arg(QString(), 10)
                 .arg(QString(), 10)
                 .arg(note);
    out().flush();
}

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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the map's aggregates and rendering on a synthetic election."));
    parser.addHelpOption();
    const QCommandLineOption stationsOption(QStringLiteral("stations"),
                                            QStringLiteral("Polling stations to generate."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Election file: reused if it exists, else generated into it."),
        QStringLiteral("FILE"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the generated file."));
    parser.addOptions({stationsOption, dbOption, keepOption});
    parser.process(app);

    bool ok = false;
    const int stations = parser.value(stationsOption).toInt(&ok);
    if (!ok || stations < 1) {
        out() << "--stations needs a positive number\n";
        return 2;
    }
    std::unique_ptr<QTemporaryDir> dir;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid()) {
            out() << "cannot create a temporary folder\n";
            return 1;
        }
        dir->setAutoRemove(!parser.isSet(keepOption));
        path = dir->filePath(QStringLiteral("scale.sqlite"));
        if (parser.isSet(keepOption))
            out() << "keeping " << path << '\n';
    }
    const bool reuse = QFileInfo::exists(path);

    out() << QStringLiteral("%1 %2 %3 %4  %5\n")
                 .arg(QStringLiteral("figure").leftJustified(58),
                      QStringLiteral("min ms").rightJustified(10),
                      QStringLiteral("median ms").rightJustified(10),
                      QStringLiteral("cpu ms").rightJustified(10), QStringLiteral("note"));
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path, reuse ? Database::OpenMode::ExistingOnly
                                         : Database::OpenMode::CreateIfMissing);
    if (!db) {
        out() << db.error().userMessage << ' ' << db.error().detail << '\n';
        return 1;
    }
    printOnce(reuse ? QStringLiteral("open existing file (with any migration)")
                    : QStringLiteral("create and migrate new file"),
              static_cast<double>(timer.nsecsElapsed()) / 1e6,
              QStringLiteral("schema v%1").arg(db->schemaVersion()));
    if (!reuse) {
        ScaleOptions options;
        options.pollingStations = stations;
        timer.restart();
        if (Status s = ScaleElection::generate(*db, options); !s) {
            out() << s.error().userMessage << ' ' << s.error().detail << '\n';
            return 1;
        }
        printOnce(QStringLiteral("generate %1 stations").arg(stations),
                  static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }

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

    timer.restart();
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
