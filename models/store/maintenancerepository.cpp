#include "maintenancerepository.h"

#include "database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

QStringList MaintenanceRepository::tables() const
{
    // Virtual tables (the R-tree, the full-text index) and their shadow tables, and the survey
    // counts, are not data of their own: they are derived from the tables and rebuilt from them.
    // A server store has neither virtual tables nor shadow tables; its schema version is its own.
    QSqlQuery q = m_db.prepare(m_db.isPostgres() ? QStringLiteral(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
        "AND c.relkind = 'r' AND c.relname NOT IN ('survey_tally', 'schema_version') ORDER BY c.oid")
        : QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'region_bbox_%' "
        "AND name NOT LIKE 'dispute_fts_%' AND name <> 'survey_tally' ORDER BY rowid"));
    Database::exec(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QList<QPair<QString, qint64>> MaintenanceRepository::rowCounts() const
{
    QList<QPair<QString, qint64>> out;
    for (const QString &table : tables()) {
        // Table names come from the schema, never from the user.
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        Database::exec(q);
        out << qMakePair(table, q.next() ? q.value(0).toLongLong() : 0);
    }
    return out;
}

QStringList MaintenanceRepository::check() const
{
    QStringList problems;
    if (m_db.isPostgres()) {
        // The server keeps its pages sound (WAL, checksums) and its foreign keys and indexes
        // always enforced; what is left to check is the survey counts below.
        return surveyTallyProblems();
    }
    QSqlQuery integrity = m_db.prepare(QStringLiteral("PRAGMA integrity_check"));
    Database::exec(integrity);
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QStringLiteral("integrity: ") + line;
    }
    QSqlQuery fk = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    Database::exec(fk);
    while (fk.next()) {
        problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3 row")
                        .arg(fk.value(0).toString(), fk.value(1).toString(),
                             fk.value(2).toString());
        if (problems.size() > 100)
            break;
    }
    QSqlQuery rtree = m_db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM region WHERE min_lon IS NOT NULL), "
        "(SELECT count(*) FROM region_bbox)"));
    Database::exec(rtree);
    if (rtree.next() && rtree.value(0).toLongLong() != rtree.value(1).toLongLong()) {
        problems << QStringLiteral("spatial index: %1 regions with a bounding box but %2 index rows")
                        .arg(rtree.value(0).toLongLong())
                        .arg(rtree.value(1).toLongLong());
    }
    rtree.finish();
    return problems + surveyTallyProblems();
}

QStringList MaintenanceRepository::surveyTallyProblems() const
{
    QStringList problems;
    // The survey's kept counts (migration 7) against the responses they count.
    QSqlQuery tally = m_db.prepare(QStringLiteral(
        "WITH live AS (SELECT wave_id, region_code, security s, order_satisfaction o, "
        "    enforcement_satisfaction e, awareness a, participation p, count(*) n "
        "    FROM survey_response WHERE deleted = 0 GROUP BY 1, 2, 3, 4, 5, 6, 7), "
        "kept AS (SELECT wave_id, region_code, security s, order_satisfaction o, "
        "    enforcement_satisfaction e, awareness a, participation p, responses n "
        "    FROM survey_tally WHERE responses > 0) "
        "SELECT (SELECT count(*) FROM (SELECT * FROM live EXCEPT SELECT * FROM kept) AS missing) "
        "     + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM live) AS extra)"));
    Database::exec(tally);
    if (tally.next() && tally.value(0).toLongLong() > 0)
        problems << QStringLiteral("survey counts: %1 counts differ from the responses "
                                   "(survey_tally)")
                        .arg(tally.value(0).toLongLong());
    return problems;
}

QMap<QString, QByteArray> MaintenanceRepository::contentHashes() const
{
    QMap<QString, QByteArray> out;
    for (const QString &table : tables()) {
        // Table names come from the schema, never from the user.
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        q.setForwardOnly(true);
        Database::exec(q);
        QList<QByteArray> rows;
        while (q.next()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = q.value(i);
                // NULL and '' differ; each value is length-prefixed so columns cannot run on.
                QByteArray bytes = QByteArrayLiteral("N");
                if (!v.isNull())
                    bytes = 'V' + (v.typeId() == QMetaType::QByteArray ? v.toByteArray()
                                                                      : v.toString().toUtf8());
                row.addData(QByteArray::number(bytes.size()) + ':' + bytes);
            }
            rows << row.result();
        }
        std::sort(rows.begin(), rows.end());
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray &r : rows)
            all.addData(r);
        out.insert(table, all.result().toHex());
    }
    return out;
}
