#pragma once

#include <QByteArray>
#include <QString>

class Database;
class QSqlRecord;
struct pg_conn;

// Rows written into a table of a PostgreSQL store through COPY … FROM STDIN on the store's own
// connection (libpq under Qt's driver), in the caller's transaction: the server takes them as
// one stream instead of statement by statement. For copying rows read from another store
// (StoreCopier, a sync package's rows). Throws StoreError when the server refuses a row; the
// caller's transaction then rolls back.
class ServerRowWriter
{
public:
    // `table` and `columns` as SQL (quoted where needed), in the order of the records added.
    ServerRowWriter(Database &server, const QString &table, const QString &columns);
    // Ends an unfinished copy as failed, so that the connection can roll back.
    ~ServerRowWriter();
    ServerRowWriter(const ServerRowWriter &) = delete;
    ServerRowWriter &operator=(const ServerRowWriter &) = delete;

    // Adds one row (the record's values in column order); sends a full buffer.
    void add(const QSqlRecord &record);
    // Sends what is waiting and ends the copy (the server checks the rows now). Returns the
    // rows written.
    qint64 flush();
    // Rows added so far.
    qint64 rows() const { return m_rows; }
    // Whether the last add() sent a buffer (for progress reports).
    bool justSent() const { return m_justSent; }

private:
    void start();
    void send();
    [[noreturn]] void fail(const QString &what);

    static constexpr qsizetype kBufferBytes = 1 << 20;

    Database &m_db;
    pg_conn *m_conn = nullptr;
    QString m_table;
    QString m_columns;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_copying = false;
    bool m_justSent = false;
};
