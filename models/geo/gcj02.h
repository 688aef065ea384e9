#pragma once

#include "geometry.h"

// GCJ-02 ("Mars" coordinates, the offset lon/lat of Chinese web maps such as Amap and DataV)
// to WGS84 and back, with the publicly known formula. Outside China's rough bounding box the
// offset is zero, as in the maps that use it.
namespace geo::gcj02 {

// True outside the rectangle the offset applies to (then both directions return the input).
bool outOfChina(double lon, double lat);

// WGS84 lon/lat → GCJ-02 lon/lat (the forward formula).
Point fromWgs84(const Point &wgs84);

// GCJ-02 lon/lat → WGS84 lon/lat: the forward formula inverted by fixed-point iteration until
// the forward image is within 1e-9° of the input (about 0.1 mm).
Point toWgs84(const Point &gcj02);

// Converts every vertex of a shape from GCJ-02 to WGS84, in place.
void toWgs84(MultiPolygon &shape);

} // namespace geo::gcj02
