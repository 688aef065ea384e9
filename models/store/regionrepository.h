#pragma once

#include "domain/region.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// Reads regions (区划). Writing regions is done by importers and the demo generator.
class RegionRepository
{
public:
    explicit RegionRepository(Database &db) : m_db(db) {}

    struct Query
    {
        std::optional<RegionLevel> level;
        QString parentCode;          // direct children of this region only, when set
        bool withGeometry = false;   // also read the WKB
    };
    // Live regions ordered by code.
    QList<Region> list(const Query &query) const;
    std::optional<Region> byCode(const QString &code, bool withGeometry = false) const;
    // The county (level 0); nullopt on an empty store.
    std::optional<Region> county() const;
    qint64 count(RegionLevel level) const;
    // Up to `limit` live children of `parentCode` whose codes sort after `afterCode` (empty:
    // from the first), ordered by code: one batch of a lazily loaded tree.
    QList<Region> children(const QString &parentCode, const QString &afterCode, int limit) const;
    // Live regions of every level.
    qint64 countAll() const;

private:
    Database &m_db;
};
