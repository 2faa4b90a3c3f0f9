#pragma once

#include "GeoFeature.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace bd {

/**
 * Albers equal-area conic projection of lon/lat (degrees) to kilometres on a sphere, with a fit
 * of the projected area into a view rectangle.
 *
 * Equal-area, because a choropleth compares regions by colour and a conformal projection would
 * inflate the northern regions. For the area shown, albersFor() puts the standard parallels at
 * 1/6 and 5/6 of its latitude span (Deetz and Adams' rule, which keeps scale error small over the
 * whole span) and the central meridian at its centre. Projected y grows northwards; the view
 * transform flips it so that north is up on screen. Qt Core only: no QTransform.
 */
class MapProjection
{
public:
    /** The projection for Kazakhstan's extent; albersFor() gives one for any area. */
    MapProjection();
    MapProjection(double centralMeridian, double originLatitude, double standardParallel1,
                  double standardParallel2);

    /** The projection suited to @p lonLatBounds (x = longitude, y = latitude). */
    static MapProjection albersFor(const QRectF &lonLatBounds);
    /** The bounding box of @p features in lon/lat; a null rect when there are none. */
    static QRectF boundsOf(const QList<GeoFeature> &features);

    double centralMeridian() const { return m_lambda0; }
    double standardParallel1() const { return m_phi1; }
    double standardParallel2() const { return m_phi2; }

    /** lon/lat in degrees → projected kilometres (x east, y north). */
    QPointF project(QPointF lonLat) const;
    /** Projected kilometres → lon/lat in degrees. */
    QPointF unproject(QPointF xy) const;
    /** The projected bounding box of a lon/lat box (its edges sampled, since they curve). */
    QRectF projectRect(const QRectF &lonLatBounds) const;

    /**
     * Fits @p projectedBounds into @p view, keeping the aspect ratio and centring the slack.
     * Afterwards toView()/fromView() map between projected kilometres and view pixels.
     */
    void fitTo(const QRectF &projectedBounds, const QRectF &view);
    /** Pixels per projected kilometre after fitTo(). */
    double scale() const { return m_scale; }
    /** Projected x, y → view pixels (y flipped so that north is up). */
    QPointF toView(QPointF xy) const;
    /** View pixels → projected x, y. */
    QPointF fromView(QPointF viewPoint) const;
    /** lon/lat straight to view pixels. */
    QPointF lonLatToView(QPointF lonLat) const { return toView(project(lonLat)); }
    /** View pixels straight to lon/lat. */
    QPointF viewToLonLat(QPointF viewPoint) const { return unproject(fromView(viewPoint)); }
    /** The x offset (dx) and y offset (dy) of toView(): view = (x·s + dx, −y·s + dy). */
    double offsetX() const { return m_dx; }
    double offsetY() const { return m_dy; }

private:
    void init(double centralMeridian, double originLatitude, double standardParallel1,
              double standardParallel2);

    double m_lambda0 = 0; // degrees
    double m_phi0 = 0;
    double m_phi1 = 0;
    double m_phi2 = 0;
    double m_n = 0;
    double m_c = 0;
    double m_rho0 = 0;
    double m_scale = 1;
    double m_dx = 0;
    double m_dy = 0;
};

} // namespace bd
