// pingan-cli on a PostgreSQL store: moving a county's file to the server, working disputes
// there from two workstations, and what it refuses (issue 8). Runs in pg_tests.

#include "clirun.h"
#include "storeundertest.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

TEST_CASE("On a server store, backups, sync and pairing are refused and say why", "[postgres][cli]")
{
    const QString server = storetest::newServerDatabase();
    Run r = runCli(on(server, {QStringLiteral("init"), QStringLiteral("--json")}));
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.json().value(QStringLiteral("schema_version")).toInt() == 10);
    for (const QStringList &words : {QStringList {QStringLiteral("backup"), QStringLiteral("/tmp/x.db")},
                                     QStringList {QStringLiteral("restore"), QStringLiteral("/tmp/x.db")},
                                     QStringList {QStringLiteral("sync"), QStringLiteral("export")},
                                     QStringList {QStringLiteral("node"), QStringLiteral("show")}}) {
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
