#include "mapsceneloader.h"

#include "store/mappointsrepository.h"
#include "store/regionrepository.h"

#include <QRandomGenerator>

namespace MapSceneLoader {

std::shared_ptr<const geo::MapScene> regions(const RegionRepository &repo)
{
    QList<Region> all;
    for (RegionLevel level :
         {RegionLevel::County, RegionLevel::Township, RegionLevel::Village, RegionLevel::Grid}) {
        RegionRepository::Query query;
        query.level = level;
        query.withGeometry = true;
        all += repo.list(query);
    }
    QRectF extent;
    for (const Region &r : all) {
        if (r.bbox.isValid())
            extent = extent.isNull() ? r.bbox : extent.united(r.bbox);
    }
    geo::MapScene::Builder builder{geo::LocalProjection(extent.center())};
    for (const Region &r : all) {
        if (!r.wkb.isEmpty())
            builder.add(r.code, r.name, r.level, geo::wkbToPolygons(r.wkb), r.centroid);
    }
    return builder.build();
}

std::shared_ptr<const geo::MapPoints> points(Database &db, const geo::MapScene &scene,
                                             qint64 nowMs)
{
    auto out = std::make_shared<geo::MapPoints>();
    MapPointsRepository repo(db);
    const geo::LocalProjection &projection = scene.projection();
    for (const MapPointsRepository::Platform &p : repo.platforms()) {
        geo::MapPoint point;
        point.at = projection.project(p.lonLat);
        point.kind = p.kind == QLatin1String("rapid_police") ? geo::MapPoint::RapidPolice
            : p.kind == QLatin1String("patrol")              ? geo::MapPoint::Patrol
                                                             : geo::MapPoint::CommunityWatch;
        out->platforms.push_back(point);
        out->platformIds.push_back(p.id);
    }
    for (const MapPointsRepository::GridDisputes &g : repo.openDisputesByGrid()) {
        const int index = scene.find(g.gridCode);
        if (index < 0)
            continue;
        const geo::MapScene::Feature &f = scene.feature(index);
        // Seeded by the grid code, so the points stay put between loads.
        QRandomGenerator random(quint32(qHash(g.gridCode)));
        for (int i = 0; i < g.open; ++i) {
            geo::MapPoint point;
            point.kind = i < g.major ? geo::MapPoint::MajorDispute : geo::MapPoint::Dispute;
            point.at = f.labelAt;
            for (int attempt = 0; attempt < 12; ++attempt) {
                const QPointF candidate(f.bounds.left() + random.generateDouble() * f.bounds.width(),
                                        f.bounds.top() + random.generateDouble() * f.bounds.height());
                if (scene.pick(RegionLevel::Grid, candidate) == index) {
                    point.at = candidate;
                    break;
                }
            }
            out->disputes.push_back(point);
        }
    }
    constexpr qint64 kThirtyDaysMs = 30LL * 24 * 3600 * 1000;
    for (const QPointF &lonLat : repo.incidentsSince(nowMs - kThirtyDaysMs)) {
        geo::MapPoint point;
        point.kind = geo::MapPoint::Incident;
        point.at = projection.project(lonLat);
        out->incidents.push_back(point);
    }
    return out;
}

} // namespace MapSceneLoader
