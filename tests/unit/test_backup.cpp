#include <catch2/catch.hpp>

#include "testsupport.h"

#include "demo/demogenerator.h"
#include "store/backupservice.h"
#include "store/database.h"
#include "store/maintenancerepository.h"
#include "store/migrator.h"
#include "store/patrolrecords.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace {

// The demo county, made once for the tests of this file (about four seconds).
QString demoStore()
{
    static TempStore tmp;
    static const QString path = [] {
        const QString p = tmp.path(QStringLiteral("demo.db"));
        auto db = Database::open(p);
        REQUIRE(DemoGenerator(*db).generate(DemoOptions()).created);
        return p;
    }();
    return path;
}

// A hash of every row of `table` (rows in any order: the hashes of the rows, sorted).
QByteArray tableHash(sqlite3 *h, const QString &table)
{
    const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
    std::vector<QByteArray> rows;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QCryptographicHash row(QCryptographicHash::Sha1);
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const int type = sqlite3_column_type(stmt, c);
            row.addData(QByteArray::number(type));
            const auto *data = static_cast<const char *>(sqlite3_column_blob(stmt, c));
            row.addData(QByteArrayView(data, sqlite3_column_bytes(stmt, c)));
            row.addData("|");
        }
        rows.push_back(row.result());
    }
    sqlite3_finalize(stmt);
    std::sort(rows.begin(), rows.end());
    QCryptographicHash all(QCryptographicHash::Sha1);
    for (const QByteArray &r : rows)
        all.addData(r);
    return all.result().toHex() + ':' + QByteArray::number(qint64(rows.size()));
}

// Every data table of the store at `path` (the backup's own label left out) and its hash.
QMap<QString, QByteArray> contents(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    QMap<QString, QByteArray> out;
    for (const QString &table : MaintenanceRepository(*db).tables()) {
        if (table != QLatin1String("backup_info"))
            out.insert(table, tableHash(db->handle(), table));
    }
    return out;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A small store with a table of numbered rows, `rows` of them, each with some padding.
QString numberedStore(TempStore &tmp, const QString &name, int rows)
{
    const QString path = tmp.path(name);
    auto db = Database::open(path);
    db->execScript(QStringLiteral("CREATE TABLE t_numbers (n INTEGER PRIMARY KEY, pad BLOB)"));
    WriteTransaction tx(*db);
    db->execScript(QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                  "FROM c WHERE i < %1) INSERT INTO t_numbers "
                                  "SELECT i, randomblob(1000) FROM c").arg(rows));
    tx.commit();
    return path;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("A backup of the demo county holds the same rows as the store", "[backup]")
{
    const QString source = demoStore();
    TempStore tmp;
    const QString target = tmp.path(QStringLiteral("copy.db"));
    BackupInfo info;
    {
        auto db = Database::open(source);
        std::vector<int> seen;
        info = BackupService(QStringLiteral("tester")).backup(*db, target, [&](int percent) {
            seen.push_back(percent);
            return true;
        });
        CHECK_FALSE(seen.empty());
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        CHECK(seen.back() == 100);
    }
    WARN("backup of the demo county: " << info.bytes / 1e6 << " MB, " << info.pages
                                       << " pages in " << info.seconds << " s");
    CHECK_FALSE(info.cancelled);
    CHECK(info.file == QFileInfo(target).absoluteFilePath());
    CHECK(info.bytes == QFileInfo(target).size());
    CHECK(info.schemaVersion == Migrator::latestVersion());
    // The copy is one file, with nothing half-made left beside it.
    CHECK(filesIn(tmp.dir.path()) == QStringList {QStringLiteral("copy.db")});

    const BackupInfo read = BackupService::readInfo(target);
    CHECK(read.madeBy == QLatin1String("tester"));
    CHECK(read.source == QFileInfo(source).absoluteFilePath());
    CHECK(read.schemaVersion == Migrator::latestVersion());
    CHECK(read.auditHeadSeq == info.auditHeadSeq);
    CHECK(read.auditHeadHash == info.auditHeadHash);
    CHECK(qAbs(read.madeAt - QDateTime::currentMSecsSinceEpoch()) < 600000);

    const auto original = contents(source);
    const auto copied = contents(target);
    CHECK(original.size() > 10);
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(copied.value(it.key()) == it.value());
    }
    CHECK(copied.keys() == original.keys());
}

TEST_CASE("A backup replaces an older file only when it is complete", "[backup]")
{
    TempStore tmp;
    const QString source = numberedStore(tmp, QStringLiteral("store.db"), 2000);
    const QString target = tmp.path(QStringLiteral("backup.db"));
    QFile old(target);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("an older backup");
    old.close();

    auto db = Database::open(source);
    const BackupInfo cancelled = BackupService().backup(*db, target, [](int percent) {
        return percent < 30;
    });
    CHECK(cancelled.cancelled);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "an older backup");   // untouched
    old.close();
    CHECK(filesIn(tmp.dir.path()).filter(QStringLiteral("partial")).isEmpty());

    const BackupInfo done = BackupService().backup(*db, target);
    CHECK_FALSE(done.cancelled);
    CHECK(BackupService::readInfo(target).pages == done.pages);
    CHECK_THROWS_AS(BackupService().backup(*db, source), StoreError);   // never over itself
}

TEST_CASE("A backup taken while another connection writes is one committed state", "[backup]")
{
    TempStore tmp;
    const QString source = numberedStore(tmp, QStringLiteral("busy.db"), 20000);   // ~25 MB
    const QString target = tmp.path(QStringLiteral("busy-backup.db"));

    // The writer adds ten rows per transaction, so every committed state has a multiple of ten
    // rows beyond the first 20,000.
    std::atomic_bool stop = false;
    std::atomic_int commits = 0;
    std::atomic_int commitsDuringCopy = 0;
    std::atomic_bool copying = false;
    std::thread writer([&] {
        auto db = Database::open(source, Database::Mode::ReadWrite, false,
                                 Database::Check::Deferred);
        while (!stop) {
            WriteTransaction tx(*db);
            db->execScript(QStringLiteral(
                "INSERT INTO t_numbers (pad) SELECT randomblob(1000) FROM "
                "(WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 10) "
                "SELECT i FROM c)"));
            tx.commit();
            ++commits;
            if (copying)
                ++commitsDuringCopy;
        }
    });
    while (commits < 5)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));

    qint64 before = 0;
    qint64 after = 0;
    {
        auto db = Database::open(source, Database::Mode::ReadWrite, false,
                                 Database::Check::Deferred);
        before = scalar(*db, QStringLiteral("SELECT count(*) FROM t_numbers"));
        copying = true;
        const BackupInfo info = BackupService().backup(*db, target, [](int) {
            // Slow steps, so that the writer commits while the copy is under way.
            std::this_thread::sleep_for(std::chrono::milliseconds(3));
            return true;
        });
        copying = false;
        CHECK_FALSE(info.cancelled);
        after = scalar(*db, QStringLiteral("SELECT count(*) FROM t_numbers"));
    }
    stop = true;
    writer.join();
    WARN("commits while the backup was copying: " << commitsDuringCopy.load());
    CHECK(commitsDuringCopy > 0);

    BackupService::readInfo(target);   // integrity_check passes, the label is there
    auto copy = Database::open(target, Database::Mode::ReadOnly, false, Database::Check::AtOpen);
    CHECK(copy->damaged().isEmpty());
    const qint64 copied = scalar(*copy, QStringLiteral("SELECT count(*) FROM t_numbers"));
    CHECK(copied >= before);
    CHECK(copied <= after);
    CHECK((copied - 20000) % 10 == 0);
    CHECK(scalar(*copy, QStringLiteral("SELECT max(n) FROM t_numbers")) == copied);
}

TEST_CASE("A bad backup is refused by name and the store is left as it was", "[backup]")
{
    TempStore tmp;
    const QString store = numberedStore(tmp, QStringLiteral("live.db"), 3000);
    const QString good = tmp.path(QStringLiteral("good.db"));
    {
        auto db = Database::open(store);
        BackupService().backup(*db, good);
    }
    const auto before = contents(store);

    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = goodFile.readAll();
    goodFile.close();
    const auto write = [&](const QString &name, const QByteArray &data) {
        const QString path = tmp.path(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(data);
        return path;
    };
    QStringList bad;
    bad << write(QStringLiteral("truncated.db"), bytes.left(bytes.size() / 2));
    bad << write(QStringLiteral("text.db"), QByteArray("this is not a database\n").repeated(50));
    QByteArray flipped = bytes;   // a page in the middle overwritten
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 4096; ++i)
        flipped[i] = char(0x5a);
    bad << write(QStringLiteral("flipped.db"), flipped);
    {
        // A sound SQLite file that is no Pingan backup.
        const QString plain = tmp.path(QStringLiteral("plain.db"));
        auto other = Database::open(plain);
        bad << plain;
    }
    bad << tmp.path(QStringLiteral("missing.db"));

    for (const QString &file : bad) {
        INFO(file.toStdString());
        try {
            BackupService().restore(store, file);
            FAIL("the restore was not refused");
        } catch (const StoreError &e) {
            INFO(e.text().toStdString());
            CHECK(e.message().contains(file));
        }
        CHECK_THROWS_AS(BackupService::readInfo(file), StoreError);
    }
    CHECK(contents(store) == before);
    CHECK(filesIn(tmp.dir.path()).filter(QStringLiteral("before-restore")).isEmpty());
}

TEST_CASE("A restore brings the backup back and keeps the store it replaced", "[backup]")
{
    TempStore tmp;
    const QString store = numberedStore(tmp, QStringLiteral("live.db"), 3000);
    const QString backup = tmp.path(QStringLiteral("backup.db"));
    {
        auto db = Database::open(store);
        BackupService(QStringLiteral("alice")).backup(*db, backup);
    }
    const auto atBackup = contents(store);
    {
        auto db = Database::open(store);
        db->execScript(QStringLiteral("DELETE FROM t_numbers WHERE n % 3 = 0; "
                                      "INSERT INTO t_numbers (pad) VALUES (x'00')"));
    }
    const auto changed = contents(store);
    REQUIRE(changed != atBackup);

    // A connection open during the restore sees the restored store afterwards.
    auto watcher = Database::open(store, Database::Mode::ReadOnly, false,
                                  Database::Check::Deferred);
    CHECK(scalar(*watcher, QStringLiteral("SELECT count(*) FROM t_numbers")) == 2001);

    const RestoreInfo r = BackupService(QStringLiteral("bob")).restore(store, backup);
    CHECK(r.backup.madeBy == QLatin1String("alice"));
    CHECK(r.schemaAfter == Migrator::latestVersion());
    CHECK_FALSE(r.previousDamaged);
    REQUIRE(QFileInfo::exists(r.keptAs));
    CHECK(r.keptAs.startsWith(store + QStringLiteral(".before-restore-")));

    CHECK(contents(store) == atBackup);
    CHECK(contents(r.keptAs) == changed);
    CHECK(BackupService::readInfo(r.keptAs).madeBy == QLatin1String("bob"));
    CHECK(scalar(*watcher, QStringLiteral("SELECT count(*) FROM t_numbers")) == 3000);
    {
        auto db = Database::open(store);
        CHECK(db->damaged().isEmpty());
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master "
                                         "WHERE name = 'backup_info'")) == 0);
    }
    watcher.reset();

    // A backup of an older schema is migrated when restored.
    const QString old = tmp.path(QStringLiteral("old.db"));
    const QString oldBackup = tmp.path(QStringLiteral("old-backup.db"));
    {
        auto db = Database::open(old, Database::Mode::ReadWrite, false);
        Migrator(*db).migrateTo(8);
        BackupService().backup(*db, oldBackup);
    }
    const BackupInfo oldInfo = BackupService::readInfo(oldBackup);
    CHECK(oldInfo.schemaVersion == 8);
    CHECK(oldInfo.auditHeadSeq == 0);
    const RestoreInfo migrated = BackupService().restore(store, oldBackup);
    CHECK(migrated.schemaBefore == 8);
    CHECK(migrated.schemaAfter == Migrator::latestVersion());
}

TEST_CASE("A damaged store is kept as a plain copy when a backup is restored", "[backup]")
{
    TempStore tmp;
    const QString store = numberedStore(tmp, QStringLiteral("live.db"), 3000);
    const QString backup = tmp.path(QStringLiteral("backup.db"));
    {
        auto db = Database::open(store);
        BackupService().backup(*db, backup);
        db->execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const auto good = contents(store);
    {
        QFile f(store);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, char(0x5a)));
    }
    REQUIRE_FALSE(Database::open(store, Database::Mode::ReadOnly)->damaged().isEmpty());
    const qint64 damagedSize = QFileInfo(store).size();
    const RestoreInfo r = BackupService().restore(store, backup);
    CHECK(r.previousDamaged);
    CHECK(QFileInfo(r.keptAs).size() == damagedSize);
    CHECK(contents(store) == good);
    CHECK(Database::open(store)->damaged().isEmpty());
}

TEST_CASE("Pruning keeps the newest scheduled backups", "[backup]")
{
    const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7));
    CHECK(BackupService::scheduledName(when) == QLatin1String("pingan-20260304-050607.db"));

    TempStore tmp;
    QStringList made;
    for (int day = 1; day <= 6; ++day) {
        const QString name = BackupService::scheduledName(when.addDays(day));
        QFile f(tmp.path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        made << name;
    }
    for (const char *other : {"pingan-notes.db", "store.db", "pingan-20260101-000000.db.txt"}) {
        QFile f(tmp.path(QLatin1String(other)));
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QStringList removed = BackupService::prune(tmp.dir.path(), 2);
    CHECK(removed.size() == 4);
    const QStringList left = filesIn(tmp.dir.path());
    CHECK(left.contains(made.at(4)));
    CHECK(left.contains(made.at(5)));
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(left.contains(made.at(i)));
    CHECK(left.size() == 5);   // the two newest and the three other files
    CHECK(BackupService::prune(tmp.dir.path(), 0).size() == 1);   // one is always kept
    CHECK(filesIn(tmp.dir.path()).contains(made.at(5)));
    CHECK(BackupService::prune(tmp.dir.path(), 1).isEmpty());
}

TEST_CASE("Deleted rows are overwritten in the file (secure_delete)", "[backup]")
{
    TempStore tmp;
    auto db = Database::open(tmp.path());
    CHECK(scalar(*db, QStringLiteral("PRAGMA secure_delete")) == 1);
    auto reader = Database::open(tmp.path(), Database::Mode::ReadOnly);
    CHECK(scalar(*reader, QStringLiteral("PRAGMA secure_delete")) == 1);
}

TEST_CASE("A full disk fails a large write clearly and changes nothing", "[backup]")
{
    TempStore tmp;
    const QString store = tmp.path(QStringLiteral("full.db"));
    REQUIRE(QFile::copy(demoStore(), store));

    // Incidents of the demo's platforms and grids, enough to need far more pages than free.
    QStringList platforms;
    QStringList grids;
    {
        auto db = Database::open(store, Database::Mode::ReadOnly);
        QSqlQuery p = db->prepare(QStringLiteral("SELECT code FROM platform ORDER BY code"));
        Database::exec(p);
        while (p.next())
            platforms << p.value(0).toString();
        QSqlQuery g = db->prepare(QStringLiteral(
            "SELECT code FROM region WHERE level = 3 ORDER BY code LIMIT 50"));
        Database::exec(g);
        while (g.next())
            grids << g.value(0).toString();
    }
    REQUIRE_FALSE(platforms.isEmpty());
    REQUIRE_FALSE(grids.isEmpty());
    const QString csv = tmp.path(QStringLiteral("incidents.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray out = "platform,grid,kind,lon,lat,called,dispatched,arrived,finished\n";
        const QDateTime start(QDate(2026, 5, 1), QTime(0, 0));
        for (int i = 0; i < 20000; ++i) {
            const QDateTime called = start.addSecs(qint64(i) * 97);
            const auto t = [&](int s) {
                return called.addSecs(s).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
            };
            out += platforms.at(i % platforms.size()).toUtf8() + ','
                   + grids.at(i % grids.size()).toUtf8() + ",theft,,," + t(0) + ',' + t(40)
                   + ',' + t(200) + ',' + t(1800) + '\n';
        }
        f.write(out);
    }

    const auto before = contents(store);
    {
        auto db = Database::open(store);
        const qint64 pages = scalar(*db, QStringLiteral("PRAGMA page_count"));
        const qint64 free = scalar(*db, QStringLiteral("PRAGMA freelist_count"));
        INFO("pages " << pages << ", free " << free);
        db->setMaxPageCount(pages + 2);
        try {
            const ImportResult result
                = PatrolRecords(*db).importIncidents(csv, QStringLiteral("tester"));
            INFO(result.problems.join(QLatin1Char('\n')).toStdString());
            FAIL("the import did not fail on the full disk");
        } catch (const StoreError &e) {
            INFO(e.text().toStdString());
            CHECK(e.message().contains(QLatin1String("disk is full")));
            CHECK(e.message().contains(QLatin1String("nothing was saved")));
        }
    }
    CHECK(contents(store) == before);
    auto db = Database::open(store);
    CHECK(db->damaged().isEmpty());
    CHECK(MaintenanceRepository(*db).check().isEmpty());
}
