#include "userrepository.h"

#include "accesscontrol.h"
#include "auditlog.h"
#include "database.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserRepository", text);
}

constexpr qint64 kMinuteMs = 60LL * 1000;
constexpr qint64 kDayMs = 86400LL * 1000;

// The columns readAccount() reads, in its order.
#define PINGAN_ACCOUNT_COLUMNS                                                                  \
    "login, name, role, scope_code, created_at, password_changed_at, failed_logins, "          \
    "locked_until, disabled, password_reset"
const char kSelect[] = "SELECT " PINGAN_ACCOUNT_COLUMNS " FROM app_user ";
// Sign-in alone reads the hash, after the account's columns.
const char kSelectWithHash[] = "SELECT " PINGAN_ACCOUNT_COLUMNS ", password_hash FROM app_user ";
#undef PINGAN_ACCOUNT_COLUMNS

UserAccount readAccount(const QSqlQuery &q)
{
    UserAccount a;
    a.login = q.value(0).toString();
    a.name = q.value(1).toString();
    a.role = userRoleFromKey(q.value(2).toString()).value_or(UserRole::Leader);
    a.scopeCode = q.value(3).toString();
    a.createdAt = q.value(4).toLongLong();
    a.passwordChangedAt = q.value(5).toLongLong();
    a.failedLogins = q.value(6).toInt();
    a.lockedUntil = q.value(7).toLongLong();
    a.disabled = q.value(8).toBool();
    a.passwordReset = q.value(9).toBool();
    return a;
}

Session sessionOf(const UserAccount &a)
{
    return Session{a.login, a.name, a.role, a.scopeCode};
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

bool UserRepository::anyAccounts() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user)"));
    Database::exec(q);
    return q.next() && q.value(0).toBool();
}

std::optional<UserAccount> UserRepository::account(const QString &login) const
{
    QSqlQuery q = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE login = ?"));
    q.addBindValue(login);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return readAccount(q);
}

QList<UserAccount> UserRepository::list() const
{
    QSqlQuery q = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY login"));
    Database::exec(q);
    QList<UserAccount> out;
    while (q.next())
        out << readAccount(q);
    return out;
}

std::optional<Session> UserRepository::session(const QString &login) const
{
    const auto a = account(login);
    if (!a || a->disabled)
        return std::nullopt;
    return sessionOf(*a);
}

SecurityPolicy UserRepository::policy() const
{
    SecurityPolicy p;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT key, value FROM security_setting"));
    Database::exec(q);
    while (q.next()) {
        const QString key = q.value(0).toString();
        const qint64 v = q.value(1).toLongLong();
        if (key == QLatin1String("min_password_length"))
            p.minPasswordLength = int(v);
        else if (key == QLatin1String("password_max_age_days"))
            p.passwordMaxAgeDays = int(v);
        else if (key == QLatin1String("lockout_failures"))
            p.lockoutFailures = int(v);
        else if (key == QLatin1String("lockout_minutes"))
            p.lockoutMinutes = int(v);
        else if (key == QLatin1String("idle_lock_minutes"))
            p.idleLockMinutes = int(v);
        else if (key == QLatin1String("hash_ops"))
            p.hashCost.opsLimit = static_cast<unsigned long long>(v);
        else if (key == QLatin1String("hash_mem_kib"))
            p.hashCost.memLimitBytes = static_cast<std::size_t>(v) * 1024;
    }
    return p;
}

void UserRepository::setPolicy(const SecurityPolicy &p, const Session &by, qint64 now)
{
    AccessControl(m_db).require(by, Permission::SecurityPolicy, {}, QStringLiteral("policy"), now);
    const Password::HashCost floor = Password::minimumCost();
    if (p.minPasswordLength < 8 || p.lockoutFailures < 1 || p.lockoutMinutes < 1
        || p.passwordMaxAgeDays < 0 || p.idleLockMinutes < 0
        || p.hashCost.opsLimit < floor.opsLimit || p.hashCost.memLimitBytes < floor.memLimitBytes)
        throw AccessRefused(AccessRefused::Kind::Invalid,
                            tr("Passwords need at least 8 characters, lockout at least one "
                               "failure and one minute, and ages and idle times cannot be "
                               "negative"));
    WriteTransaction tx(m_db);
    const QList<QPair<QString, qint64>> values{
        {QStringLiteral("min_password_length"), p.minPasswordLength},
        {QStringLiteral("password_max_age_days"), p.passwordMaxAgeDays},
        {QStringLiteral("lockout_failures"), p.lockoutFailures},
        {QStringLiteral("lockout_minutes"), p.lockoutMinutes},
        {QStringLiteral("idle_lock_minutes"), p.idleLockMinutes},
        {QStringLiteral("hash_ops"), qint64(p.hashCost.opsLimit)},
        {QStringLiteral("hash_mem_kib"), qint64(p.hashCost.memLimitBytes / 1024)},
    };
    QStringList detail;
    for (const auto &[key, value] : values) {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO security_setting (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(QString::number(value));
        Database::exec(q);
        detail << QStringLiteral("%1=%2").arg(key).arg(value);
    }
    audit(by.login, QStringLiteral("security.policy"), QString(), detail.join(QLatin1Char(' ')),
          QStringLiteral("ok"), now);
    tx.commit();
}

void UserRepository::audit(const QString &login, const QString &action, const QString &object,
                           const QString &detail, const QString &result, qint64 now)
{
    // A damaged store is open read-only: a sign-in there (to restore a backup) cannot be
    // recorded.
    if (m_db.isReadOnly())
        return;
    AuditLog(m_db).append({login, action, object, detail, result}, now);
}

void UserRepository::requireManager(const Session &by, const QString &object, qint64 now)
{
    AccessControl(m_db).require(by, Permission::ManageUsers, {}, object, now);
}

QString UserRepository::checkedNewAccount(const NewAccount &a) const
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!loginPattern.match(a.login).hasMatch())
        return tr("A login is 2 to 32 letters, digits, '_', '.' or '-', not '%1'").arg(a.login);
    if (account(a.login))
        return tr("There is already an account '%1'").arg(a.login);
    switch (scopeRuleOf(a.role)) {
    case ScopeRule::Required:
        if (a.scopeCode.isEmpty())
            return tr("A %1 needs a township (--scope CODE)").arg(userRoleLabel(a.role));
        break;
    case ScopeRule::None:
        if (!a.scopeCode.isEmpty())
            return tr("A %1 works for the whole county and takes no scope")
                .arg(userRoleLabel(a.role));
        break;
    case ScopeRule::Optional:
        break;
    }
    if (!a.scopeCode.isEmpty()) {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT level FROM region WHERE code = ? AND deleted = 0"));
        q.addBindValue(a.scopeCode);
        Database::exec(q);
        if (!q.next())
            return tr("There is no region %1").arg(a.scopeCode);
        if (q.value(0).toInt() != 1)
            return tr("The scope %1 is not a township").arg(a.scopeCode);
    }
    return {};
}

Session UserRepository::addFirstAdmin(const NewAccount &account, const QString &password,
                                      qint64 now)
{
    WriteTransaction tx(m_db);
    if (anyAccounts())
        throw AccessRefused(AccessRefused::Kind::Invalid,
                            tr("The store already has accounts; the first administrator was "
                               "created before"));
    if (account.role != UserRole::Admin)
        throw AccessRefused(AccessRefused::Kind::Invalid,
                            tr("The first account must be a system admin (--role admin)"));
    insertAccount(account, password, false, now);
    audit(account.login, QStringLiteral("user.add"), account.login,
          QStringLiteral("role=admin (first account)"), QStringLiteral("ok"), now);
    tx.commit();
    return Session{account.login, account.name, account.role, {}};
}

void UserRepository::add(const NewAccount &account, const QString &password, const Session &by,
                         qint64 now)
{
    requireManager(by, account.login, now);
    WriteTransaction tx(m_db);
    insertAccount(account, password, true, now);
    audit(by.login, QStringLiteral("user.add"), account.login,
          QStringLiteral("role=%1 scope=%2").arg(userRoleKey(account.role), account.scopeCode),
          QStringLiteral("ok"), now);
    tx.commit();
}

void UserRepository::insertAccount(const NewAccount &account, const QString &password,
                                   bool reset, qint64 now)
{
    const QString problem = checkedNewAccount(account);
    if (!problem.isEmpty())
        throw AccessRefused(AccessRefused::Kind::Invalid, problem);
    const QString hash = acceptableHash(account.login, password);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO app_user (login, name, role, scope_code, password_hash, "
        "password_changed_at, created_at, password_reset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.login);
    q.addBindValue(account.name.isNull() ? QStringLiteral("") : account.name);
    q.addBindValue(userRoleKey(account.role));
    q.addBindValue(account.scopeCode.isEmpty() ? QVariant() : QVariant(account.scopeCode));
    q.addBindValue(hash);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(reset ? 1 : 0);
    Database::exec(q);
}

QString UserRepository::acceptableHash(const QString &login, const QString &password) const
{
    const SecurityPolicy p = policy();
    const QString weak = Password::policyProblem(password, login, p.minPasswordLength);
    if (!weak.isEmpty())
        throw AccessRefused(AccessRefused::Kind::Invalid, weak);
    return Password::hash(password, p.hashCost);
}

void UserRepository::setLocked(const QString &login, bool locked, const Session &by, qint64 now)
{
    requireManager(by, login, now);
    if (!account(login))
        throw AccessRefused(AccessRefused::Kind::Invalid,
                            tr("There is no account '%1'").arg(login));
    if (locked && login == by.login)
        throw AccessRefused(AccessRefused::Kind::Invalid, tr("You cannot lock your own account"));
    WriteTransaction tx(m_db);
    QSqlQuery q = m_db.prepare(
        locked ? QStringLiteral("UPDATE app_user SET disabled = 1 WHERE login = ?")
               : QStringLiteral("UPDATE app_user SET disabled = 0, failed_logins = 0, "
                                "locked_until = 0 WHERE login = ?"));
    q.addBindValue(login);
    Database::exec(q);
    audit(by.login, locked ? QStringLiteral("user.lock") : QStringLiteral("user.unlock"), login,
          QString(), QStringLiteral("ok"), now);
    tx.commit();
}

void UserRepository::resetPassword(const QString &login, const QString &password,
                                   const Session &by, qint64 now)
{
    requireManager(by, login, now);
    if (!account(login))
        throw AccessRefused(AccessRefused::Kind::Invalid,
                            tr("There is no account '%1'").arg(login));
    const QString hash = acceptableHash(login, password);
    WriteTransaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE app_user SET password_hash = ?, password_changed_at = ?, password_reset = ?, "
        "failed_logins = 0, locked_until = 0 WHERE login = ?"));
    q.addBindValue(hash);
    q.addBindValue(now);
    q.addBindValue(login == by.login ? 0 : 1);
    q.addBindValue(login);
    Database::exec(q);
    audit(by.login, QStringLiteral("user.passwd"), login, QStringLiteral("reset"),
          QStringLiteral("ok"), now);
    tx.commit();
}

void UserRepository::changePassword(const QString &login, const QString &oldPassword,
                                    const QString &newPassword, qint64 now)
{
    signIn(login, oldPassword, now, true);
    if (newPassword == oldPassword)
        throw AccessRefused(AccessRefused::Kind::Invalid,
                            tr("The new password must differ from the old one"));
    const QString hash = acceptableHash(login, newPassword);
    WriteTransaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE app_user SET password_hash = ?, password_changed_at = ?, password_reset = 0 "
        "WHERE login = ?"));
    q.addBindValue(hash);
    q.addBindValue(now);
    q.addBindValue(login);
    Database::exec(q);
    audit(login, QStringLiteral("user.passwd"), login, QStringLiteral("changed by the holder"),
          QStringLiteral("ok"), now);
    tx.commit();
}

UserRepository::SignIn UserRepository::signIn(const QString &login, const QString &password,
                                              qint64 now, bool allowExpired)
{
    const SecurityPolicy p = policy();
    QSqlQuery q = m_db.prepare(QString::fromLatin1(kSelectWithHash)
                               + QStringLiteral("WHERE login = ?"));
    q.addBindValue(login);
    Database::exec(q);
    const bool known = q.next();
    const UserAccount a = known ? readAccount(q) : UserAccount{};
    const QString stored = known ? q.value(10).toString() : QString();
    q.finish();

    auto refuse = [&](AccessRefused::Kind kind, const QString &message, const QString &detail) {
        audit(login, QStringLiteral("login.failed"), login, detail, QStringLiteral("denied"), now);
        throw AccessRefused(kind, message);
    };
    const QString badCredentials = tr("Wrong login or password");
    if (!known) {
        // Hashing anyway keeps the time of an unknown login like that of a wrong password.
        Password::verify(Password::hash(QStringLiteral("x"), Password::minimumCost()), password);
        refuse(AccessRefused::Kind::BadCredentials, badCredentials,
               QStringLiteral("unknown login"));
    }
    if (a.disabled)
        refuse(AccessRefused::Kind::Locked,
               tr("The account '%1' is locked by an administrator").arg(login),
               QStringLiteral("account locked by an administrator"));
    if (now < a.lockedUntil) {
        // Refused without looking at the password, and without extending the lock.
        refuse(AccessRefused::Kind::Locked,
               tr("The account '%1' is locked after repeated failures until %2")
                   .arg(login, timeText(a.lockedUntil)),
               QStringLiteral("locked until %1").arg(timeText(a.lockedUntil)));
    }
    if (!Password::verify(stored, password)) {
        // A lock that has run out starts a new count.
        const int failures = (a.lockedUntil > 0 ? 0 : a.failedLogins) + 1;
        const bool lock = failures >= p.lockoutFailures;
        if (m_db.isReadOnly())
            throw AccessRefused(AccessRefused::Kind::BadCredentials, badCredentials);
        WriteTransaction tx(m_db);
        QSqlQuery upd = m_db.prepare(QStringLiteral(
            "UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE login = ?"));
        upd.addBindValue(lock ? 0 : failures);
        upd.addBindValue(lock ? now + p.lockoutMinutes * kMinuteMs : 0);
        upd.addBindValue(login);
        Database::exec(upd);
        audit(
            login, QStringLiteral("login.failed"), login,
            lock
                ? QStringLiteral("wrong password; locked for %1 minutes after %2 failures")
                      .arg(p.lockoutMinutes)
                      .arg(failures)
                : QStringLiteral("wrong password (%1 of %2)").arg(failures).arg(p.lockoutFailures),
            QStringLiteral("denied"), now);
        tx.commit();
        throw AccessRefused(lock ? AccessRefused::Kind::Locked
                                 : AccessRefused::Kind::BadCredentials,
                            lock ? tr("Wrong login or password; the account is now locked for "
                                      "%1 minutes")
                                       .arg(p.lockoutMinutes)
                                 : badCredentials);
    }
    const bool expired
        = p.passwordMaxAgeDays > 0 && now - a.passwordChangedAt > p.passwordMaxAgeDays * kDayMs;
    const bool mustChange = expired || a.passwordReset;
    if (mustChange && !allowExpired)
        refuse(AccessRefused::Kind::PasswordExpired,
               a.passwordReset ? tr("The password of '%1' was reset: choose a new one first "
                                    "(pingan-cli user passwd %1)")
                                     .arg(login)
                               : tr("The password of '%1' is older than %2 days: choose a new "
                                    "one first (pingan-cli user passwd %1)")
                                     .arg(login)
                                     .arg(p.passwordMaxAgeDays),
               a.passwordReset ? QStringLiteral("password reset")
                               : QStringLiteral("password expired"));
    if (m_db.isReadOnly())
        return SignIn{sessionOf(a), mustChange};
    WriteTransaction tx(m_db);
    const bool rehash = Password::needsRehash(stored, p.hashCost);
    QSqlQuery upd = m_db.prepare(
        rehash ? QStringLiteral("UPDATE app_user SET failed_logins = 0, locked_until = 0, "
                                "password_hash = ? WHERE login = ?")
               : QStringLiteral("UPDATE app_user SET failed_logins = 0, locked_until = 0 "
                                "WHERE login = ?"));
    if (rehash)
        upd.addBindValue(Password::hash(password, p.hashCost));
    upd.addBindValue(login);
    Database::exec(upd);
    audit(login, QStringLiteral("login"), login,
          rehash ? QStringLiteral("password rehashed at the current cost") : QString(),
          QStringLiteral("ok"), now);
    tx.commit();
    return SignIn{sessionOf(a), mustChange};
}
