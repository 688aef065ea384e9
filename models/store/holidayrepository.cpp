#include "holidayrepository.h"

#include "database.h"
#include "storeerror.h"

#include "domain/ids.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString kindKey(WorkCalendar::DayKind kind)
{
    return kind == WorkCalendar::DayKind::Workday ? QStringLiteral("workday")
                                                  : QStringLiteral("holiday");
}

// A revision later than the row's, even when this machine's clock is behind its writer's.
qint64 nextRev(qint64 now, qint64 previous)
{
    return std::max<qint64>(HybridClock::fromMillis(now), previous + 1);
}

} // namespace

QList<WorkCalendar::Day> HolidayRepository::overrides() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT day, kind, name FROM holiday WHERE deleted = 0 ORDER BY day"));
    Database::exec(q);
    QList<WorkCalendar::Day> out;
    while (q.next()) {
        WorkCalendar::Day d;
        d.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        d.kind = q.value(1).toString() == QLatin1String("workday") ? WorkCalendar::DayKind::Workday
                                                                   : WorkCalendar::DayKind::Holiday;
        d.name = q.value(2).toString();
        if (d.date.isValid())
            out.append(d);
    }
    return out;
}

void HolidayRepository::add(const WorkCalendar::Day &day, const QString &actor)
{
    if (!day.date.isValid())
        throw StoreError(QStringLiteral("holiday: not a valid date"));
    if (day.name.trimmed().isEmpty())
        throw StoreError(
            QStringLiteral("holiday %1: the name is empty").arg(day.date.toString(Qt::ISODate)));
    const QString key = day.date.toString(Qt::ISODate);
    WriteTransaction tx(m_db);
    // `day` is unique in the table, tombstones included: a removed day is revived in place.
    QSqlQuery find = m_db.prepare(QStringLiteral("SELECT rev FROM holiday WHERE day = ?"));
    find.addBindValue(key);
    Database::exec(find);
    const bool exists = find.next();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 rev = nextRev(now, exists ? find.value(0).toLongLong() : 0);
    find.finish();
    QSqlQuery write = m_db.prepare(
        exists ? QStringLiteral("UPDATE holiday SET kind = ?, name = ?, rev = ?, origin = ?, "
                                "updated_at = ?, updated_by = ?, deleted = 0 WHERE day = ?")
               : QStringLiteral("INSERT INTO holiday (kind, name, rev, origin, updated_at, "
                                "updated_by, day, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    write.addBindValue(kindKey(day.kind));
    write.addBindValue(day.name.trimmed());
    write.addBindValue(rev);
    write.addBindValue(m_db.nodeId());
    write.addBindValue(now);
    write.addBindValue(actor);
    write.addBindValue(key);
    if (!exists)
        write.addBindValue(newUuid());
    Database::exec(write);
    tx.commit();
}

bool HolidayRepository::remove(QDate date, const QString &actor)
{
    if (!date.isValid())
        return false;
    const QString key = date.toString(Qt::ISODate);
    WriteTransaction tx(m_db);
    QSqlQuery find
        = m_db.prepare(QStringLiteral("SELECT rev FROM holiday WHERE day = ? AND deleted = 0"));
    find.addBindValue(key);
    Database::exec(find);
    if (!find.next()) {
        find.finish();
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 rev = nextRev(now, find.value(0).toLongLong());
    find.finish();
    QSqlQuery write = m_db.prepare(QStringLiteral(
        "UPDATE holiday SET deleted = 1, rev = ?, origin = ?, updated_at = ?, updated_by = ? "
        "WHERE day = ?"));
    write.addBindValue(rev);
    write.addBindValue(m_db.nodeId());
    write.addBindValue(now);
    write.addBindValue(actor);
    write.addBindValue(key);
    Database::exec(write);
    tx.commit();
    return true;
}

WorkCalendar HolidayRepository::calendar() const
{
    return WorkCalendar::china().withOverrides(overrides());
}
