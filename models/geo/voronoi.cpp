#include "voronoi.h"

#include <boost/geometry.hpp>
#include <boost/polygon/voronoi.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <unordered_set>
#include <utility>

namespace bg = boost::geometry;

namespace {

struct IntPoint
{
    int x;
    int y;
};

} // namespace

namespace boost::polygon {

template <>
struct geometry_concept<IntPoint>
{
    using type = point_concept;
};

template <>
struct point_traits<IntPoint>
{
    using coordinate_type = int;
    static coordinate_type get(const IntPoint &p, orientation_2d orient)
    {
        return orient == HORIZONTAL ? p.x : p.y;
    }
};

} // namespace boost::polygon

namespace geo {

VoronoiTessellation::VoronoiTessellation(const std::vector<Point> &sites, const Box &extent)
    : m_cells(sites.size())
{
    if (sites.empty())
        return;

    // Integer coordinates for boost::polygon: the extent (and the sites) map to about ±1e7.
    Box all = extent;
    for (const Point &p : sites)
        bg::expand(all, p);
    const double cx = (all.min_corner().x() + all.max_corner().x()) / 2;
    const double cy = (all.min_corner().y() + all.max_corner().y()) / 2;
    const double half = std::max({all.max_corner().x() - cx, all.max_corner().y() - cy, 1e-9});
    const double scale = 1e7 / half;

    std::vector<IntPoint> input;
    input.reserve(sites.size() + 8);
    std::set<std::pair<int, int>> seen;
    std::vector<int> inputOf(sites.size(), -1);
    for (size_t i = 0; i < sites.size(); ++i) {
        const int x = int(std::lround((sites[i].x() - cx) * scale));
        const int y = int(std::lround((sites[i].y() - cy) * scale));
        if (!seen.insert({x, y}).second)
            continue;
        inputOf[i] = int(input.size());
        input.push_back({x, y});
    }
    const int realCount = int(input.size());
    // Far helper sites around everything: no real site is on the convex hull, so every real
    // cell is bounded, and no helper cell reaches the extent (they are ~10x farther away).
    const double far = 1.5e8;
    for (int k = 0; k < 8; ++k) {
        const double a = (k + 0.5) * M_PI / 4;
        input.push_back({int(std::lround(far * std::cos(a))), int(std::lround(far * std::sin(a)))});
    }

    boost::polygon::voronoi_diagram<double> vd;
    boost::polygon::construct_voronoi(input.begin(), input.end(), &vd);

    m_vertices.reserve(vd.vertices().size());
    for (const auto &v : vd.vertices())
        m_vertices.emplace_back(v.x() / scale + cx, v.y() / scale + cy);
    const auto *firstVertex = vd.vertices().data();

    std::vector<int> cellOfInput(input.size(), -1);
    for (size_t c = 0; c < vd.cells().size(); ++c)
        cellOfInput[vd.cells()[c].source_index()] = int(c);

    for (size_t i = 0; i < sites.size(); ++i) {
        if (inputOf[i] < 0 || inputOf[i] >= realCount || cellOfInput[inputOf[i]] < 0)
            continue;
        const auto &cell = vd.cells()[size_t(cellOfInput[inputOf[i]])];
        const auto *edge = cell.incident_edge();
        if (!edge)
            continue;
        std::vector<int> ring;
        bool bounded = true;
        do {
            if (!edge->vertex0()) {
                bounded = false;
                break;
            }
            const int v = int(edge->vertex0() - firstVertex);
            // Skip zero-length edges (a vertex repeated, or two vertices at one point).
            if (ring.empty()
                || (v != ring.back() && !bg::equals(m_vertices[size_t(v)],
                                                    m_vertices[size_t(ring.back())])))
                ring.push_back(v);
            edge = edge->next();
        } while (edge != cell.incident_edge());
        while (ring.size() > 1 && bg::equals(m_vertices[size_t(ring.front())],
                                             m_vertices[size_t(ring.back())]))
            ring.pop_back();
        if (!bounded || ring.size() < 3)
            continue;
        // boost::polygon walks cells counter-clockwise; Boost.Geometry wants clockwise.
        std::reverse(ring.begin(), ring.end());
        m_cells[i] = std::move(ring);
    }
}

Polygon VoronoiTessellation::cell(size_t site) const
{
    Polygon poly;
    const std::vector<int> &ring = m_cells[site];
    if (ring.size() < 3)
        return poly;
    poly.outer().reserve(ring.size() + 1);
    for (int v : ring)
        poly.outer().push_back(m_vertices[size_t(v)]);
    poly.outer().push_back(m_vertices[size_t(ring.front())]);
    return poly;
}

Point VoronoiTessellation::centroid(size_t site) const
{
    Point c(0, 0);
    if (hasCell(site))
        bg::centroid(cell(site), c);
    return c;
}

MultiPolygon VoronoiTessellation::unite(const std::vector<int> &sites) const
{
    MultiPolygon out;
    if (sites.size() == 1) {
        if (hasCell(size_t(sites.front())))
            out.push_back(cell(size_t(sites.front())));
        return out;
    }
    // Directed edges of all cells; an edge whose reverse is also there is inside the union.
    auto key = [](int a, int b) { return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b); };
    std::unordered_set<std::uint64_t> edges;
    size_t count = 0;
    for (int s : sites)
        count += m_cells[size_t(s)].size();
    edges.reserve(count * 2);
    for (int s : sites) {
        const std::vector<int> &ring = m_cells[size_t(s)];
        for (size_t k = 0; k < ring.size(); ++k)
            edges.insert(key(ring[k], ring[(k + 1) % ring.size()]));
    }
    std::vector<std::pair<int, int>> boundary;
    for (int s : sites) {
        const std::vector<int> &ring = m_cells[size_t(s)];
        for (size_t k = 0; k < ring.size(); ++k) {
            const int a = ring[k], b = ring[(k + 1) % ring.size()];
            if (!edges.count(key(b, a)))
                boundary.push_back({a, b});
        }
    }
    std::sort(boundary.begin(), boundary.end());
    std::vector<char> used(boundary.size(), 0);
    auto outgoing = [&](int from) {
        return std::equal_range(boundary.begin(), boundary.end(), std::make_pair(from, INT32_MIN),
                                [](const std::pair<int, int> &x, const std::pair<int, int> &y) {
                                    return x.first < y.first;
                                });
    };

    // Chain the boundary edges into rings. Where the boundary touches itself at a vertex, take
    // the sharpest right turn, which keeps every ring simple.
    std::vector<Polygon::ring_type> rings;
    for (size_t start = 0; start < boundary.size(); ++start) {
        if (used[start])
            continue;
        used[start] = 1;
        std::vector<int> ring = {boundary[start].first};
        int prev = boundary[start].first, cur = boundary[start].second;
        while (cur != boundary[start].first) {
            ring.push_back(cur);
            const auto [lo, hi] = outgoing(cur);
            size_t best = boundary.size();
            double bestTurn = 10;
            const Point &p0 = m_vertices[size_t(prev)];
            const Point &p1 = m_vertices[size_t(cur)];
            for (auto it = lo; it != hi; ++it) {
                const size_t idx = size_t(it - boundary.begin());
                if (used[idx])
                    continue;
                const Point &p2 = m_vertices[size_t(it->second)];
                const double ax = p1.x() - p0.x(), ay = p1.y() - p0.y();
                const double bx = p2.x() - p1.x(), by = p2.y() - p1.y();
                const double turn = std::atan2(ax * by - ay * bx, ax * bx + ay * by);
                if (turn < bestTurn) {
                    bestTurn = turn;
                    best = idx;
                }
            }
            if (best == boundary.size())
                break;   // open chain: cannot happen with a proper tessellation
            used[best] = 1;
            prev = cur;
            cur = boundary[best].second;
        }
        if (cur != boundary[start].first || ring.size() < 3)
            continue;
        Polygon::ring_type r;
        r.reserve(ring.size() + 1);
        for (int v : ring)
            r.push_back(m_vertices[size_t(v)]);
        r.push_back(r.front());
        rings.push_back(std::move(r));
    }

    // Clockwise rings are outer rings, counter-clockwise ones holes of the outer ring around them.
    std::vector<Polygon::ring_type> holes;
    for (Polygon::ring_type &r : rings) {
        if (bg::area(r) > 0) {
            Polygon p;
            p.outer() = std::move(r);
            out.push_back(std::move(p));
        } else {
            holes.push_back(std::move(r));
        }
    }
    for (Polygon::ring_type &h : holes) {
        Polygon *owner = nullptr;
        double ownerArea = 0;
        for (Polygon &p : out) {
            if (bg::covered_by(h.front(), p.outer())) {
                const double a = bg::area(p.outer());
                if (!owner || a < ownerArea) {
                    owner = &p;
                    ownerArea = a;
                }
            }
        }
        if (owner)
            owner->inners().push_back(std::move(h));
    }
    return out;
}

} // namespace geo
