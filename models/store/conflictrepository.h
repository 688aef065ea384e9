#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

class Database;

// A row changed on two nodes between two exchanges (table `conflict`). "Local" is the version
// made on this node when one of the two was made here; otherwise it is the version the table
// holds. Resolving writes the chosen version (or a field-by-field merge) as a new revision of
// the row, which the next package carries to the other node.
struct SyncConflict
{
    QString id;
    QString table;
    QString rowId;
    QString regionCode;
    QString label;            // e.g. the case number and title of a dispute
    QJsonObject local;
    QString localOrigin;
    qint64 localRev = 0;
    QJsonObject remote;
    QString remoteOrigin;
    qint64 remoteRev = 0;
    bool localInTable = true; // which version the table holds now
    qint64 detectedAt = 0;
    QString detectedBy;       // node id
    QString status;           // open, resolved
    QString resolution;       // '', local, remote, merged
    QString resolvedBy;
    qint64 resolvedAt = 0;
    // The columns whose values differ between the two versions (sync columns left out).
    QStringList differingFields() const;
};

class ConflictRefused : public std::runtime_error
{
public:
    explicit ConflictRefused(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }
    QString message() const { return m_message; }

private:
    QString m_message;
};

class ConflictRepository
{
public:
    explicit ConflictRepository(Database &db)
        : m_db(db)
    { }

    // Newest first; only open ones unless `all`. `scopeCode` (a township) limits them to its
    // regions.
    QList<SyncConflict> list(bool all = false, const QString &scopeCode = {}) const;
    // By id or unique id prefix (4+ characters). Throws ConflictRefused when none or several.
    SyncConflict find(const QString &idOrPrefix) const;
    int openCount() const;

    enum class Keep { Local, Remote };
    // Keeps one version: writes it as a new revision of the row and marks the conflict
    // resolved, in one transaction with an audit row. Refused for a resolved conflict.
    void resolve(const QString &id, Keep keep, const QString &actor, qint64 now);
    // Field-by-field: `fields` maps column → value for the columns to take from either side
    // (columns not named keep the table's current value).
    void resolveMerged(const QString &id, const QVariantMap &fields, const QString &actor,
                       qint64 now);

private:
    // The conflicts of list(), only those whose id starts with `idPrefix` when it is given.
    QList<SyncConflict> select(bool all, const QString &scopeCode, const QString &idPrefix) const;
    void write(const SyncConflict &c, const QVariantMap &values, const QString &resolution,
               const QString &actor, qint64 now);
    Database &m_db;
};
