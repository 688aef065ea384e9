#pragma once

// The audit log of DESIGN §11: who did what to which record, when, and with what result.
// Append-only and hash-chained: each row's SHA-256 covers its fields and the previous row's
// hash, and the head (last seq and hash) is kept in `audit_anchor`, in backups and in sync
// packages, so that a changed, deleted or cut row is found by verify(). Triggers refuse
// UPDATE of audit rows and DELETE of rows younger than the retention.

#include <QList>
#include <QString>

#include <limits>

class Database;

struct AuditRecord
{
    QString login;    // who (empty before anybody signed in)
    QString action;   // "login", "login.failed", "dispute.act", "export", … (README lists them)
    QString object;   // what: a dispute id, a login, a file name
    QString detail;   // free text: the reason given, the options, the error
    QString result = QStringLiteral("ok");   // "ok", "denied", "failed"
};

struct AuditEntry : AuditRecord
{
    qint64 seq = 0;
    qint64 at = 0;     // UTC ms
    QString prevHash;
    QString hash;
};

struct AuditHead
{
    qint64 seq = 0;    // 0 with an empty log
    QString hash;      // hex SHA-256; empty with an empty log
};

struct AuditVerdict
{
    enum class Problem { None, Changed, Deleted, Cut, Inserted };
    Problem problem = Problem::None;
    qint64 seq = 0;        // the first row found changed, deleted, cut or inserted
    qint64 rowsChecked = 0;
    QString message;       // translated; says which row and what

    bool sound() const { return problem == Problem::None; }
};

struct AuditFilter
{
    qint64 from = 0;                                     // at >= from
    qint64 to = std::numeric_limits<qint64>::max();      // at < to
    QString login;
    QString action;        // exact, or a prefix ending in '.' ("dispute.")
    int limit = 0;         // 0: all; otherwise the newest `limit` rows
};

// Thrown by purge for a cut-off inside the retention. Nothing was deleted.
struct AuditPurgeRefused
{
    QString message;
};

class AuditLog
{
public:
    static constexpr int kRetentionDays = 180;

    explicit AuditLog(Database &db)
        : m_db(db)
    { }

    // Appends one row at time `at` (UTC ms). Inside the caller's open transaction the row is
    // kept only when the caller commits; otherwise it is written in its own. Throws StoreError.
    AuditEntry append(const AuditRecord &record, qint64 at);
    AuditHead head() const;
    // Walks the whole chain from the last purge's anchor to the head.
    AuditVerdict verify() const;
    // Whether the log still holds a head known from elsewhere (a backup's backup_info, a sync
    // package): the row `known.seq` must be there with the hash `known.hash`. Finds a cut
    // that also rewrote the anchor, which verify() alone cannot. `source` names where the head
    // came from, for the message.
    AuditVerdict verifyAgainst(const AuditHead &known, const QString &source) const;
    // Oldest first; with a limit, the newest `limit` rows (still oldest first).
    QList<AuditEntry> list(const AuditFilter &filter) const;
    // Deletes the rows older than `before` and records the purge (as a row, and as the new base
    // of the chain). Throws AuditPurgeRefused when `before` is later than now minus the
    // retention. Returns how many rows went.
    int purgeBefore(qint64 before, const QString &login, qint64 now);

    // The hash of a row as verify() computes it.
    static QString rowHash(const AuditEntry &entry);

private:
    Database &m_db;
};
