#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>

#include <array>
#include <vector>

// The parameters of the demo county, read from data/demo-county.json (resource
// ":/data/demo-county.json"): names, townships, mixes, templates. Counts are at scale 1.
struct DemoCountySpec
{
    struct Township
    {
        QString name;
        QString kind;        // 街道, 镇, 乡
        QString terrain;     // urban, plain, hill, mountain
        double angleDeg = 0; // direction from the county seat (0 = east, counter-clockwise)
        double radius = 0;   // fraction of the county's radius in that direction
        int villages = 0;    // 村 at scale 1
        int communities = 0; // 社区 at scale 1
        double surveyBase = 0;
        double surveyTrend = 0;   // change of the survey latent per wave
    };
    struct GridProfile
    {
        int gridsMin = 1, gridsMax = 1;
        int householdsMin = 1, householdsMax = 1;
        double personsMin = 3, personsMax = 3;
    };
    struct Category
    {
        QString key;
        double urban = 1, rural = 1;          // relative frequency
        std::array<double, 12> season{};       // month multipliers, January first
        std::array<double, 3> levels{};        // village, township, county
        QString countyBody;                    // kind of the county body for county-level cases
        std::array<double, 3> complexity{};    // general, complex, major
        int amountMin = 0, amountMax = 0;
        int partiesMin = 2, partiesMax = 2;
        QStringList titles;      // case templates: titles[i] goes with summaries[i]
        QStringList summaries;
    };
    struct Weighted
    {
        QString key;
        double weight = 1;
    };
    struct CountyBody
    {
        QString name;
        QString kind;
        int mediators = 3;
    };

    // County
    QString countyName;
    QString countyShortName;
    QString countyCode;          // 12 digits
    double seatLon = 0, seatLat = 0;
    double areaKm2 = 1800;
    int outlineVertices = 240;
    double outlineOffsetXKm = 0, outlineOffsetYKm = 0;
    struct Bulge
    {
        double angleDeg, amount, widthDeg;   // the outline reaches further in this direction
    };
    std::vector<Bulge> bulges;

    // Period of the history
    QDate start;
    QDate end;
    QTime endTime;
    int utcOffsetHours = 8;
    double disputes = 20000;
    double yearlyTrend = 0;

    std::vector<Township> townships;
    GridProfile urbanCommunity, townCommunity, village, mountainVillage;

    // Names
    std::vector<Weighted> surnames;
    QString maleChars, femaleChars;
    QString villageFirst, villageSecond, villageFamilies;
    QStringList urbanCommunities, townCommunities, estates, companies, companyTrades, shops,
        hospitals, roads, propertyCompanies;

    std::vector<Category> categories;
    std::vector<Weighted> sources;

    // Mediation
    double villageCommitteeShare = 0.3;
    int villageMediatorsMin = 2, villageMediatorsMax = 3;
    int townshipMediatorsMin = 4, townshipMediatorsMax = 6;
    std::vector<CountyBody> countyBodies;

    // Patrol
    int rapidPolice = 12, patrol = 38, communityWatch = 70, shiftDays = 90;
    int incidents = 4000, incidentDays = 90;
    std::vector<Weighted> incidentKinds;

    // Survey
    QString firstWave;   // e.g. 2024Q3
    int waves = 8;
    int responsesPerWave = 4000;
    std::vector<Weighted> surveyMethods;
    QString schemeName;
    QJsonObject scheme;

    // Reads the resource copy (":/data/demo-county.json"). Throws std::runtime_error when the
    // file is missing or malformed.
    static DemoCountySpec load(const QString &path = QStringLiteral(":/data/demo-county.json"));
};
