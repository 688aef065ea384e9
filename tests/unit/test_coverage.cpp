#include <catch2/catch.hpp>

#include "geo/responsecoverage.h"

#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace coverage;

namespace {

constexpr double kRadius = 6371008.8;
constexpr double kDegree = 3.14159265358979323846 / 180;
constexpr double kOriginLon = 120.0;
constexpr double kOriginLat = 30.0;

// A point `east` and `north` metres from 120°E 30°N (equirectangular, as the model measures).
LonLat at(double east, double north)
{
    return {kOriginLon + east / (kRadius * std::cos(kOriginLat * kDegree) * kDegree),
            kOriginLat + north / (kRadius * kDegree)};
}

Demand demandAt(double east, double north, std::int64_t residents = 100, int group = -1)
{
    return {at(east, north), residents, group};
}

Site siteAt(double east, double north, double speedKmh = 30)
{
    return {at(east, north), speedKmh};
}

std::int64_t residentsWithin(const ResponseCoverage &coverage, const Result &result,
                             double bandMinutes)
{
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < result.minutes.size(); ++i) {
        if (result.minutes[i] <= bandMinutes)
            sum += coverage.demands()[i].residents;
    }
    return sum;
}

// Towns: clusters of grids with uneven populations, over about 10 × 10 km.
std::vector<Demand> townDemands(int count, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> across(-5000, 5000);
    std::normal_distribution<double> spread(0, 600);
    std::uniform_int_distribution<int> people(0, 400);
    std::vector<std::pair<double, double>> towns;
    for (int t = 0; t < 6; ++t)
        towns.emplace_back(across(random), across(random));
    std::vector<Demand> demands;
    for (int i = 0; i < count; ++i) {
        const auto &town = towns[size_t(i % int(towns.size()))];
        demands.push_back(demandAt(town.first + spread(random), town.second + spread(random),
                                   people(random), i % 4));
    }
    return demands;
}

// A square street lattice: `n` × `n` crossings `spacing` metres apart, centred on the origin.
RoadNetwork lattice(int n, double spacing)
{
    std::vector<RoadNetwork::Line> lines;
    const double half = (n - 1) * spacing / 2;
    for (int r = 0; r < n; ++r) {
        RoadNetwork::Line row;
        RoadNetwork::Line column;
        for (int c = 0; c < n; ++c) {
            row.push_back(at(c * spacing - half, r * spacing - half));
            column.push_back(at(r * spacing - half, c * spacing - half));
        }
        lines.push_back(row);
        lines.push_back(column);
    }
    return RoadNetwork::fromLines(lines);
}

void checkPromise(const ResponseCoverage &coverage, const std::vector<Site> &sites,
                  double bandMinutes, int count)
{
    const std::vector<Suggestion> suggestions = coverage.suggest(sites, count, bandMinutes);
    REQUIRE_FALSE(suggestions.empty());
    std::int64_t promised = 0;
    std::vector<Site> withNew = sites;
    for (std::size_t k = 0; k < suggestions.size(); ++k) {
        CHECK(suggestions[k].residentsAdded > 0);
        if (k > 0)
            CHECK(suggestions[k].residentsAdded <= suggestions[k - 1].residentsAdded);
        promised += suggestions[k].residentsAdded;
        withNew.push_back({suggestions[k].at, coverage.settings().newSiteSpeedKmh});
    }
    const std::int64_t before = residentsWithin(coverage, coverage.compute(sites), bandMinutes);
    const std::int64_t after = residentsWithin(coverage, coverage.compute(withNew), bandMinutes);
    CHECK(after == before + promised);
}

} // namespace

TEST_CASE("A grid one kilometre from a platform is reached in the hand-computed time",
          "[coverage]")
{
    // 1 km straight × 1.4 detour = 1,400 m at 30 km/h (500 m a minute) = 2.8 minutes.
    ResponseCoverage coverage({demandAt(1000, 0)}, Settings{});
    const Result result = coverage.compute({siteAt(0, 0)});
    REQUIRE(result.minutes.size() == 1);
    CHECK(result.minutes[0] == Approx(2.8).epsilon(0.005));
    CHECK(result.band[0] == 1);
    CHECK(result.nearestSite[0] == 0);
    CHECK_FALSE(result.cancelled);
}

TEST_CASE("Grids just inside and just past 1, 3 and 5 minutes fall in the right band",
          "[coverage]")
{
    // 500 m of road a minute; straight metres = minutes × 500 / 1.4.
    const double perMinuteStraight = 500 / 1.4;
    const std::vector<double> minutes{0.999, 1.001, 2.999, 3.001, 4.999, 5.001};
    std::vector<Demand> demands;
    for (double m : minutes)
        demands.push_back(demandAt(m * perMinuteStraight, 0));
    ResponseCoverage coverage(demands, Settings{});
    const Result result = coverage.compute({siteAt(0, 0)});
    CHECK(result.band == std::vector<int>{0, 1, 1, 2, 2, 3});
    for (std::size_t i = 0; i < minutes.size(); ++i)
        CHECK(result.minutes[i] == Approx(minutes[i]).epsilon(0.005));
    CHECK(coverage.bandOf(1.0) == 0);
    CHECK(coverage.bandOf(3.0) == 1);
    CHECK(coverage.bandOf(5.0) == 2);
    CHECK(coverage.bandOf(5.0001) == 3);
}

TEST_CASE("A faster platform farther away can reach a grid first", "[coverage]")
{
    // Slow: 1 km × 1.4 at 15 km/h (250 m/min) = 5.6 min. Fast: 2 km × 1.4 at 60 km/h = 2.8 min.
    ResponseCoverage coverage({demandAt(0, 0)}, Settings{});
    const Result result = coverage.compute({siteAt(-1000, 0, 15), siteAt(2000, 0, 60)});
    CHECK(result.minutes[0] == Approx(2.8).epsilon(0.005));
    CHECK(result.nearestSite[0] == 1);
    CHECK(result.band[0] == 1);
}

TEST_CASE("Without any platform every grid is unreached and in the last band", "[coverage]")
{
    ResponseCoverage coverage({demandAt(0, 0), demandAt(5000, 0)}, Settings{});
    const Result result = coverage.compute({});
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(std::isinf(result.minutes[i]));
        CHECK(result.band[i] == 3);
        CHECK(result.nearestSite[i] == -1);
    }
}

TEST_CASE("Across a river with one bridge upstream, the grid opposite a platform gets the road "
          "time, not the straight one",
          "[coverage]")
{
    // Banks 200 m apart; the only crossing 3 km upstream: 3,000 + 200 + 3,000 m of road.
    std::vector<RoadNetwork::Line> lines{
        {at(0, -100), at(1500, -100), at(3000, -100)}, // south bank road
        {at(3000, -100), at(3000, 100)},               // the bridge
        {at(3000, 100), at(1500, 100), at(0, 100)},    // north bank road
    };
    const RoadNetwork roads = RoadNetwork::fromLines(lines);
    const RoadNetwork::Stats stats = roads.stats();
    CHECK(stats.lines == 3);
    CHECK(stats.nodes == 6);
    CHECK(stats.edges == 5);
    CHECK(stats.components == 1);
    CHECK(stats.lengthKm == Approx(6.2).epsilon(0.005));

    Settings settings;
    settings.walkInMetres = 100;
    ResponseCoverage coverage({demandAt(0, 100), demandAt(0, -100)}, settings, &roads);
    const Result result = coverage.compute({siteAt(0, -100)});
    CHECK(result.minutes[0] == Approx(6200.0 / 500).epsilon(0.005)); // 12.4, not 0.56
    CHECK(result.band[0] == 3);
    CHECK(result.nearestSite[0] == 0);
    CHECK(result.minutes[1] == Approx(0).margin(1e-9)); // on the platform's own bank
    CHECK(result.band[1] == 0);
}

TEST_CASE("A grid within walking distance of a platform is reached directly", "[coverage]")
{
    std::vector<RoadNetwork::Line> lines{
        {at(0, -100), at(3000, -100)}, {at(3000, -100), at(3000, 100)}, {at(3000, 100), at(0, 100)}};
    const RoadNetwork roads = RoadNetwork::fromLines(lines);
    Settings settings;
    settings.walkInMetres = 300;
    ResponseCoverage coverage({demandAt(0, 100)}, settings, &roads);
    const Result result = coverage.compute({siteAt(0, -100)});
    CHECK(result.minutes[0] == Approx(200 * 1.4 / 500).epsilon(0.005)); // 0.56 min
    CHECK(result.nearestSite[0] == 0);
}

TEST_CASE("With topology kept, roads that cross without a shared vertex do not connect; with "
          "one they do",
          "[coverage]")
{
    Settings settings;
    settings.walkInMetres = 0;
    const std::vector<Demand> demands{demandAt(0, 1000)};
    const std::vector<Site> sites{siteAt(-1000, 0)};

    const RoadNetwork overpass = RoadNetwork::fromLines(
        {{at(-1000, 0), at(1000, 0)}, {at(0, -1000), at(0, 1000)}}, 1, false);
    CHECK(overpass.stats().nodes == 4);
    CHECK(overpass.stats().edges == 2);
    CHECK(overpass.stats().components == 2);
    ResponseCoverage apart(demands, settings, &overpass);
    const Result unreached = apart.compute(sites);
    CHECK(std::isinf(unreached.minutes[0]));
    CHECK(unreached.nearestSite[0] == -1);

    const RoadNetwork crossroads = RoadNetwork::fromLines(
        {{at(-1000, 0), at(0, 0), at(1000, 0)}, {at(0, -1000), at(0, 0), at(0, 1000)}});
    CHECK(crossroads.stats().nodes == 5);
    CHECK(crossroads.stats().edges == 4);
    CHECK(crossroads.stats().components == 1);
    ResponseCoverage joined(demands, settings, &crossroads);
    const Result reached = joined.compute(sites);
    CHECK(reached.minutes[0] == Approx(2000.0 / 500).epsilon(0.005)); // 4 min
    CHECK(reached.nearestSite[0] == 0);
}

TEST_CASE("By default roads join where they cross or where one ends on another", "[coverage]")
{
    Settings settings;
    settings.walkInMetres = 0;
    // A plus sign drawn as two straight lines (no vertex at the crossing), and a side street
    // that stops 0.6 m short of the east-west road (a T-junction digitised by hand).
    const RoadNetwork roads = RoadNetwork::fromLines(
        {{at(-1000, 0), at(1000, 0)}, {at(0, -1000), at(0, 1000)},
         {at(500, 0.6), at(500, 800)}});
    CHECK(roads.stats().components == 1);
    // The four ends of the plus, the side street's two ends (its foot now also a vertex of the
    // east-west road) and the crossing.
    CHECK(roads.stats().nodes == 4 + 2 + 1);
    CHECK(roads.stats().lengthKm == Approx(4.8).epsilon(0.001));

    // From the west end: 1 km east to the crossing, 1 km north = 2 km at 30 km/h = 4 min.
    const std::vector<Site> sites{siteAt(-1000, 0)};
    ResponseCoverage coverage({demandAt(0, 1000), demandAt(500, 800)}, settings, &roads);
    const Result result = coverage.compute(sites);
    CHECK(result.minutes[0] == Approx(2000.0 / 500).epsilon(0.005));
    // 1.5 km east to the foot of the side street, 0.8 km up it (its 0.6 m gap is snapped).
    CHECK(result.minutes[1] == Approx(2300.0 / 500).epsilon(0.005));
}

TEST_CASE("A scrap of road cut off from the network does not strand the grid beside it",
          "[coverage]")
{
    Settings settings;
    settings.walkInMetres = 0;
    // The main road runs 2 km east; a 20 m piece lies 40 m from the grid, 100 m from the road.
    const RoadNetwork roads = RoadNetwork::fromLines(
        {{at(0, 0), at(1000, 0), at(2000, 0)}, {at(1990, 140), at(2010, 140)}});
    CHECK(roads.stats().components == 2);
    CHECK(roads.stats().strandedNodes == 2);
    ResponseCoverage coverage({demandAt(2000, 100)}, settings, &roads);
    const Result result = coverage.compute({siteAt(0, 0)});
    // 2 km on the road, then the 100 m walk-in × 1.4: 2,140 m at 30 km/h.
    CHECK(result.minutes[0] == Approx(2140.0 / 500).epsilon(0.005));
    CHECK(result.nearestSite[0] == 0);
}

TEST_CASE("On the roads each grid is credited to the platform that reaches it first",
          "[coverage]")
{
    const RoadNetwork roads = RoadNetwork::fromLines(
        {{at(0, 0), at(1000, 0), at(2000, 0), at(2900, 0), at(4000, 0)}});
    Settings settings;
    settings.walkInMetres = 0;
    ResponseCoverage coverage({demandAt(900, 0), demandAt(2900, 0)}, settings, &roads);
    const Result result = coverage.compute({siteAt(0, 0), siteAt(4000, 0)});
    CHECK(result.nearestSite == std::vector<int>{0, 1});
    // 1,000 m of road to the node at 1 km, then 100 m × 1.4 back to the grid.
    CHECK(result.minutes[0] == Approx(1140.0 / 500).epsilon(0.005));
    CHECK(result.minutes[1] == Approx(1100.0 / 500).epsilon(0.005)); // 1,100 m of road
    CHECK(result.band == std::vector<int>{1, 1});
}

TEST_CASE("Road ends less than the snapping distance apart join", "[coverage]")
{
    const RoadNetwork roads = RoadNetwork::fromLines(
        {{at(0, 0), at(1000, 0)}, {at(1000.4, 0.3), at(2000, 0)}}, 1);
    CHECK(roads.stats().nodes == 3);
    CHECK(roads.stats().components == 1);
    const RoadNetwork strict = RoadNetwork::fromLines(
        {{at(0, 0), at(1000, 0)}, {at(1002, 0), at(2000, 0)}}, 1);
    CHECK(strict.stats().nodes == 4);
    CHECK(strict.stats().components == 2);
    CHECK(RoadNetwork::fromLines({{at(0, 0)}}).empty());
}

TEST_CASE("The band summary per band and per township adds up to the totals", "[coverage]")
{
    const std::vector<Demand> demands = townDemands(2000, 11);
    ResponseCoverage coverage(demands, Settings{});
    const std::vector<Site> sites{siteAt(0, 0), siteAt(2500, -1500, 40), siteAt(-3000, 2000)};
    const Result result = coverage.compute(sites);
    const Summary summary = coverage.summarize(result);
    REQUIRE(summary.all.residents.size() == 4);
    REQUIRE(summary.byGroup.size() == 4);

    const std::int64_t totalResidents = std::accumulate(
        demands.begin(), demands.end(), std::int64_t(0),
        [](std::int64_t s, const Demand &d) { return s + d.residents; });
    CHECK(std::accumulate(summary.all.residents.begin(), summary.all.residents.end(),
                          std::int64_t(0))
          == totalResidents);
    CHECK(std::accumulate(summary.all.grids.begin(), summary.all.grids.end(), 0) == 2000);
    for (int band = 0; band < 4; ++band) {
        std::int64_t residents = 0;
        int grids = 0;
        for (const BandTotals &group : summary.byGroup) {
            residents += group.residents[size_t(band)];
            grids += group.grids[size_t(band)];
        }
        CHECK(residents == summary.all.residents[size_t(band)]);
        CHECK(grids == summary.all.grids[size_t(band)]);
    }
    CHECK(summary.all.grids[0] > 0);
    CHECK(summary.all.grids[3] > 0);
}

TEST_CASE("Suggested platforms go first to the densest uncovered cluster", "[coverage]")
{
    // Three villages 20 km apart: 1,000, 600 and 500 residents; no platform yet.
    std::vector<Demand> demands;
    for (int i = 0; i < 10; ++i) {
        demands.push_back(demandAt(20000 + i * 10, 0, 50));  // 500
        demands.push_back(demandAt(i * 10, 0, 100));          // 1,000
        demands.push_back(demandAt(-20000 + i * 10, 0, 60)); // 600
    }
    ResponseCoverage coverage(demands, Settings{});
    const std::vector<Suggestion> s = coverage.suggest({}, 10, 5);
    REQUIRE(s.size() == 3); // stops early: nobody is left to bring in
    CHECK(s[0].residentsAdded == 1000);
    CHECK(s[0].gridsAdded == 10);
    CHECK(std::abs(s[0].at.lon - kOriginLon) < 0.01);
    CHECK(s[1].residentsAdded == 600);
    CHECK(s[1].at.lon < kOriginLon);
    CHECK(s[2].residentsAdded == 500);
    CHECK(s[2].at.lon > kOriginLon);
}

TEST_CASE("No platform is suggested when everybody is already covered", "[coverage]")
{
    std::vector<Demand> demands{demandAt(0, 0), demandAt(200, 0), demandAt(0, 200),
                                demandAt(5000, 0, 0)}; // the far grid has nobody living in it
    ResponseCoverage coverage(demands, Settings{});
    CHECK(coverage.suggest({siteAt(0, 0)}, 5, 3).empty());
}

TEST_CASE("Suggested platforms bring in exactly the residents they promise (straight line)",
          "[coverage]")
{
    ResponseCoverage coverage(townDemands(3000, 5), Settings{});
    checkPromise(coverage, {siteAt(0, 0), siteAt(3000, 3000, 45)}, 3, 8);
    checkPromise(coverage, {}, 5, 5);
}

TEST_CASE("Suggested platforms bring in exactly the residents they promise (roads)",
          "[coverage]")
{
    const RoadNetwork roads = lattice(41, 250);
    REQUIRE(roads.stats().components == 1);
    Settings settings;
    settings.walkInMetres = 150;
    ResponseCoverage coverage(townDemands(3000, 9), settings, &roads);
    checkPromise(coverage, {siteAt(0, 0), siteAt(-2000, 1000, 45)}, 3, 8);
    checkPromise(coverage, {}, 1, 6);
}

TEST_CASE("Bad coverage settings are explained, naming the setting", "[coverage]")
{
    CHECK(Settings{}.problem().isEmpty());
    Settings s;
    s.bandMinutes = {3, 1, 5};
    CHECK(s.problem().contains(QStringLiteral("ascending")));
    s = Settings{};
    s.bandMinutes = {0, 3};
    CHECK(s.problem().contains(QStringLiteral("band")));
    s = Settings{};
    s.bandMinutes = {};
    CHECK(s.problem().contains(QStringLiteral("band")));
    s = Settings{};
    s.detourFactor = 0.9;
    CHECK(s.problem().contains(QStringLiteral("detour")));
    s = Settings{};
    s.walkInMetres = -1;
    CHECK(s.problem().contains(QStringLiteral("walk-in")));
    s = Settings{};
    s.snapMetres = 0;
    CHECK(s.problem().contains(QStringLiteral("snapping")));
    s = Settings{};
    s.newSiteSpeedKmh = 0;
    CHECK(s.problem().contains(QStringLiteral("speed")));
}

TEST_CASE("Raising the cancel flag stops the coverage computation", "[coverage]")
{
    ResponseCoverage coverage(townDemands(20000, 3), Settings{});
    std::atomic_bool cancel{true};
    CHECK(coverage.compute({siteAt(0, 0)}, &cancel).cancelled);
    CHECK(coverage.suggest({siteAt(0, 0)}, 3, 3, &cancel).empty());

    const RoadNetwork roads = lattice(30, 300);
    ResponseCoverage onRoads(townDemands(20000, 3), Settings{}, &roads);
    CHECK(onRoads.compute({siteAt(0, 0)}, &cancel).cancelled);
    cancel = false;
    CHECK_FALSE(onRoads.compute({siteAt(0, 0)}, &cancel).cancelled);
}
