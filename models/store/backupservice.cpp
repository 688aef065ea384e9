#include "backupservice.h"

#include "database.h"
#include "ftsbigram.h"
#include "migrator.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

constexpr int kPagesPerStep = 256;
constexpr int kBusyWaitMs = 50;
constexpr int kBusyWaitsMax = 1200;   // a minute of a source or destination that stays locked

QString tr(const char *text)
{
    return QCoreApplication::translate("BackupService", text);
}

// A raw connection to a backup file or to the live store, closed when it goes.
class Connection
{
public:
    Connection(const QString &path, int flags)
        : m_path(path)
    {
        const QByteArray name = QFile::encodeName(path);
        const int rc = sqlite3_open_v2(name.constData(), &m_handle, flags, nullptr);
        if (rc != SQLITE_OK) {
            const QString message = QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle)
                                                               : sqlite3_errstr(rc));
            sqlite3_close_v2(m_handle);
            m_handle = nullptr;
            throw StoreError(QStringLiteral("%1: %2: %3").arg(path, tr("cannot open"), message));
        }
        sqlite3_extended_result_codes(m_handle, 1);
        sqlite3_busy_timeout(m_handle, 5000);
        registerBigramTokenizer(m_handle);   // the FTS tables of a store name this tokenizer
    }
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_handle; }

    // Closes now, so that the file can be renamed.
    void close()
    {
        if (m_handle)
            sqlite3_close_v2(m_handle);   // every statement here is finalized already
        m_handle = nullptr;
    }

    void exec(const char *sql)
    {
        char *err = nullptr;
        const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &err);
        sqlite3_free(err);
        if (rc != SQLITE_OK)
            throw Database::failure(m_handle, QString::fromUtf8(sql), m_path);
    }

    // The first column of every row of `sql` as text.
    QStringList column(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr) != SQLITE_OK)
            throw Database::failure(m_handle, QString::fromUtf8(sql), m_path);
        QStringList out;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            out << QString::fromUtf8(text ? text : "");
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            throw Database::failure(m_handle, QString::fromUtf8(sql), m_path);
        return out;
    }

    qint64 integer(const char *sql)
    {
        const QStringList values = column(sql);
        return values.isEmpty() ? 0 : values.first().toLongLong();
    }

    bool hasTable(const char *table)
    {
        sqlite3_stmt *stmt = nullptr;
        const char *sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?";
        if (sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr) != SQLITE_OK)
            throw Database::failure(m_handle, QString::fromUtf8(sql), m_path);
        sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC);
        const int rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw Database::failure(m_handle, QString::fromUtf8(sql), m_path);
        return rc == SQLITE_ROW;
    }

    // integrity_check's findings; empty when the file is sound.
    QStringList integrityProblems()
    {
        QStringList problems = column("PRAGMA integrity_check");
        problems.removeAll(QStringLiteral("ok"));
        return problems;
    }

private:
    QString m_path;
    sqlite3 *m_handle = nullptr;
};

struct CopyResult
{
    qint64 pages = 0;
    bool cancelled = false;
};

// Copies `src` into `dest` with the backup API, `pagesPerStep` at a time, waiting while either
// side is locked. `destPath` names the file in errors.
CopyResult copyDatabase(sqlite3 *dest, sqlite3 *src, const QString &destPath,
                        const BackupService::Progress &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup)
        throw Database::failure(dest, QStringLiteral("sqlite3_backup_init"), destPath);
    CopyResult result;
    int rc = SQLITE_OK;
    int lastPercent = -1;
    int busyWaits = 0;
    for (;;) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyWaits > kBusyWaitsMax)
                break;
            sqlite3_sleep(kBusyWaitMs);
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            break;
        const int total = sqlite3_backup_pagecount(backup);
        const int percent = total > 0 ? int(100LL * (total - sqlite3_backup_remaining(backup))
                                            / total)
                                      : 100;
        if (progress && percent != lastPercent) {
            lastPercent = percent;
            if (!progress(percent)) {
                result.cancelled = true;
                break;
            }
        }
        if (rc == SQLITE_DONE)
            break;
    }
    result.pages = sqlite3_backup_pagecount(backup);
    const int finished = sqlite3_backup_finish(backup);
    if (result.cancelled)
        return result;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        throw StoreError(QStringLiteral("%1: %2").arg(
            destPath, tr("the database stayed locked by another program; try again later")));
    }
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        throw Database::failure(dest, QStringLiteral("sqlite3_backup_step"), destPath);
    return result;
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// The temporary file a backup into `target` is built in: hidden, beside the target (so that the
// rename stays on one file system), named by this process.
QString partialName(const QString &target, qint64 pid)
{
    const QFileInfo info(target);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName()
           + QStringLiteral(".partial-") + QString::number(pid);
}

// Removes what a backup into `target` left behind when its process was killed.
void removeStalePartials(const QString &target)
{
    const QFileInfo info(target);
    const QString prefix = QStringLiteral(".") + info.fileName() + QStringLiteral(".partial-");
    const QDir dir = info.absoluteDir();
    const QStringList found = dir.entryList({prefix + QLatin1Char('*')},
                                            QDir::Files | QDir::Hidden);
    for (const QString &name : found) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok)
            continue;
#ifdef Q_OS_UNIX
        if (pid == QCoreApplication::applicationPid()
            || (::kill(pid_t(pid), 0) == 0 || errno != ESRCH))
            continue;   // still being written (or not ours to judge)
#else
        if (pid == QCoreApplication::applicationPid())
            continue;
#endif
        QFile::remove(dir.filePath(name));
    }
}

// Removes the temporary file unless the backup was renamed into place.
class PartialFile
{
public:
    explicit PartialFile(const QString &path)
        : m_path(path)
    {
        removeWithCompanions(m_path);
    }
    ~PartialFile()
    {
        if (!m_kept)
            removeWithCompanions(m_path);
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;
    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

// Holds one read transaction on the source for the whole copy: in WAL mode writers carry on,
// and the copy is the snapshot of its start instead of starting over whenever another
// connection commits.
class ReadSnapshot
{
public:
    ReadSnapshot(sqlite3 *db, const QString &path)
        : m_db(db)
    {
        if (!sqlite3_get_autocommit(db))
            return;   // the caller's transaction already fixes the snapshot
        if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            throw Database::failure(db, QStringLiteral("BEGIN"), path);
        m_open = true;
        // BEGIN is deferred: the first read starts the snapshot.
        if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr)
            != SQLITE_OK) {
            const StoreError error = Database::failure(db, QStringLiteral("SELECT"), path);
            end();
            throw error;
        }
    }
    ~ReadSnapshot() { end(); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    void end()
    {
        if (m_open)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_open = false;
    }

private:
    sqlite3 *m_db;
    bool m_open = false;
};

// Replaces `to` by `from` (POSIX rename: atomic, an existing `to` is replaced whole).
void renameInto(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw StoreError(QStringLiteral("%1: %2").arg(to, tr("cannot write the backup here")));
    // The rename itself reaches the disk with its folder.
    const int dir = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(),
                           O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#else
    QFile::remove(to);
    if (!QFile::rename(from, to))
        throw StoreError(QStringLiteral("%1: %2").arg(to, tr("cannot write the backup here")));
#endif
}

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

namespace {

// A server store is backed up by the server's own tools, where its data lives; this service
// copies SQLite files.
[[noreturn]] void refuseServerStore(const QString &address)
{
    throw StoreError(QStringLiteral("%1: %2").arg(
        address, QCoreApplication::translate(
                     "BackupService",
                     "a PostgreSQL store is backed up on its server, with pg_dump (for example "
                     "pg_dump -Fc -f FILE DBNAME) and restored with pg_restore; backups here "
                     "are of SQLite files")));
}

} // namespace

BackupInfo BackupService::backup(Database &db, const QString &target, const Progress &progress)
{
    if (db.isPostgres())
        refuseServerStore(db.path());
    QElapsedTimer clock;
    clock.start();
    const QString targetPath = absolute(target);
    if (targetPath == absolute(db.path())) {
        throw StoreError(QStringLiteral("%1: %2").arg(
            target, tr("a backup cannot be written over the database it copies")));
    }
    const QString folder = QFileInfo(targetPath).absolutePath();
    if (!QDir().mkpath(folder))
        throw StoreError(
            QStringLiteral("%1: %2 %3").arg(target, tr("cannot create folder"), folder));
    removeStalePartials(targetPath);

    BackupInfo info;
    info.file = targetPath;
    info.source = absolute(db.path());
    info.madeBy = m_actor;
    PartialFile partial(partialName(targetPath, QCoreApplication::applicationPid()));
    {
        Connection copy(partial.path(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        CopyResult copied;
        {
            ReadSnapshot snapshot(db.handle(), db.path());
            copied = copyDatabase(copy.handle(), db.handle(), target, progress);
        }
        if (copied.cancelled) {
            info.cancelled = true;
            return info;   // the partial file goes with `partial`
        }
        info.pages = copied.pages;

        // The copy stands alone: a rollback journal instead of the store's WAL, so that it is
        // one file that can be moved and mailed.
        const QStringList mode = copy.column("PRAGMA journal_mode = DELETE");
        if (mode.value(0) != QLatin1String("delete")) {
            throw StoreError(QStringLiteral("%1: %2").arg(
                target, tr("the copy cannot leave WAL mode")));
        }
        info.schemaVersion = int(copy.integer("PRAGMA user_version"));
        // The audit head of the same snapshot, read from the copy itself.
        if (copy.hasTable("audit_anchor")) {
            sqlite3_stmt *stmt = nullptr;
            const char *sql = "SELECT head_seq, head_hash FROM audit_anchor WHERE id = 1";
            if (sqlite3_prepare_v2(copy.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
                throw Database::failure(copy.handle(), QString::fromUtf8(sql), target);
            if (sqlite3_step(stmt) == SQLITE_ROW) {
                info.auditHeadSeq = sqlite3_column_int64(stmt, 0);
                const auto *hash
                    = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
                info.auditHeadHash = QString::fromUtf8(hash ? hash : "");
            }
            sqlite3_finalize(stmt);
        }
        info.madeAt = QDateTime::currentMSecsSinceEpoch();

        copy.exec("CREATE TABLE backup_info (made_at INTEGER NOT NULL, source TEXT NOT NULL, "
                  "schema_version INTEGER NOT NULL, audit_head_seq INTEGER NOT NULL, "
                  "audit_head_hash TEXT NOT NULL, made_by TEXT NOT NULL)");
        sqlite3_stmt *insert = nullptr;
        const char *sql = "INSERT INTO backup_info VALUES (?, ?, ?, ?, ?, ?)";
        if (sqlite3_prepare_v2(copy.handle(), sql, -1, &insert, nullptr) != SQLITE_OK)
            throw Database::failure(copy.handle(), QString::fromUtf8(sql), target);
        const QByteArray source = info.source.toUtf8();
        const QByteArray hash = info.auditHeadHash.toUtf8();
        const QByteArray madeBy = info.madeBy.toUtf8();
        sqlite3_bind_int64(insert, 1, info.madeAt);
        sqlite3_bind_text(insert, 2, source.constData(), int(source.size()), SQLITE_STATIC);
        sqlite3_bind_int(insert, 3, info.schemaVersion);
        sqlite3_bind_int64(insert, 4, info.auditHeadSeq);
        sqlite3_bind_text(insert, 5, hash.constData(), int(hash.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, madeBy.constData(), int(madeBy.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(insert);
        sqlite3_finalize(insert);
        if (rc != SQLITE_DONE)
            throw Database::failure(copy.handle(), QString::fromUtf8(sql), target);

        info.pages = copy.integer("PRAGMA page_count");   // with the label
        const QStringList problems = copy.integrityProblems();
        if (!problems.isEmpty()) {
            throw StoreError(QStringLiteral("%1: %2 %3").arg(
                target, tr("the copy is not sound, so it was not kept:"),
                problems.mid(0, 5).join(QStringLiteral("; "))));
        }
        copy.close();
    }
    // A -wal left beside an older backup (someone opened it in WAL mode) would be replayed onto
    // the new file by the next connection: it goes with the file it belonged to.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(targetPath + QLatin1String(suffix));
    renameInto(partial.path(), targetPath);
    partial.keep();
    info.bytes = QFileInfo(targetPath).size();
    info.seconds = double(clock.nsecsElapsed()) / 1e9;
    return info;
}

BackupInfo BackupService::readInfo(const QString &backupFile)
{
    const QFileInfo file(backupFile);
    if (!file.isFile())
        throw StoreError(QStringLiteral("%1: %2").arg(backupFile, tr("no such backup file")));
    try {
        Connection c(backupFile, SQLITE_OPEN_READONLY);
        QStringList problems;
        try {
            problems = c.integrityProblems();
        } catch (const StoreError &e) {
            if (sqlite3_errcode(c.handle()) == SQLITE_NOTADB)
                throw StoreError(tr("not an SQLite database (not a Pingan backup)"));
            throw StoreError(tr("the backup is damaged:") + QLatin1Char(' ') + e.message());
        }
        if (!problems.isEmpty()) {
            throw StoreError(tr("the backup is damaged:") + QLatin1Char(' ')
                             + problems.mid(0, 5).join(QStringLiteral("; ")));
        }
        if (!c.hasTable("backup_info"))
            throw StoreError(tr("not a Pingan backup (it has no backup_info table)"));
        sqlite3_stmt *stmt = nullptr;
        const char *sql = "SELECT made_at, source, schema_version, audit_head_seq, "
                          "audit_head_hash, made_by FROM backup_info LIMIT 1";
        if (sqlite3_prepare_v2(c.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK)
            throw StoreError(tr("not a Pingan backup (its backup_info cannot be read)"));
        BackupInfo info;
        const auto text = [stmt](int column) {
            const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
            return QString::fromUtf8(t ? t : "");
        };
        const bool found = sqlite3_step(stmt) == SQLITE_ROW;
        if (found) {
            info.madeAt = sqlite3_column_int64(stmt, 0);
            info.source = text(1);
            info.schemaVersion = sqlite3_column_int(stmt, 2);
            info.auditHeadSeq = sqlite3_column_int64(stmt, 3);
            info.auditHeadHash = text(4);
            info.madeBy = text(5);
        }
        sqlite3_finalize(stmt);
        if (!found)
            throw StoreError(tr("not a Pingan backup (its backup_info is empty)"));
        // The file's own version decides what a restore has to migrate.
        info.schemaVersion = int(c.integer("PRAGMA user_version"));
        info.pages = c.integer("PRAGMA page_count");
        info.file = absolute(backupFile);
        info.bytes = file.size();
        return info;
    } catch (const StoreError &e) {
        if (e.message().startsWith(backupFile))
            throw;
        throw StoreError(QStringLiteral("%1: %2").arg(backupFile, e.message()));
    }
}

RestoreInfo BackupService::restore(const QString &dbPath, const QString &backupFile,
                                   const Progress &progress)
{
    if (Database::isServerAddress(dbPath))
        refuseServerStore(dbPath);
    RestoreInfo result;
    result.dbPath = absolute(dbPath);
    result.backupFile = absolute(backupFile);
    if (result.dbPath == result.backupFile) {
        throw StoreError(QStringLiteral("%1: %2").arg(
            backupFile, tr("this is the database itself, not a backup of it")));
    }
    // Everything about the backup is checked before the store is touched.
    result.backup = readInfo(backupFile);
    result.schemaBefore = result.backup.schemaVersion;
    if (result.backup.schemaVersion > Migrator::latestVersion()) {
        throw StoreError(QStringLiteral("%1: %2").arg(
            backupFile, tr("the backup was made by a newer program (schema %1; this program "
                           "knows up to %2)")
                            .arg(result.backup.schemaVersion)
                            .arg(Migrator::latestVersion())));
    }

    const bool exists = QFileInfo::exists(dbPath);
    if (exists) {
        const QString stamp
            = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString base = dbPath + QStringLiteral(".before-restore-") + stamp;
        QString keep = base;
        for (int n = 2; QFileInfo::exists(keep); ++n)
            keep = base + QStringLiteral("-%1").arg(n);
        // A sound store is kept through the backup API (consistent, itself restorable); a
        // damaged one is copied as it lies, with its WAL, for whoever tries to rescue it.
        bool damaged = false;
        try {
            auto current = Database::open(dbPath, Database::Mode::ReadOnly, false,
                                          Database::Check::AtOpen);
            damaged = !current->damaged().isEmpty();
            if (!damaged)
                BackupService(m_actor).backup(*current, keep);
        } catch (const StoreError &) {
            damaged = true;
        }
        if (damaged) {
            removeWithCompanions(keep);
            const QString wal = dbPath + QStringLiteral("-wal");
            if (!QFile::copy(dbPath, keep)
                || (QFileInfo::exists(wal) && !QFile::copy(wal, keep + QStringLiteral("-wal")))) {
                removeWithCompanions(keep);
                throw StoreError(QStringLiteral("%1: %2 %3").arg(
                    dbPath, tr("nothing was restored: the current database cannot be kept as"),
                    keep));
            }
        }
        result.keptAs = keep;
        result.previousDamaged = damaged;
        if (damaged)
            removeWithCompanions(dbPath);   // kept above; a damaged file may not even open
    }

    {
        Connection source(backupFile, SQLITE_OPEN_READONLY);
        Connection live(dbPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        // One write transaction on the live file: other connections see the old store or the
        // restored one, never a mix, and a failure leaves the old one.
        const CopyResult copied = copyDatabase(live.handle(), source.handle(), dbPath, progress);
        if (copied.cancelled) {
            throw StoreError(QStringLiteral("%1: %2").arg(
                dbPath, tr("the restore was cancelled; nothing was changed")));
        }
        // A store does not carry the backup's label.
        live.exec("DROP TABLE IF EXISTS backup_info");
        live.close();
    }
    auto restored = Database::open(dbPath);   // migrates an older backup
    result.schemaAfter = restored->schemaVersion();
    // Sync peers have confirmed change numbers up to what this store had handed out before the
    // restore; the backup's sequence is older. Numbers go on far beyond, so that a change made
    // from now on is never taken for one a peer has confirmed already.
    restored->execScript(QStringLiteral(
        "INSERT INTO sqlite_sequence (name, seq) SELECT 'change_log', 0 WHERE NOT EXISTS "
        "(SELECT 1 FROM sqlite_sequence WHERE name = 'change_log');"
        "UPDATE sqlite_sequence SET seq = seq + 4294967296 WHERE name = 'change_log';"));
    return result;
}

QStringList BackupService::prune(const QString &folder, int keep)
{
    static const QRegularExpression scheduled(QStringLiteral("^pingan-\\d{8}-\\d{6}\\.db$"));
    const QDir dir(folder);
    QStringList backups;
    for (const QString &name : dir.entryList({QStringLiteral("pingan-*.db")}, QDir::Files,
                                             QDir::Name)) {
        if (scheduled.match(name).hasMatch())
            backups << name;
    }
    // The names sort as their times; the newest `keep` stay (never fewer than one).
    QStringList removed;
    const int excess = int(backups.size()) - qMax(1, keep);
    for (int i = 0; i < excess; ++i) {
        const QString path = dir.absoluteFilePath(backups.at(i));
        if (QFile::remove(path))
            removed << path;
    }
    return removed;
}

QString BackupService::scheduledName(const QDateTime &when)
{
    return QStringLiteral("pingan-%1.db").arg(when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}
