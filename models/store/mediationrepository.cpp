#include "mediationrepository.h"

#include "database.h"

#include <QSqlQuery>

QList<MediationBodyRow> MediationRepository::bodiesForGrid(const QString &gridCode) const
{
    // Codes: county 6 digits + 000000, township 9 + 000, village 12, grid 15.
    const QString village = gridCode.left(12);
    const QString township = gridCode.left(9) + QStringLiteral("000");
    const QString county = gridCode.left(6) + QStringLiteral("000000");
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT b.id, b.name, b.kind, b.level, b.region_code, "
        "  (SELECT count(*) FROM dispute d WHERE d.mediation_body_id = b.id "
        "   AND d.status IN ('routed', 'mediating')) "
        "FROM mediation_body b WHERE b.region_code IN (?, ?, ?) AND b.deleted = 0 "
        "ORDER BY b.level DESC, b.name"));
    q.addBindValue(village);
    q.addBindValue(township);
    q.addBindValue(county);
    Database::exec(q);
    QList<MediationBodyRow> out;
    while (q.next()) {
        out << MediationBodyRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toInt(), q.value(4).toString(), q.value(5).toInt()};
    }
    return out;
}

QList<MediatorRow> MediationRepository::mediators(const QString &bodyId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT p.id, p.name, (SELECT count(*) FROM dispute d WHERE d.mediator_id = p.id "
        "  AND d.status IN ('routed', 'mediating')) AS open "
        "FROM person p WHERE p.mediation_body_id = ? AND p.role = 'mediator' AND p.deleted = 0 "
        "ORDER BY open, p.name"));
    q.addBindValue(bodyId);
    Database::exec(q);
    QList<MediatorRow> out;
    while (q.next())
        out << MediatorRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    return out;
}
