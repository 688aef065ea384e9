#pragma once

// Building blocks of the small hand-made counties the patrol tests use (unit and widget tests
// alike): square regions, platforms, and incidents with known response times.

#include "domain/platform.h"
#include "domain/region.h"
#include "geo/geometry.h"
#include "store/database.h"
#include "store/patrolrecords.h"
#include "store/platformrepository.h"
#include "store/regionwriter.h"

#include <QDateTime>
#include <QPointF>
#include <QRectF>

#include <boost/geometry/algorithms/correct.hpp>

#include <optional>

namespace PatrolFixture {

// A region drawn as the `serial`-th disjoint 0.01° square (shapes do not matter to response
// figures).
inline void squareRegion(RegionWriter &writer, const QString &code, const QString &name,
                         RegionLevel level, const QString &parent, int serial)
{
    const double lon = 110.0 + 0.02 * serial, lat = 25.0;
    geo::Polygon square;
    square.outer() = {{lon, lat}, {lon, lat + 0.01}, {lon + 0.01, lat + 0.01},
                      {lon + 0.01, lat}, {lon, lat}};
    boost::geometry::correct(square);
    const geo::MultiPolygon shape {square};
    RegionWriter::Boundary b;
    b.code = code;
    b.name = name;
    b.level = level;
    b.parentCode = parent;
    const char *const kinds[] = {"县", "镇", "村", "网格"};
    b.kind = QString::fromUtf8(kinds[int(level)]);
    b.wkb = geo::toWkb(shape);
    b.areaKm2 = geo::areaKm2(shape);
    b.centroid = QPointF(lon + 0.005, lat + 0.005);
    b.bbox = QRectF(lon, lat, 0.01, 0.01);
    writer.upsert(b, QStringLiteral("tester"), 0);
}

inline void platform(Database &db, const QString &code, const QString &name, PlatformKind kind,
                     const QString &region)
{
    PlatformInput in;
    in.code = code;
    in.name = name;
    in.kind = kind;
    in.regionCode = region;
    in.lon = 110.05;
    in.lat = 25.005;
    PlatformRepository(db).add(in, QStringLiteral("tester"));
}

// An incident called at local `called` ("yyyy-MM-dd HH:mm"), arriving `minutes` later (none:
// no arrival recorded).
inline RecordResult incident(Database &db, const QString &platform, const QString &grid,
                             const QString &called, std::optional<double> minutes)
{
    IncidentInput in;
    in.platformCode = platform;
    in.gridCode = grid;
    in.kind = QStringLiteral("help");
    in.calledAt = QDateTime::fromString(called, QStringLiteral("yyyy-MM-dd HH:mm"))
                      .toMSecsSinceEpoch();
    if (minutes)
        in.arrivedAt = in.calledAt + qint64(*minutes * 60000);
    return PatrolRecords(db).addIncident(in, QStringLiteral("tester"));
}

} // namespace PatrolFixture
