#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

class Database;

// Whole-store questions: row counts per table and integrity checks.
class MaintenanceRepository
{
public:
    explicit MaintenanceRepository(Database &db) : m_db(db) {}

    // The data tables of the schema, in schema order (no SQLite internals, no index shadows).
    QStringList tables() const;
    // Row count of every data table, in the order of tables().
    QList<QPair<QString, qint64>> rowCounts() const;
    // Full integrity_check and foreign_key_check; returns the problems found (empty = sound).
    QStringList check() const;
    // A SHA-256 of each data table's content (rows in any order give the same hash): equal
    // hashes mean equal data. For tests that prove a refused command changed nothing.
    QMap<QString, QByteArray> contentHashes() const;

private:
    // The survey's kept counts that differ from the responses they count.
    QStringList surveyTallyProblems() const;

    Database &m_db;
};
