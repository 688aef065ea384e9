#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

struct sqlite3;
class QSqlQuery;
class StoreError;

// One open store: a SQLite file (one workstation, or a township office) or a PostgreSQL database
// (a county center with several workstations), with the house settings, integrity state and the
// node identity. Repositories take a Database& and are the only code that runs SQL on it.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    enum class Backend { Sqlite, Postgres };
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
    // `path` is a file, or postgresql://USER@HOST:PORT/DBNAME for a PostgreSQL server (the
    // password, when one is needed, comes from PGPASSWORD or ~/.pgpass, as for psql).
    static std::unique_ptr<Database> open(const QString &path, Mode mode = Mode::ReadWrite,
                                          bool migrate = true, Check check = Check::AtOpen);
    // Whether `path` names a PostgreSQL database rather than a file.
    static bool isServerAddress(const QString &path);

    // PRAGMA quick_check on this connection; the problems found (empty = sound).
    QStringList runQuickCheck();
    // Opens its own read-only connection to `path` and runs quick_check there; for a worker
    // thread. Problems found, or why the file could not be checked.
    static QStringList quickCheck(const QString &path);


    QString path() const { return m_path; }     // the file, or the server address without password
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    bool isReadOnly() const { return m_readOnly; }
    // Whether a WriteTransaction is open on this connection.
    bool inTransaction() const { return m_transactions > 0; }
    QString damaged() const { return m_damage; }  // empty when quick_check passed
    int schemaVersion() const;
    QString nodeId() const;                        // this installation's node id (uuid)

    QSqlDatabase &connection() { return m_db; }
    // Raw SQLite handle for bulk loads and scripts. On PostgreSQL it throws a StoreError saying
    // that the feature needs a SQLite store, so that SQLite-only work fails clearly there.
    sqlite3 *handle() const;
    // Throws the same "needs a SQLite store" error on PostgreSQL; `what` names the feature.
    void requireSqlite(const QString &what) const;

    // Prepares a statement, throwing StoreError with the driver's message on failure.
    QSqlQuery prepare(const QString &sql);
    // `sql` written for SQLite with SQLite's planner hints taken out, for PostgreSQL: unary plus
    // before a column (`+d.col`: do not read through an index), `INDEXED BY name`, and
    // CROSS JOIN (join in this order).
    static QString portableSql(QString sql);
    // Executes a prepared statement, throwing StoreError with statement and message on failure.
    static void exec(QSqlQuery &query);
    // Runs a script of several statements (no bound values).
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
    static std::unique_ptr<Database> openServer(const QString &address, Mode mode, bool migrate);
    // The house settings, then the migration (or the refusal of a newer schema).
    void finishOpening(bool migrate);
    void applyPragmas();
    void ensureNode();

    QSqlDatabase m_db;
    Backend m_backend = Backend::Sqlite;
    QString m_connectionName;
    QString m_path;
    QString m_damage;
    bool m_readOnly = false;
    mutable QString m_nodeId;
    int m_transactions = 0;

    friend class WriteTransaction;
};

// RAII write transaction: BEGIN IMMEDIATE (SQLite) or BEGIN (PostgreSQL) on construction,
// ROLLBACK unless commit() was called.
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
