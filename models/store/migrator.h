#pragma once

#include <QString>
#include <QStringList>

class Database;

// Brings a store to the newest schema by running the numbered SQL files under
// resources/sql (0001_*.sql, 0002_*.sql, …), each in its own transaction, and records the
// version in PRAGMA user_version. A PostgreSQL store runs resources/sql/pg instead (it starts
// at step 10, the whole schema at once) and records the version in the schema_version table.
class Migrator
{
public:
    explicit Migrator(Database &db) : m_db(db) {}

    // Runs every step newer than the file's version; returns how many ran.
    int migrate();
    // Runs steps up to and including `version` only (used by tests to build older files).
    int migrateTo(int version);

    static int latestVersion();
    static QStringList stepFiles(bool postgres = false);   // resource paths, in order

private:
    Database &m_db;
};
