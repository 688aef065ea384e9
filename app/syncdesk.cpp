#include "syncdesk.h"

#include "domain/region.h"
#include "qt/conflictfieldmodel.h"
#include "qt/conflictmodel.h"
#include "store/database.h"
#include "store/noderepository.h"
#include "store/regionrepository.h"
#include "store/storeerror.h"
#include "sync/nodedialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent>

#include <optional>

SyncDesk::SyncDesk(Database &db, ConflictDock *dock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dock(dock)
    , m_repo(std::make_unique<ConflictRepository>(db))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(m_dock, &ConflictDock::keepRequested, this, &SyncDesk::keep);
    connect(m_dock, &ConflictDock::mergeRequested, this, &SyncDesk::merge);
    connect(m_dock, &ConflictDock::showResolvedChanged, this, &SyncDesk::reload);
    m_dock->showFeedback(FeedbackLabel::Tone::Fine, QString());
}

SyncDesk::~SyncDesk()
{
    disconnect(m_dock, nullptr, this, nullptr);
    if (m_progress)
        m_progress->deleteLater();
    if (m_nodeDialog)
        m_nodeDialog->deleteLater();
    m_dock->setRefusal({});
    m_dock->setConflicts({});
    m_dock->showFeedback(FeedbackLabel::Tone::Fine, QString());
}

void SyncDesk::setScope(const QString &scopeCode)
{
    m_scope = scopeCode;
}

void SyncDesk::setRefusal(ConflictDock::Refusal refusal)
{
    m_dock->setRefusal(std::move(refusal));
}

void SyncDesk::reload()
{
    QList<SyncConflict> shown;
    try {
        const QList<SyncConflict> open = m_repo->list(false, m_scope);
        m_open = int(open.size());
        shown = m_dock->showsResolved() ? m_repo->list(true, m_scope) : open;
        readNames(shown);
    } catch (const StoreError &e) {
        m_dock->setConflicts({});
        m_dock->showFeedback(FeedbackLabel::Tone::Refused,
                             tr("The sync conflicts could not be read:\n%1").arg(e.message()));
        m_open = 0;
        Q_EMIT conflictsChanged(m_open);
        return;
    }
    m_dock->setRegionNames(m_regionNames);
    m_dock->setConflicts(shown);
    Q_EMIT conflictsChanged(m_open);
}

// Where the versions came from (this node and its peers) and what the regions are called.
void SyncDesk::readNames(const QList<SyncConflict> &conflicts)
{
    NodeRepository nodes(m_db);
    const NodeRepository::Self self = nodes.self();
    QHash<QString, QString> names;
    names.insert(self.id, self.name);
    for (const SyncPeer &peer : nodes.peers())
        names.insert(peer.identity.id, peer.identity.name);
    m_dock->setNodeNames(names, self.id);

    RegionRepository regions(m_db);
    for (const SyncConflict &c : conflicts) {
        if (c.regionCode.isEmpty() || m_regionNames.contains(c.regionCode))
            continue;
        const std::optional<Region> region = regions.byCode(c.regionCode);
        if (!region)
            continue;
        QString name = region->name;
        // A village or grid is known by its township first (镇 · 村 · 网格 reads like an
        // address); the township is the first nine digits.
        if (region->level == RegionLevel::Village || region->level == RegionLevel::Grid) {
            const QString township = c.regionCode.left(9) + QStringLiteral("000");
            if (const std::optional<Region> t = regions.byCode(township))
                name = QStringLiteral("%1 · %2").arg(t->name, name);
        }
        m_regionNames.insert(c.regionCode, name);
    }
}

bool SyncDesk::write(const QString &conflictId,
                     const std::function<void(ConflictRepository &)> &op,
                     const std::function<QString(const SyncConflict &)> &done)
{
    SyncConflict conflict;
    try {
        conflict = m_repo->find(conflictId);
        op(*m_repo);
    } catch (const ConflictRefused &e) {
        m_dock->showFeedback(FeedbackLabel::Tone::Refused, tr("Not resolved: %1").arg(e.message()));
        reload();
        return false;
    } catch (const StoreError &e) {
        m_dock->showFeedback(FeedbackLabel::Tone::Refused, tr("Not resolved: %1").arg(e.message()));
        return false;
    }
    reload();
    m_dock->showFeedback(FeedbackLabel::Tone::Fine, done(conflict));
    Q_EMIT recordChanged(conflict.table, conflict.rowId);
    return true;
}

namespace {

QString recordName(const SyncConflict &c)
{
    return QStringLiteral("%1 %2").arg(ConflictModel::tableLabel(c.table),
                                       c.label.isEmpty() ? c.rowId : c.label);
}

} // namespace

void SyncDesk::keep(const QString &conflictId, ConflictRepository::Keep keep)
{
    write(
        conflictId,
        [&](ConflictRepository &repo) { repo.resolve(conflictId, keep, m_actor, m_clock()); },
        [keep](const SyncConflict &c) {
            return keep == ConflictRepository::Keep::Local
                ? tr("Kept the local version of %1. The next sync package takes it to the "
                     "other node.").arg(recordName(c))
                : tr("Kept the remote version of %1. The next sync package takes it to the "
                     "other node.").arg(recordName(c));
        });
}

void SyncDesk::merge(const QString &conflictId, const QVariantMap &fields)
{
    write(
        conflictId,
        [&](ConflictRepository &repo) {
            repo.resolveMerged(conflictId, fields, m_actor, m_clock());
        },
        [fields](const SyncConflict &c) {
            const int local = ConflictFieldModel::localValueCount(c, fields);
            const int remote = int(fields.size()) - local;
            return tr("Merged %1: the local value in %2 fields, the remote value in %3. The "
                      "next sync package takes it to the other node.")
                .arg(recordName(c))
                .arg(local)
                .arg(remote);
        });
}

// ---- exchanging packages ---------------------------------------------------------------------

namespace {

// What a worker reports back: a package written or imported, or why not.
struct Exchange
{
    std::optional<SyncExchange::Exported> exported;
    std::optional<SyncExchange::Imported> imported;
    std::optional<SyncRejected::Kind> rejected;
    bool cancelled = false;
    QString error;
};

// Its own connection: the window's stays free while the package is written or read.
std::unique_ptr<Database> openForWriting(const QString &dbPath)
{
    auto db = Database::open(dbPath, Database::Mode::ReadWrite, false,
                             Database::Check::Deferred);
    if (db->isReadOnly())
        throw StoreError(SyncDesk::tr("The database is open read-only."));
    return db;
}

Exchange runExchange(const std::function<void(Exchange &)> &work)
{
    Exchange out;
    try {
        work(out);
    } catch (const SyncRejected &e) {
        out.rejected = e.kind();
        out.error = e.message();
    } catch (const SyncCancelled &) {
        out.cancelled = true;
    } catch (const NodeRefused &e) {
        out.rejected = SyncRejected::Kind::Refused;
        out.error = e.message();
    } catch (const StoreError &e) {
        out.error = e.message();
    } catch (const std::exception &e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

QString peerLabel(const SyncPeer &peer)
{
    return peer.identity.scopeCode.isEmpty()
        ? peer.identity.name
        : QStringLiteral("%1 (%2)").arg(peer.identity.name, peer.identity.scopeCode);
}

} // namespace

QString SyncDesk::defaultPackageName(const QString &self, const QString &peer, qint64 now)
{
    return QStringLiteral("同步包-%1-to-%2-%3.pingan-sync")
        .arg(self, peer,
             QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("yyyyMMdd-HHmm")));
}

QString SyncDesk::rejectionName(SyncRejected::Kind kind)
{
    switch (kind) {
    case SyncRejected::Kind::Damaged:
        return tr("damaged or incomplete");
    case SyncRejected::Kind::Unsigned:
        return tr("not signed");
    case SyncRejected::Kind::Tampered:
        return tr("tampered with");
    case SyncRejected::Kind::Foreign:
        return tr("not for this node, or from an untrusted one");
    case SyncRejected::Kind::Replayed:
        return tr("imported before");
    case SyncRejected::Kind::Refused:
        break;
    }
    return tr("cannot be imported here");
}

QWidget *SyncDesk::dialogParent() const
{
    return m_dialogParent ? m_dialogParent.data() : m_dock->window();
}

void SyncDesk::exportPackage()
{
    if (m_busy)
        return;
    NodeRepository::Self self;
    QList<SyncPeer> peers;
    try {
        NodeRepository nodes(m_db);
        self = nodes.self();
        if (self.initialised)
            peers = nodes.peers();
    } catch (const StoreError &e) {
        finish(false, tr("Export sync package"), e.message());
        return;
    }
    if (!self.initialised) {
        finish(false, tr("Export sync package"),
               tr("This database is not a sync node yet. Make it one in File ▸ Sync ▸ Node and "
                  "pairing…, or on the command line:\n"
                  "pingan-cli --db %1 node init --role hub|township [--scope CODE] --name NAME")
                   .arg(QDir::toNativeSeparators(m_db.path())));
        return;
    }
    if (peers.isEmpty()) {
        finish(false, tr("Export sync package"),
               tr("This node trusts no other node yet. Trust its identity in File ▸ Sync ▸ "
                  "Node and pairing…, or on the command line:\npingan-cli --db %1 node trust FILE")
                   .arg(QDir::toNativeSeparators(m_db.path())));
        return;
    }
    SyncPeer peer = peers.constFirst();
    if (peers.size() > 1) {
        QStringList labels;
        for (const SyncPeer &p : peers)
            labels << peerLabel(p);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            dialogParent(), tr("Export sync package"), tr("The package is for:"), labels, 0,
            false, &ok);
        if (!ok || !labels.contains(chosen))
            return;
        peer = peers.at(labels.indexOf(chosen));
    }
    const QString folder = QFileInfo(m_db.path()).absolutePath();
    const QString path = QFileDialog::getSaveFileName(
        dialogParent(), tr("Export sync package for %1").arg(peer.identity.name),
        QDir(folder).filePath(defaultPackageName(self.name, peer.identity.name, m_clock())),
        tr("Sync packages (*.pingan-sync);;All files (*)"));
    if (path.isEmpty())
        return;
    exportPackageTo(peer.identity.id, path);
}

bool SyncDesk::exportPackageTo(const QString &peerId, const QString &path)
{
    if (m_busy)
        return false;
    QString peerName = peerId;
    try {
        peerName = NodeRepository(m_db).peer(peerId).identity.name;
    } catch (const NodeRefused &e) {
        finish(false, tr("Export sync package"), tr("Not exported: %1").arg(e.message()));
        return false;
    } catch (const StoreError &e) {
        finish(false, tr("Export sync package"), tr("Not exported: %1").arg(e.message()));
        return false;
    }
    startBusy(tr("Writing the sync package for %1…").arg(peerName));
    auto *watcher = new QFutureWatcher<Exchange>(this);
    connect(watcher, &QFutureWatcher<Exchange>::finished, this, [this, watcher, path, peerName] {
        watcher->deleteLater();
        const Exchange x = watcher->result();
        const QString title = tr("Export sync package");
        if (x.cancelled) {
            finish(false, title, tr("Cancelled: no package was written."));
            return;
        }
        if (!x.exported) {
            finish(false, title,
                   x.rejected ? tr("Not exported (%1): %2")
                                    .arg(rejectionName(*x.rejected), x.error)
                              : tr("Not exported: %1").arg(x.error));
            return;
        }
        const QString file
            = QDir::toNativeSeparators(x.exported->path.isEmpty() ? path : x.exported->path);
        if (m_audit)
            m_audit(QStringLiteral("sync.export"), file);
        finish(true, title,
               tr("Wrote package %1 for %2 with %n changed row(s):\n%3", nullptr,
                  int(x.exported->rows))
                   .arg(x.exported->sequence)
                   .arg(peerName, file));
    });
    watcher->setFuture(QtConcurrent::run(
        [dbPath = m_db.path(), peerId, path, now = m_clock(), actor = m_actor,
         progress = workerProgress()] {
            return runExchange([&](Exchange &out) {
                auto db = openForWriting(dbPath);
                out.exported = SyncExchange(*db).exportTo(peerId, path, now, actor, progress);
            });
        }));
    return true;
}

void SyncDesk::importPackage()
{
    if (m_busy)
        return;
    const QString path = QFileDialog::getOpenFileName(
        dialogParent(), tr("Import sync package"), QFileInfo(m_db.path()).absolutePath(),
        tr("Sync packages (*.pingan-sync);;All files (*)"));
    if (!path.isEmpty())
        importPackageFrom(path);
}

bool SyncDesk::importPackageFrom(const QString &path)
{
    if (m_busy)
        return false;
    startBusy(tr("Checking and importing the sync package…"));
    auto *watcher = new QFutureWatcher<Exchange>(this);
    connect(watcher, &QFutureWatcher<Exchange>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Exchange x = watcher->result();
        const QString title = tr("Import sync package");
        if (x.cancelled) {
            finish(false, title, tr("Cancelled: nothing was changed."));
            return;
        }
        if (!x.imported) {
            finish(false, title,
                   (x.rejected ? tr("The package was refused (%1): %2")
                                     .arg(rejectionName(*x.rejected), x.error)
                               : tr("The package could not be imported: %1").arg(x.error))
                       + QLatin1Char('\n') + tr("Nothing was changed."));
            return;
        }
        const SyncExchange::Imported &r = *x.imported;
        QString text = tr("Package from %1: imported %2, skipped %3, conflicts %4.")
                           .arg(r.fromName.isEmpty() ? r.fromNode : r.fromName)
                           .arg(r.applied)
                           .arg(r.skipped)
                           .arg(r.conflicts);
        if (r.conflicts > 0)
            text += QLatin1Char('\n')
                + tr("Rows changed on both nodes wait in the sync conflicts panel.");
        reload();
        Q_EMIT packageImported(r.applied, r.conflicts);
        finish(true, title, text);
    });
    watcher->setFuture(QtConcurrent::run(
        [dbPath = m_db.path(), path, now = m_clock(), actor = m_actor,
         progress = workerProgress()] {
            return runExchange([&](Exchange &out) {
                auto db = openForWriting(dbPath);
                out.imported = SyncExchange(*db).importFrom(path, now, actor, progress);
            });
        }));
    return true;
}

void SyncDesk::cancelExchange()
{
    if (!m_busy || !m_running)
        return;   // also the dialog closing at the end of the work
    m_running->cancel.store(true);
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

SyncExchange::Progress SyncDesk::workerProgress() const
{
    // Runs on the worker; it touches only the shared state, never this desk.
    return [running = m_running](int done, int total) {
        running->total.store(total);
        running->done.store(done);
        return !running->cancel.load();
    };
}

void SyncDesk::startBusy(const QString &text)
{
    m_busy = true;
    m_running = std::make_shared<Running>();
    QWidget *parent = dialogParent();
    if (!parent)
        return;
    auto *progress = new QProgressDialog(text, tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("syncProgress"));
    progress->setWindowTitle(tr("Sync"));
    progress->setWindowModality(Qt::WindowModal);
    connect(progress, &QProgressDialog::canceled, this, &SyncDesk::cancelExchange);
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress, [progress, running = m_running] {
        const int total = running->total.load();
        if (total > 0 && !running->cancel.load()) {
            progress->setRange(0, total);
            progress->setValue(std::min(running->done.load(), total - 1));
        }
    });
    poll->start(100);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->show();
    m_progress = progress;
}

void SyncDesk::finish(bool ok, const QString &title, const QString &message)
{
    m_busy = false;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_lastOk = ok;
    m_lastMessage = message;
    if (m_showMessages) {
        if (ok)
            QMessageBox::information(dialogParent(), title, message);
        else
            QMessageBox::warning(dialogParent(), title, message);
    }
    Q_EMIT exchangeFinished(ok);
}

// ---- node and pairing ------------------------------------------------------------------------

void SyncDesk::showNodes()
{
    if (!m_nodeDialog) {
        m_nodeDialog = new NodeDialog(dialogParent());
        m_nodeDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_nodeDialog, &NodeDialog::exportIdentityRequested, this, [this] {
            NodeRepository::Self self;
            try {
                self = NodeRepository(m_db).self();
            } catch (const StoreError &e) {
                nodeAnswer(false, e.message());
                return;
            }
            const QString path = QFileDialog::getSaveFileName(
                m_nodeDialog, tr("Export this node's identity"),
                QDir(QFileInfo(m_db.path()).absolutePath())
                    .filePath(tr("node-identity-%1.json").arg(self.name)),
                tr("Node identities (*.json);;All files (*)"));
            if (!path.isEmpty())
                exportIdentityTo(path);
        });
        connect(m_nodeDialog, &NodeDialog::initRequested, this, &SyncDesk::initNode);
        connect(m_nodeDialog, &NodeDialog::trustRequested, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                m_nodeDialog, tr("Trust a node's identity"),
                QFileInfo(m_db.path()).absolutePath(),
                tr("Node identities (*.json);;All files (*)"));
            if (!path.isEmpty())
                trustIdentityFrom(path);
        });
    }
    m_nodeDialog->setTrustAllowed(m_pairingAllowed);
    fillNodeDialog();
    m_nodeDialog->show();
    m_nodeDialog->raise();
    m_nodeDialog->activateWindow();
}

void SyncDesk::setPairingAllowed(bool allowed)
{
    m_pairingAllowed = allowed;
    if (m_nodeDialog)
        m_nodeDialog->setTrustAllowed(allowed);
}

void SyncDesk::fillNodeDialog()
{
    if (!m_nodeDialog)
        return;
    try {
        const NodeRepository nodes(m_db);
        const NodeRepository::Self self = nodes.self();
        if (!self.initialised) {
            // The form's townships: the county's, by code.
            QList<QPair<QString, QString>> townships;
            const RegionRepository regions(m_db);
            if (const std::optional<Region> county = regions.county())
                for (const Region &t : regions.children(county->code, {}, 1000))
                    townships.append({t.code, t.name});
            m_nodeDialog->setTownships(townships);
        }
        m_nodeDialog->setSelf(self);
        m_nodeDialog->setPeers(self.initialised ? nodes.peers() : QList<SyncPeer>());
    } catch (const StoreError &e) {
        m_nodeDialog->setSelf({});
        m_nodeDialog->setPeers({});
        m_nodeDialog->showFeedback(FeedbackLabel::Tone::Refused, e.message());
    }
}

bool SyncDesk::nodeAnswer(bool ok, const QString &message)
{
    m_lastOk = ok;
    m_lastMessage = message;
    if (m_nodeDialog) {
        m_nodeDialog->showFeedback(ok ? FeedbackLabel::Tone::Fine : FeedbackLabel::Tone::Refused,
                                   message);
    }
    return ok;
}

bool SyncDesk::initNode(const QString &role, const QString &scope, const QString &name)
{
    if (!m_pairingAllowed)
        return nodeAnswer(false, tr("This account may not make this database a sync node."));
    NodeRepository::Self self;
    try {
        self = NodeRepository(m_db).init(role, scope, name, m_clock());
    } catch (const NodeRefused &e) {
        return nodeAnswer(false, tr("Not made a node: %1").arg(e.message()));
    } catch (const StoreError &e) {
        return nodeAnswer(false, tr("Not made a node: %1").arg(e.message()));
    }
    if (m_audit)
        m_audit(QStringLiteral("node.init"), self.id);
    fillNodeDialog();
    return nodeAnswer(true, tr("This database is now the sync node %1 (%2). Export its identity "
                               "and give it to the other side to trust; then trust theirs.")
                                .arg(self.name, NodeDialog::roleLabel(self.role)));
}

bool SyncDesk::exportIdentityTo(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    QByteArray json;
    try {
        json = NodeRepository(m_db).identity().toJson();
    } catch (const NodeRefused &e) {
        return nodeAnswer(false, tr("Not written: %1").arg(e.message()));
    } catch (const StoreError &e) {
        return nodeAnswer(false, tr("Not written: %1").arg(e.message()));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) < 0 || !out.commit())
        return nodeAnswer(false, tr("%1 could not be written: %2").arg(file, out.errorString()));
    return nodeAnswer(true, tr("Wrote this node's identity to %1. Give it to the other node "
                               "to trust.").arg(file));
}

bool SyncDesk::trustIdentityFrom(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!m_pairingAllowed)
        return nodeAnswer(false, tr("This account may not pair nodes."));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return nodeAnswer(false, tr("%1 could not be read: %2").arg(file, in.errorString()));
    const QByteArray json = in.readAll();
    NodeIdentity peer;
    try {
        peer = NodeIdentity::fromJson(json, file);
        NodeRepository(m_db).trust(peer, m_clock());
    } catch (const NodeIdentityError &e) {
        return nodeAnswer(false, tr("Not trusted: %1").arg(e.message()));
    } catch (const NodeRefused &e) {
        return nodeAnswer(false, tr("Not trusted: %1").arg(e.message()));
    } catch (const StoreError &e) {
        return nodeAnswer(false, tr("Not trusted: %1").arg(e.message()));
    }
    if (m_audit)
        m_audit(QStringLiteral("node.trust"), peer.id);
    fillNodeDialog();
    return nodeAnswer(true, tr("This node now trusts %1 (%2, %3).")
                                .arg(peer.name, NodeDialog::roleLabel(peer.role),
                                     peer.scopeCode));
}
