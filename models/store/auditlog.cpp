#include "auditlog.h"

#include "database.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLog", text);
}

constexpr qint64 kDayMs = 86400LL * 1000;

// Runs `body` inside a savepoint: within the caller's transaction it becomes part of it, and on
// its own it is a transaction of its own.
template <typename F> auto inSavepoint(Database &db, F body)
{
    if (db.isPostgres() && !db.inTransaction()) {
        // A savepoint needs a transaction on PostgreSQL: this is one of its own.
        WriteTransaction tx(db);
        auto result = body();
        tx.commit();
        return result;
    }
    db.execScript(QStringLiteral("SAVEPOINT audit_append"));
    try {
        auto result = body();
        db.execScript(QStringLiteral("RELEASE audit_append"));
        return result;
    } catch (...) {
        try {
            db.execScript(QStringLiteral("ROLLBACK TO audit_append; RELEASE audit_append"));
        } catch (...) {
        }
        throw;
    }
}

AuditEntry readEntry(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.login = q.value(2).toString();
    e.action = q.value(3).toString();
    e.object = q.value(4).toString();
    e.detail = q.value(5).toString();
    e.result = q.value(6).toString();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

const char kColumns[] = "seq, at, login, action, object, detail, result, prev_hash, hash";

struct Anchor {
    AuditHead head;
    AuditHead base;
};

Anchor readAnchor(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT head_seq, head_hash, base_seq, base_hash FROM audit_anchor WHERE id = 1"));
    Database::exec(q);
    Anchor a;
    if (q.next()) {
        a.head = {q.value(0).toLongLong(), q.value(1).toString()};
        a.base = {q.value(2).toLongLong(), q.value(3).toString()};
    }
    return a;
}

} // namespace

QString AuditLog::rowHash(const AuditEntry &e)
{
    // Fields joined by the unit separator, which none of them holds in practice; the lengths
    // are included so that moving text from one field to the next changes the hash anyway.
    QByteArray data;
    auto add = [&data](const QString &field) {
        const QByteArray utf8 = field.toUtf8();
        data += QByteArray::number(utf8.size());
        data += ':';
        data += utf8;
        data += '\x1f';
    };
    add(QString::number(e.seq));
    add(QString::number(e.at));
    add(e.login);
    add(e.action);
    add(e.object);
    add(e.detail);
    add(e.result);
    add(e.prevHash);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

AuditEntry AuditLog::append(const AuditRecord &record, qint64 at)
{
    return inSavepoint(m_db, [&] {
        const Anchor anchor = readAnchor(m_db);
        AuditEntry e;
        static_cast<AuditRecord &>(e) = record;
        e.seq = anchor.head.seq + 1;
        e.at = at;
        e.prevHash = anchor.head.hash;
        e.hash = rowHash(e);
        QSqlQuery ins = m_db.prepare(QStringLiteral(
            "INSERT INTO audit_log (seq, at, login, action, object, detail, result, prev_hash, "
            "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // A null QString binds as NULL; the columns hold text.
        auto text = [](const QString &v) { return QVariant(v.isNull() ? QStringLiteral("") : v); };
        for (const QVariant &v :
             {QVariant(e.seq), QVariant(e.at), text(e.login), text(e.action), text(e.object),
              text(e.detail), text(e.result), text(e.prevHash), text(e.hash)})
            ins.addBindValue(v);
        Database::exec(ins);
        QSqlQuery head = m_db.prepare(
            QStringLiteral("UPDATE audit_anchor SET head_seq = ?, head_hash = ? WHERE id = 1"));
        head.addBindValue(e.seq);
        head.addBindValue(e.hash);
        Database::exec(head);
        return e;
    });
}

AuditHead AuditLog::head() const
{
    return readAnchor(m_db).head;
}

AuditVerdict AuditLog::verify() const
{
    const Anchor anchor = readAnchor(m_db);
    AuditVerdict v;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)));
    q.setForwardOnly(true);
    Database::exec(q);
    qint64 expectedSeq = anchor.base.seq + 1;
    QString expectedPrev = anchor.base.hash;
    auto fail = [&v](AuditVerdict::Problem p, qint64 seq, const QString &message) {
        v.problem = p;
        v.seq = seq;
        v.message = message;
        return v;
    };
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        ++v.rowsChecked;
        if (e.seq < expectedSeq)
            return fail(AuditVerdict::Problem::Inserted, e.seq,
                        tr("Audit row %1 lies before the start of the chain (%2): it was "
                           "inserted")
                            .arg(e.seq)
                            .arg(expectedSeq));
        if (e.seq > expectedSeq) {
            return fail(
                AuditVerdict::Problem::Deleted, expectedSeq,
                e.seq == expectedSeq + 1
                    ? tr("Audit row %1 was deleted").arg(expectedSeq)
                    : tr("Audit rows %1 to %2 were deleted").arg(expectedSeq).arg(e.seq - 1));
        }
        if (rowHash(e) != e.hash)
            return fail(
                AuditVerdict::Problem::Changed, e.seq,
                tr("Audit row %1 was changed: its content does not match its hash").arg(e.seq));
        if (e.prevHash != expectedPrev) {
            // This row is intact, so the row before it was rewritten with a new hash.
            const qint64 bad = e.seq - 1;
            return fail(
                AuditVerdict::Problem::Changed, bad,
                tr("Audit row %1 was changed: row %2 no longer links to it").arg(bad).arg(e.seq));
        }
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    const qint64 last = expectedSeq - 1;
    if (last < anchor.head.seq)
        return fail(AuditVerdict::Problem::Cut, last + 1,
                    last + 1 == anchor.head.seq
                        ? tr("Audit row %1 was cut off the end of the log").arg(last + 1)
                        : tr("Audit rows %1 to %2 were cut off the end of the log")
                              .arg(last + 1)
                              .arg(anchor.head.seq));
    if (last > anchor.head.seq)
        return fail(AuditVerdict::Problem::Inserted, anchor.head.seq + 1,
                    tr("Audit row %1 was added after the recorded head (%2)")
                        .arg(anchor.head.seq + 1)
                        .arg(anchor.head.seq));
    if (last > 0 && expectedPrev != anchor.head.hash)
        return fail(AuditVerdict::Problem::Changed, last,
                    tr("Audit row %1 was changed: it does not match the recorded head").arg(last));
    return v;
}

AuditVerdict AuditLog::verifyAgainst(const AuditHead &known, const QString &source) const
{
    AuditVerdict v;
    const Anchor anchor = readAnchor(m_db);
    if (known.seq <= anchor.base.seq)
        return v;   // purged since: nothing left to compare
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(known.seq);
    Database::exec(q);
    v.rowsChecked = 1;
    if (!q.next()) {
        QSqlQuery last = m_db.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
        Database::exec(last);
        const qint64 end = last.next() ? last.value(0).toLongLong() : 0;
        v.seq = std::min(end + 1, known.seq);
        v.problem = end < known.seq ? AuditVerdict::Problem::Cut : AuditVerdict::Problem::Deleted;
        v.message = end < known.seq
                        ? tr("%1 knew audit rows up to %2, but the log ends at %3: rows %4 to %2 "
                             "were cut")
                              .arg(source)
                              .arg(known.seq)
                              .arg(end)
                              .arg(end + 1)
                        : tr("Audit row %1, which %2 knew, was deleted").arg(known.seq).arg(source);
        return v;
    }
    if (q.value(0).toString() != known.hash) {
        v.problem = AuditVerdict::Problem::Changed;
        v.seq = known.seq;
        v.message = tr("Audit row %1 differs from the one %2 knew: the log was rewritten")
                        .arg(known.seq)
                        .arg(source);
    }
    return v;
}

QList<AuditEntry> AuditLog::list(const AuditFilter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM audit_log WHERE at >= ? AND at < ?")
                      .arg(QLatin1String(kColumns));
    QVariantList binds{filter.from, filter.to};
    if (!filter.login.isEmpty()) {
        sql += QStringLiteral(" AND login = ?");
        binds << filter.login;
    }
    if (filter.action.endsWith(QLatin1Char('.'))) {
        sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
        binds << filter.action.size() << filter.action;
    } else if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds << filter.action;
    }
    if (filter.limit > 0) {
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY seq DESC LIMIT ?) AS recent ORDER BY seq").arg(sql);
        binds << filter.limit;
    } else {
        sql += QStringLiteral(" ORDER BY seq");
    }
    QSqlQuery q = m_db.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.setForwardOnly(true);
    Database::exec(q);
    QList<AuditEntry> out;
    while (q.next())
        out << readEntry(q);
    return out;
}

int AuditLog::purgeBefore(qint64 before, const QString &login, qint64 now)
{
    const qint64 limit = now - qint64(kRetentionDays) * kDayMs;
    if (before > limit)
        throw AuditPurgeRefused{tr("Audit rows are kept for %1 days: rows from %2 on cannot be "
                                   "removed yet")
                                    .arg(kRetentionDays)
                                    .arg(QDateTime::fromMSecsSinceEpoch(limit).toString(
                                        QStringLiteral("yyyy-MM-dd")))};
    WriteTransaction tx(m_db);
    // The new base is the last row removed: the chain then starts at the row after it.
    QSqlQuery last = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log WHERE seq = "
                                                 "(SELECT max(seq) FROM audit_log WHERE at < ?)"));
    last.addBindValue(before);
    Database::exec(last);
    if (!last.next()) {
        tx.commit();
        return 0;
    }
    const qint64 baseSeq = last.value(0).toLongLong();
    const QString baseHash = last.value(1).toString();
    last.finish();
    // Rows are removed up to the base, so that the chain stays a contiguous run of seq.
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM audit_log WHERE seq <= ?"));
    del.addBindValue(baseSeq);
    Database::exec(del);
    const int removed = del.numRowsAffected();
    QSqlQuery base = m_db.prepare(
        QStringLiteral("UPDATE audit_anchor SET base_seq = ?, base_hash = ? WHERE id = 1"));
    base.addBindValue(baseSeq);
    base.addBindValue(baseHash);
    Database::exec(base);
    append({login, QStringLiteral("audit.purge"), QString(),
            tr("%1 rows before %2 removed (up to row %3)")
                .arg(removed)
                .arg(QDateTime::fromMSecsSinceEpoch(before).toString(Qt::ISODate))
                .arg(baseSeq)},
           now);
    tx.commit();
    return removed;
}
