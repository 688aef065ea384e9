// The demo county's regions: an irregular county outline; townships, villages/communities and
// grids as nested nearest-site regions; shapes from one Voronoi tessellation of all grid sites
// (a grid is a cell, a village or township the exact union of its grids' cells, so every level
// tiles the one above); codes, names, population, and one grid worker per grid.

#include "democontext.h"

#include "geo/voronoi.h"

#include <QSet>

#include <boost/geometry.hpp>

#include <algorithm>
#include <cmath>

namespace bg = boost::geometry;

namespace {

constexpr double kKmPerDegree = 111.32;   // as geo::areaKm2 assumes

// Local plane in km around the county seat ↔ lon/lat.
struct KmFrame
{
    double lon0 = 0, lat0 = 0, kx = 1, ky = 1;

    geo::Point toLonLat(const geo::Point &p) const
    {
        return geo::Point(lon0 + p.x() / kx, lat0 + p.y() / ky);
    }
    geo::MultiPolygon toLonLat(const geo::MultiPolygon &shape) const
    {
        geo::MultiPolygon out;
        out.reserve(shape.size());
        for (const geo::Polygon &poly : shape) {
            geo::Polygon p;
            p.outer().reserve(poly.outer().size());
            for (const geo::Point &pt : poly.outer())
                p.outer().push_back(toLonLat(pt));
            for (const auto &inner : poly.inners()) {
                geo::Polygon::ring_type ring;
                ring.reserve(inner.size());
                for (const geo::Point &pt : inner)
                    ring.push_back(toLonLat(pt));
                p.inners().push_back(std::move(ring));
            }
            out.push_back(std::move(p));
        }
        return out;
    }
};

geo::Polygon countyOutline(DemoRandom &rng, const DemoCountySpec &spec)
{
    const int n = std::max(32, spec.outlineVertices);
    double amp[8], phase[8];
    for (int k = 2; k < 8; ++k) {
        amp[k] = rng.uniform(0.03, 0.11) / std::sqrt(double(k - 1));
        phase[k] = rng.uniform(0, 2 * M_PI);
    }
    // Fine wiggles: noise smoothed along the boundary (rivers and ridges, not a flower).
    std::vector<double> noise(static_cast<size_t>(n));
    for (double &x : noise)
        x = rng.uniform(-1, 1);
    for (int pass = 0; pass < 3; ++pass) {
        std::vector<double> s(noise.size());
        for (int i = 0; i < n; ++i)
            s[size_t(i)] = (noise[size_t((i + n - 1) % n)] + noise[size_t(i)]
                            + noise[size_t((i + 1) % n)]) / 3;
        noise.swap(s);
    }
    std::vector<double> r(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / n;
        double f = 1;
        for (int k = 2; k < 8; ++k)
            f += amp[k] * std::cos(k * a + phase[k]);
        f += 0.05 * noise[size_t(i)];
        for (const DemoCountySpec::Bulge &b : spec.bulges) {
            double d = std::remainder(a * 180 / M_PI - b.angleDeg, 360.0);
            f += b.amount * std::exp(-0.5 * (d / b.widthDeg) * (d / b.widthDeg) * 4);
        }
        r[size_t(i)] = std::max(0.45, f);
    }
    // Area of the star-shaped polygon with unit radius scale, then scale to the target area.
    double area = 0;
    for (int i = 0; i < n; ++i)
        area += 0.5 * r[size_t(i)] * r[size_t((i + 1) % n)] * std::sin(2 * M_PI / n);
    const double scale = std::sqrt(spec.areaKm2 / area);
    geo::Polygon poly;
    // Clockwise: walk the angles downwards.
    for (int i = n; i >= 0; --i) {
        const int k = i % n;
        const double a = 2 * M_PI * k / n;
        poly.outer().emplace_back(spec.outlineOffsetXKm + scale * r[size_t(k)] * std::cos(a),
                                  spec.outlineOffsetYKm + scale * r[size_t(k)] * std::sin(a));
    }
    return poly;
}

// Distance from the origin to the outline along a direction.
double reach(const geo::Polygon &outline, double angle)
{
    const double c = std::cos(angle), s = std::sin(angle);
    double inside = 0;
    for (double d = 0.25; d < 200; d += 0.25) {
        if (bg::within(geo::Point(d * c, d * s), outline))
            inside = d;
    }
    return inside;
}

// Nearest of some sites (by index into `sites`).
int nearest(const std::vector<geo::Point> &sites, const std::vector<int> &among, const geo::Point &p)
{
    int best = -1;
    double bestD = 0;
    for (int i : among) {
        const double dx = sites[size_t(i)].x() - p.x(), dy = sites[size_t(i)].y() - p.y();
        const double d = dx * dx + dy * dy;
        if (best < 0 || d < bestD) {
            best = i;
            bestD = d;
        }
    }
    return best;
}

QString stemOf(const QString &name)
{
    for (const char *suffix : {"瑶族乡", "街道", "镇", "乡"}) {
        const QString s = QString::fromUtf8(suffix);
        if (name.endsWith(s) && name.size() > s.size())
            return name.left(name.size() - s.size());
    }
    return name;
}

QByteArray code3(int n)
{
    return QByteArray::number(n).rightJustified(3, '0');
}

int scaled(int base, double factor)
{
    return int(std::lround(base * factor));
}

struct Names
{
    QSet<QString> used;

    QString village(DemoRandom &rng, const DemoCountySpec &spec)
    {
        const QString &first = spec.villageFirst;
        const QString &second = spec.villageSecond;
        const QString &families = spec.villageFamilies;
        QString name;
        for (int attempt = 0; attempt < 200; ++attempt) {
            const double form = rng.uniform();
            if (form < 0.2) {
                name = QString(families.at(qsizetype(rng.below(quint64(families.size())))))
                       + QStringLiteral("家")
                       + second.at(qsizetype(rng.below(quint64(second.size()))));
            } else {
                name = QString(first.at(qsizetype(rng.below(quint64(first.size())))))
                       + second.at(qsizetype(rng.below(quint64(second.size()))));
                if (attempt > 60)   // running out of two-character names: 上/下/新 forms
                    name = QString(QStringLiteral("上下新大小").at(qsizetype(rng.below(5))))
                           + name;
            }
            name += QStringLiteral("村");
            if (!used.contains(name))
                break;
        }
        const QString base = name.chopped(1);
        for (int k = 2; used.contains(name); ++k)
            name = base + chineseNumber(k) + QStringLiteral("村");
        used.insert(name);
        return name;
    }

    QString community(const QStringList &pool, int &next, const QString &stem)
    {
        QString name;
        do {
            const int i = next++;
            QString base = pool.at(i % pool.size());
            base.replace(QStringLiteral("{stem}"), stem);
            if (i >= pool.size())
                base += QStringLiteral("第") + chineseNumber(i / pool.size() + 1);
            name = base + QStringLiteral("社区");
        } while (used.contains(name));
        used.insert(name);
        return name;
    }
};

const DemoCountySpec::GridProfile &profileOf(const DemoCountySpec &spec, const DemoTownship &t,
                                             bool community)
{
    if (community)
        return t.urban ? spec.urbanCommunity : spec.townCommunity;
    return t.terrain == QLatin1String("mountain") ? spec.mountainVillage : spec.village;
}

DemoWriter::RegionRow regionRow(DemoContext &ctx, DemoRandom &rng, const KmFrame &frame,
                                const geo::MultiPolygon &kmShape, geo::Box *bboxOut = nullptr)
{
    DemoWriter::RegionRow row;
    row.id = ctx.newId(rng);
    const geo::MultiPolygon shape = frame.toLonLat(kmShape);
    geo::Box box;
    bg::envelope(shape, box);
    geo::Point c;
    bg::centroid(shape, c);
    row.areaKm2 = geo::areaKm2(shape);
    row.centroidLon = c.x();
    row.centroidLat = c.y();
    row.minLon = box.min_corner().x();
    row.minLat = box.min_corner().y();
    row.maxLon = box.max_corner().x();
    row.maxLat = box.max_corner().y();
    row.wkb = geo::toWkb(shape);
    row.updatedAt = ctx.dataTime;
    if (bboxOut)
        *bboxOut = box;
    return row;
}

} // namespace

void buildGeography(DemoContext &ctx)
{
    const DemoCountySpec &spec = ctx.spec;
    DemoRandom planRng = ctx.master.fork(1);
    DemoRandom shapeRng = ctx.master.fork(2);
    DemoRandom rowRng = ctx.master.fork(3);
    DemoRandom peopleRng = ctx.master.fork(4);
    const double factor = std::sqrt(ctx.gridScale);
    const QDate today = spec.end;
    Names names;

    // 1. Plan: codes, names, grids and population, before any shape (parents are written
    // before their children and need their totals).
    int streets = 0, towns = 0, xiang = 0;
    for (const DemoCountySpec::Township &st : spec.townships) {
        DemoTownship t;
        t.name = st.name;
        t.stem = stemOf(st.name);
        t.kind = st.kind;
        t.terrain = st.terrain;
        t.urban = st.kind == QStringLiteral("街道");
        int serial;
        if (t.urban)
            serial = 1 + streets++;
        else if (st.kind == QStringLiteral("乡"))
            serial = 201 + xiang++;
        else
            serial = 101 + towns++;
        t.code = ctx.countyCode.left(6) + code3(serial) + "000";
        t.surveyBase = st.surveyBase;
        t.surveyTrend = st.surveyTrend;
        int communities = std::min(199, scaled(st.communities, factor));
        int villages = std::min(799, scaled(st.villages, factor));
        if (communities + villages == 0) {
            if (st.communities > 0)
                communities = 1;
            else
                villages = 1;
        }
        t.firstVillage = int(ctx.villages.size());
        t.villageCount = communities + villages;
        const int townshipIndex = int(ctx.townships.size());
        int nextCommunity = 0;   // names already taken are skipped, so pools can restart
        for (int i = 0; i < t.villageCount; ++i) {
            DemoVillage v;
            v.township = townshipIndex;
            v.community = i < communities;
            v.urban = v.community;
            const int vSerial = v.community ? 1 + i : 200 + (i - communities);
            v.code = t.code.left(9) + code3(vSerial);
            if (v.community) {
                v.name = names.community(t.urban ? spec.urbanCommunities : spec.townCommunities,
                                         nextCommunity, t.stem);
            } else {
                v.name = names.village(planRng, spec);
            }
            const DemoCountySpec::GridProfile &prof = profileOf(spec, t, v.community);
            const int grids = std::clamp(
                scaled(planRng.range(prof.gridsMin, prof.gridsMax), factor), 1, 999);
            v.firstGrid = int(ctx.grids.size());
            v.gridCount = grids;
            for (int g = 0; g < grids; ++g) {
                DemoGrid grid;
                grid.village = int(ctx.villages.size());
                grid.code = v.code + code3(g + 1);
                grid.households = planRng.range(prof.householdsMin, prof.householdsMax);
                grid.population = int(std::lround(
                    grid.households * planRng.uniform(prof.personsMin, prof.personsMax)));
                v.population += grid.population;
                v.households += grid.households;
                ctx.grids.push_back(std::move(grid));
            }
            v.surveyEffect = 0.25 * planRng.normal();
            t.population += v.population;
            t.households += v.households;
            ctx.villages.push_back(std::move(v));
        }
        ctx.townships.push_back(std::move(t));
    }
    qint64 countyPopulation = 0, countyHouseholds = 0;
    for (const DemoTownship &t : ctx.townships) {
        countyPopulation += t.population;
        countyHouseholds += t.households;
    }

    // 2. Where everything is. Townships, villages and grids are nested nearest-site regions
    // inside the county outline: townships by township seats, villages by village sites within
    // a township, grids by grid sites within a village. The shapes are then the cells of one
    // Voronoi tessellation of all grid sites and their exact unions (see geo::VoronoiTessellation).
    KmFrame frame;
    frame.lon0 = spec.seatLon;
    frame.lat0 = spec.seatLat;
    frame.ky = kKmPerDegree;
    frame.kx = kKmPerDegree * std::cos(spec.seatLat * M_PI / 180.0);

    const geo::Polygon outline = countyOutline(shapeRng, spec);
    geo::Box outlineBox;
    bg::envelope(outline, outlineBox);
    auto inCounty = [&](const geo::Point &p) { return bg::within(p, outline); };
    auto randomInBox = [&](const geo::Box &box) {
        return geo::Point(shapeRng.uniform(box.min_corner().x(), box.max_corner().x()),
                          shapeRng.uniform(box.min_corner().y(), box.max_corner().y()));
    };

    std::vector<geo::Point> townshipSites;
    std::vector<int> allTownships;
    for (size_t i = 0; i < spec.townships.size(); ++i) {
        const DemoCountySpec::Township &st = spec.townships[i];
        const double angle = (st.angleDeg + shapeRng.uniform(-4, 4)) * M_PI / 180.0;
        const double d = reach(outline, angle)
                         * std::clamp(st.radius * shapeRng.uniform(0.93, 1.07), 0.0, 0.95);
        geo::Point p(d * std::cos(angle), d * std::sin(angle));
        while (!inCounty(p))
            p = randomInBox(outlineBox);
        townshipSites.push_back(p);
        allTownships.push_back(int(i));
    }
    auto townshipOf = [&](const geo::Point &p) { return nearest(townshipSites, allTownships, p); };

    std::vector<geo::Point> villageSites(ctx.villages.size());
    std::vector<geo::Point> gridSites(ctx.grids.size());
    const double countyArea = bg::area(outline);
    double gridsDone = 0;
    const double totalGrids = double(ctx.grids.size());
    for (size_t ti = 0; ti < ctx.townships.size(); ++ti) {
        const DemoTownship &t = ctx.townships[ti];
        // Sample points of the township: for village sites and their relaxation.
        const int wanted = std::max(200, 40 * t.villageCount);
        std::vector<geo::Point> samples;
        geo::Box box;
        bg::assign_inverse(box);
        int tries = 0;
        while (int(samples.size()) < wanted && tries < 400 * wanted) {
            ++tries;
            const geo::Point p = randomInBox(outlineBox);
            if (townshipOf(p) == int(ti) && inCounty(p)) {
                samples.push_back(p);
                bg::expand(box, p);
            }
        }
        if (samples.empty()) {
            samples.push_back(townshipSites[ti]);
            bg::expand(box, townshipSites[ti]);
        }
        const double area = bg::area(outlineBox) * double(samples.size()) / std::max(1, tries);

        // Village sites: communities round the township seat (fixed), villages spread out and
        // relaxed (Lloyd's algorithm on the samples).
        std::vector<int> members;
        std::vector<bool> fixed;
        for (int k = 0; k < t.villageCount; ++k) {
            const int vi = t.firstVillage + k;
            const DemoVillage &v = ctx.villages[size_t(vi)];
            geo::Point p = samples[shapeRng.below(samples.size())];
            bool pinned = false;
            if (v.community) {
                // Town seats are small; a sub-district's communities fill its built-up core.
                const double rad = (t.urban ? 0.3 : 0.1) * std::sqrt(area);
                for (int attempt = 0; attempt < 200; ++attempt) {
                    const double a = shapeRng.uniform(0, 2 * M_PI);
                    const double d = rad * std::sqrt(shapeRng.uniform());
                    const geo::Point q(townshipSites[ti].x() + d * std::cos(a),
                                       townshipSites[ti].y() + d * std::sin(a));
                    if (townshipOf(q) == int(ti) && inCounty(q)) {
                        p = q;
                        pinned = true;
                        break;
                    }
                }
            }
            villageSites[size_t(vi)] = p;
            members.push_back(vi);
            fixed.push_back(pinned);
        }
        std::vector<int> owner(samples.size());
        for (int iteration = 0; iteration < 4; ++iteration) {
            std::vector<double> sx(members.size()), sy(members.size());
            std::vector<int> n(members.size());
            for (size_t s = 0; s < samples.size(); ++s) {
                const int k = nearest(villageSites, members, samples[s]) - t.firstVillage;
                owner[s] = k;
                sx[size_t(k)] += samples[s].x();
                sy[size_t(k)] += samples[s].y();
                ++n[size_t(k)];
            }
            if (iteration == 3)
                break;
            for (size_t k = 0; k < members.size(); ++k) {
                if (fixed[k] || n[k] == 0)
                    continue;
                const geo::Point c(sx[k] / n[k], sy[k] / n[k]);
                if (townshipOf(c) == int(ti) && inCounty(c))
                    villageSites[size_t(members[k])] = c;
            }
        }

        // Grid sites: uniform in each village's region.
        for (size_t k = 0; k < members.size(); ++k) {
            const int vi = members[k];
            const DemoVillage &v = ctx.villages[size_t(vi)];
            geo::Box vbox;
            bg::assign_inverse(vbox);
            bg::expand(vbox, villageSites[size_t(vi)]);
            for (size_t s = 0; s < samples.size(); ++s) {
                if (owner[s] == int(k))
                    bg::expand(vbox, samples[s]);
            }
            // Widen by about one sample spacing: samples only approximate the region.
            const double pad = 1.5 * std::sqrt(area / samples.size());
            vbox.min_corner().x(vbox.min_corner().x() - pad);
            vbox.min_corner().y(vbox.min_corner().y() - pad);
            vbox.max_corner().x(vbox.max_corner().x() + pad);
            vbox.max_corner().y(vbox.max_corner().y() + pad);
            for (int g = 0; g < v.gridCount; ++g) {
                geo::Point p = villageSites[size_t(vi)];
                bool found = false;
                for (int attempt = 0; attempt < 3000 && !found; ++attempt) {
                    const geo::Point q = randomInBox(vbox);
                    if (nearest(villageSites, members, q) != vi || townshipOf(q) != int(ti)
                        || !inCounty(q))
                        continue;
                    found = true;
                    for (int h = 0; h < g && found; ++h) {
                        const geo::Point &o = gridSites[size_t(v.firstGrid + h)];
                        found = std::abs(o.x() - q.x()) + std::abs(o.y() - q.y()) > 1e-4;
                    }
                    if (found)
                        p = q;
                }
                if (!found)   // a sliver of a village: crowd round its site
                    p = geo::Point(p.x() + 1e-3 * (g + 1), p.y() + 7e-4 * (g + 1));
                gridSites[size_t(v.firstGrid + g)] = p;
            }
            gridsDone += v.gridCount;
        }
        ctx.progress(1, 12, gridsDone / std::max(1.0, totalGrids),
                     QT_TRANSLATE_NOOP("DemoGenerator", "Placing villages and grids"));
    }

    // Helper sites just outside the outline so border cells follow it.
    const double spacing = std::clamp(std::sqrt(countyArea / std::max(1.0, totalGrids)), 0.05, 0.35);
    std::vector<geo::Point> sites = gridSites;
    {
        const auto &ring = outline.outer();
        const double ox = spec.outlineOffsetXKm, oy = spec.outlineOffsetYKm;
        for (size_t i = 0; i + 1 < ring.size(); ++i) {
            const geo::Point &a = ring[i], &b = ring[i + 1];
            const double len = std::hypot(b.x() - a.x(), b.y() - a.y());
            const int steps = std::max(1, int(len / spacing));
            for (int s = 0; s < steps; ++s) {
                const double f = double(s) / steps;
                const double x = a.x() + f * (b.x() - a.x()), y = a.y() + f * (b.y() - a.y());
                const double rx = x - ox, ry = y - oy, r = std::hypot(rx, ry);
                for (double offset : {0.5 * spacing, 2.5 * spacing + 1.0}) {
                    if (offset > 0.6 * spacing && s % 4)
                        continue;
                    sites.emplace_back(x + rx / r * offset, y + ry / r * offset);
                }
            }
        }
    }
    geo::Box extent = outlineBox;
    for (int iteration = 0; iteration < 2; ++iteration) {
        const geo::VoronoiTessellation relax(sites, extent);
        for (size_t g = 0; g < gridSites.size(); ++g) {
            if (!relax.hasCell(g))
                continue;
            const geo::Point c = relax.centroid(g);
            if (inCounty(c))
                sites[g] = c;
        }
        ctx.progress(12, 16, (iteration + 1) / 3.0,
                     QT_TRANSLATE_NOOP("DemoGenerator", "Drawing grids"));
    }
    const geo::VoronoiTessellation cells(sites, extent);
    for (size_t g = 0; g < gridSites.size(); ++g) {
        gridSites[g] = sites[g];
        if (!cells.hasCell(g))
            throw std::runtime_error("demo county: a grid got no cell");
    }

    // 3. Rows, written top-down (a child's parent must exist).
    {
        std::vector<int> all(ctx.grids.size());
        for (size_t g = 0; g < all.size(); ++g)
            all[g] = int(g);
        DemoWriter::RegionRow row = regionRow(ctx, rowRng, frame, cells.unite(all));
        row.code = ctx.countyCode;
        row.name = spec.countyName.toUtf8();
        row.kind = QByteArrayLiteral("县");
        row.level = 0;
        row.population = countyPopulation;
        row.households = countyHouseholds;
        ctx.writer.insert(row);
        ++ctx.regionsWritten;
    }

    gridsDone = 0;
    for (size_t ti = 0; ti < ctx.townships.size(); ++ti) {
        DemoTownship &t = ctx.townships[ti];
        const DemoVillage &firstVillage = ctx.villages[size_t(t.firstVillage)];
        const DemoVillage &lastVillage = ctx.villages[size_t(t.firstVillage + t.villageCount - 1)];
        std::vector<int> townshipGrids;
        for (int g = firstVillage.firstGrid; g < lastVillage.firstGrid + lastVillage.gridCount; ++g)
            townshipGrids.push_back(g);
        // The seat: the grid site nearest the township's seat point.
        const int seatGrid = nearest(gridSites, townshipGrids, townshipSites[ti]);
        const geo::Point seat = frame.toLonLat(gridSites[size_t(seatGrid)]);
        t.lon = seat.x();
        t.lat = seat.y();
        {
            DemoWriter::RegionRow row = regionRow(ctx, rowRng, frame, cells.unite(townshipGrids));
            row.code = t.code;
            row.name = t.name.toUtf8();
            row.kind = t.kind.toUtf8();
            row.level = 1;
            row.parentCode = ctx.countyCode;
            row.urban = t.urban;
            row.population = t.population;
            row.households = t.households;
            ctx.writer.insert(row);
            ++ctx.regionsWritten;
        }

        for (int k = 0; k < t.villageCount; ++k) {
            DemoVillage &v = ctx.villages[size_t(t.firstVillage + k)];
            std::vector<int> villageGrids;
            for (int g = 0; g < v.gridCount; ++g)
                villageGrids.push_back(v.firstGrid + g);
            const geo::Point inside = frame.toLonLat(gridSites[size_t(v.firstGrid)]);
            v.lon = inside.x();
            v.lat = inside.y();
            for (int s = 0; s < 3; ++s)
                v.spots.push_back(frame.toLonLat(
                    gridSites[size_t(v.firstGrid + int(shapeRng.below(quint64(v.gridCount))))]));
            {
                DemoWriter::RegionRow row = regionRow(ctx, rowRng, frame, cells.unite(villageGrids));
                row.code = v.code;
                row.name = v.name.toUtf8();
                row.kind = v.community ? QByteArray("社区") : QByteArray("村");
                row.level = 2;
                row.parentCode = t.code;
                row.urban = v.urban;
                row.population = v.population;
                row.households = v.households;
                ctx.writer.insert(row);
                ++ctx.regionsWritten;
            }

            for (int g = 0; g < v.gridCount; ++g) {
                DemoGrid &grid = ctx.grids[size_t(v.firstGrid + g)];
                geo::MultiPolygon shape;
                shape.push_back(cells.cell(size_t(v.firstGrid + g)));
                geo::Box gbox;
                DemoWriter::RegionRow row = regionRow(ctx, rowRng, frame, shape, &gbox);
                const geo::Point inside = frame.toLonLat(gridSites[size_t(v.firstGrid + g)]);
                grid.lon = inside.x();
                grid.lat = inside.y();
                grid.halfLon = (gbox.max_corner().x() - gbox.min_corner().x()) / 2;
                grid.halfLat = (gbox.max_corner().y() - gbox.min_corner().y()) / 2;

                const DemoPeople::Person worker = ctx.people.person(peopleRng, 24, 56, today);
                grid.workerId = ctx.newId(peopleRng);
                grid.workerName = worker.name;

                row.code = grid.code;
                row.name = (v.name + QStringLiteral("第") + chineseNumber(g + 1)
                             + QStringLiteral("网格")).toUtf8();
                row.kind = QByteArray("网格");
                row.level = 3;
                row.parentCode = v.code;
                row.urban = v.urban;
                row.population = grid.population;
                row.households = grid.households;
                ctx.writer.insert(row);
                ++ctx.regionsWritten;

                DemoWriter::PersonRow person;
                person.id = grid.workerId;
                person.name = worker.name.toUtf8();
                person.role = QByteArrayLiteral("grid_worker");
                person.gender = worker.male ? QByteArrayLiteral("male")
                                            : QByteArrayLiteral("female");
                person.phone = worker.phone;
                person.idCard = worker.idCard;
                person.regionCode = grid.code;
                person.updatedAt = ctx.dataTime;
                ctx.writer.insert(person);
                ctx.writer.setRegionWorker(grid.code, grid.workerId);
            }
            gridsDone += v.gridCount;
            ctx.progress(16, 30, gridsDone / std::max(1.0, totalGrids),
                         QT_TRANSLATE_NOOP("DemoGenerator", "Writing townships, villages and grids"));
        }
    }
}
