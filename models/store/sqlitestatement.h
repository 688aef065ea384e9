#pragma once

#include "store/database.h"
#include "store/storeerror.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <string_view>

// A statement on SQLite's own API, finalized when it goes. For passes that read tens of
// thousands of rows (statistics, map metrics): QSqlQuery would turn every value of every row
// into a QVariant, and every text into a QString, first. Throws StoreError on failure.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QByteArray &sql)
        : m_db(db)
        , m_sql(sql)
    {
        const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr);
        if (rc != SQLITE_OK)
            fail();
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, qint64 value) { check(sqlite3_bind_int64(m_stmt, index, value)); }
    void bind(int index, const QByteArray &value)
    {
        check(sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()),
                                SQLITE_TRANSIENT));
    }
    // True while there is a row; throws when the statement fails.
    bool next()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail();
        return false;
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    // The column's UTF-8 bytes, valid until the next step.
    std::string_view text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column)))
                    : std::string_view();
    }
    QString string(int column) const
    {
        const std::string_view t = text(column);
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            fail();
    }
    [[noreturn]] void fail()
    {
        throw Database::failure(m_db, QString::fromUtf8(m_sql));
    }

    sqlite3 *m_db;
    QByteArray m_sql;
    sqlite3_stmt *m_stmt = nullptr;
};
