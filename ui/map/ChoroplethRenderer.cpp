#include "ChoroplethRenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QSvgGenerator>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bd {

namespace {

// ColorBrewer YlGnBu (Cynthia Brewer, Penn State), 5 classes: sequential, colour-blind safe,
// print friendly; light = low, dark blue = high.
const QList<QColor> &ramp()
{
    static const QList<QColor> colours = {QColor(0xff, 0xff, 0xcc), QColor(0xa1, 0xda, 0xb4),
                                          QColor(0x41, 0xb6, 0xc4), QColor(0x2c, 0x7f, 0xb8),
                                          QColor(0x25, 0x34, 0x94)};
    return colours;
}

QColor textOn(const QColor &fill)
{
    // Relative luminance (sRGB weights) decides between black and white text.
    const double l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return l > 0.5 ? QColor(0x11, 0x11, 0x11) : QColor(0xff, 0xff, 0xff);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

QPainterPath pathOf(const GeoFeature &feature, const MapProjection &projection)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto &polygon : feature.polygons) {
        for (const auto &ring : polygon) {
            if (ring.isEmpty())
                continue;
            path.moveTo(projection.project(ring.constFirst()));
            for (qsizetype i = 1; i < ring.size(); ++i)
                path.lineTo(projection.project(ring.at(i)));
            path.closeSubpath();
        }
    }
    return path;
}

// A point inside the feature for its label: the centroid of its largest polygon's outer ring,
// or, when that falls outside (a crescent), the inside point of a grid nearest to it.
QPointF interiorPoint(const GeoFeature &feature)
{
    qsizetype best = -1;
    double bestArea = -1;
    for (qsizetype i = 0; i < feature.polygons.size(); ++i) {
        if (feature.polygons.at(i).isEmpty())
            continue;
        const QRectF box = GeoFeature::ringBounds(feature.polygons.at(i).constFirst());
        if (box.width() * box.height() > bestArea) {
            bestArea = box.width() * box.height();
            best = i;
        }
    }
    if (best < 0)
        return {};
    const QList<QPointF> &ring = feature.polygons.at(best).constFirst();
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const double cross = ring.at(j).x() * ring.at(i).y() - ring.at(i).x() * ring.at(j).y();
        a += cross;
        cx += (ring.at(j).x() + ring.at(i).x()) * cross;
        cy += (ring.at(j).y() + ring.at(i).y()) * cross;
    }
    QPointF centroid = std::abs(a) > 1e-12 ? QPointF(cx / (3 * a), cy / (3 * a))
                                           : GeoFeature::ringBounds(ring).center();
    if (feature.contains(centroid))
        return centroid;
    const QRectF box = GeoFeature::ringBounds(ring);
    QPointF nearest = ring.constFirst();
    double nearestDistance = -1;
    constexpr int kGrid = 40;
    for (int gx = 0; gx <= kGrid; ++gx) {
        for (int gy = 0; gy <= kGrid; ++gy) {
            const QPointF p(box.left() + box.width() * gx / kGrid,
                            box.top() + box.height() * gy / kGrid);
            if (!feature.contains(p))
                continue;
            const double d = std::hypot(p.x() - centroid.x(), p.y() - centroid.y());
            if (nearestDistance < 0 || d < nearestDistance) {
                nearestDistance = d;
                nearest = p;
            }
        }
    }
    return nearest;
}

QString readAttribution()
{
    QFile file(QStringLiteral(":/geo/ATTRIBUTION.txt"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString::fromUtf8(file.readAll()).trimmed();
    return ChoroplethRenderer::tr("Boundaries: geokz (CC BY 4.0), OCHA/UNHCR COD-AB, "
                                  "OpenStreetMap contributors (ODbL).");
}

} // namespace

ChoroplethRenderer::ChoroplethRenderer()
    : m_attribution(readAttribution()), m_palette(QGuiApplication::palette())
{}

void ChoroplethRenderer::setAttribution(const QString &text)
{
    m_attribution = text.trimmed().isEmpty() ? readAttribution() : text.trimmed();
}

void ChoroplethRenderer::setShapes(const QList<MapShape> &shapes)
{
    m_shapes = shapes;
    rebuildProjection();
}

void ChoroplethRenderer::setMarkers(const QList<MapMarker> &markers)
{
    m_markers = markers;
    rebuildProjection();
}

void ChoroplethRenderer::setBackdrop(const QList<GeoFeature> &backdrop)
{
    m_backdrop = backdrop;
    rebuildProjection();
}

void ChoroplethRenderer::rebuildProjection()
{
    QList<GeoFeature> all = m_backdrop;
    for (const MapShape &s : std::as_const(m_shapes))
        all.append(s.geometry);
    QRectF lonLat = MapProjection::boundsOf(all);
    bool empty = all.isEmpty();
    for (const MapMarker &m : std::as_const(m_markers)) {
        const QPointF p = m.lonLat;
        lonLat =
            empty ? QRectF(p, p)
                  : QRectF(
                        QPointF(std::min(lonLat.left(), p.x()), std::min(lonLat.top(), p.y())),
                        QPointF(std::max(lonLat.right(), p.x()), std::max(lonLat.bottom(), p.y())));
        empty = false;
    }
    if (empty)
        lonLat = QRectF(QPointF(46.5, 40.5), QPointF(87.5, 55.5)); // Kazakhstan
    if (lonLat.width() < 0.05 || lonLat.height() < 0.05) // a single station: show ~5 km around
        lonLat = lonLat.adjusted(-0.05, -0.05, 0.05, 0.05);
    m_projection = MapProjection::albersFor(lonLat);
    m_projectedBounds = m_projection.projectRect(lonLat);

    m_items.clear();
    for (const MapShape &s : std::as_const(m_shapes)) {
        Item item;
        item.code = s.code;
        item.name = s.name;
        item.projected = pathOf(s.geometry, m_projection);
        item.anchorProjected = m_projection.project(interiorPoint(s.geometry));
        m_items.append(item);
    }
    for (const MapMarker &m : std::as_const(m_markers)) {
        Item item;
        item.code = m.code;
        item.name = m.name;
        item.marker = true;
        item.anchorProjected = m_projection.project(m.lonLat);
        m_items.append(item);
    }
    m_backdropProjected.clear();
    for (const GeoFeature &f : std::as_const(m_backdrop))
        m_backdropProjected.append(pathOf(f, m_projection));
    m_zoom = 1;
    m_pan = QPointF();
    m_layoutRect = QRectF();
    classify();
}

void ChoroplethRenderer::setValues(const QHash<QString, double> &values, Formatter format)
{
    m_values = values;
    m_format = std::move(format);
    classify();
}

void ChoroplethRenderer::setClassification(ClassBreaks::Method method)
{
    m_method = method;
    classify();
}

void ChoroplethRenderer::classify()
{
    QList<double> shown;
    for (const Item &item : std::as_const(m_items)) {
        const auto it = m_values.constFind(item.code);
        if (it != m_values.cend() && std::isfinite(*it))
            shown.append(*it);
    }
    m_breaks = ClassBreaks::compute(m_method, shown, kClasses);
    // The legend shows each class from its smallest to its largest value: no overlaps.
    m_classMin = QList<double>(m_breaks.size(), std::numeric_limits<double>::infinity());
    for (double v : std::as_const(shown)) {
        const int cls = ClassBreaks::classOf(m_breaks, v);
        m_classMin[cls] = std::min(m_classMin.at(cls), v);
    }
}

QString ChoroplethRenderer::format(double v) const
{
    return m_format ? m_format(v) : QLocale().toString(v, 'f', 1);
}

void ChoroplethRenderer::setView(double zoom, QPointF pan)
{
    m_zoom = std::clamp(zoom, 1.0, 64.0);
    m_pan = m_zoom == 1.0 ? QPointF() : pan;
    m_layoutRect = QRectF(); // relayout on next use
}

void ChoroplethRenderer::zoomAt(QPointF viewPoint, double factor)
{
    if (m_layoutArea.isNull())
        return;
    const double zoom = std::clamp(m_zoom * factor, 1.0, 64.0);
    const double applied = zoom / m_zoom;
    // The point under the cursor stays put: p' = c + pan' + (p - c - pan)·applied.
    const QPointF c = m_layoutArea.center();
    const QPointF pan = viewPoint - c - (viewPoint - c - m_pan) * applied;
    const QRectF rect = m_layoutRect;
    setView(zoom, pan);
    if (!rect.isNull())
        layout(rect);
}

QRectF ChoroplethRenderer::mapArea(const QRectF &rect, QPainter *painter) const
{
    const QFont base = painter != nullptr ? painter->font() : QGuiApplication::font();
    QFont title = base;
    title.setBold(true);
    title.setPointSizeF(base.pointSizeF() * 1.2);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.72);
    const double titleHeight = m_title.isEmpty() ? 0 : QFontMetricsF(title).height() * 1.6;
    const double attributionHeight =
        QFontMetricsF(small)
            .boundingRect(QRectF(0, 0, std::max(10.0, rect.width() - 16), 1000), Qt::TextWordWrap,
                          m_attribution)
            .height() +
        8;
    return rect.adjusted(12, titleHeight + 6, -12, -attributionHeight - 6);
}

void ChoroplethRenderer::layout(const QRectF &rect)
{
    const QRectF area = mapArea(rect, nullptr);
    m_layoutRect = rect;
    m_layoutArea = area;
    m_labelCache.clear();
    m_projection.fitTo(m_projectedBounds, area);
    const QPointF c = area.center();
    QTransform base(m_projection.scale(), 0, 0, -m_projection.scale(), m_projection.offsetX(),
                    m_projection.offsetY());
    // Qt composes left to right: project-to-view first, then zoom about the centre and pan.
    const QTransform zoom = QTransform()
                                .translate(c.x() + m_pan.x(), c.y() + m_pan.y())
                                .scale(m_zoom, m_zoom)
                                .translate(-c.x(), -c.y());
    const QTransform t = base * zoom;
    m_markerRadius = std::clamp(3.5 * std::sqrt(m_zoom) + 1.5, 4.0, 10.0);
    for (Item &item : m_items) {
        item.viewAnchor = t.map(item.anchorProjected);
        if (item.marker) {
            item.view = QPainterPath();
            item.view.addEllipse(item.viewAnchor, m_markerRadius, m_markerRadius);
        } else {
            item.view = t.map(item.projected);
        }
        item.viewBounds = item.view.boundingRect();
    }
    m_backdropView.clear();
    for (const QPainterPath &p : std::as_const(m_backdropProjected))
        m_backdropView.append(t.map(p));
}

void ChoroplethRenderer::paint(QPainter &painter, const QRectF &rect)
{
    if (rect != m_layoutRect)
        layout(rect);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(rect, m_palette.color(QPalette::Base));
    const QFont base = painter.font();

    if (!m_title.isEmpty()) {
        QFont title = base;
        title.setBold(true);
        title.setPointSizeF(base.pointSizeF() * 1.2);
        painter.setFont(title);
        painter.setPen(m_palette.color(QPalette::Text));
        painter.drawText(rect.adjusted(12, 6, -12, 0), Qt::AlignLeft | Qt::AlignTop, m_title);
        painter.setFont(base);
    }

    painter.save();
    painter.setClipRect(m_layoutArea.adjusted(-6, -6, 6, 6));
    const QColor outline = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor noData = mix(m_palette.color(QPalette::Base), text, 0.12);
    QPen cosmetic(mix(text, m_palette.color(QPalette::Base), 0.35), 0.8);
    cosmetic.setCosmetic(true);
    for (const QPainterPath &p : std::as_const(m_backdropView)) {
        painter.fillPath(p, mix(m_palette.color(QPalette::Base), text, 0.05));
        painter.strokePath(p, cosmetic);
    }
    const int classes = static_cast<int>(m_breaks.size());
    QPen shapePen(outline, 0.8);
    shapePen.setCosmetic(true);
    for (const Item &item : std::as_const(m_items)) {
        if (item.marker)
            continue;
        const int cls = classOf(item.code);
        if (cls < 0) {
            painter.fillPath(item.view, noData);
            painter.fillPath(item.view, QBrush(mix(noData, text, 0.3), Qt::BDiagPattern));
        } else {
            painter.fillPath(item.view, classColor(cls, classes));
        }
        painter.strokePath(item.view, shapePen);
    }
    for (const Item &item : std::as_const(m_items)) {
        if (!item.marker)
            continue;
        const int cls = classOf(item.code);
        painter.setPen(QPen(mix(text, m_palette.color(QPalette::Base), 0.2), 0.8));
        painter.setBrush(cls < 0 ? QBrush(noData) : QBrush(classColor(cls, classes)));
        painter.drawPath(item.view);
    }
    // Hover and keyboard focus outlines above every fill.
    for (const Item &item : std::as_const(m_items)) {
        if (item.code == m_hovered && item.code != m_focused) {
            QPen pen(text, 1.6);
            pen.setCosmetic(true);
            painter.strokePath(item.view, pen);
        }
    }
    if (const Item *focused = item(m_focused)) {
        QPen halo(m_palette.color(QPalette::Base), 4.5);
        halo.setCosmetic(true);
        painter.strokePath(focused->view, halo);
        QPen pen(m_palette.color(QPalette::Highlight), 2.5);
        pen.setCosmetic(true);
        painter.strokePath(focused->view, pen);
    }

    // Labels where they fit, never overlapping one another; markers get none (too many).
    QFont labelFont = base;
    labelFont.setPointSizeF(base.pointSizeF() * 0.85);
    QFont valueFont = labelFont;
    valueFont.setBold(true);
    const QFontMetricsF nameMetrics(labelFont);
    const QFontMetricsF valueMetrics(valueFont);
    QList<QRectF> placed;
    for (const Item &item : std::as_const(m_items)) {
        if (item.marker)
            continue;
        const QString valueLine = valueText(item.code);
        const double w = std::max(nameMetrics.horizontalAdvance(item.name),
                                  valueMetrics.horizontalAdvance(valueLine)) +
                         4;
        const double h = nameMetrics.height() + valueMetrics.height();
        if (w > item.viewBounds.width() * 0.95 || h > item.viewBounds.height() * 0.8)
            continue;
        // Where the label fits on its own territory, clear of the others: at the anchor, else
        // at the nearest of a few positions around it (cached until the layout changes).
        const auto cachedAt = m_labelCache.constFind(item.code + QLatin1Char('\n') + valueLine);
        QRectF box;
        if (cachedAt != m_labelCache.cend()) {
            box = *cachedAt;
        } else {
            box = labelBox(item, QSizeF(w, h));
            m_labelCache.insert(item.code + QLatin1Char('\n') + valueLine, box);
        }
        if (box.isNull() || std::any_of(placed.cbegin(), placed.cend(),
                                        [&](const QRectF &r) { return r.intersects(box); }))
            continue;
        placed.append(box);
        const int cls = classOf(item.code);
        const QColor fill = cls < 0 ? noData : classColor(cls, classes);
        painter.setPen(textOn(fill));
        painter.setFont(labelFont);
        painter.drawText(QRectF(box.left(), box.top(), w, nameMetrics.height()), Qt::AlignCenter,
                         item.name);
        painter.setFont(valueFont);
        painter.drawText(
            QRectF(box.left(), box.top() + nameMetrics.height(), w, valueMetrics.height()),
            Qt::AlignCenter, valueLine);
    }
    painter.setFont(base);
    painter.restore();

    drawLegend(painter, m_layoutArea);
    drawAttribution(painter, rect);
    painter.restore();
}

void ChoroplethRenderer::drawLegend(QPainter &painter, const QRectF &area) const
{
    const QFont base = painter.font();
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    const double swatch = metrics.height();
    const double gap = 6;

    QStringList rows;
    const int classes = static_cast<int>(m_breaks.size());
    for (int i = 0; i < classes; ++i) {
        const double low = std::isfinite(m_classMin.at(i)) ? m_classMin.at(i) : m_breaks.at(i);
        rows << (format(low) == format(m_breaks.at(i))
                     ? format(low)
                     : tr("%1 – %2", "legend: a class from its lowest to its highest value")
                           .arg(format(low), format(m_breaks.at(i))));
    }
    rows << tr("No data");
    const QString title = m_legendTitle.isEmpty() ? tr("Legend") : m_legendTitle;
    double width = boldMetrics.horizontalAdvance(title);
    for (const QString &row : std::as_const(rows))
        width = std::max(width, swatch * 1.6 + gap + metrics.horizontalAdvance(row));
    width += 2 * gap;
    const double height = boldMetrics.height() + gap * 2 + rows.size() * (swatch + 3);
    const QRectF box(area.left(), area.bottom() - height, width, height);

    QColor background = m_palette.color(QPalette::Base);
    background.setAlphaF(0.88f);
    painter.setPen(QPen(m_palette.color(QPalette::Mid), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(box, 4, 4);
    painter.setFont(bold);
    painter.setPen(m_palette.color(QPalette::Text));
    painter.drawText(QRectF(box.left() + gap, box.top() + gap / 2, width, boldMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(font);
    double y = box.top() + gap / 2 + boldMetrics.height() + gap / 2;
    const QColor text = m_palette.color(QPalette::Text);
    const QColor noData = mix(m_palette.color(QPalette::Base), text, 0.12);
    for (int i = 0; i < rows.size(); ++i) {
        const QRectF sw(box.left() + gap, y, swatch * 1.6, swatch);
        if (i < classes) {
            painter.fillRect(sw, classColor(i, classes));
        } else {
            painter.fillRect(sw, noData);
            painter.fillRect(sw, QBrush(mix(noData, text, 0.3), Qt::BDiagPattern));
        }
        painter.setPen(QPen(m_palette.color(QPalette::Mid), 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(sw);
        painter.setPen(text);
        painter.drawText(QRectF(sw.right() + gap, y, width, swatch),
                         Qt::AlignLeft | Qt::AlignVCenter, rows.at(i));
        y += swatch + 3;
    }
    painter.setFont(base);
}

void ChoroplethRenderer::drawAttribution(QPainter &painter, const QRectF &rect) const
{
    const QFont base = painter.font();
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.72);
    painter.setFont(small);
    QColor colour = m_palette.color(QPalette::Text);
    colour.setAlphaF(0.75f);
    painter.setPen(colour);
    const QRectF box = rect.adjusted(8, 0, -8, -4);
    painter.drawText(box, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, m_attribution);
    painter.setFont(base);
}

QRectF ChoroplethRenderer::labelBox(const Item &item, QSizeF size) const
{
    const double stepX = std::max(4.0, item.viewBounds.width() / 10);
    const double stepY = std::max(4.0, item.viewBounds.height() / 10);
    QRectF best;
    double bestDistance = -1;
    for (int i = -3; i <= 3; ++i) {
        for (int j = -3; j <= 3; ++j) {
            const double distance = i * i + j * j;
            if (bestDistance >= 0 && distance >= bestDistance)
                continue;
            const QPointF c = item.viewAnchor + QPointF(i * stepX, j * stepY);
            const QRectF box(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(),
                             size.height());
            if (!m_layoutArea.contains(box))
                continue;
            // The centre, the corners and the middle of each side lie on the territory.
            const QPointF probes[] = {c,
                                      QPointF(box.left() + 2, c.y()),
                                      QPointF(box.right() - 2, c.y()),
                                      QPointF(c.x(), box.top() + 2),
                                      QPointF(c.x(), box.bottom() - 2),
                                      box.topLeft() + QPointF(2, 2),
                                      box.topRight() + QPointF(-2, 2),
                                      box.bottomLeft() + QPointF(2, -2),
                                      box.bottomRight() + QPointF(-2, -2)};
            if (std::all_of(std::cbegin(probes), std::cend(probes),
                            [&](QPointF p) { return item.view.contains(p); })) {
                best = box;
                bestDistance = distance;
            }
        }
    }
    return best;
}

const ChoroplethRenderer::Item *ChoroplethRenderer::item(const QString &code) const
{
    if (code.isEmpty())
        return nullptr;
    for (const Item &i : m_items) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

QString ChoroplethRenderer::featureAt(QPointF viewPoint) const
{
    if (!m_layoutArea.adjusted(-6, -6, 6, 6).contains(viewPoint))
        return {};
    // Markers lie above shapes: the nearest one within reach wins.
    QString nearest;
    double best = m_markerRadius + 3;
    for (const Item &i : m_items) {
        if (!i.marker)
            continue;
        const double d =
            std::hypot(i.viewAnchor.x() - viewPoint.x(), i.viewAnchor.y() - viewPoint.y());
        if (d <= best) {
            best = d;
            nearest = i.code;
        }
    }
    if (!nearest.isEmpty())
        return nearest;
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        if (!it->marker && it->viewBounds.contains(viewPoint) && it->view.contains(viewPoint))
            return it->code;
    }
    return {};
}

QRectF ChoroplethRenderer::featureRect(const QString &code) const
{
    const Item *i = item(code);
    return i != nullptr ? i->viewBounds : QRectF();
}

QPointF ChoroplethRenderer::featureAnchor(const QString &code) const
{
    const Item *i = item(code);
    return i != nullptr ? i->viewAnchor : QPointF();
}

QStringList ChoroplethRenderer::codes() const
{
    QList<const Item *> sorted;
    for (const Item &i : m_items)
        sorted.append(&i);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Item *a, const Item *b) {
        if (a->marker != b->marker)
            return !a->marker;
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    QStringList out;
    for (const Item *i : std::as_const(sorted))
        out << i->code;
    return out;
}

QString ChoroplethRenderer::neighbour(const QString &code, int dx, int dy) const
{
    const Item *from = item(code);
    if (from == nullptr)
        return {};
    const QPointF origin = from->anchorProjected;
    QString best;
    double bestScore = 0;
    for (const Item &i : m_items) {
        if (&i == from)
            continue;
        // Projected y grows northwards, so "down" on screen is a smaller y.
        const double along =
            (i.anchorProjected.x() - origin.x()) * dx - (i.anchorProjected.y() - origin.y()) * dy;
        const double across = std::abs((i.anchorProjected.x() - origin.x()) * dy) +
                              std::abs((i.anchorProjected.y() - origin.y()) * dx);
        if (along <= 0)
            continue;
        const double score = along + 2 * across;
        if (best.isEmpty() || score < bestScore) {
            best = i.code;
            bestScore = score;
        }
    }
    return best;
}

QString ChoroplethRenderer::name(const QString &code) const
{
    const Item *i = item(code);
    return i != nullptr ? i->name : QString();
}

std::optional<double> ChoroplethRenderer::value(const QString &code) const
{
    const auto it = m_values.constFind(code);
    if (it == m_values.cend() || !std::isfinite(*it))
        return std::nullopt;
    return *it;
}

QString ChoroplethRenderer::valueText(const QString &code) const
{
    const auto v = value(code);
    return v ? format(*v) : tr("no data");
}

int ChoroplethRenderer::classOf(const QString &code) const
{
    const auto v = value(code);
    return v ? ClassBreaks::classOf(m_breaks, *v) : -1;
}

QColor ChoroplethRenderer::classColor(int index, int classCount)
{
    const QList<QColor> &colours = ramp();
    if (classCount <= 1)
        return colours.at(colours.size() / 2);
    // Fewer classes than colours spread over the ramp, keeping both ends.
    const int i = static_cast<int>(
        std::lround(static_cast<double>(index) * (colours.size() - 1) / (classCount - 1)));
    return colours.at(std::clamp<qsizetype>(i, 0, colours.size() - 1));
}

QImage ChoroplethRenderer::toImage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_palette.color(QPalette::Base));
    QPainter painter;
    if (!painter.begin(&image))
        return {};
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

Status ChoroplethRenderer::exportPng(const QString &path, QSize size)
{
    const QImage image = toImage(size);
    if (image.isNull() || !image.save(path, "PNG"))
        return Error{QStringLiteral("map.export-failed"),
                     tr("The map could not be saved as %1. Check that the folder exists and "
                        "can be written to.")
                         .arg(QFileInfo(path).fileName()),
                     path};
    return {};
}

Status ChoroplethRenderer::exportSvg(const QString &path, QSize size)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(m_title);
    generator.setDescription(m_attribution);
    QPainter painter;
    if (!painter.begin(&generator))
        return Error{QStringLiteral("map.export-failed"),
                     tr("The map could not be saved as %1. Check that the folder exists and "
                        "can be written to.")
                         .arg(QFileInfo(path).fileName()),
                     path};
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error{QStringLiteral("map.export-failed"),
                     tr("The map could not be saved as %1.").arg(QFileInfo(path).fileName()), path};
    return {};
}

} // namespace bd
