#pragma once

// Who is acting, by the store's accounts (app_user): the role, or why the actor is refused.

#include "domain/userrole.h"

#include <QString>

#include <optional>

class Database;

struct ActorRole
{
    bool accountsExist = false;     // no accounts yet: a single-user desk, every action allowed
    std::optional<UserRole> role;   // when accountsExist and the actor is known and enabled
    QString refusal;                // translated reason when accountsExist and no role
    QString scopeCode;              // the account's township, empty for county-wide accounts

    bool refused() const { return accountsExist && !role; }
};

ActorRole lookUpActorRole(Database &db, const QString &actor);
