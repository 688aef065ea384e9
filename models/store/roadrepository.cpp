#include "roadrepository.h"

#include "database.h"
#include "storestatement.h"
#include "storeerror.h"

#include "domain/ids.h"

#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {

constexpr double kEarthRadiusM = 6371008.8;
constexpr quint32 kWkbLineString = 2;

double radians(double deg)
{
    return deg * M_PI / 180.0;
}

} // namespace

double RoadRepository::lengthMetres(const coverage::RoadNetwork::Line &line)
{
    double total = 0;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const double lat1 = radians(line[i - 1].lat);
        const double lat2 = radians(line[i].lat);
        const double dLat = lat2 - lat1;
        const double dLon = radians(line[i].lon - line[i - 1].lon);
        const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
            + std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
        total += 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
    }
    return total;
}

QByteArray RoadRepository::toWkb(const coverage::RoadNetwork::Line &line)
{
    QByteArray out;
    out.resize(1 + 4 + 4 + qsizetype(line.size()) * 16);
    char *p = out.data();
    *p++ = 1; // little-endian
    qToLittleEndian<quint32>(kWkbLineString, p);
    p += 4;
    qToLittleEndian<quint32>(quint32(line.size()), p);
    p += 4;
    for (const coverage::LonLat &v : line) {
        qToLittleEndian<double>(v.lon, p);
        qToLittleEndian<double>(v.lat, p + 8);
        p += 16;
    }
    return out;
}

bool RoadRepository::fromWkb(const char *data, std::size_t size, coverage::RoadNetwork::Line *line)
{
    line->clear();
    if (size < 9 || (data[0] != 0 && data[0] != 1))
        return false;
    const bool little = data[0] == 1;
    auto u32 = [little](const char *p) {
        return little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    };
    auto f64 = [little](const char *p) {
        return little ? qFromLittleEndian<double>(p) : qFromBigEndian<double>(p);
    };
    if (u32(data + 1) != kWkbLineString)
        return false;
    const quint32 n = u32(data + 5);
    if (size != 9 + std::size_t(n) * 16)
        return false;
    line->reserve(n);
    for (quint32 i = 0; i < n; ++i) {
        const char *p = data + 9 + std::size_t(i) * 16;
        line->push_back({f64(p), f64(p + 8)});
    }
    return true;
}

qint64 RoadRepository::nextRevision(qint64 now) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT max(rev) FROM road"));
    Database::exec(q);
    const qint64 highest = q.next() ? q.value(0).toLongLong() : 0;
    return std::max<qint64>(HybridClock::fromMillis(now), highest + 1);
}

int RoadRepository::removeAll(const QString &actor, qint64 now, qint64 rev)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE road SET deleted = 1, rev = ?, origin = ?, updated_at = ?, updated_by = ? "
        "WHERE deleted = 0"));
    q.addBindValue(rev);
    q.addBindValue(m_db.nodeId());
    q.addBindValue(now);
    q.addBindValue(actor);
    Database::exec(q);
    return q.numRowsAffected();
}

QString RoadRepository::insert(const Road &road, const QString &actor, qint64 now, qint64 rev)
{
    if (road.points.size() < 2)
        throw StoreError(QStringLiteral("road '%1': a line needs two vertices").arg(road.name));
    double minLon = road.points.front().lon, maxLon = minLon;
    double minLat = road.points.front().lat, maxLat = minLat;
    for (const coverage::LonLat &v : road.points) {
        minLon = std::min(minLon, v.lon);
        maxLon = std::max(maxLon, v.lon);
        minLat = std::min(minLat, v.lat);
        maxLat = std::max(maxLat, v.lat);
    }
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO road (id, name, kind, geom, length_m, min_lon, min_lat, max_lon, max_lat, "
        "rev, origin, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString id = newUuid();
    q.addBindValue(id);
    // A null QString binds as NULL; the columns hold '' for "none".
    q.addBindValue(road.name.isNull() ? QStringLiteral("") : road.name);
    q.addBindValue(road.kind.isNull() ? QStringLiteral("") : road.kind);
    q.addBindValue(toWkb(road.points));
    q.addBindValue(lengthMetres(road.points));
    q.addBindValue(minLon);
    q.addBindValue(minLat);
    q.addBindValue(maxLon);
    q.addBindValue(maxLat);
    q.addBindValue(rev);
    q.addBindValue(m_db.nodeId());
    q.addBindValue(now);
    q.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
    Database::exec(q);
    return id;
}

std::vector<RoadRepository::Road> RoadRepository::roads() const
{
    // SQLite's own API on a file: a network can hold tens of thousands of lines.
    StoreStatement s(m_db,
                     "SELECT name, kind, geom FROM road WHERE deleted = 0 ORDER BY rid");
    std::vector<Road> out;
    while (s.next()) {
        Road r;
        r.name = s.string(0);
        r.kind = s.string(1);
        const std::string_view wkb = s.text(2); // a blob's bytes as they are
        if (!fromWkb(wkb.data(), wkb.size(), &r.points) || r.points.size() < 2)
            continue;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<coverage::RoadNetwork::Line> RoadRepository::lines() const
{
    StoreStatement s(m_db, "SELECT geom FROM road WHERE deleted = 0 ORDER BY rid");
    std::vector<coverage::RoadNetwork::Line> out;
    coverage::RoadNetwork::Line line;
    while (s.next()) {
        const std::string_view wkb = s.text(0);
        if (fromWkb(wkb.data(), wkb.size(), &line) && line.size() >= 2)
            out.push_back(std::move(line));
    }
    return out;
}

RoadRepository::Summary RoadRepository::summary() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum(length_m), 0) FROM road WHERE deleted = 0"));
    Database::exec(q);
    Summary s;
    if (q.next()) {
        s.lines = q.value(0).toLongLong();
        s.lengthKm = q.value(1).toDouble() / 1000.0;
    }
    return s;
}
