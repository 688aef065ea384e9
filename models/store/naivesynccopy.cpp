#include "naivesynccopy.h"

#include "database.h"
#include "storeerror.h"
#include "syncexchange.h"

#include <QFile>
#include <QSqlQuery>

namespace NaiveSyncCopy {

namespace {

    QStringList columnsOf(Database &db, const QString &schema, const QString &table)
    {
        QSqlQuery q = db.prepare(QStringLiteral(
            "SELECT name FROM pragma_table_info(?, ?) WHERE name <> 'rid' ORDER BY cid"));
        q.addBindValue(table);
        q.addBindValue(schema);
        Database::exec(q);
        QStringList out;
        while (q.next())
            out << QLatin1Char('"') + q.value(0).toString() + QLatin1Char('"');
        return out;
    }

    void attach(Database &db, const QString &path)
    {
        QSqlQuery q = db.prepare(QStringLiteral("ATTACH DATABASE ? AS naive"));
        q.addBindValue(path);
        Database::exec(q);
    }

    void detach(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("DETACH DATABASE naive"));
    }

} // namespace

qint64 exportRows(Database &db, const QString &township, const QString &outPath)
{
    QFile::remove(outPath);
    attach(db, outPath);
    qint64 rows = 0;
    try {
        WriteTransaction tx(db);
        SyncExchange exchange(db);
        for (const QString &table : SyncExchange::syncedTables()) {
            const QString cols
                = columnsOf(db, QStringLiteral("main"), table).join(QLatin1Char(','));
            QSqlQuery copy = db.prepare(
                QStringLiteral("CREATE TABLE naive.%1 AS SELECT %2 FROM main.%1 t WHERE %3")
                    .arg(table, cols, exchange.scopeCondition(table, township)));
            Database::exec(copy);
            copy.finish();
            QSqlQuery count
                = db.prepare(QStringLiteral("SELECT count(*) FROM naive.%1").arg(table));
            Database::exec(count);
            if (count.next())
                rows += count.value(0).toLongLong();
        }
        tx.commit();
    } catch (...) {
        detach(db);
        throw;
    }
    detach(db);
    return rows;
}

qint64 importRows(Database &db, const QString &path)
{
    attach(db, path);
    qint64 rows = 0;
    try {
        WriteTransaction tx(db);
        db.execScript(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const QString &table : SyncExchange::syncedTables()) {
            const QString cols
                = columnsOf(db, QStringLiteral("naive"), table).join(QLatin1Char(','));
            QSqlQuery copy = db.prepare(
                QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2) SELECT %2 FROM naive.%1")
                    .arg(table, cols));
            Database::exec(copy);
            rows += copy.numRowsAffected();
        }
        tx.commit();
    } catch (...) {
        detach(db);
        throw;
    }
    detach(db);
    return rows;
}

} // namespace NaiveSyncCopy
