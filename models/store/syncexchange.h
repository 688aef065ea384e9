#pragma once

#include <QMap>
#include <QString>

#include <functional>
#include <stdexcept>

class Database;

// A package that was not imported (or could not be written). Nothing was changed.
class SyncRejected : public std::runtime_error
{
public:
    enum class Kind {
        Damaged,    // not a package, truncated, or its checksum does not match its rows
        Unsigned,   // no signature
        Tampered,   // the signature does not match the contents
        Foreign,    // not for this node, from an untrusted node or another county, or rows
                    // outside the sender's township
        Replayed,   // imported here before
        Refused,    // this node cannot do it (not initialised, unknown peer, newer format)
    };
    SyncRejected(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    { }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    static QString kindName(Kind kind);   // "damaged", "unsigned", "tampered", ...

private:
    Kind m_kind;
    QString m_message;
};

// An export or import stopped by its caller before it was done: nothing was written (no
// package file, no change to the store).
class SyncCancelled : public std::runtime_error
{
public:
    SyncCancelled()
        : std::runtime_error("cancelled")
    { }
};

// Writes and reads sync packages (DESIGN §10). A package is one SQLite file: a `manifest`
// table (sender, receiver, sequence, acknowledgement, row counts, checksum, Ed25519 signature)
// and a `rows_<table>` table per synced table with the rows changed since the receiver last
// confirmed. A township's package holds the rows of its township; the hub's package for a
// township holds that township's rows and the county-wide tables (regions, people, mediation
// bodies, calendar, settings, survey scheme and waves, roads).
//
// Importing checks everything before writing, then applies the rows in one transaction: a row
// is taken when its revision (then origin) is later than the one here; a row changed here
// since the sender last confirmed and changed there as well is recorded as a conflict that
// keeps both versions; history (dispute events) merges by union. Importing a package again is
// refused as a replay; packages imported out of order end in the same state.
class SyncExchange
{
public:
    explicit SyncExchange(Database &db)
        : m_db(db)
    { }

    // Called between the steps of an export or import with the steps done and their number;
    // false stops the work (SyncCancelled). Runs on the caller's thread.
    using Progress = std::function<bool(int done, int total)>;

    struct Exported
    {
        QString packageId;
        QString path;
        qint64 sequence = 0;              // the package's number for this peer (1, 2, …)
        qint64 rows = 0;
        QMap<QString, qint64> rowsByTable;
    };
    // Writes the package for the trusted peer `peerIdOrName` to `outPath` (written to a
    // temporary file first, then renamed). Throws SyncRejected(Refused) for an unknown peer or
    // an uninitialised node, StoreError when the store or the file fails.
    Exported exportTo(const QString &peerIdOrName, const QString &outPath, qint64 now,
                      const QString &actor = {}, const Progress &progress = {});

    struct Imported
    {
        QString packageId;
        QString fromNode;
        QString fromName;
        qint64 applied = 0;     // rows written
        qint64 skipped = 0;     // rows already here, or older than the row here
        qint64 conflicts = 0;   // rows recorded as conflicts
    };
    // Checks and imports the package at `path`. Throws SyncRejected (nothing written),
    // StoreError (the transaction rolled back) or SyncCancelled.
    Imported importFrom(const QString &path, qint64 now, const QString &actor = {},
                        const Progress &progress = {});

    // Per synced table, a SHA-256 of its rows without local row numbers, restricted to what a
    // township with `scopeCode` holds (empty: every row). Equal on two nodes = same data.
    QMap<QString, QByteArray> contentHashes(const QString &scopeCode = {});

    // The tables a package can carry, in the order they are applied.
    static QStringList syncedTables();
    // For NaiveSyncCopy: useScope() fills the temporary table of township `township`'s regions,
    // and scopeCondition() is SQL over alias `t` that holds for the rows of `table` in it ("1"
    // for a county-wide table).
    void useScope(const QString &township);
    static QString scopeCondition(const QString &table);

private:
    Database &m_db;
};
