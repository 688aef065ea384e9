#pragma once

#include <QJsonObject>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <stdexcept>

class Database;

// Applies one table of an attached package (`pkg.rows_<table>`) to the store, inside the
// import's transaction: the row-by-row rules of SyncExchange (later revision wins, conflicts
// kept, history by union), done set-wise so that a large package stays fast.
class SyncRows
{
public:
    SyncRows(Database &db, const QString &selfNode, qint64 now)
        : m_db(db)
        , m_self(selfNode)
        , m_now(now)
    { }

    struct TableOptions
    {
        QString table;
        QStringList columns;        // the package's columns (a subset of the store's)
        bool appendOnly = false;    // only new rows are taken
        bool recordConflicts = true;
        QString regionOf;           // SQL over `t` (the store's row) for the conflict record
        QString naturalKey;         // second unique column, or empty
        bool remapNaturalKey = false;
        qint64 ackedSeq = 0;        // local changes up to this the sender has seen
    };
    struct Counts
    {
        qint64 applied = 0;
        qint64 skipped = 0;
        qint64 conflicts = 0;
    };
    // `refuse` makes the exception thrown for a package that cannot be applied (a unique key
    // held here by another row).
    Counts apply(const TableOptions &options,
                 const std::function<std::runtime_error(const QString &)> &refuse);

    // Column names of `table` in schema `schema` (main or an attached one), in order, without
    // the local row number. On PostgreSQL, schema "main" is the store's own.
    static QStringList columnsOf(Database &db, const QString &schema, const QString &table);
    // The columns of the store's `table` as a package declares them ("name TYPE", SQLite's
    // types; id the primary key), in order, without the local row number.
    static QStringList packageColumnDefs(Database &db, const QString &table);
    // Sync SQL is written for SQLite with the store's tables as `main.x`, temporary tables as
    // `temp.x` and the package's as `pkg.rows_x`. On PostgreSQL the store's tables are the
    // schema's own, temporary ones are in pg_temp, and the package is staged into
    // `pg_temp.pkg_rows_x`; on SQLite the text is returned as it is.
    static QString onStore(const Database &db, const QString &sql);
    // A subquery of the codes of the region `seed` (an SQL expression: a parameter or a
    // literal) and every region below it, from `regions` (a table or subquery with code and
    // parent_code). A server compares codes byte by byte (collation "C"), so the seed does too.
    static QString regionsUnder(const Database &db, const QString &seed,
                                const QString &regions = QStringLiteral("region"));
    // A name as an SQL identifier, and a list of them (each prefixed with `alias.` if given).
    static QString quoted(const QString &name);
    static QString columnList(const QStringList &columns, const QString &alias = {});

    // A row as JSON: column → value; integers beyond 2^53 as text, blobs as {"$blob": base64}.
    static QJsonObject toJson(const QSqlRecord &record);
    // A JSON value back to what the column stores.
    static QVariant fromJson(const QJsonValue &value);

private:
    Database &m_db;
    QString m_self;
    qint64 m_now;
};
