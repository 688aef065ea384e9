#include "regionrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace {

QString columns(bool withGeometry)
{
    QString cols = QStringLiteral(
        "id, code, name, level, kind, parent_code, urban, population, households, area_km2, "
        "centroid_lon, centroid_lat, min_lon, min_lat, max_lon, max_lat, worker_id");
    if (withGeometry)
        cols += QStringLiteral(", geom");
    return cols;
}

Region readRegion(const QSqlQuery &q, bool withGeometry)
{
    Region r;
    r.id = q.value(0).toString();
    r.code = q.value(1).toString();
    r.name = q.value(2).toString();
    r.level = static_cast<RegionLevel>(q.value(3).toInt());
    r.kind = q.value(4).toString();
    r.parentCode = q.value(5).toString();
    r.urban = q.value(6).toBool();
    r.population = q.value(7).toLongLong();
    r.households = q.value(8).toLongLong();
    r.areaKm2 = q.value(9).toDouble();
    r.centroid = QPointF(q.value(10).toDouble(), q.value(11).toDouble());
    if (!q.value(12).isNull()) {
        r.bbox = QRectF(QPointF(q.value(12).toDouble(), q.value(13).toDouble()),
                        QPointF(q.value(14).toDouble(), q.value(15).toDouble()));
    }
    r.workerId = q.value(16).toString();
    if (withGeometry)
        r.wkb = q.value(17).toByteArray();
    return r;
}

} // namespace

QList<Region> RegionRepository::list(const Query &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM region WHERE deleted = 0")
                      .arg(columns(query.withGeometry));
    if (query.level)
        sql += QStringLiteral(" AND level = :level");
    if (!query.parentCode.isEmpty())
        sql += QStringLiteral(" AND parent_code = :parent");
    sql += QStringLiteral(" ORDER BY code");
    QSqlQuery q = m_db.prepare(sql);
    if (query.level)
        q.bindValue(QStringLiteral(":level"), static_cast<int>(*query.level));
    if (!query.parentCode.isEmpty())
        q.bindValue(QStringLiteral(":parent"), query.parentCode);
    Database::exec(q);
    QList<Region> out;
    while (q.next())
        out << readRegion(q, query.withGeometry);
    return out;
}

std::optional<Region> RegionRepository::byCode(const QString &code, bool withGeometry) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM region WHERE code = ? AND deleted = 0").arg(columns(withGeometry)));
    q.addBindValue(code);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readRegion(q, withGeometry);
}

std::optional<Region> RegionRepository::county() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT %1 FROM region WHERE level = 0 AND deleted = 0 ORDER BY code LIMIT 1")
                                   .arg(columns(false)));
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readRegion(q, false);
}

qint64 RegionRepository::count(RegionLevel level) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM region WHERE level = ? AND deleted = 0"));
    q.addBindValue(static_cast<int>(level));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<Region> RegionRepository::children(const QString &parentCode, const QString &afterCode,
                                         int limit) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT %1 FROM region WHERE parent_code = :parent AND code > coalesce(:after, '') "
        "AND deleted = 0 ORDER BY code LIMIT :limit")
                                   .arg(columns(false)));
    q.bindValue(QStringLiteral(":parent"), parentCode);
    q.bindValue(QStringLiteral(":after"), afterCode);
    q.bindValue(QStringLiteral(":limit"), limit);
    Database::exec(q);
    QList<Region> out;
    while (q.next())
        out << readRegion(q, false);
    return out;
}

qint64 RegionRepository::countAll() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM region WHERE deleted = 0"));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}
