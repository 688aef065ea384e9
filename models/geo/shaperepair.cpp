#include "shaperepair.h"

#include <QCoreApplication>

#include <boost/geometry.hpp>

#include <ogr_api.h>
#include <ogr_geometry.h>

#include <cmath>
#include <memory>
#include <string>

namespace bg = boost::geometry;

namespace geo {

namespace {

// Below this a ring encloses nothing worth a boundary: in square degrees, about 1 m².
constexpr double kZeroArea = 1e-10;


Polygon::ring_type ringOf(const OGRLinearRing &ring)
{
    Polygon::ring_type out;
    out.reserve(std::size_t(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i)
        out.emplace_back(ring.getX(i), ring.getY(i));
    return out;
}

void collect(const OGRGeometry &g, MultiPolygon &out, int *ignored)
{
    const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
    if (type == wkbPolygon || type == wkbTriangle) {
        const OGRPolygon *poly = g.toPolygon();
        if (poly->IsEmpty() || !poly->getExteriorRing())
            return;
        Polygon p;
        p.outer() = ringOf(*poly->getExteriorRing());
        for (int i = 0; i < poly->getNumInteriorRings(); ++i)
            p.inners().push_back(ringOf(*poly->getInteriorRing(i)));
        out.push_back(std::move(p));
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection
               || type == wkbMultiSurface || type == wkbPolyhedralSurface || type == wkbTIN) {
        const auto *c = dynamic_cast<const OGRGeometryCollection *>(&g);
        if (c) {
            for (int i = 0; i < c->getNumGeometries(); ++i)
                collect(*c->getGeometryRef(i), out, ignored);
        } else if (const auto *s = dynamic_cast<const OGRPolyhedralSurface *>(&g)) {
            std::unique_ptr<OGRGeometry> mp(OGRGeometryFactory::forceToMultiPolygon(s->clone()));
            if (mp && wkbFlatten(mp->getGeometryType()) == wkbMultiPolygon)
                collect(*mp, out, ignored);
        }
    } else if (type == wkbCurvePolygon) {
        std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
        if (linear)
            collect(*linear, out, ignored);
    } else if (ignored && !g.IsEmpty()) {
        ++*ignored;
    }
}

bool sameXY(const Point &a, const Point &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

// Drops repeated consecutive vertices and closes the ring.
void dropRepeats(Polygon::ring_type &ring)
{
    Polygon::ring_type out;
    out.reserve(ring.size() + 1);
    for (const Point &p : ring) {
        if (out.empty() || !sameXY(out.back(), p))
            out.push_back(p);
    }
    if (!out.empty() && !sameXY(out.front(), out.back()))
        out.push_back(out.front());
    ring.swap(out);
}

// Shoelace area relative to the first vertex: with absolute lon/lat the products are ~3600 and
// cancellation leaves noise of about 1e-12 square degrees.
double ringArea(const Polygon::ring_type &ring)
{
    if (ring.size() < 3)
        return 0;
    const double x0 = ring.front().x();
    const double y0 = ring.front().y();
    double twice = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        twice += (ring[i].x() - x0) * (ring[i + 1].y() - y0)
            - (ring[i + 1].x() - x0) * (ring[i].y() - y0);
    }
    return std::abs(twice) / 2;
}

// For a ring whose signed area is about zero: whether it still encloses some, as a bow-tie
// does (its two loops cancel out). GEOS says what a valid version of it covers.
bool enclosesArea(const Polygon::ring_type &ring)
{
    OGRPolygon polygon;
    auto *r = new OGRLinearRing;
    for (const Point &p : ring)
        r->addPoint(p.x(), p.y());
    polygon.addRingDirectly(r);
    std::unique_ptr<OGRGeometry> valid(polygon.MakeValid());
    return valid && OGR_G_Area(OGRGeometry::ToHandle(valid.get())) >= kZeroArea;
}

// Empty string when the ring may stay, else why it goes.
QString ringProblem(const Polygon::ring_type &ring)
{
    if (ring.size() < 4)
        return QCoreApplication::translate("GeoImport", "%n point(s)", nullptr, int(ring.size()));
    if (ringArea(ring) < kZeroArea && !enclosesArea(ring))
        return QCoreApplication::translate("GeoImport", "no area");
    return {};
}

// Keeps the polygonal parts of a GEOS result.
MultiPolygon fromOgrOwned(OGRGeometry *g)
{
    std::unique_ptr<OGRGeometry> owned(g);
    MultiPolygon out;
    if (owned)
        collect(*owned, out, nullptr);
    return out;
}

} // namespace

MultiPolygon fromOgr(const OGRGeometry &geometry, int *ignored)
{
    MultiPolygon out;
    collect(geometry, out, ignored);
    return out;
}

OGRGeometry *toOgr(const MultiPolygon &shape)
{
    auto *mp = new OGRMultiPolygon;
    auto ring = [](const Polygon::ring_type &r) {
        auto *out = new OGRLinearRing;
        out->setNumPoints(int(r.size()), FALSE);
        for (std::size_t i = 0; i < r.size(); ++i)
            out->setPoint(int(i), r[i].x(), r[i].y());
        return out;
    };
    for (const Polygon &p : shape) {
        auto *poly = new OGRPolygon;
        poly->addRingDirectly(ring(p.outer()));
        for (const auto &inner : p.inners())
            poly->addRingDirectly(ring(inner));
        mp->addGeometryDirectly(poly);
    }
    return mp;
}

QStringList repairShape(MultiPolygon &shape)
{
    QStringList notes;
    MultiPolygon kept;
    for (std::size_t pi = 0; pi < shape.size(); ++pi) {
        Polygon &p = shape[pi];
        dropRepeats(p.outer());
        const QString outerProblem = ringProblem(p.outer());
        if (!outerProblem.isEmpty()) {
            notes << (p.inners().empty()
                          ? QCoreApplication::translate("GeoImport", "part %1: dropped its outline (%2)").arg(pi + 1).arg(outerProblem)
                          : QCoreApplication::translate("GeoImport", "part %1: dropped its outline (%2) and %n hole(s)", nullptr, int(p.inners().size()))
                                .arg(pi + 1)
                                .arg(outerProblem));
            continue;
        }
        Polygon clean;
        clean.outer() = std::move(p.outer());
        for (std::size_t hi = 0; hi < p.inners().size(); ++hi) {
            auto &inner = p.inners()[hi];
            dropRepeats(inner);
            const QString problem = ringProblem(inner);
            if (!problem.isEmpty()) {
                notes << QCoreApplication::translate("GeoImport", "part %1: dropped hole %2 (%3)").arg(pi + 1).arg(hi + 1).arg(problem);
                continue;
            }
            clean.inners().push_back(std::move(inner));
        }
        kept.push_back(std::move(clean));
    }
    shape.swap(kept);
    if (shape.empty())
        return notes;
    bg::correct(shape);

    std::string why;
    if (bg::is_valid(shape, why))
        return notes;
    // Boost's message ends in details of its overlay ("; method: …") nobody else can use.
    const QString reason = QString::fromStdString(why).section(QStringLiteral("; method"), 0, 0);

    std::unique_ptr<OGRGeometry> ogr(toOgr(shape));
    const char *structure[] = {"METHOD=STRUCTURE", nullptr};
    MultiPolygon fixed = fromOgrOwned(ogr->MakeValid(structure));
    if (fixed.empty())
        fixed = fromOgrOwned(ogr->MakeValid());
    bg::correct(fixed);
    std::string still;
    if (fixed.empty() || !bg::is_valid(fixed, still)) {
        fixed = fromOgrOwned(ogr->Buffer(0));
        bg::correct(fixed);
        notes << QCoreApplication::translate("GeoImport", "rebuilt with buffer(0): %1").arg(reason);
    } else {
        notes << QCoreApplication::translate("GeoImport", "made valid: %1").arg(reason);
    }
    // MakeValid may leave slivers of no area; they would fail the next check.
    MultiPolygon nonEmpty;
    for (Polygon &p : fixed) {
        if (ringArea(p.outer()) >= kZeroArea)
            nonEmpty.push_back(std::move(p));
    }
    shape.swap(nonEmpty);
    return notes;
}

Point labelPoint(const MultiPolygon &shape)
{
    Point c;
    bg::centroid(shape, c);
    if (bg::within(c, shape))
        return c;
    std::unique_ptr<OGRGeometry> ogr(toOgr(shape));
    std::unique_ptr<OGRGeometry> onSurface(
        OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(ogr.get()))));
    if (onSurface && !onSurface->IsEmpty() && wkbFlatten(onSurface->getGeometryType()) == wkbPoint)
        return {onSurface->toPoint()->getX(), onSurface->toPoint()->getY()};
    return c;
}

} // namespace geo
