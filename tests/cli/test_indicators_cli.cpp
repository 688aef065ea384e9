// `pingan-cli indicators` and `survey-scheme` end to end: a wave is written as an office's CSV,
// imported with `import-survey`, and the printed figures are compared with figures computed
// here from the rows of the file — rates by counting, Wilson intervals as the roots of their
// quadratic, the county figure weighted by township population, ranks by sorting — not
// through the code under test.

#include <catch2/catch.hpp>

#include "clirun.h"

#include "domain/region.h"
#include "store/database.h"
#include "store/regionrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace {

using Run = CliTest::Run;
using CliTest::runCli;
using CliTest::tempDir;

const QString &surveyStore()
{
    static QString path;
    if (path.isEmpty()) {
        path = tempDir().filePath(QStringLiteral("survey.db"));
        const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                              QStringLiteral("--demo"), QStringLiteral("--scale"),
                              QStringLiteral("0.05"), QStringLiteral("--grid-scale"),
                              QStringLiteral("0.3")});
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
    }
    return path;
}

constexpr double kZ = 1.959963984540054;

std::pair<double, double> wilsonByQuadratic(double x, double n)
{
    const double ph = x / n;
    const double a = 1 + kZ * kZ / n;
    const double b = -(2 * ph + kZ * kZ / n);
    const double d = std::sqrt(b * b - 4 * a * ph * ph);
    return {(-b - d) / (2 * a), (-b + d) / (2 * a)};
}

struct Row
{
    int township;
    int village;   // index into that township's villages; -1: none named
    int security;  // 0 unanswered, 1..5
};

struct Township
{
    QString code;
    QString name;
    qint64 population = 0;
    QList<Region> villages;
};

std::vector<Township> townshipsOf(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    RegionRepository repo(*db);
    RegionRepository::Query q;
    q.level = RegionLevel::Township;
    std::vector<Township> out;
    for (const Region &t : repo.list(q)) {
        Township s{t.code, t.name, t.population, {}};
        RegionRepository::Query v;
        v.parentCode = t.code;
        s.villages = repo.list(v);
        out.push_back(s);
    }
    return out;
}

const char *const kSecurity[] = {"", "很安全", "安全", "基本安全", "不太安全", "不安全"};

} // namespace

TEST_CASE("indicators equals figures computed from the imported file", "[cli][survey]")
{
    const QString store = surveyStore();
    const std::vector<Township> towns = townshipsOf(store);
    REQUIRE(towns.size() >= 8);

    // 3,000 answers; each township has its own mood, two are much worse.
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<Row> rows;
    QByteArray csv = "受访者编号,乡镇（街道）,村（社区）,调查方式,安全感,治安满意度,执法满意度,"
                     "平安建设知晓率,平安建设参与率,备注\r\n";
    for (int i = 0; i < 3000; ++i) {
        Row r;
        r.township = int(u(rng) * double(towns.size()));
        const Township &t = towns[size_t(r.township)];
        r.village = t.villages.isEmpty() || u(rng) < 0.1 ? -1
                                                          : int(u(rng) * t.villages.size());
        const double good = r.township % 5 == 4 ? 0.7 : 0.93 - 0.01 * (r.township % 4);
        r.security = u(rng) < 0.01 ? 0 : u(rng) < good ? 1 + int(u(rng) * 3) : 4 + int(u(rng) * 2);
        rows.push_back(r);
        csv += QStringLiteral("Q27-%1,%2,%3,电话,%4,满意,基本满意,知道,没参加过,\r\n")
                   .arg(i + 1, 5, 10, QLatin1Char('0'))
                   .arg(t.name,
                        r.village < 0 ? QString() : t.villages.at(r.village).name,
                        QString::fromUtf8(kSecurity[r.security]))
                   .toUtf8();
    }
    const QString file = tempDir().filePath(QStringLiteral("2027Q1.csv"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }

    const Run imported = runCli({QStringLiteral("--db"), store, QStringLiteral("import-survey"),
                                 file, QStringLiteral("--wave"), QStringLiteral("2027Q1"),
                                 QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exit == 0);
    REQUIRE(imported.json().value(QStringLiteral("imported")).toInt() == 3000);

    const Run run = runCli({QStringLiteral("--db"), store, QStringLiteral("indicators"),
                            QStringLiteral("--wave"), QStringLiteral("2027Q1"),
                            QStringLiteral("--indicator"), QStringLiteral("security"),
                            QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exit == 0);
    const QJsonObject result = run.json();
    CHECK(result.value(QStringLiteral("wave")).toString() == QStringLiteral("2027Q1"));
    CHECK(result.value(QStringLiteral("previous_wave")).toString() == QStringLiteral("2026Q3"));
    CHECK(result.value(QStringLiteral("responses")).toInt() == 3000);
    const QJsonArray out = result.value(QStringLiteral("rows")).toArray();
    REQUIRE(out.size() == qsizetype(1 + towns.size()));

    // Expected, from the rows: 很安全/安全/基本安全 positive, unanswered left out.
    std::vector<double> x(towns.size()), n(towns.size());
    for (const Row &r : rows) {
        if (r.security == 0)
            continue;
        n[size_t(r.township)] += 1;
        x[size_t(r.township)] += r.security <= 3;
    }
    double weighted = 0, population = 0, answered = 0;
    for (size_t t = 0; t < towns.size(); ++t) {
        if (n[t] == 0)
            continue;
        const double pop = double(std::max<qint64>(1, towns[t].population));
        weighted += pop * x[t] / n[t];
        population += pop;
        answered += n[t];
    }
    std::vector<double> sorted;
    for (size_t t = 0; t < towns.size(); ++t)
        sorted.push_back(x[t] / n[t]);
    std::sort(sorted.begin(), sorted.end(), std::greater<double>());

    const QJsonObject county = out.at(0).toObject();
    CHECK(county.value(QStringLiteral("level")).toString() == QStringLiteral("county"));
    CHECK(county.value(QStringLiteral("n")).toInt() == int(answered));
    CHECK(std::fabs(county.value(QStringLiteral("rate")).toDouble() - weighted / population)
          < 1e-9);
    CHECK(county.value(QStringLiteral("weighted")).toBool());

    int lastFive = 0;
    for (size_t t = 0; t < towns.size(); ++t) {
        const QJsonObject o = out.at(qsizetype(1 + t)).toObject();
        INFO(towns[t].name.toStdString());
        REQUIRE(o.value(QStringLiteral("region_code")).toString() == towns[t].code);
        CHECK(o.value(QStringLiteral("region_name")).toString() == towns[t].name);
        CHECK(o.value(QStringLiteral("indicator")).toString() == QStringLiteral("security"));
        CHECK(o.value(QStringLiteral("n")).toInt() == int(n[t]));
        const double rate = x[t] / n[t];
        CHECK(std::fabs(o.value(QStringLiteral("rate")).toDouble() - rate) < 1e-9);
        const auto [low, high] = wilsonByQuadratic(x[t], n[t]);
        CHECK(std::fabs(o.value(QStringLiteral("ci_low")).toDouble() - low) < 1e-9);
        CHECK(std::fabs(o.value(QStringLiteral("ci_high")).toDouble() - high) < 1e-9);
        const int rank = int(std::find(sorted.begin(), sorted.end(), rate) - sorted.begin()) + 1;
        CHECK(o.value(QStringLiteral("rank")).toInt() == rank);
        const qsizetype lower = std::count_if(sorted.begin(), sorted.end(),
                                              [&](double v) { return v < rate; });
        CHECK(o.value(QStringLiteral("last_five")).toBool() == (lower < 5));
        lastFive += o.value(QStringLiteral("last_five")).toBool();
        CHECK(o.value(QStringLiteral("small_sample")).toBool() == (n[t] < 30));
    }
    CHECK(lastFive >= 5);

    // One township and its villages: the villages' n add up with the township's own answers.
    const Township &first = towns.front();
    const Run villages = runCli({QStringLiteral("--db"), store, QStringLiteral("indicators"),
                                 QStringLiteral("--wave"), QStringLiteral("2027Q1"),
                                 QStringLiteral("--region"), first.code, QStringLiteral("--indicator"),
                                 QStringLiteral("security"), QStringLiteral("--json")});
    REQUIRE(villages.exit == 0);
    const QJsonArray v = villages.json().value(QStringLiteral("rows")).toArray();
    REQUIRE(v.size() == 1 + first.villages.size());
    CHECK(v.at(0).toObject().value(QStringLiteral("region_code")).toString() == first.code);
    std::map<QString, int> perVillage;
    for (const Row &r : rows)
        if (r.township == 0 && r.village >= 0 && r.security > 0)
            ++perVillage[first.villages.at(r.village).code];
    for (qsizetype i = 1; i < v.size(); ++i) {
        const QJsonObject o = v.at(i).toObject();
        CHECK(o.value(QStringLiteral("level")).toString() == QStringLiteral("village"));
        CHECK(o.value(QStringLiteral("n")).toInt()
              == perVillage[o.value(QStringLiteral("region_code")).toString()]);
    }

    // Importing the same file again adds nothing and the figures stay.
    const Run again = runCli({QStringLiteral("--db"), store, QStringLiteral("import-survey"),
                              file, QStringLiteral("--wave"), QStringLiteral("2027Q1"),
                              QStringLiteral("--json")});
    REQUIRE(again.exit == 0);
    CHECK(again.json().value(QStringLiteral("imported")).toInt() == 0);
    CHECK(again.json().value(QStringLiteral("duplicates")).toInt() == 3000);
    const Run same = runCli({QStringLiteral("--db"), store, QStringLiteral("indicators"),
                             QStringLiteral("--wave"), QStringLiteral("2027Q1"),
                             QStringLiteral("--indicator"), QStringLiteral("security"),
                             QStringLiteral("--json")});
    CHECK(same.out == run.out);

    // A stricter scheme changes the rates: only 很安全/安全 count.
    REQUIRE(runCli({QStringLiteral("--db"), store, QStringLiteral("survey-scheme"),
                    QStringLiteral("--preset"), QStringLiteral("strict")})
                .exit
            == 0);
    const Run strict = runCli({QStringLiteral("--db"), store, QStringLiteral("indicators"),
                               QStringLiteral("--wave"), QStringLiteral("2027Q1"),
                               QStringLiteral("--indicator"), QStringLiteral("security"),
                               QStringLiteral("--json")});
    const QJsonObject t0 = strict.json().value(QStringLiteral("rows")).toArray().at(1).toObject();
    double x0 = 0;
    for (const Row &r : rows)
        x0 += r.township == 0 && r.security >= 1 && r.security <= 2;
    CHECK(std::fabs(t0.value(QStringLiteral("rate")).toDouble() - x0 / n[0]) < 1e-9);
    REQUIRE(runCli({QStringLiteral("--db"), store, QStringLiteral("survey-scheme"),
                    QStringLiteral("--preset"), QStringLiteral("standard")})
                .exit
            == 0);
}

TEST_CASE("indicators and survey-scheme refuse what they cannot use", "[cli][survey]")
{
    const QString store = surveyStore();
    Run r = runCli({QStringLiteral("--db"), store, QStringLiteral("indicators"),
                    QStringLiteral("--wave"), QStringLiteral("1999Q1")});
    CHECK(r.exit == 3);
    CHECK(r.err.contains(QStringLiteral("no survey wave '1999Q1'")));
    r = runCli({QStringLiteral("--db"), store, QStringLiteral("indicators"),
                QStringLiteral("--indicator"), QStringLiteral("happiness")});
    CHECK(r.exit == 2);
    r = runCli({QStringLiteral("--db"), store, QStringLiteral("indicators"),
                QStringLiteral("--region"), QStringLiteral("110101000000")});
    CHECK(r.exit == 3);

    // The default wave is the latest; the text output names the indicators.
    r = runCli({QStringLiteral("--db"), store, QStringLiteral("indicators")});
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("公众安全感")));
    CHECK(r.out.contains(QStringLiteral("平安建设参与率")));

    // A scheme that is not valid is refused, naming the indicator and field; nothing changes.
    const QString before = runCli({QStringLiteral("--db"), store,
                                   QStringLiteral("survey-scheme"), QStringLiteral("--json")})
                               .out;
    const QString bad = tempDir().filePath(QStringLiteral("bad-scheme.json"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"({"security": {"answers": ["很安全", "不安全"], "positive": [1, 2]},
                    "order_satisfaction": {"answers": ["满意", "不满意"], "positive": [1]}})");
    }
    r = runCli({QStringLiteral("--db"), store, QStringLiteral("survey-scheme"),
                QStringLiteral("--file"), bad});
    CHECK(r.exit == 3);
    CHECK(r.err.contains(QStringLiteral("security: 'positive' must leave at least one answer")));
    CHECK(runCli({QStringLiteral("--db"), store, QStringLiteral("survey-scheme"),
                  QStringLiteral("--json")})
              .out
          == before);
}
