#pragma once

#include "domain/deadlinepolicy.h"

#include <QString>

#include <optional>

class Database;

// Reads and writes installation settings (the `setting` table: key → text value, synced like
// any row). Typed accessors for the settings the program knows, such as the deadline policy.
class SettingsRepository
{
public:
    static inline const QString DeadlinePolicyKey = QStringLiteral("dispute.deadline_policy");

    explicit SettingsRepository(Database &db)
        : m_db(db)
    {}

    // The live value of a setting; nullopt when it was never set or has been removed.
    std::optional<QString> value(const QString &key) const;
    // Sets a setting in its own write transaction (so not inside another one), filling rev,
    // origin, updated_at and updated_by. Writing the value a setting already has changes nothing.
    // Throws StoreError.
    void setValue(const QString &key, const QString &value, const QString &actor);
    // Removes a setting (a tombstone, so that the removal syncs); false when it was not set.
    bool remove(const QString &key, const QString &actor);

    // The stored deadline policy, or the default policy when none is stored or the stored one
    // is not valid (then *problem says why).
    DeadlinePolicy deadlinePolicy(QString *problem = nullptr) const;
    // Stores a policy; throws StoreError naming the rule when the policy is not valid.
    void setDeadlinePolicy(const DeadlinePolicy &policy, const QString &actor);

private:
    Database &m_db;
};
