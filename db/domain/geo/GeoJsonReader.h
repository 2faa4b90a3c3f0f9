#pragma once

#include "GeoFeature.h"
#include "Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bd {

/**
 * Reads boundary polygons from a GeoJSON FeatureCollection (RFC 7946) of any country.
 *
 * Accepted: a FeatureCollection whose every feature has a Polygon or MultiPolygon geometry with
 * closed rings of at least 4 positions [lon, lat(, alt)]. Anything else gives an Error naming
 * the source, the feature index (counted from 0) and what is wrong; error codes are
 * "geojson.not-json", "geojson.not-feature-collection", "geojson.bad-feature",
 * "geojson.unsupported-geometry" and "geojson.bad-coordinates".
 */
class GeoJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(GeoJsonReader)

public:
    GeoJsonReader() = delete;

    /** Parses @p json; @p sourceName (a file or resource name) is quoted in every error. */
    static Outcome<QList<GeoFeature>> read(const QByteArray &json, const QString &sourceName);
};

} // namespace bd
