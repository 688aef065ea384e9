#pragma once

#include "geometry.h"

#include <vector>

// Voronoi tessellations for drawing plausible regions (the demo county's grids, villages and
// townships). Cells share their vertices exactly, so regions built as unions of cells tile
// each other without gaps, overlaps or slivers — no polygon clipping involved.
namespace geo {

class VoronoiTessellation
{
public:
    // Cells of all sites. Every cell is bounded (far-away helper sites surround everything),
    // reaching at least `extent` where no other site is nearer. Sites that coincide (closer
    // than about 1e-7 of the extent) get one cell; the later ones get none.
    VoronoiTessellation(const std::vector<Point> &sites, const Box &extent);

    size_t size() const { return m_cells.size(); }
    bool hasCell(size_t site) const { return m_cells[site].size() >= 3; }
    // The convex cell of a site: clockwise, closed.
    Polygon cell(size_t site) const;
    Point centroid(size_t site) const;
    // The union of some cells: clockwise outer rings, counter-clockwise holes, closed.
    MultiPolygon unite(const std::vector<int> &sites) const;

private:
    std::vector<Point> m_vertices;
    std::vector<std::vector<int>> m_cells;   // vertex indices, clockwise, not closed
};

} // namespace geo
