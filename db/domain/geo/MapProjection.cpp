#include "MapProjection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace bd {

namespace {

constexpr double kEarthRadiusKm = 6371.0088; // mean radius (IUGG)
constexpr double kDeg = std::numbers::pi / 180.0;

} // namespace

MapProjection::MapProjection()
{
    // Kazakhstan spans about 40.5..55.5 °N and 46.5..87.5 °E.
    init(67.0, 48.0, 43.0, 53.0);
}

MapProjection::MapProjection(double centralMeridian, double originLatitude,
                             double standardParallel1, double standardParallel2)
{
    init(centralMeridian, originLatitude, standardParallel1, standardParallel2);
}

void MapProjection::init(double centralMeridian, double originLatitude, double standardParallel1,
                         double standardParallel2)
{
    m_lambda0 = centralMeridian;
    m_phi0 = originLatitude;
    m_phi1 = standardParallel1;
    m_phi2 = standardParallel2;
    const double s1 = std::sin(m_phi1 * kDeg);
    const double s2 = std::sin(m_phi2 * kDeg);
    m_n = (s1 + s2) / 2.0;
    // Parallels symmetric about the equator make n zero (a cylinder); nudge it to stay conic.
    if (std::abs(m_n) < 1e-9)
        m_n = 1e-9;
    const double c1 = std::cos(m_phi1 * kDeg);
    m_c = c1 * c1 + 2.0 * m_n * s1;
    m_rho0 =
        kEarthRadiusKm * std::sqrt(std::max(0.0, m_c - 2.0 * m_n * std::sin(m_phi0 * kDeg))) / m_n;
}

MapProjection MapProjection::albersFor(const QRectF &lonLatBounds)
{
    if (lonLatBounds.isNull() || !lonLatBounds.isValid())
        return MapProjection();
    const double south = lonLatBounds.top(); // QRectF's top is the smaller y: the south
    const double span = lonLatBounds.height();
    return MapProjection(lonLatBounds.center().x(), lonLatBounds.center().y(), south + span / 6.0,
                         south + span * 5.0 / 6.0);
}

QRectF MapProjection::boundsOf(const QList<GeoFeature> &features)
{
    QRectF all;
    bool first = true;
    for (const GeoFeature &f : features) {
        if (f.polygons.isEmpty())
            continue;
        const QRectF box = f.bounds();
        all =
            first
                ? box
                : QRectF(QPointF(std::min(all.left(), box.left()), std::min(all.top(), box.top())),
                         QPointF(std::max(all.right(), box.right()),
                                 std::max(all.bottom(), box.bottom())));
        first = false;
    }
    return all;
}

QPointF MapProjection::project(QPointF lonLat) const
{
    const double phi = lonLat.y() * kDeg;
    const double rho =
        kEarthRadiusKm * std::sqrt(std::max(0.0, m_c - 2.0 * m_n * std::sin(phi))) / m_n;
    const double theta = m_n * (lonLat.x() - m_lambda0) * kDeg;
    return {rho * std::sin(theta), m_rho0 - rho * std::cos(theta)};
}

QPointF MapProjection::unproject(QPointF xy) const
{
    const double sign = m_n < 0 ? -1.0 : 1.0;
    const double dy = m_rho0 - xy.y();
    const double rho = sign * std::hypot(xy.x(), dy);
    const double theta = std::atan2(sign * xy.x(), sign * dy);
    const double rn = rho * m_n / kEarthRadiusKm;
    const double sinPhi = std::clamp((m_c - rn * rn) / (2.0 * m_n), -1.0, 1.0);
    return {m_lambda0 + theta / m_n / kDeg, std::asin(sinPhi) / kDeg};
}

QRectF MapProjection::projectRect(const QRectF &lonLatBounds) const
{
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    bool first = true;
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        const double lon = lonLatBounds.left() + t * lonLatBounds.width();
        const double lat = lonLatBounds.top() + t * lonLatBounds.height();
        for (QPointF p : {QPointF(lon, lonLatBounds.top()), QPointF(lon, lonLatBounds.bottom()),
                          QPointF(lonLatBounds.left(), lat), QPointF(lonLatBounds.right(), lat)}) {
            const QPointF q = project(p);
            if (first) {
                minX = maxX = q.x();
                minY = maxY = q.y();
                first = false;
            }
            minX = std::min(minX, q.x());
            maxX = std::max(maxX, q.x());
            minY = std::min(minY, q.y());
            maxY = std::max(maxY, q.y());
        }
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

void MapProjection::fitTo(const QRectF &projectedBounds, const QRectF &view)
{
    const double w = std::max(projectedBounds.width(), 1e-9);
    const double h = std::max(projectedBounds.height(), 1e-9);
    m_scale = std::min(view.width() / w, view.height() / h);
    if (!(m_scale > 0))
        m_scale = 1;
    const double slackX = (view.width() - w * m_scale) / 2.0;
    const double slackY = (view.height() - h * m_scale) / 2.0;
    m_dx = view.left() + slackX - projectedBounds.left() * m_scale;
    // The top of the view shows the projected maximum y (the north).
    m_dy = view.top() + slackY + projectedBounds.bottom() * m_scale;
}

QPointF MapProjection::toView(QPointF xy) const
{
    return {xy.x() * m_scale + m_dx, -xy.y() * m_scale + m_dy};
}

QPointF MapProjection::fromView(QPointF viewPoint) const
{
    return {(viewPoint.x() - m_dx) / m_scale, (m_dy - viewPoint.y()) / m_scale};
}

} // namespace bd
