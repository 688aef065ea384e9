#include "naivesynccopy.h"

#include "database.h"
#include "storeerror.h"
#include "syncexchange.h"
#include "syncrows.h"

#include <QFile>
#include <QSqlQuery>

namespace NaiveSyncCopy {

namespace {

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
        SyncExchange(db).useScope(township);
        for (const QString &table : SyncExchange::syncedTables()) {
            const QString cols
                = SyncRows::columnList(SyncRows::columnsOf(db, QStringLiteral("main"), table));
            QSqlQuery copy = db.prepare(
                QStringLiteral("CREATE TABLE naive.%1 AS SELECT %2 FROM main.%1 t WHERE %3")
                    .arg(table, cols, SyncExchange::scopeCondition(table)));
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
                = SyncRows::columnList(SyncRows::columnsOf(db, QStringLiteral("naive"), table));
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
