#pragma once

#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

// A statement with SqliteStatement's interface on either backend: SQLite's own API on a file
// (the fast path the statistics and map passes were measured on), QSqlQuery on PostgreSQL.
// The SQL is written once, for SQLite; on PostgreSQL Database::prepare() takes SQLite's
// planner hints out. SQL that means different things on the two needs its own text per backend
// (Database::isPostgres()). Throws StoreError on failure.
class StoreStatement
{
public:
    StoreStatement(Database &db, const QByteArray &sql);
    StoreStatement(const StoreStatement &) = delete;
    StoreStatement &operator=(const StoreStatement &) = delete;

    // `index` counts from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, const QByteArray &value);
    // True while there is a row; runs the statement on the first call after bind/reset.
    bool next();
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // The column's UTF-8 bytes, valid until the next step.
    std::string_view text(int column) const;
    QString string(int column) const;

private:
    std::optional<SqliteStatement> m_sqlite;
    // PostgreSQL
    QSqlQuery m_query;
    QString m_sql;
    bool m_ran = false;
    mutable std::vector<QByteArray> m_texts;
};
