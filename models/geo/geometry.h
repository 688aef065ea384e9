#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

// Geometry in lon/lat degrees (x = lon, y = lat), WGS84/CGCS2000.
namespace geo {

using Point = boost::geometry::model::d2::point_xy<double>;
// Clockwise outer rings, counter-clockwise holes, closed (Boost.Geometry's defaults).
using Polygon = boost::geometry::model::polygon<Point>;
using MultiPolygon = boost::geometry::model::multi_polygon<Polygon>;
using Box = boost::geometry::model::box<Point>;

// Well-known binary (little-endian, 2D) of a multipolygon; a single part is written as a
// MultiPolygon too so every stored region has one shape type.
QByteArray toWkb(const MultiPolygon &shape);
// Reads Polygon or MultiPolygon WKB (either byte order). Returns false on malformed input.
bool fromWkb(const QByteArray &wkb, MultiPolygon *shape);
// The rings of WKB as Qt polygons (outer rings and holes), x = lon, y = lat, for drawing.
QList<QPolygonF> wkbToPolygons(const QByteArray &wkb);

QRectF toRect(const Box &box);

// Area in square kilometres of a lon/lat shape (local equirectangular approximation, fine at
// county scale).
double areaKm2(const MultiPolygon &shape);

} // namespace geo
