#include "GeoFeature.h"

#include <algorithm>

namespace bd {

namespace {

// Closed box test: QRectF::contains() rejects every point of a zero-width or zero-height box.
bool boxContains(const QRectF &box, QPointF p)
{
    return p.x() >= box.left() && p.x() <= box.right() && p.y() >= box.top() &&
           p.y() <= box.bottom();
}

// Crossing-number test of one ring; toggles for every edge crossed by the ray to +x.
bool crossesOddTimes(const QList<QPointF> &ring, QPointF p)
{
    bool inside = false;
    const qsizetype n = ring.size();
    if (n < 2)
        return false;
    const QPointF *points = ring.constData();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = points[i];
        const QPointF &b = points[j];
        if ((a.y() > p.y()) != (b.y() > p.y())) {
            const double x = a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (p.x() < x)
                inside = !inside;
        }
    }
    return inside;
}

} // namespace

QRectF GeoFeature::ringBounds(const QList<QPointF> &ring)
{
    if (ring.isEmpty())
        return {};
    double minX = ring.constFirst().x();
    double maxX = minX;
    double minY = ring.constFirst().y();
    double maxY = minY;
    for (const QPointF &p : ring) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

void GeoFeature::updateBounds()
{
    polygonBounds.clear();
    polygonBounds.reserve(polygons.size());
    for (const auto &polygon : std::as_const(polygons))
        polygonBounds.append(polygon.isEmpty() ? QRectF() : ringBounds(polygon.constFirst()));
}

QRectF GeoFeature::bounds() const
{
    QRectF all;
    bool first = true;
    for (qsizetype i = 0; i < polygons.size(); ++i) {
        if (polygons.at(i).isEmpty() || polygons.at(i).constFirst().isEmpty())
            continue;
        const QRectF box = polygonBounds.size() == polygons.size()
                               ? polygonBounds.at(i)
                               : ringBounds(polygons.at(i).constFirst());
        // united() ignores null (zero-size) boxes, so a degenerate polygon is merged by hand.
        if (first) {
            all = box;
            first = false;
        } else {
            all = QRectF(
                QPointF(std::min(all.left(), box.left()), std::min(all.top(), box.top())),
                QPointF(std::max(all.right(), box.right()), std::max(all.bottom(), box.bottom())));
        }
    }
    return all;
}

bool GeoFeature::contains(QPointF lonLat) const
{
    const bool cached = polygonBounds.size() == polygons.size();
    for (qsizetype i = 0; i < polygons.size(); ++i) {
        const auto &rings = polygons.at(i);
        if (rings.isEmpty())
            continue;
        const QRectF box = cached ? polygonBounds.at(i) : ringBounds(rings.constFirst());
        if (!boxContains(box, lonLat))
            continue;
        bool inside = false;
        for (const auto &ring : rings) {
            if (crossesOddTimes(ring, lonLat))
                inside = !inside;
        }
        if (inside)
            return true;
    }
    return false;
}

} // namespace bd
