#pragma once

// The store a test runs against. unit_tests use SQLite files; pg_tests compile the same test
// files with PINGAN_TEST_ON_POSTGRES and run them against fresh databases on the PostgreSQL
// server that ctest starts (tests/pg/pgserver.sh; its address is in the file named by
// PINGAN_TEST_PG_URL_FILE). Data a test needs is made in a SQLite file first (the demo
// generator writes SQLite) and copied in whole (store/storecopier.h).

#include "pgtestserver.h"
#include "store/database.h"
#include "store/storecopier.h"

#include <catch2/catch.hpp>

#include <memory>

namespace storetest {

#ifdef PINGAN_TEST_ON_POSTGRES
constexpr bool kOnPostgres = true;
#else
constexpr bool kOnPostgres = false;
#endif

// postgresql://USER@127.0.0.1:PORT/postgres of the test server; fails the test without one.
inline QString serverUrl()
{
    QString error;
    const QString url = pgtest::serverUrl(&error);
    if (url.isEmpty())
        FAIL(error.toStdString());
    return url;
}

// A new, empty database on the test server; its address.
inline QString newServerDatabase()
{
    QString error;
    const QString address = pgtest::newServerDatabase(&error);
    if (address.isEmpty())
        FAIL(error.toStdString());
    return address;
}

// A new, empty store: the file `path` (created), or a new database on the test server.
inline std::unique_ptr<Database> freshStore(const QString &path)
{
    if (!kOnPostgres)
        return Database::open(path);
    return Database::open(newServerDatabase());
}

// The store a test works on, holding what the SQLite file `path` holds: the file itself, or a
// new server database with a copy of it.
inline std::unique_ptr<Database> storeFrom(const QString &path)
{
    if (!kOnPostgres)
        return Database::open(path);
    const QString address = newServerDatabase();
    {
        auto file = Database::open(path);
        auto server = Database::open(address);
        StoreCopier(*file, *server).copy();
    }
    return Database::open(address);
}

// Where a second connection to the same store opens it (path for Database::open).
inline QString addressOf(const Database &db)
{
    return db.path();
}

} // namespace storetest
