#include "userrole.h"

#include <QCoreApplication>

namespace {

struct RoleName
{
    UserRole role;
    const char *key;
    const char *label;
};

const RoleName kRoles[] = {
    {UserRole::Operator, "operator", QT_TRANSLATE_NOOP("UserRole", "Operator")},
    {UserRole::Supervisor, "supervisor", QT_TRANSLATE_NOOP("UserRole", "Supervisor")},
    {UserRole::Clerk, "clerk", QT_TRANSLATE_NOOP("UserRole", "Township clerk")},
    {UserRole::Leader, "leader", QT_TRANSLATE_NOOP("UserRole", "Leader (read only)")},
    {UserRole::Admin, "admin", QT_TRANSLATE_NOOP("UserRole", "System admin")},
    {UserRole::SecurityAdmin, "security_admin", QT_TRANSLATE_NOOP("UserRole", "Security admin")},
    {UserRole::AuditAdmin, "audit_admin", QT_TRANSLATE_NOOP("UserRole", "Audit admin")},
};

const RoleName *entry(UserRole role)
{
    for (const RoleName &r : kRoles) {
        if (r.role == role)
            return &r;
    }
    return nullptr;
}

} // namespace

QString userRoleKey(UserRole role)
{
    const RoleName *r = entry(role);
    return r ? QString::fromLatin1(r->key) : QString();
}

std::optional<UserRole> userRoleFromKey(const QString &key)
{
    for (const RoleName &r : kRoles) {
        if (key == QLatin1String(r.key))
            return r.role;
    }
    return std::nullopt;
}

QString userRoleLabel(UserRole role)
{
    const RoleName *r = entry(role);
    return r ? QCoreApplication::translate("UserRole", r->label) : QString();
}

QString userRolesText(UserRoles set, bool translated)
{
    QStringList out;
    for (const RoleName &r : kRoles) {
        if (set & roles(r.role))
            out << (translated ? userRoleLabel(r.role) : QString::fromLatin1(r.key));
    }
    return out.join(translated ? QStringLiteral("、") : QStringLiteral(", "));
}

const QList<UserRole> &allUserRoles()
{
    static const QList<UserRole> all = [] {
        QList<UserRole> out;
        for (const RoleName &r : kRoles)
            out << r.role;
        return out;
    }();
    return all;
}
