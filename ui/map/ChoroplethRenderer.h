#pragma once

#include "ClassBreaks.h"
#include "GeoFeature.h"
#include "MapProjection.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace bd {

/** A territory drawn as a filled outline: its key, its label and its (multi)polygon. */
struct MapShape
{
    QString code;
    QString name;
    GeoFeature geometry;
};

/** A place drawn as a dot (a polling station): its key, its label and its lon/lat. */
struct MapMarker
{
    QString code;
    QString name;
    QPointF lonLat;
};

/**
 * Draws a choropleth map onto any QPainter: the screen widget, PNG/SVG export, the PDF reports
 * and the tests all go through paint(), so they show the same map.
 *
 * Shapes (regions, districts) are projected once with an Albers equal-area projection fitted
 * to what is shown and kept as QPainterPaths; markers (stations) are dots over an optional
 * backdrop of outlines. Values are grouped into 5 classes (ClassBreaks, natural breaks by
 * default) and coloured with ColorBrewer's YlGnBu, a sequential ramp that reads for every kind
 * of colour blindness and in grey; shapes without a value are grey with a hatch. paint() also
 * draws the title, labels (name and value) where they fit, a legend with the class ranges and
 * the attribution of the boundary data. featureAt() hit-tests the last painted layout.
 */
class ChoroplethRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ChoroplethRenderer)

public:
    using Formatter = std::function<QString(double)>;
    static constexpr int kClasses = 5;

    ChoroplethRenderer();

    /** Replaces the shapes; the projection is fitted to them (and to markers and backdrop). */
    void setShapes(const QList<MapShape> &shapes);
    void setMarkers(const QList<MapMarker> &markers);
    /** Outlines drawn under the markers (the district around its stations); never filled. */
    void setBackdrop(const QList<GeoFeature> &backdrop);
    /** The value of each shape or marker by code; a code without a value shows "no data". */
    void setValues(const QHash<QString, double> &values, Formatter format = {});
    void setClassification(ClassBreaks::Method method);
    void setTitle(const QString &title) { m_title = title; }
    void setLegendTitle(const QString &title) { m_legendTitle = title; }
    void setPalette(const QPalette &palette) { m_palette = palette; }
    /** The credit line for the boundaries; by default :/geo/ATTRIBUTION.txt. Never empty. */
    void setAttribution(const QString &text);
    /** The feature with keyboard focus (drawn with a focus outline). */
    void setFocused(const QString &code) { m_focused = code; }
    void setHovered(const QString &code) { m_hovered = code; }

    /** Zoom factor (1 = fitted) and pan in pixels, applied around the map area's centre. */
    void setView(double zoom, QPointF pan);
    double zoom() const { return m_zoom; }
    QPointF pan() const { return m_pan; }
    /** Zooms by @p factor keeping @p viewPoint (pixels of the last layout) in place. */
    void zoomAt(QPointF viewPoint, double factor);

    /** Lays the map out in @p rect (done by paint(); call it to hit-test before painting). */
    void layout(const QRectF &rect);
    void paint(QPainter &painter, const QRectF &rect);

    /** The code of the marker or shape under @p viewPoint of the last layout; empty if none. */
    QString featureAt(QPointF viewPoint) const;
    /** Where a feature is drawn in the last layout (its bounding box). */
    QRectF featureRect(const QString &code) const;
    /** A point inside the feature, in the last layout's pixels (its label anchor). */
    QPointF featureAnchor(const QString &code) const;
    /** Codes of shapes and markers, in reading order (by name). */
    QStringList codes() const;
    /** The nearest feature from @p code in direction (dx, dy) (one of ±1, 0); empty if none. */
    QString neighbour(const QString &code, int dx, int dy) const;

    QString name(const QString &code) const;
    std::optional<double> value(const QString &code) const;
    QString valueText(const QString &code) const;
    /** Upper bound of each class, ascending. */
    const QList<double> &breaks() const { return m_breaks; }
    /** The class of a feature (0 = lowest), or -1 without a value. */
    int classOf(const QString &code) const;
    /** The colour of class @p index of @p classCount classes. */
    static QColor classColor(int index, int classCount);
    /** The projection used for the current shapes. */
    const MapProjection &projection() const { return m_projection; }

    /** Renders to an image of @p size (device pixel ratio 1). */
    QImage toImage(QSize size);
    Status exportPng(const QString &path, QSize size);
    Status exportSvg(const QString &path, QSize size);

private:
    struct Item
    {
        QString code;
        QString name;
        bool marker = false;
        QPainterPath projected; // shapes: projected km
        QPointF anchorProjected;
        QPainterPath view; // in the last layout's pixels
        QRectF viewBounds;
        QPointF viewAnchor;
    };

    void rebuildProjection();
    void classify();
    QString format(double v) const;
    QRectF mapArea(const QRectF &rect, QPainter *painter) const;
    void drawLegend(QPainter &painter, const QRectF &area) const;
    void drawAttribution(QPainter &painter, const QRectF &rect) const;
    const Item *item(const QString &code) const;
    QRectF labelBox(const Item &item, QSizeF size) const;

    QList<Item> m_items;
    QList<QPainterPath> m_backdropProjected;
    QList<QPainterPath> m_backdropView;
    QList<QPointF> m_markerLonLat;
    QList<GeoFeature> m_backdrop;
    QList<MapShape> m_shapes;
    QList<MapMarker> m_markers;
    QHash<QString, double> m_values;
    Formatter m_format;
    ClassBreaks::Method m_method = ClassBreaks::Method::NaturalBreaks;
    QList<double> m_breaks;
    QList<double> m_classMin;
    QString m_title;
    QString m_legendTitle;
    QString m_attribution;
    QPalette m_palette;
    QString m_focused;
    QString m_hovered;
    MapProjection m_projection;
    QRectF m_projectedBounds;
    double m_zoom = 1;
    QPointF m_pan;
    QRectF m_layoutRect;
    QRectF m_layoutArea;
    double m_markerRadius = 5;
    QHash<QString, QRectF> m_labelCache; ///< label box by code and text, for the last layout
};

} // namespace bd
