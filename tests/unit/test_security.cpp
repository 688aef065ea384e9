// Accounts, sign-in, the permission matrix and the audit chain (issue 9).

#include "storeundertest.h"
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "domain/permissions.h"
#include "security/password.h"
#include "store/accesscontrol.h"
#include "store/auditlog.h"
#include "store/backupservice.h"
#include "store/database.h"
#include "store/disputecommands.h"
#include "store/maintenancerepository.h"
#include "store/platformrepository.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "store/userrepository.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

#include <functional>

namespace {

constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kDay = 86400LL * 1000;
const QString kPassword = QStringLiteral("Pingan#2026");

QString text(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

// A store with an admin made at the lowest Argon2id cost (so that tests stay fast) and a
// security admin who set that cost as the policy.
struct AccountStore {
    TempStore tmp;
    std::unique_ptr<Database> db;
    Session admin;
    Session security;
    qint64 now = QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toMSecsSinceEpoch();

    explicit AccountStore(bool demo = false)
    {
        if (demo) {
            auto file = Database::open(tmp.path());
            DemoOptions options;
            options.scale = 0.05;
            DemoGenerator(*file).generate(options);
        }
        db = demo ? storetest::storeFrom(tmp.path()) : storetest::freshStore(tmp.path());
        UserRepository users(*db);
        admin = users.addFirstAdmin(
            {QStringLiteral("admin"), QStringLiteral("系统管理员"), UserRole::Admin, {}},
            kPassword, now);
        users.add({QStringLiteral("sec"), {}, UserRole::SecurityAdmin, {}}, kPassword, admin, now);
        security = *users.session(QStringLiteral("sec"));
        SecurityPolicy p = users.policy();
        p.hashCost = Password::minimumCost();
        users.setPolicy(p, security, now);
    }

    Session add(const QString &login, UserRole role, const QString &scope = {})
    {
        UserRepository(*db).add({login, {}, role, scope}, kPassword, admin, now);
        return *UserRepository(*db).session(login);
    }
};

} // namespace

TEST_CASE("Passwords are stored as Argon2id strings and checked against them", "[security]")
{
    const QString h = Password::hash(kPassword, Password::minimumCost());
    CHECK(h.startsWith(QStringLiteral("$argon2id$")));
    CHECK(Password::verify(h, kPassword));
    CHECK_FALSE(Password::verify(h, QStringLiteral("pingan#2026")));
    CHECK_FALSE(Password::verify(QStringLiteral("plain"), QStringLiteral("plain")));
    CHECK(Password::needsRehash(h, Password::defaultCost()));
    CHECK_FALSE(Password::needsRehash(h, Password::minimumCost()));

    CHECK_FALSE(Password::policyProblem(QStringLiteral("Ab1"), {}).isEmpty()); // short
    CHECK_FALSE(Password::policyProblem(QStringLiteral("abcdefgh1"), {}).isEmpty()); // 2 classes
    CHECK(Password::policyProblem(QStringLiteral("abcdefg1!"), {}).isEmpty()); // 3 classes
    CHECK(Password::policyProblem(QStringLiteral("平安指挥Ab12"), {}).isEmpty());
    CHECK_FALSE(Password::policyProblem(QStringLiteral("Zhang.San1"), QStringLiteral("zhang.san1"))
                    .isEmpty());
}

TEST_CASE("The store file holds only Argon2id hashes, never a password", "[security][file]")
{
    AccountStore s;
    s.add(QStringLiteral("op"), UserRole::Operator);
    QSqlQuery q = s.db->prepare(QStringLiteral("SELECT password_hash FROM app_user"));
    Database::exec(q);
    int rows = 0;
    while (q.next()) {
        ++rows;
        CHECK(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    }
    CHECK(rows == 3);
    s.db.reset();
    QFile file(s.tmp.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QFile wal(s.tmp.path() + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        bytes += wal.readAll();
    CHECK_FALSE(bytes.contains(kPassword.toUtf8()));
}

TEST_CASE("No default account: the first one must be an admin, and only once", "[security]")
{
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    UserRepository users(*db);
    CHECK_FALSE(users.anyAccounts());
    CHECK_THROWS_AS(
        users.addFirstAdmin({QStringLiteral("op"), {}, UserRole::Operator, {}}, kPassword, 0),
        AccessRefused);
    CHECK_THROWS_AS(users.addFirstAdmin({QStringLiteral("admin"), {}, UserRole::Admin, {}},
                                        QStringLiteral("weak"), 0),
                    AccessRefused);
    CHECK_FALSE(users.anyAccounts());
    users.addFirstAdmin({QStringLiteral("admin"), {}, UserRole::Admin, {}}, kPassword, 0);
    CHECK_THROWS_AS(
        users.addFirstAdmin({QStringLiteral("admin2"), {}, UserRole::Admin, {}}, kPassword, 0),
        AccessRefused);
}

TEST_CASE("Five failures lock the account for 30 minutes; retries do not extend the lock",
          "[security][lockout]")
{
    AccountStore s;
    s.add(QStringLiteral("op"), UserRole::Operator);
    UserRepository users(*s.db);
    // The account was made by an admin: its holder must choose a password first.
    CHECK(users.signIn(QStringLiteral("op"), kPassword, s.now, true).mustChangePassword);
    users.changePassword(QStringLiteral("op"), kPassword, QStringLiteral("New#Pass2026"), s.now);
    const QString pw = QStringLiteral("New#Pass2026");

    qint64 t = s.now + kMinute;
    for (int i = 1; i <= 4; ++i) {
        try {
            users.signIn(QStringLiteral("op"), QStringLiteral("wrong"), t);
            FAIL("a wrong password signed in");
        } catch (const AccessRefused &e) {
            CHECK(e.kind() == AccessRefused::Kind::BadCredentials);
        }
        CHECK(users.account(QStringLiteral("op"))->failedLogins == i);
    }
    try {
        users.signIn(QStringLiteral("op"), QStringLiteral("wrong"), t);
        FAIL("a wrong password signed in");
    } catch (const AccessRefused &e) {
        CHECK(e.kind() == AccessRefused::Kind::Locked);
    }
    const qint64 lockedUntil = users.account(QStringLiteral("op"))->lockedUntil;
    CHECK(lockedUntil == t + 30 * kMinute);

    // During the lock even the right password is refused, and nothing extends the lock.
    for (qint64 later : {t + kMinute, t + 10 * kMinute, t + 29 * kMinute}) {
        CHECK_THROWS_AS(users.signIn(QStringLiteral("op"), pw, later), AccessRefused);
        CHECK_THROWS_AS(users.signIn(QStringLiteral("op"), QStringLiteral("wrong"), later),
                        AccessRefused);
        CHECK(users.account(QStringLiteral("op"))->lockedUntil == lockedUntil);
    }
    // When the lock has run out the right password signs in and clears the count.
    const auto in = users.signIn(QStringLiteral("op"), pw, lockedUntil);
    CHECK(in.session.role == UserRole::Operator);
    CHECK(users.account(QStringLiteral("op"))->failedLogins == 0);

    // Every attempt is in the audit log.
    AuditFilter f;
    f.login = QStringLiteral("op");
    f.action = QStringLiteral("login.failed");
    CHECK(AuditLog(*s.db).list(f).size() == 5 + 6);
}

TEST_CASE("A password older than the policy's age must be changed before signing in", "[security]")
{
    AccountStore s;
    s.add(QStringLiteral("op"), UserRole::Operator);
    UserRepository users(*s.db);
    users.changePassword(QStringLiteral("op"), kPassword, QStringLiteral("New#Pass2026"), s.now);
    CHECK_NOTHROW(
        users.signIn(QStringLiteral("op"), QStringLiteral("New#Pass2026"), s.now + 89 * kDay));
    try {
        users.signIn(QStringLiteral("op"), QStringLiteral("New#Pass2026"), s.now + 91 * kDay);
        FAIL("an expired password signed in");
    } catch (const AccessRefused &e) {
        CHECK(e.kind() == AccessRefused::Kind::PasswordExpired);
    }
    CHECK(
        users.signIn(QStringLiteral("op"), QStringLiteral("New#Pass2026"), s.now + 91 * kDay, true)
            .mustChangePassword);
}

TEST_CASE("A hash made at a lower cost is replaced at the next sign-in", "[security]")
{
    AccountStore s;
    s.add(QStringLiteral("op"), UserRole::Operator);
    UserRepository users(*s.db);
    users.changePassword(QStringLiteral("op"), kPassword, QStringLiteral("New#Pass2026"), s.now);
    const QString before
        = text(*s.db, QStringLiteral("SELECT password_hash FROM app_user WHERE login = 'op'"));
    SecurityPolicy p = users.policy();
    p.hashCost.opsLimit += 1;
    users.setPolicy(p, s.security, s.now);
    users.signIn(QStringLiteral("op"), QStringLiteral("New#Pass2026"), s.now);
    const QString after
        = text(*s.db, QStringLiteral("SELECT password_hash FROM app_user WHERE login = 'op'"));
    CHECK(after != before);
    CHECK(after.contains(QStringLiteral("t=%1").arg(p.hashCost.opsLimit)));
    CHECK_NOTHROW(users.signIn(QStringLiteral("op"), QStringLiteral("New#Pass2026"), s.now));
}

TEST_CASE("The permission matrix: who holds what", "[security][matrix]")
{
    // Rows: roles; columns: the permissions in allPermissions() order. Written out here, apart
    // from the code, so that a change of the matrix is a deliberate change of this table too.
    const QList<Permission> cols = allPermissions();
    REQUIRE(cols.size() == 16);
    const QList<QPair<UserRole, QString>> expected{
        //                           VC RD WD PD EP ID ES PR ED MU SP VA PA BK RS SY
        {UserRole::Operator, "1  1  1  1  1  0  0  1  1  0  0  0  0  0  0  0"},
        {UserRole::Supervisor, "1  1  1  1  1  1  1  1  1  0  0  0  0  0  0  1"},
        {UserRole::Clerk, "1  1  1  1  0  0  0  1  0  0  0  0  0  0  0  1"},
        {UserRole::Leader, "1  0  0  0  0  0  0  1  1  0  0  0  0  0  0  0"},
        {UserRole::Admin, "0  0  0  0  0  1  1  0  0  1  0  0  0  1  1  1"},
        {UserRole::SecurityAdmin, "0  0  0  0  0  0  0  0  0  1  1  0  0  0  0  0"},
        {UserRole::AuditAdmin, "0  0  0  0  0  0  0  0  0  0  0  1  1  0  0  0"},
    };
    for (const auto &[role, row] : expected) {
        const QStringList cells = row.simplified().split(QLatin1Char(' '));
        REQUIRE(cells.size() == cols.size());
        for (int i = 0; i < cols.size(); ++i) {
            INFO(userRoleKey(role).toStdString() << " × " << permissionKey(cols[i]).toStdString());
            CHECK(roleMay(role, cols[i]) == (cells[i] == QLatin1String("1")));
        }
    }
    // 三员分立: no admin duty shares a permission with case work or with another admin duty.
    for (Permission p : cols) {
        const UserRoles holders = rolesWith(p);
        const int admins = int(bool(holders & roles(UserRole::SecurityAdmin)))
            + int(bool(holders & roles(UserRole::AuditAdmin)));
        CHECK(admins <= 1);
        if (holders & roles(UserRole::AuditAdmin))
            CHECK((holders & ~roles(UserRole::AuditAdmin)) == 0);
    }
}

TEST_CASE("Walking the matrix: every role × permission × in and out of scope; each denial "
          "changes nothing but its audit row",
          "[security][matrix]")
{
    AccountStore s(true);
    const QString townA = text(
        *s.db, QStringLiteral("SELECT code FROM region WHERE level = 1 ORDER BY code LIMIT 1"));
    const QString townB = text(
        *s.db,
        QStringLiteral("SELECT code FROM region WHERE level = 1 ORDER BY code DESC LIMIT 1"));
    REQUIRE(townA != townB);
    auto gridIn = [&](const QString &town) {
        return text(
            *s.db,
            QStringLiteral("SELECT g.code FROM region g JOIN region v ON v.code = g.parent_code "
                           "WHERE g.level = 3 AND v.parent_code = ? ORDER BY g.code LIMIT 1"),
            {town});
    };
    const QString gridA = gridIn(townA);
    const QString gridB = gridIn(townB);
    REQUIRE(!gridA.isEmpty());
    REQUIRE(!gridB.isEmpty());

    QList<Session> sessions;
    sessions << s.add(QStringLiteral("op"), UserRole::Operator)
             << s.add(QStringLiteral("sup"), UserRole::Supervisor)
             << s.add(QStringLiteral("clerk"), UserRole::Clerk, townA)
             << s.add(QStringLiteral("leader"), UserRole::Leader)
             << s.add(QStringLiteral("leaderA"), UserRole::Leader, townA) << s.admin << s.security
             << s.add(QStringLiteral("audit"), UserRole::AuditAdmin);
    const Session op = sessions.first();

    DisputeCommands commands(*s.db);
    auto intake = [&](const QString &grid) {
        DisputeIntake in;
        in.title = QStringLiteral("王某与赵某因宅基地边界发生纠纷");
        in.category = QStringLiteral("neighbour");
        in.source = QStringLiteral("grid_screening");
        in.gridCode = grid;
        in.parties = {DisputePartyInput{QStringLiteral("applicant"), QStringLiteral("王建军"),
                                        QStringLiteral("11010519491231002X"),
                                        QStringLiteral("13812345678")}};
        return in;
    };
    int serial = 0;
    // The operation each permission guards, done through the store's own guarded entry.
    const std::function<void(const Session &, const QString &grid)> operation[] = {
        /* ViewCases */ [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::ViewCases, grid, {}, s.now);
        },
        /* RegisterDispute */
        [&](const Session &who, const QString &grid) {
            commands.report(intake(grid), who.login, s.now);
        },
        /* WorkDispute: accepting a dispute the operator registered (see below) */ nullptr,
        /* ViewPersonalData */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::ViewPersonalData, grid, {}, s.now);
        },
        /* EditPlatforms */
        [&](const Session &who, const QString &) {
            PlatformInput in;
            in.code = QStringLiteral("T-%1").arg(++serial);
            in.name = QStringLiteral("测试平台%1").arg(serial);
            in.regionCode = townA;
            in.lon = 112.0;
            in.lat = 28.0;
            in.staff = 2;
            in.openedOn = QDate(2026, 1, 1);
            PlatformRepository(*s.db).add(in, who.login);
        },
        /* ImportData */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::ImportData, grid, {}, s.now);
        },
        /* EditSettings */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::EditSettings, grid, {}, s.now);
            SettingsRepository(*s.db).setValue(QStringLiteral("test.key"),
                                               QString::number(++serial), who.login);
        },
        /* PrintReport */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::PrintReport, grid, {}, s.now);
        },
        /* ExportData */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::ExportData, grid, {}, s.now);
        },
        /* ManageUsers */
        [&](const Session &who, const QString &) {
            UserRepository(*s.db).add(
                {QStringLiteral("new%1").arg(++serial), {}, UserRole::Leader, {}}, kPassword, who,
                s.now);
        },
        /* SecurityPolicy */
        [&](const Session &who, const QString &) {
            SecurityPolicy p = UserRepository(*s.db).policy();
            p.idleLockMinutes = 10 + (++serial % 20);
            UserRepository(*s.db).setPolicy(p, who, s.now);
        },
        /* ViewAudit */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::ViewAudit, grid, {}, s.now);
        },
        /* PurgeAudit */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::PurgeAudit, grid, {}, s.now);
            AuditLog(*s.db).purgeBefore(s.now - 400 * kDay, who.login, s.now);
        },
        /* Backup */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::Backup, grid, {}, s.now);
        },
        /* Restore */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::Restore, grid, {}, s.now);
        },
        /* Sync */
        [&](const Session &who, const QString &grid) {
            AccessControl(*s.db).require(who, Permission::Sync, grid, {}, s.now);
        },
    };
    REQUIRE(std::size(operation) == size_t(allPermissions().size()));

    MaintenanceRepository maintenance(*s.db);
    auto dataHashes = [&] {
        auto h = maintenance.contentHashes();
        h.remove(QStringLiteral("audit_log"));
        h.remove(QStringLiteral("audit_anchor"));
        return h;
    };
    auto auditRows = [&] { return AuditLog(*s.db).head().seq; };

    int allowed = 0, denied = 0;
    for (const Session &who : sessions) {
        for (int pi = 0; pi < allPermissions().size(); ++pi) {
            const Permission p = allPermissions().at(pi);
            for (const QString &grid : {gridA, gridB}) {
                const bool inScope = grid == gridA;
                const bool expectAllowed = roleMay(who.role, p)
                    && (!who.scoped() || (permissionIsRegional(p) && inScope));
                INFO(who.login.toStdString() << " × " << permissionKey(p).toStdString() << " × "
                                             << (inScope ? "in scope" : "out of scope"));
                std::function<void()> run = [&] { operation[pi](who, grid); };
                if (p == Permission::WorkDispute) {
                    // Registered by the operator before the snapshot: the step under test is
                    // the acceptance.
                    const QString id = commands.report(intake(grid), op.login, s.now).id;
                    run = [&, id] {
                        DisputeActionInput in;
                        in.actor = who.login;
                        commands.act(id, DisputeAction::Accept, in, s.now + kMinute);
                    };
                }
                const auto before = dataHashes();
                const qint64 auditBefore = auditRows();
                bool refused = false;
                try {
                    run();
                } catch (const AccessRefused &) {
                    refused = true;
                } catch (const DisputeRefused &e) {
                    refused = e.kind() == DisputeRefused::Kind::Permission;
                    if (!refused)
                        FAIL(e.message().toStdString());
                } catch (const PlatformRefused &e) {
                    refused = e.kind() == PlatformRefused::Kind::Permission;
                    if (!refused)
                        FAIL(e.message().toStdString());
                }
                CHECK(refused == !expectAllowed);
                if (refused) {
                    ++denied;
                    CHECK(dataHashes() == before);
                    CHECK(auditRows() == auditBefore + 1);
                    const AuditEntry last
                        = AuditLog(*s.db)
                              .list({0, std::numeric_limits<qint64>::max(), {}, {}, 1})
                              .constLast();
                    CHECK(last.result == QStringLiteral("denied"));
                    CHECK(last.login == who.login);
                } else {
                    ++allowed;
                }
            }
        }
    }
    CHECK(allowed + denied == sessions.size() * allPermissions().size() * 2);
    CHECK(denied > 100);
    CHECK(AuditLog(*s.db).verify().sound());
}

TEST_CASE("The audit chain finds a changed, deleted, inserted or cut row", "[security][audit]")
{
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    AuditLog log(*db);
    for (int i = 1; i <= 6; ++i)
        log.append({QStringLiteral("op"), QStringLiteral("dispute.view"), QString::number(i), {}},
                   1000 * i);
    REQUIRE(log.verify().sound());
    CHECK(log.verify().rowsChecked == 6);

    // The triggers refuse changes made past the program.
    QSqlQuery upd = db->prepare(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 3"));
    CHECK_THROWS_AS(Database::exec(upd), StoreError);
    QSqlQuery del = db->prepare(QStringLiteral("DELETE FROM audit_log WHERE at > ?"));
    del.addBindValue(QDateTime::currentMSecsSinceEpoch() - 10 * kDay);
    log.append({QStringLiteral("op"), QStringLiteral("x"), {}, {}},
               QDateTime::currentMSecsSinceEpoch());
    CHECK_THROWS_AS(Database::exec(del), StoreError);
    REQUIRE(log.verify().sound());

    // Somebody who drops the triggers is still found.
    db->execScript(storetest::kOnPostgres
                       ? QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log; "
                                        "DROP TRIGGER audit_log_no_early_delete ON audit_log")
                       : QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                        "DROP TRIGGER audit_log_no_early_delete"));
    SECTION("changed")
    {
        db->execScript(QStringLiteral("UPDATE audit_log SET object = '99' WHERE seq = 3"));
        const AuditVerdict v = log.verify();
        CHECK(v.problem == AuditVerdict::Problem::Changed);
        CHECK(v.seq == 3);
    }
    SECTION("changed with its hash recomputed")
    {
        AuditEntry e = log.list({}).at(2);
        e.object = QStringLiteral("99");
        db->execScript(
            QStringLiteral("UPDATE audit_log SET object = '99', hash = '%1' WHERE seq = 3")
                .arg(AuditLog::rowHash(e)));
        const AuditVerdict v = log.verify();
        CHECK(v.problem == AuditVerdict::Problem::Changed);
        CHECK(v.seq == 3);
    }
    SECTION("deleted")
    {
        db->execScript(QStringLiteral("DELETE FROM audit_log WHERE seq = 4"));
        const AuditVerdict v = log.verify();
        CHECK(v.problem == AuditVerdict::Problem::Deleted);
        CHECK(v.seq == 4);
        CHECK(v.message.contains(QStringLiteral("4")));
    }
    SECTION("cut")
    {
        db->execScript(QStringLiteral("DELETE FROM audit_log WHERE seq >= 6"));
        const AuditVerdict v = log.verify();
        CHECK(v.problem == AuditVerdict::Problem::Cut);
        CHECK(v.seq == 6);
    }
}

TEST_CASE("Audit rows younger than 180 days cannot be purged", "[security][audit]")
{
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    AuditLog log(*db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 5; ++i)
        log.append({QStringLiteral("op"), QStringLiteral("login"), {}, {}},
                   now - (400 - i * 50) * kDay);
    log.append({QStringLiteral("op"), QStringLiteral("login"), {}, {}}, now - kDay);
    CHECK_THROWS_AS(log.purgeBefore(now - 100 * kDay, QStringLiteral("audit"), now),
                    AuditPurgeRefused);
    CHECK(log.list({}).size() == 6);
    // Rows older than 300 days: 400, 350 and 300 days old... the first three.
    CHECK(log.purgeBefore(now - 299 * kDay, QStringLiteral("audit"), now) == 3);
    const QList<AuditEntry> left = log.list({});
    CHECK(left.size() == 4); // two older rows, the recent one, and the purge's own row
    CHECK(left.constLast().action == QStringLiteral("audit.purge"));
    CHECK(log.verify().sound());
}

TEST_CASE("A cut that also rewrote the anchor is found against a backup's head",
          "[security][audit][file]")
{
    TempStore tmp;
    auto db = Database::open(tmp.path());
    AuditLog log(*db);
    for (int i = 1; i <= 8; ++i)
        log.append({QStringLiteral("op"), QStringLiteral("dispute.view"), QString::number(i), {}},
                   1000 * i);
    const BackupInfo backup = BackupService().backup(*db, tmp.path(QStringLiteral("b.db")));
    REQUIRE(backup.auditHeadSeq == 8);
    for (int i = 9; i <= 12; ++i)
        log.append({QStringLiteral("op"), QStringLiteral("dispute.view"), QString::number(i), {}},
                   1000 * i);
    CHECK(log.verifyAgainst({backup.auditHeadSeq, backup.auditHeadHash}, QStringLiteral("b.db"))
              .sound());

    // Somebody who knows the anchor cuts rows 6 to 12 and makes row 5 the head.
    const AuditEntry five = log.list({}).at(4);
    db->execScript(QStringLiteral("DROP TRIGGER audit_log_no_early_delete; "
                                  "DELETE FROM audit_log WHERE seq >= 6; "
                                  "UPDATE audit_anchor SET head_seq = 5, head_hash = '%1'")
                       .arg(five.hash));
    CHECK(log.verify().sound());   // the chain alone cannot tell
    const AuditVerdict v
        = log.verifyAgainst({backup.auditHeadSeq, backup.auditHeadHash}, QStringLiteral("b.db"));
    CHECK(v.problem == AuditVerdict::Problem::Cut);
    CHECK(v.seq == 6);
    CHECK(v.message.contains(QStringLiteral("b.db")));
}
