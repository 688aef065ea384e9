#pragma once

#include "geo/mapscene.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSize>

#include <atomic>
#include <memory>
#include <vector>

class QPainter;

namespace geo {

// What a view shows: the map point at its centre, its scale and its size in pixels.
struct MapViewport
{
    QPointF centre;     // map units (km)
    double scale = 1.0; // pixels per km
    QSize size;         // logical pixels
    qreal dpr = 1.0;

    QPointF toScreen(const QPointF &map) const
    {
        return (map - centre) * scale + QPointF(size.width() / 2.0, size.height() / 2.0);
    }
    QPointF toMap(const QPointF &screen) const
    {
        return (screen - QPointF(size.width() / 2.0, size.height() / 2.0)) / scale + centre;
    }
    QRectF mapRect() const
    {
        return QRectF(toMap(QPointF(0, 0)), toMap(QPointF(size.width(), size.height())));
    }
    // The scale and centre that show `bounds` whole with a margin of `marginPx`.
    static MapViewport fitting(const QRectF &bounds, const QSize &size, double marginPx = 16);
};

// Points on the map, in map units. Platforms by kind (icon per kind); disputes and incidents
// are clustered where they crowd.
struct MapPoint
{
    enum Kind : quint8 { RapidPolice, Patrol, CommunityWatch, Dispute, MajorDispute, Incident };
    QPointF at;
    Kind kind = Dispute;
};

struct MapPoints
{
    std::vector<MapPoint> platforms;
    std::vector<QString> platformIds; // beside platforms: the platform each one is
    std::vector<MapPoint> disputes;
    std::vector<MapPoint> incidents;
};

// How to draw: which level carries the fill colours, the colour of each feature, and which
// layers show. `fills` is indexed by feature; a colour with alpha 0 means "no data" (grey).
struct MapStyle
{
    RegionLevel fillLevel = RegionLevel::Grid;
    std::shared_ptr<const std::vector<QRgb>> fills;
    QColor noData = QColor(0xc8, 0xcc, 0xd2);
    bool showGrids = true;
    bool showVillages = true;
    bool showTownships = true;
    bool showLabels = true;
    bool showPlatforms = true;
    bool showDisputes = true;
    bool showIncidents = false;
    QFont font;
    // Soft fills, one per township (by code order), for when no metric colours the map.
    static std::shared_ptr<const std::vector<QRgb>> townshipTints(const MapScene &scene);
};

struct MapRenderStats
{
    int polygons = 0;  // features drawn as outlines
    int dots = 0;      // features smaller than a few pixels, drawn as their pixel block
    int labels = 0;
    int clusters = 0;
    int levelOfDetail = 0;
    bool cancelled = false;
};

// Draws the layer stack for a viewport into an image: fills, outlines by level, points (with
// clusters), then labels that do not collide. Safe to call from any thread: it only reads
// the scene. Returns a null image when `cancel` was set while drawing.
QImage renderMap(const MapScene &scene, const MapStyle &style, const MapPoints *points,
                 const MapViewport &viewport, const std::atomic<bool> *cancel = nullptr,
                 MapRenderStats *stats = nullptr);

// The same drawn as vectors on any painter (SVG, PDF): every feature as a polygon.
void paintMap(QPainter &painter, const MapScene &scene, const MapStyle &style,
              const MapPoints *points, const MapViewport &viewport);

// Map furniture drawn over a map image (by the view on every frame, by exports once).
struct MapLegend
{
    struct Entry
    {
        QColor colour;
        QString label;
        int count = -1; // regions in the class; -1 to leave out
    };
    QString title;
    QList<Entry> entries;
    bool isEmpty() const { return entries.isEmpty(); }
};

void drawScaleBar(QPainter &painter, const QRectF &area, double pixelsPerKm);
// One platform's symbol (the map's icon for its kind) centred at `at`, `scale` × normal size.
void drawPlatformIcon(QPainter &painter, const QPointF &at, MapPoint::Kind kind, double scale);
void drawNorthArrow(QPainter &painter, const QRectF &area);
// What the point symbols mean (platform kinds, disputes, incidents), in the lower left corner
// above the scale bar, for the layers the style shows that have points; returns the rectangle it took.
QRectF drawSymbolKey(QPainter &painter, const QRectF &area, const MapStyle &style,
                     const MapPoints &points);
// The legend box in the area's lower right corner; returns the rectangle it took.
QRectF drawLegend(QPainter &painter, const QRectF &area, const MapLegend &legend);

} // namespace geo
