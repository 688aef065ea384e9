#include "platformrepository.h"

#include "accesscontrol.h"
#include "actorrole.h"
#include "userrepository.h"

#include "database.h"

#include "domain/ids.h"
#include "domain/permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlatformRepository", text);
}

using Kind = PlatformRefused::Kind;

const char kSelect[] =
    "SELECT p.id, p.rev, p.code, p.name, p.kind, p.region_code, coalesce(r.name, ''), p.lon, "
    "p.lat, p.staff, p.vehicles, p.volunteers, p.duty_hours, p.speed_kmh, p.opened_on, "
    "p.retired_on FROM platform p LEFT JOIN region r ON r.code = p.region_code "
    "WHERE p.deleted = 0 ";

Platform readRow(const QSqlQuery &q)
{
    Platform p;
    p.id = q.value(0).toString();
    p.rev = q.value(1).toLongLong();
    PlatformInput &in = p.input;
    in.code = q.value(2).toString();
    in.name = q.value(3).toString();
    in.kind = platformKindFromKey(q.value(4).toString()).value_or(PlatformKind::Patrol);
    in.regionCode = q.value(5).toString();
    p.regionName = q.value(6).toString();
    in.lon = q.value(7).toDouble();
    in.lat = q.value(8).toDouble();
    in.staff = q.value(9).toInt();
    in.vehicles = q.value(10).toInt();
    in.volunteers = q.value(11).toInt();
    in.dutyHours = q.value(12).toString();
    in.speedKmh = q.value(13).toDouble();
    in.openedOn = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    p.retiredOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    return p;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QList<Platform> PlatformRepository::all(bool withRetired) const
{
    QString sql = QString::fromLatin1(kSelect);
    if (!withRetired)
        sql += QStringLiteral("AND p.retired_on IS NULL ");
    sql += QStringLiteral("ORDER BY CASE p.kind WHEN 'rapid_police' THEN 0 WHEN 'patrol' THEN 1 "
                          "ELSE 2 END, p.code");
    QSqlQuery q = m_db.prepare(sql);
    Database::exec(q);
    QList<Platform> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

std::optional<Platform> PlatformRepository::byId(const QString &id) const
{
    QSqlQuery q = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("AND p.id = ?"));
    q.addBindValue(id);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

void PlatformRepository::checkActor(const QString &actor) const
{
    const ActorRole who = lookUpActorRole(m_db, actor);
    if (who.refused())
        throw PlatformRefused(Kind::Permission, who.refusal);
    if (!who.role)
        return;   // no accounts yet: a single-user desk
    // The matrix decides; a refusal is written to the audit log like every other.
    try {
        AccessControl(m_db).require(Session{actor, {}, *who.role, who.scopeCode},
                                    Permission::EditPlatforms, {}, QStringLiteral("platform"),
                                    QDateTime::currentMSecsSinceEpoch());
    } catch (const AccessRefused &) {
        throw PlatformRefused(Kind::Permission, tr("A %1 may not change the platform registry")
                                                    .arg(userRoleLabel(*who.role)));
    }
}

void PlatformRepository::checkStoreRules(const PlatformInput &input, const QString &id,
                                         QList<PlatformProblem> *problems) const
{
    if (!input.code.trimmed().isEmpty()) {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT name FROM platform WHERE code = ? AND id <> ?"));
        q.addBindValue(input.code);
        q.addBindValue(id);
        Database::exec(q);
        if (q.next())
            problems->append({QStringLiteral("code"),
                              tr("the code %1 is already %2's").arg(input.code,
                                                                     q.value(0).toString())});
    }
    if (!input.regionCode.trimmed().isEmpty()) {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT level FROM region WHERE code = ? AND deleted = 0"));
        q.addBindValue(input.regionCode);
        Database::exec(q);
        if (!q.next())
            problems->append({QStringLiteral("region"),
                              tr("there is no region %1").arg(input.regionCode)});
    }
}

Platform PlatformRepository::current(const QString &id, qint64 rev) const
{
    const std::optional<Platform> p = byId(id);
    if (!p)
        throw PlatformRefused(Kind::NotFound, tr("There is no platform %1").arg(id));
    if (p->rev != rev)
        throw PlatformRefused(Kind::Conflict,
                              tr("%1 was changed by someone else since you opened it; "
                                 "look at it again").arg(p->input.name));
    return *p;
}

void PlatformRepository::write(const QString &id, const PlatformInput &in,
                               const QDate &retiredOn, qint64 previousRev, const QString &actor)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 rev = std::max<qint64>(HybridClock::fromMillis(now), previousRev + 1);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO platform (id, code, name, kind, region_code, lon, lat, staff, vehicles, "
        "volunteers, duty_hours, speed_kmh, opened_on, retired_on, rev, origin, updated_at, "
        "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, "
        "kind = excluded.kind, region_code = excluded.region_code, lon = excluded.lon, "
        "lat = excluded.lat, staff = excluded.staff, vehicles = excluded.vehicles, "
        "volunteers = excluded.volunteers, duty_hours = excluded.duty_hours, "
        "speed_kmh = excluded.speed_kmh, opened_on = excluded.opened_on, "
        "retired_on = excluded.retired_on, rev = excluded.rev, origin = excluded.origin, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    q.addBindValue(id);
    q.addBindValue(in.code.trimmed());
    q.addBindValue(in.name.trimmed());
    q.addBindValue(platformKindKey(in.kind));
    q.addBindValue(in.regionCode.trimmed());
    q.addBindValue(in.lon);
    q.addBindValue(in.lat);
    q.addBindValue(in.staff);
    q.addBindValue(in.vehicles);
    q.addBindValue(in.volunteers);
    q.addBindValue(in.dutyHours.trimmed());
    q.addBindValue(in.speedKmh);
    q.addBindValue(dateValue(in.openedOn));
    q.addBindValue(dateValue(retiredOn));
    q.addBindValue(rev);
    q.addBindValue(m_db.nodeId());
    q.addBindValue(now);
    q.addBindValue(actor);
    Database::exec(q);
}

QString PlatformRepository::add(const PlatformInput &input, const QString &actor)
{
    checkActor(actor);   // before the transaction: a refusal's audit row stays
    WriteTransaction tx(m_db);
    const QString id = newUuid();
    QList<PlatformProblem> problems = PlatformRules::check(input);
    checkStoreRules(input, id, &problems);
    if (!problems.isEmpty())
        throw PlatformRefused(Kind::Invalid, problems.first().text(), problems);
    write(id, input, {}, 0, actor);
    tx.commit();
    return id;
}

void PlatformRepository::update(const QString &id, qint64 rev, const PlatformInput &input,
                                const QString &actor)
{
    checkActor(actor);   // before the transaction: a refusal's audit row stays
    WriteTransaction tx(m_db);
    const Platform p = current(id, rev);
    QList<PlatformProblem> problems = PlatformRules::check(input);
    checkStoreRules(input, id, &problems);
    if (!problems.isEmpty())
        throw PlatformRefused(Kind::Invalid, problems.first().text(), problems);
    write(id, input, p.retiredOn, p.rev, actor);
    tx.commit();
}

void PlatformRepository::move(const QString &id, qint64 rev, double lon, double lat,
                              const QString &actor)
{
    checkActor(actor);   // before the transaction: a refusal's audit row stays
    WriteTransaction tx(m_db);
    const Platform p = current(id, rev);
    if (p.retired())
        throw PlatformRefused(Kind::Invalid, tr("%1 is retired").arg(p.input.name));
    PlatformInput in = p.input;
    in.lon = lon;
    in.lat = lat;
    const QList<PlatformProblem> problems = PlatformRules::check(in);
    if (!problems.isEmpty())
        throw PlatformRefused(Kind::Invalid, problems.first().text(), problems);
    write(id, in, p.retiredOn, p.rev, actor);
    tx.commit();
}

void PlatformRepository::retire(const QString &id, qint64 rev, const QDate &on,
                                const QString &actor)
{
    checkActor(actor);   // before the transaction: a refusal's audit row stays
    WriteTransaction tx(m_db);
    const Platform p = current(id, rev);
    if (p.retired())
        throw PlatformRefused(Kind::Invalid, tr("%1 is already retired").arg(p.input.name));
    if (!on.isValid())
        throw PlatformRefused(Kind::Invalid, tr("give the day the platform leaves service"));
    if (p.input.openedOn.isValid() && on < p.input.openedOn)
        throw PlatformRefused(Kind::Invalid, tr("%1 opened on %2, after %3")
                                                 .arg(p.input.name,
                                                      p.input.openedOn.toString(Qt::ISODate),
                                                      on.toString(Qt::ISODate)));
    write(id, p.input, on, p.rev, actor);
    tx.commit();
}
