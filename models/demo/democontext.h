#pragma once

#include "democountyspec.h"
#include "demogenerator.h"
#include "demopeople.h"
#include "demorandom.h"

#include "geo/geometry.h"
#include "store/demowriter.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

// Internal to the demo generator: the county as planned in memory while it is written, shared
// by the stages (geography, mediation, patrol, disputes, survey).

struct DemoGrid
{
    QByteArray code;        // 15 digits
    int village = 0;
    int population = 0;
    int households = 0;
    double lon = 0, lat = 0;          // a point inside the grid
    double halfLon = 0, halfLat = 0;  // half the bbox size, degrees
    QByteArray workerId;
    QString workerName;
};

struct DemoVillage
{
    QByteArray code;        // 12 digits
    QString name;
    int township = 0;
    bool community = false; // 社区 (else 村)
    bool urban = false;
    int firstGrid = 0;
    int gridCount = 0;
    qint64 population = 0;
    qint64 households = 0;
    double lon = 0, lat = 0;               // a point inside
    std::vector<geo::Point> spots;         // a few random points inside (lon/lat)
    int body = -1;                         // its committee (its own or its area's)
    double surveyEffect = 0;
};

struct DemoTownship
{
    QByteArray code;
    QString name;
    QString stem;           // name without 镇/乡/街道
    QString kind;
    QString terrain;
    bool urban = false;
    int firstVillage = 0;
    int villageCount = 0;
    qint64 population = 0;
    qint64 households = 0;
    double lon = 0, lat = 0;   // the township seat
    int body = -1;
    std::vector<int> clerks;   // indices into DemoContext::staff
    double surveyBase = 0, surveyTrend = 0;
};

struct DemoStaff
{
    QByteArray id;
    QString name;
};

struct DemoBody
{
    QByteArray id;
    QString name;
    QByteArray kind;
    int level = 0;             // 0 county, 1 township, 2 village
    QByteArray regionCode;
    std::vector<int> mediators;   // indices into DemoContext::staff
};

struct DemoPlatform
{
    QByteArray id;
    QByteArray kind;
    int township = 0;
    int village = -1;
    double lon = 0, lat = 0;
    double speedKmh = 30;
    int staff = 0, volunteers = 0;
    int dutyFrom = 0, dutyTo = 24;   // local hours
    QDate openedOn;
};

// Thrown when the progress callback asks to stop; the transaction then rolls back.
struct DemoCancelled
{
};

class DemoContext
{
public:
    DemoContext(const DemoCountySpec &spec, const DemoOptions &options, DemoWriter &writer,
                const DemoGenerator::Progress &progress);

    const DemoCountySpec &spec;
    DemoOptions options;
    double gridScale = 1;
    DemoWriter &writer;
    DemoPeople people;
    DemoRandom master;

    QByteArray countyCode;
    std::vector<DemoTownship> townships;
    std::vector<DemoVillage> villages;
    std::vector<DemoGrid> grids;
    std::vector<DemoStaff> staff;
    std::vector<DemoBody> bodies;
    std::vector<DemoPlatform> platforms;
    std::vector<int> countyOfficers;    // staff of the county center
    int countyCommittee = -1;           // body index

    qint64 dataTime = 0;   // updated_at of rows that are not history (UTC ms)
    qint64 nowMs = 0;      // the end of the history (UTC ms)
    qint64 regionsWritten = 0;

    // Local calendar day and time → UTC epoch ms (and back).
    qint64 toMs(const QDate &day, double secondsOfDay) const;
    QDate localDay(qint64 ms) const;
    double localHour(qint64 ms) const;

    // Reports progress within [from, to] of the whole run; throws DemoCancelled on a stop.
    // `stage` is an English source text of context "DemoGenerator" (QT_TRANSLATE_NOOP).
    void progress(double from, double to, double fraction, const char *stage);
    // A new row id: a version-4 UUID from the seeded generator whose first 32 bits count up
    // from a seeded start (see DemoRandom::orderedUuid).
    QByteArray newId(DemoRandom &rng) { return rng.orderedUuid(m_idSequence++); }
    // A random interior point of a village (lon/lat).
    geo::Point spotIn(DemoRandom &rng, int village) const;

private:
    DemoGenerator::Progress m_progress;
    int m_lastPercent = -1;
    std::uint32_t m_idSequence = 0;
};

// The stages, in order.
void buildGeography(DemoContext &ctx);
void buildMediation(DemoContext &ctx);
void buildPatrol(DemoContext &ctx);
void buildDisputes(DemoContext &ctx, DemoGenerator::Result &result);
void buildSurvey(DemoContext &ctx, DemoGenerator::Result &result);
