#pragma once

#include "geo/maprenderer.h"
#include "geo/mapscene.h"

#include <memory>

class Database;
class RegionRepository;

// Reads what the map draws from the store: every live region outline (projected around the
// county centre) and the points layers.
namespace MapSceneLoader {

std::shared_ptr<const geo::MapScene> regions(const RegionRepository &regions);
// Platforms by kind, unfinished disputes spread inside their grids (disputes carry a grid,
// not coordinates: each one is placed at a steady spot inside its grid, so clusters show how
// many and where), and incidents of the 30 days before `nowMs`.
std::shared_ptr<const geo::MapPoints> points(Database &db, const geo::MapScene &scene,
                                             qint64 nowMs);

} // namespace MapSceneLoader
