#include "syncrows.h"

#include "database.h"
#include "storeerror.h"

#include "domain/ids.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlQuery>

namespace {

// Actions of the classification table.
enum Action { Same = 0, New = 1, RemoteNewer = 2, LocalNewer = 3 };

QJsonObject rowOf(Database &db, const QString &source, const QString &id)
{
    QSqlQuery q = db.prepare(
        SyncRows::onStore(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(source)));
    q.addBindValue(id);
    Database::exec(q);
    if (!q.next())
        return {};
    QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        record.setValue(i, q.value(i));
    return SyncRows::toJson(record);
}

} // namespace

QString SyncRows::quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString SyncRows::onStore(const Database &db, const QString &sql)
{
    if (!db.isPostgres())
        return sql;
    static const QRegularExpression mainSchema(QStringLiteral("\\bmain\\."));
    static const QRegularExpression tempSchema(QStringLiteral("\\btemp\\."));
    static const QRegularExpression package(QStringLiteral("\\bpkg\\.rows_"));
    return QString(sql)
        .remove(mainSchema)
        .replace(tempSchema, QStringLiteral("pg_temp."))
        .replace(package, QStringLiteral("pg_temp.pkg_rows_"));
}

QString SyncRows::regionsUnder(const Database &db, const QString &seed, const QString &regions)
{
    return QStringLiteral("(WITH RECURSIVE sub(code) AS (SELECT %1 UNION SELECT r.code FROM %2 r "
                          "JOIN sub ON r.parent_code = sub.code) SELECT code FROM sub)")
        .arg(db.isPostgres() ? QStringLiteral("CAST(%1 AS TEXT) COLLATE \"C\"").arg(seed) : seed,
             regions);
}

QStringList SyncRows::columnsOf(Database &db, const QString &schema, const QString &table)
{
    const bool server = db.isPostgres() && schema == QLatin1String("main");
    QSqlQuery q = db.prepare(
        server ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                "table_schema = current_schema() AND table_name = ? "
                                "ORDER BY ordinal_position")
               : QStringLiteral("SELECT name FROM pragma_table_info(?, ?) ORDER BY cid"));
    q.addBindValue(table);
    if (!server)
        q.addBindValue(schema);
    Database::exec(q);
    QStringList out;
    while (q.next()) {
        const QString c = q.value(0).toString();
        if (c != QLatin1String("rid"))
            out << c;
    }
    return out;
}

QStringList SyncRows::packageColumnDefs(Database &db, const QString &table)
{
    QSqlQuery info = db.prepare(
        db.isPostgres()
            ? QStringLiteral("SELECT column_name, CASE data_type WHEN 'bigint' THEN 'INTEGER' "
                             "WHEN 'integer' THEN 'INTEGER' WHEN 'double precision' THEN 'REAL' "
                             "WHEN 'bytea' THEN 'BLOB' ELSE 'TEXT' END "
                             "FROM information_schema.columns WHERE table_schema = "
                             "current_schema() AND table_name = ? ORDER BY ordinal_position")
            : QStringLiteral("SELECT name, type FROM pragma_table_info(?, 'main') ORDER BY cid"));
    info.addBindValue(table);
    Database::exec(info);
    QStringList defs;
    while (info.next()) {
        const QString name = info.value(0).toString();
        if (name == QLatin1String("rid"))
            continue;
        defs << quoted(name) + QLatin1Char(' ') + info.value(1).toString()
                + (name == QLatin1String("id") ? QStringLiteral(" PRIMARY KEY") : QString());
    }
    return defs;
}

QString SyncRows::columnList(const QStringList &columns, const QString &alias)
{
    QStringList out;
    for (const QString &c : columns)
        out << (alias.isEmpty() ? quoted(c) : alias + QLatin1Char('.') + quoted(c));
    return out.join(QStringLiteral(", "));
}

QJsonObject SyncRows::toJson(const QSqlRecord &record)
{
    QJsonObject o;
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name == QLatin1String("rid"))
            continue;
        const QVariant v = record.value(i);
        if (v.isNull()) {
            o.insert(name, QJsonValue::Null);
        } else if (v.typeId() == QMetaType::QByteArray) {
            o.insert(name,
                     QJsonObject {{QStringLiteral("$blob"),
                                   QString::fromLatin1(v.toByteArray().toBase64())}});
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::ULongLong
                   || v.typeId() == QMetaType::Int) {
            const qint64 n = v.toLongLong();
            constexpr qint64 kExact = qint64(1) << 53;
            if (n > -kExact && n < kExact)
                o.insert(name, double(n));
            else
                o.insert(name, QString::number(n));
        } else if (v.typeId() == QMetaType::Double) {
            o.insert(name, v.toDouble());
        } else {
            o.insert(name, v.toString());
        }
    }
    return o;
}

QVariant SyncRows::fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (value.isObject())
        return QByteArray::fromBase64(
            value.toObject().value(QStringLiteral("$blob")).toString().toLatin1());
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return value.toString();
}

SyncRows::Counts SyncRows::apply(const TableOptions &o,
                                 const std::function<std::runtime_error(const QString &)> &refuse)
{
    const QString t = o.table;
    Counts counts;
    const auto sql = [this](const QString &text) { return onStore(m_db, text); };

    // The same calendar day or setting made on two nodes is one row: take the sender's id.
    if (!o.naturalKey.isEmpty()) {
        const QString k = quoted(o.naturalKey);
        m_db.execScript(sql(
            QStringLiteral(
                "DROP TABLE IF EXISTS temp.sync_remap;"
                "CREATE TEMP TABLE sync_remap AS SELECT l.id AS old_id, p.id AS new_id, p.%2 AS k "
                "FROM pkg.rows_%1 p JOIN main.%1 l ON l.%2 = p.%2 WHERE l.id <> p.id "
                "AND NOT EXISTS (SELECT 1 FROM main.%1 x WHERE x.id = p.id);")
                .arg(t, k)));
        QSqlQuery clash
            = m_db.prepare(sql(QStringLiteral("SELECT new_id, k FROM temp.sync_remap LIMIT 1")));
        Database::exec(clash);
        if (clash.next()) {
            if (!o.remapNaturalKey)
                throw refuse(QStringLiteral("row %1 of %2 has %3 %4, which this store holds "
                                            "under another id")
                                 .arg(clash.value(0).toString(), t, o.naturalKey,
                                      clash.value(1).toString()));
            clash.finish();
            m_db.execScript(sql(
                QStringLiteral(
                    "UPDATE change_log SET row_id = (SELECT new_id FROM temp.sync_remap "
                    "WHERE old_id = change_log.row_id) WHERE tbl = '%1' AND row_id IN "
                    "(SELECT old_id FROM temp.sync_remap);"
                    "UPDATE main.%1 SET id = (SELECT new_id FROM temp.sync_remap WHERE old_id = "
                    "id) "
                    "WHERE id IN (SELECT old_id FROM temp.sync_remap);")
                    .arg(t)));
        }
    }

    m_db.execScript(sql(QStringLiteral(
        "DROP TABLE IF EXISTS temp.sync_cls;"
        "CREATE TEMP TABLE sync_cls (id TEXT PRIMARY KEY, action INTEGER, pending INTEGER);")));
    QSqlQuery classify = m_db.prepare(sql(
        QStringLiteral("INSERT INTO temp.sync_cls (id, action, pending) SELECT p.id, "
                       "CASE WHEN l.id IS NULL THEN 1 "
                       "     WHEN l.rev = p.rev AND l.origin = p.origin THEN 0 "
                       "     WHEN p.rev > l.rev OR (p.rev = l.rev AND p.origin > l.origin) THEN 2 "
                       "     ELSE 3 END, "
                       "CASE WHEN l.id IS NOT NULL AND EXISTS (SELECT 1 FROM change_log c "
                       "     WHERE c.tbl = :t AND c.row_id = p.id AND c.seq > :acked) "
                       "     THEN 1 ELSE 0 END "
                       "FROM pkg.rows_%1 p LEFT JOIN main.%1 l ON l.id = p.id")
            .arg(t)));
    classify.bindValue(QStringLiteral(":t"), t);
    classify.bindValue(QStringLiteral(":acked"), o.ackedSeq);
    Database::exec(classify);
    classify.finish();

    // Conflicts: a row changed here that the sender had not seen, and changed there too.
    if (o.recordConflicts) {
        QSqlQuery found = m_db.prepare(sql(
            QStringLiteral("SELECT c.id, c.action, (SELECT %2 FROM main.%1 t WHERE t.id = c.id) "
                           "FROM temp.sync_cls c WHERE c.pending = 1 AND c.action IN (2, 3)")
                .arg(t, o.regionOf.isEmpty() ? QStringLiteral("NULL") : o.regionOf)));
        Database::exec(found);
        struct Found {
            QString id;
            int action;
            QVariant region;
        };
        QList<Found> list;
        while (found.next())
            list.append({found.value(0).toString(), found.value(1).toInt(), found.value(2)});
        found.finish();
        for (const Found &f : list) {
            const QJsonObject local = rowOf(m_db, QStringLiteral("main.") + t, f.id);
            const QJsonObject remote = rowOf(m_db, QStringLiteral("pkg.rows_") + t, f.id);
            const QJsonObject &a = f.action == RemoteNewer ? remote : local;
            const QJsonObject &b = f.action == RemoteNewer ? local : remote;
            const auto version = [](const QJsonObject &row) {
                return SyncRows::fromJson(row.value(QStringLiteral("rev"))).toString()
                    + QLatin1Char(':') + row.value(QStringLiteral("origin")).toString();
            };
            QStringList versions {version(a), version(b)};
            versions.sort();
            const QString id = QString::fromLatin1(
                QCryptographicHash::hash((t + QLatin1Char('|') + f.id + QLatin1Char('|')
                                          + versions.join(QLatin1Char('|')))
                                             .toUtf8(),
                                         QCryptographicHash::Sha256)
                    .toHex()
                    .left(16));
            // Two versions that differ only in who saved them when (two comments on one
            // dispute, say) leave nothing to choose: recorded, and resolved at once.
            QJsonObject aContent = a, bContent = b;
            for (const char *sync : {"rev", "origin", "updated_at", "updated_by"}) {
                aContent.remove(QLatin1String(sync));
                bContent.remove(QLatin1String(sync));
            }
            const bool same = aContent == bContent;
            QSqlQuery add = m_db.prepare(QStringLiteral(
                "INSERT INTO conflict (id, tbl, row_id, region_code, a_rev, a_origin, a_data, "
                "b_rev, b_origin, b_data, detected_at, detected_by, rev, origin, updated_at, "
                "updated_by, status, resolution, resolved_at, resolved_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sync', ?, ?, ?, ?) "
                "ON CONFLICT (id) DO NOTHING"));
            const QJsonDocument ad(a), bd(b);
            for (const QVariant &v :
                 {QVariant(id), QVariant(t), QVariant(f.id), f.region,
                  SyncRows::fromJson(a.value(QStringLiteral("rev"))),
                  QVariant(a.value(QStringLiteral("origin")).toString()),
                  QVariant(QString::fromUtf8(ad.toJson(QJsonDocument::Compact))),
                  SyncRows::fromJson(b.value(QStringLiteral("rev"))),
                  QVariant(b.value(QStringLiteral("origin")).toString()),
                  QVariant(QString::fromUtf8(bd.toJson(QJsonDocument::Compact))), QVariant(m_now),
                  QVariant(m_self), QVariant(qint64(HybridClock::fromMillis(m_now))),
                  QVariant(m_self), QVariant(m_now),
                  QVariant(same ? QStringLiteral("resolved") : QStringLiteral("open")),
                  QVariant(same ? QStringLiteral("a") : QStringLiteral("")),
                  same ? QVariant(m_now) : QVariant(QMetaType(QMetaType::LongLong)),
                  QVariant(same ? QStringLiteral("sync") : QStringLiteral(""))})
                add.addBindValue(v);
            Database::exec(add);
            if (add.numRowsAffected() > 0) {
                // The record travels to the other node like any change made here.
                QSqlQuery log = m_db.prepare(QStringLiteral(
                    "DELETE FROM change_log WHERE tbl = 'conflict' AND row_id = ?"));
                log.addBindValue(id);
                Database::exec(log);
                QSqlQuery logAdd = m_db.prepare(
                    QStringLiteral("INSERT INTO change_log (tbl, row_id) VALUES ('conflict', ?)"));
                logAdd.addBindValue(id);
                Database::exec(logAdd);
            }
            if (!same)
                ++counts.conflicts;
            else if (f.action == RemoteNewer)
                ++counts.applied;
            else
                ++counts.skipped;
        }
    }

    // Take the new rows and the later versions.
    QStringList sets;
    for (const QString &c : o.columns)
        if (c != QLatin1String("id"))
            sets << quoted(c) + QStringLiteral(" = excluded.") + quoted(c);
    const QString cols = columnList(o.columns);
    const QString actions = o.appendOnly ? QStringLiteral("1") : QStringLiteral("1, 2");
    QSqlQuery write = m_db.prepare(sql(
        QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM pkg.rows_%1 "
                       "WHERE id IN (SELECT id FROM temp.sync_cls WHERE action IN (%3))")
            .arg(t, cols, actions)
        + (o.appendOnly ? QString()
                        : QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ")
                   + sets.join(QStringLiteral(", ")))));
    Database::exec(write);
    write.finish();
    // A local change that lost to the sender's later version lives on in its conflict record;
    // it is not a change to send any more.
    if (o.recordConflicts)
        m_db.execScript(sql(
            QStringLiteral("DELETE FROM change_log WHERE tbl = '%1' AND row_id IN "
                           "(SELECT id FROM temp.sync_cls WHERE action = 2 AND pending = 1)")
                .arg(t)));

    // The conflicts were counted above.
    const QString counted = o.recordConflicts
        ? QStringLiteral("NOT (pending = 1 AND action IN (2, 3))")
        : QStringLiteral("1 = 1");
    QSqlQuery tally = m_db.prepare(sql(
        QStringLiteral("SELECT sum(CASE WHEN action IN (%1) AND %2 THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN action NOT IN (%1) AND %2 THEN 1 ELSE 0 END) "
                       "FROM temp.sync_cls")
            .arg(actions, counted)));
    Database::exec(tally);
    if (tally.next()) {
        counts.applied += tally.value(0).toLongLong();
        counts.skipped += tally.value(1).toLongLong();
    }
    return counts;
}
