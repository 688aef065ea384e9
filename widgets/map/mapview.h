#pragma once

#include "geo/maprenderer.h"
#include "geo/mapscene.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QPainterPath>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

// The map canvas. The layer stack (fills, outlines, points, labels) is drawn into an image
// by a background thread; the GUI thread only shows the last image moved and scaled to the
// current view, with the selection, hover, scale bar, north arrow and legend over it. A
// new image is asked for whenever the view changes and replaces the old one when it
// arrives; a render that the view has already left is cancelled. So panning and zooming
// cost the GUI thread one image blit per frame, whatever the number of grids.
//
// Wheel zooms about the cursor, dragging pans, + and − zoom, arrows pan, Home shows the whole
// county; a click selects the region under the cursor (the grid, else the village …).
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setScene(std::shared_ptr<const geo::MapScene> scene);
    const std::shared_ptr<const geo::MapScene> &scene() const { return m_scene; }
    bool hasScene() const { return m_scene && !m_scene->isEmpty(); }
    void setPoints(std::shared_ptr<const geo::MapPoints> points);
    void setMapStyle(const geo::MapStyle &style, const geo::MapLegend &legend);
    const geo::MapStyle &mapStyle() const { return m_style; }
    const geo::MapLegend &legend() const { return m_legend; }
    // Tells what hovering a region shows (name, code, worker, counts); default: name and code.
    void setHoverText(std::function<QString(const QString &code)> provider);

    void setSelectedRegion(const QString &code);
    QString selectedRegion() const { return m_selected; }
    // The dispute's grid, drawn red; `flash` pulses a ring at it for a moment.
    void setHighlightedGrid(const QString &code, bool flash = false);
    QString highlightedGrid() const { return m_highlighted; }
    bool isFlashing() const { return m_flash.isActive(); }

    // Shows the whole county.
    void fitAll();
    // Shows a rectangle of map units with a margin around it.
    void zoomTo(const QRectF &bounds);
    void zoomToSelection();
    // Zooms by `factor` keeping the map point under `anchor` (widget pixels) in place.
    void zoomAt(double factor, const QPointF &anchor);
    void panBy(const QPointF &pixels);

    geo::MapViewport viewport() const;
    QPointF toScreen(const QPointF &map) const { return viewport().toScreen(map); }
    QPointF toMap(const QPointF &screen) const { return viewport().toMap(screen); }
    // Platforms can be dragged to a new place while this is on (off by default, so that a pan
    // never moves one by accident). A click on a platform selects it either way.
    void setPlatformsMovable(bool movable);
    bool platformsMovable() const { return m_platformsMovable; }
    // The platform whose symbol is under `screen` (within a few pixels), or empty.
    QString platformAt(const QPointF &screen) const;
    // Rings a platform's symbol (selected in the registry); empty clears.
    void setSelectedPlatform(const QString &id);
    QString selectedPlatform() const { return m_selectedPlatform; }
    // The platform's symbol in widget pixels; a null point when it is not on the map.
    QPointF platformScreenPos(const QString &id) const;

    // Proposed platform sites (the coverage panel's suggestions), drawn as numbered markers in
    // the order given; an empty list clears them.
    void setProposedSites(const QList<QPointF> &lonLat);
    QList<QPointF> proposedSites() const { return m_proposedSites; }

    // The region the click at `screen` would select: grid, else village, township, county.
    QString regionAt(const QPointF &screen) const;

    // True once an image of the current view is shown (no render pending).
    bool isRenderCurrent() const;
    // Images the background thread delivered (tests, benchmarks).
    int rendersDelivered() const { return m_delivered; }
    // A still of the view as shown — map, selection and furniture — at `scale` × its size
    // (print resolution), rendered whole (not the on-screen image).
    QImage exportImage(double scale) const;
    bool exportSvg(const QString &path, QString *error) const;

    // Where the legend box was last drawn (widget pixels); empty without a legend.
    QRectF legendRect() const { return m_legendRect; }

    QSize sizeHint() const override { return {640, 480}; }

Q_SIGNALS:
    void regionClicked(const QString &code);
    void platformClicked(const QString &id);
    // A platform was dropped at a new place (lon/lat); the view shows it there until new
    // points are set (the owner writes the move, or sets the old points back if refused).
    void platformDropped(const QString &id, const QPointF &lonLat);
    void regionHovered(const QString &code);
    void viewChanged();
    void renderDelivered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void viewMoved();
    void requestRender();
    void startRender();
    void renderArrived();
    void drawOverlay(QPainter &painter, const geo::MapViewport &vp, bool furniture) const;
    void setHovered(int index);

    std::shared_ptr<const geo::MapScene> m_scene;
    std::shared_ptr<const geo::MapPoints> m_points;
    geo::MapStyle m_style;
    geo::MapLegend m_legend;
    std::function<QString(const QString &)> m_hoverText;

    QString m_selected;
    QPainterPath m_selectedPath;
    bool m_selectedIsCounty = false;
    QString m_highlighted;
    QPainterPath m_highlightedPath;
    QPointF m_flashAt;
    QTimer m_flash;
    QElapsedTimer m_flashClock;
    int m_hovered = -1;
    QPainterPath m_hoveredPath;

    double m_scale = 1.0; // pixels per km
    QPointF m_centre;     // map units at the widget centre
    bool m_userView = false;

    // Background rendering: one thread, the newest request wins.
    QThreadPool m_pool;
    QFutureWatcher<QImage> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    geo::MapViewport m_renderingViewport;
    bool m_rendering = false;
    bool m_renderWanted = false;
    QImage m_image;
    geo::MapViewport m_imageViewport;
    int m_delivered = 0;
    mutable QRectF m_legendRect;

    QPoint m_pressAt;
    QPointF m_pressCentre;
    bool m_dragging = false;
    bool m_platformsMovable = false;
    int m_dragPlatform = -1;   // index into m_points->platforms being dragged
    QPointF m_dragPlatformAt;  // where it is drawn now (map units)
    QString m_selectedPlatform;
    QList<QPointF> m_proposedSites; // lon/lat
};
