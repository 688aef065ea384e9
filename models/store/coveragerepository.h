#pragma once

#include "geo/responsecoverage.h"

#include <QString>

#include <vector>

class Database;

// The response-coverage engine's inputs as the store holds them: grids (demand, with their
// village, township and county), live platforms (sites) and the coverage settings.
class CoverageRepository
{
public:
    static inline const QString SettingsKey = QStringLiteral("coverage.settings");

    struct Township
    {
        QString code;
        QString name;
    };

    struct Grid
    {
        QString code;
        QString name;
        QString villageCode;    // the parent chain; empty where it is missing
        QString townshipCode;
        QString countyCode;
        int township = -1;      // index into Inputs::townships; -1 none
        coverage::LonLat centroid;
        qint64 population = 0;
    };

    struct Platform
    {
        QString id;
        QString code;
        QString name;
        QString kind;           // rapid_police, patrol, community_watch
        coverage::LonLat at;
        double speedKmh = 30;
    };

    // Everything one coverage run needs, read in one go.
    struct Inputs
    {
        std::vector<Grid> grids;            // live grids with a centroid, by code
        std::vector<Township> townships;    // the grids' townships, by code
        std::vector<Platform> platforms;    // live, not retired, by code
        coverage::Settings settings;
        int gridsWithoutCentroid = 0;       // live grids left out: nowhere to place them

        // Parallel to grids / platforms; Demand::group = Grid::township.
        std::vector<coverage::Demand> demands() const;
        std::vector<coverage::Site> sites() const;
    };

    explicit CoverageRepository(Database &db)
        : m_db(db)
    {}

    Inputs load() const;
    // Live grids with their parent chain, in one query; townships filled from them.
    std::vector<Grid> grids(std::vector<Township> *townships = nullptr,
                            int *withoutCentroid = nullptr) const;
    std::vector<Platform> platforms() const;

    // The stored settings (JSON {"bands":[1,3,5],"detour":1.4,"walk_in_m":300,
    // "new_site_speed_kmh":30,"join_crossings":true}); the defaults when none are stored or the stored ones are not
    // usable (then *problem says why). Missing members keep their defaults.
    coverage::Settings settings(QString *problem = nullptr) const;
    // Stores settings in their own transaction; throws StoreError naming the setting when
    // Settings::problem() finds one.
    void setSettings(const coverage::Settings &settings, const QString &actor);

    // The JSON form, as stored and as the CLI prints it.
    static QString settingsJson(const coverage::Settings &settings);
    // Parses the JSON form over the defaults; nullopt-like: returns false with *problem set.
    static bool settingsFromJson(const QString &json, coverage::Settings *settings,
                                 QString *problem);

private:
    Database &m_db;
};
