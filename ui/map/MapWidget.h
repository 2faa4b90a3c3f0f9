#pragma once

#include "ChoroplethRenderer.h"

#include <QWidget>

namespace bd {

/**
 * The interactive map: paints a ChoroplethRenderer and turns mouse and keyboard into hover,
 * focus, zoom, pan and drill-down requests. It holds no election data of its own.
 *
 * Keys: Tab/Shift+Tab and the arrow keys move the focus between features (Tab leaves the map
 * after the last one), Enter drills into the focused feature, Backspace or Alt+Up goes up a
 * level, + and - zoom, Ctrl+arrows pan, 0 resets the view. Mouse: click drills down, drag
 * pans, the wheel zooms about the cursor, hovering shows a tooltip.
 */
class MapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MapWidget(QWidget *parent = nullptr);

    ChoroplethRenderer &renderer() { return m_renderer; }
    const ChoroplethRenderer &renderer() const { return m_renderer; }
    /** Call after changing the renderer's shapes: drops focus and hover, resets the view. */
    void featuresChanged();
    QString focusedFeature() const { return m_focused; }
    void setFocusedFeature(const QString &code);
    /** The text of the tooltip for a feature: its name and value. */
    QString toolTipFor(const QString &code) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** Clicked, or Enter on the focused feature. */
    void featureActivated(const QString &code);
    void focusedFeatureChanged(const QString &code);
    /** Backspace or Alt+Up. */
    void upRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void ensureLayout();
    void panBy(QPointF delta);
    void zoomBy(double factor, QPointF at);

    ChoroplethRenderer m_renderer;
    QString m_focused;
    QString m_hovered;
    QPoint m_pressPos;
    QPointF m_panAtPress;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace bd
