#include "cmd_user.h"

#include "cliapp.h"
#include "cligate.h"
#include "texttable.h"

#include "store/auditlog.h"
#include "store/backupservice.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/userrepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace {


qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}



// The session of this run; a store without accounts has none (only `user add` of the first
// admin works there).
const Session &signedIn(const QString &what)
{
    if (!CliGate::session())
        throw CliError{ExitRefused, QStringLiteral("%1: sign in with --user LOGIN").arg(what)};
    return *CliGate::session();
}

// A new password: on a store without accounts (nobody signed in) PINGAN_PASSWORD or the first
// line of input; otherwise PINGAN_NEW_PASSWORD or the next line of input.
QString newPassword(const QString &login)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString password;
    if (!CliGate::session())
        password = CliGate::nextSecret(QStringLiteral("new password for %1: ").arg(login));
    else if (env.contains(QStringLiteral("PINGAN_NEW_PASSWORD")))
        password = env.value(QStringLiteral("PINGAN_NEW_PASSWORD"));
    else
        password = CliGate::nextSecret(QStringLiteral("new password for %1: ").arg(login), false);
    if (password.isEmpty())
        throw CliError{ExitUsage,
                       QStringLiteral("no password given (standard input or "
                                      "PINGAN_PASSWORD / PINGAN_NEW_PASSWORD)")};
    return password;
}

int refused(const AccessRefused &e)
{
    throw CliError{e.kind() == AccessRefused::Kind::Invalid ? ExitRejected : ExitRefused,
                   e.message()};
}

QJsonObject accountJson(const UserAccount &a, qint64 at)
{
    return QJsonObject{
        {QStringLiteral("login"), a.login},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("role"), userRoleKey(a.role)},
        {QStringLiteral("scope"), a.scopeCode.isEmpty() ? QJsonValue() : a.scopeCode},
        {QStringLiteral("disabled"), a.disabled},
        {QStringLiteral("locked_until"),
         a.lockedUntil > at ? QJsonValue(localTimeText(a.lockedUntil)) : QJsonValue()},
        {QStringLiteral("failed_logins"), a.failedLogins},
        {QStringLiteral("password_changed"), localTimeText(a.passwordChangedAt)},
        {QStringLiteral("must_change_password"), a.passwordReset}};
}

int userAdd(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("user add"), words,
                       {{"role", "scope", "name"}, {"json"}, 1});
    if (args.positional().isEmpty() || !args.has(QStringLiteral("role")))
        throw CliError{ExitUsage, QStringLiteral("user add: give LOGIN and --role ROLE")};
    const auto role = userRoleFromKey(args.value(QStringLiteral("role")));
    if (!role) {
        QStringList keys;
        for (UserRole r : allUserRoles())
            keys << userRoleKey(r);
        throw CliError{
            ExitUsage,
            QStringLiteral("user add: --role must be one of %1, not '%2'")
                .arg(keys.join(QStringLiteral(", ")), args.value(QStringLiteral("role")))};
    }
    auto db = openStoreForWriting(dbPath);
    UserRepository users(*db);
    const NewAccount account{args.positional().constFirst(), args.value(QStringLiteral("name")),
                             *role, args.value(QStringLiteral("scope"))};
    const bool first = !users.anyAccounts();
    const QString password = newPassword(account.login);
    try {
        if (first)
            users.addFirstAdmin(account, password, now());
        else
            users.add(account, password, signedIn(QStringLiteral("user add")), now());
    } catch (const AccessRefused &e) {
        return refused(e);
    }
    if (args.has(QStringLiteral("json"))) {
        out << compactJson(accountJson(*users.account(account.login), now())) << "\n";
    } else {
        out << "account " << account.login << " (" << userRoleKey(account.role) << ") added";
        if (!first)
            out << "; the password must be changed at the first sign-in";
        out << "\n";
    }
    return ExitOk;
}

int userList(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("user list"), words, {{}, {"json"}, 0});
    auto db = openStoreForWriting(dbPath);
    UserRepository users(*db);
    if (users.anyAccounts()) {
        const Session &s = signedIn(QStringLiteral("user list"));
        if (!s.may(Permission::ManageUsers) && !s.may(Permission::ViewAudit)
            && !s.may(Permission::SecurityPolicy))
            throw CliError{ExitRefused,
                           QStringLiteral("user list: %1 (%2) may not see the accounts")
                               .arg(s.login, userRoleLabel(s.role))};
    }
    const qint64 at = now();
    const QList<UserAccount> accounts = users.list();
    if (args.has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const UserAccount &u : accounts)
            a.append(accountJson(u, at));
        out << compactJson(a) << "\n";
        return ExitOk;
    }
    TextTable table({QStringLiteral("login"), QStringLiteral("role"), QStringLiteral("scope"),
                     QStringLiteral("state"), QStringLiteral("name")},
                    5);
    for (const UserAccount &u : accounts) {
        const QString state = u.disabled ? QStringLiteral("locked")
            : u.lockedUntil > at ? QStringLiteral("locked until %1").arg(localTimeText(u.lockedUntil))
                                 : QStringLiteral("active");
        table.addRow({u.login, userRoleKey(u.role), u.scopeCode, state, u.name});
    }
    table.print(out);
    return ExitOk;
}

int userLock(const QString &dbPath, const QStringList &words, bool lock, QTextStream &out)
{
    const QString what = lock ? QStringLiteral("user lock") : QStringLiteral("user unlock");
    const CliArgs args(what, words, {{}, {}, 1});
    if (args.positional().isEmpty())
        throw CliError{ExitUsage, what + QStringLiteral(": give LOGIN")};
    auto db = openStoreForWriting(dbPath);
    try {
        UserRepository(*db).setLocked(args.positional().constFirst(), lock, signedIn(what), now());
    } catch (const AccessRefused &e) {
        return refused(e);
    }
    out << "account " << args.positional().constFirst() << (lock ? " locked\n" : " unlocked\n");
    return ExitOk;
}

int userPasswd(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("user passwd"), words, {{}, {}, 1});
    if (args.positional().isEmpty())
        throw CliError{ExitUsage, QStringLiteral("user passwd: give LOGIN")};
    const QString login = args.positional().constFirst();
    auto db = openStoreForWriting(dbPath);
    UserRepository users(*db);
    try {
        if (!CliGate::session()) {
            // The holder's own change: the current password first, then the new one.
            if (!users.anyAccounts())
                throw CliError{ExitRejected,
                               QStringLiteral("user passwd: the store has no accounts")};
            const QString old
                = CliGate::nextSecret(QStringLiteral("current password of %1: ").arg(login));
            const QString fresh
                = CliGate::nextSecret(QStringLiteral("new password for %1: ").arg(login), false);
            users.changePassword(login, old, fresh, now());
            out << "password of " << login << " changed\n";
        } else {
            users.resetPassword(login, newPassword(login), *CliGate::session(), now());
            out << "password of " << login << " reset; it must be changed at the next sign-in\n";
        }
    } catch (const AccessRefused &e) {
        return refused(e);
    }
    return ExitOk;
}

int userPolicy(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const QStringList options{"min-length",      "max-age-days", "lockout-failures",
                              "lockout-minutes", "idle-minutes", "hash-ops",
                              "hash-mem-kib"};
    const CliArgs args(QStringLiteral("user policy"), words, {options, {"json"}, 0});
    auto db = openStoreForWriting(dbPath);
    UserRepository users(*db);
    SecurityPolicy p = users.policy();
    bool change = false;
    for (const QString &o : options)
        change = change || args.has(o);
    if (change) {
        p.minPasswordLength
            = int(args.number(QStringLiteral("min-length"), p.minPasswordLength, 8, 128));
        p.passwordMaxAgeDays
            = int(args.number(QStringLiteral("max-age-days"), p.passwordMaxAgeDays, 0, 3650));
        p.lockoutFailures
            = int(args.number(QStringLiteral("lockout-failures"), p.lockoutFailures, 1, 100));
        p.lockoutMinutes
            = int(args.number(QStringLiteral("lockout-minutes"), p.lockoutMinutes, 1, 10080));
        p.idleLockMinutes
            = int(args.number(QStringLiteral("idle-minutes"), p.idleLockMinutes, 0, 1440));
        p.hashCost.opsLimit = static_cast<unsigned long long>(
            args.number(QStringLiteral("hash-ops"), double(p.hashCost.opsLimit), 1, 64));
        p.hashCost.memLimitBytes = static_cast<std::size_t>(args.number(
                                       QStringLiteral("hash-mem-kib"),
                                       double(p.hashCost.memLimitBytes / 1024), 8, 4194304))
            * 1024;
        try {
            users.setPolicy(p, signedIn(QStringLiteral("user policy")), now());
        } catch (const AccessRefused &e) {
            return refused(e);
        }
    }
    const QJsonObject o{{QStringLiteral("min_length"), p.minPasswordLength},
                        {QStringLiteral("max_age_days"), p.passwordMaxAgeDays},
                        {QStringLiteral("lockout_failures"), p.lockoutFailures},
                        {QStringLiteral("lockout_minutes"), p.lockoutMinutes},
                        {QStringLiteral("idle_minutes"), p.idleLockMinutes},
                        {QStringLiteral("hash_ops"), qint64(p.hashCost.opsLimit)},
                        {QStringLiteral("hash_mem_kib"), qint64(p.hashCost.memLimitBytes / 1024)}};
    if (args.has(QStringLiteral("json"))) {
        out << compactJson(o) << "\n";
    } else {
        for (auto it = o.begin(); it != o.end(); ++it)
            out << it.key().leftJustified(18) << it.value().toInteger() << "\n";
    }
    return ExitOk;
}

qint64 dayStart(const QString &text, const QString &option)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw CliError{
            ExitUsage,
            QStringLiteral("audit: --%1 must be a date YYYY-MM-DD, not '%2'").arg(option, text)};
    return d.startOfDay().toMSecsSinceEpoch();
}

QJsonObject entryJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("at"),
                        QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), e.login},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("object"), e.object},
                       {QStringLiteral("detail"), e.detail},
                       {QStringLiteral("result"), e.result},
                       {QStringLiteral("hash"), e.hash}};
}

int auditList(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("audit list"), words,
                       {{"from", "to", "user", "action", "limit"}, {"json"}, 0});
    AuditFilter f;
    if (args.has(QStringLiteral("from")))
        f.from = dayStart(args.value(QStringLiteral("from")), QStringLiteral("from"));
    if (args.has(QStringLiteral("to"))) // the whole day of --to
        f.to = dayStart(args.value(QStringLiteral("to")), QStringLiteral("to")) + 86400LL * 1000;
    f.login = args.value(QStringLiteral("user"));
    f.action = args.value(QStringLiteral("action"));
    f.limit = int(args.number(QStringLiteral("limit"), 0, 0, 10000000));
    auto db = openStoreForReading(dbPath);
    const QList<AuditEntry> rows = AuditLog(*db).list(f);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const AuditEntry &e : rows)
            a.append(entryJson(e));
        out << compactJson(a) << "\n";
        return ExitOk;
    }
    TextTable table({QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("user"),
                     QStringLiteral("action"), QStringLiteral("result"), QStringLiteral("object"),
                     QStringLiteral("detail")},
                    7);
    for (const AuditEntry &e : rows)
        table.addRow({QString::number(e.seq), localTimeText(e.at), e.login, e.action, e.result,
                      e.object, e.detail.left(80)});
    table.print(out);
    return ExitOk;
}

int auditVerify(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("audit verify"), words, {{"against"}, {"json"}, 0});
    auto db = openStoreForReading(dbPath);
    const AuditLog log(*db);
    AuditVerdict v = log.verify();
    if (v.sound() && args.has(QStringLiteral("against"))) {
        // The head a backup recorded must still be in the log.
        const QString file = args.value(QStringLiteral("against"));
        BackupInfo info;
        try {
            info = BackupService::readInfo(file);
        } catch (const StoreError &e) {
            throw CliError{ExitRejected, QStringLiteral("audit verify: --against %1: %2")
                                             .arg(file, e.message())};
        }
        const AuditVerdict against = log.verifyAgainst(
            {info.auditHeadSeq, info.auditHeadHash},
            QStringLiteral("the backup %1").arg(QFileInfo(file).fileName()));
        if (!against.sound())
            v = against;
    }
    const AuditHead head = log.head();
    if (args.has(QStringLiteral("json"))) {
        out << compactJson(QJsonObject{
            {QStringLiteral("sound"), v.sound()},
            {QStringLiteral("rows"), v.rowsChecked},
            {QStringLiteral("first_bad_seq"), v.sound() ? QJsonValue() : QJsonValue(v.seq)},
            {QStringLiteral("message"), v.message},
            {QStringLiteral("head_seq"), head.seq},
            {QStringLiteral("head_hash"), head.hash}})
            << "\n";
    } else if (v.sound()) {
        out << dbPath << ": audit log sound, " << v.rowsChecked << " rows, head " << head.seq
            << " " << head.hash.left(16) << "\n";
    } else {
        out << dbPath << ": " << v.message << "\n";
    }
    return v.sound() ? ExitOk : ExitFailure;
}

int auditPurge(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("audit purge"), words, {{"before"}, {"json"}, 0});
    if (!args.has(QStringLiteral("before")))
        throw CliError{ExitUsage, QStringLiteral("audit purge: give --before DATE")};
    const qint64 before = dayStart(args.value(QStringLiteral("before")), QStringLiteral("before"));
    auto db = openStoreForWriting(dbPath);
    const QString login
        = CliGate::session() ? CliGate::session()->login : qEnvironmentVariable("USER");
    try {
        const int removed = AuditLog(*db).purgeBefore(before, login, now());
        out << removed << " audit rows removed\n";
    } catch (const AuditPurgeRefused &e) {
        throw CliError{ExitRejected, QStringLiteral("audit purge: ") + e.message};
    }
    return ExitOk;
}

} // namespace

QString usersUsage()
{
    return QStringLiteral(
        "  user add LOGIN --role ROLE [--scope CODE] [--name NAME] [--json]\n"
        "                     roles: operator, supervisor, clerk (needs --scope TOWNSHIP), "
        "leader,\n"
        "                     admin, security_admin, audit_admin; on a store without accounts "
        "the\n"
        "                     first one must be an admin. New password: standard input or\n"
        "                     PINGAN_PASSWORD (first admin), else PINGAN_NEW_PASSWORD or the next "
        "line\n"
        "  user list [--json] | user lock LOGIN | user unlock LOGIN | user passwd LOGIN\n"
        "                     passwd of your own login: current then new password on standard "
        "input\n"
        "  user policy [--min-length N] [--max-age-days N] [--lockout-failures N]\n"
        "              [--lockout-minutes N] [--idle-minutes N] [--hash-ops N] [--hash-mem-kib "
        "N]\n"
        "                     shows the security rules, or changes those given (security admin)\n"
        "  audit list [--from DATE] [--to DATE] [--user LOGIN] [--action A] [--limit N] [--json]\n"
        "  audit verify [--against BACKUP] [--json]\n"
        "                     walks the hash chain; names the first row changed, deleted or cut;\n"
        "                     --against: the head a backup recorded must still be in the log\n"
        "  audit purge --before DATE\n"
        "                     removes rows before DATE; refused inside the 180 days' retention\n");
}

int runUserCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                   QTextStream &err)
{
    return runCliCommand(err, [&] {
        const QString sub = words.value(0);
        const QStringList rest = words.mid(1);
        if (sub == QLatin1String("add"))
            return userAdd(dbPath, rest, out);
        if (sub == QLatin1String("list"))
            return userList(dbPath, rest, out);
        if (sub == QLatin1String("lock") || sub == QLatin1String("unlock"))
            return userLock(dbPath, rest, sub == QLatin1String("lock"), out);
        if (sub == QLatin1String("passwd"))
            return userPasswd(dbPath, rest, out);
        if (sub == QLatin1String("policy"))
            return userPolicy(dbPath, rest, out);
        throw CliError{ExitUsage,
                       QStringLiteral("user: give add, list, lock, unlock, passwd or policy")};
    });
}

int runAuditCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                    QTextStream &err)
{
    return runCliCommand(err, [&] {
        const QString sub = words.value(0);
        const QStringList rest = words.mid(1);
        if (sub == QLatin1String("list"))
            return auditList(dbPath, rest, out);
        if (sub == QLatin1String("verify"))
            return auditVerify(dbPath, rest, out);
        if (sub == QLatin1String("purge"))
            return auditPurge(dbPath, rest, out);
        throw CliError{ExitUsage, QStringLiteral("audit: give list, verify or purge")};
    });
}
