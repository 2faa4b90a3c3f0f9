#pragma once

#include "ChoroplethRenderer.h"
#include "MapQueries.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

/** One level of the map ready to draw: its figures and the shapes or markers they colour. */
struct MapScene
{
    MapData data;
    QList<MapShape> shapes;
    QList<MapMarker> markers;
    QList<GeoFeature> backdrop;
    QHash<QString, qsizetype> itemIndex; ///< shape or marker code → index into data.items
    int unlinked = 0;                    ///< territories with no boundary (not drawn)

    /** The figures behind a shape or marker; nullptr for a shape with no territory. */
    const MapFigures *figures(const QString &code) const;
    /** Each drawn feature's value of @p metric (features without one are left out). */
    QHash<QString, double> values(MapMetric metric, const QString &hour) const;
};

/**
 * Links the figures of a map level to boundaries: a territory's stored (imported) boundary
 * first, else the bundled 2021 GeoJSON feature whose KATO equals the territory's KATO or whose
 * iso3166_2_alpha equals its code. Bundled features of the area without a territory are drawn as
 * "no data", so the country (or region) stays whole. Stations become markers over the outline
 * of their district.
 */
class MapSceneBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MapSceneBuilder)

public:
    MapSceneBuilder() = delete;

    /** The bundled regions (:/geo/kz-regions-2021.geojson), parsed once per process. */
    static const QList<GeoFeature> &bundledRegions();
    /** The bundled districts (:/geo/kz-districts-2021.geojson), parsed once per process. */
    static const QList<GeoFeature> &bundledDistricts();

    /**
     * @p parent is the territory drilled into (the region for Districts, the district for
     * Stations) as the level above reported it; @p language is "en", "kk" or "ru".
     */
    static MapScene build(MapData data, const std::optional<MapFigures> &parent,
                          const QString &language);
};

} // namespace bd
