#pragma once

// The permission matrix of DESIGN §11 in one place: role × action × region scope. The
// workflow, the panels, the CLI and the exports ask this table; the dispute workflow's own
// table (disputeworkflow.h) further says which roles take each workflow step.

#include "userrole.h"

#include <QList>
#include <QString>

#include <optional>

enum class Permission : int {
    ViewCases,        // queues, dispute details (masked), statistics, map, indicators
    RegisterDispute,  // 登记
    WorkDispute,      // workflow steps (accept, route, …); the workflow table narrows by step
    ViewPersonalData, // unmask ID numbers and phones, with a reason (audited)
    EditPlatforms,    // patrol platforms, patrol records, shifts
    ImportData,       // survey responses and schemes, boundaries, roads
    EditSettings,     // deadline policy, holidays, coverage settings
    PrintReport,      // the monthly report on paper or as PDF
    ExportData,       // workbooks and other files of the store's data
    ManageUsers,      // add, lock, unlock, reset the password of other accounts
    SecurityPolicy,   // password, lockout and idle rules
    ViewAudit,        // read and verify the audit log
    PurgeAudit,       // remove audit rows older than the retention
    Backup,           // make backups, backup schedule
    Restore,          // replace the store with a backup
    Sync,             // export and import sync packages
};

// Whether the permission is limited to the account's region scope (a clerk's township). The
// others are county-wide duties that a scoped account does not hold at all.
bool permissionIsRegional(Permission p);

const QList<Permission> &allPermissions();
QString permissionKey(Permission p);       // "view-cases", …
std::optional<Permission> permissionFromKey(const QString &key);
QString permissionLabel(Permission p);     // translated: 查看案件, …

// The roles that hold a permission (UserRole bits).
UserRoles rolesWith(Permission p);
inline bool roleMay(UserRole role, Permission p)
{
    return rolesWith(p) & roles(role);
}

// Whether a role must have a region scope (clerk), may have one (leader) or may not (others).
enum class ScopeRule { Required, Optional, None };
ScopeRule scopeRuleOf(UserRole role);

// Who is signed in: the account's login, display name, role and region scope (region code of a
// township; empty for county-wide accounts).
struct Session
{
    QString login;
    QString name;
    UserRole role = UserRole::Leader;
    QString scopeCode;

    bool may(Permission p) const { return roleMay(role, p); }
    bool scoped() const { return !scopeCode.isEmpty(); }
};
