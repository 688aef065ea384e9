#pragma once

#include <QList>
#include <QPointF>
#include <QString>

class Database;

// What the map draws as points: patrol platforms where they stand, unfinished disputes counted
// per grid (disputes carry their grid, not coordinates), and recent incidents where called.
class MapPointsRepository
{
public:
    explicit MapPointsRepository(Database &db) : m_db(db) {}

    struct Platform
    {
        QString id;
        QString name;
        QString kind; // rapid_police, patrol, community_watch
        QPointF lonLat;
    };
    struct GridDisputes
    {
        QString gridCode;
        int open = 0;  // unfinished (not closed or withdrawn)
        int major = 0; // of which major (重大)
    };

    // Live platforms not retired.
    QList<Platform> platforms() const;
    QList<GridDisputes> openDisputesByGrid() const;
    // Incidents called at or after `sinceMs` that have coordinates.
    QList<QPointF> incidentsSince(qint64 sinceMs) const;

private:
    Database &m_db;
};
