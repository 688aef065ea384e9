#include "mapscene.h"

#include <QtMath>

#include <boost/geometry.hpp>

#include <algorithm>
#include <cmath>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace geo {

LocalProjection::LocalProjection(const QPointF &originLonLat)
    : m_origin(originLonLat)
    , m_kmPerLon(111.32 * qCos(qDegreesToRadians(originLonLat.y())))
{
}

QPointF LocalProjection::project(const QPointF &lonLat) const
{
    return QPointF((lonLat.x() - m_origin.x()) * m_kmPerLon,
                   -(lonLat.y() - m_origin.y()) * m_kmPerLat);
}

QPointF LocalProjection::unproject(const QPointF &map) const
{
    return QPointF(m_origin.x() + map.x() / m_kmPerLon, m_origin.y() - map.y() / m_kmPerLat);
}

namespace {

double segmentDistance2(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = a.x() + t * dx - p.x();
    const double ey = a.y() + t * dy - p.y();
    return ex * ex + ey * ey;
}

// Douglas–Peucker over an open run of points [first, last] (both kept); marks kept points.
void simplifyRun(const QPointF *pts, int first, int last, double tol2, std::vector<char> &keep,
                 std::vector<std::pair<int, int>> &stack)
{
    stack.clear();
    stack.emplace_back(first, last);
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        double worst = -1;
        int at = -1;
        for (int i = a + 1; i < b; ++i) {
            const double d = segmentDistance2(pts[i], pts[a], pts[b]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        if (at >= 0 && worst > tol2) {
            keep[size_t(at)] = 1;
            stack.emplace_back(a, at);
            stack.emplace_back(at, b);
        }
    }
}

// A closed ring (first point repeated last) simplified to `tol`; empty when the ring is
// smaller than the tolerance or collapses below a triangle.
void simplifyRing(const QPointF *pts, int n, double tol, std::vector<QPointF> &out,
                  std::vector<char> &keep, std::vector<std::pair<int, int>> &stack)
{
    if (n < 4)
        return;
    double minX = pts[0].x(), maxX = minX, minY = pts[0].y(), maxY = minY;
    for (int i = 1; i < n; ++i) {
        minX = std::min(minX, pts[i].x());
        maxX = std::max(maxX, pts[i].x());
        minY = std::min(minY, pts[i].y());
        maxY = std::max(maxY, pts[i].y());
    }
    if (maxX - minX < tol && maxY - minY < tol)
        return;
    // Split the ring at the point farthest from its first point; simplify both halves.
    int far = 0;
    double farD = -1;
    for (int i = 1; i < n - 1; ++i) {
        const double dx = pts[i].x() - pts[0].x();
        const double dy = pts[i].y() - pts[0].y();
        if (dx * dx + dy * dy > farD) {
            farD = dx * dx + dy * dy;
            far = i;
        }
    }
    keep.assign(size_t(n), 0);
    keep[0] = keep[size_t(n - 1)] = keep[size_t(far)] = 1;
    simplifyRun(pts, 0, far, tol * tol, keep, stack);
    simplifyRun(pts, far, n - 1, tol * tol, keep, stack);
    const size_t start = out.size();
    for (int i = 0; i < n; ++i) {
        if (keep[size_t(i)])
            out.push_back(pts[i]);
    }
    if (out.size() - start < 4)
        out.resize(start); // a sliver: drawn as its bounds when that small anyway
}

bool ringContains(const QPointF *pts, int n, const QPointF &p)
{
    bool inside = false;
    for (int i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = pts[i];
        const QPointF &b = pts[j];
        if ((a.y() > p.y()) != (b.y() > p.y())
            && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

double ringArea(const QPolygonF &ring)
{
    double sum = 0;
    for (int i = 0, j = int(ring.size()) - 1; i < ring.size(); j = i++)
        sum += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return std::abs(sum) / 2;
}

// A point inside the ring for its label: the middle of the widest inside span of the
// horizontal line through the ring's centre (its centre itself when that is inside).
QPointF pointInside(const QPolygonF &ring)
{
    const QRectF b = ring.boundingRect();
    const QPointF centre = b.center();
    if (ringContains(ring.constData(), int(ring.size()), centre))
        return centre;
    QList<double> xs;
    const double y = centre.y();
    for (int i = 0, j = int(ring.size()) - 1; i < ring.size(); j = i++) {
        const QPointF &a = ring[i];
        const QPointF &c = ring[j];
        if ((a.y() > y) != (c.y() > y))
            xs << (c.x() - a.x()) * (y - a.y()) / (c.y() - a.y()) + a.x();
    }
    std::sort(xs.begin(), xs.end());
    double best = -1;
    QPointF at = centre;
    for (int i = 0; i + 1 < xs.size(); i += 2) {
        if (xs[i + 1] - xs[i] > best) {
            best = xs[i + 1] - xs[i];
            at = QPointF((xs[i] + xs[i + 1]) / 2, y);
        }
    }
    return at;
}

} // namespace

MapScene::Builder::Builder(const LocalProjection &projection)
    : m_scene(new MapScene)
{
    m_scene->m_projection = projection;
    m_scene->m_lods[0].ringStart.push_back(0);
}

void MapScene::Builder::add(const QString &code, const QString &name, RegionLevel level,
                            const QList<QPolygonF> &lonLatRings, const QPointF &labelLonLat)
{
    QList<QPolygonF> rings;
    rings.reserve(lonLatRings.size());
    for (const QPolygonF &ring : lonLatRings) {
        QPolygonF projected;
        projected.reserve(ring.size());
        for (const QPointF &p : ring)
            projected << m_scene->m_projection.project(p);
        rings << projected;
    }
    addProjected(code, name, level, rings,
                 labelLonLat.isNull() ? QPointF() : m_scene->m_projection.project(labelLonLat));
}

void MapScene::Builder::addProjected(const QString &code, const QString &name, RegionLevel level,
                                     const QList<QPolygonF> &rings, const QPointF &labelAt)
{
    MapScene &s = *m_scene;
    Lod &full = s.m_lods[0];
    Feature f;
    f.code = code;
    f.name = name;
    f.level = level;
    f.firstRing = quint32(full.ringStart.size() - 1);
    const QPolygonF *largest = nullptr;
    double largestArea = -1;
    for (const QPolygonF &ring : rings) {
        if (ring.size() < 3)
            continue;
        full.points.insert(full.points.end(), ring.cbegin(), ring.cend());
        if (ring.first() != ring.last())
            full.points.push_back(ring.first());
        full.ringStart.push_back(quint32(full.points.size()));
        ++f.ringCount;
        f.bounds = f.bounds.isNull() ? ring.boundingRect() : f.bounds.united(ring.boundingRect());
        const double area = ringArea(ring);
        if (area > largestArea) {
            largestArea = area;
            largest = &ring;
        }
    }
    if (f.ringCount == 0)
        return;
    // A ring inside another ring of the same feature is a hole.
    if (f.ringCount > 1) {
        for (quint32 r = 0; r < f.ringCount && !f.hasHoles; ++r) {
            const QPointF probe = full.points[full.ringStart[f.firstRing + r]];
            for (quint32 o = 0; o < f.ringCount; ++o) {
                const quint32 begin = full.ringStart[f.firstRing + o];
                const int n = int(full.ringStart[f.firstRing + o + 1] - begin);
                if (o != r && ringContains(full.points.data() + begin, n, probe)) {
                    f.hasHoles = true;
                    break;
                }
            }
        }
    }
    f.labelAt = labelAt.isNull() || !f.bounds.contains(labelAt) ? pointInside(*largest) : labelAt;
    s.m_byCode.insert(code, int(s.m_features.size()));
    s.m_extent = s.m_extent.isNull() ? f.bounds : s.m_extent.united(f.bounds);
    s.m_features.push_back(std::move(f));
}

std::shared_ptr<const MapScene> MapScene::Builder::build()
{
    MapScene &s = *m_scene;
    const size_t rings = s.m_lods[0].ringStart.size() - 1;
    std::vector<char> keep;
    std::vector<std::pair<int, int>> stack;
    // Each level simplifies the one before it: cheap, and outlines stay nested.
    for (int lod = 1; lod < kLevelsOfDetail; ++lod) {
        const Lod &from = s.m_lods[size_t(lod - 1)];
        Lod &to = s.m_lods[size_t(lod)];
        to.points.reserve(from.points.size() / 2);
        to.ringStart.reserve(rings + 1);
        to.ringStart.push_back(0);
        const double tol = tolerance(lod);
        for (size_t r = 0; r < rings; ++r) {
            const quint32 begin = from.ringStart[r];
            simplifyRing(from.points.data() + begin, int(from.ringStart[r + 1] - begin), tol,
                         to.points, keep, stack);
            to.ringStart.push_back(quint32(to.points.size()));
        }
        to.points.shrink_to_fit();
    }
    for (int level = 0; level < 4; ++level) {
        std::vector<BoxValue> boxes;
        for (int i = 0; i < int(s.m_features.size()); ++i) {
            const Feature &f = s.m_features[size_t(i)];
            if (static_cast<int>(f.level) != level)
                continue;
            s.m_byLevel[size_t(level)].push_back(i);
            boxes.emplace_back(Box(Point(f.bounds.left(), f.bounds.top()),
                                   Point(f.bounds.right(), f.bounds.bottom())),
                               i);
        }
        s.m_trees[size_t(level)] = RTree(boxes.begin(), boxes.end()); // packed (bulk) loading
    }
    return std::shared_ptr<const MapScene>(m_scene.release());
}

double MapScene::tolerance(int lod)
{
    return lod == 0 ? 0.0 : 0.001 * std::pow(4.0, lod - 1);
}

int MapScene::levelOfDetail(double pixelsPerKm) const
{
    const double halfPixelKm = 0.5 / std::max(pixelsPerKm, 1e-9);
    int lod = 0;
    for (int l = 1; l < kLevelsOfDetail; ++l) {
        if (tolerance(l) <= halfPixelKm)
            lod = l;
    }
    return lod;
}

void MapScene::visible(RegionLevel level, const QRectF &rect, std::vector<int> *out) const
{
    const RTree &tree = m_trees[size_t(static_cast<int>(level))];
    const Box box(Point(rect.left(), rect.top()), Point(rect.right(), rect.bottom()));
    for (auto it = tree.qbegin(bgi::intersects(box)); it != tree.qend(); ++it)
        out->push_back(it->second);
}

bool MapScene::contains(int index, const QPointF &point) const
{
    const Feature &f = m_features[size_t(index)];
    if (!f.bounds.contains(point))
        return false;
    const Lod &full = m_lods[0];
    bool inside = false;
    for (quint32 r = f.firstRing; r < f.firstRing + f.ringCount; ++r) {
        const quint32 begin = full.ringStart[r];
        if (ringContains(full.points.data() + begin, int(full.ringStart[r + 1] - begin), point))
            inside = !inside; // even-odd over the rings: holes cut out
    }
    return inside;
}

int MapScene::pick(RegionLevel level, const QPointF &point) const
{
    const RTree &tree = m_trees[size_t(static_cast<int>(level))];
    const Point p(point.x(), point.y());
    for (auto it = tree.qbegin(bgi::intersects(p)); it != tree.qend(); ++it) {
        if (contains(it->second, point))
            return it->second;
    }
    return -1;
}

int MapScene::pickDeepest(const QPointF &point) const
{
    for (RegionLevel level :
         {RegionLevel::Grid, RegionLevel::Village, RegionLevel::Township, RegionLevel::County}) {
        const int hit = pick(level, point);
        if (hit >= 0)
            return hit;
    }
    return -1;
}

QPainterPath MapScene::path(int index) const
{
    QPainterPath out;
    out.setFillRule(Qt::OddEvenFill);
    if (index < 0 || index >= featureCount())
        return out;
    const Feature &f = m_features[size_t(index)];
    for (quint32 r = f.firstRing; r < f.firstRing + f.ringCount; ++r) {
        const auto [pts, n] = ring(0, r);
        if (n < 3)
            continue;
        out.moveTo(pts[0]);
        for (int i = 1; i < n; ++i)
            out.lineTo(pts[i]);
        out.closeSubpath();
    }
    return out;
}

} // namespace geo
