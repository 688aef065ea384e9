#include "responsecoverage.h"

#include <QCoreApplication>

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/iterator/function_output_iterator.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <queue>
#include <unordered_map>
#include <utility>

// Planar metric, one for everything a straight leg touches: the coverage's plane
// (equirectangular at the demands' mean latitude). Road nodes keep their lon/lat and are
// re-projected into that plane whenever an access leg is measured, so a site's access leg in
// compute() and a candidate's in suggest() are the same arithmetic on the same numbers. Road
// edges are weighted once, in the network's own plane (origin = the lines' mean); within a
// county the two planes differ by far less than the 0.1 % the model allows. Nearest-node
// snapping uses the network's plane (its rtree); it is a lookup, not a distance.

namespace coverage {

namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

constexpr double kEarthRadius = 6371008.8;
constexpr double kDegree = 3.14159265358979323846 / 180;
constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr int kCancelEvery = 4096;

using Point = bg::model::point<double, 2, bg::cs::cartesian>;
using Box = bg::model::box<Point>;
using IndexedPoint = std::pair<Point, std::uint32_t>;
using PointTree = bgi::rtree<IndexedPoint, bgi::rstar<16>>;

struct EdgeLength
{
    double metres = 0;
};

// Undirected roads stored as two arcs each.
using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeLength,
                                                 boost::no_property, std::uint32_t, std::uint32_t>;

// Equirectangular projection about an origin.
struct Plane
{
    double lon0 = 0;
    double lat0 = 0;
    double kx = kEarthRadius * kDegree;
    double ky = kEarthRadius * kDegree;

    static Plane at(double lon0, double lat0)
    {
        Plane p;
        p.lon0 = lon0;
        p.lat0 = lat0;
        p.kx = kEarthRadius * kDegree * std::cos(lat0 * kDegree);
        return p;
    }

    Point project(const LonLat &at) const
    {
        return Point((at.lon - lon0) * kx, (at.lat - lat0) * ky);
    }

    LonLat unproject(const Point &p) const
    {
        return {lon0 + p.get<0>() / kx, lat0 + p.get<1>() / ky};
    }
};

// Every straight leg goes through this one function (see the note at the top).
double straight(const Point &a, const Point &b)
{
    const double dx = a.get<0>() - b.get<0>();
    const double dy = a.get<1>() - b.get<1>();
    return std::sqrt(dx * dx + dy * dy);
}

Box around(const Point &p, double radius)
{
    return Box(Point(p.get<0>() - radius, p.get<1>() - radius),
               Point(p.get<0>() + radius, p.get<1>() + radius));
}

// The one expression turning a speed into metres per minute (compute and suggest share it).
double metresPerMinute(double speedKmh)
{
    return speedKmh * 1000.0 / 60.0;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

struct UnionFind
{
    std::vector<std::uint32_t> parent;

    explicit UnionFind(std::size_t n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0u);
    }
    std::uint32_t find(std::uint32_t x)
    {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    void unite(std::uint32_t a, std::uint32_t b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
};

using HeapEntry = std::pair<double, std::uint32_t>;
using MinHeap = std::priority_queue<HeapEntry, std::vector<HeapEntry>, std::greater<HeapEntry>>;

} // namespace

// ---------------------------------------------------------------------------------------------
// Settings

QString Settings::problem() const
{
    if (bandMinutes.empty())
        return QCoreApplication::translate("coverage", "There must be at least one response band.");
    for (std::size_t i = 0; i < bandMinutes.size(); ++i) {
        if (!(bandMinutes[i] > 0) || !std::isfinite(bandMinutes[i]))
            return QCoreApplication::translate("coverage",
                                               "Each response band must be a positive number of minutes.");
        if (i > 0 && !(bandMinutes[i] > bandMinutes[i - 1]))
            return QCoreApplication::translate("coverage",
                                               "The response bands must be in ascending order.");
    }
    if (!(detourFactor >= 1) || !std::isfinite(detourFactor))
        return QCoreApplication::translate("coverage", "The detour factor must be at least 1.");
    if (!(walkInMetres >= 0) || !std::isfinite(walkInMetres))
        return QCoreApplication::translate("coverage",
                                           "The walk-in distance must not be negative.");
    if (!(snapMetres > 0) || !std::isfinite(snapMetres))
        return QCoreApplication::translate("coverage",
                                           "The road snapping distance must be more than 0 metres.");
    if (!(newSiteSpeedKmh > 0) || !std::isfinite(newSiteSpeedKmh))
        return QCoreApplication::translate("coverage",
                                           "The speed of a new platform must be more than 0 km/h.");
    return {};
}

// ---------------------------------------------------------------------------------------------
// RoadNetwork

struct RoadNetwork::Impl
{
    Plane plane;
    std::vector<LonLat> nodes;
    std::vector<Point> xy; // in the network's plane
    Graph graph;
    PointTree index;
    Stats stats;

    // The road node nearest to `at`, kNone when there are none.
    std::uint32_t nearestNode(const LonLat &at) const
    {
        if (index.empty())
            return kNone;
        std::uint32_t found = kNone;
        index.query(bgi::nearest(plane.project(at), 1),
                    boost::make_function_output_iterator(
                        [&found](const IndexedPoint &v) { found = v.second; }));
        return found;
    }
};

RoadNetwork::RoadNetwork()
    : m_impl(std::make_unique<Impl>())
{
}

RoadNetwork::~RoadNetwork() = default;
RoadNetwork::RoadNetwork(RoadNetwork &&) noexcept = default;
RoadNetwork &RoadNetwork::operator=(RoadNetwork &&) noexcept = default;

bool RoadNetwork::empty() const
{
    return !m_impl || m_impl->nodes.empty();
}

RoadNetwork::Stats RoadNetwork::stats() const
{
    return m_impl ? m_impl->stats : Stats{};
}

namespace {

// Parts of a road network shorter than this share of its longest part are not ways onto it.
constexpr double kStrandedPartShare = 0.1;

// Lines with a vertex added wherever another line crosses them or ends on them (within
// `snap` metres): at-grade junctions that the file did not digitise as shared vertices.
std::vector<RoadNetwork::Line> splitAtJunctions(const std::vector<RoadNetwork::Line> &lines,
                                                const Plane &plane, double snap)
{
    struct Seg
    {
        std::uint32_t line;
        Point a;
        Point b;
        double metres;
    };
    std::vector<Seg> segs;
    std::vector<std::size_t> firstSeg(lines.size(), 0);
    using IndexedBox = std::pair<Box, std::uint32_t>;
    std::vector<IndexedBox> boxes;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        firstSeg[l] = segs.size();
        const RoadNetwork::Line &line = lines[l];
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            const Point a = plane.project(line[i]);
            const Point b = plane.project(line[i + 1]);
            Box box(Point(std::min(a.get<0>(), b.get<0>()) - snap,
                          std::min(a.get<1>(), b.get<1>()) - snap),
                    Point(std::max(a.get<0>(), b.get<0>()) + snap,
                          std::max(a.get<1>(), b.get<1>()) + snap));
            boxes.emplace_back(box, std::uint32_t(segs.size()));
            segs.push_back({std::uint32_t(l), a, b, straight(a, b)});
        }
    }
    const bgi::rtree<IndexedBox, bgi::rstar<16>> tree(boxes.begin(), boxes.end());

    // Split points per segment: (metres from its start, point).
    std::vector<std::vector<std::pair<double, Point>>> splits(segs.size());
    auto cross = [](double ax, double ay, double bx, double by) { return ax * by - ay * bx; };
    for (std::uint32_t i = 0; i < segs.size(); ++i) {
        const Seg &s = segs[i];
        if (s.metres <= 0)
            continue;
        tree.query(bgi::intersects(boxes[i].first),
                   boost::make_function_output_iterator([&](const IndexedBox &candidate) {
            const std::uint32_t j = candidate.second;
            if (j <= i)
                return; // each pair once
            const Seg &t = segs[j];
            if (t.metres <= 0 || (t.line == s.line && j == i + 1))
                return; // consecutive segments of a line share their vertex already
            const double rx = s.b.get<0>() - s.a.get<0>(), ry = s.b.get<1>() - s.a.get<1>();
            const double qx = t.b.get<0>() - t.a.get<0>(), qy = t.b.get<1>() - t.a.get<1>();
            const double denominator = cross(rx, ry, qx, qy);
            if (std::abs(denominator) < 1e-9 * s.metres * t.metres)
                return; // parallel: overlapping lines meet at their shared vertices, if at all
            const double wx = t.a.get<0>() - s.a.get<0>(), wy = t.a.get<1>() - s.a.get<1>();
            const double along = cross(wx, wy, qx, qy) / denominator; // on s, 0 … 1
            const double alongT = cross(wx, wy, rx, ry) / denominator; // on t, 0 … 1
            const double slackS = snap / s.metres, slackT = snap / t.metres;
            if (along < -slackS || along > 1 + slackS || alongT < -slackT || alongT > 1 + slackT)
                return;
            // The junction: an existing end vertex when one is within `snap`, else the crossing.
            const double atS = std::clamp(along, 0.0, 1.0) * s.metres;
            const double atT = std::clamp(alongT, 0.0, 1.0) * t.metres;
            const bool sEnd = atS <= snap || s.metres - atS <= snap;
            const bool tEnd = atT <= snap || t.metres - atT <= snap;
            if (sEnd && tEnd)
                return; // end to end: vertex snapping joins them (or they are farther apart)
            Point junction;
            if (sEnd)
                junction = atS <= snap ? s.a : s.b;
            else if (tEnd)
                junction = atT <= snap ? t.a : t.b;
            else
                junction = Point(s.a.get<0>() + std::clamp(along, 0.0, 1.0) * rx,
                                 s.a.get<1>() + std::clamp(along, 0.0, 1.0) * ry);
            if (!sEnd)
                splits[i].emplace_back(straight(s.a, junction), junction);
            if (!tEnd)
                splits[j].emplace_back(straight(t.a, junction), junction);
        }));
    }

    std::vector<RoadNetwork::Line> out(lines.size());
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const RoadNetwork::Line &line = lines[l];
        RoadNetwork::Line &split = out[l];
        split.reserve(line.size());
        for (std::size_t i = 0; i < line.size(); ++i) {
            split.push_back(line[i]);
            if (i + 1 == line.size())
                break;
            auto &here = splits[firstSeg[l] + i];
            std::sort(here.begin(), here.end(),
                      [](const auto &x, const auto &y) { return x.first < y.first; });
            for (const auto &[metres, point] : here)
                split.push_back(plane.unproject(point));
        }
    }
    return out;
}

} // namespace

RoadNetwork RoadNetwork::fromLines(const std::vector<Line> &input, double snapMetres,
                                   bool joinCrossings)
{
    RoadNetwork network;
    Impl &d = *network.m_impl;

    double sumLon = 0;
    double sumLat = 0;
    std::size_t vertices = 0;
    for (const Line &line : input) {
        if (line.size() < 2)
            continue;
        ++d.stats.lines;
        for (const LonLat &v : line) {
            sumLon += v.lon;
            sumLat += v.lat;
            ++vertices;
        }
    }
    if (vertices == 0)
        return network;
    d.plane = Plane::at(sumLon / double(vertices), sumLat / double(vertices));
    const double snap = snapMetres > 0 && std::isfinite(snapMetres) ? snapMetres : 1e-6;
    const std::vector<Line> lines = joinCrossings ? splitAtJunctions(input, d.plane, snap) : input;

    // Vertices within `snap` are one node: a hash on grid cells of that size, looking at the
    // 3 × 3 cells around each vertex. A cell may hold several nodes (chained through `next`).
    std::unordered_map<std::uint64_t, std::uint32_t> head;
    head.reserve(vertices);
    std::vector<std::uint32_t> next;
    auto cellKey = [](std::int64_t cx, std::int64_t cy) {
        return std::uint64_t(cx) * 0x9E3779B97F4A7C15ull ^ std::uint64_t(cy);
    };
    auto nodeFor = [&](const LonLat &v) -> std::uint32_t {
        const Point p = d.plane.project(v);
        const auto cx = std::int64_t(std::floor(p.get<0>() / snap));
        const auto cy = std::int64_t(std::floor(p.get<1>() / snap));
        std::uint32_t best = kNone;
        double bestMetres = snap;
        for (std::int64_t dx = -1; dx <= 1; ++dx) {
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                const auto it = head.find(cellKey(cx + dx, cy + dy));
                if (it == head.end())
                    continue;
                for (std::uint32_t k = it->second; k != kNone; k = next[k]) {
                    const double m = straight(p, d.xy[k]);
                    if (m <= bestMetres) {
                        bestMetres = m;
                        best = k;
                    }
                }
            }
        }
        if (best != kNone)
            return best;
        const auto id = std::uint32_t(d.nodes.size());
        d.nodes.push_back(v);
        d.xy.push_back(p);
        auto [it, inserted] = head.try_emplace(cellKey(cx, cy), id);
        next.push_back(inserted ? kNone : it->second);
        it->second = id;
        return id;
    };

    struct Segment
    {
        std::uint32_t a;
        std::uint32_t b;
        double metres;
    };
    std::vector<Segment> segments;
    segments.reserve(vertices);
    for (const Line &line : lines) {
        if (line.size() < 2)
            continue;
        std::uint32_t previous = nodeFor(line.front());
        for (std::size_t i = 1; i < line.size(); ++i) {
            const std::uint32_t current = nodeFor(line[i]);
            if (current != previous) {
                const double metres = straight(d.xy[previous], d.xy[current]);
                if (metres > 0)
                    segments.push_back({std::min(previous, current), std::max(previous, current),
                                        metres});
            }
            previous = current;
        }
    }
    // Parallel duplicates (overlapping lines): keep the shortest.
    std::sort(segments.begin(), segments.end(), [](const Segment &x, const Segment &y) {
        return x.a != y.a ? x.a < y.a : x.b != y.b ? x.b < y.b : x.metres < y.metres;
    });
    segments.erase(std::unique(segments.begin(), segments.end(),
                               [](const Segment &x, const Segment &y) {
                                   return x.a == y.a && x.b == y.b;
                               }),
                   segments.end());

    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    std::vector<EdgeLength> lengths;
    arcs.reserve(segments.size() * 2);
    lengths.reserve(segments.size() * 2);
    UnionFind parts(d.nodes.size());
    double totalMetres = 0;
    for (const Segment &s : segments) {
        arcs.emplace_back(s.a, s.b);
        arcs.emplace_back(s.b, s.a);
        lengths.push_back({s.metres});
        lengths.push_back({s.metres});
        parts.unite(s.a, s.b);
        totalMetres += s.metres;
    }
    d.graph = Graph(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(),
                    lengths.begin(), std::uint32_t(d.nodes.size()));

    std::size_t components = 0;
    std::vector<double> partMetres(d.nodes.size(), 0);
    for (std::uint32_t v = 0; v < d.nodes.size(); ++v)
        components += parts.find(v) == v;
    for (const Segment &s : segments)
        partMetres[parts.find(s.a)] += s.metres;
    const double longest = *std::max_element(partMetres.begin(), partMetres.end());

    // The way onto the roads: nodes of the parts that carry traffic. A scrap of road cut off
    // from the rest by a digitising gap (shorter than kStrandedPartShare of the longest part)
    // is left out, lest the grids beside it be stranded on it.
    std::vector<IndexedPoint> points;
    points.reserve(d.nodes.size());
    for (std::uint32_t v = 0; v < d.nodes.size(); ++v) {
        if (partMetres[parts.find(v)] >= kStrandedPartShare * longest)
            points.emplace_back(d.xy[v], v);
        else
            ++d.stats.strandedNodes;
    }
    d.index = PointTree(points.begin(), points.end());

    d.stats.nodes = d.nodes.size();
    d.stats.edges = segments.size();
    d.stats.components = components;
    d.stats.lengthKm = totalMetres / 1000;
    return network;
}

// ---------------------------------------------------------------------------------------------
// ResponseCoverage

struct ResponseCoverage::Impl
{
    std::vector<Demand> demands;
    Settings settings;
    const RoadNetwork::Impl *roads = nullptr; // null: straight-line model
    Plane plane;
    std::vector<Point> demandXY;

    // Road model: each demand's nearest node and access leg, and the demands by node (CSR).
    std::vector<std::uint32_t> demandNode;
    std::vector<double> demandAccess;
    std::vector<std::uint32_t> byNodeStart;
    std::vector<std::uint32_t> byNode;
    double roadBoundFactor = 1; // coverage-plane metres ≤ this × network-plane metres

    struct Access
    {
        std::uint32_t node = kNone;
        double metres = kInfinity;
    };

    // A point's way onto the roads: its nearest node and the straight × detour leg to it.
    Access access(const LonLat &at, const Point &xy) const
    {
        Access a;
        a.node = roads->nearestNode(at);
        if (a.node != kNone)
            a.metres = straight(xy, plane.project(roads->nodes[a.node])) * settings.detourFactor;
        return a;
    }

    struct SpeedGroup
    {
        double speedKmh = 0;
        std::vector<int> sites;
    };

    static std::vector<SpeedGroup> groupBySpeed(const std::vector<Site> &sites)
    {
        std::map<double, std::vector<int>> bySpeed;
        for (int i = 0; i < int(sites.size()); ++i) {
            if (sites[i].speedKmh > 0 && std::isfinite(sites[i].speedKmh))
                bySpeed[sites[i].speedKmh].push_back(i);
        }
        std::vector<SpeedGroup> groups;
        for (auto &[speed, members] : bySpeed)
            groups.push_back({speed, std::move(members)});
        return groups;
    }

    PointTree siteTree(const std::vector<Site> &sites, const std::vector<int> &members) const
    {
        std::vector<IndexedPoint> points;
        points.reserve(members.size());
        for (int s : members)
            points.emplace_back(plane.project(sites[size_t(s)].at), std::uint32_t(s));
        return PointTree(points.begin(), points.end());
    }

    // Improves `result` with one group's times; false when cancelled.
    bool straightPass(const std::vector<Site> &sites, const SpeedGroup &group, Result &result,
                      const std::atomic_bool *cancel) const;
    bool roadPass(const std::vector<Site> &sites, const SpeedGroup &group, Result &result,
                  const std::atomic_bool *cancel) const;
};

bool ResponseCoverage::Impl::straightPass(const std::vector<Site> &sites, const SpeedGroup &group,
                                          Result &result, const std::atomic_bool *cancel) const
{
    const PointTree tree = siteTree(sites, group.sites);
    const double perMinute = metresPerMinute(group.speedKmh);
    const double detour = settings.detourFactor;
    for (std::size_t i = 0; i < demands.size(); ++i) {
        if (i % kCancelEvery == 0 && cancelled(cancel))
            return false;
        std::uint32_t site = kNone;
        double metres = kInfinity;
        tree.query(bgi::nearest(demandXY[i], 1),
                   boost::make_function_output_iterator([&](const IndexedPoint &v) {
                       site = v.second;
                       metres = straight(demandXY[i], v.first) * detour;
                   }));
        const double minutes = metres / perMinute;
        if (minutes < result.minutes[i]) {
            result.minutes[i] = minutes;
            result.nearestSite[i] = int(site);
        }
    }
    return true;
}

bool ResponseCoverage::Impl::roadPass(const std::vector<Site> &sites, const SpeedGroup &group,
                                      Result &result, const std::atomic_bool *cancel) const
{
    const std::size_t nodeCount = roads->nodes.size();
    std::vector<double> dist(nodeCount, kInfinity);
    std::vector<std::uint32_t> owner(nodeCount, kNone);
    MinHeap heap;
    for (int s : group.sites) {
        const Site &site = sites[size_t(s)];
        const Access a = access(site.at, plane.project(site.at));
        if (a.node != kNone && a.metres < dist[a.node]) {
            dist[a.node] = a.metres;
            owner[a.node] = std::uint32_t(s);
            heap.emplace(a.metres, a.node);
        }
    }
    // Multi-source Dijkstra; `owner` follows the source along the relaxations.
    const Graph &g = roads->graph;
    int popped = 0;
    while (!heap.empty()) {
        const auto [du, u] = heap.top();
        heap.pop();
        if (du > dist[u])
            continue;
        if (++popped % kCancelEvery == 0 && cancelled(cancel))
            return false;
        for (auto [it, end] = boost::out_edges(u, g); it != end; ++it) {
            const std::uint32_t v = boost::target(*it, g);
            const double dv = du + g[*it].metres;
            if (dv < dist[v]) {
                dist[v] = dv;
                owner[v] = owner[u];
                heap.emplace(dv, v);
            }
        }
    }

    const PointTree tree = siteTree(sites, group.sites);
    const double perMinute = metresPerMinute(group.speedKmh);
    const double detour = settings.detourFactor;
    const double walkIn = settings.walkInMetres;
    for (std::size_t i = 0; i < demands.size(); ++i) {
        if (i % kCancelEvery == 0 && cancelled(cancel))
            return false;
        double metres = kInfinity;
        std::uint32_t site = kNone;
        const std::uint32_t node = demandNode[i];
        if (node != kNone && owner[node] != kNone) {
            metres = dist[node] + demandAccess[i];
            site = owner[node];
        }
        if (walkIn >= 0) {
            tree.query(bgi::intersects(around(demandXY[i], walkIn)),
                       boost::make_function_output_iterator([&](const IndexedPoint &v) {
                           const double s = straight(demandXY[i], v.first);
                           if (s > walkIn)
                               return;
                           const double direct = s * detour;
                           if (direct < metres || (direct == metres && v.second < site)) {
                               metres = direct;
                               site = v.second;
                           }
                       }));
        }
        const double minutes = metres / perMinute;
        if (minutes < result.minutes[i]) {
            result.minutes[i] = minutes;
            result.nearestSite[i] = int(site);
        }
    }
    return true;
}

ResponseCoverage::ResponseCoverage(std::vector<Demand> demands, Settings settings,
                                   const RoadNetwork *roads)
    : m_impl(std::make_unique<Impl>())
{
    Impl &d = *m_impl;
    d.demands = std::move(demands);
    d.settings = std::move(settings);
    if (roads && !roads->empty())
        d.roads = &roads->impl();

    double sumLon = 0;
    double sumLat = 0;
    for (const Demand &demand : d.demands) {
        sumLon += demand.at.lon;
        sumLat += demand.at.lat;
    }
    if (!d.demands.empty())
        d.plane = Plane::at(sumLon / double(d.demands.size()), sumLat / double(d.demands.size()));
    d.demandXY.reserve(d.demands.size());
    for (const Demand &demand : d.demands)
        d.demandXY.push_back(d.plane.project(demand.at));

    if (!d.roads)
        return;
    const std::size_t n = d.demands.size();
    d.demandNode.resize(n);
    d.demandAccess.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Impl::Access a = d.access(d.demands[i].at, d.demandXY[i]);
        d.demandNode[i] = a.node;
        d.demandAccess[i] = a.metres;
    }
    const std::size_t nodeCount = d.roads->nodes.size();
    d.byNodeStart.assign(nodeCount + 1, 0);
    for (std::uint32_t node : d.demandNode) {
        if (node != kNone)
            ++d.byNodeStart[node + 1];
    }
    std::partial_sum(d.byNodeStart.begin(), d.byNodeStart.end(), d.byNodeStart.begin());
    d.byNode.resize(d.byNodeStart.back());
    std::vector<std::uint32_t> fill(d.byNodeStart.begin(), d.byNodeStart.end() - 1);
    for (std::uint32_t i = 0; i < n; ++i) {
        if (d.demandNode[i] != kNone)
            d.byNode[fill[d.demandNode[i]]++] = i;
    }
    d.roadBoundFactor = std::max(1.0, d.plane.kx / d.roads->plane.kx);
}

ResponseCoverage::~ResponseCoverage() = default;

const std::vector<Demand> &ResponseCoverage::demands() const
{
    return m_impl->demands;
}

const Settings &ResponseCoverage::settings() const
{
    return m_impl->settings;
}

int ResponseCoverage::bandOf(double minutes) const
{
    const std::vector<double> &bands = m_impl->settings.bandMinutes;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        if (minutes <= bands[i])
            return int(i);
    }
    return int(bands.size());
}

Result ResponseCoverage::compute(const std::vector<Site> &sites,
                                 const std::atomic_bool *cancel) const
{
    const Impl &d = *m_impl;
    const std::size_t n = d.demands.size();
    Result result;
    result.minutes.assign(n, kInfinity);
    result.nearestSite.assign(n, -1);
    for (const Impl::SpeedGroup &group : Impl::groupBySpeed(sites)) {
        const bool done = d.roads ? d.roadPass(sites, group, result, cancel)
                                  : d.straightPass(sites, group, result, cancel);
        if (!done) {
            result.cancelled = true;
            return result;
        }
    }
    result.band.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        result.band[i] = bandOf(result.minutes[i]);
    return result;
}

Summary ResponseCoverage::summarize(const Result &result) const
{
    const Impl &d = *m_impl;
    const std::size_t bands = d.settings.bandMinutes.size() + 1;
    Summary summary;
    summary.all.residents.assign(bands, 0);
    summary.all.grids.assign(bands, 0);
    int largestGroup = -1;
    for (const Demand &demand : d.demands)
        largestGroup = std::max(largestGroup, demand.group);
    summary.byGroup.resize(size_t(largestGroup + 1), summary.all);
    const std::size_t n = std::min(d.demands.size(), result.band.size());
    for (std::size_t i = 0; i < n; ++i) {
        const auto band = size_t(std::clamp(result.band[i], 0, int(bands) - 1));
        const Demand &demand = d.demands[i];
        summary.all.residents[band] += demand.residents;
        ++summary.all.grids[band];
        if (demand.group >= 0) {
            BandTotals &g = summary.byGroup[size_t(demand.group)];
            g.residents[band] += demand.residents;
            ++g.grids[band];
        }
    }
    return summary;
}

std::vector<Suggestion> ResponseCoverage::suggest(const std::vector<Site> &sites, int count,
                                                  double bandMinutes,
                                                  const std::atomic_bool *cancel) const
{
    const Impl &d = *m_impl;
    const std::size_t n = d.demands.size();
    const double perMinute = metresPerMinute(d.settings.newSiteSpeedKmh);
    if (count <= 0 || n == 0 || !(perMinute > 0) || !(bandMinutes >= 0))
        return {};

    const Result base = compute(sites, cancel);
    if (base.cancelled)
        return {};
    std::vector<char> covered(n);
    std::vector<IndexedPoint> open;
    for (std::uint32_t i = 0; i < n; ++i) {
        covered[i] = base.minutes[i] <= bandMinutes;
        if (!covered[i])
            open.emplace_back(d.demandXY[i], i);
    }
    const PointTree openTree(open.begin(), open.end());

    const double detour = d.settings.detourFactor;
    const double walkIn = d.settings.walkInMetres;
    // No demand farther than this (straight) can be reached within the band.
    const double reach = d.roads ? bandMinutes * perMinute * d.roadBoundFactor * (1 + 1e-9) + 1e-6
                                 : bandMinutes * perMinute / detour * (1 + 1e-9) + 1e-6;

    // Exactly compute()'s arithmetic for one site at the candidate's centroid.
    std::vector<double> dist;
    std::vector<std::uint32_t> touched;
    std::vector<std::uint32_t> stamp(n, 0);
    std::uint32_t stampNow = 0;
    if (d.roads)
        dist.assign(d.roads->nodes.size(), kInfinity);
    auto reached = [&](std::uint32_t candidate, std::vector<std::uint32_t> &out) {
        out.clear();
        ++stampNow;
        const Point &at = d.demandXY[candidate];
        auto take = [&](std::uint32_t i) {
            if (!covered[i] && stamp[i] != stampNow) {
                stamp[i] = stampNow;
                out.push_back(i);
            }
        };
        if (!d.roads) {
            openTree.query(bgi::intersects(around(at, reach)),
                           boost::make_function_output_iterator([&](const IndexedPoint &v) {
                               if (straight(at, v.first) * detour / perMinute <= bandMinutes)
                                   take(v.second);
                           }));
            return;
        }
        openTree.query(bgi::intersects(around(at, walkIn)),
                       boost::make_function_output_iterator([&](const IndexedPoint &v) {
                           const double s = straight(at, v.first);
                           if (s <= walkIn && s * detour / perMinute <= bandMinutes)
                               take(v.second);
                       }));
        const Impl::Access a = d.access(d.demands[candidate].at, at);
        if (a.node == kNone)
            return;
        // Single-source Dijkstra cut off where no demand can be within the band any more.
        const double limit = bandMinutes * perMinute * (1 + 1e-9) + 1e-6;
        const Graph &g = d.roads->graph;
        MinHeap heap;
        dist[a.node] = a.metres;
        touched.push_back(a.node);
        heap.emplace(a.metres, a.node);
        while (!heap.empty()) {
            const auto [du, u] = heap.top();
            heap.pop();
            if (du > dist[u])
                continue;
            if (du > limit)
                break;
            for (std::uint32_t k = d.byNodeStart[u]; k < d.byNodeStart[u + 1]; ++k) {
                const std::uint32_t i = d.byNode[k];
                if ((du + d.demandAccess[i]) / perMinute <= bandMinutes)
                    take(i);
            }
            for (auto [it, end] = boost::out_edges(u, g); it != end; ++it) {
                const std::uint32_t v = boost::target(*it, g);
                const double dv = du + g[*it].metres;
                if (dv < dist[v]) {
                    if (dist[v] == kInfinity)
                        touched.push_back(v);
                    dist[v] = dv;
                    heap.emplace(dv, v);
                }
            }
        }
        for (std::uint32_t v : touched)
            dist[v] = kInfinity;
        touched.clear();
    };
    auto gainOf = [&](const std::vector<std::uint32_t> &list) {
        std::int64_t gain = 0;
        for (std::uint32_t i : list)
            gain += std::max<std::int64_t>(0, d.demands[i].residents);
        return gain;
    };

    // Upper bounds: the residents of the uncovered demands within `reach` of each candidate
    // (found from the demands' side: the relation is symmetric).
    std::vector<IndexedPoint> all;
    all.reserve(n);
    for (std::uint32_t i = 0; i < n; ++i)
        all.emplace_back(d.demandXY[i], i);
    const PointTree allTree(all.begin(), all.end());
    std::vector<std::int64_t> bound(n, 0);
    std::size_t step = 0;
    for (const IndexedPoint &p : open) {
        if (++step % kCancelEvery == 0 && cancelled(cancel))
            return {};
        const std::int64_t residents = d.demands[p.second].residents;
        if (residents <= 0)
            continue;
        allTree.query(bgi::intersects(around(p.first, reach)),
                      boost::make_function_output_iterator([&](const IndexedPoint &c) {
                          if (straight(p.first, c.first) <= reach)
                              bound[c.second] += residents;
                      }));
    }

    // CELF: the heap holds upper bounds; an entry evaluated in the current round is exact.
    struct Entry
    {
        std::int64_t gain;
        std::uint32_t candidate;
        int round;
        bool operator<(const Entry &o) const
        {
            return gain != o.gain ? gain < o.gain : candidate > o.candidate;
        }
    };
    std::priority_queue<Entry> heap;
    for (std::uint32_t c = 0; c < n; ++c) {
        if (bound[c] > 0)
            heap.push({bound[c], c, -1});
    }
    std::vector<Suggestion> chosen;
    std::vector<std::uint32_t> list;
    int round = 0;
    while (int(chosen.size()) < count && !heap.empty()) {
        if (cancelled(cancel))
            return {};
        const Entry top = heap.top();
        heap.pop();
        if (top.round != round) {
            reached(top.candidate, list);
            const std::int64_t gain = gainOf(list);
            if (gain > 0)
                heap.push({gain, top.candidate, round});
            continue;
        }
        reached(top.candidate, list);
        Suggestion s;
        s.at = d.demands[top.candidate].at;
        s.demand = int(top.candidate);
        s.residentsAdded = gainOf(list);
        s.gridsAdded = int(list.size());
        for (std::uint32_t i : list)
            covered[i] = 1;
        chosen.push_back(s);
        ++round;
    }
    return chosen;
}

} // namespace coverage
