#include "noderepository.h"

#include "database.h"
#include "storeerror.h"

#include "security/signing.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

// A 12-digit region code from a 9- or 12-digit one (a township's 9 digits padded with zeros).
QString fullCode(const QString &code)
{
    return code.size() == 9 ? code + QStringLiteral("000") : code;
}

} // namespace

NodeRepository::Self NodeRepository::self() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT n.id, n.name, n.role, coalesce(n.scope_code, ''), k.node_id IS NOT NULL "
        "FROM node n LEFT JOIN node_key k ON k.node_id = n.id WHERE n.is_self = 1"));
    Database::exec(q);
    Self s;
    if (q.next()) {
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.role = q.value(2).toString();
        s.scopeCode = q.value(3).toString();
        s.initialised = q.value(4).toBool();
    }
    return s;
}

NodeRepository::Self NodeRepository::init(const QString &role, const QString &scopeCode,
                                          const QString &name, qint64 now)
{
    if (role != QLatin1String("hub") && role != QLatin1String("township"))
        throw NodeRefused(QStringLiteral("role %1: expected hub or township").arg(role));
    if (name.trimmed().isEmpty())
        throw NodeRefused(QStringLiteral("the node needs a name (--name)"));
    static const QRegularExpression digits(QStringLiteral("^(\\d{9}|\\d{12})$"));
    QString scope = scopeCode.trimmed();
    if (!scope.isEmpty() && !digits.match(scope).hasMatch())
        throw NodeRefused(
            QStringLiteral("scope %1: expected a region code of 9 or 12 digits").arg(scope));
    scope = fullCode(scope);

    WriteTransaction tx(m_db);
    const Self before = self();
    if (before.initialised)
        throw NodeRefused(QStringLiteral("this store is already node %1 (%2, %3): a node keeps "
                                         "its identity once made")
                              .arg(before.id, before.role, before.name));
    QSqlQuery county = m_db.prepare(QStringLiteral(
        "SELECT code FROM region WHERE level = 0 AND deleted = 0 ORDER BY code LIMIT 1"));
    Database::exec(county);
    const QString countyCode = county.next() ? county.value(0).toString() : QString();
    county.finish();
    if (role == QLatin1String("township")) {
        if (scope.isEmpty())
            throw NodeRefused(QStringLiteral("a township node needs its township's region code "
                                             "(--scope)"));
        if (scope.mid(6, 3) == QLatin1String("000") || scope.mid(9) != QLatin1String("000"))
            throw NodeRefused(QStringLiteral("scope %1 is not a township's code (the 7th to 9th "
                                             "digits name the township, the rest are 0)")
                                  .arg(scope));
        QSqlQuery level = m_db.prepare(
            QStringLiteral("SELECT level FROM region WHERE code = ? AND deleted = 0"));
        level.addBindValue(scope);
        Database::exec(level);
        if (level.next() && level.value(0).toInt() != 1)
            throw NodeRefused(
                QStringLiteral("scope %1 is not a township in this store").arg(scope));
    } else {
        if (scope.isEmpty())
            scope = countyCode;
        if (scope.isEmpty())
            throw NodeRefused(QStringLiteral("a hub needs its county: import the county's regions "
                                             "first or give the county's code (--scope)"));
        if (scope.mid(6) != QLatin1String("000000"))
            throw NodeRefused(QStringLiteral("scope %1 is not a county's code").arg(scope));
    }
    if (!countyCode.isEmpty() && countyCode.left(6) != scope.left(6))
        throw NodeRefused(
            QStringLiteral("scope %1 is not in this store's county %2").arg(scope, countyCode));
    QSqlQuery peers = m_db.prepare(QStringLiteral("SELECT count(*) FROM sync_peer"));
    Database::exec(peers);
    if (peers.next() && peers.value(0).toLongLong() > 0)
        throw NodeRefused(QStringLiteral("this store already trusts other nodes"));
    peers.finish();

    QSqlQuery update = m_db.prepare(
        QStringLiteral("UPDATE node SET name = ?, role = ?, scope_code = ? WHERE is_self = 1"));
    update.addBindValue(name.trimmed());
    update.addBindValue(role);
    update.addBindValue(scope);
    Database::exec(update);
    const Signing::KeyPair keys = Signing::generate();
    QSqlQuery key = m_db.prepare(QStringLiteral(
        "INSERT INTO node_key (node_id, public_key, secret_key, created_at) VALUES (?, ?, ?, ?)"));
    key.addBindValue(m_db.nodeId());
    key.addBindValue(keys.publicKey);
    key.addBindValue(keys.secretKey);
    key.addBindValue(now);
    Database::exec(key);
    tx.commit();
    return self();
}

NodeIdentity NodeRepository::identity() const
{
    const Self s = self();
    if (!s.initialised)
        throw NodeRefused(
            QStringLiteral("this store is not a sync node yet (pingan-cli node init)"));
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT public_key FROM node_key WHERE node_id = ?"));
    q.addBindValue(s.id);
    Database::exec(q);
    NodeIdentity n;
    n.id = s.id;
    n.name = s.name;
    n.role = s.role;
    n.scopeCode = s.scopeCode;
    if (q.next())
        n.publicKey = q.value(0).toByteArray();
    return n;
}

QByteArray NodeRepository::secretKey() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT k.secret_key FROM node_key k JOIN node n ON "
                                              "n.id = k.node_id WHERE n.is_self = 1"));
    Database::exec(q);
    if (!q.next())
        throw NodeRefused(
            QStringLiteral("this store is not a sync node yet (pingan-cli node init)"));
    return q.value(0).toByteArray();
}

void NodeRepository::trust(const NodeIdentity &peer, qint64 now)
{
    const NodeIdentity me = identity();
    if (peer.id == me.id)
        throw NodeRefused(QStringLiteral("%1 is this node itself").arg(peer.id));
    if (peer.countyCode() != me.countyCode())
        throw NodeRefused(QStringLiteral("node %1 (%2) belongs to county %3, this node to %4")
                              .arg(peer.name, peer.id, peer.countyCode(), me.countyCode()));
    if (peer.role == me.role)
        throw NodeRefused(QStringLiteral("node %1 is a %2 like this one: a township pairs with "
                                         "its county's hub")
                              .arg(peer.name, peer.role));
    WriteTransaction tx(m_db);
    QSqlQuery known
        = m_db.prepare(QStringLiteral("SELECT public_key, role FROM sync_peer WHERE node_id = ?"));
    known.addBindValue(peer.id);
    Database::exec(known);
    if (known.next()) {
        if (known.value(0).toByteArray() != peer.publicKey)
            throw NodeRefused(QStringLiteral("node %1 is trusted already with another key; the "
                                             "new file is not from the same node")
                                  .arg(peer.id));
        return; // the same identity again
    }
    known.finish();
    if (me.role == QLatin1String("township")) {
        QSqlQuery hubs = m_db.prepare(QStringLiteral("SELECT name FROM sync_peer"));
        Database::exec(hubs);
        if (hubs.next())
            throw NodeRefused(QStringLiteral("this township already trusts hub %1")
                                  .arg(hubs.value(0).toString()));
    } else {
        QSqlQuery same
            = m_db.prepare(QStringLiteral("SELECT name FROM sync_peer WHERE scope_code = ?"));
        same.addBindValue(peer.scopeCode);
        Database::exec(same);
        if (same.next())
            throw NodeRefused(QStringLiteral("township %1 already has a trusted node (%2)")
                                  .arg(peer.scopeCode, same.value(0).toString()));
    }
    QSqlQuery add = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_peer (node_id, name, role, scope_code, county_code, public_key, "
        "trusted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(peer.id), QVariant(peer.name), QVariant(peer.role), QVariant(peer.scopeCode),
          QVariant(peer.countyCode()), QVariant(peer.publicKey), QVariant(now)})
        add.addBindValue(v);
    Database::exec(add);
    // The node table names every node this store knows, for the origin column's readers.
    QSqlQuery node = m_db.prepare(QStringLiteral(
        "INSERT INTO node (id, name, role, scope_code, is_self, created_at) "
        "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
        "role = excluded.role, scope_code = excluded.scope_code"));
    for (const QVariant &v : {QVariant(peer.id), QVariant(peer.name), QVariant(peer.role),
                              QVariant(peer.scopeCode), QVariant(now)})
        node.addBindValue(v);
    Database::exec(node);
    tx.commit();
}

QList<SyncPeer> NodeRepository::peers() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT p.node_id, p.name, p.role, coalesce(p.scope_code, ''), p.public_key, "
        "p.trusted_at, p.sent_seq, coalesce(p.acked_by_peer, -1), coalesce(p.received_upto, -1), "
        "coalesce(p.last_export_at, 0), coalesce(p.last_import_at, 0), "
        "(SELECT count(*) FROM change_log c WHERE c.seq > coalesce(p.acked_by_peer, 0)) "
        "FROM sync_peer p ORDER BY p.role, p.scope_code, p.name"));
    Database::exec(q);
    QList<SyncPeer> out;
    while (q.next()) {
        SyncPeer p;
        p.identity.id = q.value(0).toString();
        p.identity.name = q.value(1).toString();
        p.identity.role = q.value(2).toString();
        p.identity.scopeCode = q.value(3).toString();
        p.identity.publicKey = q.value(4).toByteArray();
        p.trustedAt = q.value(5).toLongLong();
        p.sentPackages = q.value(6).toLongLong();
        p.ackedByPeer = q.value(7).toLongLong();
        p.receivedUpto = q.value(8).toLongLong();
        p.lastExportAt = q.value(9).toLongLong();
        p.lastImportAt = q.value(10).toLongLong();
        p.pendingChanges = q.value(11).toLongLong();
        out.append(p);
    }
    return out;
}

SyncPeer NodeRepository::peer(const QString &idOrName) const
{
    const QString key = idOrName.trimmed();
    QList<SyncPeer> found;
    for (const SyncPeer &p : peers()) {
        if (p.identity.id == key || p.identity.name == key)
            return p;
        if (key.size() >= 8 && p.identity.id.startsWith(key))
            found.append(p);
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        throw NodeRefused(QStringLiteral("no trusted node is called %1 (pingan-cli node show "
                                         "lists them)")
                              .arg(key));
    throw NodeRefused(QStringLiteral("%1 names %2 trusted nodes; give more of the id")
                          .arg(key)
                          .arg(found.size()));
}
