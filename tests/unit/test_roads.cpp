#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "geo/responsecoverage.h"
#include "io/roadimport.h"
#include "store/coveragerepository.h"
#include "store/database.h"
#include "store/roadrepository.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>
#include <map>

namespace {

QString geoDir()
{
    return QStringLiteral(PINGAN_SHARED_GEO_DIR);
}

bool haveGeoData()
{
    return QDir(geoDir()).exists(QStringLiteral("SOURCES.md"));
}

#define REQUIRE_GEO_DATA()                                                                   \
    if (!haveGeoData()) {                                                                    \
        WARN("skipped: no shared GIS data at " << geoDir().toStdString());                   \
        return;                                                                              \
    }

QString roadsFile()
{
    return QDir(geoDir()).filePath(QStringLiteral("hangzhou_xiacheng/xiacheng_main_roads.geojson"));
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// Length of a lon/lat polyline on the local plane (equirectangular at each segment's mean
// latitude, R = 6,378,137 m): an independent formula from the import's haversine.
double planeLengthM(const QJsonArray &coords)
{
    double m = 0;
    for (int i = 1; i < coords.size(); ++i) {
        const QJsonArray a = coords.at(i - 1).toArray();
        const QJsonArray b = coords.at(i).toArray();
        const double k = 6378137.0 * M_PI / 180;
        const double lat = (a.at(1).toDouble() + b.at(1).toDouble()) / 2 * M_PI / 180;
        m += std::hypot((b.at(0).toDouble() - a.at(0).toDouble()) * k * std::cos(lat),
                        (b.at(1).toDouble() - a.at(1).toDouble()) * k);
    }
    return m;
}

} // namespace

TEST_CASE("Road import reads the Xiacheng main roads and replaces the stored network",
          "[roads]")
{
    REQUIRE_GEO_DATA();
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    RoadImportOptions o;
    o.file = roadsFile();
    const RoadImportPreview preview = RoadImport::read(o);
    INFO(preview.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(preview.ok());
    CHECK(preview.featuresRead == 46);
    CHECK(preview.lines.size() == 46);
    CHECK(preview.nameField == QLatin1String("RNAME"));
    CHECK(preview.lines.front().name == QStringLiteral("环城东路"));

    // The length against our own sum over the file's coordinates.
    QFile f(o.file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    double expectedM = 0;
    for (const QJsonValue &feature :
         QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray()) {
        expectedM += planeLengthM(feature.toObject()
                                      .value(QStringLiteral("geometry"))
                                      .toObject()
                                      .value(QStringLiteral("coordinates"))
                                      .toArray());
    }
    REQUIRE(expectedM > 10000); // tens of km of main roads in a 6 km × 10 km district
    CHECK(preview.lengthKm() * 1000 == Approx(expectedM).epsilon(0.005));

    const RoadImportSummary first = RoadImport::write(*db, preview, RoadImport::Mode::Replace,
                                                      QStringLiteral("tester"));
    CHECK(first.inserted == 46);
    CHECK(first.removed == 0);
    RoadRepository repo(*db);
    CHECK(repo.lines().size() == 46);
    CHECK(repo.summary().lengthKm * 1000 == Approx(expectedM).epsilon(0.005));

    const RoadImportSummary second = RoadImport::write(*db, preview, RoadImport::Mode::Replace,
                                                       QStringLiteral("tester"));
    CHECK(second.removed == 46);
    CHECK(second.inserted == 46);
    CHECK(second.liveLines == 46);
    CHECK(repo.lines().size() == 46);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM road WHERE deleted = 1")) == 46);

    const RoadImportSummary appended = RoadImport::write(*db, preview, RoadImport::Mode::Append,
                                                         QStringLiteral("tester"));
    CHECK(appended.removed == 0);
    CHECK(appended.liveLines == 92);

    // The stored lines come back vertex for vertex and make a plausible network.
    const auto lines = repo.lines();
    REQUIRE(lines.size() == 92);
    CHECK(lines[0].size() == preview.lines[0].points.size());
    CHECK(lines[0][0].lon == preview.lines[0].points[0].lon);
    const auto roads = repo.roads();
    REQUIRE(roads.size() == 92);
    for (std::size_t i = 0; i < roads.size(); ++i) {
        const RoadImportLine &read = preview.lines[i % 46];
        INFO(i);
        CHECK(roads[i].name == read.name);
        CHECK(roads[i].kind == read.kind);
        REQUIRE(roads[i].points.size() == read.points.size());
        for (std::size_t v = 0; v < read.points.size(); ++v) {
            CHECK(roads[i].points[v].lon == read.points[v].lon);
            CHECK(roads[i].points[v].lat == read.points[v].lat);
        }
    }
    const coverage::RoadNetwork network = coverage::RoadNetwork::fromLines(preview.networkLines());
    const coverage::RoadNetwork::Stats stats = network.stats();
    CHECK(stats.lines == 46);
    CHECK(stats.lengthKm * 1000 == Approx(expectedM).epsilon(0.01));
    CHECK(stats.nodes >= 2);
    CHECK(stats.components >= 1);
    CHECK(stats.components <= 46);
}

TEST_CASE("Road import refuses files without lines and writes nothing", "[roads]")
{
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    // A network already stored stays as it is.
    RoadImportPreview stored;
    stored.options.file = QStringLiteral("memory");
    RoadImportLine l;
    l.points = {{120.15, 30.28}, {120.16, 30.28}};
    stored.lines.push_back(l);
    RoadImport::write(*db, stored, RoadImport::Mode::Replace, QStringLiteral("tester"));

    const QString points = tmp.path(QStringLiteral("stations.geojson"));
    {
        QFile f(points);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[120.15,30.28]}},
            {"type":"Feature","properties":{"name":"b"},"geometry":{"type":"Point","coordinates":[120.16,30.29]}}]})");
    }
    RoadImportOptions o;
    o.file = points;
    const RoadImportPreview preview = RoadImport::read(o);
    REQUIRE_FALSE(preview.ok());
    CHECK(preview.errors.first().contains(points));
    CHECK(preview.errors.first().contains(QLatin1String("Point")));
    CHECK_THROWS_AS(RoadImport::write(*db, preview, RoadImport::Mode::Replace,
                                      QStringLiteral("tester")),
                    RoadImportError);
    CHECK(RoadRepository(*db).summary().lines == 1);

    // A mixed file: the feature that is not a line is named.
    const QString mixed = tmp.path(QStringLiteral("mixed.geojson"));
    {
        QFile f(mixed);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"a"},"geometry":{"type":"LineString","coordinates":[[120.15,30.28],[120.16,30.28]]}},
            {"type":"Feature","properties":{"name":"b"},"geometry":{"type":"Polygon","coordinates":[[[120.15,30.28],[120.16,30.28],[120.16,30.29],[120.15,30.28]]]}}]})");
    }
    o.file = mixed;
    const RoadImportPreview bad = RoadImport::read(o);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errors.join(QLatin1Char('\n')).contains(mixed + QStringLiteral(": feature 1")));
    CHECK(RoadRepository(*db).summary().lines == 1);

    // Projected coordinates without a CRS.
    const QString projected = tmp.path(QStringLiteral("projected.geojson"));
    {
        QFile f(projected);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[500000,3300000],[501000,3300000]]}}]})");
    }
    o.file = projected;
    const RoadImportPreview noCrs = RoadImport::read(o);
    REQUIRE_FALSE(noCrs.ok());
    CHECK(noCrs.errors.first().contains(projected));
    CHECK(noCrs.errors.first().contains(QLatin1String("--source-crs")));
    o.sourceCrs = QStringLiteral("EPSG:4547");
    const RoadImportPreview withCrs = RoadImport::read(o);
    INFO(withCrs.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(withCrs.ok());
    REQUIRE(withCrs.lines.size() == 1);
    CHECK(withCrs.lines[0].lengthM == Approx(1000).epsilon(0.01));
}

TEST_CASE("Coverage settings default, round-trip and are validated", "[roads][coverage]")
{
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    CoverageRepository repo(*db);
    QString problem;
    coverage::Settings s = repo.settings(&problem);
    CHECK(problem.isEmpty());
    CHECK(s.bandMinutes == std::vector<double>{1, 3, 5});
    CHECK(s.detourFactor == 1.4);

    s.bandMinutes = {2, 4, 8, 15};
    s.detourFactor = 1.25;
    s.walkInMetres = 200;
    s.newSiteSpeedKmh = 40;
    repo.setSettings(s, QStringLiteral("tester"));
    const coverage::Settings back = repo.settings(&problem);
    CHECK(problem.isEmpty());
    CHECK(back.bandMinutes == s.bandMinutes);
    CHECK(back.detourFactor == 1.25);
    CHECK(back.walkInMetres == 200);
    CHECK(back.newSiteSpeedKmh == 40);

    coverage::Settings wrong = s;
    wrong.bandMinutes = {5, 3};
    CHECK_THROWS_AS(repo.setSettings(wrong, QStringLiteral("tester")), StoreError);
    CHECK(repo.settings().bandMinutes == s.bandMinutes);

    coverage::Settings parsed;
    CHECK_FALSE(CoverageRepository::settingsFromJson(QStringLiteral("{\"detour\":0.5}"), &parsed,
                                                     &problem));
    CHECK_FALSE(problem.isEmpty());
}

TEST_CASE("Over the real Xiacheng main roads every grid is reached, never faster than the "
          "crow flies",
          "[roads][coverage]")
{
    REQUIRE_GEO_DATA();
    RoadImportOptions o;
    o.file = roadsFile();
    const RoadImportPreview preview = RoadImport::read(o);
    REQUIRE(preview.ok());
    // The file draws each road on its own: crossings carry no shared vertex. Joined only at
    // shared vertices the roads fall into 16 pieces; joined at crossings, into a few.
    const coverage::RoadNetwork topology
        = coverage::RoadNetwork::fromLines(preview.networkLines(), 1, false);
    const coverage::RoadNetwork roads = coverage::RoadNetwork::fromLines(preview.networkLines());
    CHECK(topology.stats().components == 16);
    CHECK(roads.stats().components < 8);

    // The district's grids (centroids of their outer rings), six platforms among them.
    QFile f(QDir(geoDir()).filePath(QStringLiteral("hangzhou_xiacheng/xiacheng_grids.geojson")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    std::vector<coverage::Demand> demands;
    for (const QJsonValue &feature :
         QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray()) {
        const QJsonArray ring = feature.toObject()
                                    .value(QStringLiteral("geometry"))
                                    .toObject()
                                    .value(QStringLiteral("coordinates"))
                                    .toArray()
                                    .at(0)
                                    .toArray();
        double lon = 0, lat = 0;
        for (const QJsonValue &c : ring) {
            lon += c.toArray().at(0).toDouble();
            lat += c.toArray().at(1).toDouble();
        }
        demands.push_back({{lon / double(ring.size()), lat / double(ring.size())}, 1000, -1});
    }
    REQUIRE(demands.size() == 332);
    std::vector<coverage::Site> sites;
    for (std::size_t i = 0; i < demands.size(); i += 60)
        sites.push_back({demands[i].at, 30});

    coverage::Settings settings;
    settings.walkInMetres = 0;
    const coverage::ResponseCoverage overRoads(demands, settings, &roads);
    const coverage::Result byRoad = overRoads.compute(sites);
    settings.detourFactor = 1; // the crow's flight: a lower bound for any way by road
    const coverage::ResponseCoverage straight(demands, settings);
    const coverage::Result byAir = straight.compute(sites);
    int reached = 0;
    int slower = 0;
    for (std::size_t i = 0; i < demands.size(); ++i) {
        reached += std::isfinite(byRoad.minutes[i]);
        CHECK(byRoad.minutes[i] >= byAir.minutes[i] - 1e-6);
        slower += byRoad.minutes[i] > byAir.minutes[i] * 1.05;
    }
    CHECK(reached == 332);
    CHECK(slower > 300); // the main roads are a coarse grid: most trips bend
}

TEST_CASE("Coverage inputs hold every live grid with its township, and the live platforms",
          "[roads][coverage]")
{
    TempStore tmp;
    const QString path = tmp.path(QStringLiteral("county.db"));
    {
        auto file = Database::open(path);
        DemoOptions options;
        options.scale = 0.1;
        REQUIRE(DemoGenerator(*file).generate(options).created);
        // One grid nobody has placed yet.
        QSqlQuery q = file->prepare(QStringLiteral(
            "UPDATE region SET centroid_lon = NULL, centroid_lat = NULL WHERE code = "
            "(SELECT max(code) FROM region WHERE level = 3 AND deleted = 0)"));
        Database::exec(q);
    }
    auto db = storetest::storeFrom(path);
    const CoverageRepository::Inputs in = CoverageRepository(*db).load();

    // Row by row: the live grids with a centroid, in code order, with their parents.
    struct Row
    {
        QString parent;
        int level = -1;
        QString name;
    };
    std::map<QString, Row> regions;
    QStringList placed;
    std::map<QString, std::pair<double, double>> centroids;
    std::map<QString, qint64> population;
    int unplaced = 0;
    QSqlQuery q = db->prepare(QStringLiteral(
        "SELECT code, coalesce(parent_code, ''), level, name, centroid_lon, centroid_lat, "
        "population, deleted FROM region ORDER BY code"));
    Database::exec(q);
    while (q.next()) {
        const QString code = q.value(0).toString();
        regions[code] = {q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()};
        if (q.value(2).toInt() != 3 || q.value(7).toInt() != 0)
            continue;
        if (q.value(4).isNull()) {
            ++unplaced;
            continue;
        }
        placed << code;
        centroids[code] = {q.value(4).toDouble(), q.value(5).toDouble()};
        population[code] = q.value(6).toLongLong();
    }
    CHECK(unplaced == 1);
    CHECK(in.gridsWithoutCentroid == 1);
    REQUIRE(placed.size() > 10);
    REQUIRE(in.grids.size() == std::size_t(placed.size()));
    QStringList townshipCodes;
    for (std::size_t i = 0; i < in.grids.size(); ++i) {
        const CoverageRepository::Grid &g = in.grids[i];
        INFO(g.code.toStdString());
        CHECK(g.code == placed.at(qsizetype(i)));
        CHECK(g.population == population[g.code]);
        CHECK(g.centroid.lon == Approx(centroids[g.code].first).margin(1e-9));
        CHECK(g.centroid.lat == Approx(centroids[g.code].second).margin(1e-9));
        const Row &village = regions[g.villageCode];
        CHECK(village.level == 2);
        CHECK(regions[g.code].parent == g.villageCode);
        CHECK(g.townshipCode == village.parent);
        CHECK(g.countyCode == regions[g.townshipCode].parent);
        REQUIRE(g.township >= 0);
        CHECK(in.townships[std::size_t(g.township)].code == g.townshipCode);
        CHECK(in.townships[std::size_t(g.township)].name == regions[g.townshipCode].name);
        if (!townshipCodes.contains(g.townshipCode))
            townshipCodes << g.townshipCode;
    }
    townshipCodes.sort();
    REQUIRE(in.townships.size() == std::size_t(townshipCodes.size()));
    for (std::size_t i = 0; i < in.townships.size(); ++i)
        CHECK(in.townships[i].code == townshipCodes.at(qsizetype(i)));

    // Platforms: live and not retired, by code, with their speed.
    QSqlQuery p = db->prepare(QStringLiteral(
        "SELECT code, speed_kmh FROM platform WHERE deleted = 0 AND "
        "(retired_on IS NULL OR retired_on = '') ORDER BY code"));
    Database::exec(p);
    std::size_t n = 0;
    while (p.next()) {
        REQUIRE(n < in.platforms.size());
        CHECK(in.platforms[n].code == p.value(0).toString());
        CHECK(in.platforms[n].speedKmh == p.value(1).toDouble());
        ++n;
    }
    CHECK(n == in.platforms.size());
    CHECK(n > 0);
}
