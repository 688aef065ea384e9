#include "bench.h"

#include "geo/responsecoverage.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

// Response-coverage benchmarks over a synthetic province (~300 × 300 km): grids clustered in
// towns, platforms among them, and a jittered street lattice over the same area.
namespace BenchCoverage {

namespace {

using BenchMath::median;
using BenchMath::round1;
using BenchMath::worst;

constexpr double kRadius = 6371008.8;
constexpr double kDegree = 3.14159265358979323846 / 180;
constexpr double kCentreLon = 120.0;
constexpr double kCentreLat = 29.5;
constexpr double kSideMetres = 300000;

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

coverage::LonLat at(double east, double north)
{
    return {kCentreLon + east / (kRadius * std::cos(kCentreLat * kDegree) * kDegree),
            kCentreLat + north / (kRadius * kDegree)};
}

struct Province
{
    std::vector<coverage::Demand> demands;
    std::vector<coverage::Site> sites;
    std::vector<std::pair<double, double>> demandXY; // metres, for the brute-force baseline
    std::vector<std::pair<double, double>> siteXY;
};

// Towns of uneven size (a few cities, many small towns); platforms stand where people live.
Province makeProvince(int demandCount, int siteCount)
{
    std::mt19937_64 random(20261001);
    std::uniform_real_distribution<double> across(-kSideMetres / 2, kSideMetres / 2);
    std::uniform_real_distribution<double> unit(0, 1);
    struct Town
    {
        double x, y, spread, weight;
    };
    std::vector<Town> towns;
    double totalWeight = 0;
    for (int t = 0; t < 400; ++t) {
        const double size = std::pow(unit(random) + 0.02, -1.2); // Pareto-like
        towns.push_back({across(random), across(random), 800 + 700 * std::sqrt(size), size});
        totalWeight += size;
    }
    std::vector<double> cumulative;
    double running = 0;
    for (const Town &town : towns)
        cumulative.push_back(running += town.weight / totalWeight);
    std::normal_distribution<double> normal(0, 1);
    std::uniform_int_distribution<int> residents(0, 600);
    auto pickTown = [&]() -> const Town & {
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), unit(random));
        return towns[size_t(std::min<std::ptrdiff_t>(it - cumulative.begin(),
                                                     std::ptrdiff_t(towns.size()) - 1))];
    };
    Province p;
    for (int i = 0; i < demandCount; ++i) {
        const Town &town = pickTown();
        const double x = town.x + normal(random) * town.spread;
        const double y = town.y + normal(random) * town.spread;
        p.demands.push_back({at(x, y), residents(random), int(&town - towns.data()) % 90});
    }
    const double speeds[] = {30, 30, 30, 40, 40, 60};
    std::uniform_int_distribution<int> speedPick(0, 5);
    for (int i = 0; i < siteCount; ++i) {
        const Town &town = pickTown();
        const double x = town.x + normal(random) * town.spread * 1.5;
        const double y = town.y + normal(random) * town.spread * 1.5;
        p.sites.push_back({at(x, y), speeds[speedPick(random)]});
    }
    // The baseline measures in the model's plane (equirectangular at the demands' mean), so
    // that the two agree to rounding.
    double lon0 = 0;
    double lat0 = 0;
    for (const coverage::Demand &d : p.demands) {
        lon0 += d.at.lon / demandCount;
        lat0 += d.at.lat / demandCount;
    }
    const double ky = kRadius * kDegree;
    const double kx = ky * std::cos(lat0 * kDegree);
    p.demandXY.clear();
    for (const coverage::Demand &d : p.demands)
        p.demandXY.emplace_back((d.at.lon - lon0) * kx, (d.at.lat - lat0) * ky);
    for (const coverage::Site &s : p.sites)
        p.siteXY.emplace_back((s.at.lon - lon0) * kx, (s.at.lat - lat0) * ky);
    return p;
}

// A jittered street lattice of n × n crossings over the province: rows and columns are lines
// sharing their crossings.
coverage::RoadNetwork makeRoads(int n)
{
    std::mt19937_64 random(7);
    const double spacing = kSideMetres / (n - 1);
    std::uniform_real_distribution<double> jitter(-0.3 * spacing, 0.3 * spacing);
    std::vector<coverage::LonLat> nodes(size_t(n) * size_t(n));
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c)
            nodes[size_t(r) * size_t(n) + size_t(c)] = at(c * spacing - kSideMetres / 2 + jitter(random),
                                                          r * spacing - kSideMetres / 2 + jitter(random));
    }
    std::vector<coverage::RoadNetwork::Line> lines;
    for (int r = 0; r < n; ++r) {
        coverage::RoadNetwork::Line row;
        coverage::RoadNetwork::Line column;
        for (int c = 0; c < n; ++c) {
            row.push_back(nodes[size_t(r) * size_t(n) + size_t(c)]);
            column.push_back(nodes[size_t(c) * size_t(n) + size_t(r)]);
        }
        lines.push_back(std::move(row));
        lines.push_back(std::move(column));
    }
    return coverage::RoadNetwork::fromLines(lines);
}

// The naive straight-line way: every site for every demand.
double bruteForceMinutes(const Province &p, std::size_t demand, double detour)
{
    double best = std::numeric_limits<double>::infinity();
    const auto [dx, dy] = p.demandXY[demand];
    for (std::size_t s = 0; s < p.sites.size(); ++s) {
        const double ex = p.siteXY[s].first - dx;
        const double ey = p.siteXY[s].second - dy;
        best = std::min(best, std::sqrt(ex * ex + ey * ey) * detour
                                  / (p.sites[s].speedKmh * 1000.0 / 60.0));
    }
    return best;
}

} // namespace

QStringList names()
{
    return {QStringLiteral("coverage_ms"), QStringLiteral("coverage_road_ms"),
            QStringLiteral("suggest_ms")};
}

void run(Bench &bench)
{
    const bool quick = bench.options().quick;
    const int demandCount = quick ? 5000 : 400000;
    const int siteCount = quick ? 100 : 10000;
    const int latticeSide = quick ? 100 : 708; // 2·n·(n−1) edges: 19,800 or 1,001,112
    const int runs = quick ? 1 : 3;
    const QString only = bench.options().only;
    auto wanted = [&only](const char *name) { return QString::fromLatin1(name).startsWith(only); };

    bench.note(QStringLiteral("coverage: %1 demands, %2 sites").arg(demandCount).arg(siteCount));
    const Province province = makeProvince(demandCount, siteCount);
    const coverage::Settings settings;

    QElapsedTimer setup;
    setup.start();
    const coverage::ResponseCoverage straight(province.demands, settings);
    const double straightSetupMs = msSince(setup);

    // --- straight line ------------------------------------------------------------------
    double computeMedian = 0;
    if (wanted("coverage_ms") || wanted("suggest_ms")) {
        QList<double> times;
        coverage::Result result;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            result = straight.compute(province.sites);
            times << msSince(t);
        }
        computeMedian = median(times);
        const std::size_t sample = std::min<std::size_t>(2000, province.demands.size());
        QElapsedTimer brute;
        brute.start();
        int agree = 0;
        for (std::size_t i = 0; i < sample; ++i) {
            const std::size_t demand = i * province.demands.size() / sample;
            const double m = bruteForceMinutes(province, demand, settings.detourFactor);
            agree += std::abs(m - result.minutes[demand]) <= 1e-6 * std::max(1.0, m);
        }
        const double bruteMs = msSince(brute) * double(province.demands.size()) / double(sample);
        int within5 = 0;
        for (int band : result.band)
            within5 += band < 3;
        if (wanted("coverage_ms")) {
            bench.report({QStringLiteral("coverage_ms"), round1(computeMedian), QStringLiteral("ms"),
                          round1(bruteMs),
                          QJsonObject{{QStringLiteral("worst"), round1(worst(times))},
                                      {QStringLiteral("runs"), runs},
                                      {QStringLiteral("demands"), demandCount},
                                      {QStringLiteral("sites"), siteCount},
                                      {QStringLiteral("within_5_min"), within5},
                                      {QStringLiteral("setup_ms"), round1(straightSetupMs)},
                                      {QStringLiteral("agrees_with_baseline"),
                                       QStringLiteral("%1/%2").arg(agree).arg(sample)},
                                      {QStringLiteral("baseline_is"),
                                       QStringLiteral("brute force over all sites, %1 demands "
                                                      "scaled to all")
                                           .arg(sample)}}});
        }
    }

    // --- suggestions ----------------------------------------------------------------------
    if (wanted("suggest_ms")) {
        const int k = 10;
        QList<double> times;
        std::vector<coverage::Suggestion> chosen;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            chosen = straight.suggest(province.sites, k, 5);
            times << msSince(t);
        }
        std::int64_t added = 0;
        for (const coverage::Suggestion &s : chosen)
            added += s.residentsAdded;
        bench.report({QStringLiteral("suggest_ms"), round1(median(times)), QStringLiteral("ms"),
                      round1(computeMedian),
                      QJsonObject{{QStringLiteral("worst"), round1(worst(times))},
                                  {QStringLiteral("runs"), runs},
                                  {QStringLiteral("k"), k},
                                  {QStringLiteral("band_minutes"), 5},
                                  {QStringLiteral("suggested"), int(chosen.size())},
                                  {QStringLiteral("residents_added"), qint64(added)},
                                  {QStringLiteral("baseline_is"),
                                   QStringLiteral("one straight-line compute() of the same "
                                                  "data (suggest runs one, then lazy greedy)")}}});
    }

    // --- roads ------------------------------------------------------------------------------
    if (wanted("coverage_road_ms")) {
        bench.note(QStringLiteral("coverage: building a %1 × %1 street lattice").arg(latticeSide));
        QElapsedTimer build;
        build.start();
        const coverage::RoadNetwork roads = makeRoads(latticeSide);
        const double buildMs = msSince(build);
        const coverage::RoadNetwork::Stats stats = roads.stats();
        setup.restart();
        const coverage::ResponseCoverage onRoads(province.demands, settings, &roads);
        const double roadSetupMs = msSince(setup);
        QList<double> times;
        coverage::Result result;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            result = onRoads.compute(province.sites);
            times << msSince(t);
        }
        // Naive: one single-source pass per site (each a full Dijkstra and a sweep of the
        // demands), a sample of sites scaled to all.
        const std::size_t sample = std::min<std::size_t>(20, province.sites.size());
        QElapsedTimer naive;
        naive.start();
        for (std::size_t i = 0; i < sample; ++i)
            onRoads.compute({province.sites[i * province.sites.size() / sample]});
        const double naiveMs = msSince(naive) * double(province.sites.size()) / double(sample);
        int within5 = 0;
        for (int band : result.band)
            within5 += band < 3;
        bench.report({QStringLiteral("coverage_road_ms"), round1(median(times)), QStringLiteral("ms"),
                      round1(naiveMs),
                      QJsonObject{{QStringLiteral("worst"), round1(worst(times))},
                                  {QStringLiteral("runs"), runs},
                                  {QStringLiteral("edges"), qint64(stats.edges)},
                                  {QStringLiteral("nodes"), qint64(stats.nodes)},
                                  {QStringLiteral("components"), qint64(stats.components)},
                                  {QStringLiteral("demands"), demandCount},
                                  {QStringLiteral("sites"), siteCount},
                                  {QStringLiteral("within_5_min"), within5},
                                  {QStringLiteral("network_build_ms"), round1(buildMs)},
                                  {QStringLiteral("setup_ms"), round1(roadSetupMs)},
                                  {QStringLiteral("baseline_is"),
                                   QStringLiteral("one single-source pass per site, %1 sites "
                                                  "scaled to all")
                                       .arg(sample)}}});
    }
}

} // namespace BenchCoverage
