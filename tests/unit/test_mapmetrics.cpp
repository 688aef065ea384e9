#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "domain/pinyininitials.h"
#include "store/database.h"
#include "store/disputerepository.h"
#include "store/mapmetricsrepository.h"
#include "store/mappointsrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlQuery>

#include <array>
#include <cmath>
#include <iostream>
#include <map>
#include <memory>

namespace {

// The demo history ends on 2026-11-15 at 17:30 local time.
const QDateTime kAsOf(QDate(2026, 11, 15), QTime(23, 0));

// A small demo county, generated once per test process; tests that write copy it.
struct MapCounty
{
    TempStore tmp;
    QString path;      // the SQLite file
    QString address;   // the store the tests read: the file, or a server copy (pg_tests)

    MapCounty()
    {
        path = tmp.path(QStringLiteral("county.db"));
        {
            auto db = Database::open(path);
            DemoOptions options;
            options.scale = 0.3;
            REQUIRE(DemoGenerator(*db).generate(options).created);
        }
        address = storetest::addressOf(*storetest::storeFrom(path));
    }
};

const MapCounty &county()
{
    static MapCounty instance;
    return instance;
}

std::unique_ptr<Database> openCounty()
{
    return Database::open(county().address);
}

// A writable copy of the county store.
std::unique_ptr<Database> copyOfCounty(const TempStore &tmp)
{
    const QString path = tmp.path(QStringLiteral("copy.db"));
    REQUIRE(QFile::copy(county().path, path));
    return storetest::storeFrom(path);
}

void exec(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q);
}

// Per-grid figures counted here from every dispute row, without SQL aggregates.
struct PlainGrid
{
    qint64 open = 0;
    qint64 overdue = 0;
    qint64 majorOpen = 0;
    qint64 majorOverdue = 0;
    qint64 last30 = 0;
};

std::map<QString, PlainGrid> plainGridFigures(Database &db, const QDateTime &asOf)
{
    std::map<QString, PlainGrid> out;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT grid_code, status, due_on, is_major, reported_at, deleted FROM dispute"));
    Database::exec(q);
    const qint64 asOfMs = asOf.toMSecsSinceEpoch();
    const QString today = asOf.date().toString(Qt::ISODate);
    while (q.next()) {
        if (q.value(5).toInt() != 0)
            continue;
        PlainGrid &g = out[q.value(0).toString()];
        const QString status = q.value(1).toString();
        const qint64 reported = q.value(4).toLongLong();
        const bool major = q.value(3).toInt() == 1;
        if (reported >= asOfMs - 30LL * 86400000 && reported < asOfMs)
            ++g.last30;
        if (reported >= asOfMs || status == QLatin1String("closed")
            || status == QLatin1String("withdrawn"))
            continue;
        ++g.open;
        g.majorOpen += major;
        const bool running = status == QLatin1String("accepted")
                             || status == QLatin1String("routed")
                             || status == QLatin1String("mediating");
        const QString due = q.value(2).toString();
        if (running && !due.isEmpty() && due < today) {
            ++g.overdue;
            g.majorOverdue += major;
        }
    }
    return out;
}

// code → parent code of every live region.
std::map<QString, QString> parents(Database &db)
{
    std::map<QString, QString> out;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT code, coalesce(parent_code, '') FROM region WHERE deleted = 0"));
    Database::exec(q);
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toString();
    return out;
}

// Figures that add up from children to parents.
struct Sums
{
    qint64 population = 0, households = 0, open = 0, overdue = 0, majorOpen = 0,
           majorOverdue = 0, last30 = 0;
    void add(const MapRegionFigures &r)
    {
        population += r.population;
        households += r.households;
        open += r.open;
        overdue += r.overdue;
        majorOpen += r.majorOpen;
        majorOverdue += r.majorOverdue;
        last30 += r.lastThirtyDays;
    }
    bool operator==(const Sums &) const = default;
};

Sums sumsOf(const MapRegionFigures &r)
{
    Sums s;
    s.add(r);
    return s;
}

} // namespace

TEST_CASE("Map metrics per grid agree with counts taken row by row", "[mapmetrics]")
{
    auto db = openCounty();
    MapMetricsRepository repo(*db);
    const MapMetrics m = repo.metrics(RegionLevel::Grid, kAsOf);
    const std::map<QString, PlainGrid> plain = plainGridFigures(*db, kAsOf);

    QSqlQuery grids = db->prepare(QStringLiteral(
        "SELECT code, population FROM region WHERE level = 3 AND deleted = 0 ORDER BY code"));
    Database::exec(grids);
    size_t n = 0;
    qint64 totalOpen = 0, totalOverdue = 0, totalLast30 = 0;
    while (grids.next()) {
        const QString code = grids.value(0).toString();
        const int i = m.indexOf(code);
        REQUIRE(i == int(n));
        const MapRegionFigures &r = m.regions[size_t(i)];
        CHECK(r.code == code);
        CHECK(r.population == grids.value(1).toLongLong());
        const auto it = plain.find(code);
        const PlainGrid g = it == plain.end() ? PlainGrid() : it->second;
        INFO(code.toStdString());
        CHECK(r.open == g.open);
        CHECK(r.overdue == g.overdue);
        CHECK(r.majorOpen == g.majorOpen);
        CHECK(r.majorOverdue == g.majorOverdue);
        CHECK(r.lastThirtyDays == g.last30);
        totalOpen += r.open;
        totalOverdue += r.overdue;
        totalLast30 += r.lastThirtyDays;
        ++n;
    }
    CHECK(n == m.regions.size());
    // The demo county is alive at its end: these are not all zero.
    CHECK(totalOpen > 10);
    CHECK(totalOverdue > 0);
    CHECK(totalLast30 > 10);

    // Overdue is the dispute queue's Overdue queue, grid by grid.
    DisputeFilter filter;
    filter.queue = DisputeQueue::Overdue;
    filter.today = kAsOf.date();
    const QHash<QString, DisputeRepository::Counts> queue
        = DisputeRepository(*db).countsByChild(filter, 15);
    qint64 queueTotal = 0;
    for (auto it = queue.cbegin(); it != queue.cend(); ++it) {
        const int i = m.indexOf(it.key());
        REQUIRE(i >= 0);
        CHECK(m.regions[size_t(i)].overdue == it.value().total);
        queueTotal += it.value().total;
    }
    CHECK(queueTotal == totalOverdue);

    // The values of each metric follow the figures.
    const std::vector<double> rate = m.values(MapMetric::OpenPerThousand);
    const std::vector<double> overdue = m.values(MapMetric::Overdue);
    REQUIRE(rate.size() == m.regions.size());
    for (size_t i = 0; i < m.regions.size(); ++i) {
        const MapRegionFigures &r = m.regions[i];
        if (r.population > 0)
            CHECK(rate[i] == Approx(double(r.open) * 1000.0 / double(r.population)));
        else
            CHECK(std::isnan(rate[i]));
        CHECK(overdue[i] == double(r.overdue));
    }
}

TEST_CASE("Village, township and county figures are the sums of their grids", "[mapmetrics]")
{
    auto db = openCounty();
    MapMetricsRepository repo(*db);
    const std::map<QString, QString> parent = parents(*db);
    const MapMetrics grids = repo.metrics(RegionLevel::Grid, kAsOf);
    const MapMetrics villages = repo.metrics(RegionLevel::Village, kAsOf);
    const MapMetrics townships = repo.metrics(RegionLevel::Township, kAsOf);
    const MapMetrics counties = repo.metrics(RegionLevel::County, kAsOf);
    REQUIRE(villages.regions.size() > 10);
    REQUIRE(townships.regions.size() > 3);
    REQUIRE(counties.regions.size() == 1);

    std::map<QString, Sums> byVillage;
    for (const MapRegionFigures &g : grids.regions)
        byVillage[parent.at(g.code)].add(g);
    for (const MapRegionFigures &v : villages.regions) {
        INFO(v.code.toStdString());
        CHECK(sumsOf(v) == byVillage[v.code]);
    }
    std::map<QString, Sums> byTownship;
    for (const MapRegionFigures &v : villages.regions)
        byTownship[parent.at(v.code)].add(v);
    Sums all;
    for (const MapRegionFigures &t : townships.regions) {
        INFO(t.code.toStdString());
        CHECK(sumsOf(t) == byTownship[t.code]);
        all.add(t);
    }
    CHECK(sumsOf(counties.regions.front()) == all);
    CHECK(all.open > 0);

    // The rate of a township is its open cases over its residents (not an average of rates).
    const MapRegionFigures &t = townships.regions.front();
    REQUIRE(t.population > 0);
    CHECK(*t.openPerThousand() == Approx(double(t.open) * 1000.0 / double(t.population)));
}

TEST_CASE("A region without residents has no open rate", "[mapmetrics]")
{
    TempStore tmp;
    auto db = copyOfCounty(tmp);
    MapMetricsRepository repo(*db);
    const MapMetrics before = repo.metrics(RegionLevel::Grid, kAsOf);
    // The grid with the most open cases loses its residents.
    size_t busiest = 0;
    for (size_t i = 0; i < before.regions.size(); ++i) {
        if (before.regions[i].open > before.regions[busiest].open)
            busiest = i;
    }
    const QString code = before.regions[busiest].code;
    QSqlQuery q = db->prepare(QStringLiteral("UPDATE region SET population = 0 WHERE code = ?"));
    q.addBindValue(code);
    Database::exec(q);

    const MapMetrics after = repo.metrics(RegionLevel::Grid, kAsOf);
    const int i = after.indexOf(code);
    CHECK_FALSE(after.regions[size_t(i)].openPerThousand());
    CHECK(std::isnan(after.values(MapMetric::OpenPerThousand)[size_t(i)]));
    // Counts are still there.
    CHECK(after.values(MapMetric::Overdue)[size_t(i)] == double(after.regions[size_t(i)].overdue));
    CHECK(after.regions[size_t(i)].open == before.regions[busiest].open);
}

TEST_CASE("The security rate comes from the latest wave, per village", "[mapmetrics]")
{
    auto db = openCounty();
    MapMetricsRepository repo(*db);
    const MapMetrics villages = repo.metrics(RegionLevel::Village, kAsOf);
    REQUIRE(villages.available(MapMetric::SecurityRate));
    CHECK(villages.surveyWave == QStringLiteral("2026Q3"));
    CHECK(villages.unavailableReason(MapMetric::SecurityRate).isEmpty());

    // Independently: every response of the wave read row by row, 1–3 counted positive.
    std::map<QString, std::pair<qint64, qint64>> plain;
    QSqlQuery q = db->prepare(QStringLiteral(
        "SELECT r.region_code, r.security FROM survey_response r JOIN survey_wave w "
        "ON w.id = r.wave_id WHERE w.name = '2026Q3' AND r.deleted = 0"));
    Database::exec(q);
    while (q.next()) {
        const int answer = q.value(1).toInt();
        if (answer == 0)
            continue;
        auto &p = plain[q.value(0).toString()];
        ++p.first;
        p.second += answer <= 3;
    }
    const std::vector<double> rates = villages.values(MapMetric::SecurityRate);
    int withData = 0;
    for (size_t i = 0; i < villages.regions.size(); ++i) {
        const auto it = plain.find(villages.regions[i].code);
        INFO(villages.regions[i].code.toStdString());
        if (it == plain.end()) {
            CHECK(std::isnan(rates[i]));
        } else {
            CHECK(rates[i] == Approx(double(it->second.second) / double(it->second.first)));
            ++withData;
        }
    }
    CHECK(withData > 10);

    // Grids show their village's rate.
    const MapMetrics grids = repo.metrics(RegionLevel::Grid, kAsOf);
    const std::map<QString, QString> parent = parents(*db);
    for (const MapRegionFigures &g : grids.regions) {
        const MapRegionFigures &v = villages.regions[size_t(villages.indexOf(parent.at(g.code)))];
        CHECK(g.surveyAnswers == v.surveyAnswers);
        CHECK(g.surveyScore == v.surveyScore);
    }

    // An earlier as-of time takes the wave current then.
    const MapMetrics earlier
        = repo.metrics(RegionLevel::Township, QDateTime(QDate(2025, 2, 10), QTime(12, 0)));
    CHECK(earlier.surveyWave == QStringLiteral("2025Q1"));
    // Before the first wave there is no survey at all.
    const MapMetrics first
        = repo.metrics(RegionLevel::Township, QDateTime(QDate(2024, 1, 10), QTime(12, 0)));
    CHECK_FALSE(first.available(MapMetric::SecurityRate));
}

TEST_CASE("The scheme decides which answers count as positive", "[mapmetrics]")
{
    TempStore tmp;
    auto db = copyOfCounty(tmp);
    MapMetricsRepository repo(*db);
    const MapMetrics before = repo.metrics(RegionLevel::Township, kAsOf);
    // A stricter scheme: only 很安全 and 安全.
    exec(*db, storetest::kOnPostgres
                  ? QStringLiteral("UPDATE survey_scheme SET definition = jsonb_set("
                                   "definition::jsonb, '{security,positive}', '[1,2]')::text "
                                   "WHERE is_default = 1")
                  : QStringLiteral("UPDATE survey_scheme SET definition = "
                                   "json_set(definition, '$.security.positive', json('[1,2]')) "
                                   "WHERE is_default = 1"));
    const MapMetrics after = repo.metrics(RegionLevel::Township, kAsOf);
    double positiveBefore = 0, positiveAfter = 0;
    qint64 answers = 0;
    for (size_t i = 0; i < before.regions.size(); ++i) {
        positiveBefore += before.regions[i].surveyScore[0];
        positiveAfter += after.regions[i].surveyScore[0];
        answers += after.regions[i].surveyAnswers[0];
        CHECK(after.regions[i].surveyAnswers == before.regions[i].surveyAnswers);
    }
    CHECK(positiveAfter < positiveBefore);
    const qint64 strict = [&] {
        QSqlQuery q = db->prepare(QStringLiteral(
            "SELECT count(*) FROM survey_response r JOIN survey_wave w ON w.id = r.wave_id "
            "WHERE w.name = '2026Q3' AND r.security IN (1, 2) AND r.deleted = 0"));
        Database::exec(q);
        q.next();
        return q.value(0).toLongLong();
    }();
    // Every response sits in some township.
    CHECK(positiveAfter == strict);
    CHECK(answers > 0);
}

TEST_CASE("Without survey responses the security rate is unavailable, not zero",
          "[mapmetrics]")
{
    TempStore tmp;
    auto db = copyOfCounty(tmp);
    exec(*db, QStringLiteral("UPDATE survey_response SET deleted = 1"));
    MapMetricsRepository repo(*db);
    const MapMetrics m = repo.metrics(RegionLevel::Village, kAsOf);
    CHECK_FALSE(m.available(MapMetric::SecurityRate));
    CHECK_FALSE(m.unavailableReason(MapMetric::SecurityRate).isEmpty());
    CHECK(m.surveyWave.isEmpty());
    for (double v : m.values(MapMetric::SecurityRate))
        CHECK(std::isnan(v));
    // The other metrics are unaffected.
    CHECK(m.available(MapMetric::OpenPerThousand));
    CHECK(m.available(MapMetric::RiskLevel));
}

TEST_CASE("The response-time band is unavailable until coverage is analysed", "[mapmetrics]")
{
    auto db = openCounty();
    const MapMetrics m = MapMetricsRepository(*db).metrics(RegionLevel::Township, kAsOf);
    CHECK_FALSE(m.available(MapMetric::ResponseBand));
    CHECK_FALSE(m.unavailableReason(MapMetric::ResponseBand).isEmpty());
    for (double v : m.values(MapMetric::ResponseBand))
        CHECK(std::isnan(v));
}

TEST_CASE("Metric keys are stable and round-trip", "[mapmetrics]")
{
    const QStringList keys {QStringLiteral("open-per-1000"), QStringLiteral("overdue"),
                            QStringLiteral("last-30-days"),  QStringLiteral("security-rate"),
                            QStringLiteral("order-satisfaction"),
                            QStringLiteral("enforcement-satisfaction"),
                            QStringLiteral("awareness"), QStringLiteral("participation"),
                            QStringLiteral("response-band"), QStringLiteral("risk")};
    REQUIRE(mapMetrics().size() == keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        CHECK(mapMetricKey(mapMetrics().at(i)) == keys.at(i));
        MapMetric metric;
        REQUIRE(mapMetricFromKey(keys.at(i), &metric));
        CHECK(metric == mapMetrics().at(i));
        CHECK_FALSE(mapMetricLabel(metric).isEmpty());
    }
    MapMetric metric;
    CHECK_FALSE(mapMetricFromKey(QStringLiteral("open"), &metric));
    CHECK(mapMetricPalette(MapMetric::SecurityRate) == ChoroplethPalette::YellowOrangeRedReversed);
    CHECK(mapMetricFormat(MapMetric::SecurityRate) == ValueFormat::Percent);
    CHECK(mapMetricFormat(MapMetric::Overdue) == ValueFormat::Count);
}

TEST_CASE("The risk level follows its documented rule", "[mapmetrics]")
{
    // Open rates 1 … 20 per 1,000: the 95th percentile is 19, the 80th 16.
    std::vector<MapRegionFigures> regions(20);
    for (int i = 0; i < 20; ++i) {
        regions[size_t(i)].population = 1000;
        regions[size_t(i)].open = i + 1;
    }
    MapRegionFigures noPeople; // no rate: not counted
    regions.push_back(noPeople);
    const MapRiskThresholds t = MapRiskThresholds::of(regions);
    REQUIRE(t.top5);
    REQUIRE(t.top20);
    CHECK(*t.top5 == 19);
    CHECK(*t.top20 == 16);

    auto region = [](qint64 open, qint64 population) {
        MapRegionFigures r;
        r.open = open;
        r.population = population;
        return r;
    };
    MapRegionFigures r = region(0, 1000);
    CHECK(mapRiskLevel(r, t) == 0); // nothing open
    r.surveyAnswers[0] = 100;
    r.surveyScore[0] = 95;
    CHECK(mapRiskLevel(r, t) == 0); // secure enough
    r.surveyScore[0] = 85;
    CHECK(mapRiskLevel(r, t) == 1); // security below 90%
    r = region(2, 1000);
    CHECK(mapRiskLevel(r, t) == 1); // open cases, low rate
    r.majorOpen = 1;
    CHECK(mapRiskLevel(r, t) == 2); // an open major dispute
    r.majorOpen = 0;
    r.overdue = 1;
    CHECK(mapRiskLevel(r, t) == 2); // an overdue case
    r.overdue = 0;
    r = region(16, 1000);
    CHECK(mapRiskLevel(r, t) == 2); // top 20% of open rates
    r = region(19, 1000);
    CHECK(mapRiskLevel(r, t) == 2); // top 5%, but nothing overdue
    r.overdue = 1;
    CHECK(mapRiskLevel(r, t) == 3); // top 5% with an overdue case
    r = region(1, 1000);
    r.overdue = 1;
    r.majorOpen = 1;
    r.majorOverdue = 1;
    CHECK(mapRiskLevel(r, t) == 3); // an overdue major dispute
    r = region(3, 0);
    r.majorOverdue = 1;
    CHECK(mapRiskLevel(r, t) == 3); // no residents, still red

    // All rates zero: being at the top of zeros is no risk.
    std::vector<MapRegionFigures> quiet(5, region(0, 100));
    const MapRiskThresholds z = MapRiskThresholds::of(quiet);
    CHECK(mapRiskLevel(quiet.front(), z) == 0);

    // On the demo county: every region has a level, and the rule's inputs agree.
    auto db = openCounty();
    const MapMetrics m = MapMetricsRepository(*db).metrics(RegionLevel::Grid, kAsOf);
    const std::vector<double> levels = m.values(MapMetric::RiskLevel);
    std::array<int, 4> perLevel {};
    for (size_t i = 0; i < levels.size(); ++i) {
        REQUIRE_FALSE(std::isnan(levels[i]));
        CHECK(int(levels[i]) == mapRiskLevel(m.regions[i], m.riskThresholds));
        if (m.regions[i].majorOverdue > 0)
            CHECK(levels[i] == 3);
        if (m.regions[i].open == 0 && levels[i] > 0)
            CHECK(levels[i] == 1); // only a low security rate can raise a quiet grid
        ++perLevel[size_t(levels[i])];
    }
    CHECK(perLevel[0] > 0);
    CHECK(perLevel[1] + perLevel[2] + perLevel[3] > 0);
}

TEST_CASE("Hover info tells name, worker, residents and counts of one region",
          "[mapmetrics]")
{
    auto db = openCounty();
    MapMetricsRepository repo(*db);
    CHECK_FALSE(repo.hoverInfo(QStringLiteral("999999999999999"), kAsOf));

    for (RegionLevel level :
         {RegionLevel::Grid, RegionLevel::Village, RegionLevel::Township, RegionLevel::County}) {
        const MapMetrics m = repo.metrics(level, kAsOf);
        // The region with the most open cases, and the first one.
        size_t busiest = 0;
        for (size_t i = 0; i < m.regions.size(); ++i) {
            if (m.regions[i].open > m.regions[busiest].open)
                busiest = i;
        }
        for (size_t i : {size_t(0), busiest}) {
            const MapRegionFigures &r = m.regions[i];
            INFO(r.code.toStdString());
            const std::optional<MapHoverInfo> h = repo.hoverInfo(r.code, kAsOf);
            REQUIRE(h);
            CHECK(h->code == r.code);
            CHECK(h->name == r.name);
            CHECK(h->level == level);
            CHECK(h->population == r.population);
            CHECK(h->households == r.households);
            CHECK(h->open == r.open);
            CHECK(h->overdue == r.overdue);
            CHECK(h->lastThirtyDays == r.lastThirtyDays);
            if (level != RegionLevel::Grid)
                CHECK(h->workerName.isEmpty());
        }
        if (level == RegionLevel::Grid) {
            // The grid worker, looked up by hand.
            const QString code = m.regions[busiest].code;
            QSqlQuery q = db->prepare(QStringLiteral(
                "SELECT p.name FROM person p JOIN region r ON r.worker_id = p.id "
                "WHERE r.code = ?"));
            q.addBindValue(code);
            Database::exec(q);
            REQUIRE(q.next());
            CHECK(repo.hoverInfo(code, kAsOf)->workerName == q.value(0).toString());
            CHECK_FALSE(q.value(0).toString().isEmpty());
        }
    }
}

TEST_CASE("Region search finds codes, names and pinyin initials", "[mapmetrics]")
{
    auto db = openCounty();
    MapMetricsRepository repo(*db);
    CHECK(repo.search(QStringLiteral("  ")).isEmpty());

    const MapMetrics townships = repo.metrics(RegionLevel::Township, kAsOf);
    const MapRegionFigures &town = townships.regions.front();

    // Code prefix: the township first, then what lies under it, county to grid.
    const QString prefix = town.code.left(9);
    const QList<RegionMatch> byCode = repo.search(prefix, 15);
    REQUIRE(byCode.size() == 15);
    CHECK(byCode.front().code == town.code);
    for (const RegionMatch &m : byCode) {
        CHECK(m.code.startsWith(prefix));
        CHECK(m.kind == RegionMatch::Kind::Code);
    }
    for (int i = 1; i < byCode.size(); ++i)
        CHECK(int(byCode.at(i - 1).level) <= int(byCode.at(i).level));

    // A full grid code finds that grid.
    const MapMetrics grids = repo.metrics(RegionLevel::Grid, kAsOf);
    const MapRegionFigures &grid = grids.regions.back();
    const QList<RegionMatch> exact = repo.search(grid.code);
    REQUIRE(exact.size() == 1);
    CHECK(exact.front().name == grid.name);
    CHECK(exact.front().level == RegionLevel::Grid);

    // Name substring: the township's name finds it first, then regions named after it.
    const QList<RegionMatch> byName = repo.search(town.name, 5);
    REQUIRE_FALSE(byName.isEmpty());
    CHECK(byName.front().code == town.code);
    CHECK(byName.front().kind == RegionMatch::Kind::Name);
    for (const RegionMatch &m : byName)
        CHECK(m.name.contains(town.name));
    // A limit holds.
    CHECK(repo.search(QStringLiteral("网格"), 7).size() == 7);

    // Pinyin initials.
    if (PinyinInitials::isAvailable()) {
        // A township whose name has only level-1 hanzi (潇 of 潇湘, say, is level 2).
        const MapRegionFigures *spelled = nullptr;
        for (const MapRegionFigures &t : townships.regions) {
            if (!spelled && !PinyinInitials::of(t.name).contains(PinyinInitials::kNone))
                spelled = &t;
        }
        REQUIRE(spelled);
        const MapRegionFigures &town = *spelled;
        const QString initials = PinyinInitials::of(town.name);
        const QList<RegionMatch> byInitials = repo.search(initials.toUpper(), 50);
        bool found = false;
        for (const RegionMatch &m : byInitials) {
            CHECK(PinyinInitials::of(m.name).startsWith(initials));
            CHECK(m.kind == RegionMatch::Kind::PinyinInitials);
            found = found || m.code == town.code;
        }
        CHECK(found);
    }
}

TEST_CASE("Map points: open disputes per grid, live platforms and recent incidents",
          "[mapmetrics]")
{
    auto db = openCounty();
    const MapPointsRepository points(*db);

    // The demo history ends before the as-of time: the open counts are the metrics' ones.
    const MapMetrics grids = MapMetricsRepository(*db).metrics(RegionLevel::Grid, kAsOf);
    qint64 open = 0, metricsOpen = 0;
    for (const MapPointsRepository::GridDisputes &g : points.openDisputesByGrid()) {
        INFO(g.gridCode.toStdString());
        const int i = grids.indexOf(g.gridCode);
        REQUIRE(i >= 0);
        CHECK(g.open == grids.regions[size_t(i)].open);
        CHECK(g.major == grids.regions[size_t(i)].majorOpen);
        open += g.open;
    }
    for (const MapRegionFigures &r : grids.regions)
        metricsOpen += r.open;
    CHECK(open == metricsOpen);
    CHECK(open > 10);

    // Platforms: every live one not retired, in code order, where it stands.
    QStringList expectedIds;
    QSqlQuery all = db->prepare(QStringLiteral(
        "SELECT id, deleted, retired_on, lon, lat FROM platform ORDER BY code"));
    Database::exec(all);
    QList<QPointF> expectedAt;
    while (all.next()) {
        if (all.value(1).toInt() == 0 && all.value(2).toString().isEmpty()) {
            expectedIds << all.value(0).toString();
            expectedAt << QPointF(all.value(3).toDouble(), all.value(4).toDouble());
        }
    }
    const QList<MapPointsRepository::Platform> platforms = points.platforms();
    REQUIRE(platforms.size() == expectedIds.size());
    CHECK_FALSE(platforms.isEmpty());
    for (qsizetype i = 0; i < platforms.size(); ++i) {
        CHECK(platforms.at(i).id == expectedIds.at(i));
        CHECK(platforms.at(i).lonLat == expectedAt.at(i));
        CHECK_FALSE(platforms.at(i).name.isEmpty());
    }

    // Incidents of the last 30 days that have coordinates, counted row by row.
    const qint64 since = kAsOf.toMSecsSinceEpoch() - 30LL * 86400000;
    QSqlQuery incidents
        = db->prepare(QStringLiteral("SELECT deleted, called_at, lon, lat FROM incident"));
    Database::exec(incidents);
    qsizetype recent = 0;
    while (incidents.next()) {
        recent += incidents.value(0).toInt() == 0 && incidents.value(1).toLongLong() >= since
                  && !incidents.value(2).isNull() && !incidents.value(3).isNull();
    }
    CHECK(points.incidentsSince(since).size() == recent);
    CHECK(recent > 0);
}

TEST_CASE("Map metrics and hover timings on the demo county", "[mapmetrics]")
{
    auto db = openCounty();
    MapMetricsRepository repo(*db);
    for (RegionLevel level : {RegionLevel::Grid, RegionLevel::Village, RegionLevel::Township}) {
        repo.metrics(level, kAsOf); // warm the cache
        QElapsedTimer timer;
        timer.start();
        const MapMetrics m = repo.metrics(level, kAsOf);
        std::cout << "map metrics, " << regionLevelKey(level).toStdString() << " level ("
                  << m.regions.size() << " regions): " << double(timer.nsecsElapsed()) / 1e6
                  << " ms" << std::endl;
    }
    const MapMetrics grids = repo.metrics(RegionLevel::Grid, kAsOf);
    QElapsedTimer timer;
    timer.start();
    int calls = 0;
    for (size_t i = 0; i < grids.regions.size(); i += 3, ++calls)
        REQUIRE(repo.hoverInfo(grids.regions[i].code, kAsOf));
    std::cout << "hover info, grid: " << double(timer.nsecsElapsed()) / 1e3 / calls
              << " us per call (" << calls << " calls)" << std::endl;
    timer.restart();
    calls = 0;
    for (const QString &typed : {QStringLiteral("4311"), QStringLiteral("网格"),
                                 QStringLiteral("第一"), QStringLiteral("xx"),
                                 QStringLiteral("zzzz")}) {
        repo.search(typed);
        ++calls;
    }
    std::cout << "region search: " << double(timer.nsecsElapsed()) / 1e3 / calls
              << " us per call" << std::endl;
}

// Not run by default: PINGAN_MAP_DB=/path/to/store.db unit_tests "[.mapmetrics-bench]"
// (opened read-only; nothing is written).
TEST_CASE("Map metrics timing on a given store", "[.mapmetrics-bench]")
{
    const QString path = qEnvironmentVariable("PINGAN_MAP_DB");
    if (path.isEmpty())
        return;
    auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    MapMetricsRepository repo(*db);
    QSqlQuery latest = db->prepare(QStringLiteral("SELECT max(reported_at) FROM dispute"));
    Database::exec(latest);
    latest.next();
    const QDateTime asOf = QDateTime::fromMSecsSinceEpoch(latest.value(0).toLongLong() + 1);
    for (RegionLevel level : {RegionLevel::Grid, RegionLevel::Village, RegionLevel::Township,
                              RegionLevel::Grid}) {
        QElapsedTimer timer;
        timer.start();
        const MapMetrics m = repo.metrics(level, asOf);
        std::cout << "map metrics, " << regionLevelKey(level).toStdString() << " level ("
                  << m.regions.size() << " regions): " << double(timer.nsecsElapsed()) / 1e6
                  << " ms" << std::endl;
    }
    const MapMetrics grids = repo.metrics(RegionLevel::Grid, asOf);
    QElapsedTimer timer;
    timer.start();
    int calls = 0;
    for (size_t i = 0; i < grids.regions.size(); i += 97, ++calls)
        repo.hoverInfo(grids.regions[i].code, asOf);
    std::cout << "hover info, grid: " << double(timer.nsecsElapsed()) / 1e3 / calls
              << " us per call" << std::endl;
    const MapMetrics towns = repo.metrics(RegionLevel::Township, asOf);
    timer.restart();
    for (const MapRegionFigures &t : towns.regions)
        repo.hoverInfo(t.code, asOf);
    std::cout << "hover info, township: "
              << double(timer.nsecsElapsed()) / 1e3 / double(towns.regions.size())
              << " us per call" << std::endl;
    for (const QString &typed : {QStringLiteral("网格"), QStringLiteral("xx"),
                                 QStringLiteral("zzzz"), QStringLiteral("不存在")}) {
        timer.restart();
        const qsizetype n = repo.search(typed).size();
        std::cout << "region search '" << typed.toStdString() << "': " << n << " found in "
                  << double(timer.nsecsElapsed()) / 1e6 << " ms" << std::endl;
    }
}

// --- response bands on the map ----------------------------------------------------------------

namespace {

CoverageReport::GridRow bandRow(const QString &code, qint64 residents, int band)
{
    CoverageReport::GridRow g;
    g.code = code;
    g.residents = residents;
    g.band = band;
    g.minutes = band; // not read by the map
    return g;
}

} // namespace

TEST_CASE("Response bands: a grid shows its own band, a township its median resident's",
          "[mapmetrics][coverage]")
{
    CoverageReport report;
    report.bandMinutes = {1, 3, 5};
    // Township 001: 100 residents within 1 min, 150 within 3, 300 beyond 5 → the median
    // resident (275 of 550) lies beyond 5 minutes. Township 002: 500 within 3 of 900 → ≤3.
    report.grids = {bandRow(QStringLiteral("430199001001001"), 100, 0),
                    bandRow(QStringLiteral("430199001001002"), 150, 1),
                    bandRow(QStringLiteral("430199001002001"), 300, 3),
                    bandRow(QStringLiteral("430199002001001"), 400, 0),
                    bandRow(QStringLiteral("430199002001002"), 100, 1),
                    bandRow(QStringLiteral("430199002001003"), 400, 2)};

    MapMetrics townships;
    townships.level = RegionLevel::Township;
    for (const char *code : {"430199001000", "430199002000", "430199003000"}) {
        MapRegionFigures r;
        r.code = QLatin1String(code);
        townships.byCode.insert(r.code, int(townships.regions.size()));
        townships.regions.push_back(r);
    }
    CHECK_FALSE(townships.available(MapMetric::ResponseBand));
    townships.attachCoverage(report);
    REQUIRE(townships.available(MapMetric::ResponseBand));
    CHECK(townships.responseBandLabels
          == QStringList({QStringLiteral("≤1"), QStringLiteral("≤3"), QStringLiteral("≤5"),
                          QStringLiteral(">5")}));
    const std::vector<double> values = townships.values(MapMetric::ResponseBand);
    CHECK(values[0] == 3);
    CHECK(values[1] == 1);
    CHECK(std::isnan(values[2])); // no grids of its own: no data, not "≤1"

    MapMetrics grids;
    grids.level = RegionLevel::Grid;
    for (const CoverageReport::GridRow &g : report.grids) {
        MapRegionFigures r;
        r.code = g.code;
        grids.regions.push_back(r);
    }
    grids.attachCoverage(report);
    const std::vector<double> own = grids.values(MapMetric::ResponseBand);
    CHECK(own == std::vector<double>({0, 1, 3, 0, 1, 2}));

    // The legend names the bands, nearest first, in four distinct colours.
    const ChoroplethClasses classes = Choropleth::responseBandClasses(grids.responseBandLabels);
    CHECK(classes.categoryLabels == grids.responseBandLabels);
    CHECK(classes.classOf(0) == 0);
    CHECK(classes.classOf(3) == 3);
    CHECK(QSet<QRgb>({classes.colours[0].rgb(), classes.colours[1].rgb(),
                      classes.colours[2].rgb(), classes.colours[3].rgb()})
              .size()
          == 4);
}
