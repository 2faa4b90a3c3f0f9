#include "GeoJsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace bd {

namespace {

const QString kNotJson = QStringLiteral("geojson.not-json");
const QString kNotCollection = QStringLiteral("geojson.not-feature-collection");
const QString kBadFeature = QStringLiteral("geojson.bad-feature");
const QString kUnsupported = QStringLiteral("geojson.unsupported-geometry");
const QString kBadCoordinates = QStringLiteral("geojson.bad-coordinates");

using Ring = QList<QPointF>;
using Polygon = QList<Ring>;

// The parsing helpers return an empty string on success and the reason otherwise; read()
// turns the reason into an Error with the source and feature index.

QString readPosition(const QJsonValue &value, QPointF *point)
{
    if (!value.isArray())
        return GeoJsonReader::tr("a position is not an array of numbers");
    const QJsonArray position = value.toArray();
    if (position.size() < 2)
        return GeoJsonReader::tr("a position has fewer than 2 numbers");
    if (!position.at(0).isDouble() || !position.at(1).isDouble())
        return GeoJsonReader::tr("a position holds something other than numbers");
    const double lon = position.at(0).toDouble();
    const double lat = position.at(1).toDouble();
    if (!std::isfinite(lon) || !std::isfinite(lat) || lon < -180 || lon > 180 || lat < -90 ||
        lat > 90)
        return GeoJsonReader::tr("the position [%1, %2] is outside longitude -180..180 or "
                                 "latitude -90..90")
            .arg(lon)
            .arg(lat);
    *point = QPointF(lon, lat);
    return {};
}

QString readRing(const QJsonValue &value, int ringIndex, Ring *ring)
{
    if (!value.isArray())
        return GeoJsonReader::tr("ring %1 is not an array of positions").arg(ringIndex);
    const QJsonArray positions = value.toArray();
    if (positions.size() < 4)
        return GeoJsonReader::tr("ring %1 has %2 positions; a closed ring needs at least 4")
            .arg(ringIndex)
            .arg(positions.size());
    ring->reserve(positions.size());
    for (const QJsonValue &position : positions) {
        QPointF point;
        if (QString reason = readPosition(position, &point); !reason.isEmpty())
            return GeoJsonReader::tr("ring %1: %2").arg(QString::number(ringIndex), reason);
        ring->append(point);
    }
    if (ring->constFirst() != ring->constLast())
        return GeoJsonReader::tr("ring %1 is not closed (its last position differs from its "
                                 "first)")
            .arg(ringIndex);
    return {};
}

QString readPolygon(const QJsonValue &value, Polygon *polygon)
{
    if (!value.isArray())
        return GeoJsonReader::tr("a polygon is not an array of rings");
    const QJsonArray rings = value.toArray();
    if (rings.isEmpty())
        return GeoJsonReader::tr("a polygon has no rings");
    int index = 0;
    for (const QJsonValue &ringValue : rings) {
        Ring ring;
        if (QString reason = readRing(ringValue, index, &ring); !reason.isEmpty())
            return reason;
        polygon->append(std::move(ring));
        ++index;
    }
    return {};
}

} // namespace

Outcome<QList<GeoFeature>> GeoJsonReader::read(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{kNotJson,
                     tr("%1 is not valid JSON (%2 at byte %3).")
                         .arg(sourceName, parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        return Error{
            kNotCollection, tr("%1 is not a GeoJSON FeatureCollection.").arg(sourceName), {}};
    const QJsonValue featuresValue = root.value(QLatin1String("features"));
    if (!featuresValue.isArray())
        return Error{kNotCollection,
                     tr("%1 is a FeatureCollection without a \"features\" array.").arg(sourceName),
                     {}};

    const QJsonArray features = featuresValue.toArray();
    QList<GeoFeature> result;
    result.reserve(features.size());
    for (qsizetype index = 0; index < features.size(); ++index) {
        auto fail = [&](const QString &code, const QString &reason) {
            return Error{code,
                         tr("%1, feature %2: %3.").arg(sourceName, QString::number(index), reason),
                         {}};
        };
        const QJsonValue featureValue = features.at(index);
        const QJsonObject feature = featureValue.toObject();
        if (!featureValue.isObject() ||
            feature.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
            return fail(kBadFeature, tr("it is not a GeoJSON Feature"));
        const QJsonValue propertiesValue = feature.value(QLatin1String("properties"));
        if (!propertiesValue.isObject() && !propertiesValue.isNull() &&
            !propertiesValue.isUndefined())
            return fail(kBadFeature, tr("its \"properties\" is not an object"));
        const QJsonValue geometryValue = feature.value(QLatin1String("geometry"));
        if (!geometryValue.isObject())
            return fail(kBadFeature, tr("it has no geometry"));
        const QJsonObject geometry = geometryValue.toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));

        GeoFeature out;
        out.properties = propertiesValue.toObject();
        if (type == QLatin1String("Polygon")) {
            Polygon polygon;
            if (QString reason = readPolygon(coordinates, &polygon); !reason.isEmpty())
                return fail(kBadCoordinates, reason);
            out.polygons.append(std::move(polygon));
        } else if (type == QLatin1String("MultiPolygon")) {
            if (!coordinates.isArray() || coordinates.toArray().isEmpty())
                return fail(kBadCoordinates,
                            tr("the MultiPolygon's coordinates are not a non-empty array of "
                               "polygons"));
            for (const QJsonValue &polygonValue : coordinates.toArray()) {
                Polygon polygon;
                if (QString reason = readPolygon(polygonValue, &polygon); !reason.isEmpty())
                    return fail(
                        kBadCoordinates,
                        tr("polygon %1: %2").arg(QString::number(out.polygons.size()), reason));
                out.polygons.append(std::move(polygon));
            }
        } else {
            return fail(kUnsupported,
                        tr("its geometry is a \"%1\"; only Polygon and MultiPolygon are "
                           "supported")
                            .arg(type.isEmpty() ? tr("(no type)") : type));
        }
        out.updateBounds();
        result.append(std::move(out));
    }
    return result;
}

} // namespace bd
