#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace bd {

/**
 * One boundary feature of a GeoJSON file: its properties and its (multi)polygon in lon/lat.
 *
 * Qt Core only, so that domain code, the map renderer and the demo generator share it.
 * polygons holds polygon → rings (the first ring is the outer boundary, the others are holes)
 * → points (x = longitude, y = latitude). Rings are closed: the last point equals the first.
 *
 * contains() first tests a cached bounding box per polygon, then the rings. The cache is filled
 * by GeoJsonReader; code that builds or edits polygons itself calls updateBounds() afterwards
 * (without it the boxes are computed on every call, which is correct but slower).
 */
struct GeoFeature
{
    QJsonObject properties;
    QList<QList<QList<QPointF>>> polygons;
    /** Cache: the bounding box of each polygon's outer ring, in the order of polygons. */
    QList<QRectF> polygonBounds;

    /** The bounding box of every polygon (lon = x, lat = y); a null rect when there is none. */
    QRectF bounds() const;

    /**
     * Whether @p lonLat lies inside the feature: inside some polygon by the even-odd rule over
     * all its rings, so a point in a hole is outside. Points exactly on an edge may go either
     * way.
     */
    bool contains(QPointF lonLat) const;

    /** Recomputes polygonBounds from polygons. */
    void updateBounds();

    /** The bounding box of one ring; a null rect for an empty ring. */
    static QRectF ringBounds(const QList<QPointF> &ring);
};

} // namespace bd
