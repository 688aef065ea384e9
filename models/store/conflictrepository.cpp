#include "conflictrepository.h"

#include "auditlog.h"
#include "database.h"
#include "storeerror.h"
#include "syncexchange.h"
#include "syncrows.h"

#include "domain/ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Messages a person may read in the window: translated (context ConflictRepository).
QString tr(const char *text)
{
    return QCoreApplication::translate("ConflictRepository", text);
}

const QStringList kSyncColumns {QStringLiteral("id"), QStringLiteral("rev"),
                                QStringLiteral("origin"), QStringLiteral("updated_at"),
                                QStringLiteral("updated_by")};

// What a person recognises a row by, per table (SQL over the row's id).
QString labelSql(const QString &table)
{
    if (table == QLatin1String("dispute"))
        return QStringLiteral("SELECT case_no || ' ' || title FROM dispute WHERE id = ?");
    if (table == QLatin1String("dispute_party") || table == QLatin1String("dispute_event"))
        return QStringLiteral("SELECT d.case_no || ' ' || d.title FROM %1 x "
                              "JOIN dispute d ON d.id = x.dispute_id WHERE x.id = ?")
            .arg(table);
    if (table == QLatin1String("platform"))
        return QStringLiteral("SELECT code || ' ' || name FROM platform WHERE id = ?");
    if (table == QLatin1String("region"))
        return QStringLiteral("SELECT code || ' ' || name FROM region WHERE id = ?");
    if (table == QLatin1String("person") || table == QLatin1String("mediation_body"))
        return QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table);
    return {};
}

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QStringList SyncConflict::differingFields() const
{
    QStringList out;
    QStringList keys = local.keys();
    for (const QString &k : remote.keys())
        if (!keys.contains(k))
            keys << k;
    for (const QString &k : keys) {
        if (kSyncColumns.contains(k))
            continue;
        if (local.value(k) != remote.value(k))
            out << k;
    }
    return out;
}

QList<SyncConflict> ConflictRepository::list(bool all, const QString &scopeCode) const
{
    return select(all, scopeCode, {});
}

QList<SyncConflict> ConflictRepository::select(bool all, const QString &scopeCode,
                                               const QString &idPrefix) const
{
    QString sql = QStringLiteral(
        "SELECT id, tbl, row_id, coalesce(region_code, ''), a_rev, a_origin, a_data, b_rev, "
        "b_origin, b_data, detected_at, detected_by, status, resolution, resolved_by, "
        "coalesce(resolved_at, 0) FROM conflict c WHERE deleted = 0");
    if (!all)
        sql += QStringLiteral(" AND status = 'open'");
    if (!scopeCode.isEmpty())
        sql += QStringLiteral(" AND region_code IN ")
            + SyncRows::regionsUnder(m_db, QStringLiteral(":scope"));
    // A server wants the parameter's type.
    if (!idPrefix.isEmpty())
        sql += QStringLiteral(" AND substr(id, 1, length(CAST(:prefix AS TEXT))) = :prefix");
    sql += QStringLiteral(" ORDER BY detected_at DESC, id");
    QSqlQuery q = m_db.prepare(sql);
    if (!scopeCode.isEmpty())
        q.bindValue(QStringLiteral(":scope"), scopeCode);
    if (!idPrefix.isEmpty())
        q.bindValue(QStringLiteral(":prefix"), idPrefix);
    Database::exec(q);
    const QString self = m_db.nodeId();
    QList<SyncConflict> out;
    while (q.next()) {
        SyncConflict c;
        c.id = q.value(0).toString();
        c.table = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.regionCode = q.value(3).toString();
        const qint64 aRev = q.value(4).toLongLong();
        const QString aOrigin = q.value(5).toString();
        const QJsonObject a = parse(q.value(6).toString());
        const qint64 bRev = q.value(7).toLongLong();
        const QString bOrigin = q.value(8).toString();
        const QJsonObject b = parse(q.value(9).toString());
        // "Local" is the version made here, when one was; else the one the table kept.
        const bool localIsA = bOrigin != self || aOrigin == self;
        c.local = localIsA ? a : b;
        c.localRev = localIsA ? aRev : bRev;
        c.localOrigin = localIsA ? aOrigin : bOrigin;
        c.remote = localIsA ? b : a;
        c.remoteRev = localIsA ? bRev : aRev;
        c.remoteOrigin = localIsA ? bOrigin : aOrigin;
        c.localInTable = localIsA;
        c.detectedAt = q.value(10).toLongLong();
        c.detectedBy = q.value(11).toString();
        c.status = q.value(12).toString();
        const QString resolution = q.value(13).toString();
        c.resolution = resolution == QLatin1String("merged") ? resolution
            : resolution.isEmpty()                           ? QString()
            : (resolution == QLatin1String("a")) == localIsA ? QStringLiteral("local")
                                                             : QStringLiteral("remote");
        c.resolvedBy = q.value(14).toString();
        c.resolvedAt = q.value(15).toLongLong();
        out.append(c);
    }
    q.finish();
    for (SyncConflict &c : out) {
        const QString sql = labelSql(c.table);
        if (sql.isEmpty()) {
            c.label = c.rowId;
            continue;
        }
        QSqlQuery label = m_db.prepare(sql);
        label.addBindValue(c.rowId);
        Database::exec(label);
        c.label = label.next() ? label.value(0).toString() : c.rowId;
    }
    return out;
}

SyncConflict ConflictRepository::find(const QString &idOrPrefix) const
{
    const QString key = idOrPrefix.trimmed().toLower();
    // Only the conflicts the id or prefix names are read (not every one ever recorded).
    QList<SyncConflict> found;
    if (!key.isEmpty()) {
        for (const SyncConflict &c : select(true, {}, key)) {
            if (c.id == key)
                return c;
            if (key.size() >= 4)
                found.append(c);
        }
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        throw ConflictRefused(tr("no sync conflict %1").arg(idOrPrefix));
    throw ConflictRefused(
        tr("%1 names %2 conflicts; give more of the id").arg(idOrPrefix).arg(found.size()));
}

int ConflictRepository::openCount() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM conflict WHERE status = 'open' AND deleted = 0"));
    Database::exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void ConflictRepository::resolve(const QString &id, Keep keep, const QString &actor, qint64 now)
{
    const SyncConflict c = find(id);
    const QJsonObject &chosen = keep == Keep::Local ? c.local : c.remote;
    QVariantMap values;
    for (auto it = chosen.begin(); it != chosen.end(); ++it)
        if (!kSyncColumns.contains(it.key()))
            values.insert(it.key(), SyncRows::fromJson(it.value()));
    // In the table's terms: which of a (kept at detection) and b was chosen.
    const bool choseA = (keep == Keep::Local) == c.localInTable;
    write(c, values, choseA ? QStringLiteral("a") : QStringLiteral("b"), actor, now);
}

void ConflictRepository::resolveMerged(const QString &id, const QVariantMap &fields,
                                       const QString &actor, qint64 now)
{
    const SyncConflict c = find(id);
    QVariantMap values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!kSyncColumns.contains(it.key()))
            values.insert(it.key(), it.value());
    if (values.isEmpty())
        throw ConflictRefused(tr("conflict %1: no field chosen").arg(c.id));
    write(c, values, QStringLiteral("merged"), actor, now);
}

void ConflictRepository::write(const SyncConflict &c, const QVariantMap &values,
                               const QString &resolution, const QString &actor, qint64 now)
{
    if (!SyncExchange::syncedTables().contains(c.table) || c.table == QLatin1String("conflict")
        || c.table == QLatin1String("dispute_event"))
        throw ConflictRefused(
            tr("conflict %1: table %2 cannot be resolved here").arg(c.id, c.table));
    WriteTransaction tx(m_db);
    QSqlQuery state
        = m_db.prepare(QStringLiteral("SELECT status FROM conflict WHERE id = ? AND deleted = 0"));
    state.addBindValue(c.id);
    Database::exec(state);
    if (!state.next() || state.value(0).toString() != QLatin1String("open"))
        throw ConflictRefused(tr("conflict %1 is resolved already").arg(c.id));
    state.finish();
    const QStringList columns = SyncRows::columnsOf(m_db, QStringLiteral("main"), c.table);
    const QSet<QString> known(columns.cbegin(), columns.cend());
    QSqlQuery current
        = m_db.prepare(QStringLiteral("SELECT rev FROM %1 WHERE id = ?").arg(c.table));
    current.addBindValue(c.rowId);
    Database::exec(current);
    if (!current.next())
        throw ConflictRefused(
            tr("conflict %1: row %2 of %3 is not in this store").arg(c.id, c.rowId, c.table));
    const qint64 rev
        = std::max({qint64(HybridClock::fromMillis(now)), current.value(0).toLongLong() + 1,
                    c.localRev + 1, c.remoteRev + 1});
    current.finish();

    QStringList sets;
    QVariantList binds;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!known.contains(it.key()) || it.key() == QLatin1String("rid"))
            throw ConflictRefused(
                tr("conflict %1: %2 has no column %3").arg(c.id, c.table, it.key()));
        sets << QLatin1Char('"') + it.key() + QStringLiteral("\" = ?");
        binds << it.value();
    }
    sets << QStringLiteral("rev = ?") << QStringLiteral("origin = ?")
         << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
    binds << rev << m_db.nodeId() << now << actor;
    QSqlQuery update = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                        .arg(c.table, sets.join(QStringLiteral(", "))));
    for (const QVariant &v : binds)
        update.addBindValue(v);
    update.addBindValue(c.rowId);
    Database::exec(update);

    QSqlQuery done = m_db.prepare(QStringLiteral(
        "UPDATE conflict SET status = 'resolved', resolution = ?, resolved_at = ?, "
        "resolved_by = ?, rev = %1(rev + 1, ?), origin = ?, updated_at = ?, updated_by = ? "
        "WHERE id = ?")
            .arg(m_db.isPostgres() ? QStringLiteral("greatest") : QStringLiteral("max")));
    for (const QVariant &v :
         {QVariant(resolution), QVariant(now), QVariant(actor),
          QVariant(qint64(HybridClock::fromMillis(now))), QVariant(m_db.nodeId()), QVariant(now),
          QVariant(actor), QVariant(c.id)})
        done.addBindValue(v);
    Database::exec(done);
    AuditLog(m_db).append({actor, QStringLiteral("sync.resolve"), c.id,
                           QStringLiteral("%1 %2: %3").arg(c.table, c.rowId, resolution)},
                          now);
    tx.commit();
}
