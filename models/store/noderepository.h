#pragma once

#include "io/nodeidentity.h"

#include <QList>
#include <QString>

class Database;

// A refused node or pairing command (bad role or scope, a peer of another county, a key that
// differs from the one trusted). Nothing was written.
class NodeRefused : public std::runtime_error
{
public:
    explicit NodeRefused(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }
    QString message() const { return m_message; }

private:
    QString m_message;
};

// A trusted peer and where the exchange with it stands.
struct SyncPeer
{
    NodeIdentity identity;
    qint64 trustedAt = 0;
    qint64 sentPackages = 0;    // packages written for the peer
    qint64 ackedByPeer = -1;    // our change sequence the peer has confirmed (-1: nothing yet)
    qint64 receivedUpto = -1;   // the peer's change sequence imported here (-1: nothing yet)
    qint64 lastExportAt = 0;    // 0 = never
    qint64 lastImportAt = 0;
    qint64 pendingChanges = 0;  // rows changed here that the peer has not confirmed (estimate)
};

// This installation as a sync node (DESIGN §10): its id, role, scope and Ed25519 key, and the
// peers it trusts. The key pair is made by init() and never leaves the store; identity() is
// the public half.
class NodeRepository
{
public:
    explicit NodeRepository(Database &db)
        : m_db(db)
    { }

    struct Self
    {
        QString id;
        QString name;
        QString role;        // hub or township
        QString scopeCode;   // township: its region code; hub: the county's (may be empty)
        bool initialised = false;   // has a key pair (node init ran)
    };
    Self self() const;

    // Sets this node's role, scope and name and makes its key pair. A township needs its
    // township's region code (12 digits, or 9); a hub takes the county's region code, or the
    // county found in the store. Refused (NodeRefused) once the node has a key or peers.
    Self init(const QString &role, const QString &scopeCode, const QString &name, qint64 now);

    // The public identity of this node. Refused before init().
    NodeIdentity identity() const;

    // Trusts a peer's identity: a township trusts its county's hub, a hub its townships.
    // Refused for this node itself, another county, two nodes of the same role, and a node
    // already trusted under another key. Trusting the same identity again changes nothing.
    void trust(const NodeIdentity &peer, qint64 now);

    QList<SyncPeer> peers() const;
    // The peer whose id or name is `idOrName` (an id prefix of 8 or more characters works);
    // throws NodeRefused when none or several match.
    SyncPeer peer(const QString &idOrName) const;

    // The secret key (for the package writer in models/store only).
    QByteArray secretKey() const;

private:
    Database &m_db;
};
