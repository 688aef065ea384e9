#include "accesscontrol.h"

#include "auditlog.h"
#include "database.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

QString AccessControl::parentOf(const QString &code) const
{
    const auto cached = m_parents.constFind(code);
    if (cached != m_parents.constEnd())
        return *cached;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT parent_code FROM region WHERE code = ?"));
    q.addBindValue(code);
    Database::exec(q);
    const QString parent = q.next() ? q.value(0).toString() : QString();
    m_parents.insert(code, parent);
    return parent;
}

bool AccessControl::inScope(const QString &scopeCode, const QString &regionCode) const
{
    if (scopeCode.isEmpty())
        return true;
    QString code = regionCode;
    // Regions nest at most four deep (county, township, village, grid); the bound also stops a
    // damaged parent cycle.
    for (int depth = 0; depth < 8 && !code.isEmpty(); ++depth) {
        if (code == scopeCode)
            return true;
        code = parentOf(code);
    }
    return false;
}

QString AccessControl::refusal(const Session &session, Permission p,
                               const QString &regionCode) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("AccessControl", text); };
    if (!session.may(p))
        return tr("%1 (%2) may not: %3")
            .arg(session.login, userRoleLabel(session.role), permissionLabel(p));
    if (session.scoped()) {
        if (!permissionIsRegional(p))
            return tr("%1 is limited to region %2 and may not: %3")
                .arg(session.login, session.scopeCode, permissionLabel(p));
        if (regionCode.isEmpty())
            return tr("%1 is limited to region %2: choose a region inside it")
                .arg(session.login, session.scopeCode);
        if (!inScope(session.scopeCode, regionCode))
            return tr("%1 is limited to region %2; %3 lies outside it")
                .arg(session.login, session.scopeCode, regionCode);
    }
    return {};
}

bool AccessControl::allows(const Session &session, Permission p, const QString &regionCode) const
{
    return refusal(session, p, regionCode).isEmpty();
}

void AccessControl::require(const Session &session, Permission p, const QString &regionCode,
                            const QString &object, qint64 now) const
{
    const QString why = refusal(session, p, regionCode);
    if (why.isEmpty())
        return;
    AuditLog(m_db).append({session.login, QStringLiteral("access.denied"),
                           object.isEmpty() ? regionCode : object,
                           permissionKey(p) + QStringLiteral(": ") + why,
                           QStringLiteral("denied")},
                          now);
    throw AccessRefused(session.may(p) ? AccessRefused::Kind::OutOfScope
                                       : AccessRefused::Kind::Permission,
                        why);
}

QString AccessControl::disputeRegion(const QString &disputeId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT grid_code FROM dispute WHERE id = ? OR case_no = ? LIMIT 1"));
    q.addBindValue(disputeId);
    q.addBindValue(disputeId);
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}
