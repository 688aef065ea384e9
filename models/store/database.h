#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

struct sqlite3;
class QSqlQuery;
class StoreError;

// One open SQLite store: the connection with the house pragmas, integrity state, and the
// node identity. Repositories take a Database& and are the only code that runs SQL on it.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // When the integrity check runs: at open, or later by the caller (runQuickCheck() on another
    // connection, off the GUI thread) so that opening a large file does not wait for it.
    enum class Check { AtOpen, Deferred };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when missing and mode is ReadWrite) and migrates to the newest schema.
    // Runs quick_check first; a damaged file is opened read-only and damaged() says why.
    // Throws StoreError when the file cannot be opened at all.
    // `migrate` = false leaves the schema as found (tests of migrations build old files).
    // With Check::Deferred the check still runs at open when a migration is due.
    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::ReadWrite,
                                          bool migrate = true, Check check = Check::AtOpen);

    // PRAGMA quick_check on this connection; the problems found (empty = sound).
    QStringList runQuickCheck();
    // Opens its own read-only connection to `path` and runs quick_check there; for a worker
    // thread. Problems found, or why the file could not be checked.
    static QStringList quickCheck(const QString &path);


    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString damaged() const { return m_damage; }  // empty when quick_check passed
    int schemaVersion() const;
    QString nodeId() const;                        // this installation's node id (uuid)

    QSqlDatabase &connection() { return m_db; }
    sqlite3 *handle() const;                       // raw handle for bulk loads and scripts

    // Prepares a statement, throwing StoreError with the driver's message on failure.
    QSqlQuery prepare(const QString &sql);
    // Executes a prepared statement, throwing StoreError with statement and message on failure.
    static void exec(QSqlQuery &query);
    // Runs a script of several statements (no bound values) through SQLite directly.
    void execScript(const QString &sql);

    // The error of a failed SQLite call on `handle` (its errmsg), for `statement`. A full disk or
    // a database at its size limit (SQLITE_FULL) gets a message that says so and that nothing
    // was saved, naming `path`: writers on SQLite's own API should throw this.
    static StoreError failure(sqlite3 *handle, const QString &statement,
                              const QString &path = {});
    // Whether `message` (a driver message, or a code as text) is SQLite's "disk is full".
    static bool isDiskFull(int code, const QString &message);

    // Test hook for the full-disk tests: caps this connection's file at `pages` pages
    // (PRAGMA max_page_count), so that a write beyond it fails as on a full disk.
    void setMaxPageCount(qint64 pages);

    // The default database file of this user (in the user's data folder).
    static QString defaultPath();

private:
    Database() = default;
    void applyPragmas();
    void ensureNode();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_damage;
    bool m_readOnly = false;
    mutable QString m_nodeId;
};

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() was called.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};
