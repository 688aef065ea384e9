// Sync between a county hub and township nodes: packages, acknowledgements, conflicts, and the
// packages that must be refused.

#include "demo/demogenerator.h"
#include "domain/disputeworkflow.h"
#include "store/backupservice.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/disputecommands.h"
#include "store/maintenancerepository.h"
#include "store/noderepository.h"
#include "store/syncexchange.h"

#include "storeundertest.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <random>
#include <set>

namespace {

QString text(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    Database::exec(q);
    // A server's NULL number would read as "0".
    return q.next() && !q.value(0).isNull() ? q.value(0).toString() : QString();
}

QStringList column(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    Database::exec(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// One installation: its own store file. Under pg_tests the hub is a county center's server
// store and the townships keep their files, as in the field.
struct Node {
    TempStore tmp;
    std::unique_ptr<Database> db;
    QString id;
    QString scope;
    QString name;
    QString role;
};

std::unique_ptr<Node> makeHub(qint64 now)
{
    auto hub = std::make_unique<Node>();
    {
        auto file = Database::open(hub->tmp.path());
        DemoOptions options;
        options.scale = 0.02;
        options.surveyResponsesPerWave = 20;
        options.surveyWaves = 1;
        DemoGenerator(*file).generate(options);
    }
    hub->db = storetest::storeFrom(hub->tmp.path());
    // The demo's history is mostly closed: a few open cases in each of the first townships
    // give both sides something to work on.
    const QStringList towns = column(
        *hub->db, QStringLiteral("SELECT code FROM region WHERE level = 1 ORDER BY code LIMIT 3"));
    for (const QString &town : towns) {
        for (int i = 0; i < 4; ++i) {
            DisputeIntake in;
            in.title = QStringLiteral("%1号纠纷：邻里排水沟堵塞").arg(i + 1);
            in.summary = QStringLiteral("雨后积水漫入邻居院内。");
            in.category = QStringLiteral("neighbour");
            in.source = QStringLiteral("grid_screening");
            in.gridCode = text(*hub->db,
                               QStringLiteral("SELECT code FROM region WHERE level = 3 "
                                              "AND substr(code, 1, 9) = ? ORDER BY code "
                                              "LIMIT 1"),
                               {town.left(9)});
            in.parties = {DisputePartyInput {
                QStringLiteral("applicant"), QStringLiteral("张%1").arg(i), {}, {}}};
            DisputeCommands(*hub->db).report(in, QStringLiteral("operator"), now - 3600000 + i);
        }
    }
    const auto self = NodeRepository(*hub->db).init(QStringLiteral("hub"), {},
                                                    QStringLiteral("县综治中心"), now);
    hub->id = self.id;
    hub->scope = self.scopeCode;
    hub->name = self.name;
    hub->role = self.role;
    return hub;
}

std::unique_ptr<Node> makeTownship(Node &hub, const QString &code, qint64 now)
{
    auto t = std::make_unique<Node>();
    t->db = Database::open(t->tmp.path());
    const auto self = NodeRepository(*t->db).init(QStringLiteral("township"), code,
                                                  QStringLiteral("乡镇") + code.mid(6, 3), now);
    t->id = self.id;
    t->scope = self.scopeCode;
    t->name = self.name;
    t->role = self.role;
    NodeRepository(*t->db).trust(NodeRepository(*hub.db).identity(), now);
    NodeRepository(*hub.db).trust(NodeRepository(*t->db).identity(), now);
    return t;
}

QString newPackagePath(Node &from)
{
    return from.tmp.dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)
                                 + QStringLiteral(".pkg"));
}

QString send(Node &from, Node &to, qint64 now)
{
    const QString path = newPackagePath(from);
    SyncExchange(*from.db).exportTo(to.id, path, now);
    return path;
}

SyncExchange::Imported deliver(Node &to, const QString &path, qint64 now)
{
    return SyncExchange(*to.db).importFrom(path, now);
}

// A package from `from` to `to`, written and imported.
SyncExchange::Imported pass(Node &from, Node &to, qint64 &now)
{
    const QString path = send(from, to, now += 1000);
    return deliver(to, path, now += 1000);
}

QStringList townshipCodes(Node &hub, int n)
{
    return column(*hub.db,
                  QStringLiteral("SELECT code FROM region WHERE level = 1 ORDER BY code LIMIT ?"),
                  {n});
}

// Disputes of a township that are still open to workflow actions.
QStringList openDisputes(Node &node, const QString &township, int n)
{
    return column(*node.db,
                  QStringLiteral("SELECT id FROM dispute WHERE substr(grid_code, 1, 9) = ? "
                                 "AND status IN ('reported', 'accepted', 'routed', 'mediating') "
                                 "AND deleted = 0 ORDER BY id LIMIT ?"),
                  {township.left(9), n});
}

struct Version {
    qint64 rev = 0;
    QString origin;
    bool operator<(const Version &o) const
    {
        return rev != o.rev ? rev < o.rev : origin < o.origin;
    }
    bool operator==(const Version &o) const { return rev == o.rev && origin == o.origin; }
};

Version versionOf(Node &node, const QString &disputeId)
{
    QSqlQuery q = node.db->prepare(QStringLiteral("SELECT rev, origin FROM dispute WHERE id = ?"));
    q.addBindValue(disputeId);
    Database::exec(q);
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

// One workflow step that suits the dispute's state (a comment when nothing else does). Returns
// whether the dispute changed.
bool work(Node &node, const QString &disputeId, qint64 at, std::mt19937 &rng)
{
    static const QList<DisputeAction> actions {
        DisputeAction::Accept, DisputeAction::StartMediation, DisputeAction::RecordSession,
        DisputeAction::Extend, DisputeAction::Escalate,       DisputeAction::Resolve,
        DisputeAction::Comment};
    DisputeActionInput input;
    input.actor = node.name;
    input.note = QStringLiteral("%1 在 %2 处理").arg(node.name).arg(at);
    input.days = 5;
    const int start = int(rng() % actions.size());
    for (int i = 0; i < actions.size(); ++i) {
        try {
            DisputeCommands(*node.db).act(disputeId, actions[(start + i) % actions.size()], input,
                                          at);
            return true;
        } catch (const DisputeRefused &) {
        }
    }
    return false;
}

using Hashes = QMap<QString, QByteArray>;

Hashes allTables(Node &node)
{
    return MaintenanceRepository(*node.db).contentHashes();
}

// A JSON value of a conflict's version as the store's text of it.
QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    return v.toString();
}

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A hub and the first two townships of its county, each paired with it.
struct TwoTownships {
    std::unique_ptr<Node> hub;
    QStringList codes;
    std::unique_ptr<Node> town;
    std::unique_ptr<Node> other;
};

TwoTownships twoTownships(qint64 now)
{
    TwoTownships t;
    t.hub = makeHub(now);
    t.codes = townshipCodes(*t.hub, 2);
    REQUIRE(t.codes.size() == 2);
    t.town = makeTownship(*t.hub, t.codes[0], now);
    t.other = makeTownship(*t.hub, t.codes[1], now);
    return t;
}

// A writable copy of the package `good`, named `name`, in the folder of `node`.
QString packageCopy(const Node &node, const QString &good, const QString &name)
{
    const QString path = node.tmp.dir.filePath(name);
    QFile::remove(path);
    REQUIRE(QFile::copy(good, path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// Changes a package file with SQL, as someone with the sqlite3 shell would.
void editPackage(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("edit-") + QUuid::createUuid().toString();
    {
        QSqlDatabase pkg = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        pkg.setDatabaseName(path);
        REQUIRE(pkg.open());
        QSqlQuery q(pkg);
        REQUIRE(q.exec(sql));
        pkg.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// `node` refuses the package at `path` as `kind`, names the file, and changes nothing.
void requireRefused(Node &node, const QString &path, SyncRejected::Kind kind, qint64 &now)
{
    const Hashes before = allTables(node);
    try {
        deliver(node, path, now += 1000);
        FAIL("the package was imported: " + path.toStdString());
    } catch (const SyncRejected &e) {
        INFO(e.message().toStdString());
        CHECK(e.kind() == kind);
        CHECK(e.message().contains(path));
    }
    CHECK(allTables(node) == before);
}

} // namespace

TEST_CASE("a township gets its starting data from the hub and sends its work back", "[sync]")
{
    qint64 now = at("2026-11-20T01:00:00Z");
    auto hub = makeHub(now);
    const QString code = townshipCodes(*hub, 1).value(0);
    REQUIRE(!code.isEmpty());
    auto town = makeTownship(*hub, code, now);

    const auto first = pass(*hub, *town, now);
    CHECK(first.applied > 100);
    CHECK(first.conflicts == 0);
    CHECK(SyncExchange(*town->db).contentHashes(code)
          == SyncExchange(*hub->db).contentHashes(code));
    // Only its own township's disputes, but the whole county's regions.
    CHECK(text(*town->db,
               QStringLiteral("SELECT count(*) FROM dispute WHERE substr(grid_code, 1, 9) <> ?"),
               {code.left(9)})
          == QLatin1String("0"));
    CHECK(text(*town->db, QStringLiteral("SELECT count(*) FROM region"))
          == text(*hub->db, QStringLiteral("SELECT count(*) FROM region")));
    CHECK(text(*town->db, QStringLiteral("SELECT count(*) FROM dispute")).toInt() > 0);

    // A clerk works one dispute offline; the hub gets the new state and the history.
    std::mt19937 rng(7);
    const QString id = openDisputes(*town, code, 1).value(0);
    REQUIRE(work(*town, id, now += 60000, rng));
    const auto back = pass(*town, *hub, now);
    CHECK(back.applied >= 2); // the dispute and its new event
    CHECK(back.conflicts == 0);
    CHECK(versionOf(*hub, id) == versionOf(*town, id));
    CHECK(text(*hub->db, QStringLiteral("SELECT count(*) FROM dispute_event WHERE dispute_id = ?"),
               {id})
          == text(*town->db,
                  QStringLiteral("SELECT count(*) FROM dispute_event WHERE dispute_id = ?"),
                  {id}));
    CHECK(SyncExchange(*town->db).contentHashes(code)
          == SyncExchange(*hub->db).contentHashes(code));

    // The answer carries the acknowledgement: the next package from the township is empty.
    pass(*hub, *town, now);
    const auto quiet
        = SyncExchange(*town->db).exportTo(hub->id, newPackagePath(*town), now += 1000);
    CHECK(quiet.rows == 0);

    // A case registered offline gets a number of the township's own series.
    DisputeIntake in;
    in.title = QStringLiteral("王某与赵某因宅基地界址发生纠纷");
    in.summary = QStringLiteral("双方对界桩位置有争议。");
    in.category = QStringLiteral("homestead");
    in.source = QStringLiteral("walk_in");
    in.gridCode
        = text(*town->db,
               QStringLiteral(
                   "SELECT code FROM region WHERE level = 3 AND substr(code, 1, 9) = ? LIMIT 1"),
               {code.left(9)});
    in.parties = {DisputePartyInput {QStringLiteral("applicant"), QStringLiteral("王强"), {}, {}}};
    const auto reported
        = DisputeCommands(*town->db).report(in, QStringLiteral("clerk"), now += 1000);
    CHECK(reported.caseNo.contains(code.mid(6, 3) + QLatin1Char('-')));
    const auto hubCase
        = DisputeCommands(*hub->db).report(in, QStringLiteral("operator"), now += 1000);
    CHECK(hubCase.caseNo != reported.caseNo);
    pass(*town, *hub, now);
    pass(*hub, *town, now);
    CHECK(SyncExchange(*town->db).contentHashes(code)
          == SyncExchange(*hub->db).contentHashes(code));
    CHECK(text(*hub->db, QStringLiteral("SELECT case_no FROM dispute WHERE id = ?"), {reported.id})
          == reported.caseNo);
}

TEST_CASE("packages imported twice or out of order end in the same state", "[sync]")
{
    qint64 now = at("2026-11-20T01:00:00Z");
    auto hub = makeHub(now);
    const QString code = townshipCodes(*hub, 1).value(0);
    auto town = makeTownship(*hub, code, now);
    pass(*hub, *town, now);

    std::mt19937 rng(11);
    const QStringList ids = openDisputes(*hub, code, 3);
    REQUIRE(ids.size() == 3);
    REQUIRE(work(*hub, ids[0], now += 60000, rng));
    const QString p1 = send(*hub, *town, now += 1000);
    REQUIRE(work(*hub, ids[1], now += 60000, rng));
    REQUIRE(work(*hub, ids[0], now += 60000, rng));
    const QString p2 = send(*hub, *town, now += 1000);

    // The later package first, then the earlier one: nothing older overwrites anything newer.
    const auto second = deliver(*town, p2, now += 1000);
    CHECK(second.applied >= 2);
    const Hashes afterSecond = SyncExchange(*town->db).contentHashes();
    const auto firstLate = deliver(*town, p1, now += 1000);
    CHECK(firstLate.applied == 0);
    CHECK(firstLate.conflicts == 0);
    CHECK(SyncExchange(*town->db).contentHashes() == afterSecond);   // nothing older went in
    CHECK(SyncExchange(*town->db).contentHashes(code)
          == SyncExchange(*hub->db).contentHashes(code));
    CHECK(versionOf(*town, ids[0]) == versionOf(*hub, ids[0]));

    // Importing a package again is refused as a replay and changes nothing.
    const Hashes before = allTables(*town);
    try {
        deliver(*town, p2, now += 1000);
        FAIL("a replayed package was imported");
    } catch (const SyncRejected &e) {
        CHECK(e.kind() == SyncRejected::Kind::Replayed);
        CHECK(e.message().contains(QStringLiteral("imported here before")));
    }
    CHECK(allTables(*town) == before);
}

TEST_CASE("damaged, unsigned, tampered, foreign and replayed packages change nothing", "[sync]")
{
    qint64 now = at("2026-11-20T01:00:00Z");
    auto [hub, codes, town, other] = twoTownships(now);
    pass(*hub, *town, now);
    std::mt19937 rng(3);
    REQUIRE(work(*hub, openDisputes(*hub, codes[0], 1).value(0), now += 60000, rng));
    const QString good = send(*hub, *town, now += 1000);

    const auto variant = [&](const QString &name) { return packageCopy(*town, good, name); };
    const auto refused = [&](const QString &path, SyncRejected::Kind kind) {
        requireRefused(*town, path, kind, now);
    };

    SECTION("a row changed after signing")
    {
        const QString p = variant(QStringLiteral("tampered.pkg"));
        editPackage(
            p,
            QStringLiteral("UPDATE rows_dispute SET title = title || '（改）' WHERE rowid = "
                           "(SELECT min(rowid) FROM rows_dispute)"));
        refused(p, SyncRejected::Kind::Tampered);
    }
    SECTION("a row added after signing")
    {
        const QString p = variant(QStringLiteral("added.pkg"));
        editPackage(p,
                    QStringLiteral("DELETE FROM rows_dispute_event WHERE rowid = "
                                   "(SELECT min(rowid) FROM rows_dispute_event)"));
        refused(p, SyncRejected::Kind::Damaged); // the counts no longer match the manifest
    }
    SECTION("the manifest changed after signing")
    {
        const QString p = variant(QStringLiteral("manifest.pkg"));
        editPackage(p, QStringLiteral("UPDATE manifest SET value = '999999' WHERE key = 'ack'"));
        refused(p, SyncRejected::Kind::Tampered);
    }
    SECTION("no signature")
    {
        const QString p = variant(QStringLiteral("unsigned.pkg"));
        editPackage(p, QStringLiteral("DELETE FROM manifest WHERE key = 'signature'"));
        refused(p, SyncRejected::Kind::Unsigned);
    }
    SECTION("truncated")
    {
        const QString p = variant(QStringLiteral("truncated.pkg"));
        QFile f(p);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 2));
        f.close();
        refused(p, SyncRejected::Kind::Damaged);
    }
    SECTION("not a package at all")
    {
        const QString p = town->tmp.dir.filePath(QStringLiteral("notes.pkg"));
        QFile f(p);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("乡镇工作笔记\n");
        f.close();
        refused(p, SyncRejected::Kind::Damaged);
    }
    SECTION("for another township")
    {
        refused(send(*hub, *other, now += 1000), SyncRejected::Kind::Foreign);
    }
    SECTION("from a node of another county")
    {
        Node stranger;
        stranger.db = Database::open(stranger.tmp.path());
        NodeRepository(*stranger.db)
            .init(QStringLiteral("hub"), QStringLiteral("110105000000"), QStringLiteral("朝阳区"),
                  now);
        CHECK_THROWS_AS(
            NodeRepository(*town->db).trust(NodeRepository(*stranger.db).identity(), now),
            NodeRefused);
        const QString p = variant(QStringLiteral("stranger.pkg"));
        editPackage(p,
                    QStringLiteral("UPDATE manifest SET value = '110105' WHERE key = 'county'"));
        refused(p, SyncRejected::Kind::Foreign);
    }
    SECTION("replayed")
    {
        deliver(*town, good, now += 1000);
        refused(good, SyncRejected::Kind::Replayed);
    }
    // The good package still goes in after all of these.
    if (text(*town->db, QStringLiteral("SELECT count(*) FROM sync_received"))
        == QLatin1String("1")) {
        const auto ok = deliver(*town, good, now += 1000);
        CHECK(ok.applied >= 2);
    }
}

TEST_CASE("the hub refuses a township's bad packages and changes nothing", "[sync]")
{
    // Under pg_tests the hub is a server store: its checks and its rollback are the server's.
    qint64 now = at("2026-11-20T01:00:00Z");
    auto [hub, codes, town, other] = twoTownships(now);
    pass(*hub, *town, now);
    pass(*hub, *other, now);
    std::mt19937 rng(5);
    REQUIRE(work(*town, openDisputes(*town, codes[0], 1).value(0), now += 60000, rng));
    const QString good = send(*town, *hub, now += 1000);

    const auto refusedAtHub = [&](const QString &path, SyncRejected::Kind kind) {
        requireRefused(*hub, path, kind, now);
    };

    // A row changed after signing.
    const QString tampered = packageCopy(*hub, good, QStringLiteral("tampered.pkg"));
    editPackage(tampered, QStringLiteral("UPDATE rows_dispute SET status = 'closed'"));
    refusedAtHub(tampered, SyncRejected::Kind::Tampered);
    // Cut short.
    const QString truncated = packageCopy(*hub, good, QStringLiteral("truncated.pkg"));
    {
        QFile f(truncated);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 3));
    }
    refusedAtHub(truncated, SyncRejected::Kind::Damaged);
    // Addressed to another node: the hub's own package for the other township.
    refusedAtHub(send(*hub, *other, now += 1000), SyncRejected::Kind::Foreign);

    // The good package goes in once, and only once.
    const auto ok = deliver(*hub, good, now += 1000);
    CHECK(ok.applied >= 2);
    CHECK(ok.conflicts == 0);
    refusedAtHub(good, SyncRejected::Kind::Replayed);
    CHECK(SyncExchange(*town->db).contentHashes(codes[0])
          == SyncExchange(*hub->db).contentHashes(codes[0]));
}

TEST_CASE("an export or import stopped half way writes nothing", "[sync]")
{
    qint64 now = at("2026-11-20T01:00:00Z");
    auto hub = makeHub(now);
    const QString code = townshipCodes(*hub, 1).value(0);
    auto town = makeTownship(*hub, code, now);
    // Stops at step `stopAt`, after noting the steps it was told of.
    const auto stopAt = [](int stop, QList<int> &seen) {
        return [stop, &seen](int done, int total) {
            seen << done;
            CHECK(total > 0);
            return done < stop;
        };
    };

    const QString path = newPackagePath(*hub);
    QList<int> seen;
    CHECK_THROWS_AS(SyncExchange(*hub->db).exportTo(town->id, path, now += 1000, {},
                                                     stopAt(10, seen)),
                    SyncCancelled);
    CHECK(seen.value(0) == 0);
    CHECK(seen.last() == 10);
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    CHECK(NodeRepository(*hub->db).peer(town->id).sentPackages == 0);

    // Written in full, then stopped while the township applies its tables.
    QList<int> all;
    const auto exported = SyncExchange(*hub->db).exportTo(
        town->id, path, now += 1000, {}, [&all](int done, int) {
            all << done;
            return true;
        });
    CHECK(exported.rows > 100);
    CHECK(all.size() >= 3);
    CHECK(std::is_sorted(all.cbegin(), all.cend()));
    const Hashes before = allTables(*town);
    seen.clear();
    const int applying = int(SyncExchange::syncedTables().size()) + 5;
    CHECK_THROWS_AS(
        SyncExchange(*town->db).importFrom(path, now += 1000, {}, stopAt(applying, seen)),
        SyncCancelled);
    CHECK(seen.last() == applying);
    CHECK(allTables(*town) == before);
    // Not stopped, the same package goes in.
    CHECK(deliver(*town, path, now += 1000).applied == exported.rows);
    CHECK(SyncExchange(*town->db).contentHashes(code)
          == SyncExchange(*hub->db).contentHashes(code));

    // The township's work, stopped while the hub (a server store under pg_tests) applies it.
    std::mt19937 rng(13);
    REQUIRE(work(*town, openDisputes(*town, code, 1).value(0), now += 60000, rng));
    const QString back = send(*town, *hub, now += 1000);
    const Hashes hubBefore = allTables(*hub);
    seen.clear();
    CHECK_THROWS_AS(
        SyncExchange(*hub->db).importFrom(back, now += 1000, {}, stopAt(applying + 3, seen)),
        SyncCancelled);
    CHECK(allTables(*hub) == hubBefore);
    CHECK(deliver(*hub, back, now += 1000).applied >= 2);
    CHECK(SyncExchange(*town->db).contentHashes(code)
          == SyncExchange(*hub->db).contentHashes(code));
}

TEST_CASE("a dispute changed on both sides is a conflict that keeps both versions", "[sync]")
{
    qint64 now = at("2026-11-20T01:00:00Z");
    auto hub = makeHub(now);
    const QString code = townshipCodes(*hub, 1).value(0);
    auto town = makeTownship(*hub, code, now);
    pass(*hub, *town, now);
    const QString id = openDisputes(*hub, code, 1).value(0);
    REQUIRE(!id.isEmpty());

    DisputeActionInput townInput;
    townInput.actor = QStringLiteral("乡镇专干");
    townInput.note = QStringLiteral("乡镇已约双方面谈");
    DisputeActionInput hubInput;
    hubInput.actor = QStringLiteral("值班长");
    hubInput.note = QStringLiteral("县中心批示：限期化解");
    hubInput.days = 5;
    // The township records a comment and the hub extends, each unaware of the other.
    DisputeCommands(*town->db).act(id, DisputeAction::Comment, townInput, now += 60000);
    const Version townVersion = versionOf(*town, id);
    DisputeCommands(*hub->db).act(id, DisputeAction::Accept, hubInput, now += 60000);
    const Version hubVersion = versionOf(*hub, id);

    const auto atHub = pass(*town, *hub, now);
    CHECK(atHub.conflicts == 1);
    const QList<SyncConflict> list = ConflictRepository(*hub->db).list();
    REQUIRE(list.size() == 1);
    const SyncConflict c = list.first();
    CHECK(c.table == QLatin1String("dispute"));
    CHECK(c.rowId == id);
    CHECK(c.localOrigin == hub->id);
    CHECK(c.remoteOrigin == town->id);
    CHECK(c.localRev == hubVersion.rev);
    CHECK(c.remoteRev == townVersion.rev);
    CHECK(c.label.contains(
        text(*hub->db, QStringLiteral("SELECT case_no FROM dispute WHERE id = ?"), {id})));
    CHECK(!c.differingFields().isEmpty());
    // History merges by union: both sides' events are at the hub.
    CHECK(text(*hub->db,
               QStringLiteral(
                   "SELECT count(*) FROM dispute_event WHERE dispute_id = ? AND note = ?"),
               {id, townInput.note})
          == QLatin1String("1"));

    // The hub's answer brings the record and the hub's events to the township.
    pass(*hub, *town, now);
    CHECK(ConflictRepository(*town->db).list().size() == 1);
    CHECK(SyncExchange(*town->db).contentHashes(code)
          == SyncExchange(*hub->db).contentHashes(code));

    // A supervisor at the hub keeps the township's version; it travels back as a new revision.
    ConflictRepository(*hub->db).resolve(c.id.left(6), ConflictRepository::Keep::Remote,
                                         QStringLiteral("supervisor"), now += 1000);
    CHECK(ConflictRepository(*hub->db).list().isEmpty());
    CHECK(ConflictRepository(*hub->db).list(true).first().resolution == QLatin1String("remote"));
    CHECK_THROWS_AS(ConflictRepository(*hub->db).resolve(c.id, ConflictRepository::Keep::Local,
                                                         QStringLiteral("supervisor"), now),
                    ConflictRefused);
    for (const QString &field : c.differingFields()) {
        INFO(field.toStdString());
        if (field != QLatin1String("updated_at") && field != QLatin1String("updated_by"))
            CHECK(text(*hub->db,
                       QStringLiteral("SELECT \"%1\" FROM dispute WHERE id = ?").arg(field), {id})
                  == jsonText(c.remote.value(field)));
    }
    pass(*hub, *town, now);
    CHECK(ConflictRepository(*town->db).list().isEmpty());
    CHECK(SyncExchange(*town->db).contentHashes(code)
          == SyncExchange(*hub->db).contentHashes(code));
}

TEST_CASE("a local change that was never exported survives whatever arrives", "[sync]")
{
    qint64 now = at("2026-11-20T01:00:00Z");
    auto hub = makeHub(now);
    const QString code = townshipCodes(*hub, 1).value(0);
    auto town = makeTownship(*hub, code, now);
    pass(*hub, *town, now);
    const QString id = openDisputes(*hub, code, 1).value(0);
    // The hub's change is later, so the table takes it; the township's stays in the record.
    DisputeActionInput input;
    input.actor = QStringLiteral("乡镇专干");
    input.note = QStringLiteral("已电话联系申请人");
    DisputeCommands(*town->db).act(id, DisputeAction::Comment, input, now += 60000);
    const Version local = versionOf(*town, id);
    input.actor = QStringLiteral("值班员");
    DisputeCommands(*hub->db).act(id, DisputeAction::Accept, input, now += 60000);
    const auto result = pass(*hub, *town, now);
    CHECK(result.conflicts == 1);
    CHECK(versionOf(*town, id) == versionOf(*hub, id));
    const QList<SyncConflict> list = ConflictRepository(*town->db).list();
    REQUIRE(list.size() == 1);
    CHECK(list.first().localRev == local.rev);
    CHECK(list.first().localOrigin == town->id);
    CHECK(!list.first().localInTable);
    // The record reaches the hub with the township's next package.
    pass(*town, *hub, now);
    CHECK(ConflictRepository(*hub->db).list().size() == 1);
}

TEST_CASE("three townships and the hub in random orders end with the same data",
          "[sync][property]")
{
    for (const unsigned seed : {1u, 2u, 3u}) {
        INFO("seed " << seed);
        std::mt19937 rng(seed);
        qint64 now = at("2026-11-20T01:00:00Z");
        auto hub = makeHub(now);
        const QStringList codes = townshipCodes(*hub, 3);
        REQUIRE(codes.size() == 3);
        std::vector<std::unique_ptr<Node>> towns;
        for (const QString &code : codes)
            towns.push_back(makeTownship(*hub, code, now));
        for (auto &t : towns)
            pass(*hub, *t, now);

        // A few disputes per township that both sides keep working on.
        std::vector<QStringList> hot;
        for (const QString &code : codes)
            hot.push_back(openDisputes(*hub, code, 4));

        struct Made {
            QString dispute;
            Version version;
            Version parent;
        };
        std::vector<Made> made;
        struct Mail {
            int to;
            QString path;
            bool imported = false;
        }; // to: -1 = hub
        std::vector<Mail> mail;
        int replays = 0;
        const auto nodeOf = [&](int i) -> Node & { return i < 0 ? *hub : *towns[size_t(i)]; };

        for (int step = 0; step < 160; ++step) {
            const unsigned roll = rng() % 100;
            const int township = int(rng() % 3);
            if (roll < 50) {
                // Work on a dispute, at the township or at the hub.
                const bool atHub = rng() % 2 == 0;
                Node &node = atHub ? *hub : *towns[size_t(township)];
                const QStringList &pool = hot[size_t(township)];
                const QString id = pool.value(int(rng() % pool.size()));
                const Version parent = versionOf(node, id);
                if (work(node, id, now += 60000, rng))
                    made.push_back({id, versionOf(node, id), parent});
            } else if (roll < 58) {
                // Register a case (at the township, or for it at the hub).
                Node &node = rng() % 2 == 0 ? *hub : *towns[size_t(township)];
                DisputeIntake in;
                in.title = QStringLiteral("第%1步登记的邻里纠纷").arg(step);
                in.summary = QStringLiteral("随机测试");
                in.category = QStringLiteral("neighbour");
                in.source = QStringLiteral("walk_in");
                in.gridCode
                    = text(*node.db,
                           QStringLiteral("SELECT code FROM region WHERE level = 3 "
                                          "AND substr(code, 1, 9) = ? ORDER BY code LIMIT 1"),
                           {codes[township].left(9)});
                in.parties = {DisputePartyInput {
                    QStringLiteral("applicant"), QStringLiteral("申请人%1").arg(step), {}, {}}};
                DisputeCommands(*node.db).report(in, node.name, now += 60000);
            } else if (roll < 80) {
                // Write a package, to be delivered later in any order.
                if (rng() % 2 == 0)
                    mail.push_back({-1, send(*towns[size_t(township)], *hub, now += 1000)});
                else
                    mail.push_back({township, send(*hub, *towns[size_t(township)], now += 1000)});
            } else if (!mail.empty()) {
                // Deliver any package, perhaps one already delivered.
                Mail &m = mail[rng() % mail.size()];
                if (m.imported) {
                    CHECK_THROWS_AS(deliver(nodeOf(m.to), m.path, now += 1000), SyncRejected);
                    ++replays;
                } else {
                    deliver(nodeOf(m.to), m.path, now += 1000);
                    m.imported = true;
                }
            }
        }
        // Deliver what is left in reverse order, then exchange until everything is across.
        for (auto it = mail.rbegin(); it != mail.rend(); ++it)
            if (!it->imported)
                deliver(nodeOf(it->to), it->path, now += 1000);
        for (int round = 0; round < 3; ++round) {
            for (auto &t : towns)
                pass(*t, *hub, now);
            for (auto &t : towns)
                pass(*hub, *t, now);
        }

        // The same data on every side: each township's share of the hub equals the township.
        for (size_t i = 0; i < towns.size(); ++i) {
            INFO("township " << codes[int(i)].toStdString());
            CHECK(SyncExchange(*towns[i]->db).contentHashes(codes[int(i)])
                  == SyncExchange(*hub->db).contentHashes(codes[int(i)]));
        }
        // No version of a dispute was lost silently: each is the final one, was worked on
        // further, or is kept in a conflict record.
        std::set<std::pair<QString, Version>> parents, recorded;
        for (const Made &m : made)
            parents.insert({m.dispute, m.parent});
        for (int i = -1; i < 3; ++i) {
            QSqlQuery q = nodeOf(i).db->prepare(
                QStringLiteral("SELECT row_id, a_rev, a_origin, b_rev, b_origin FROM conflict "
                               "WHERE tbl = 'dispute'"));
            Database::exec(q);
            while (q.next()) {
                recorded.insert(
                    {q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()}});
                recorded.insert(
                    {q.value(0).toString(), {q.value(3).toLongLong(), q.value(4).toString()}});
            }
        }
        int lost = 0, conflicts = 0;
        for (const Made &m : made) {
            const bool final = versionOf(*hub, m.dispute) == m.version;
            if (!final && !parents.count({m.dispute, m.version})
                && !recorded.count({m.dispute, m.version}))
                ++lost;
        }
        conflicts = int(recorded.size());
        CHECK(lost == 0);
        CHECK(conflicts > 0); // the random work did collide
        CHECK(made.size() > 30);
        CHECK(replays >= 0);
    }
}

// A server store is restored with pg_restore, not by this program.
TEST_CASE("after the hub is restored from a backup its new changes still reach the township",
          "[sync][file]")
{
    qint64 now = at("2026-11-20T01:00:00Z");
    auto hub = makeHub(now);
    const QString code = townshipCodes(*hub, 1).value(0);
    auto town = makeTownship(*hub, code, now);
    pass(*hub, *town, now);
    pass(*town, *hub, now);
    const QString backup = hub->tmp.dir.filePath(QStringLiteral("hub-backup.db"));
    BackupService(QStringLiteral("admin")).backup(*hub->db, backup);

    // After the backup: a change the township receives and confirms.
    const QStringList ids = openDisputes(*hub, code, 2);
    REQUIRE(ids.size() == 2);
    DisputeActionInput input;
    input.actor = QStringLiteral("值班员");
    input.note = QStringLiteral("县中心备注");
    DisputeCommands(*hub->db).act(ids[0], DisputeAction::Comment, input, now += 60000);
    pass(*hub, *town, now);
    const QString confirmation = send(*town, *hub, now += 1000);

    // The hub's store is restored (the change above is gone there), then it works on.
    const QString hubPath = hub->db->path();
    hub->db.reset();
    BackupService(QStringLiteral("admin")).restore(hubPath, backup);
    hub->db = Database::open(hubPath);
    DisputeCommands(*hub->db).act(ids[1], DisputeAction::Accept, input, now += 60000);
    // The township's confirmation names change numbers the restored hub hands out again.
    deliver(*hub, confirmation, now += 1000);
    pass(*hub, *town, now);
    CHECK(versionOf(*town, ids[1]) == versionOf(*hub, ids[1]));
    CHECK(text(*town->db, QStringLiteral("SELECT status FROM dispute WHERE id = ?"), {ids[1]})
          == QLatin1String("accepted"));
}
