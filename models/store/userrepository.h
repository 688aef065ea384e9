#pragma once

// Accounts, sign-in and the security rules of DESIGN §11. Every change to an account and every
// sign-in, successful or not, is written to the audit log in the same transaction.

#include "domain/permissions.h"
#include "security/password.h"

#include <QList>
#include <QString>

#include <exception>
#include <optional>

class Database;

struct UserAccount
{
    QString login;
    QString name;
    UserRole role = UserRole::Leader;
    QString scopeCode;             // township code for a clerk (and optionally a leader)
    qint64 createdAt = 0;
    qint64 passwordChangedAt = 0;
    int failedLogins = 0;
    qint64 lockedUntil = 0;        // UTC ms; locked while now < lockedUntil
    bool disabled = false;         // locked by an administrator until unlocked
    bool passwordReset = false;    // set by an administrator: choose a new one at next sign-in
};

// The installation's security rules (table security_setting), set by the security admin.
struct SecurityPolicy
{
    int minPasswordLength = 8;
    int passwordMaxAgeDays = 90;     // 0: passwords do not expire
    int lockoutFailures = 5;
    int lockoutMinutes = 30;
    int idleLockMinutes = 30;        // 0: no idle lock
    Password::HashCost hashCost = Password::defaultCost();
};

// A refused sign-in or account change, or a permission the session does not hold. Nothing was
// changed except the audit row (and, for a wrong password, the failure count).
class AccessRefused : public std::exception
{
public:
    enum class Kind {
        BadCredentials,  // unknown login or wrong password (the message does not say which)
        Locked,          // locked after failures, or by an administrator
        PasswordExpired, // sign-in refused until the password is changed
        Permission,      // the role does not hold the permission
        OutOfScope,      // the target lies outside the account's township
        Invalid,         // a bad request: weak password, unknown role, scope rules
    };
    AccessRefused(Kind kind, const QString &message)
        : m_kind(kind), m_message(message), m_utf8(message.toUtf8())
    { }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

struct NewAccount
{
    QString login;
    QString name;
    UserRole role = UserRole::Operator;
    QString scopeCode;
};

class UserRepository
{
public:
    explicit UserRepository(Database &db)
        : m_db(db)
    { }

    bool anyAccounts() const;
    std::optional<UserAccount> account(const QString &login) const;
    QList<UserAccount> list() const;

    SecurityPolicy policy() const;
    // Security admin only. Throws AccessRefused.
    void setPolicy(const SecurityPolicy &policy, const Session &by, qint64 now);

    // The first account of an empty store: it must be a system admin, and there is no session
    // yet. Refused (Invalid) once any account exists. Returns the admin's session.
    Session addFirstAdmin(const NewAccount &account, const QString &password, qint64 now);
    // Adds an account (ManageUsers). The password must meet the policy. Throws AccessRefused.
    void add(const NewAccount &account, const QString &password, const Session &by, qint64 now);
    // Locks (disables) or unlocks an account (ManageUsers); unlocking also clears a lockout
    // after failures. Nobody locks their own account this way.
    void setLocked(const QString &login, bool locked, const Session &by, qint64 now);
    // An administrator's reset (ManageUsers): the account must choose a new one at next sign-in.
    void resetPassword(const QString &login, const QString &password, const Session &by,
                       qint64 now);
    // The account holder's own change: the old password must be right (counts as a sign-in
    // attempt for the lockout), the new one must meet the policy and differ from the old.
    void changePassword(const QString &login, const QString &oldPassword,
                        const QString &newPassword, qint64 now);

    struct SignIn
    {
        Session session;
        bool mustChangePassword = false;   // expired or reset: the desk asks for a new one
    };
    // Checks the password at time `now`. On success the failure count is cleared and a hash of
    // lower cost than the policy's is replaced. Throws AccessRefused (BadCredentials, Locked).
    // With `allowExpired` an expired or reset password signs in with mustChangePassword set
    // (the GUI then asks for a new one); without, it is refused (PasswordExpired).
    SignIn signIn(const QString &login, const QString &password, qint64 now,
                  bool allowExpired = false);

    // The live session of an account (for a desk that signed in earlier), nullopt when the
    // account is gone or disabled.
    std::optional<Session> session(const QString &login) const;

private:
    void requireManager(const Session &by, const QString &object, qint64 now);
    void audit(const QString &login, const QString &action, const QString &object,
               const QString &detail, const QString &result, qint64 now);
    QString checkedNewAccount(const NewAccount &account) const;
    // Inserts an account after checking it and its password (in the caller's transaction).
    void insertAccount(const NewAccount &account, const QString &password, bool reset,
                       qint64 now);
    // The Argon2id hash of a password that meets the policy; throws AccessRefused (Invalid).
    QString acceptableHash(const QString &login, const QString &password) const;

    Database &m_db;
};
