// pingan-cli on a PostgreSQL store: moving a county's file to the server, working disputes
// there from two workstations, and what it refuses (issue 8). Runs in pg_tests.

#include "clirun.h"
#include "storeundertest.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <utility>

namespace {

using CliTest::Run;
using CliTest::runCli;

QStringList on(const QString &db, const QStringList &words)
{
    return QStringList {QStringLiteral("--db"), db} + words;
}

// The demo county in a SQLite file, made once per test process.
const QString &countyFile()
{
    static const QString path = [] {
        const QString p = CliTest::tempDir().filePath(QStringLiteral("county.db"));
        const Run r = runCli(on(p, {QStringLiteral("init"), QStringLiteral("--demo"),
                                    QStringLiteral("--scale"), QStringLiteral("0.05")}));
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
        return p;
    }();
    return path;
}

} // namespace

TEST_CASE("A county moves its store to the server and works its disputes there",
          "[postgres][cli]")
{
    const QString file = countyFile();
    const QString server = storetest::newServerDatabase();

    Run r = runCli(on(file, {QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--to"),
                             server, QStringLiteral("--json")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QJsonObject copied = r.json();
    CHECK(copied.value(QStringLiteral("rows")).toInteger() > 1000);
    CHECK(copied.value(QStringLiteral("tables")).toObject().value(QStringLiteral("dispute")).toInteger() > 100);

    // The server's queues list what the file's list, in the same order.
    for (const QString &queue : {QStringLiteral("to-accept"), QStringLiteral("overdue"), QStringLiteral("all")}) {
        const QStringList list = {QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--queue"),
                                  queue, QStringLiteral("--limit"), QStringLiteral("50"), QStringLiteral("--json")};
        const Run fromFile = runCli(on(file, list));
        const Run fromServer = runCli(on(server, list));
        INFO(queue.toStdString() << ": " << fromServer.err.toStdString());
        REQUIRE(fromServer.exit == 0);
        CHECK(fromServer.out == fromFile.out);
        if (queue == QLatin1String("all"))
            CHECK(QJsonDocument::fromJson(fromServer.out.toUtf8()).array().size() == 50);
    }
    const QStringList search = {QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--search"),
                                QStringLiteral("欠薪"), QStringLiteral("--limit"), QStringLiteral("20"),
                                QStringLiteral("--json")};
    CHECK(runCli(on(server, search)).out == runCli(on(file, search)).out);

    // Two workstations showed the same case; the second one's save is refused with who and when.
    r = runCli(on(server, {QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--limit"),
                           QStringLiteral("1"), QStringLiteral("--json")}));
    const QString id = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(id.isEmpty());
    r = runCli(on(server, {QStringLiteral("dispute"), QStringLiteral("show"), id, QStringLiteral("--json")}));
    REQUIRE(r.exit == 0);
    const QString rev = r.json().value(QStringLiteral("rev")).toString();
    const qsizetype events = r.json().value(QStringLiteral("events")).toArray().size();
    REQUIRE_FALSE(rev.isEmpty());
    auto comment = [&](const QString &who, const QString &note) {
        return runCli(on(server, {QStringLiteral("dispute"), QStringLiteral("act"), id, QStringLiteral("comment"),
                                  QStringLiteral("--by"), who, QStringLiteral("--note"), note,
                                  QStringLiteral("--rev"), rev}));
    };
    r = comment(QStringLiteral("wangli"), QStringLiteral("已电话联系申请人"));
    INFO(r.err.toStdString());
    CHECK(r.exit == 0);
    r = comment(QStringLiteral("zhaoqiang"), QStringLiteral("已上门走访"));
    CHECK(r.exit == 3);
    CHECK(r.err.contains(QStringLiteral("wangli")));
    r = runCli(on(server, {QStringLiteral("dispute"), QStringLiteral("show"), id, QStringLiteral("--json")}));
    const QJsonArray after = r.json().value(QStringLiteral("events")).toArray();
    CHECK(after.size() == events + 1);
    CHECK(QJsonDocument(after).toJson().contains("已电话联系申请人"));
    CHECK_FALSE(QJsonDocument(after).toJson().contains("已上门走访"));

    // A second copy into the same database is refused and changes nothing.
    const Run again = runCli(on(file, {QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--to"), server}));
    CHECK(again.exit == 3);
    CHECK(again.err.contains(QStringLiteral("already holds data")));
    r = runCli(on(server, {QStringLiteral("dispute"), QStringLiteral("show"), id, QStringLiteral("--json")}));
    CHECK(r.json().value(QStringLiteral("events")).toArray().size() == events + 1);
}

TEST_CASE("The figures of a county are the same from its file and from the server",
          "[postgres][cli]")
{
    const QString file = countyFile();
    const QString server = storetest::newServerDatabase();
    Run r = runCli(on(file, {QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--to"),
                             server}));
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    // What the monthly report, the statistics panels, the survey and the coverage panel show.
    const QList<QStringList> commands = {
        {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10"),
         QStringLiteral("--json")},
        {QStringLiteral("stats"), QStringLiteral("disputes"), QStringLiteral("--from"),
         QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
         QStringLiteral("--json")},
        {QStringLiteral("stats"), QStringLiteral("response"), QStringLiteral("--from"),
         QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
         QStringLiteral("--by"), QStringLiteral("township"), QStringLiteral("--json")},
        {QStringLiteral("indicators"), QStringLiteral("--json")},
        {QStringLiteral("coverage"), QStringLiteral("--json")},
    };
    for (const QStringList &words : commands) {
        const Run fromFile = runCli(on(file, words));
        const Run fromServer = runCli(on(server, words));
        INFO(words.join(QLatin1Char(' ')).toStdString() << ": " << fromServer.err.toStdString());
        REQUIRE(fromFile.exit == 0);
        REQUIRE(fromServer.exit == 0);
        CHECK(fromFile.out.size() > 1000);
        CHECK(fromServer.out == fromFile.out);
    }
}

TEST_CASE("On a server store, backups are refused and say why", "[postgres][cli]")
{
    const QString server = storetest::newServerDatabase();
    Run r = runCli(on(server, {QStringLiteral("init"), QStringLiteral("--json")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.json().value(QStringLiteral("schema_version")).toInt() == 10);
    for (const QStringList &words : {QStringList {QStringLiteral("backup"), QStringLiteral("/tmp/x.db")},
                                     QStringList {QStringLiteral("restore"), QStringLiteral("/tmp/x.db")}}) {
        r = runCli(on(server, words));
        INFO(words.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exit == 1);
        CHECK(r.err.contains(QStringLiteral("not available on a PostgreSQL store")));
        CHECK(r.err.contains(QStringLiteral("pg_dump")));
    }
    r = runCli({QStringLiteral("--db"), QStringLiteral("postgresql://u:secret@127.0.0.1:1/x"),
                QStringLiteral("dispute"), QStringLiteral("list")});
    CHECK(r.exit == 1);
    CHECK(r.err.contains(QStringLiteral("PGPASSWORD")));
    CHECK_FALSE(r.err.contains(QStringLiteral("secret")));
}

TEST_CASE("init --demo fills a new server store with the demo county", "[postgres][cli]")
{
    const QString server = storetest::newServerDatabase();
    Run r = runCli(on(server, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--scale"),
                               QStringLiteral("0.05"), QStringLiteral("--json")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.json().value(QStringLiteral("demo_created")).toBool());
    const int disputes = r.json().value(QStringLiteral("disputes")).toInt();
    CHECK(disputes > 100);
    r = runCli(on(server, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--json")}));
    CHECK(r.exit == 0);
    CHECK_FALSE(r.json().value(QStringLiteral("demo_created")).toBool());
    r = runCli(on(server, {QStringLiteral("regions"), QStringLiteral("--level"), QStringLiteral("township"),
                           QStringLiteral("--json")}));
    CHECK(r.exit == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().size() > 3);
}

TEST_CASE("A county hub on the server exchanges sync packages with a township's file",
          "[postgres][cli][sync]")
{
    const QString server = storetest::newServerDatabase();
    Run r = runCli(on(countyFile(), {QStringLiteral("store"), QStringLiteral("copy"),
                                     QStringLiteral("--to"), server}));
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const auto ok = [](const Run &run, const char *what) {
        INFO(what << ": " << run.err.toStdString());
        REQUIRE(run.exit == 0);
        return run;
    };
    const auto idOf = [&](const QString &db) {
        return ok(runCli(on(db, {QStringLiteral("node"), QStringLiteral("show"),
                                 QStringLiteral("--json")})),
                  "node show")
            .json()
            .value(QStringLiteral("id"))
            .toString();
    };
    ok(runCli(on(server, {QStringLiteral("node"), QStringLiteral("init"), QStringLiteral("--role"),
                          QStringLiteral("hub"), QStringLiteral("--name"),
                          QStringLiteral("县综治中心")})),
       "hub node init");
    r = ok(runCli(on(server, {QStringLiteral("regions"), QStringLiteral("--level"),
                              QStringLiteral("township"), QStringLiteral("--json")})),
           "regions");
    const QString township = QJsonDocument::fromJson(r.out.toUtf8())
                                 .array()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
    REQUIRE(township.size() == 12);

    // The township's office: its own file, paired with the server by identity files.
    const QDir dir(CliTest::tempDir().path());
    const QString town = dir.filePath(QStringLiteral("town-%1.db").arg(township));
    QFile::remove(town);
    ok(runCli(on(town, {QStringLiteral("init")})), "township init");
    ok(runCli(on(town, {QStringLiteral("node"), QStringLiteral("init"), QStringLiteral("--role"),
                        QStringLiteral("township"), QStringLiteral("--scope"), township,
                        QStringLiteral("--name"), QStringLiteral("城关镇")})),
       "township node init");
    const QString hubIdentity = dir.filePath(QStringLiteral("hub.identity"));
    const QString townIdentity = dir.filePath(QStringLiteral("town.identity"));
    ok(runCli(on(server, {QStringLiteral("node"), QStringLiteral("identity"),
                          QStringLiteral("--out"), hubIdentity})),
       "hub identity");
    ok(runCli(on(town, {QStringLiteral("node"), QStringLiteral("identity"), QStringLiteral("--out"),
                        townIdentity})),
       "township identity");
    ok(runCli(on(server, {QStringLiteral("node"), QStringLiteral("trust"), townIdentity})),
       "hub trusts");
    ok(runCli(on(town, {QStringLiteral("node"), QStringLiteral("trust"), hubIdentity})),
       "township trusts");
    const QString hubId = idOf(server);
    const QString townId = idOf(town);

    const auto hashes = [&](const QString &db) {
        return ok(runCli(on(db, {QStringLiteral("sync"), QStringLiteral("hashes"),
                                 QStringLiteral("--scope"), township, QStringLiteral("--json")})),
                  "sync hashes")
            .json();
    };
    const auto exchange = [&](const QString &from, const QString &to, const QString &toId,
                              const QString &name) {
        const QString pkg = dir.filePath(name);
        ok(runCli(on(from, {QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--to"),
                            toId, QStringLiteral("--out"), pkg, QStringLiteral("--json")})),
           "sync export");
        const Run in = ok(runCli(on(to, {QStringLiteral("sync"), QStringLiteral("import"), pkg,
                                         QStringLiteral("--json")})),
                          "sync import");
        return std::make_pair(pkg, in.json());
    };

    // The server's first package gives the township its share of the county.
    const auto first = exchange(server, town, townId, QStringLiteral("first.pkg"));
    CHECK(first.second.value(QStringLiteral("applied")).toInteger() > 100);
    CHECK(first.second.value(QStringLiteral("conflicts")).toInteger() == 0);
    CHECK(hashes(server) == hashes(town));

    // The county's file, made a hub, writes the same rows for the same township: the rows'
    // signed checksums of the two packages are equal.
    const QString fileHub = dir.filePath(QStringLiteral("file-hub-%1.db").arg(township));
    const QString fileTown = dir.filePath(QStringLiteral("file-town-%1.db").arg(township));
    QFile::remove(fileHub);
    QFile::remove(fileTown);
    REQUIRE(QFile::copy(countyFile(), fileHub));
    ok(runCli(on(fileHub, {QStringLiteral("node"), QStringLiteral("init"), QStringLiteral("--role"),
                           QStringLiteral("hub"), QStringLiteral("--name"),
                           QStringLiteral("县综治中心")})),
       "file hub node init");
    ok(runCli(on(fileTown, {QStringLiteral("init")})), "second township init");
    ok(runCli(on(fileTown, {QStringLiteral("node"), QStringLiteral("init"),
                            QStringLiteral("--role"), QStringLiteral("township"),
                            QStringLiteral("--scope"), township, QStringLiteral("--name"),
                            QStringLiteral("城关镇")})),
       "second township node init");
    const QString fileHubIdentity = dir.filePath(QStringLiteral("file-hub.identity"));
    const QString fileTownIdentity = dir.filePath(QStringLiteral("file-town.identity"));
    ok(runCli(on(fileHub, {QStringLiteral("node"), QStringLiteral("identity"),
                           QStringLiteral("--out"), fileHubIdentity})),
       "file hub identity");
    ok(runCli(on(fileTown, {QStringLiteral("node"), QStringLiteral("identity"),
                            QStringLiteral("--out"), fileTownIdentity})),
       "second township identity");
    ok(runCli(on(fileHub, {QStringLiteral("node"), QStringLiteral("trust"), fileTownIdentity})),
       "file hub trusts");
    const QString filePackage = dir.filePath(QStringLiteral("file-first.pkg"));
    ok(runCli(on(fileHub, {QStringLiteral("sync"), QStringLiteral("export"),
                           QStringLiteral("--to"), idOf(fileTown), QStringLiteral("--out"),
                           filePackage})),
       "file hub export");
    const auto digestOf = [](const QString &package) {
        const QString name = QStringLiteral("digest-") + package;
        QString digest;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(package);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT value FROM manifest WHERE key = 'digest'")));
            REQUIRE(q.next());
            digest = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
        return digest;
    };
    CHECK(digestOf(first.first).size() == 64);
    CHECK(digestOf(first.first) == digestOf(filePackage));

    // The clerk records a note on a case offline; the township's package brings it to the
    // server.
    r = ok(runCli(on(town, {QStringLiteral("dispute"), QStringLiteral("list"),
                            QStringLiteral("--limit"), QStringLiteral("1"),
                            QStringLiteral("--json")})),
           "dispute list");
    const QString dispute = QJsonDocument::fromJson(r.out.toUtf8())
                                .array()
                                .first()
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
    REQUIRE(!dispute.isEmpty());
    const QString note = QStringLiteral("乡镇专干已电话回访当事人");
    ok(runCli(on(town, {QStringLiteral("dispute"), QStringLiteral("act"), dispute,
                        QStringLiteral("comment"), QStringLiteral("--note"), note})),
       "dispute act");
    const auto back = exchange(town, server, hubId, QStringLiteral("back.pkg"));
    CHECK(back.second.value(QStringLiteral("applied")).toInteger() >= 2);
    r = ok(runCli(on(server, {QStringLiteral("dispute"), QStringLiteral("show"), dispute,
                              QStringLiteral("--json")})),
           "dispute show");
    CHECK(r.out.contains(note));
    CHECK(hashes(server) == hashes(town));

    // The same package again is refused as a replay, with the input error's exit code.
    r = runCli(on(server, {QStringLiteral("sync"), QStringLiteral("import"), back.first}));
    CHECK(r.exit == 3);
    CHECK(r.err.contains(QStringLiteral("replayed")));
}
