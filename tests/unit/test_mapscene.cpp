#include <catch2/catch.hpp>

#include "demo/demoprovince.h"
#include "geo/maprenderer.h"
#include "geo/mapscene.h"

#include <QPainterPath>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <set>

namespace {

QPolygonF square(double x, double y, double size)
{
    return QPolygonF({QPointF(x, y), QPointF(x + size, y), QPointF(x + size, y + size),
                      QPointF(x, y + size), QPointF(x, y)});
}

// Distance from p to the polyline.
double distanceTo(const QPointF &p, const QPointF *pts, int n)
{
    double best = 1e300;
    for (int i = 0; i + 1 < n; ++i) {
        const QPointF a = pts[i];
        const QPointF b = pts[i + 1];
        const QPointF d = b - a;
        const double len2 = QPointF::dotProduct(d, d);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0;
        const QPointF e = a + d * t - p;
        best = std::min(best, std::sqrt(QPointF::dotProduct(e, e)));
    }
    return best;
}

} // namespace

TEST_CASE("Picking finds the grid a brute-force containment test finds", "[mapscene]")
{
    const auto scene = DemoProvince::scene(6400, 3);
    REQUIRE(scene->count(RegionLevel::Grid) == 6400);
    REQUIRE(scene->count(RegionLevel::Village) == 400);
    REQUIRE(scene->count(RegionLevel::Township) == 16);
    REQUIRE(scene->count(RegionLevel::County) == 1);

    std::vector<QPainterPath> paths;
    for (int index : scene->featuresOf(RegionLevel::Grid))
        paths.push_back(scene->path(index));
    QRandomGenerator random(5);
    const QRectF extent = scene->extent();
    int inside = 0;
    for (int i = 0; i < 3000; ++i) {
        const QPointF p(extent.left() - 2 + random.generateDouble() * (extent.width() + 4),
                        extent.top() - 2 + random.generateDouble() * (extent.height() + 4));
        int expected = -1;
        for (size_t g = 0; g < paths.size(); ++g) {
            if (paths[g].contains(p)) {
                expected = scene->featuresOf(RegionLevel::Grid)[g];
                break;
            }
        }
        CHECK(scene->pick(RegionLevel::Grid, p) == expected);
        inside += expected >= 0;
    }
    CHECK(inside > 2500); // the points mostly fall on grids: the test looked at real hits
    // Every grid's label point lies in that grid, and its village is found one level up.
    for (int index : scene->featuresOf(RegionLevel::Grid)) {
        const geo::MapScene::Feature &f = scene->feature(index);
        REQUIRE(scene->pick(RegionLevel::Grid, f.labelAt) == index);
        const int village = scene->pick(RegionLevel::Village, f.labelAt);
        REQUIRE(village >= 0);
        CHECK(scene->feature(village).code == f.code.left(12));
    }
    CHECK(scene->pickDeepest(extent.topLeft() - QPointF(5, 5)) == -1);
}

TEST_CASE("The visible set is exactly the features whose bounds meet the view", "[mapscene]")
{
    const auto scene = DemoProvince::scene(6400, 4);
    const QRectF view(12.3, 20.7, 9.5, 6.25);
    std::vector<int> visible;
    scene->visible(RegionLevel::Grid, view, &visible);
    std::set<int> got(visible.begin(), visible.end());
    std::set<int> expected;
    for (int index : scene->featuresOf(RegionLevel::Grid)) {
        if (scene->feature(index).bounds.intersects(view))
            expected.insert(index);
    }
    CHECK(got == expected);
    CHECK(expected.size() > 40);
}

TEST_CASE("Coarser levels of detail keep fewer vertices and stay within their tolerance",
          "[mapscene]")
{
    const auto scene = DemoProvince::scene(1600, 2);
    for (int lod = 1; lod < geo::MapScene::kLevelsOfDetail; ++lod)
        CHECK(scene->vertexCount(lod) <= scene->vertexCount(lod - 1));
    CHECK(scene->vertexCount(geo::MapScene::kLevelsOfDetail - 1) < scene->vertexCount(0) / 2);
    // Every original vertex of a township outline lies within the tolerance of its
    // simplified outline, at every level where the outline survives.
    for (int index : scene->featuresOf(RegionLevel::Township)) {
        const geo::MapScene::Feature &f = scene->feature(index);
        const auto [full, n] = scene->ring(0, f.firstRing);
        for (int lod = 1; lod < geo::MapScene::kLevelsOfDetail; ++lod) {
            const auto [simple, m] = scene->ring(lod, f.firstRing);
            REQUIRE(m >= 4);
            double worst = 0;
            for (int i = 0; i < n; ++i)
                worst = std::max(worst, distanceTo(full[i], simple, m));
            CHECK(worst <= geo::MapScene::tolerance(lod) + 1e-9);
        }
    }
    // Half a pixel decides the level: zoomed far in, full detail; far out, the coarsest.
    CHECK(scene->levelOfDetail(1e5) == 0);
    CHECK(scene->levelOfDetail(0.5) == geo::MapScene::kLevelsOfDetail - 1);
}

TEST_CASE("A hole is not part of its region", "[mapscene]")
{
    geo::MapScene::Builder builder{geo::LocalProjection(QPointF(112, 28))};
    builder.addProjected(QStringLiteral("431199001001001"), QStringLiteral("A"), RegionLevel::Grid,
                         {square(0, 0, 10), square(3, 3, 4)});
    builder.addProjected(QStringLiteral("431199001001002"), QStringLiteral("B"), RegionLevel::Grid,
                         {square(3.5, 3.5, 3)});
    const auto scene = builder.build();
    CHECK(scene->feature(0).hasHoles);
    CHECK(scene->pick(RegionLevel::Grid, QPointF(1, 1)) == 0);
    CHECK(scene->pick(RegionLevel::Grid, QPointF(5, 5)) == 1);  // the island in the hole
    CHECK(scene->pick(RegionLevel::Grid, QPointF(3.2, 3.2)) == -1); // hole, not island
    CHECK(scene->pick(RegionLevel::Grid, QPointF(11, 5)) == -1);
    // The label of a region whose centre is a hole is still placed inside it.
    CHECK(scene->pick(RegionLevel::Grid, scene->feature(0).labelAt) >= 0);
}

TEST_CASE("The renderer fills each grid with its colour, tiny or large", "[mapscene]")
{
    const auto scene = DemoProvince::scene(6400, 6);
    auto fills = std::make_shared<std::vector<QRgb>>(size_t(scene->featureCount()), 0u);
    QRandomGenerator random(9);
    const QRgb palette[] = {qRgb(255, 255, 178), qRgb(253, 141, 60), qRgb(189, 0, 38)};
    for (int index : scene->featuresOf(RegionLevel::Grid))
        (*fills)[size_t(index)] = palette[random.bounded(3)];
    geo::MapStyle style;
    style.fills = fills;
    style.showLabels = false;
    style.showGrids = false; // no outlines over the fill
    style.showVillages = false;
    style.showTownships = false;

    // Whole province in a small image: grids are about one pixel (dots).
    const geo::MapViewport far = geo::MapViewport::fitting(scene->extent(), QSize(120, 120), 0);
    geo::MapRenderStats farStats;
    const QImage small = geo::renderMap(*scene, style, nullptr, far, nullptr, &farStats);
    REQUIRE(!small.isNull());
    CHECK(farStats.dots > 5000);
    // Zoomed in: grids are polygons tens of pixels wide.
    const int target = scene->featuresOf(RegionLevel::Grid)[3210];
    geo::MapViewport near;
    near.centre = scene->feature(target).labelAt;
    near.scale = 60;
    near.size = QSize(300, 300);
    geo::MapRenderStats nearStats;
    const QImage big = geo::renderMap(*scene, style, nullptr, near, nullptr, &nearStats);
    REQUIRE(!big.isNull());
    CHECK(nearStats.dots == 0);
    CHECK(nearStats.polygons > 10);
    // Every grid whose label point is in the picture shows its own colour there.
    int checked = 0;
    for (int index : scene->featuresOf(RegionLevel::Grid)) {
        const QPointF at = near.toScreen(scene->feature(index).labelAt);
        if (!QRectF(5, 5, 290, 290).contains(at))
            continue;
        CHECK(big.pixel(at.toPoint()) == (*fills)[size_t(index)]);
        ++checked;
    }
    CHECK(checked >= 10);
    // A region without data is grey.
    auto partial = std::make_shared<std::vector<QRgb>>(*fills);
    (*partial)[size_t(target)] = 0;
    style.fills = partial;
    const QImage grey = geo::renderMap(*scene, style, nullptr, near);
    CHECK(grey.pixel(near.toScreen(scene->feature(target).labelAt).toPoint())
          == style.noData.rgb());
}

TEST_CASE("A cancelled render returns no image", "[mapscene]")
{
    const auto scene = DemoProvince::scene(6400, 7);
    geo::MapStyle style;
    style.fills = geo::MapStyle::townshipTints(*scene);
    std::atomic<bool> cancel {true};
    geo::MapRenderStats stats;
    const QImage image = geo::renderMap(
        *scene, style, nullptr, geo::MapViewport::fitting(scene->extent(), QSize(800, 600)),
        &cancel, &stats);
    CHECK(image.isNull());
    CHECK(stats.cancelled);
}

TEST_CASE("Township tints colour every grid and village like its township", "[mapscene]")
{
    const auto scene = DemoProvince::scene(6400, 8);
    const auto tints = geo::MapStyle::townshipTints(*scene);
    std::set<QRgb> townshipColours;
    for (int t : scene->featuresOf(RegionLevel::Township))
        townshipColours.insert((*tints)[size_t(t)]);
    CHECK(townshipColours.size() >= 8);
    for (int g : scene->featuresOf(RegionLevel::Grid)) {
        const int township = scene->find(scene->feature(g).code.left(9) + QStringLiteral("000"));
        REQUIRE(township >= 0);
        REQUIRE((*tints)[size_t(g)] == (*tints)[size_t(township)]);
    }
}

TEST_CASE("Crowded points are gathered into one cluster and names are placed", "[mapscene]")
{
    // Clusters and icons: points in a crowded spot are gathered, not drawn one by one.
    const auto scene = DemoProvince::scene(1600, 9);
    geo::MapPoints points;
    const QPointF spot = scene->extent().center();
    for (int i = 0; i < 50; ++i)
        points.disputes.push_back({spot + QPointF(0.01 * i, 0.01 * i), geo::MapPoint::Dispute});
    points.platforms.push_back({spot + QPointF(5, 5), geo::MapPoint::Patrol});
    geo::MapStyle style;
    style.fills = geo::MapStyle::townshipTints(*scene);
    geo::MapRenderStats stats;
    const QImage image = geo::renderMap(
        *scene, style, &points, geo::MapViewport::fitting(scene->extent(), QSize(400, 400)),
        nullptr, &stats);
    REQUIRE(!image.isNull());
    CHECK(stats.clusters == 1);
    CHECK(stats.labels > 0);
}

TEST_CASE("A store with outlines down to townships only is coloured at township level",
          "[mapscene]")
{
    geo::MapScene::Builder builder{geo::LocalProjection(QPointF(108.9, 34.27))};
    builder.addProjected(QStringLiteral("610104001000"), QStringLiteral("青年路街道"),
                         RegionLevel::Township, {square(0, 0, 2)});
    builder.addProjected(QStringLiteral("610104002000"), QStringLiteral("北院门街道"),
                         RegionLevel::Township, {square(2, 0, 2)});
    const auto scene = builder.build();
    geo::MapStyle style; // fill level: grid, of which there are none
    style.fills = geo::MapStyle::townshipTints(*scene);
    style.showLabels = false;
    const geo::MapViewport vp = geo::MapViewport::fitting(scene->extent(), QSize(200, 120));
    const QImage image = geo::renderMap(*scene, style, nullptr, vp);
    REQUIRE(!image.isNull());
    CHECK(image.pixel(vp.toScreen(QPointF(0.6, 1)).toPoint()) == (*style.fills)[0]);
    CHECK(image.pixel(vp.toScreen(QPointF(3.4, 1)).toPoint()) == (*style.fills)[1]);
    CHECK((*style.fills)[0] != (*style.fills)[1]);
}
