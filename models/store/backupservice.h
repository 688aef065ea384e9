#pragma once

// Backups of the store and their restore (DESIGN §11) through SQLite's online backup API: a
// copy is a consistent snapshot even while other connections or processes write, and carries
// the audit log's head so that a cut tail of the log is found later.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// What a backup file says about itself (its `backup_info` row), and what making it took.
struct BackupInfo
{
    QString file;               // the backup file
    qint64 madeAt = 0;          // UTC ms
    QString source;             // the store it was copied from
    int schemaVersion = 0;
    qint64 auditHeadSeq = 0;    // the audit log's head in the copy (0 / "" with an empty log)
    QString auditHeadHash;
    QString madeBy;             // login
    qint64 bytes = 0;           // size of the file
    qint64 pages = 0;           // database pages of the file
    double seconds = 0;         // backup: time the copy took
    bool cancelled = false;     // backup: cancelled through progress; no file was left
};

// What a restore did.
struct RestoreInfo
{
    QString dbPath;
    QString backupFile;
    QString keptAs;             // where the previous store was kept; empty when there was none
    bool previousDamaged = false;   // the previous store was damaged (kept as a plain file copy)
    int schemaBefore = 0;       // of the backup
    int schemaAfter = 0;        // of the restored store (migrated when the backup was older)
    BackupInfo backup;
};

// Makes, checks and restores backups. SQL on the copies stays here, in models/store.
// Errors are StoreError naming the file at fault; nothing is half-written: a backup is built in a
// temporary file beside the target and renamed into place, and a restore checks the backup
// before it touches the store.
class BackupService
{
public:
    // Percent done (0..100); return false to cancel.
    using Progress = std::function<bool(int percent)>;

    // `actor`: the login recorded as made_by.
    explicit BackupService(const QString &actor = {})
        : m_actor(actor)
    { }

    // Copies the store of `db` into `target` (a new file, or replacing an older backup only when
    // the copy is complete and sound). Throws StoreError; a cancelled copy returns with
    // `cancelled` set and leaves nothing behind.
    BackupInfo backup(Database &db, const QString &target, const Progress &progress = {});

    // Replaces the store at `dbPath` by the backup `backupFile`: the backup is checked first
    // (integrity, a `backup_info` row, a schema this program knows); the current store is kept
    // as `<dbPath>.before-restore-YYYYMMDD-HHMMSS`; the copy goes into the live file through the
    // backup API, so other connections see the old or the new store, never a mix; an older
    // schema is migrated. A bad backup changes nothing and throws StoreError naming it.
    RestoreInfo restore(const QString &dbPath, const QString &backupFile,
                        const Progress &progress = {});

    // Reads and checks a backup file (integrity_check included). Throws StoreError naming the
    // file when it is not SQLite, is damaged or is not a Pingan backup.
    static BackupInfo readInfo(const QString &backupFile);

    // Removes the oldest scheduled backups (pingan-YYYYMMDD-HHMMSS.db) in `folder` beyond the
    // newest `keep`; returns the files removed.
    static QStringList prune(const QString &folder, int keep);
    // The file name of a scheduled backup made at `when` (local time):
    // pingan-YYYYMMDD-HHMMSS.db.
    static QString scheduledName(const QDateTime &when);

private:
    QString m_actor;
};
