#include "storecopier.h"

#include "database.h"
#include "migrator.h"
#include "serverrowwriter.h"
#include "storeerror.h"
#include "syncrows.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {

struct Column
{
    QString name;
    bool identity = false;
};

QList<Column> targetColumns(Database &to, const QString &table)
{
    QSqlQuery q = to.prepare(QStringLiteral(
        "SELECT column_name, is_identity FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"));
    q.addBindValue(table);
    Database::exec(q);
    QList<Column> out;
    while (q.next())
        out << Column{q.value(0).toString(), q.value(1).toString() == QLatin1String("YES")};
    return out;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

StoreCopier::Result StoreCopier::copy(const Progress &progress)
{
    if (m_from.isPostgres())
        throw StoreError(tr("%1: the store to copy from must be a SQLite file").arg(m_from.path()));
    if (!m_to.isPostgres())
        throw StoreError(tr("%1: the store to copy to must be a PostgreSQL database").arg(m_to.path()));
    if (m_from.schemaVersion() != Migrator::latestVersion()) {
        throw StoreError(tr("%1: schema version %2, but this program copies version %3: open the "
                            "file once with this program to bring it up to date")
                             .arg(m_from.path())
                             .arg(m_from.schemaVersion())
                             .arg(Migrator::latestVersion()));
    }
    if (m_to.schemaVersion() != Migrator::latestVersion())
        throw StoreError(tr("%1: the server store is not at schema version %2").arg(m_to.path()).arg(Migrator::latestVersion()));

    QStringList tables;
    {
        QSqlQuery q = m_to.prepare(QStringLiteral(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' AND table_name <> 'schema_version' ORDER BY table_name"));
        Database::exec(q);
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &t : {QStringLiteral("region"), QStringLiteral("dispute"),
                             QStringLiteral("app_user"), QStringLiteral("audit_log"),
                             QStringLiteral("platform"), QStringLiteral("survey_response")}) {
        if (count(m_to, QStringLiteral("SELECT count(*) FROM %1").arg(t)) > 0) {
            throw StoreError(tr("%1: the server store already holds data (table %2); copy into a "
                                "new, empty database").arg(m_to.path(), t));
        }
    }

    Result result;
    qint64 total = 0;
    QList<qint64> sizes;
    for (const QString &t : tables) {
        const qint64 n = count(m_from, QStringLiteral("SELECT count(*) FROM %1").arg(SyncRows::quoted(t)));
        sizes << n;
        total += n;
    }

    WriteTransaction tx(m_to);
    // Foreign keys are checked at commit, when every table is there; the triggers that keep
    // derived tables (change log, survey tallies) stay off: their tables are copied as they are.
    m_to.execScript(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
    QStringList quotedTables;
    for (const QString &t : tables)
        quotedTables << SyncRows::quoted(t);
    m_to.execScript(QStringLiteral("TRUNCATE %1").arg(quotedTables.join(QStringLiteral(", "))));
    for (const QString &t : quotedTables)
        m_to.execScript(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(t));

    qint64 done = 0;
    for (int i = 0; i < tables.size(); ++i) {
        const QString &table = tables.at(i);
        const QList<Column> columns = targetColumns(m_to, table);
        QStringList names;
        for (const Column &c : columns)
            names << SyncRows::quoted(c.name);
        const QString list = names.join(QStringLiteral(", "));
        QSqlQuery read = m_from.prepare(QStringLiteral("SELECT %1 FROM %2").arg(list, SyncRows::quoted(table)));
        Database::exec(read);
        ServerRowWriter writer(m_to, SyncRows::quoted(table), list);
        const auto report = [&] {
            if (progress && !progress(done + writer.rows(), total))
                throw CopyCancelled{};
        };
        while (read.next()) {
            writer.add(read.record());
            if (writer.justSent())
                report();
        }
        const qint64 copied = writer.flush();
        report();
        done += copied;
        if (copied != sizes.at(i)) {
            throw StoreError(tr("%1: table %2 changed while it was copied (%3 rows, then %4)")
                                 .arg(m_from.path(), table)
                                 .arg(sizes.at(i))
                                 .arg(copied));
        }
        for (const Column &c : columns) {
            if (!c.identity)
                continue;
            // The next generated number continues after the copied ones.
            m_to.execScript(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                           "coalesce((SELECT max(%3) FROM %4), 0) + 1, false)")
                                .arg(table, c.name, SyncRows::quoted(c.name), SyncRows::quoted(table)));
        }
        result.tables << TableCount{table, copied};
        result.rows += copied;
    }
    // The foreign keys are checked now, every table being there (a table cannot get its
    // triggers back while checks are pending).
    m_to.execScript(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"));
    for (const QString &t : quotedTables)
        m_to.execScript(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(t));
    tx.commit();
    return result;
}
