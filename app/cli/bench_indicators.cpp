#include "bench.h"

#include "cliapp.h"

#include "demo/demogenerator.h"
#include "domain/surveystats.h"
#include "store/database.h"
#include "store/surveyrepository.h"

#include <QElapsedTimer>

#include <ctime>

namespace {

using BenchMath::median;
using BenchMath::round1;
using BenchMath::worst;

// The demo county with two survey waves of `perWave` responses each.
QString surveyDatabase(Bench &bench, const QString &dataDir, int perWave)
{
    const QString path = dataDir + QStringLiteral("/survey-%1.db").arg(2 * perWave);
    auto db = Database::open(path);
    DemoGenerator generator(*db);
    if (!generator.isFilled()) {
        bench.note(QStringLiteral("generating the demo county with 2 survey waves of %1 "
                                  "responses in %2")
                       .arg(perWave)
                       .arg(path));
        DemoOptions options;
        options.scale = 0.05;   // disputes do not matter here
        options.gridScale = 1;
        options.surveyWaves = 2;
        options.surveyResponsesPerWave = perWave;
        generator.generate(options);
    }
    return path;
}

} // namespace

QStringList BenchIndicators::names()
{
    return {QStringLiteral("indicators_ms")};
}

// Every figure of the latest wave — five indicators for the county (population-weighted) and
// each township, with ranks, last five, tests against the rest and the change against the
// previous wave — over 1,000,000 responses (two waves of 500,000), timed end to end from the
// store: geography, scheme, both waves' answers counted in one pass each, figures. The
// baseline counts the same answers with a GROUP BY in SQLite (then the same figures), in the
// same process on the same data; the two tallies must agree.
void BenchIndicators::run(Bench &bench)
{
    const int perWave = bench.options().quick ? 20000 : 500000;
    QString dataDir = bench.demoDatabase();
    dataDir = dataDir.left(dataDir.lastIndexOf(QLatin1Char('/')));
    const QString path = surveyDatabase(bench, dataDir, perWave);
    auto db = Database::open(path, Database::Mode::ReadWrite, true, Database::Check::Deferred);
    SurveyRepository repo(*db);
    const QList<SurveyRepository::Wave> waves = repo.waves();
    if (waves.size() < 2)
        throw CliError{ExitFailure,
                       QStringLiteral("bench: %1 holds fewer than two waves").arg(path)};
    const SurveyRepository::Wave now = waves.last();
    const SurveyRepository::Wave before = waves.at(waves.size() - 2);

    qsizetype rows = 0;
    const auto fast = [&] {
        const SurveyGeography geo = repo.geography();
        const SurveyScheme scheme = repo.currentScheme();
        const SurveyTally a = repo.tally(now.id);
        const SurveyTally b = repo.tally(before.id);
        rows = SurveyStats::compute(geo, a, &b, scheme).size();
        return a;
    };
    const auto slow = [&] {
        const SurveyGeography geo = repo.geography();
        const SurveyScheme scheme = repo.currentScheme();
        const SurveyTally a = repo.tallyByGroupBy(now.id);
        const SurveyTally b = repo.tallyByGroupBy(before.id);
        rows = SurveyStats::compute(geo, a, &b, scheme).size();
        return a;
    };
    const SurveyTally warm = fast();   // warms the page cache

    const int runs = bench.options().quick ? 3 : 7;
    QList<double> times;
    QList<double> cpuTimes;
    SurveyTally fastTally;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        const std::clock_t cpuStart = std::clock();
        clock.start();
        fastTally = fast();
        times << clock.nsecsElapsed() / 1e6;
        cpuTimes << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    }
    const int baselineRuns = 3;
    QList<double> baselineTimes;
    SurveyTally slowTally;
    for (int i = 0; i < baselineRuns; ++i) {
        QElapsedTimer clock;
        clock.start();
        slowTally = slow();
        baselineTimes << clock.nsecsElapsed() / 1e6;
    }
    const bool same = fastTally == slowTally && fastTally == warm;
    if (!same)
        bench.note(QStringLiteral("indicators_ms: the counts DIFFER from the GROUP BY's"));
    bench.report({QStringLiteral("indicators_ms"), round1(median(times)), QStringLiteral("ms"),
                  round1(median(baselineTimes)),
                  QJsonObject{
                      {QStringLiteral("runs"), runs},
                      {QStringLiteral("worst"), round1(worst(times))},
                      {QStringLiteral("cpu_ms"), round1(median(cpuTimes))},
                      {QStringLiteral("responses"), now.responses + before.responses},
                      {QStringLiteral("waves"), QStringLiteral("%1 with change against %2")
                                                    .arg(now.name, before.name)},
                      {QStringLiteral("figures"), qint64(rows)},
                      {QStringLiteral("baseline_runs"), baselineRuns},
                      {QStringLiteral("baseline_worst"), round1(worst(baselineTimes))},
                      {QStringLiteral("baseline_is"),
                       QStringLiteral("the same answers counted by GROUP BY region and the five "
                                      "answers in SQLite, then the same figures; same process "
                                      "and data")},
                      {QStringLiteral("counts_agree"), same},
                      {QStringLiteral("db"), path},
                  }});
}
