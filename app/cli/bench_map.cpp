#include "bench.h"

#include "demo/demoprovince.h"
#include "geo/maprenderer.h"
#include "geo/mapscene.h"
#include "map/mapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cmath>

// Map benchmarks over a synthetic province of 400,000 grids (DemoProvince), each beside the
// naive way: one QGraphicsPolygonItem per grid in a QGraphicsScene, drawn by the scene.
namespace BenchMap {

namespace {

using BenchMath::median;
using BenchMath::worst;
using BenchMath::round2;

constexpr QSize kViewSize(1280, 800);

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// Choropleth-like fills: five classes spread over the grids.
std::shared_ptr<const std::vector<QRgb>> classFills(const geo::MapScene &scene)
{
    static const QRgb classes[] = {qRgb(0xff, 0xff, 0xb2), qRgb(0xfe, 0xcc, 0x5c),
                                   qRgb(0xfd, 0x8d, 0x3c), qRgb(0xf0, 0x3b, 0x20),
                                   qRgb(0xbd, 0x00, 0x26)};
    auto fills = std::make_shared<std::vector<QRgb>>(size_t(scene.featureCount()), 0u);
    QRandomGenerator random(7);
    for (int index : scene.featuresOf(RegionLevel::Grid))
        (*fills)[size_t(index)] = classes[random.bounded(5)];
    return fills;
}

} // namespace

QStringList names()
{
    return {QStringLiteral("map_frame_ms"), QStringLiteral("map_full_render_ms"),
            QStringLiteral("map_pick_us")};
}

void run(Bench &bench)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        bench.note(QStringLiteral("map benchmarks need a GUI application; skipped"));
        return;
    }
    const int grids = bench.options().quick ? 20000 : 400000;
    bench.note(QStringLiteral("building a synthetic province of %1 grids").arg(grids));
    QElapsedTimer build;
    build.start();
    const auto scene = DemoProvince::scene(grids);
    const double buildMs = msSince(build);
    bench.note(QStringLiteral("scene built in %1 ms: %2 grids, %3 villages, %4 townships, "
                              "%5 counties, %6 vertices")
                   .arg(qRound(buildMs))
                   .arg(scene->count(RegionLevel::Grid))
                   .arg(scene->count(RegionLevel::Village))
                   .arg(scene->count(RegionLevel::Township))
                   .arg(scene->count(RegionLevel::County))
                   .arg(scene->vertexCount(0)));

    geo::MapStyle style;
    style.fills = classFills(*scene);
    const geo::MapViewport full = geo::MapViewport::fitting(scene->extent(), kViewSize);

    // --- background render of the full extent --------------------------------------------
    QList<double> renders;
    geo::MapRenderStats stats;
    for (int i = 0; i < (bench.options().quick ? 2 : 5); ++i) {
        QElapsedTimer t;
        t.start();
        stats = {};
        const QImage image = geo::renderMap(*scene, style, nullptr, full, nullptr, &stats);
        renders << msSince(t);
        if (image.isNull())
            bench.note(QStringLiteral("render failed"));
    }

    // --- hit test -----------------------------------------------------------------------
    QRandomGenerator random(11);
    const QRectF extent = scene->extent();
    const int picks = bench.options().quick ? 20000 : 200000;
    std::vector<QPointF> points(static_cast<size_t>(picks));
    for (QPointF &p : points)
        p = QPointF(extent.left() + random.generateDouble() * extent.width(),
                    extent.top() + random.generateDouble() * extent.height());
    int hits = 0;
    QElapsedTimer pickClock;
    pickClock.start();
    for (const QPointF &p : points)
        hits += scene->pick(RegionLevel::Grid, p) >= 0;
    const double pickUs = pickClock.nsecsElapsed() / 1e3 / picks;

    // --- GUI-thread frames of the map view while panning and zooming -------------------
    QList<double> frames;
    int delivered = 0;
    {
        MapView view;
        view.resize(kViewSize);
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.show();
        view.setScene(scene);
        geo::MapStyle viewStyle = view.mapStyle();
        viewStyle.fills = style.fills;
        view.setMapStyle(viewStyle, {});
        QElapsedTimer wait;
        wait.start();
        while (view.rendersDelivered() == 0 && wait.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // A user's session: pans across the province, zooms into a town and out again, pans
        // at street level, zooms out to the whole province. Frames are paced at 60 Hz so
        // that the background renders run as they would.
        QList<std::function<void()>> steps;
        for (int i = 0; i < 40; ++i)
            steps << [&view, i] { view.panBy(QPointF(i % 20 < 10 ? 24 : -24, 9)); };
        for (int i = 0; i < 40; ++i)
            steps << [&view] { view.zoomAt(1.25, QPointF(700, 380)); };
        for (int i = 0; i < 40; ++i)
            steps << [&view, i] { view.panBy(QPointF(i % 20 < 10 ? -30 : 30, -12)); };
        for (int i = 0; i < 40; ++i)
            steps << [&view] { view.zoomAt(0.8, QPointF(500, 420)); };
        for (const auto &step : steps) {
            QElapsedTimer frame;
            frame.start();
            step();
            view.repaint();
            QCoreApplication::processEvents();
            const double ms = msSince(frame);
            frames << ms;
            if (ms < 16.7)
                QThread::usleep(static_cast<unsigned long>((16.7 - ms) * 1000));
        }
        wait.restart();
        while (!view.isRenderCurrent() && wait.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        delivered = view.rendersDelivered();
    }

    // --- the naive way: one QGraphicsPolygonItem per grid ---------------------------------
    bench.note(QStringLiteral("building the QGraphicsScene baseline"));
    QGraphicsScene naive;
    naive.setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    QElapsedTimer naiveBuild;
    naiveBuild.start();
    for (int index : scene->featuresOf(RegionLevel::Grid)) {
        const geo::MapScene::Feature &f = scene->feature(index);
        const auto [pts, n] = scene->ring(0, f.firstRing);
        auto *item = naive.addPolygon(QPolygonF(QList<QPointF>(pts, pts + n)),
                                      QPen(Qt::white, 0),
                                      QBrush(QColor::fromRgb((*style.fills)[size_t(index)])));
        item->setFlag(QGraphicsItem::ItemIsSelectable, false);
    }
    naive.setSceneRect(extent);
    const double naiveBuildMs = msSince(naiveBuild);
    QList<double> naiveFrames;
    QImage canvas(kViewSize, QImage::Format_ARGB32_Premultiplied);
    const QRectF source = full.mapRect();
    for (int i = 0; i < (bench.options().quick ? 2 : 3); ++i) {
        QElapsedTimer t;
        t.start();
        canvas.fill(Qt::white);
        QPainter p(&canvas);
        p.setRenderHint(QPainter::Antialiasing);
        naive.render(&p, QRectF(QPointF(0, 0), QSizeF(kViewSize)),
                     source.translated(i * 24 / full.scale, 0));
        p.end();
        naiveFrames << msSince(t);
    }
    const int naivePicks = std::min(picks, 20000);
    int naiveHits = 0;
    QElapsedTimer naivePick;
    naivePick.start();
    for (int i = 0; i < naivePicks; ++i)
        naiveHits += !naive.items(points[size_t(i)], Qt::IntersectsItemShape,
                                  Qt::DescendingOrder).isEmpty();
    const double naivePickUs = naivePick.nsecsElapsed() / 1e3 / naivePicks;
    int ourHits = 0;
    for (int i = 0; i < naivePicks; ++i)
        ourHits += scene->pick(RegionLevel::Grid, points[size_t(i)]) >= 0;

    const double frameMedian = median(frames);
    const double naiveFrame = median(naiveFrames);
    bench.report({QStringLiteral("map_frame_ms"), round2(frameMedian), QStringLiteral("ms"),
                  round2(naiveFrame),
                  QJsonObject {{QStringLiteral("worst"), round2(worst(frames))},
                               {QStringLiteral("frames"), int(frames.size())},
                               {QStringLiteral("grids"), scene->count(RegionLevel::Grid)},
                               {QStringLiteral("renders_delivered"), delivered},
                               {QStringLiteral("view"), QStringLiteral("1280x800")},
                               {QStringLiteral("speedup"), round2(naiveFrame / std::max(frameMedian, 1e-3))},
                               {QStringLiteral("baseline_is"),
                                QStringLiteral("QGraphicsScene with one QGraphicsPolygonItem per "
                                               "grid, one frame of the full extent (median)")},
                               {QStringLiteral("baseline_worst"), round2(worst(naiveFrames))},
                               {QStringLiteral("baseline_build_ms"), qRound(naiveBuildMs)},
                               {QStringLiteral("scene_build_ms"), qRound(buildMs)}}});
    const double renderMedian = median(renders);
    bench.report({QStringLiteral("map_full_render_ms"), round2(renderMedian), QStringLiteral("ms"),
                  round2(naiveFrame),
                  QJsonObject {{QStringLiteral("worst"), round2(worst(renders))},
                               {QStringLiteral("runs"), int(renders.size())},
                               {QStringLiteral("dots"), stats.dots},
                               {QStringLiteral("polygons"), stats.polygons},
                               {QStringLiteral("level_of_detail"), stats.levelOfDetail},
                               {QStringLiteral("speedup"), round2(naiveFrame / std::max(renderMedian, 1e-3))},
                               {QStringLiteral("baseline_is"),
                                QStringLiteral("QGraphicsScene::render of the full extent")}}});
    bench.report({QStringLiteral("map_pick_us"), round2(pickUs), QStringLiteral("us"),
                  round2(naivePickUs),
                  QJsonObject {{QStringLiteral("picks"), picks},
                               {QStringLiteral("hits"), hits},
                               {QStringLiteral("speedup"), round2(naivePickUs / std::max(pickUs, 1e-6))},
                               {QStringLiteral("same_hits_as_baseline"), ourHits == naiveHits},
                               {QStringLiteral("baseline_is"),
                                QStringLiteral("QGraphicsScene::items(point) over its BSP index")}}});
}

} // namespace BenchMap
