#include "MapScene.h"

#include "GeoJsonReader.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMapScene, "ballotdesk.ui.map.scene", QtWarningMsg)

namespace bd {

namespace {

QList<GeoFeature> readResource(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcMapScene) << "cannot open" << resource << file.errorString();
        return {};
    }
    auto features = GeoJsonReader::read(file.readAll(), resource);
    if (!features) {
        qCWarning(lcMapScene) << features.error().userMessage;
        return {};
    }
    return *features;
}

QString prop(const GeoFeature &f, const char *key)
{
    return f.properties.value(QLatin1String(key)).toString();
}

QString featureName(const GeoFeature &f, const QString &language)
{
    const QString wanted = f.properties.value(QLatin1String("name_") + language).toString();
    if (!wanted.isEmpty())
        return wanted;
    for (const char *key : {"name_en", "ADM2_EN", "ADM1_EN", "name", "NAME"}) {
        const QString n = prop(f, key);
        if (!n.isEmpty())
            return n;
    }
    return prop(f, "KATO");
}

std::optional<GeoFeature> parseStored(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QByteArray json = QByteArrayLiteral("{\"type\":\"FeatureCollection\",\"features\":[") +
                            text.toUtf8() + QByteArrayLiteral("]}");
    auto features = GeoJsonReader::read(json, QStringLiteral("territory_boundary"));
    if (!features || features->isEmpty()) {
        if (!features)
            qCWarning(lcMapScene) << features.error().userMessage;
        return std::nullopt;
    }
    return features->constFirst();
}

bool matches(const GeoFeature &f, const MapFigures &t)
{
    const QString kato = prop(f, "KATO");
    if (!t.kato.isEmpty() && kato == t.kato)
        return true;
    return !t.code.isEmpty() &&
           (prop(f, "iso3166_2_alpha") == t.code || (!kato.isEmpty() && kato == t.code));
}

// A district feature belongs to a region by its region's ISO code or by the KATO's first two
// digits (the region's digits).
bool inRegion(const GeoFeature &district, const MapFigures &region)
{
    if (prop(district, "iso3166_2_alpha") == region.code)
        return true;
    const QString kato = prop(district, "KATO");
    return region.kato.size() >= 2 && kato.size() >= 2 && kato.left(2) == region.kato.left(2);
}

} // namespace

const MapFigures *MapScene::figures(const QString &code) const
{
    const auto it = itemIndex.constFind(code);
    return it == itemIndex.cend() ? nullptr : &data.items.at(*it);
}

QHash<QString, double> MapScene::values(MapMetric metric, const QString &hour) const
{
    QHash<QString, double> out;
    for (auto it = itemIndex.cbegin(); it != itemIndex.cend(); ++it) {
        if (const auto v = data.items.at(*it).value(metric, hour))
            out.insert(it.key(), *v);
    }
    return out;
}

const QList<GeoFeature> &MapSceneBuilder::bundledRegions()
{
    static const QList<GeoFeature> regions =
        readResource(QStringLiteral(":/geo/kz-regions-2021.geojson"));
    return regions;
}

const QList<GeoFeature> &MapSceneBuilder::bundledDistricts()
{
    static const QList<GeoFeature> districts =
        readResource(QStringLiteral(":/geo/kz-districts-2021.geojson"));
    return districts;
}

MapScene MapSceneBuilder::build(MapData data, const std::optional<MapFigures> &parent,
                                const QString &language)
{
    MapScene scene;
    scene.data = std::move(data);
    const QList<MapFigures> &items = scene.data.items;

    if (scene.data.level == MapLevel::Stations) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const MapFigures &s = items.at(i);
            if (!s.lonLat) {
                ++scene.unlinked;
                continue;
            }
            scene.markers.append(MapMarker{s.code, s.name(language), *s.lonLat});
            scene.itemIndex.insert(s.code, i);
        }
        if (parent) {
            if (auto stored = parseStored(parent->storedBoundary)) {
                scene.backdrop.append(*stored);
            } else {
                for (const GeoFeature &f : bundledDistricts()) {
                    if (matches(f, *parent))
                        scene.backdrop.append(f);
                }
            }
        }
        return scene;
    }

    const bool regions = scene.data.level == MapLevel::Regions;
    QList<const GeoFeature *> area;
    for (const GeoFeature &f : regions ? bundledRegions() : bundledDistricts()) {
        if (regions || (parent && inRegion(f, *parent)))
            area.append(&f);
    }
    QList<bool> used(area.size(), false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const MapFigures &t = items.at(i);
        std::optional<GeoFeature> geometry = parseStored(t.storedBoundary);
        for (qsizetype k = 0; k < area.size(); ++k) {
            if (matches(*area.at(k), t)) {
                used[k] = true; // a stored boundary replaces it; either way it is this territory
                if (!geometry)
                    geometry = *area.at(k);
            }
        }
        if (!geometry) {
            ++scene.unlinked;
            continue;
        }
        scene.shapes.append(MapShape{t.code, t.name(language), *geometry});
        scene.itemIndex.insert(t.code, i);
    }
    for (qsizetype k = 0; k < area.size(); ++k) {
        if (used.at(k))
            continue;
        const GeoFeature &f = *area.at(k);
        scene.shapes.append(MapShape{QStringLiteral("geo:") + prop(f, "KATO") + QString::number(k),
                                     featureName(f, language), f});
    }
    return scene;
}

} // namespace bd
