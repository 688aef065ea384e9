#include "regionshapes.h"

#include "geo/geometry.h"
#include "store/regionrepository.h"

#include <QtMath>

RegionShapes RegionShapes::load(const RegionRepository &regions)
{
    RegionShapes out;
    std::vector<Region> all;
    for (RegionLevel level :
         {RegionLevel::County, RegionLevel::Township, RegionLevel::Village, RegionLevel::Grid}) {
        RegionRepository::Query query;
        query.level = level;
        query.withGeometry = true;
        const QList<Region> list = regions.list(query);
        all.insert(all.end(), list.begin(), list.end());
    }
    QRectF lonLatExtent;
    for (const Region &r : all) {
        if (r.bbox.isValid())
            lonLatExtent = lonLatExtent.isNull() ? r.bbox : lonLatExtent.united(r.bbox);
    }
    if (lonLatExtent.isNull())
        return out;
    out.m_origin = lonLatExtent.center();
    out.m_kmPerLon = 111.32 * qCos(qDegreesToRadians(out.m_origin.y()));

    out.m_shapes.reserve(all.size());
    for (const Region &r : all) {
        const QList<QPolygonF> rings = geo::wkbToPolygons(r.wkb);
        if (rings.isEmpty())
            continue;
        Shape s;
        s.code = r.code;
        s.name = r.name;
        s.level = r.level;
        s.path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : rings) {
            QPolygonF projected;
            projected.reserve(ring.size());
            for (const QPointF &p : ring)
                projected << out.project(p);
            s.path.addPolygon(projected);
            s.path.closeSubpath();
        }
        s.bounds = s.path.boundingRect();
        s.labelAt = r.centroid.isNull() ? s.bounds.center() : out.project(r.centroid);
        out.m_byCode.insert(s.code, static_cast<int>(out.m_shapes.size()));
        out.m_extent = out.m_extent.isNull() ? s.bounds : out.m_extent.united(s.bounds);
        out.m_shapes.push_back(std::move(s));
    }
    return out;
}

const RegionShapes::Shape *RegionShapes::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_shapes.at(*it);
}

QString RegionShapes::gridAt(const QPointF &point) const
{
    for (const Shape &s : m_shapes) {
        if (s.level == RegionLevel::Grid && s.bounds.contains(point) && s.path.contains(point))
            return s.code;
    }
    return {};
}

QPointF RegionShapes::project(const QPointF &lonLat) const
{
    return QPointF((lonLat.x() - m_origin.x()) * m_kmPerLon,
                   -(lonLat.y() - m_origin.y()) * m_kmPerLat);
}
