#pragma once

#include "domain/region.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

class Database;

// Writes region boundaries that come from a GIS import: upsert by code. An existing region keeps
// its id, population, worker and the rest; only its outline, derived figures and name change,
// and only when they differ, so importing the same file again writes nothing.
// The caller holds the WriteTransaction.
class RegionWriter
{
public:
    explicit RegionWriter(Database &db) : m_db(db) {}

    // A region row as far as an import cares.
    struct Stored
    {
        QString id;
        QString code;
        QString name;
        RegionLevel level = RegionLevel::Grid;
        QString parentCode;
        bool deleted = false;
        qint64 rev = 0;
    };
    // The row with this code, live or deleted (a code stays taken by a tombstone).
    std::optional<Stored> byCode(const QString &code) const;

    struct Boundary
    {
        QString code;
        QString name;
        RegionLevel level = RegionLevel::Grid;
        QString parentCode;   // empty for a county
        QString kind;         // used for a new region only
        bool urban = false;   // used for a new region only
        QByteArray wkb;       // geo::toWkb of the lon/lat shape
        double areaKm2 = 0;
        QPointF centroid;     // lon, lat
        QRectF bbox;          // lon/lat
    };
    enum class Outcome { Inserted, Updated, Unchanged };
    // What upsert() would do with this boundary now, without writing.
    Outcome plan(const Boundary &boundary) const;
    // Inserts a new code; updates an existing one (reviving a tombstone) when its name or shape
    // differ, with a new revision; else leaves it as it is. Does not judge whether the level or
    // parent fit: the importer does that first. Throws StoreError.
    Outcome upsert(const Boundary &boundary, const QString &actor, qint64 now);

private:
    Database &m_db;
};
