#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Database;

// Copies a whole SQLite store into a new PostgreSQL store: how a county center moves from one
// workstation's file to a server that several workstations share. Every table is copied row for
// row in one transaction (ids, revisions, history, accounts, audit chain), so the server store is
// the file's store; a failure leaves the server database as it was.
class StoreCopier
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopier)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Result
    {
        QList<TableCount> tables;   // in the order copied
        qint64 rows = 0;
    };
    // Called after each batch with the rows copied so far and the total; false cancels (nothing
    // is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    StoreCopier(Database &from, Database &to) : m_from(from), m_to(to) {}

    // Throws StoreError when the source is not a SQLite store at the newest schema, the target
    // is not an empty PostgreSQL store, or a row is refused; CopyCancelled when cancelled.
    Result copy(const Progress &progress = {});

private:
    Database &m_from;
    Database &m_to;
};

struct CopyCancelled
{
};
