#pragma once

#include "qt/regionshapes.h"

#include <QImage>
#include <QWidget>

// The map canvas: township, village and grid outlines of the county, the selected region and
// the selected dispute's grid highlighted. The outline drawing is cached in an image and only
// redrawn when the view changes, so painting (and dragging) stays cheap. Wheel zooms about the
// cursor, dragging pans, a click on a grid reports it.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    void setShapes(const RegionShapes &shapes);
    const RegionShapes &shapes() const { return m_shapes; }
    void setSelectedRegion(const QString &code);
    QString selectedRegion() const { return m_selected; }
    void setHighlightedGrid(const QString &code);
    QString highlightedGrid() const { return m_highlighted; }

    // Shows the whole county.
    void fitAll();
    // Shows a rectangle of map units with a margin around it.
    void zoomTo(const QRectF &bounds);
    // Map units (km) ↔ widget pixels.
    QPointF toScreen(const QPointF &map) const;
    QPointF toMap(const QPointF &screen) const;

    QSize sizeHint() const override { return {640, 480}; }

Q_SIGNALS:
    void regionClicked(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void renderCache();
    void drawScaleBar(QPainter &painter) const;
    QTransform mapTransform(double scale, const QPointF &centre) const;

    RegionShapes m_shapes;
    QHash<QString, int> m_townshipColour;
    QString m_selected;
    QString m_highlighted;
    double m_scale = 1.0; // pixels per km
    QPointF m_centre; // map units at the widget centre
    bool m_userView = false; // zoomed or panned by hand: keep the view on resize

    QImage m_cache;
    bool m_cacheValid = false;
    double m_cacheScale = 1.0;
    QPointF m_cacheCentre;

    QPoint m_pressAt;
    QPointF m_pressCentre;
    bool m_dragging = false;
};
