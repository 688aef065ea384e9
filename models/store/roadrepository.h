#pragma once

#include "geo/responsecoverage.h"

#include <QByteArray>
#include <QString>

#include <vector>

class Database;

// The stored road network (table `road`): lines in lon/lat with a name and a kind, written by
// the road import and read whole to build the coverage engine's RoadNetwork.
class RoadRepository
{
public:
    // One line as stored: at least two vertices, lon/lat WGS84/CGCS2000.
    struct Road
    {
        QString name;
        QString kind;
        coverage::RoadNetwork::Line points;
    };

    struct Summary
    {
        qint64 lines = 0;      // live rows
        double lengthKm = 0;   // their summed length
    };

    explicit RoadRepository(Database &db)
        : m_db(db)
    {}

    // Writes: call inside the caller's WriteTransaction (the import writes a whole network
    // in one). `rev` is the revision every written row gets (see nextRevision()).
    // Tombstones every live road; returns how many.
    int removeAll(const QString &actor, qint64 now, qint64 rev);
    // Inserts one road (fewer than two vertices: throws StoreError); returns its id.
    QString insert(const Road &road, const QString &actor, qint64 now, qint64 rev);
    // A revision later than any road's, and than the clock's at `now`.
    qint64 nextRevision(qint64 now) const;

    // Every live line, in the order written (ready for RoadNetwork::fromLines).
    std::vector<coverage::RoadNetwork::Line> lines() const;
    // Every live road with its name and kind.
    std::vector<Road> roads() const;
    Summary summary() const;

    // Great-circle length of a polyline in metres (haversine, R = 6,371,008.8 m).
    static double lengthMetres(const coverage::RoadNetwork::Line &line);
    // WKB LineString (little-endian, 2D) and back; fromWkb returns false on anything else.
    static QByteArray toWkb(const coverage::RoadNetwork::Line &line);
    static bool fromWkb(const char *data, std::size_t size, coverage::RoadNetwork::Line *line);

private:
    Database &m_db;
};
