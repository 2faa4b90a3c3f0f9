#include "MapWidget.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace bd {

MapWidget::MapWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapWidget"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Map"));
    setToolTip(QString());
    m_renderer.setPalette(palette());
}

QSize MapWidget::sizeHint() const
{
    return {800, 520};
}

QSize MapWidget::minimumSizeHint() const
{
    return {320, 220};
}

void MapWidget::featuresChanged()
{
    m_focused.clear();
    m_hovered.clear();
    m_renderer.setFocused({});
    m_renderer.setHovered({});
    m_renderer.setView(1, {});
    m_renderer.layout(QRectF(rect()));
    update();
}

void MapWidget::ensureLayout()
{
    m_renderer.layout(QRectF(rect()));
}

void MapWidget::setFocusedFeature(const QString &code)
{
    if (code == m_focused)
        return;
    m_focused = code;
    m_renderer.setFocused(code);
    setAccessibleDescription(code.isEmpty() ? QString() : toolTipFor(code));
    update();
    emit focusedFeatureChanged(code);
}

QString MapWidget::toolTipFor(const QString &code) const
{
    return tr("%1: %2").arg(m_renderer.name(code), m_renderer.valueText(code));
}

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.paint(painter, QRectF(rect()));
    if (hasFocus() && m_focused.isEmpty()) {
        QPen pen(palette().color(QPalette::Highlight), 1);
        painter.setPen(pen);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void MapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    ensureLayout();
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_panAtPress = m_renderer.pan();
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (m_dragging || (pos - m_pressPos).manhattanLength() > 4) &&
        m_renderer.zoom() > 1.0) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
        m_renderer.setView(m_renderer.zoom(), m_panAtPress + QPointF(pos - m_pressPos));
        ensureLayout();
        update();
        return;
    }
    const QString code = m_renderer.featureAt(event->position());
    if (code != m_hovered) {
        m_hovered = code;
        m_renderer.setHovered(code);
        update();
    }
    if (code.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(code), this);
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const QString code = m_renderer.featureAt(event->position());
    if (!code.isEmpty()) {
        setFocusedFeature(code);
        emit featureActivated(code);
    }
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapWidget::zoomBy(double factor, QPointF at)
{
    ensureLayout();
    m_renderer.zoomAt(at, factor);
    update();
}

void MapWidget::panBy(QPointF delta)
{
    if (m_renderer.zoom() <= 1.0)
        return;
    m_renderer.setView(m_renderer.zoom(), m_renderer.pan() + delta);
    ensureLayout();
    update();
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    const QStringList codes = m_renderer.codes();
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    const bool alt = event->modifiers().testFlag(Qt::AltModifier);
    const double step = 60;
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        dx = -1;
        break;
    case Qt::Key_Right:
        dx = 1;
        break;
    case Qt::Key_Up:
        dy = -1;
        break;
    case Qt::Key_Down:
        dy = 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_focused.isEmpty()) {
            emit featureActivated(m_focused);
            return;
        }
        break;
    case Qt::Key_Backspace:
        emit upRequested();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25,
               m_focused.isEmpty() ? QRectF(rect()).center() : m_renderer.featureAnchor(m_focused));
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25, QRectF(rect()).center());
        return;
    case Qt::Key_0:
        m_renderer.setView(1, {});
        ensureLayout();
        update();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (alt && dy == -1) {
        emit upRequested();
        return;
    }
    if (ctrl) {
        // The map moves opposite to the view: Ctrl+Right shows what lies east.
        panBy(QPointF(-dx * step, -dy * step));
        return;
    }
    if (codes.isEmpty())
        return;
    if (m_focused.isEmpty()) {
        setFocusedFeature(codes.constFirst());
        return;
    }
    const QString next = m_renderer.neighbour(m_focused, dx, dy);
    if (!next.isEmpty())
        setFocusedFeature(next);
}

bool MapWidget::focusNextPrevChild(bool next)
{
    // Tab walks through the features first; past the last (or first) one it leaves the map.
    const QStringList codes = m_renderer.codes();
    if (hasFocus() && !codes.isEmpty()) {
        const qsizetype at = codes.indexOf(m_focused);
        const qsizetype to = at < 0 ? (next ? 0 : codes.size() - 1) : at + (next ? 1 : -1);
        if (to >= 0 && to < codes.size()) {
            setFocusedFeature(codes.at(to));
            return true;
        }
        setFocusedFeature({});
    }
    return QWidget::focusNextPrevChild(next);
}

void MapWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void MapWidget::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (!m_hovered.isEmpty()) {
        m_hovered.clear();
        m_renderer.setHovered({});
        update();
    }
}

void MapWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_renderer.setPalette(palette());
        update();
    }
}

} // namespace bd
