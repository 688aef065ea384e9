#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>

// Administrative level of a region (区划): county → township → village/community → grid.
enum class RegionLevel : int { County = 0, Township = 1, Village = 2, Grid = 3 };

// A region as stored: codes follow the 12-digit statistical division code (6 county + 3
// township + 3 village); a grid code appends a 3-digit serial (15 digits).
struct Region
{
    QString id;            // uuid
    QString code;
    QString name;
    RegionLevel level = RegionLevel::Grid;
    QString kind;          // 县, 镇, 乡, 街道, 村, 社区, 网格
    QString parentCode;    // empty for the county
    bool urban = false;
    qint64 population = 0;
    qint64 households = 0;
    double areaKm2 = 0;
    QPointF centroid;      // lon, lat
    QRectF bbox;           // lon/lat: x = min lon, y = min lat, width/height in degrees
    QByteArray wkb;        // (multi)polygon in lon/lat
    QString workerId;      // grid worker (person id), grids only
};

namespace RegionCodes {

// Number of leading code digits that identify a region of this level and its descendants.
int prefixLength(RegionLevel level);
// The code prefix shared by a region and everything under it (e.g. 9 digits for a township).
QString descendantPrefix(const QString &code, RegionLevel level);
// The level a code denotes: 15 digits = grid; else by which 3-digit groups are zero.
RegionLevel levelOf(const QString &code);
bool isValid(const QString &code);

} // namespace RegionCodes

// "county", "township", "village", "grid" (CLI and JSON) and back; returns false when unknown.
QString regionLevelKey(RegionLevel level);
bool regionLevelFromKey(const QString &key, RegionLevel *level);
// User-visible name of a level, translated (县/乡镇/村社区/网格).
QString regionLevelLabel(RegionLevel level);
