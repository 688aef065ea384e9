#pragma once

#include "geometry.h"

#include <QStringList>

class OGRGeometry;

// Turning what a GIS file holds into clean lon/lat shapes: conversion between OGR geometries
// and geo::MultiPolygon, and the repairs a boundary needs before it is stored.
namespace geo {

// The areas of an OGR geometry (Polygon, MultiPolygon, curves, collections) as a multipolygon,
// 2D, vertices as they are. Points and lines are left out; `ignored` (when given) counts them.
MultiPolygon fromOgr(const OGRGeometry &geometry, int *ignored = nullptr);
// The same shape as an OGR MultiPolygon (caller owns it).
OGRGeometry *toOgr(const MultiPolygon &shape);

// Cleans a shape read from a file, in place: drops repeated vertices, drops rings with fewer
// than 4 points or no area (an outer ring takes its holes with it), closes and orients rings
// (Boost.Geometry's correct), and when the shape is still invalid (self-intersections,
// overlapping parts) rebuilds it with GEOS MakeValid, then buffer(0). Returns one line per
// repair a person should know about (closing and orienting rings are not reported); an empty
// shape afterwards means nothing was left.
QStringList repairShape(MultiPolygon &shape);

// A point inside the shape for labels: the centroid when it falls inside, else a point on the
// surface (GEOS). The shape must not be empty.
Point labelPoint(const MultiPolygon &shape);

} // namespace geo
