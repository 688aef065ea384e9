#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The roles of DESIGN §11. The three admin duties (系统/安全/审计管理员) are separate roles held
// by separate accounts. Keys are what app_user.role stores and what the CLI takes.
enum class UserRole : unsigned {
    Operator = 1u << 0,       // county operator (综治中心操作员)
    Supervisor = 1u << 1,     // supervisor (值班长/科长): extensions, escalation, closing
    Clerk = 1u << 2,          // township clerk, its township only
    Leader = 1u << 3,         // read-only leader
    Admin = 1u << 4,
    SecurityAdmin = 1u << 5,
    AuditAdmin = 1u << 6,
};

// A set of roles (UserRole bits).
using UserRoles = unsigned;

constexpr UserRoles roles(UserRole r)
{
    return static_cast<UserRoles>(r);
}
constexpr UserRoles operator|(UserRole a, UserRole b)
{
    return roles(a) | roles(b);
}
constexpr UserRoles operator|(UserRoles a, UserRole b)
{
    return a | roles(b);
}

QString userRoleKey(UserRole role);                       // "operator", …
std::optional<UserRole> userRoleFromKey(const QString &key);
QString userRoleLabel(UserRole role);                     // translated: 操作员, …
// "operator, supervisor" in the table's order; labels when `translated`.
QString userRolesText(UserRoles set, bool translated = false);
const QList<UserRole> &allUserRoles();
