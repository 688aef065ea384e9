#pragma once

#include "geo/mapscene.h"

#include <memory>

// A synthetic province for map benchmarks: `grids` grid polygons (about 1 km² each) tiling a
// rectangle with wavy shared edges, grouped 4 × 4 into villages, 20 × 20 into townships and
// 80 × 80 into counties, so that every level has real outlines to draw. Built in memory (map
// units, km) in a few seconds; nothing is stored.
namespace DemoProvince {

std::shared_ptr<const geo::MapScene> scene(int grids, quint32 seed = 1);

} // namespace DemoProvince
