#pragma once

#include <QList>
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

private:
    Database &m_db;
};
