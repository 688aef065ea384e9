// What only a server store does: several workstations on one PostgreSQL database (issue 8).
// Runs in pg_tests, against the server ctest starts (tests/pg/pgserver.sh).

#include "storeundertest.h"
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "store/backupservice.h"
#include "store/database.h"
#include "store/disputechangefeed.h"
#include "store/disputecommands.h"
#include "store/disputerepository.h"
#include "store/serverrowwriter.h"
#include "store/storecopier.h"
#include "store/storeerror.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <mutex>
#include <thread>

namespace {

QString text(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

// Every row of `table` in id order, as text: equal on two stores when they hold the same rows.
QByteArray tableDigest(Database &db, const QString &table, const QString &order)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
    Database::exec(q);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    while (q.next()) {
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            const QVariant v = r.value(i);
            hash.addData(r.fieldName(i).toUtf8() + '=');
            hash.addData(v.isNull() ? QByteArray("\\N")
                         : v.typeId() == QMetaType::QByteArray ? v.toByteArray().toHex()
                         : v.typeId() == QMetaType::Double ? QByteArray::number(v.toDouble(), 'g', 17)
                                                               : v.toString().toUtf8());
            hash.addData("|");
        }
        ++rows;
    }
    return QByteArray::number(rows) + ' ' + hash.result().toHex();
}

// A small demo county in a SQLite file, and a server database holding a copy of it.
struct ServerCounty
{
    TempStore tmp;
    QString address;

    ServerCounty()
    {
        {
            auto file = Database::open(tmp.path());
            DemoOptions options;
            options.scale = 0.05;
            REQUIRE(DemoGenerator(*file).generate(options).created);
        }
        address = storetest::addressOf(*storetest::storeFrom(tmp.path()));
    }

    // A dispute registered just now (status reported).
    QString anOpenDispute(Database &db) const
    {
        DisputeIntake in;
        in.title = QStringLiteral("王某与赵某因宅基地界址发生纠纷");
        in.summary = QStringLiteral("双方对界桩位置各执一词。");
        in.category = QStringLiteral("land");
        in.source = QStringLiteral("walk_in");
        in.gridCode = text(db, QStringLiteral("SELECT code FROM region WHERE level = 3 ORDER BY code LIMIT 1"));
        in.parties = {DisputePartyInput{QStringLiteral("applicant"), QStringLiteral("王建华"), {}, {}}};
        return DisputeCommands(db).report(in, QStringLiteral("op"), QDateTime::currentMSecsSinceEpoch()).id;
    }
};

DisputeActionInput by(const QString &actor)
{
    DisputeActionInput in;
    in.actor = actor;
    in.note = QStringLiteral("已电话联系双方");
    return in;
}

} // namespace

TEST_CASE("A store copied to the server holds every row of the file, unchanged", "[postgres]")
{
    ServerCounty county;
    auto file = Database::open(county.tmp.path(), Database::Mode::ReadOnly);
    auto server = Database::open(county.address, Database::Mode::ReadOnly);
    CHECK(server->isPostgres());
    CHECK(server->schemaVersion() == file->schemaVersion());
    CHECK(server->nodeId() == file->nodeId());
    const QList<std::pair<QString, QString>> tables = {
        {QStringLiteral("region"), QStringLiteral("rid")},
        {QStringLiteral("person"), QStringLiteral("rid")},
        {QStringLiteral("mediation_body"), QStringLiteral("rid")},
        {QStringLiteral("dispute"), QStringLiteral("rid")},
        {QStringLiteral("dispute_party"), QStringLiteral("rid")},
        {QStringLiteral("dispute_event"), QStringLiteral("rid")},
        {QStringLiteral("platform"), QStringLiteral("rid")},
        {QStringLiteral("survey_response"), QStringLiteral("rid")},
        {QStringLiteral("survey_tally"), QStringLiteral("wave_id, region_code")},
        {QStringLiteral("patrol_shift"), QStringLiteral("rid")},
        {QStringLiteral("incident"), QStringLiteral("rid")},
        {QStringLiteral("survey_wave"), QStringLiteral("rid")},
    };
    for (const auto &[table, order] : tables) {
        INFO(table.toStdString());
        const QByteArray digest = tableDigest(*file, table, order);
        CHECK_FALSE(digest.startsWith("0 "));
        CHECK(tableDigest(*server, table, order) == digest);
    }

    SECTION("a second copy into a store that holds data is refused and changes nothing")
    {
        auto target = Database::open(county.address);
        const QByteArray before = tableDigest(*target, QStringLiteral("dispute"), QStringLiteral("rid"));
        try {
            StoreCopier(*file, *target).copy();
            FAIL("copied into a store that holds data");
        } catch (const StoreError &e) {
            CHECK(e.message().contains(QStringLiteral("already holds data")));
        }
        CHECK(tableDigest(*target, QStringLiteral("dispute"), QStringLiteral("rid")) == before);
    }
    SECTION("new rows continue the copied numbering")
    {
        auto target = Database::open(county.address);
        const qint64 maxRid = text(*target, QStringLiteral("SELECT max(rid) FROM dispute")).toLongLong();
        DisputeIntake in;
        in.title = QStringLiteral("王某与赵某因宅基地界址发生纠纷");
        in.summary = QStringLiteral("双方对界桩位置各执一词。");
        in.category = QStringLiteral("land");
        in.source = QStringLiteral("walk_in");
        in.gridCode = text(*target, QStringLiteral("SELECT code FROM region WHERE level = 3 ORDER BY code LIMIT 1"));
        in.parties = {DisputePartyInput{QStringLiteral("applicant"), QStringLiteral("王建华"), {}, {}}};
        const auto reported = DisputeCommands(*target).report(in, QStringLiteral("op"),
                                                              QDateTime::currentMSecsSinceEpoch());
        CHECK(text(*target, QStringLiteral("SELECT rid FROM dispute WHERE id = '%1'").arg(reported.id))
                  .toLongLong()
              == maxRid + 1);
    }
}

TEST_CASE("Rows streamed to the server keep tabs, line breaks, backslashes, bytes and NULLs",
          "[postgres]")
{
    auto server = Database::open(storetest::newServerDatabase());
    server->execScript(QStringLiteral(
        "CREATE TABLE copy_probe (n BIGINT, t TEXT, b BYTEA, d DOUBLE PRECISION)"));
    // Rows as a SQLite store hands them over: the values of a record.
    auto file = Database::open(TempStore().path());
    QSqlQuery rows = file->prepare(QStringLiteral(
        "SELECT 1, 'tab\there' || char(10) || 'next line \\N \\x00 “引号”', x'00FF5C0A09', "
        "0.1 UNION ALL SELECT -9007199254740993, '', x'', 1e300 "
        "UNION ALL SELECT NULL, NULL, NULL, NULL"));
    Database::exec(rows);
    QList<QSqlRecord> sent;
    {
        WriteTransaction tx(*server);
        ServerRowWriter writer(*server, QStringLiteral("copy_probe"), QStringLiteral("n, t, b, d"));
        while (rows.next()) {
            sent << rows.record();
            writer.add(rows.record());
        }
        CHECK(writer.flush() == 3);
        tx.commit();
    }
    REQUIRE(sent.size() == 3);
    QSqlQuery back = server->prepare(
        QStringLiteral("SELECT n, t, b, d FROM copy_probe ORDER BY n NULLS LAST"));
    Database::exec(back);
    for (const int i : {1, 0, 2}) {   // ordered by n: the negative number first
        REQUIRE(back.next());
        for (int c = 0; c < 4; ++c) {
            INFO("row " << i << ", column " << c);
            const QVariant want = sent.at(i).value(c);
            const QVariant got = back.value(c);
            CHECK(got.isNull() == want.isNull());
            if (c == 0)
                CHECK(got.toLongLong() == want.toLongLong());
            else if (c == 3)
                CHECK(got.toDouble() == want.toDouble());
            else if (c == 2)
                CHECK(got.toByteArray() == want.toByteArray());
            else
                CHECK(got.toString() == want.toString());
        }
    }

    SECTION("a refused row ends the copy with the server's reason, and the work rolls back")
    {
        QSqlQuery bad = file->prepare(QStringLiteral("SELECT 'not a number', 'x', NULL, NULL"));
        Database::exec(bad);
        REQUIRE(bad.next());
        try {
            WriteTransaction tx(*server);
            ServerRowWriter writer(*server, QStringLiteral("copy_probe"),
                                   QStringLiteral("n, t, b, d"));
            writer.add(bad.record());
            writer.flush();
            tx.commit();
            FAIL("the server took text for a number");
        } catch (const StoreError &e) {
            CHECK(e.message().contains(QStringLiteral("bigint")));
        }
        CHECK(text(*server, QStringLiteral("SELECT count(*) FROM copy_probe")) == QLatin1String("3"));
    }
    SECTION("a copy given up half way leaves the connection usable")
    {
        {
            WriteTransaction tx(*server);
            ServerRowWriter writer(*server, QStringLiteral("copy_probe"),
                                   QStringLiteral("n, t, b, d"));
            writer.add(sent.at(0));
        }   // neither flushed nor committed
        CHECK(text(*server, QStringLiteral("SELECT count(*) FROM copy_probe")) == QLatin1String("3"));
    }
}

TEST_CASE("A store copy cancelled half way leaves the server database empty", "[postgres]")
{
    TempStore tmp;
    {
        auto file = Database::open(tmp.path());
        DemoOptions options;
        options.scale = 0.02;
        REQUIRE(DemoGenerator(*file).generate(options).created);
    }
    auto file = Database::open(tmp.path());
    const QString address = storetest::newServerDatabase();
    auto server = Database::open(address);
    int reports = 0;
    CHECK_THROWS_AS(StoreCopier(*file, *server).copy([&reports](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++reports < 5;
    }),
                    CopyCancelled);
    CHECK(reports == 5);
    for (const char *table : {"region", "dispute", "dispute_event", "person"})
        CHECK(text(*server, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
              == QLatin1String("0"));
    // The same connection copies it in full afterwards.
    const StoreCopier::Result copied = StoreCopier(*file, *server).copy();
    CHECK(copied.rows > 1000);
    CHECK(text(*server, QStringLiteral("SELECT count(*) FROM dispute"))
          == text(*file, QStringLiteral("SELECT count(*) FROM dispute")));
}

TEST_CASE("Two workstations act on one dispute: the second is refused with who and when",
          "[postgres][concurrency]")
{
    ServerCounty county;
    auto first = Database::open(county.address);
    auto second = Database::open(county.address);
    const QString id = county.anOpenDispute(*first);
    REQUIRE_FALSE(id.isEmpty());

    // Both show the dispute at the same revision.
    const qint64 shownFirst = DisputeRepository(*first).detail(id)->rev;
    const qint64 shownSecond = DisputeRepository(*second).detail(id)->rev;
    REQUIRE(shownFirst == shownSecond);

    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const auto applied
        = DisputeCommands(*first).act(id, DisputeAction::Accept, by(QStringLiteral("wangli")), at, shownFirst);
    CHECK(applied.to == DisputeStatus::Accepted);
    const QString eventsBefore
        = text(*second, QStringLiteral("SELECT count(*) FROM dispute_event WHERE dispute_id = '%1'").arg(id));
    try {
        DisputeCommands(*second).act(id, DisputeAction::Withdraw, by(QStringLiteral("zhaoqiang")),
                                     at + 1000, shownSecond);
        FAIL("the second save went through");
    } catch (const DisputeRefused &e) {
        CHECK(e.kind() == DisputeRefused::Kind::Conflict);
        CHECK(e.message().contains(QStringLiteral("wangli")));
        const QString savedAt = QDateTime::fromMSecsSinceEpoch(
                                    text(*second, QStringLiteral("SELECT updated_at FROM dispute WHERE id = '%1'").arg(id))
                                        .toLongLong())
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        CHECK(e.message().contains(savedAt));
    }
    // Nothing of the second save is there; the first one's is.
    CHECK(text(*second, QStringLiteral("SELECT status FROM dispute WHERE id = '%1'").arg(id)) == QStringLiteral("accepted"));
    CHECK(text(*second, QStringLiteral("SELECT count(*) FROM dispute_event WHERE dispute_id = '%1'").arg(id)) == eventsBefore);
    // Read again, the second workstation can act.
    const qint64 reread = DisputeRepository(*second).detail(id)->rev;
    CHECK(reread == applied.rev);
    CHECK_NOTHROW(DisputeCommands(*second).act(id, DisputeAction::Comment, by(QStringLiteral("zhaoqiang")),
                                               at + 2000, reread));
}

TEST_CASE("Workstations registering at the same moment get distinct case numbers",
          "[postgres][concurrency]")
{
    ServerCounty county;
    QString grid;
    {
        auto db = Database::open(county.address);
        grid = text(*db, QStringLiteral("SELECT code FROM region WHERE level = 3 ORDER BY code LIMIT 1"));
    }
    constexpr int kWorkstations = 4;
    constexpr int kEach = 15;
    QList<QStringList> numbers(kWorkstations);
    QStringList failures;
    std::mutex failuresLock;
    std::vector<std::thread> threads;
    for (int w = 0; w < kWorkstations; ++w) {
        threads.emplace_back([&, w] {
            try {
                auto db = Database::open(county.address);
                for (int i = 0; i < kEach; ++i) {
                    DisputeIntake in;
                    in.title = QStringLiteral("工位%1第%2件：邻里因噪音发生纠纷").arg(w).arg(i);
                    in.summary = QStringLiteral("夜间装修噪音。");
                    in.category = QStringLiteral("neighbour");
                    in.source = QStringLiteral("walk_in");
                    in.gridCode = grid;
                    in.parties = {DisputePartyInput{QStringLiteral("applicant"), QStringLiteral("李明"), {}, {}}};
                    numbers[w] << DisputeCommands(*db)
                                      .report(in, QStringLiteral("op%1").arg(w), QDateTime::currentMSecsSinceEpoch())
                                      .caseNo;
                }
            } catch (const std::exception &e) {
                std::lock_guard<std::mutex> hold(failuresLock);
                failures << QString::fromUtf8(e.what());
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    QStringList all;
    for (const QStringList &n : numbers)
        all += n;
    CHECK(all.size() == kWorkstations * kEach);
    all.removeDuplicates();
    CHECK(all.size() == kWorkstations * kEach);
}

TEST_CASE("A workstation's queue hears of another's change within a second", "[postgres][notify]")
{
    ServerCounty county;
    auto watcher = Database::open(county.address, Database::Mode::ReadOnly);
    auto writer = Database::open(county.address);
    DisputeChangeFeed feed(*watcher);
    REQUIRE(feed.isListening());
    QSignalSpy changed(&feed, &DisputeChangeFeed::disputesChanged);

    const QString id = county.anOpenDispute(*writer);
    const DisputeFilter toAccept = [] {
        DisputeFilter f;
        f.queue = DisputeQueue::ToAccept;
        return f;
    }();
    const qint64 before = DisputeRepository(*watcher).count(toAccept);
    QElapsedTimer clock;
    clock.start();
    DisputeCommands(*writer).act(id, DisputeAction::Accept, by(QStringLiteral("wangli")),
                                 QDateTime::currentMSecsSinceEpoch());
    REQUIRE(changed.wait(1000));
    const qint64 heardMs = clock.elapsed();
    CHECK(heardMs < 1000);
    // Read again on that signal, the queue shows the change.
    CHECK(DisputeRepository(*watcher).count(toAccept) == before - 1);
    // A burst of changes is one signal.
    for (int i = 0; i < 5; ++i) {
        DisputeCommands(*writer).act(id, DisputeAction::Comment, by(QStringLiteral("wangli")),
                                     QDateTime::currentMSecsSinceEpoch() + i);
    }
    REQUIRE(changed.wait(1000));
    QTest::qWait(2 * DisputeChangeFeed::kCoalesceMs);
    CHECK(changed.size() == 2);
    // The watcher's own changes do not come back to it.
    auto own = Database::open(county.address);
    DisputeChangeFeed ownFeed(*own);
    QSignalSpy ownChanged(&ownFeed, &DisputeChangeFeed::disputesChanged);
    DisputeCommands(*own).act(id, DisputeAction::Comment, by(QStringLiteral("wangli")),
                              QDateTime::currentMSecsSinceEpoch() + 10);
    CHECK_FALSE(ownChanged.wait(500));
}

TEST_CASE("Workstations opening a new server database together set it up once", "[postgres]")
{
    const QString address = storetest::newServerDatabase();
    QStringList nodes;
    QStringList failures;
    std::mutex lock;
    std::vector<std::thread> threads;
    for (int i = 0; i < 3; ++i) {
        threads.emplace_back([&] {
            try {
                auto db = Database::open(address);
                std::lock_guard<std::mutex> hold(lock);
                nodes << db->nodeId();
            } catch (const std::exception &e) {
                std::lock_guard<std::mutex> hold(lock);
                failures << QString::fromUtf8(e.what());
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    REQUIRE(failures.isEmpty());
    REQUIRE(nodes.size() == 3);
    CHECK(nodes.at(0) == nodes.at(1));
    CHECK(nodes.at(1) == nodes.at(2));
    auto db = Database::open(address);
    CHECK(db->schemaVersion() == 10);
    CHECK(text(*db, QStringLiteral("SELECT count(*) FROM node WHERE is_self = 1")) == QStringLiteral("1"));
}

TEST_CASE("Server addresses that cannot work are refused with the reason", "[postgres]")
{
    const QUrl server(storetest::serverUrl());
    auto refusal = [](const QString &address) {
        try {
            Database::open(address);
        } catch (const StoreError &e) {
            return e.message();
        }
        return QString();
    };
    CHECK(refusal(QStringLiteral("postgresql://127.0.0.1:%1/").arg(server.port()))
              .contains(QStringLiteral("postgresql://USER@HOST:PORT/DBNAME")));
    const QString withPassword = refusal(QStringLiteral("postgresql://%1:secret@127.0.0.1:%2/x")
                                             .arg(server.userName())
                                             .arg(server.port()));
    CHECK(withPassword.contains(QStringLiteral("PGPASSWORD")));
    CHECK_FALSE(withPassword.contains(QStringLiteral("secret")));
    CHECK(refusal(QStringLiteral("postgresql://%1@127.0.0.1:%2/no_such_db")
                      .arg(server.userName())
                      .arg(server.port()))
              .contains(QStringLiteral("cannot connect")));
    // A database in another encoding would store Chinese text wrongly.
    QUrl latin(storetest::newServerDatabase());
    const QString latinName = latin.path().mid(1) + QStringLiteral("_latin");
    {
        auto admin = Database::open(latin.toString());
        admin->execScript(QStringLiteral("CREATE DATABASE %1 ENCODING 'LATIN1' LC_COLLATE 'C' "
                                         "LC_CTYPE 'C' TEMPLATE template0").arg(latinName));
    }
    latin.setPath(QLatin1Char('/') + latinName);
    CHECK(refusal(latin.toString()).contains(QStringLiteral("UTF8")));
}

TEST_CASE("Work that needs a SQLite file says so on a server store and changes nothing", "[postgres]")
{
    ServerCounty county;
    auto db = Database::open(county.address);
    TempStore tmp;
    try {
        BackupService().backup(*db, tmp.path(QStringLiteral("b.db")));
        FAIL("a server store was backed up as a file");
    } catch (const StoreError &e) {
        CHECK(e.message().contains(QStringLiteral("pg_dump")));
    }
    CHECK_FALSE(QFile::exists(tmp.path(QStringLiteral("b.db"))));
}
