#include "permissions.h"

#include <QCoreApplication>

namespace {

constexpr UserRoles kBusiness = UserRole::Operator | UserRole::Supervisor | UserRole::Clerk;
constexpr UserRoles kReaders = kBusiness | UserRole::Leader;

struct Row {
    Permission permission;
    const char *key;
    const char *label;
    UserRoles roles;
    bool regional;
};

// The matrix. The three admin duties (系统/安全/审计管理员) hold no business permission and none
// of each other's, so that no account both works cases and administers or audits them.
const Row kMatrix[] = {
    {Permission::ViewCases, "view-cases",
     QT_TRANSLATE_NOOP("Permission", "View cases and statistics"), kReaders, true},
    {Permission::RegisterDispute, "register-dispute",
     QT_TRANSLATE_NOOP("Permission", "Register disputes"), kBusiness, true},
    {Permission::WorkDispute, "work-dispute", QT_TRANSLATE_NOOP("Permission", "Handle disputes"),
     kBusiness, true},
    {Permission::ViewPersonalData, "view-personal-data",
     QT_TRANSLATE_NOOP("Permission", "See full ID numbers and phones"), kBusiness, true},
    {Permission::EditPlatforms, "edit-platforms",
     QT_TRANSLATE_NOOP("Permission", "Edit patrol platforms"),
     UserRole::Operator | UserRole::Supervisor, false},
    {Permission::ImportData, "import-data", QT_TRANSLATE_NOOP("Permission", "Import data"),
     UserRole::Supervisor | UserRole::Admin, false},
    {Permission::EditSettings, "edit-settings", QT_TRANSLATE_NOOP("Permission", "Change settings"),
     UserRole::Supervisor | UserRole::Admin, false},
    {Permission::PrintReport, "print-report",
     QT_TRANSLATE_NOOP("Permission", "Print the monthly report"), kReaders, true},
    {Permission::ExportData, "export-data", QT_TRANSLATE_NOOP("Permission", "Export data"),
     UserRole::Operator | UserRole::Supervisor | UserRole::Leader, false},
    {Permission::ManageUsers, "manage-users",
     QT_TRANSLATE_NOOP("Permission", "Manage user accounts"),
     UserRole::Admin | UserRole::SecurityAdmin, false},
    {Permission::SecurityPolicy, "security-policy",
     QT_TRANSLATE_NOOP("Permission", "Set the password and lockout rules"),
     roles(UserRole::SecurityAdmin), false},
    {Permission::ViewAudit, "view-audit", QT_TRANSLATE_NOOP("Permission", "Read the audit log"),
     roles(UserRole::AuditAdmin), false},
    {Permission::PurgeAudit, "purge-audit",
     QT_TRANSLATE_NOOP("Permission", "Purge old audit rows"), roles(UserRole::AuditAdmin), false},
    {Permission::Backup, "backup", QT_TRANSLATE_NOOP("Permission", "Make backups"),
     roles(UserRole::Admin), false},
    {Permission::Restore, "restore", QT_TRANSLATE_NOOP("Permission", "Restore a backup"),
     roles(UserRole::Admin), false},
    {Permission::Sync, "sync", QT_TRANSLATE_NOOP("Permission", "Exchange sync packages"),
     UserRole::Admin | UserRole::Supervisor | UserRole::Clerk, true},
};

const Row &row(Permission p)
{
    for (const Row &r : kMatrix) {
        if (r.permission == p)
            return r;
    }
    Q_UNREACHABLE();
}

} // namespace

bool permissionIsRegional(Permission p)
{
    return row(p).regional;
}

const QList<Permission> &allPermissions()
{
    static const QList<Permission> all = [] {
        QList<Permission> out;
        for (const Row &r : kMatrix)
            out << r.permission;
        return out;
    }();
    return all;
}

QString permissionKey(Permission p)
{
    return QString::fromLatin1(row(p).key);
}

std::optional<Permission> permissionFromKey(const QString &key)
{
    for (const Row &r : kMatrix) {
        if (key == QLatin1String(r.key))
            return r.permission;
    }
    return std::nullopt;
}

QString permissionLabel(Permission p)
{
    return QCoreApplication::translate("Permission", row(p).label);
}

UserRoles rolesWith(Permission p)
{
    return row(p).roles;
}

ScopeRule scopeRuleOf(UserRole role)
{
    switch (role) {
    case UserRole::Clerk:
        return ScopeRule::Required;
    case UserRole::Leader:
        return ScopeRule::Optional;
    default:
        return ScopeRule::None;
    }
}
