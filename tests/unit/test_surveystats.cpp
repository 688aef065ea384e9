// Survey statistics (一感两度两率) checked against computations written here from their
// textbook definitions, not through the code under test: the Wilson interval as the roots of
// its quadratic, normal tail areas by numerical integration, ranks by sorting, the weighted
// county figure by its sum.

#include "demo/demogenerator.h"
#include "domain/surveyscheme.h"
#include "domain/surveystats.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/maintenancerepository.h"
#include "store/surveybulktally.h"
#include "store/surveyrepository.h"
#include "storeundertest.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace {

constexpr double kZ = 1.959963984540054;
constexpr double kTolerance = 1e-9;

// The Wilson interval: the p with |x/n − p| = z·√(p(1−p)/n), i.e. the roots of
// (1 + z²/n)p² − (2x/n + z²/n)p + (x/n)² = 0.
std::pair<double, double> wilsonByQuadratic(double x, double n)
{
    const double ph = x / n;
    const double a = 1 + kZ * kZ / n;
    const double b = -(2 * ph + kZ * kZ / n);
    const double c = ph * ph;
    const double d = std::sqrt(b * b - 4 * a * c);
    return {(-b - d) / (2 * a), (-b + d) / (2 * a)};
}

// P(|Z| > z) by Simpson's rule over the normal density from 0 to z.
double twoSidedByIntegration(double z)
{
    z = std::fabs(z);
    if (z > 12)
        return 0;
    const int steps = 20000;
    const double h = z / steps;
    double sum = 0;
    for (int i = 0; i <= steps; ++i) {
        const double x = i * h;
        const double f = std::exp(-x * x / 2) / std::sqrt(2 * M_PI);
        sum += (i == 0 || i == steps) ? f : (i % 2 ? 4 * f : 2 * f);
    }
    return 1 - 2 * (sum * h / 3);
}

struct Response
{
    int township;
    int village;   // -1: answered at the township
    std::array<int, SurveyIndicatorCount> answers;
};

// Seven townships of different sizes and moods, two villages each.
SurveyGeography smallCounty()
{
    SurveyGeography geo;
    geo.county = {QStringLiteral("431127000000"), QStringLiteral("测试县"), RegionLevel::County,
                  300000, -1};
    const qint64 populations[7] = {80000, 50000, 40000, 30000, 20000, 15000, 0};
    for (int t = 0; t < 7; ++t) {
        const QString code = (QStringLiteral("431127%1").arg(101 + t) + QStringLiteral("000"));
        geo.townships.push_back({code, QStringLiteral("乡镇%1").arg(t + 1), RegionLevel::Township,
                                 populations[t], -1});
        for (int v = 0; v < 2; ++v)
            geo.villages.push_back({code.left(9) + QStringLiteral("%1").arg(201 + v),
                                    QStringLiteral("村%1-%2").arg(t + 1).arg(v + 1),
                                    RegionLevel::Village, 1000, t});
    }
    geo.buildIndex();
    return geo;
}

std::vector<Response> randomResponses(unsigned seed, int count, double shift)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<Response> out;
    for (int i = 0; i < count; ++i) {
        Response r;
        // Township 7 is small (n < 30 likely), township 6 markedly worse.
        const double pick = u(rng);
        r.township = pick < 0.3 ? 0 : pick < 0.5 ? 1 : pick < 0.65 ? 2 : pick < 0.78 ? 3
                   : pick < 0.9 ? 4 : pick < 0.99 ? 5 : 6;
        r.village = u(rng) < 0.1 ? -1 : int(u(rng) * 2);
        const double mood = (r.township == 5 ? -0.25 : 0.0) + 0.02 * r.township + shift;
        const double good = std::clamp(0.8 + mood, 0.05, 0.98);
        const auto pickOf = [&](int answers) {
            if (u(rng) < 0.01)
                return 0;   // unanswered
            if (u(rng) < good)
                return 1 + int(u(rng) * (answers == 5 ? 3 : answers == 3 ? 2 : 1));
            return answers == 5 ? 4 + int(u(rng) * 2) : answers;
        };
        r.answers = {pickOf(5), pickOf(3), pickOf(3), pickOf(2), pickOf(2)};
        out.push_back(r);
    }
    return out;
}

SurveyTally tallyOf(const SurveyGeography &geo, const std::vector<Response> &responses)
{
    SurveyTally t;
    for (const Response &r : responses) {
        const QString code = r.village < 0
                                 ? geo.townships[size_t(r.township)].code
                                 : geo.villages[size_t(r.township * 2 + r.village)].code;
        t.add(t.regionIndex(code), r.answers);
    }
    return t;
}

// What the test expects for one region: positives and answered respondents.
struct Expected
{
    double x = 0;
    double n = 0;
    double sumSq = 0;
};

Expected expectedOf(const std::vector<Response> &responses, const SurveyIndicatorRule &rule,
                    int indicator, int township, int village = -2)
{
    Expected e;
    for (const Response &r : responses) {
        if (township >= 0 && r.township != township)
            continue;
        if (village > -2 && r.village != village)
            continue;
        const int code = r.answers[size_t(indicator)];
        if (code < 1)
            continue;
        double s = 0;
        if (rule.isIndex())
            s = rule.weights[size_t(code - 1)] / 100;
        else
            for (int p : rule.positive)
                s += p == code;
        e.x += s;
        e.sumSq += s * s;
        e.n += 1;
    }
    return e;
}

const SurveyFigure &figureOf(const QList<SurveyFigure> &figures, SurveyIndicator indicator,
                             const QString &code)
{
    for (const SurveyFigure &f : figures)
        if (f.indicator == indicator && f.regionCode == code)
            return f;
    FAIL("no figure for " << code.toStdString());
    return figures.first();
}

} // namespace

TEST_CASE("Wilson interval equals the roots of its quadratic", "[survey]")
{
    for (auto [x, n] : std::vector<std::pair<double, double>>{
             {0, 10}, {10, 10}, {1, 3}, {81, 263}, {950, 1000}, {29, 30}, {4321, 4500}}) {
        const auto [low, high] = wilsonByQuadratic(x, n);
        const SurveyMath::Interval w = SurveyMath::wilson(x, n);
        CHECK(std::fabs(w.low - low) < kTolerance);
        CHECK(std::fabs(w.high - high) < kTolerance);
        CHECK(w.low <= x / n);
        CHECK(w.high >= x / n);
    }
    // No respondents: nothing is known.
    CHECK(SurveyMath::wilson(0, 0).low == 0);
    CHECK(SurveyMath::wilson(0, 0).high == 1);
}

TEST_CASE("Two-proportion test equals the pooled z by hand", "[survey]")
{
    const double x1 = 420, n1 = 500, x2 = 380, n2 = 500;
    const double pooled = (x1 + x2) / (n1 + n2);
    const double z = (x1 / n1 - x2 / n2) / std::sqrt(pooled * (1 - pooled) * (2.0 / 500));
    REQUIRE(SurveyMath::twoProportionP(x1, n1, x2, n2));
    CHECK(std::fabs(*SurveyMath::twoProportionP(x1, n1, x2, n2) - twoSidedByIntegration(z))
          < 1e-9);
    CHECK(*SurveyMath::twoProportionP(x1, n1, x2, n2) < 0.05);
    // The same rates: no difference at all.
    CHECK(*SurveyMath::twoProportionP(45, 50, 90, 100) == Approx(1.0));
    CHECK(*SurveyMath::twoProportionP(50, 50, 100, 100) == 1.0);
    CHECK_FALSE(SurveyMath::twoProportionP(1, 0, 3, 4));
}

TEST_CASE("Figures per township and county equal an independent computation", "[survey]")
{
    const SurveyGeography geo = smallCounty();
    const std::vector<Response> now = randomResponses(7, 6000, 0.0);
    const std::vector<Response> before = randomResponses(8, 5000, -0.05);
    const SurveyTally tallyNow = tallyOf(geo, now);
    const SurveyTally tallyBefore = tallyOf(geo, before);

    for (const SurveyScheme &scheme : SurveyScheme::presets()) {
        INFO(scheme.name.toStdString());
        SurveyStats::Options options;
        options.villagesOf = geo.townships[2].code;
        const QList<SurveyFigure> figures
            = SurveyStats::compute(geo, tallyNow, &tallyBefore, scheme, options);
        // 5 indicators × (county + 7 townships + 2 villages).
        REQUIRE(figures.size() == 5 * 10);

        for (SurveyIndicator indicator : SurveyIndicators::all()) {
            const int k = int(indicator);
            const SurveyIndicatorRule &rule = scheme.rule(indicator);
            const bool index = rule.isIndex();
            INFO(SurveyIndicators::key(indicator).toStdString());

            // Townships: own rates and intervals.
            std::vector<double> rates;
            double weightedRate = 0;
            double populationTotal = 0;
            for (int t = 0; t < 7; ++t) {
                const Expected e = expectedOf(now, rule, k, t);
                const SurveyFigure &f = figureOf(figures, indicator, geo.townships[size_t(t)].code);
                REQUIRE(f.rate);
                CHECK(f.n == qint64(e.n));
                CHECK(std::fabs(*f.rate - e.x / e.n) < kTolerance);
                CHECK(f.smallSample == (e.n < 30));
                if (index) {
                    const double mean = e.x / e.n;
                    const double sd = std::sqrt((e.sumSq - e.n * mean * mean) / (e.n - 1));
                    CHECK(std::fabs(f.ci.low - std::max(0.0, mean - kZ * sd / std::sqrt(e.n)))
                          < kTolerance);
                    CHECK(std::fabs(f.ci.high - std::min(1.0, mean + kZ * sd / std::sqrt(e.n)))
                          < kTolerance);
                } else {
                    const auto [low, high] = wilsonByQuadratic(e.x, e.n);
                    CHECK(std::fabs(f.ci.low - low) < kTolerance);
                    CHECK(std::fabs(f.ci.high - high) < kTolerance);
                }
                rates.push_back(e.x / e.n);
                const double pop = std::max<qint64>(1, geo.townships[size_t(t)].population);
                weightedRate += pop * e.x / e.n;
                populationTotal += pop;

                // Change against the previous wave (rate form: pooled z by hand).
                const Expected b = expectedOf(before, rule, k, t);
                REQUIRE(f.previousRate);
                CHECK(std::fabs(*f.previousRate - b.x / b.n) < kTolerance);
                if (!index) {
                    const double pooled = (e.x + b.x) / (e.n + b.n);
                    const double z = (e.x / e.n - b.x / b.n)
                                     / std::sqrt(pooled * (1 - pooled) * (1 / e.n + 1 / b.n));
                    REQUIRE(f.changeP);
                    CHECK(std::fabs(*f.changeP - twoSidedByIntegration(z)) < 1e-9);
                    CHECK(f.changeSignificant == (twoSidedByIntegration(z) < 0.05));
                }
            }

            // Ranks by sorting; the last five are the five lowest.
            std::vector<int> order(7);
            for (int t = 0; t < 7; ++t)
                order[size_t(t)] = t;
            std::sort(order.begin(), order.end(),
                      [&](int a, int b) { return rates[size_t(a)] > rates[size_t(b)]; });
            for (int position = 0; position < 7; ++position) {
                const int t = order[size_t(position)];
                const SurveyFigure &f = figureOf(figures, indicator, geo.townships[size_t(t)].code);
                CHECK(f.rank == position + 1);   // no ties in this data
                CHECK(f.ranked == 7);
                CHECK(f.lastFive == (position >= 2));
            }

            // The last five against the rest, rate form by hand.
            if (!index) {
                const Expected all = expectedOf(now, rule, k, -1);
                for (int position = 2; position < 7; ++position) {
                    const int t = order[size_t(position)];
                    const Expected e = expectedOf(now, rule, k, t);
                    const double rx = all.x - e.x, rn = all.n - e.n;
                    const double pooled = all.x / all.n;
                    const double z = (e.x / e.n - rx / rn)
                                     / std::sqrt(pooled * (1 - pooled) * (1 / e.n + 1 / rn));
                    const SurveyFigure &f
                        = figureOf(figures, indicator, geo.townships[size_t(t)].code);
                    REQUIRE(f.restP);
                    CHECK(std::fabs(*f.restP - twoSidedByIntegration(z)) < 1e-9);
                    CHECK(f.distinctFromRest
                          == (twoSidedByIntegration(z) < 0.05 && e.x / e.n < rx / rn));
                }
            }

            // County: population-weighted over townships (the seventh has no population and
            // counts as 1).
            const SurveyFigure &county = figureOf(figures, indicator, geo.county.code);
            REQUIRE(county.rate);
            CHECK(county.weighted);
            CHECK(std::fabs(*county.rate - weightedRate / populationTotal) < kTolerance);
            CHECK(county.n == qint64(expectedOf(now, rule, k, -1).n));
            CHECK(county.ci.low < *county.rate);
            CHECK(county.ci.high > *county.rate);

            // Villages of the third township; answers at the township itself count only there.
            for (int v = 0; v < 2; ++v) {
                const Expected e = expectedOf(now, rule, k, 2, v);
                const SurveyFigure &f
                    = figureOf(figures, indicator, geo.villages[size_t(2 * 2 + v)].code);
                REQUIRE(f.rate);
                CHECK(f.n == qint64(e.n));
                CHECK(std::fabs(*f.rate - e.x / e.n) < kTolerance);
            }
        }
    }
}

TEST_CASE("Township six stands out as distinctly lower", "[survey]")
{
    const SurveyGeography geo = smallCounty();
    const std::vector<Response> now = randomResponses(11, 8000, 0.0);
    const QList<SurveyFigure> figures
        = SurveyStats::compute(geo, tallyOf(geo, now), nullptr, SurveyScheme::standard());
    const SurveyFigure &six = figureOf(figures, SurveyIndicator::Security, geo.townships[5].code);
    CHECK(six.rank == 7);
    CHECK(six.lastFive);
    CHECK(six.distinctFromRest);
    CHECK(*six.restP < 1e-6);
    CHECK_FALSE(six.previousRate);   // no previous wave given
    // The seventh township has few respondents: flagged.
    const SurveyFigure &seven
        = figureOf(figures, SurveyIndicator::Security, geo.townships[6].code);
    CHECK(seven.n < 100);
}

TEST_CASE("Ties share the better rank and the last five include ties", "[survey]")
{
    SurveyGeography geo;
    geo.county = {QStringLiteral("431127000000"), QStringLiteral("县"), RegionLevel::County, 0, -1};
    for (int t = 0; t < 8; ++t)
        geo.townships.push_back({(QStringLiteral("431127%1").arg(101 + t) + QStringLiteral("000")),
                                 QStringLiteral("镇%1").arg(t), RegionLevel::Township, 100, -1});
    geo.buildIndex();
    // Positives of 10 per township: 9 9 8 8 7 7 7 6 — rank 5 is shared by three.
    const int positives[8] = {9, 9, 8, 8, 7, 7, 7, 6};
    SurveyTally tally;
    for (int t = 0; t < 8; ++t) {
        const int row = tally.regionIndex(geo.townships[size_t(t)].code);
        tally.add(row, {1, 1, 1, 1, 1}, positives[t]);
        tally.add(row, {5, 3, 3, 2, 2}, 10 - positives[t]);
    }
    const QList<SurveyFigure> f = SurveyStats::compute(geo, tally, nullptr,
                                                       SurveyScheme::standard(),
                                                       {{}, {SurveyIndicator::Security}});
    REQUIRE(f.size() == 9);
    const int ranks[8] = {1, 1, 3, 3, 5, 5, 5, 8};
    for (int t = 0; t < 8; ++t) {
        CHECK(f.at(1 + t).rank == ranks[t]);
        // Fewer than five below: the 8s (four below), the 7s and the 6.
        CHECK(f.at(1 + t).lastFive == (t >= 2));
    }
    // Small samples everywhere.
    CHECK(f.at(1).smallSample);
}

TEST_CASE("Schemes: presets are valid, JSON round-trips, bad ones are refused", "[survey]")
{
    for (const SurveyScheme &s : SurveyScheme::presets()) {
        CHECK(s.validate().isEmpty());
        QString error;
        const std::optional<SurveyScheme> back = SurveyScheme::fromJson(s.toJson(), &error);
        REQUIRE(back);
        CHECK(back->sameRules(s));
    }
    SurveyScheme bad = SurveyScheme::standard();
    bad.rule(SurveyIndicator::Security).positive = {1, 2, 3, 4, 5};
    CHECK(bad.validate().startsWith(QStringLiteral("security: ")));
    bad = SurveyScheme::standard();
    bad.rule(SurveyIndicator::Awareness).positive = {3};
    CHECK(bad.validate().contains(QStringLiteral("awareness")));
    bad = SurveyScheme::indexForm();
    bad.rule(SurveyIndicator::Security).weights = {100, 80};
    CHECK(bad.validate().contains(QStringLiteral("weights")));

    QString error;
    CHECK_FALSE(SurveyScheme::fromJson(
        QJsonDocument::fromJson(R"({"security": {"answers": ["a"], "positive": [1]}})")
            .object(),
        &error));
    CHECK(error.startsWith(QStringLiteral("security: ")));
    // The strict preset counts fewer answers.
    CHECK(SurveyScheme::strict().rule(SurveyIndicator::Security).score(3) == 0);
    CHECK(SurveyScheme::standard().rule(SurveyIndicator::Security).score(3) == 1);
    CHECK(SurveyScheme::indexForm().rule(SurveyIndicator::Security).score(4) == Approx(0.2));
}

namespace {

// A small demo county with `waves` survey waves of `perWave` answers. The demo generator writes
// a SQLite file; on PostgreSQL the test works on a copy of it.
std::unique_ptr<Database> smallSurveyCounty(TempStore &temp, int waves, int perWave)
{
    {
        auto file = Database::open(temp.path());
        DemoOptions options;
        options.scale = 0.02;
        options.gridScale = 0.2;
        options.surveyWaves = waves;
        options.surveyResponsesPerWave = perWave;
        REQUIRE(DemoGenerator(*file).generate(options).created);
    }
    return storetest::storeFrom(temp.path());
}

} // namespace

TEST_CASE("The store counts a wave's answers as a GROUP BY does; schemes are stored",
          "[survey][store]")
{
    TempStore temp;
    auto db = smallSurveyCounty(temp, 3, 3000);

    SurveyRepository repo(*db);
    const QList<SurveyRepository::Wave> waves = repo.waves();
    REQUIRE(waves.size() == 3);
    CHECK(waves.last().name == QStringLiteral("2026Q3"));
    CHECK(waves.at(0).startsOn < waves.at(1).startsOn);
    CHECK(waves.last().responses == 3000);
    REQUIRE(repo.previousWave(waves.last().name));
    CHECK(repo.previousWave(waves.last().name)->name == waves.at(1).name);
    CHECK_FALSE(repo.previousWave(waves.first().name));

    const SurveyTally fast = repo.tally(waves.last().id);
    const SurveyTally slow = repo.tallyByGroupBy(waves.last().id);
    CHECK(fast.responses == 3000);
    CHECK(fast == slow);
    CHECK_FALSE(fast == repo.tally(waves.first().id));

    // Every answered region lies in the county.
    const SurveyGeography geo = repo.geography();
    CHECK(geo.townships.size() > 5);
    for (const QString &code : fast.regions) {
        int t = -1, v = -1;
        CHECK(geo.locate(code, &t, &v));
    }

    // The demo's scheme is the standard one; a saved strict one becomes the default.
    CHECK(repo.currentScheme().sameRules(SurveyScheme::standard()));
    SurveyScheme strict = SurveyScheme::strict();
    const QString id = repo.saveScheme(strict, QStringLiteral("tester"));
    CHECK(repo.currentScheme().id == id);
    CHECK(repo.currentScheme().sameRules(SurveyScheme::strict()));
    // ... and the only one: the standard scheme gave the default up.
    const auto defaults = [&db] {
        QSqlQuery q = db->prepare(
            QStringLiteral("SELECT count(*) FROM survey_scheme WHERE is_default = 1"));
        Database::exec(q);
        return q.next() ? q.value(0).toInt() : -1;
    };
    CHECK(defaults() == 1);
    // A new revision of the same scheme keeps its id.
    strict.id = id;
    strict.rule(SurveyIndicator::Security).positive = {1};
    CHECK(repo.saveScheme(strict, QStringLiteral("tester")) == id);
    CHECK(repo.currentScheme().rule(SurveyIndicator::Security).positive == QList<int>{1});
    CHECK(repo.schemes().size() == 2);
    // A bad scheme is refused and changes nothing.
    SurveyScheme bad = SurveyScheme::standard();
    bad.rule(SurveyIndicator::Security).positive = {};
    CHECK_THROWS_AS(repo.saveScheme(bad, QStringLiteral("tester")), StoreError);
    CHECK(repo.currentScheme().id == id);
}

TEST_CASE("The kept counts follow every change of the responses", "[survey][store]")
{
    TempStore temp;
    auto db = smallSurveyCounty(temp, 2, 2000);
    SurveyRepository repo(*db);
    const QString wave = repo.waves().last().id;
    REQUIRE(repo.tally(wave) == repo.tallyByGroupBy(wave));
    CHECK(MaintenanceRepository(*db).check().isEmpty());

    // Row edits through SQL of the store's own maintenance (as sync will): a tombstone, an
    // answer changed, a row removed. The counts follow.
    db->execScript(QStringLiteral(
        "UPDATE survey_response SET deleted = 1 WHERE rid IN (SELECT rid FROM survey_response "
        "  ORDER BY rid DESC LIMIT 10);"
        "UPDATE survey_response SET security = 5 WHERE rid IN (SELECT rid FROM survey_response "
        "  WHERE deleted = 0 AND security = 1 ORDER BY rid DESC LIMIT 25);"
        "DELETE FROM survey_response WHERE rid IN (SELECT rid FROM survey_response "
        "  WHERE deleted = 0 ORDER BY rid DESC LIMIT 5);"));
    CHECK(repo.tally(wave) == repo.tallyByGroupBy(wave));
    CHECK(repo.tally(wave).responses == 2000 - 15);
    CHECK(repo.waves().last().responses == 2000 - 15);
    CHECK(MaintenanceRepository(*db).check().isEmpty());

    // A bulk load counts what it inserts itself and leaves the trigger as it was.
    {
        WriteTransaction tx(*db);
        SurveyBulkTally bulk(*db);
        bulk.count(wave.toUtf8(), QByteArrayLiteral("431127000000"), {1, 1, 1, 1, 1});
        bulk.finish();
        tx.commit();
    }
    // The trigger is back: a response copied under a new key is counted.
    const qint64 before = repo.tallyByGroupBy(wave).responses;
    db->execScript(QStringLiteral(
        "INSERT INTO survey_response (id, wave_id, respondent_key, region_code, method, security, "
        "  order_satisfaction, enforcement_satisfaction, awareness, participation, rev, origin, "
        "  updated_at) SELECT id || '-copy', wave_id, respondent_key || '-copy', region_code, "
        "  method, security, order_satisfaction, enforcement_satisfaction, awareness, "
        "  participation, rev, origin, updated_at FROM survey_response WHERE deleted = 0 "
        "  AND wave_id = '%1' ORDER BY rid LIMIT 1").arg(wave));
    CHECK(repo.tallyByGroupBy(wave).responses == before + 1);
    // The count without a response: check sees the difference.
    const QStringList problems = MaintenanceRepository(*db).check();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(QStringLiteral("survey counts: 1 ")));
}
