#include "mappointsrepository.h"

#include "database.h"

#include <QSqlQuery>

QList<MapPointsRepository::Platform> MapPointsRepository::platforms() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, name, kind, lon, lat FROM platform "
        "WHERE deleted = 0 AND (retired_on IS NULL OR retired_on = '') ORDER BY code"));
    Database::exec(q);
    QList<Platform> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    QPointF(q.value(3).toDouble(), q.value(4).toDouble())});
    }
    return out;
}

QList<MapPointsRepository::GridDisputes> MapPointsRepository::openDisputesByGrid() const
{
    // The same "unfinished" as the dispute queues: everything not closed or withdrawn.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT grid_code, count(*), sum(is_major) FROM dispute "
        "WHERE deleted = 0 AND status NOT IN ('closed', 'withdrawn') "
        "GROUP BY grid_code ORDER BY grid_code"));
    Database::exec(q);
    QList<GridDisputes> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

QList<QPointF> MapPointsRepository::incidentsSince(qint64 sinceMs) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT lon, lat FROM incident WHERE deleted = 0 AND called_at >= ? "
        "AND lon IS NOT NULL AND lat IS NOT NULL"));
    q.addBindValue(sinceMs);
    Database::exec(q);
    QList<QPointF> out;
    while (q.next())
        out << QPointF(q.value(0).toDouble(), q.value(1).toDouble());
    return out;
}
