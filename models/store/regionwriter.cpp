#include "regionwriter.h"

#include "database.h"

#include "domain/ids.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

std::optional<RegionWriter::Stored> RegionWriter::byCode(const QString &code) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, code, name, level, parent_code, deleted, rev FROM region WHERE code = ?"));
    q.addBindValue(code);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    Stored s;
    s.id = q.value(0).toString();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.level = static_cast<RegionLevel>(q.value(3).toInt());
    s.parentCode = q.value(4).toString();
    s.deleted = q.value(5).toBool();
    s.rev = q.value(6).toLongLong();
    return s;
}

namespace {

// The columns compared to decide whether an import changes a row; the same order in both
// queries below.
const char kCompared[] = "rid, rev, name, geom, area_km2, centroid_lon, centroid_lat, min_lon, "
                         "min_lat, max_lon, max_lat, deleted";

bool sameAsStored(const QSqlQuery &q, const RegionWriter::Boundary &b)
{
    return q.value(2).toString() == b.name && q.value(3).toByteArray() == b.wkb
        && q.value(4).toDouble() == b.areaKm2 && q.value(5).toDouble() == b.centroid.x()
        && q.value(6).toDouble() == b.centroid.y() && q.value(7).toDouble() == b.bbox.left()
        && q.value(8).toDouble() == b.bbox.top() && q.value(9).toDouble() == b.bbox.right()
        && q.value(10).toDouble() == b.bbox.bottom() && !q.value(11).toBool();
}

} // namespace

RegionWriter::Outcome RegionWriter::plan(const Boundary &b) const
{
    QSqlQuery find = m_db.prepare(
        QStringLiteral("SELECT %1 FROM region WHERE code = ?").arg(QLatin1String(kCompared)));
    find.addBindValue(b.code);
    Database::exec(find);
    if (!find.next())
        return Outcome::Inserted;
    return sameAsStored(find, b) ? Outcome::Unchanged : Outcome::Updated;
}

RegionWriter::Outcome RegionWriter::upsert(const Boundary &b, const QString &actor, qint64 now)
{
    const QVariant parent = b.parentCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(b.parentCode);
    QSqlQuery find = m_db.prepare(
        QStringLiteral("SELECT %1 FROM region WHERE code = ?").arg(QLatin1String(kCompared)));
    find.addBindValue(b.code);
    Database::exec(find);
    if (!find.next()) {
        find.finish();
        QSqlQuery ins = m_db.prepare(QStringLiteral(
            "INSERT INTO region (id, code, name, level, kind, parent_code, urban, area_km2, "
            "centroid_lon, centroid_lat, min_lon, min_lat, max_lon, max_lat, geom, rev, origin, "
            "updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(newUuid()), QVariant(b.code), QVariant(b.name),
                                  QVariant(int(b.level)), QVariant(b.kind), parent,
                                  QVariant(b.urban ? 1 : 0), QVariant(b.areaKm2),
                                  QVariant(b.centroid.x()), QVariant(b.centroid.y()),
                                  QVariant(b.bbox.left()), QVariant(b.bbox.top()),
                                  QVariant(b.bbox.right()), QVariant(b.bbox.bottom()),
                                  QVariant(b.wkb), QVariant(qint64(HybridClock::fromMillis(now))),
                                  QVariant(m_db.nodeId()), QVariant(now), QVariant(actor)}) {
            ins.addBindValue(v);
        }
        Database::exec(ins);
        return Outcome::Inserted;
    }

    const qint64 rid = find.value(0).toLongLong();
    const qint64 rev = find.value(1).toLongLong();
    const bool same = sameAsStored(find, b);
    find.finish();
    if (same)
        return Outcome::Unchanged;

    QSqlQuery upd = m_db.prepare(QStringLiteral(
        "UPDATE region SET name = ?, geom = ?, area_km2 = ?, centroid_lon = ?, centroid_lat = ?, "
        "min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ?, deleted = 0, rev = ?, origin = ?, "
        "updated_at = ?, updated_by = ? WHERE rid = ? AND rev = ?"));
    const qint64 nextRev = std::max<qint64>(qint64(HybridClock::fromMillis(now)), rev + 1);
    for (const QVariant &v : {QVariant(b.name), QVariant(b.wkb), QVariant(b.areaKm2),
                              QVariant(b.centroid.x()), QVariant(b.centroid.y()),
                              QVariant(b.bbox.left()), QVariant(b.bbox.top()),
                              QVariant(b.bbox.right()), QVariant(b.bbox.bottom()),
                              QVariant(nextRev), QVariant(m_db.nodeId()), QVariant(now),
                              QVariant(actor), QVariant(rid), QVariant(rev)}) {
        upd.addBindValue(v);
    }
    Database::exec(upd);
    return Outcome::Updated;
}
