// Two nodes of the demo county exchanging sync packages through pingan-cli (DESIGN §10): the
// county hub and one of its townships, which starts from an empty store. Packages that are
// damaged, unsigned, tampered with, meant for another node or imported again are refused with
// exit 3 and change nothing; a dispute changed on both nodes becomes a conflict that a person
// resolves.

#include "clirun.h"

#include "store/auditlog.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace {

using CliTest::Run;

QJsonArray jsonArray(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

// Folder with the three stores every test starts from: the demo county as hub, an empty store
// made the node of one township, and a second township's node; the hub trusts both townships,
// each township its hub. Made once, copied for each test.
struct Template
{
    QString dir;
    QString hubId;
    QString townId;
    QString otherId;
    QString town;        // the township's region code
    QString otherTown;   // the second township's
};

Run cliOn(const QString &db, const QStringList &args)
{
    return CliTest::runCli(QStringList{QStringLiteral("--db"), db} + args);
}

void requireOk(const Run &r, const char *what)
{
    INFO(what << ": exit " << r.exit << "\n" << r.err.toStdString() << r.out.toStdString());
    REQUIRE(r.exit == 0);
}

QString nodeInit(const QString &db, const QStringList &args)
{
    const Run r = cliOn(db, QStringList{QStringLiteral("node"), QStringLiteral("init")} + args
                                + QStringList{QStringLiteral("--json")});
    requireOk(r, "node init");
    const QJsonObject o = r.json();
    REQUIRE(!o.value(QStringLiteral("id")).toString().isEmpty());
    return o.value(QStringLiteral("id")).toString();
}

// Registers a dispute in `grid` (it waits to be accepted; the tiny demo county has few open
// ones).
void addDispute(const QString &db, const QString &grid, const QString &file)
{
    const QJsonArray parties{QJsonObject{{QStringLiteral("name"), QStringLiteral("王大力")}},
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("赵老板")}}};
    const QJsonObject intake{
        {QStringLiteral("title"), QStringLiteral("王某与赵某因工地欠薪发生纠纷")},
        {QStringLiteral("summary"), QStringLiteral("工地拖欠三个月工资")},
        {QStringLiteral("category"), QStringLiteral("劳动争议")},
        {QStringLiteral("source"), QStringLiteral("网格员排查")},
        {QStringLiteral("region_code"), grid},
        {QStringLiteral("parties"), parties}};
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(intake).toJson());
    f.close();
    requireOk(cliOn(db, {"dispute", "add", "--json", file}), "dispute add");
}

const Template &base()
{
    static Template t;
    if (!t.dir.isEmpty())
        return t;
    const QString dir = CliTest::tempDir().filePath(QStringLiteral("sync-template"));
    REQUIRE(QDir().mkpath(dir));
    const QString hub = dir + QStringLiteral("/hub.db");
    const QString town = dir + QStringLiteral("/town.db");
    const QString other = dir + QStringLiteral("/other.db");
    requireOk(cliOn(hub, {"init", "--demo", "--scale", "0.01", "--survey-responses", "20"}),
              "init --demo");
    requireOk(cliOn(town, {"init"}), "init");
    requireOk(cliOn(other, {"init"}), "init");

    // The township of the county's first grid, with a new dispute there, and another township.
    const Run grids = cliOn(hub, {"regions", "--level", "grid", "--json"});
    requireOk(grids, "regions");
    REQUIRE(!jsonArray(grids).isEmpty());
    const QString grid
        = jsonArray(grids).first().toObject().value(QStringLiteral("code")).toString();
    t.town = grid.left(9) + QStringLiteral("000");
    addDispute(hub, grid, dir + QStringLiteral("/dispute.json"));
    const Run towns = cliOn(hub, {"regions", "--level", "township", "--json"});
    requireOk(towns, "regions");
    QStringList codes;
    for (const QJsonValue &v : jsonArray(towns))
        codes << v.toObject().value(QStringLiteral("code")).toString();
    REQUIRE(codes.contains(t.town));
    REQUIRE(codes.size() >= 2);
    t.otherTown = codes.first() == t.town ? codes.at(1) : codes.first();

    t.hubId = nodeInit(hub, {"--role", "hub", "--name", "County hub"});
    t.townId = nodeInit(town, {"--role", "township", "--scope", t.town, "--name", "Township"});
    t.otherId = nodeInit(other, {"--role", "township", "--scope", t.otherTown, "--name",
                                 "Other township"});
    REQUIRE(t.hubId != t.townId);

    for (const QString &db : {hub, town, other}) {
        const QString id = QFileInfo(db).completeBaseName();
        requireOk(cliOn(db, {"node", "identity", "--out", dir + "/" + id + ".json"}),
                  "node identity");
    }
    requireOk(cliOn(hub, {"node", "trust", dir + "/town.json"}), "hub trusts town");
    requireOk(cliOn(hub, {"node", "trust", dir + "/other.json"}), "hub trusts other");
    requireOk(cliOn(town, {"node", "trust", dir + "/hub.json"}), "town trusts hub");
    requireOk(cliOn(other, {"node", "trust", dir + "/hub.json"}), "other trusts hub");
    t.dir = dir;
    return t;
}

// One test's copy of the template.
struct Pair
{
    const Template &t = base();
    QTemporaryDir dir;
    QString hub = dir.filePath(QStringLiteral("hub.db"));
    QString town = dir.filePath(QStringLiteral("town.db"));

    Pair()
    {
        REQUIRE(dir.isValid());
        for (const char *name : {"hub.db", "town.db"}) {
            for (const char *suffix : {"", "-wal"}) {
                const QString from = t.dir + "/" + name + suffix;
                if (QFile::exists(from))
                    REQUIRE(QFile::copy(from, dir.filePath(QLatin1String(name) + suffix)));
            }
        }
    }

    QString file(const QString &name) const { return dir.filePath(name); }

    Run onHub(const QStringList &args) const { return cliOn(hub, args); }
    Run onTown(const QStringList &args) const { return cliOn(town, args); }

    // The package the hub writes for the township, at `name`.
    QString hubPackage(const QString &name, const QString &to = {}) const
    {
        const QString path = file(name);
        const Run r = onHub({"sync", "export", "--to", to.isEmpty() ? t.townId : to, "--out",
                             path, "--json"});
        requireOk(r, "hub sync export");
        REQUIRE(QFile::exists(path));
        return path;
    }
    QString townPackage(const QString &name) const
    {
        const QString path = file(name);
        requireOk(onTown({"sync", "export", "--to", t.hubId, "--out", path, "--json"}),
                  "township sync export");
        REQUIRE(QFile::exists(path));
        return path;
    }

    // `sync hashes --json` of a store, for the township's share (or everything).
    QJsonObject hashes(const QString &db, const QString &scope) const
    {
        QStringList args{"sync", "hashes", "--json"};
        if (!scope.isEmpty())
            args << "--scope" << scope;
        const Run r = cliOn(db, args);
        requireOk(r, "sync hashes");
        const QJsonObject o = r.json();
        REQUIRE(!o.isEmpty());
        return o;
    }
    void requireSameData() const
    {
        const QJsonObject h = hashes(hub, t.town);
        const QJsonObject w = hashes(town, t.town);
        INFO("hub " << QJsonDocument(h).toJson().toStdString() << "township "
                    << QJsonDocument(w).toJson().toStdString());
        REQUIRE(h == w);
    }

    // The first exchange: everything of the township goes from the hub to the new township.
    QJsonObject firstExchange() const
    {
        const QString p = hubPackage(QStringLiteral("first.pkg"));
        const Run r = onTown({"sync", "import", p, "--json"});
        requireOk(r, "township sync import");
        return r.json();
    }

    // A dispute of the township waiting to be accepted, as the store `db` sees it.
    QString reportedDispute(const QString &db) const
    {
        const Run r = cliOn(db, {"dispute", "list", "--region", t.town, "--status", "reported",
                                 "--limit", "1", "--json"});
        requireOk(r, "dispute list");
        const QJsonArray a = jsonArray(r);
        REQUIRE(!a.isEmpty());
        return a.first().toObject().value(QStringLiteral("id")).toString();
    }

    QString status(const QString &db, const QString &dispute) const
    {
        const Run r = cliOn(db, {"dispute", "show", dispute, "--json"});
        requireOk(r, "dispute show");
        return r.json().value(QStringLiteral("status")).toString();
    }
};

// Changes a copy of a package file with SQL, as someone with the sqlite3 shell would.
void editPackage(const QString &path, const std::function<void(QSqlDatabase &)> &edit)
{
    const QString name = QStringLiteral("edit-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        edit(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void exec(QSqlDatabase &db, const QString &sql, int expectRows)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    REQUIRE(q.numRowsAffected() == expectRows);
}

void requireRejected(const Run &r, const QString &file, const QString &kind)
{
    INFO("exit " << r.exit << ": " << r.err.toStdString() << r.out.toStdString());
    REQUIRE(r.exit == 3);
    CHECK(r.err.contains(QFileInfo(file).fileName()));
    CHECK(r.err.contains(kind));
}

const QString kPassword = QStringLiteral("Pingan#2026");   // given by the admin
const QString kMine = QStringLiteral("Pingan#2026!x");     // chosen by the holder

// pingan-cli on `db` with `input` on standard input and PINGAN_PASSWORD `password` (if any).
Run runWith(const QString &db, const QStringList &args, const QString &input,
            const QString &password = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("PINGAN_USER"));
    e.remove(QStringLiteral("PINGAN_PASSWORD"));
    if (!password.isEmpty())
        e.insert(QStringLiteral("PINGAN_PASSWORD"), password);
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(PINGAN_CLI), QStringList{QStringLiteral("--db"), db} + args);
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

// Accounts on a store: the first admin, and a clerk of `township`; both chose their password.
void addAccounts(const QString &db, const QString &township)
{
    requireOk(runWith(db, {"user", "add", "admin", "--role", "admin"}, kPassword + "\n"),
              "user add admin");
    requireOk(runWith(db, {"--user", "admin", "user", "passwd", "admin"},
                      kPassword + "\n" + kMine + "\n"),
              "user passwd admin");
    requireOk(runWith(db, {"--user", "admin", "user", "add", "clerk", "--role", "clerk",
                           "--scope", township},
                      kMine + "\n" + kPassword + "\n"),
              "user add clerk");
    requireOk(runWith(db, {"--user", "clerk", "user", "passwd", "clerk"},
                      kPassword + "\n" + kMine + "\n"),
              "user passwd clerk");
}

Run as(const QString &db, const QString &login, const QStringList &args)
{
    return runWith(db, QStringList{QStringLiteral("--user"), login} + args, {}, kMine);
}

// The audit rows of `action` (newest last).
QList<AuditEntry> auditRows(const QString &db, const QString &action)
{
    auto store = Database::open(db, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    AuditFilter f;
    f.action = action;
    return AuditLog(*store).list(f);
}

} // namespace

TEST_CASE("sync: the hub's first package gives a new township its share of the county",
          "[sync][cli]")
{
    Pair p;
    const Run show = p.onTown({"node", "show", "--json"});
    requireOk(show, "node show");
    CHECK(show.json().value(QStringLiteral("id")).toString() == p.t.townId);
    CHECK(show.json().value(QStringLiteral("role")).toString() == QLatin1String("township"));
    CHECK(show.json().value(QStringLiteral("scope")).toString() == p.t.town);
    const QJsonArray peers = show.json().value(QStringLiteral("peers")).toArray();
    REQUIRE(peers.size() == 1);
    CHECK(peers.first().toObject().value(QStringLiteral("id")).toString() == p.t.hubId);

    const QString pkg = p.file(QStringLiteral("first.pkg"));
    const Run exported = p.onHub({"sync", "export", "--to", p.t.townId, "--out", pkg, "--json"});
    requireOk(exported, "sync export");
    const QJsonObject x = exported.json();
    CHECK(!x.value(QStringLiteral("package")).toString().isEmpty());
    CHECK(x.value(QStringLiteral("sequence")).toInteger() == 1);
    CHECK(x.value(QStringLiteral("rows")).toInteger() > 0);
    CHECK(x.value(QStringLiteral("tables")).toObject().value(QStringLiteral("dispute")).toInteger()
          > 0);
    CHECK(x.value(QStringLiteral("path")).toString() == pkg);

    const Run imported = p.onTown({"sync", "import", pkg, "--json"});
    requireOk(imported, "sync import");
    CHECK(imported.out.startsWith(QLatin1String("{\"applied\":")));
    const QJsonObject i = imported.json();
    CHECK(i.value(QStringLiteral("applied")).toInteger() > 0);
    CHECK(i.value(QStringLiteral("conflicts")).toInteger() == 0);
    p.requireSameData();

    // The township now lists its own disputes, and only those.
    const Run list = p.onTown({"dispute", "list", "--limit", "100000", "--json"});
    requireOk(list, "dispute list");
    REQUIRE(!jsonArray(list).isEmpty());
    for (const QJsonValue &v : jsonArray(list))
        CHECK(v.toObject().value(QStringLiteral("region_code")).toString().startsWith(
            p.t.town.left(9)));

    const Run text = p.onHub({"node", "show"});
    requireOk(text, "node show");
    CHECK(text.out.contains(QLatin1String("Township")));
}

TEST_CASE("sync: a township's decision reaches the hub", "[sync][cli]")
{
    Pair p;
    p.firstExchange();
    const QString dispute = p.reportedDispute(p.town);
    requireOk(p.onTown({"dispute", "act", dispute, "accept"}), "dispute act");
    REQUIRE(p.status(p.town, dispute) == QLatin1String("accepted"));
    REQUIRE(p.status(p.hub, dispute) == QLatin1String("reported"));

    const QString pkg = p.townPackage(QStringLiteral("town-1.pkg"));
    const Run r = p.onHub({"sync", "import", pkg, "--json"});
    requireOk(r, "hub sync import");
    CHECK(r.json().value(QStringLiteral("applied")).toInteger() >= 1);
    CHECK(r.json().value(QStringLiteral("conflicts")).toInteger() == 0);
    CHECK(p.status(p.hub, dispute) == QLatin1String("accepted"));
    p.requireSameData();

    // The text form says it in words.
    const QString again = p.hubPackage(QStringLiteral("hub-2.pkg"));
    const Run text = p.onTown({"sync", "import", again});
    requireOk(text, "township sync import");
    CHECK(text.out.contains(QLatin1String("applied")));
    p.requireSameData();
}

TEST_CASE("sync: a package imported twice is refused the second time as replayed",
          "[sync][cli]")
{
    Pair p;
    p.firstExchange();
    const QJsonObject before = p.hashes(p.town, {});
    const Run again = p.onTown({"sync", "import", p.file(QStringLiteral("first.pkg")), "--json"});
    requireRejected(again, QStringLiteral("first.pkg"), QStringLiteral("replayed"));
    CHECK(again.out.isEmpty());
    CHECK(p.hashes(p.town, {}) == before);
    p.requireSameData();
}

TEST_CASE("sync: damaged, unsigned, tampered and foreign packages change nothing",
          "[sync][cli]")
{
    Pair p;
    const QString good = p.hubPackage(QStringLiteral("good.pkg"));
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = goodFile.readAll();
    goodFile.close();
    REQUIRE(bytes.size() > 1000);

    const QString tampered = p.file(QStringLiteral("tampered.pkg"));
    REQUIRE(QFile::copy(good, tampered));
    editPackage(tampered, [](QSqlDatabase &db) {
        exec(db, QStringLiteral("UPDATE rows_dispute SET title = 'x' WHERE rowid = 1"), 1);
    });

    const QString truncated = p.file(QStringLiteral("truncated.pkg"));
    {
        QFile f(truncated);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes.left(bytes.size() / 2)) == bytes.size() / 2);
    }

    const QString unsignedPkg = p.file(QStringLiteral("unsigned.pkg"));
    REQUIRE(QFile::copy(good, unsignedPkg));
    editPackage(unsignedPkg, [](QSqlDatabase &db) {
        // The manifest as key/value rows, or as one row with a column per entry.
        const QSqlRecord manifest = db.record(QStringLiteral("manifest"));
        REQUIRE(!manifest.isEmpty());
        if (manifest.contains(QStringLiteral("signature")))
            exec(db, QStringLiteral("UPDATE manifest SET signature = NULL"), 1);
        else
            exec(db, QStringLiteral("DELETE FROM manifest WHERE key = 'signature'"), 1);
    });

    // A package the hub wrote for the other township.
    const QString foreign = p.hubPackage(QStringLiteral("foreign.pkg"), p.t.otherId);

    const QJsonObject before = p.hashes(p.town, {});
    const QStringList kinds{"tampered", "damaged", "unsigned", "foreign"};
    const QStringList files{tampered, truncated, unsignedPkg, foreign};
    for (int i = 0; i < files.size(); ++i) {
        INFO(kinds.at(i).toStdString());
        const Run r = p.onTown({"sync", "import", files.at(i), "--json"});
        requireRejected(r, files.at(i), kinds.at(i));
        CHECK(p.hashes(p.town, {}) == before);
    }

    // Nothing of them stayed behind: the genuine package still goes in.
    const Run r = p.onTown({"sync", "import", good, "--json"});
    requireOk(r, "sync import of the genuine package");
    CHECK(r.json().value(QStringLiteral("applied")).toInteger() > 0);
    p.requireSameData();
}

TEST_CASE("sync: wrong ids, bad identity files and wrong usage are refused", "[sync][cli]")
{
    Pair p;
    const QJsonObject before = p.hashes(p.hub, {});

    const Run resolve = p.onHub({"sync", "resolve", "no-such-conflict", "--keep", "local"});
    CHECK(resolve.exit == 3);
    CHECK(resolve.err.contains(QLatin1String("no-such-conflict")));

    const QString broken = p.file(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "pingan-node/1", "id": "0b6f", "name": "x", "role": "township"})");
    }
    const Run trust = p.onHub({"node", "trust", broken});
    CHECK(trust.exit == 3);
    CHECK(trust.err.contains(QLatin1String("broken.json")));
    CHECK(trust.err.contains(QLatin1String("scope")));

    const QString notJson = p.file(QStringLiteral("garbage.json"));
    {
        QFile f(notJson);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{ this is not JSON");
    }
    const Run garbage = p.onHub({"node", "trust", notJson});
    CHECK(garbage.exit == 3);
    CHECK(garbage.err.contains(QLatin1String("garbage.json")));

    const Run missing = p.onHub({"node", "trust", p.file(QStringLiteral("nowhere.json"))});
    CHECK(missing.exit == 3);
    const Run noPackage = p.onTown({"sync", "import", p.file(QStringLiteral("nowhere.pkg"))});
    CHECK(noPackage.exit == 3);
    CHECK(noPackage.err.contains(QLatin1String("nowhere.pkg")));

    const QString out = p.file(QStringLiteral("nobody.pkg"));
    const Run nobody = p.onHub({"sync", "export", "--to", "nobody-we-know", "--out", out});
    CHECK(nobody.exit == 3);
    CHECK(nobody.err.contains(QLatin1String("nobody-we-know")));
    CHECK(!QFile::exists(out));

    // A second node init is refused: a node keeps its identity.
    const Run reinit = p.onHub({"node", "init", "--role", "hub", "--name", "again"});
    CHECK(reinit.exit == 3);

    for (const QStringList &args : QList<QStringList>{
             {"sync", "frobnicate"},
             {"sync"},
             {"node", "frobnicate"},
             {"node"},
             {"sync", "import"},
             {"sync", "export", "--to", p.t.townId},
             {"sync", "export", "--out", out},
             {"sync", "resolve", "abcd", "--keep", "both"},
             {"sync", "resolve", "abcd"},
             {"sync", "hashes", "--region", p.t.town},
             {"sync", "hashes", "--scope", "99"},
             {"sync", "hashes", "--scope", p.t.town.left(6) + "000000"},
             {"node", "init", "--role", "village", "--name", "x"},
             {"node", "init", "--role", "hub"},
             {"node", "identity"},
             {"node", "trust"},
         }) {
        const Run r = p.onHub(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exit == 2);
    }
    CHECK(p.hashes(p.hub, {}) == before);
    // A township's 9 digits name it as well as its 12.
    CHECK(p.hashes(p.hub, p.t.town.left(9)) == p.hashes(p.hub, p.t.town));
}

TEST_CASE("sync: a dispute changed on both nodes is a conflict until a person resolves it",
          "[sync][cli]")
{
    Pair p;
    p.firstExchange();
    const QString dispute = p.reportedDispute(p.hub);
    requireOk(p.onHub({"dispute", "act", dispute, "accept"}), "hub accepts");
    requireOk(p.onTown({"dispute", "act", dispute, "withdraw", "--note", "settled at home"}),
              "township withdraws");

    // Both ways: the township's package to the hub, the hub's to the township.
    const Run atHub = p.onHub({"sync", "import", p.townPackage(QStringLiteral("t1.pkg")),
                               "--json"});
    requireOk(atHub, "hub sync import");
    CHECK(atHub.json().value(QStringLiteral("conflicts")).toInteger() == 1);
    const Run atTown = p.onTown({"sync", "import", p.hubPackage(QStringLiteral("h2.pkg")),
                                 "--json"});
    requireOk(atTown, "township sync import");

    const Run listed = p.onHub({"sync", "conflicts", "--json"});
    requireOk(listed, "sync conflicts");
    const QJsonArray conflicts = jsonArray(listed);
    REQUIRE(conflicts.size() == 1);
    const QJsonObject c = conflicts.first().toObject();
    const QString id = c.value(QStringLiteral("id")).toString();
    CHECK(c.value(QStringLiteral("table")).toString() == QLatin1String("dispute"));
    CHECK(c.value(QStringLiteral("row")).toString() == dispute);
    CHECK(c.value(QStringLiteral("status")).toString() == QLatin1String("open"));
    CHECK(c.value(QStringLiteral("local")).toObject().value(QStringLiteral("status")).toString()
          == QLatin1String("accepted"));
    CHECK(c.value(QStringLiteral("remote")).toObject().value(QStringLiteral("status")).toString()
          == QLatin1String("withdrawn"));
    CHECK(c.value(QStringLiteral("differing_fields")).toArray().contains(QStringLiteral("status")));
    // The hub's table holds one of the two, and the conflict says which.
    const bool holdsLocal
        = c.value(QStringLiteral("table_holds")).toString() == QLatin1String("local");
    CHECK(p.status(p.hub, dispute)
          == (holdsLocal ? QLatin1String("accepted") : QLatin1String("withdrawn")));

    const Run townListed = p.onTown({"sync", "conflicts", "--json"});
    requireOk(townListed, "township sync conflicts");
    bool townKnows = false;
    for (const QJsonValue &v : jsonArray(townListed))
        townKnows = townKnows || v.toObject().value(QStringLiteral("row")).toString() == dispute;
    CHECK(townKnows);

    const Run text = p.onHub({"sync", "conflicts"});
    requireOk(text, "sync conflicts");
    CHECK(text.out.contains(id.left(8)));
    CHECK(text.out.contains(QLatin1String("status")));

    requireOk(p.onHub({"sync", "resolve", id.left(8), "--keep", "local"}), "sync resolve");
    CHECK(jsonArray(p.onHub({"sync", "conflicts", "--json"})).isEmpty());
    const QJsonArray all = jsonArray(p.onHub({"sync", "conflicts", "--all", "--json"}));
    REQUIRE(all.size() == 1);
    CHECK(all.first().toObject().value(QStringLiteral("status")).toString()
          == QLatin1String("resolved"));
    // Resolved once is resolved.
    CHECK(p.onHub({"sync", "resolve", id, "--keep", "remote"}).exit == 3);

    const Run settled = p.onTown({"sync", "import", p.hubPackage(QStringLiteral("h3.pkg")),
                                  "--json"});
    requireOk(settled, "township sync import");
    CHECK(settled.json().value(QStringLiteral("conflicts")).toInteger() == 0);
    CHECK(p.status(p.town, dispute) == QLatin1String("accepted"));
    CHECK(jsonArray(p.onTown({"sync", "conflicts", "--json"})).isEmpty());
    p.requireSameData();
}

TEST_CASE("sync: a township clerk exchanges the township's packages and nothing else",
          "[sync][cli][security]")
{
    Pair p;
    p.firstExchange();
    addAccounts(p.town, p.t.town);
    addAccounts(p.hub, p.t.town);

    // Sync commands take no --region: the clerk's township is not added to them.
    CHECK(as(p.town, "clerk", {"node", "show", "--json"}).exit == 0);
    CHECK(as(p.town, "clerk", {"sync", "hashes", "--json"}).exit == 0);
    CHECK(as(p.town, "clerk", {"sync", "conflicts", "--json"}).exit == 0);

    const QString pkg = p.file(QStringLiteral("clerk.pkg"));
    const Run exported = as(p.town, "clerk", {"sync", "export", "--to", p.t.hubId, "--out", pkg});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exit == 0);
    const QList<AuditEntry> exports = auditRows(p.town, QStringLiteral("sync.export"));
    REQUIRE(!exports.isEmpty());
    CHECK(exports.last().login == QLatin1String("clerk"));
    CHECK(exports.last().object == p.t.hubId);
    CHECK(exports.last().result == QLatin1String("ok"));

    // The county hub's packages are not the clerk's to import or write.
    const qsizetype deniedBefore = auditRows(p.hub, QStringLiteral("access.denied")).size();
    CHECK(as(p.hub, "clerk", {"sync", "import", pkg}).exit == 4);
    CHECK(as(p.hub, "clerk", {"sync", "export", "--to", p.t.townId, "--out",
                              p.file(QStringLiteral("no.pkg"))})
              .exit
          == 4);
    CHECK(!QFile::exists(p.file(QStringLiteral("no.pkg"))));
    const QList<AuditEntry> denied = auditRows(p.hub, QStringLiteral("access.denied"));
    REQUIRE(denied.size() == deniedBefore + 2);
    CHECK(denied.last().login == QLatin1String("clerk"));

    // A refused package leaves a "failed" row; an import, one row (the store's).
    const QString half = p.file(QStringLiteral("half.pkg"));
    {
        QFile in(pkg);
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QFile f(half);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() / 2));
    }
    const qsizetype importsBefore = auditRows(p.hub, QStringLiteral("sync.import")).size();
    CHECK(as(p.hub, "admin", {"sync", "import", half}).exit == 3);
    QList<AuditEntry> imports = auditRows(p.hub, QStringLiteral("sync.import"));
    REQUIRE(imports.size() == importsBefore + 1);
    CHECK(imports.last().result == QLatin1String("failed"));
    CHECK(imports.last().object == half);
    const Run imported = as(p.hub, "admin", {"sync", "import", pkg, "--json"});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exit == 0);
    imports = auditRows(p.hub, QStringLiteral("sync.import"));
    CHECK(imports.size() == importsBefore + 2);
    CHECK(imports.last().login == QLatin1String("admin"));
    CHECK(imports.last().result == QLatin1String("ok"));

    // Resolving a conflict works a dispute: not an admin's duty; a clerk gets past the gate and
    // is told there is no such conflict.
    CHECK(as(p.hub, "admin", {"sync", "resolve", "abcd1234", "--keep", "local"}).exit == 4);
    CHECK(as(p.town, "clerk", {"sync", "resolve", "abcd1234", "--keep", "local"}).exit == 3);
}
