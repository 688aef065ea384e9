#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "store/database.h"
#include "store/maintenancerepository.h"
#include "store/migrator.h"
#include "store/regionrepository.h"
#include "store/storeerror.h"

#include <QFile>
#include <QSqlQuery>

namespace {

QString pragma(Database &db, const char *name)
{
    QSqlQuery q = db.prepare(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("A new store is created at the newest schema with the house settings", "[store]")
{
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 1);
    if (storetest::kOnPostgres) {
        // Text is UTF-8 and compares by code point, as in a file.
        QSqlQuery q = db->prepare(QStringLiteral("SELECT current_setting('server_encoding')"));
        Database::exec(q);
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("UTF8"));
    } else {
        CHECK(pragma(*db, "journal_mode") == QLatin1String("wal"));
        CHECK(pragma(*db, "foreign_keys") == QLatin1String("1"));
        CHECK(pragma(*db, "synchronous") == QLatin1String("2"));   // FULL
        CHECK(pragma(*db, "busy_timeout").toInt() >= 1000);
    }
    CHECK_FALSE(db->isReadOnly());
    CHECK(db->damaged().isEmpty());
    CHECK(db->nodeId().size() == 36);
}

TEST_CASE("Every syncable table has the sync columns", "[store]")
{
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    const QStringList local = {QStringLiteral("node"), QStringLiteral("app_user"),
                               QStringLiteral("audit_log"), QStringLiteral("audit_anchor"),
                               QStringLiteral("security_setting"), QStringLiteral("node_key"),
                               QStringLiteral("sync_peer"), QStringLiteral("sync_received"),
                               QStringLiteral("change_log"), QStringLiteral("sync_guard"),
                               QStringLiteral("case_serial")};
    const QStringList syncColumns = {QStringLiteral("id"), QStringLiteral("rev"),
                                     QStringLiteral("origin"), QStringLiteral("updated_at"),
                                     QStringLiteral("updated_by"), QStringLiteral("deleted")};
    const QStringList tables = MaintenanceRepository(*db).tables();
    for (const char *expected : {"region", "person", "mediation_body", "dispute", "dispute_event",
                                 "platform", "patrol_shift", "incident", "survey_wave",
                                 "survey_response", "survey_scheme", "holiday", "app_user",
                                 "audit_log", "setting"}) {
        CHECK(tables.contains(QLatin1String(expected)));
    }
    for (const QString &table : tables) {
        if (local.contains(table))
            continue;
        QSqlQuery q = db->prepare(
            storetest::kOnPostgres
                ? QStringLiteral("SELECT column_name FROM information_schema.columns "
                                 "WHERE table_schema = current_schema() AND table_name = ?")
                : QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        q.addBindValue(table);
        Database::exec(q);
        QStringList cols;
        while (q.next())
            cols << q.value(0).toString();
        for (const QString &c : syncColumns) {
            INFO(table.toStdString() << " lacks " << c.toStdString());
            CHECK(cols.contains(c));
        }
    }
}

TEST_CASE("Reopening a store runs no migration twice and keeps the node id", "[store]")
{
    TempStore tmp;
    QString node;
    QString address;
    {
        auto db = storetest::freshStore(tmp.path());
        node = db->nodeId();
        address = storetest::addressOf(*db);
    }
    auto db = Database::open(address);
    CHECK(Migrator(*db).migrate() == 0);
    CHECK(db->nodeId() == node);
}

// A server store is made at the newest version in one step (resources/sql/pg).
TEST_CASE("Migrations run from every older version to the newest", "[store][migration][file]")
{
    for (int from = 0; from < Migrator::latestVersion(); ++from) {
        INFO("from version " << from);
        TempStore tmp;
        {
            auto old = Database::open(tmp.path(), Database::Mode::ReadWrite, false);
            Migrator(*old).migrateTo(from);
            REQUIRE(old->schemaVersion() == from);
        }
        auto db = Database::open(tmp.path());
        CHECK(db->schemaVersion() == Migrator::latestVersion());
        CHECK(MaintenanceRepository(*db).check().isEmpty());
        CHECK(MaintenanceRepository(*db).tables().contains(QLatin1String("dispute")));
    }
}

TEST_CASE("A failed write transaction leaves the store as it was", "[store]")
{
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    auto countSettings = [&db] {
        QSqlQuery q = db->prepare(QStringLiteral("SELECT count(*) FROM setting"));
        Database::exec(q);
        return q.next() ? q.value(0).toInt() : -1;
    };
    try {
        WriteTransaction tx(*db);
        QSqlQuery ins = db->prepare(QStringLiteral(
            "INSERT INTO setting (id, key, value, rev, origin, updated_at) VALUES (?, ?, ?, 1, ?, 0)"));
        ins.addBindValue(QStringLiteral("a"));
        ins.addBindValue(QStringLiteral("k"));
        ins.addBindValue(QStringLiteral("v"));
        ins.addBindValue(db->nodeId());
        Database::exec(ins);
        // The same key again violates UNIQUE: the whole transaction must go.
        ins.bindValue(0, QStringLiteral("b"));
        Database::exec(ins);
        tx.commit();
        FAIL("the duplicate key was accepted");
    } catch (const StoreError &e) {
        // SQLite: "UNIQUE constraint failed"; PostgreSQL: "violates unique constraint"
        CHECK(e.text().contains(QLatin1String("unique"), Qt::CaseInsensitive));
    }
    CHECK(countSettings() == 0);
}

TEST_CASE("A file that is not a database is refused with its name", "[store][file]")
{
    TempStore tmp;
    QFile f(tmp.path(QStringLiteral("notes.db")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    try {
        Database::open(tmp.path(QStringLiteral("notes.db")));
        FAIL("a text file was opened as a database");
    } catch (const StoreError &e) {
        CHECK(e.text().contains(QLatin1String("notes.db")));
    }
}

TEST_CASE("Region codes nest by prefix", "[domain]")
{
    CHECK(RegionCodes::levelOf(QStringLiteral("431199000000")) == RegionLevel::County);
    CHECK(RegionCodes::levelOf(QStringLiteral("431199101000")) == RegionLevel::Township);
    CHECK(RegionCodes::levelOf(QStringLiteral("431199101203")) == RegionLevel::Village);
    CHECK(RegionCodes::levelOf(QStringLiteral("431199101203007")) == RegionLevel::Grid);
    CHECK(RegionCodes::descendantPrefix(QStringLiteral("431199101000"), RegionLevel::Township)
          == QLatin1String("431199101"));
    CHECK_FALSE(RegionCodes::isValid(QStringLiteral("43119910100A")));
}

TEST_CASE("A store opens read-only without changing it", "[store]")
{
    TempStore tmp;
    QString address;
    QMap<QString, QByteArray> before;
    {
        auto db = storetest::freshStore(tmp.path());
        address = storetest::addressOf(*db);
        before = MaintenanceRepository(*db).contentHashes();
    }
    QByteArray bytes;
    QFile f(tmp.path());
    if (!storetest::kOnPostgres) {
        REQUIRE(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
        f.close();
    }
    {
        auto db = Database::open(address, Database::Mode::ReadOnly);
        CHECK(db->isReadOnly());
        CHECK(db->schemaVersion() == Migrator::latestVersion());
        CHECK_THROWS_AS(WriteTransaction(*db), StoreError);
        // The server refuses writes on a read-only connection too, not only this program.
        QSqlQuery ins = db->prepare(QStringLiteral(
            "INSERT INTO setting (id, key, value, rev, origin, updated_at) VALUES ('x', 'k', 'v', 1, 'n', 0)"));
        CHECK_THROWS_AS(Database::exec(ins), StoreError);
    }
    auto db = Database::open(address, Database::Mode::ReadOnly);
    CHECK(MaintenanceRepository(*db).contentHashes() == before);
    if (!storetest::kOnPostgres) {
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == bytes);
    }
}

TEST_CASE("A damaged store opens read-only and says what is wrong", "[store][file]")
{
    TempStore tmp;
    {
        auto db = Database::open(tmp.path());
        WriteTransaction tx(*db);
        QSqlQuery ins = db->prepare(QStringLiteral(
            "INSERT INTO setting (id, key, value, rev, origin, updated_at) VALUES (?, ?, ?, 1, ?, 0)"));
        for (int i = 0; i < 3000; ++i) {
            ins.bindValue(0, QStringLiteral("id-%1").arg(i));
            ins.bindValue(1, QStringLiteral("key-%1").arg(i));
            ins.bindValue(2, QString(200, QLatin1Char('v')));
            ins.bindValue(3, db->nodeId());
            Database::exec(ins);
        }
        tx.commit();
    }
    {
        QFile f(tmp.path());
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 100 * 4096);
        f.seek(f.size() / 2 - (f.size() / 2) % 4096);
        f.write(QByteArray(4096 * 8, '\x5a'));
    }
    auto db = Database::open(tmp.path());
    CHECK(db->isReadOnly());
    CHECK_FALSE(db->damaged().isEmpty());
    CHECK_FALSE(MaintenanceRepository(*db).check().isEmpty());
}
