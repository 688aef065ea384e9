#pragma once

#include <QString>
#include <QStringList>

class Database;
class QSqlRecord;

// Rows written into a table of a PostgreSQL store as multi-row INSERTs, each value formatted by
// the server's driver: few round trips, statements of a few hundred kilobytes. For copying rows
// read from another store (StoreCopier, a sync package's rows). Runs inside the caller's
// transaction; throws StoreError when the server refuses a statement.
class ServerRowWriter
{
public:
    // `table` and `columns` as SQL (quoted where needed), in the order of the records added.
    ServerRowWriter(Database &server, const QString &table, const QString &columns);

    // Adds one row (the record's values in column order); sends a full batch.
    void add(const QSqlRecord &record);
    // Sends what is waiting. Returns the rows sent by this writer so far.
    qint64 flush();
    // Rows added so far (sent or waiting).
    qint64 rows() const { return m_sent + m_waiting.size(); }
    // Whether the last add() sent a batch (for progress reports).
    bool justSent() const { return m_justSent; }

private:
    static constexpr int kBatchRows = 500;

    Database &m_db;
    QString m_head;
    QStringList m_waiting;
    qint64 m_sent = 0;
    bool m_justSent = false;
};
