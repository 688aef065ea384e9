#include "bench.h"

#include "cliapp.h"

#include "domain/disputestats.h"
#include "store/database.h"
#include "store/disputerepository.h"
#include "store/disputestatsrepository.h"
#include "store/regionrepository.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace {

using BenchMath::median;
using BenchMath::worst;
using BenchMath::round1;

bool sameFigures(const ComparedDisputeFigures &a, const ComparedDisputeFigures &b)
{
    return a.current == b.current && a.previous == b.previous && a.yearBefore == b.yearBefore;
}

// The one-pass statistics agree with the statement-per-figure ones on every figure of every row.
bool agree(const DisputeStats &fast, const DisputeStats &slow)
{
    if (!sameFigures(fast, slow) || fast.byCategory.size() < slow.byCategory.size()
        || fast.byRegion.size() < slow.byRegion.size())
        return false;
    for (qsizetype i = 0; i < slow.byCategory.size(); ++i) {
        if (fast.byCategory.at(i).category != slow.byCategory.at(i).category
            || !sameFigures(fast.byCategory.at(i), slow.byCategory.at(i)))
            return false;
    }
    for (qsizetype i = 0; i < slow.byRegion.size(); ++i) {
        if (fast.byRegion.at(i).code != slow.byRegion.at(i).code
            || !sameFigures(fast.byRegion.at(i), slow.byRegion.at(i)))
            return false;
    }
    return true;
}

} // namespace

QStringList BenchStats::names()
{
    return {QStringLiteral("stats_month_ms")};
}

// One month's full dispute statistics of the county (the latest complete month of the data, with
// the previous month and the same month a year earlier), timed end to end: region lookup, three
// grouped passes, rows. The baseline computes the same figures with one COUNT statement per
// figure per table row, as a hand-written report would, in the same process on the same data.
void BenchStats::run(Bench &bench)
{
    const QString path = bench.largeDatabase();
    // Read-write so that a store made by an older build is migrated (once, before the clock);
    // the integrity check of a multi-gigabyte file is not what is measured here.
    auto db = Database::open(path, Database::Mode::ReadWrite, true, Database::Check::Deferred);
    const std::optional<qint64> latest = DisputeRepository(*db).latestReportedAt();
    const std::optional<Region> county = RegionRepository(*db).county();
    if (!latest || !county)
        throw CliError {ExitFailure, QStringLiteral("bench: %1 holds no disputes").arg(path)};
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(*latest).date();
    const QDate month = QDate(lastDay.year(), lastDay.month(), 1).addMonths(-1);
    const StatsPeriod period = StatsPeriod::month(month.year(), month.month());
    // The data's last day, not the wall clock: the same store gives the same figures.
    const QDate asOf = lastDay;

    DisputeStatsRepository repo(*db);
    const QString monthName = period.from().toString(QStringLiteral("yyyy-MM"));
    bench.note(QStringLiteral("stats of %1 %2 for %3 in %4")
                   .arg(county->name, county->code, monthName, path));
    std::optional<DisputeStats> fast = repo.stats(county->code, period, asOf); // warms the cache

    // Wall-clock time is the figure; processor time is reported beside it because a shared
    // machine stretches wall-clock time with other people's work.
    const int runs = bench.options().quick ? 3 : 9;
    QList<double> times;
    QList<double> cpuTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        const std::clock_t cpuStart = std::clock();
        clock.start();
        fast = repo.stats(county->code, period, asOf);
        times << clock.nsecsElapsed() / 1e6;
        cpuTimes << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    }

    const int baselineRuns = 3;
    QList<double> baselineTimes;
    QList<double> baselineCpuTimes;
    std::optional<DisputeStats> slow;
    int statements = 0;
    for (int i = 0; i < baselineRuns; ++i) {
        QElapsedTimer clock;
        const std::clock_t cpuStart = std::clock();
        clock.start();
        slow = repo.statsByCountQueries(county->code, period, asOf, &statements);
        baselineTimes << clock.nsecsElapsed() / 1e6;
        baselineCpuTimes << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    }

    const bool same = fast && slow && agree(*fast, *slow);
    if (!same)
        bench.note(QStringLiteral("stats_month_ms: the figures DIFFER from the baseline's"));
    bench.report({QStringLiteral("stats_month_ms"), round1(median(times)), QStringLiteral("ms"),
                  round1(median(baselineTimes)),
                  QJsonObject {
                      {QStringLiteral("runs"), runs},
                      {QStringLiteral("worst"), round1(worst(times))},
                      {QStringLiteral("cpu_ms"), round1(median(cpuTimes))},
                      {QStringLiteral("baseline_cpu_ms"), round1(median(baselineCpuTimes))},
                      {QStringLiteral("statements"), 3},
                      {QStringLiteral("baseline_runs"), baselineRuns},
                      {QStringLiteral("baseline_worst"), round1(worst(baselineTimes))},
                      {QStringLiteral("baseline_statements"), statements},
                      {QStringLiteral("baseline_is"),
                       QStringLiteral("the same figures by one COUNT(*) statement per figure (11) "
                                      "per table row (county total, each category, each "
                                      "township) per period (month, previous month, year "
                                      "before), same process and data")},
                      {QStringLiteral("figures_agree"), same},
                      {QStringLiteral("month"), monthName},
                      {QStringLiteral("region"), county->code},
                      {QStringLiteral("disputes_in_month"), fast ? fast->current.reported : 0},
                      {QStringLiteral("db"), path},
                  }});
}
