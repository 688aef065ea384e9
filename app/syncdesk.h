#pragma once

// The sync conflicts panel at work on an open store: reads the conflicts (of the account's
// township only, for a clerk), names the nodes and regions they came from, and writes the
// choice — one version kept, or a field-by-field merge — through ConflictRepository as the
// current user, telling the person what happened or why the store refused.

#include "store/conflictrepository.h"
#include "store/syncexchange.h"
#include "sync/conflictdock.h"
#include "sync/nodedialog.h"

#include <QPointer>

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class QProgressDialog;
class QWidget;

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

    // File ▸ Sync: exchanging packages with the trusted peers. The file dialogs and the
    // messages open over `parent` (the main window).
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    // Records the exports in the audit log ("sync.export" with the file); the store records
    // the imports itself.
    using Audit = std::function<void(const QString &action, const QString &object)>;
    void setAudit(Audit audit) { m_audit = std::move(audit); }
    // Messages in boxes (the default) or only in lastMessage() (tests).
    void setMessagesShown(bool shown) { m_showMessages = shown; }

    // Asks for the peer (when this node trusts several) and the file, then exports.
    void exportPackage();
    // Writes the package for the peer `peerId` to `path` on a worker thread with its own
    // connection; the outcome in a message. False when refused before starting.
    bool exportPackageTo(const QString &peerId, const QString &path);
    // Asks for the package file, then imports it.
    void importPackage();
    // Imports the package at `path` on a worker thread with its own connection.
    bool importPackageFrom(const QString &path);
    // An export or import is running.
    bool isBusy() const { return m_busy; }
    // Stops the running export or import at its next step (the progress dialog's Cancel):
    // nothing is written, and the message says so.
    void cancelExchange();
    // What the last export or import said (its message), and whether it succeeded.
    QString lastMessage() const { return m_lastMessage; }
    bool lastSucceeded() const { return m_lastOk; }
    // File ▸ Sync ▸ Node and pairing…: this node and its trusted peers (a window of its own).
    void showNodes();
    NodeDialog *nodeDialog() const { return m_nodeDialog; }
    // May the account trust another node (Permission::Sync on a writable store)?
    void setPairingAllowed(bool allowed);
    // Makes this store a sync node: `role` "hub" or "township" (with its township's code as
    // `scope`), named `name`. False (and why, in the dialog and in lastMessage()) when refused.
    bool initNode(const QString &role, const QString &scope, const QString &name);
    // Writes this node's public identity to `path`; false (and why, in the dialog and in
    // lastMessage()) when refused.
    bool exportIdentityTo(const QString &path);
    // Trusts the node whose identity file is `path`.
    bool trustIdentityFrom(const QString &path);

    // The default file name of a package: 同步包-<this>-to-<peer>-YYYYMMDD-HHMM.pingan-sync.
    static QString defaultPackageName(const QString &self, const QString &peer, qint64 now);
    // The kind of a refused package in words (damaged, unsigned, tampered, …).
    static QString rejectionName(SyncRejected::Kind kind);

Q_SIGNALS:
    // An import wrote rows: the panels read the store again.
    void packageImported(qint64 applied, qint64 conflicts);
    // An export or import ended (the message is in lastMessage()).
    void exchangeFinished(bool ok);
    // The list was read again; `open` conflicts wait within the scope.
    void conflictsChanged(int open);
    // A resolve wrote a new revision of this row (panels that show it read it again).
    void recordChanged(const QString &table, const QString &rowId);

private:
    // Writes one resolution; false (and the reason in the dock) when refused.
    bool write(const QString &conflictId, const std::function<void(ConflictRepository &)> &op,
               const std::function<QString(const SyncConflict &)> &done);
    void readNames(const QList<SyncConflict> &conflicts);
    QWidget *dialogParent() const;
    void startBusy(const QString &text);
    // The worker's report of its steps (for the progress dialog), and whether to go on.
    SyncExchange::Progress workerProgress() const;
    void finish(bool ok, const QString &title, const QString &message);
    void fillNodeDialog();
    bool nodeAnswer(bool ok, const QString &message);

    Database &m_db;
    ConflictDock *m_dock;
    std::unique_ptr<ConflictRepository> m_repo;
    QString m_actor;
    QString m_scope;
    std::function<qint64()> m_clock;
    QHash<QString, QString> m_regionNames;
    int m_open = 0;
    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QPointer<NodeDialog> m_nodeDialog;
    bool m_pairingAllowed = true;
    Audit m_audit;
    bool m_showMessages = true;
    bool m_busy = false;
    // The running export or import, as its worker reports it (read by the GUI's timer).
    struct Running
    {
        std::atomic<bool> cancel {false};
        std::atomic<int> done {0};
        std::atomic<int> total {0};
    };
    std::shared_ptr<Running> m_running;
    bool m_lastOk = false;
    QString m_lastMessage;
};
