#include "cligate.h"

#include "cliapp.h"

#include "store/accesscontrol.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/conflictrepository.h"
#include "store/migrator.h"
#include "store/noderepository.h"
#include "store/storeerror.h"
#include "store/userrepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>
#include <utility>

namespace {

std::optional<Session> g_session;
bool g_accounts = false;
bool g_environmentUsed = false;
// The command's store writes the audit row of a success itself (sync import, sync resolve): the
// gate records only a refusal or failure, so that nothing is logged twice.
bool g_storeAuditsSuccess = false;

// What a command needs: a permission (none: any signed-in account), whether its --region is
// held to the account's township, and the audit row it leaves.
struct Need {
    bool signIn = true;
    std::optional<Permission> permission;
    std::optional<Permission> alsoPermission;
    bool regional = false; // takes --region: a township account is held to its own
    bool disputeTarget = false; // the positional after the subcommand is a dispute
    bool checkedByStore = false; // the store applies the scope itself (registering a dispute)
    bool nodeScope = false; // node, sync: the region is the node's own scope, not a --region
    bool conflictTarget = false; // the positional after the subcommand is a sync conflict
    QString audit;
    QString auditObject; // what the audit row names (default: the command)
    bool storeAuditsSuccess = false; // see g_storeAuditsSuccess
};

QString optionValue(const QStringList &words, const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 0; i < words.size(); ++i) {
        if (words.at(i) == flag && i + 1 < words.size())
            return words.at(i + 1);
        if (words.at(i).startsWith(flag + QLatin1Char('=')))
            return words.at(i).mid(flag.size() + 1);
    }
    return {};
}

// The first word after the subcommand that is neither an option nor the value of one of
// `valued` (the options that take a value).
QString positionalAfterSub(const QStringList &words, const QStringList &valued)
{
    for (int i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (!w.startsWith(QLatin1String("--")))
            return w;
        if (!w.contains(QLatin1Char('=')) && valued.contains(w.mid(2)))
            ++i;
    }
    return {};
}

bool hasWord(const QStringList &words, const QString &word)
{
    return words.contains(word);
}

bool changesSettings(const QStringList &words)
{
    for (const QString &w : words) {
        if (w.startsWith(QLatin1String("--")) && w != QLatin1String("--json")
            && !w.startsWith(QLatin1String("--by")))
            return true;
    }
    return false;
}

Need needFor(const QString &command, const QStringList &words, const QString &user)
{
    Need n;
    const QString sub = words.value(0);
    if (command == QLatin1String("calendar") || command == QLatin1String("bench")) {
        n.signIn = false;
    } else if (command == QLatin1String("init")) {
        n.permission = hasWord(words, QStringLiteral("--demo")) ? Permission::ImportData
                                                                : Permission::Backup;
        n.audit = QStringLiteral("store.init");
    } else if (command == QLatin1String("dispute")) {
        if (sub == QLatin1String("add")) {
            n.permission = Permission::RegisterDispute;
            n.checkedByStore = true;
        } else if (sub == QLatin1String("show")) {
            n.permission = hasWord(words, QStringLiteral("--unmask"))
                ? Permission::ViewPersonalData
                : Permission::ViewCases;
            n.disputeTarget = true;
            n.audit = hasWord(words, QStringLiteral("--unmask"))
                ? QStringLiteral("personal.unmask")
                : QStringLiteral("dispute.view");
        } else if (sub == QLatin1String("act")) {
            n.permission = words.value(2) == QLatin1String("comment") ? Permission::ViewCases
                                                                      : Permission::WorkDispute;
            n.disputeTarget = true;
        } else {
            n.permission = Permission::ViewCases;
            n.regional = true;
        }
    } else if (command == QLatin1String("stats")) {
        n.permission = Permission::ViewCases;
        n.regional = sub != QLatin1String("response");
    } else if (command == QLatin1String("render-map") || command == QLatin1String("indicators")) {
        n.permission = Permission::ViewCases;
        n.regional = true;
    } else if (command == QLatin1String("incidents") || command == QLatin1String("shifts")) {
        n.permission = Permission::EditPlatforms;
        n.audit = QStringLiteral("import");
    } else if (command == QLatin1String("import-geo") || command == QLatin1String("import-roads")
               || command == QLatin1String("import-survey")) {
        n.permission = Permission::ImportData;
        n.audit = QStringLiteral("import");
    } else if (command == QLatin1String("coverage")) {
        if (sub == QLatin1String("settings") && changesSettings(words.mid(1))) {
            n.permission = Permission::EditSettings;
            n.audit = QStringLiteral("settings");
        } else {
            n.permission = Permission::ViewCases;
            n.regional = sub != QLatin1String("suggest") && sub != QLatin1String("settings");
        }
    } else if (command == QLatin1String("survey-scheme")) {
        const bool changes = !optionValue(words, QStringLiteral("preset")).isEmpty()
            || !optionValue(words, QStringLiteral("file")).isEmpty();
        n.permission = changes ? Permission::ImportData : Permission::ViewCases;
        n.audit = changes ? QStringLiteral("settings") : QString();
    } else if (command == QLatin1String("report")) {
        n.permission = Permission::PrintReport;
        if (!optionValue(words, QStringLiteral("xlsx")).isEmpty())
            n.alsoPermission = Permission::ExportData;
        n.regional = true;
        n.audit = !optionValue(words, QStringLiteral("xlsx")).isEmpty()
            ? QStringLiteral("report.xlsx")
            : !optionValue(words, QStringLiteral("pdf")).isEmpty() ? QStringLiteral("report.pdf")
                                                                   : QStringLiteral("report");
    } else if (command == QLatin1String("store")) {
        // The whole store, personal data and accounts included, goes to the server.
        n.permission = Permission::Backup;
        n.audit = QStringLiteral("store.copy");
        n.auditObject = optionValue(words, QStringLiteral("to"));
    } else if (command == QLatin1String("backup")) {
        n.permission = Permission::Backup;
    } else if (command == QLatin1String("restore")) {
        n.permission = Permission::Restore;
    } else if (command == QLatin1String("user")) {
        // The store checks account changes itself (and the first admin needs no sign-in).
        n.signIn = !(sub == QLatin1String("add") && !g_accounts)
            && !(sub == QLatin1String("passwd") && words.value(1) == user);
    } else if (command == QLatin1String("node") || command == QLatin1String("sync")) {
        // A package carries the node's whole share, so the region checked is the node's scope
        // (a township clerk works the node of its township); these commands take no --region.
        n.permission = Permission::Sync;
        n.nodeScope = true;
        const QString what = command + QLatin1Char(' ') + sub;
        if (what == QLatin1String("sync resolve")) {
            n.permission = Permission::WorkDispute;
            n.alsoPermission = Permission::Sync;
            n.conflictTarget = true;
            n.audit = QStringLiteral("sync.resolve");
            n.storeAuditsSuccess = true;
            n.auditObject = positionalAfterSub(words, {QStringLiteral("keep"),
                                                       QStringLiteral("by")});
        } else if (what == QLatin1String("node init")) {
            n.audit = QStringLiteral("node.init");
            n.auditObject = optionValue(words, QStringLiteral("name"));
        } else if (what == QLatin1String("node trust")) {
            n.audit = QStringLiteral("node.trust");
            n.auditObject = positionalAfterSub(words, {});
        } else if (what == QLatin1String("sync export")) {
            n.audit = QStringLiteral("sync.export");
            n.auditObject = optionValue(words, QStringLiteral("to"));
        } else if (what == QLatin1String("sync import")) {
            n.audit = QStringLiteral("sync.import");
            n.storeAuditsSuccess = true;
            n.auditObject = positionalAfterSub(words, {QStringLiteral("by")});
        }
    } else if (command == QLatin1String("audit")) {
        n.permission
            = sub == QLatin1String("purge") ? Permission::PurgeAudit : Permission::ViewAudit;
        n.audit = sub == QLatin1String("purge") ? QString() : QStringLiteral("audit.view");
    }
    // info, check, regions: any signed-in account.
    return n;
}

QString readLine(bool hidden)
{
    const bool tty = isatty(fileno(stdin));
    termios saved{};
    if (hidden && tty) {
        tcgetattr(fileno(stdin), &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (hidden && tty) {
        tcsetattr(fileno(stdin), TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    return QString::fromStdString(line).remove(QLatin1Char('\r'));
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The region a node or sync command acts on: the node's scope (for `node init`, the --scope
// it is given, a township's 9 digits padded to its 12-digit code).
QString nodeRegion(Database &db, const QString &command, const QStringList &words)
{
    if (command == QLatin1String("node") && words.value(0) == QLatin1String("init")) {
        const QString scope = optionValue(words, QStringLiteral("scope")).trimmed();
        return scope.size() == 9 ? scope + QStringLiteral("000") : scope;
    }
    try {
        return NodeRepository(db).self().scopeCode;
    } catch (const StoreError &) {
        return {}; // the command itself says what is wrong with the store
    }
}

// The region of the sync conflict `id` (or id prefix); empty when there is no such conflict.
QString conflictRegion(Database &db, const QString &id)
{
    try {
        return ConflictRepository(db).find(id).regionCode;
    } catch (const ConflictRefused &) {
        return {};
    } catch (const StoreError &) {
        return {};
    }
}

} // namespace

const std::optional<Session> &CliGate::session()
{
    return g_session;
}

bool CliGate::accountsExist()
{
    return g_accounts;
}

QString CliGate::nextSecret(const QString &prompt, bool environmentFirst)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (environmentFirst && !g_environmentUsed
        && env.contains(QStringLiteral("PINGAN_PASSWORD"))) {
        g_environmentUsed = true;
        return env.value(QStringLiteral("PINGAN_PASSWORD"));
    }
    if (isatty(fileno(stdin))) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        std::fflush(stderr);
    }
    return readLine(true);
}

void CliGate::admit(const QString &command, QStringList &words)
{
    if (!storeExists(m_dbPath))
        return;
    // First a look without writing (a read-only command on a backup file must leave it as it
    // is); a sign-in then writes its audit row through a connection of its own.
    try {
        auto look
            = Database::open(m_dbPath, Database::Mode::ReadOnly, false, Database::Check::Deferred);
        // Stores older than the accounts' schema have none made by this program; `init`
        // upgrades them.
        if (look->schemaVersion() < 9)
            return;
        g_accounts = UserRepository(*look).anyAccounts();
    } catch (const StoreError &) {
        return; // the command itself says what is wrong with the file
    }
    const Need need = needFor(command, words, m_user);
    m_auditAction = need.audit;
    g_storeAuditsSuccess = need.storeAuditsSuccess;
    if (need.disputeTarget)
        m_auditObject = words.value(1);
    else if (!need.auditObject.isEmpty())
        m_auditObject = need.auditObject;
    if (!g_accounts || !need.signIn)
        return;
    std::unique_ptr<Database> db;
    try {
        db = Database::open(m_dbPath, Database::Mode::ReadWrite, false, Database::Check::Deferred);
    } catch (const StoreError &e) {
        throw CliError{
            ExitRefused,
            QStringLiteral("%1: sign-in cannot be recorded (%2)").arg(m_dbPath, e.message())};
    }
    UserRepository users(*db);
    if (m_user.isEmpty())
        throw CliError{ExitRefused,
                       QStringLiteral("%1 has user accounts: sign in with --user LOGIN "
                                      "(password from PINGAN_PASSWORD or standard input)")
                           .arg(m_dbPath)};
    if (db->isReadOnly())
        throw CliError{ExitRefused,
                       QStringLiteral("%1 is damaged and open read-only: sign-in cannot "
                                      "be recorded (%2)")
                           .arg(m_dbPath, db->damaged())};
    const QString password = nextSecret(QStringLiteral("password for %1: ").arg(m_user));
    try {
        g_session = users.signIn(m_user, password, now()).session;
        const Session &s = *g_session;
        AccessControl access(*db);
        QString region;
        QString alsoRegion; // for need.alsoPermission when it differs
        if (need.regional) {
            region = optionValue(words, QStringLiteral("region"));
            if (region.isEmpty() && s.scoped()) {
                region = s.scopeCode;
                words << QStringLiteral("--region") << region;
            }
        } else if (need.disputeTarget) {
            region = access.disputeRegion(words.value(1));
        } else if (need.nodeScope && s.scoped()) {
            region = nodeRegion(*db, command, words);
        }
        alsoRegion = region;
        if (need.conflictTarget && s.scoped()) {
            // Resolving works the conflict's dispute; a conflict not found is left to the
            // command, which refuses it (exit 3).
            const QString conflict = conflictRegion(*db, need.auditObject);
            if (!conflict.isEmpty())
                region = conflict;
        }
        const std::pair<std::optional<Permission>, QString> checks[]
            = {{need.permission, region}, {need.alsoPermission, alsoRegion}};
        for (const auto &[p, where] : checks) {
            if (!p)
                continue;
            if (need.checkedByStore) {
                if (!s.may(*p))
                    access.require(s, *p, {}, command + QLatin1Char(' ') + words.value(0), now());
            } else {
                access.require(s, *p, where, m_auditObject, now());
            }
        }
    } catch (const AccessRefused &e) {
        throw CliError{e.kind() == AccessRefused::Kind::Invalid ? ExitRejected : ExitRefused,
                       e.message()};
    }
}

void CliGate::record(const QString &command, const QStringList &words, int exitCode)
{
    if (m_auditAction.isEmpty() || !storeExists(m_dbPath))
        return;
    // A command that failed may have met a damaged file: then the store is checked before a
    // row is written (and left alone when damaged). Without accounts a failure is not recorded.
    const bool failed = exitCode != ExitOk;
    if (failed && !g_accounts)
        return;
    if (!failed && g_storeAuditsSuccess)
        return;
    try {
        auto db = Database::open(m_dbPath, Database::Mode::ReadWrite, false,
                                 failed ? Database::Check::AtOpen : Database::Check::Deferred);
        if (db->isReadOnly() || db->schemaVersion() < 9)
            return;
        QStringList shown;
        for (const QString &w : words)
            shown << w;
        const QString login = g_session ? g_session->login
            : !m_user.isEmpty()         ? m_user
                                        : qEnvironmentVariable("USER");
        const QString result = exitCode == ExitOk ? QStringLiteral("ok")
            : exitCode == ExitRefused             ? QStringLiteral("denied")
                                                  : QStringLiteral("failed");
        AuditLog(*db).append(
            {login, m_auditAction, m_auditObject.isEmpty() ? command : m_auditObject,
             (command + QLatin1Char(' ') + shown.join(QLatin1Char(' '))).left(500), result},
            now());
    } catch (const StoreError &) {
        // The command ran; a store that cannot take the row now is reported by `check`.
    }
}
