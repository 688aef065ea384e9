#pragma once

// The permission matrix (domain/permissions.h) applied to a signed-in session and a target:
// the role must hold the permission, and a scoped account (a clerk's township) may act only on
// regions inside its scope. A refusal is written to the audit log.

#include "domain/permissions.h"

#include <QHash>
#include <QString>

class Database;

class AccessControl {
public:
    explicit AccessControl(Database &db)
        : m_db(db)
    {
    }

    // Whether `regionCode` is `scopeCode` or lies below it (by the regions' parent links).
    bool inScope(const QString &scopeCode, const QString &regionCode) const;
    // Whether the session may take `p` on `regionCode` (empty: the whole county, or no region).
    bool allows(const Session &session, Permission p, const QString &regionCode = {}) const;
    // Why not, translated; empty when allowed.
    QString refusal(const Session &session, Permission p, const QString &regionCode = {}) const;
    // Throws AccessRefused (Permission or OutOfScope) after writing a "denied" audit row naming
    // the permission and `object`.
    void require(const Session &session, Permission p, const QString &regionCode,
                 const QString &object, qint64 now) const;

    // The grid of a dispute (by id or case number), for scope checks; empty when there is no such
    // dispute.
    QString disputeRegion(const QString &disputeId) const;

private:
    QString parentOf(const QString &code) const;

    Database &m_db;
    mutable QHash<QString, QString> m_parents;
};
