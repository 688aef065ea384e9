#pragma once

// The public identity of a sync node, as `node identity --out FILE` writes it and
// `node trust FILE` reads it: a small JSON file with the node's id, role, scope and Ed25519
// public key. Nothing secret is in it.

#include <QByteArray>
#include <QString>

#include <stdexcept>

struct NodeIdentity
{
    QString id;          // uuid
    QString name;
    QString role;        // "hub" or "township"
    QString scopeCode;   // the township's region code; the county's for a hub
    QByteArray publicKey;

    // The county of the node: the first six digits of its scope (行政区划代码).
    QString countyCode() const { return scopeCode.left(6); }

    QByteArray toJson() const;
    // Throws NodeIdentityError naming `source` and the field that is missing or wrong.
    static NodeIdentity fromJson(const QByteArray &json, const QString &source);
};

class NodeIdentityError : public std::runtime_error
{
public:
    explicit NodeIdentityError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }
    QString message() const { return m_message; }

private:
    QString m_message;
};
