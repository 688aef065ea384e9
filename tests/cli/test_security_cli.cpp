// pingan-cli with accounts: sign-in, refusals (exit 4, nothing changed), masking, and the
// audit log's verification after somebody edits it with the sqlite3 shell (issue 9).

#include "clirun.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/maintenancerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

using CliTest::Run;

const QString kPassword = QStringLiteral("Pingan#2026"); // given by the admin
const QString kMine = QStringLiteral("Pingan#2026!x"); // chosen by the holder

// pingan-cli with `input` on standard input and extra environment.
Run runWith(const QStringList &args, const QString &input,
            const QList<QPair<QString, QString>> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("PINGAN_USER"));
    e.remove(QStringLiteral("PINGAN_PASSWORD"));
    for (const auto &[k, v] : env)
        e.insert(k, v);
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PINGAN_CLI), args);
    REQUIRE(p.waitForStarted());
    p.write(input.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(300000));
    Run r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The demo county with accounts: admin (first), security admin who sets the lowest hash cost,
// an operator, a clerk of the first township, a leader and an audit admin; each has chosen
// their own password.
struct Desk {
    QString db;

    Desk()
    {
        db = CliTest::tempDir().filePath(QStringLiteral("security.db"));
        if (QFile::exists(db))
            return;
        REQUIRE(CliTest::runCli({QStringLiteral("--db"), db, QStringLiteral("init"),
                                 QStringLiteral("--demo"), QStringLiteral("--scale"),
                                 QStringLiteral("0.05")})
                    .exit
                == 0);
        REQUIRE(towns().size() >= 2);
        REQUIRE(
            runWith({"--db", db, "user", "add", "admin", "--role", "admin"}, kPassword + "\n").exit
            == 0);
        REQUIRE(runWith({"--db", db, "--user", "admin", "user", "passwd", "admin"},
                        kPassword + "\n" + kMine + "\n")
                    .exit
                == 0);
        add("sec", "security_admin");
        REQUIRE(runWith({"--db", db, "--user", "sec", "user", "policy", "--hash-ops", "1",
                         "--hash-mem-kib", "8"},
                        kMine + "\n")
                    .exit
                == 0);
        add("op", "operator");
        add("clerk", "clerk", towns().first());
        add("leader", "leader");
        add("audit", "audit_admin");
    }

    // The townships, read before the first account exists and kept (reading them later needs a
    // sign-in).
    QStringList towns() const
    {
        static QStringList codes;
        if (codes.isEmpty()) {
            const Run r
                = CliTest::runCli({"--db", db, "regions", "--level", "township", "--json"});
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                codes << v.toObject().value(QStringLiteral("code")).toString();
        }
        return codes;
    }

    void add(const QString &login, const QString &role, const QString &scope = {})
    {
        QStringList args{"--db", db, "--user", "admin", "user", "add", login, "--role", role};
        if (!scope.isEmpty())
            args << "--scope" << scope;
        const Run r = runWith(args, kMine + "\n" + kPassword + "\n");
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
        // The holder chooses their own password (a new account must).
        REQUIRE(runWith({"--db", db, "--user", login, "user", "passwd", login},
                        kPassword + "\n" + kMine + "\n")
                    .exit
                == 0);
    }

    Run as(const QString &login, const QStringList &args) const
    {
        return runWith(QStringList{"--db", db, "--user", login} + args, {},
                       {{QStringLiteral("PINGAN_PASSWORD"), kMine}});
    }

    QMap<QString, QByteArray> hashes(bool withAudit = false) const
    {
        auto store
            = Database::open(db, Database::Mode::ReadOnly, false, Database::Check::Deferred);
        auto h = MaintenanceRepository(*store).contentHashes();
        if (!withAudit) {
            h.remove(QStringLiteral("audit_log"));
            h.remove(QStringLiteral("audit_anchor"));
        }
        h.remove(QStringLiteral("app_user")); // failure counts of sign-ins
        return h;
    }

    QString disputeIn(const QString &town) const
    {
        const Run r = as(QStringLiteral("op"),
                         {"dispute", "list", "--region", town, "--limit", "1", "--json"});
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        return a.isEmpty() ? QString()
                           : a.first().toObject().value(QStringLiteral("id")).toString();
    }
};

} // namespace

TEST_CASE("A store with accounts wants a sign-in; refusals exit 4", "[security][cli]")
{
    Desk d;
    const auto before = d.hashes();
    const Run none = runWith({"--db", d.db, "stats", "disputes", "--json"}, {});
    CHECK(none.exit == 4);
    CHECK(none.err.contains(QStringLiteral("--user")));
    const Run wrong = runWith({"--db", d.db, "--user", "op", "stats", "disputes", "--json"},
                              QStringLiteral("not-it\n"));
    CHECK(wrong.exit == 4);
    CHECK(wrong.err.contains(QStringLiteral("Wrong login or password")));
    CHECK(d.as(QStringLiteral("op"),
               {"stats", "disputes", "--from", "2026-01-01", "--to", "2026-10-31", "--json"})
              .exit
          == 0);
    // A clerk asking for another township, a leader working a case, an operator reading the
    // audit log, an admin reading cases: refused, and nothing changed.
    const QStringList towns = d.towns();
    const QString otherCase = d.disputeIn(towns.last());
    REQUIRE(!otherCase.isEmpty());
    CHECK(d.as(QStringLiteral("clerk"),
               {"stats", "disputes", "--from", "2026-01-01", "--to", "2026-10-31", "--region",
                towns.last(), "--json"})
              .exit
          == 4);
    CHECK(d.as(QStringLiteral("clerk"), {"dispute", "show", otherCase}).exit == 4);
    CHECK(d.as(QStringLiteral("leader"), {"dispute", "act", otherCase, "accept"}).exit == 4);
    CHECK(d.as(QStringLiteral("op"), {"audit", "list"}).exit == 4);
    CHECK(d.as(QStringLiteral("admin"), {"dispute", "show", otherCase}).exit == 4);
    CHECK(d.as(QStringLiteral("audit"), {"report", "--month", "2026-10"}).exit == 4);
    CHECK(d.hashes() == before);
    // The clerk's own township is given by default and is allowed.
    const Run own
        = d.as(QStringLiteral("clerk"),
               {"stats", "disputes", "--from", "2026-01-01", "--to", "2026-10-31", "--json"});
    CHECK(own.exit == 0);
    // Each refusal is in the audit log, which the audit admin reads.
    const Run log
        = d.as(QStringLiteral("audit"), {"audit", "list", "--action", "access.denied", "--json"});
    REQUIRE(log.exit == 0);
    CHECK(QJsonDocument::fromJson(log.out.toUtf8()).array().size() >= 6);
}

TEST_CASE("ID numbers and phones are masked unless unmasked with a reason by a role that may",
          "[security][cli]")
{
    Desk d;
    const QString id = d.disputeIn(d.towns().first());
    const Run masked = d.as(QStringLiteral("op"), {"dispute", "show", id, "--json"});
    REQUIRE(masked.exit == 0);
    const QJsonArray parties = masked.json().value(QStringLiteral("parties")).toArray();
    REQUIRE(!parties.isEmpty());
    const QString shownId
        = parties.first().toObject().value(QStringLiteral("id_number")).toString();
    CHECK(shownId.contains(QStringLiteral("**********")));
    CHECK(d.as(QStringLiteral("op"), {"dispute", "show", id, "--unmask"}).exit == 2); // no reason
    CHECK(d.as(QStringLiteral("leader"),
               {"dispute", "show", id, "--unmask", "--reason", "回访核实身份"})
              .exit
          == 4);
    const Run full
        = d.as(QStringLiteral("op"),
               {"dispute", "show", id, "--unmask", "--reason", "回访核实身份", "--json"});
    REQUIRE(full.exit == 0);
    const QString fullId = full.json()
                               .value(QStringLiteral("parties"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id_number"))
                               .toString();
    CHECK_FALSE(fullId.contains(QLatin1Char('*')));
    CHECK(fullId.left(4) == shownId.left(4));
    const Run log = d.as(QStringLiteral("audit"),
                         {"audit", "list", "--action", "personal.unmask", "--json"});
    const QJsonArray rows = QJsonDocument::fromJson(log.out.toUtf8()).array();
    REQUIRE(rows.size() >= 1);
    CHECK(rows.last()
              .toObject()
              .value(QStringLiteral("detail"))
              .toString()
              .contains(QStringLiteral("回访核实身份")));
    CHECK(rows.last().toObject().value(QStringLiteral("user")).toString() == QStringLiteral("op"));
}

TEST_CASE("audit verify finds rows edited, deleted or cut with the sqlite3 shell",
          "[security][cli][audit]")
{
    Desk d;
    const QString copy = CliTest::tempDir().filePath(QStringLiteral("tampered.db"));
    auto fresh = [&] {
        QFile::remove(copy);
        // A consistent copy of the store with its WAL folded in.
        REQUIRE(QProcess::execute(QStringLiteral("sqlite3"),
                                  {d.db, QStringLiteral(".backup '%1'").arg(copy)})
                == 0);
    };
    auto sqlite = [&](const QString &sql) {
        REQUIRE(QProcess::execute(QStringLiteral("sqlite3"), {copy, sql}) == 0);
    };
    auto verify = [&] {
        return runWith({"--db", copy, "--user", "audit", "audit", "verify", "--json"}, {},
                       {{QStringLiteral("PINGAN_PASSWORD"), kMine}});
    };
    fresh();
    const Run sound = verify();
    REQUIRE(sound.exit == 0);
    CHECK(sound.json().value(QStringLiteral("sound")).toBool());
    const qint64 rows = sound.json().value(QStringLiteral("rows")).toInteger();
    REQUIRE(rows > 20);

    const QString dropTriggers = QStringLiteral(
        "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_early_delete; ");
    // The sign-in of `audit verify` appends rows; the tampering is on rows before them.
    fresh();
    sqlite(dropTriggers + QStringLiteral("UPDATE audit_log SET login = 'nobody' WHERE seq = 7;"));
    Run v = verify();
    CHECK(v.exit == 1);
    CHECK(v.json().value(QStringLiteral("first_bad_seq")).toInteger() == 7);

    fresh();
    sqlite(dropTriggers + QStringLiteral("DELETE FROM audit_log WHERE seq = 9;"));
    v = verify();
    CHECK(v.exit == 1);
    CHECK(v.json().value(QStringLiteral("first_bad_seq")).toInteger() == 9);
    CHECK(
        v.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("deleted")));

    // Cut: the last rows go, and so does the anchor's head unless the cutter knew of it.
    fresh();
    sqlite(dropTriggers + QStringLiteral("DELETE FROM audit_log WHERE seq > %1;").arg(rows - 3));
    {
        // Read as it is, the log ends early: a cut.
        auto store
            = Database::open(copy, Database::Mode::ReadOnly, false, Database::Check::Deferred);
        const AuditVerdict v = AuditLog(*store).verify();
        CHECK(v.problem == AuditVerdict::Problem::Cut);
        CHECK(v.seq == rows - 2);
    }
    // Through the CLI the sign-in appends a row after the cut, which then reads as rows deleted
    // before it; either way `check` fails naming the first missing row.
    const Run cut = runWith({"--db", copy, "--user", "audit", "check", "--json"}, {},
                            {{QStringLiteral("PINGAN_PASSWORD"), kMine}});
    CHECK(cut.exit == 1);
    CHECK(cut.out.contains(QStringLiteral("Audit rows %1 to").arg(rows - 2)));
    // The triggers alone stop the same edits made without dropping them.
    fresh();
    CHECK(QProcess::execute(
              QStringLiteral("sqlite3"),
              {copy, QStringLiteral("UPDATE audit_log SET login = 'x' WHERE seq = 7;")})
          != 0);
}

TEST_CASE("After five wrong passwords the account is locked, also for the right one",
          "[security][cli][lockout]")
{
    Desk d;
    d.add(QStringLiteral("op2"), QStringLiteral("operator"));
    for (int i = 0; i < 5; ++i)
        CHECK(runWith({"--db", d.db, "--user", "op2", "info"}, QStringLiteral("nope\n")).exit
              == 4);
    const Run locked = d.as(QStringLiteral("op2"), {"info"});
    CHECK(locked.exit == 4);
    CHECK(locked.err.contains(QStringLiteral("locked")));
    // An admin unlocks it.
    CHECK(d.as(QStringLiteral("admin"), {"user", "unlock", "op2"}).exit == 0);
    CHECK(d.as(QStringLiteral("op2"), {"info"}).exit == 0);
}
