#pragma once

#include "domain/region.h"

#include <QHash>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <vector>

class RegionRepository;

// Region outlines ready to draw: every region's rings as a QPainterPath in map units —
// kilometres east (x) and south (y) of the county centre, a local equirectangular projection
// that is true enough at county scale. Read once per store; cheap to copy around (shared paths).
class RegionShapes
{
public:
    struct Shape
    {
        QString code;
        QString name;
        RegionLevel level = RegionLevel::Grid;
        QPainterPath path;
        QRectF bounds;
        QPointF labelAt;
    };

    RegionShapes() = default;
    // Reads every live region with geometry from the store.
    static RegionShapes load(const RegionRepository &regions);

    bool isEmpty() const { return m_shapes.empty(); }
    const std::vector<Shape> &shapes() const { return m_shapes; }
    const Shape *find(const QString &code) const;
    QRectF extent() const { return m_extent; }
    // The grid whose outline contains the point (map units); empty when none.
    QString gridAt(const QPointF &point) const;
    // lon/lat → map units.
    QPointF project(const QPointF &lonLat) const;

private:
    std::vector<Shape> m_shapes; // ordered by level, then code
    QHash<QString, int> m_byCode;
    QRectF m_extent;
    QPointF m_origin; // lon/lat of the map origin
    double m_kmPerLon = 111.32;
    double m_kmPerLat = 110.57;
};
