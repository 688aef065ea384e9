#include "syncdesk.h"

#include "domain/region.h"
#include "qt/conflictfieldmodel.h"
#include "qt/conflictmodel.h"
#include "store/database.h"
#include "store/noderepository.h"
#include "store/regionrepository.h"
#include "store/storeerror.h"

#include <QDateTime>

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
