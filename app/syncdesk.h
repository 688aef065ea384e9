#pragma once

// The sync conflicts panel at work on an open store: reads the conflicts (of the account's
// township only, for a clerk), names the nodes and regions they came from, and writes the
// choice — one version kept, or a field-by-field merge — through ConflictRepository as the
// current user, telling the person what happened or why the store refused.

#include "store/conflictrepository.h"
#include "sync/conflictdock.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Database;

class SyncDesk : public QObject
{
    Q_OBJECT
public:
    SyncDesk(Database &db, ConflictDock *dock, QObject *parent = nullptr);
    ~SyncDesk() override;

    void setActor(const QString &login) { m_actor = login; }
    // The clock resolutions are recorded with (tests and the session's clock).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // A township's region code: only its conflicts are listed. Empty: every conflict.
    void setScope(const QString &scopeCode);
    // Why the signed-in account may not resolve a conflict (the dock's read-only line).
    void setRefusal(ConflictDock::Refusal refusal);

    // Reads the conflicts again (after an import, a resolve, or F5).
    void reload();
    // Open conflicts within the scope, as of the last reload.
    int openCount() const { return m_open; }

    void keep(const QString &conflictId, ConflictRepository::Keep keep);
    void merge(const QString &conflictId, const QVariantMap &fields);

Q_SIGNALS:
    // The list was read again; `open` conflicts wait within the scope.
    void conflictsChanged(int open);
    // A resolve wrote a new revision of this row (panels that show it read it again).
    void recordChanged(const QString &table, const QString &rowId);

private:
    // Writes one resolution; false (and the reason in the dock) when refused.
    bool write(const QString &conflictId, const std::function<void(ConflictRepository &)> &op,
               const std::function<QString(const SyncConflict &)> &done);
    void readNames(const QList<SyncConflict> &conflicts);

    Database &m_db;
    ConflictDock *m_dock;
    std::unique_ptr<ConflictRepository> m_repo;
    QString m_actor;
    QString m_scope;
    std::function<qint64()> m_clock;
    QHash<QString, QString> m_regionNames;
    int m_open = 0;
};
