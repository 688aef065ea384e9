// Dispute queue and search benchmarks over the large store (~1,000,000 disputes): the model's
// first screen, filters, sorts, jump to the end, full-text search and resident memory, each
// beside the naive way measured in the same run.

#include "bench.h"

#include "cliapp.h"

#include "domain/region.h"
#include "qt/disputequeuemodel.h"
#include "store/database.h"
#include "store/disputerepository.h"
#include "store/naivedisputequeue.h"
#include "store/storecopier.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

namespace {

using BenchMath::median;
using BenchMath::round2;

const QString kFirstScreen = QStringLiteral("queue_first_screen_ms");
const QString kFilter = QStringLiteral("queue_filter_ms");
const QString kSort = QStringLiteral("queue_sort_ms");
const QString kJumpEnd = QStringLiteral("queue_jump_end_ms");
const QString kSearch3 = QStringLiteral("search_3char_ms");
const QString kSearch2 = QStringLiteral("search_2char_ms");
const QString kRss = QStringLiteral("queue_rss_mb");
const QString kPgFirstScreen = QStringLiteral("pg_queue_first_screen_ms");

double msSince(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

// CPU time of the calling thread (ms): on a shared machine, wall time also holds the time
// other processes had the cores.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Median and worst of `runs` timings of `work` (wall ms), and the median CPU time of the
// thread; `prepare` runs untimed before each.
struct Timing
{
    double median = 0;
    double worst = 0;
    double cpu = 0;
};

Timing timeRuns(int runs, const std::function<void()> &work,
                const std::function<void()> &prepare = {})
{
    QList<double> times, cpu;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        const double cpu0 = threadCpuMs();
        QElapsedTimer clock;
        clock.start();
        work();
        times << msSince(clock);
        cpu << threadCpuMs() - cpu0;
    }
    return {median(times), *std::max_element(times.begin(), times.end()), median(cpu)};
}

// VmRSS of this process in MB.
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

QString sortName(const DisputeSort &sort)
{
    static const char *const names[] = {"case_no", "title", "category", "status", "level",
                                        "source", "grid", "reported", "due"};
    return QStringLiteral("%1 %2").arg(QLatin1String(names[int(sort.column)]),
                                       sort.descending ? QStringLiteral("desc")
                                                       : QStringLiteral("asc"));
}

QList<DisputeSort> everySort()
{
    QList<DisputeSort> sorts;
    for (int c = int(DisputeSortColumn::CaseNo); c <= int(DisputeSortColumn::Due); ++c) {
        for (bool descending : {true, false})
            sorts << DisputeSort {static_cast<DisputeSortColumn>(c), descending};
    }
    return sorts;
}

// Waits (running the event loop) until the model's background count for its filter arrived.
double waitForCounts(DisputeQueueModel &model)
{
    QElapsedTimer clock;
    clock.start();
    if (model.queueCounts() && !model.isCounting())
        return 0;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&model, &DisputeQueueModel::queueCountsChanged, &loop, [&] {
        if (model.queueCounts())
            loop.quit();
    });
    QObject::connect(&model, &DisputeQueueModel::countFailed, &loop, &QEventLoop::quit);
    timeout.start(600000);
    loop.exec();
    return msSince(clock);
}

// Everything one run of the queue benchmarks needs: the store, the model and the baselines'
// plain SQL.
class QueueBench
{
public:
    QueueBench(Bench &bench, const QString &path)
        : m_bench(bench)
        , m_runs(bench.options().quick ? 3 : 9)
    {
        // The first open migrates the store to this program's schema (minutes for a large one).
        bench.note(QStringLiteral("opening %1").arg(path));
        m_db = Database::open(path, Database::Mode::ReadWrite, true, Database::Check::Deferred);
        m_repo = std::make_unique<DisputeRepository>(*m_db);
        m_model = std::make_unique<DisputeQueueModel>(*m_repo);
        m_naive = std::make_unique<NaiveDisputeQueue>(*m_db);
        m_disputes = m_naive->liveDisputes();
        m_today = QDateTime::fromMSecsSinceEpoch(m_repo->latestReportedAt().value_or(0)).date();
        m_model->setToday(m_today);
    }

    bool wanted(const QString &name) const { return name.startsWith(m_bench.options().only); }

    void run()
    {
        // Warm the page cache the way an operator's first minutes would; every figure below is
        // then a warm one, baselines included.
        m_model->setFilter(DisputeFilter {});
        waitForCounts(*m_model);
        if (wanted(kFirstScreen))
            firstScreen();
        if (wanted(kRss))
            rss(); // before any baseline: the stock query model's memory is not given back
        if (wanted(kFilter))
            filters();
        if (wanted(kSort))
            sorts();
        if (wanted(kJumpEnd))
            jumpToEnd();
        if (wanted(kSearch3))
            search(kSearch3, 3);
        if (wanted(kSearch2))
            search(kSearch2, 2);
        if (wanted(kRss) || wanted(kJumpEnd))
            naiveToTheEnd();
    }

private:
    // Qt's stock query model with its defaults on a plain statement: what it costs to show the
    // first screen (its first fetch) of the rows.
    double naiveFirstScreen(const DisputeFilter &filter)
    {
        return timeRuns(m_runs, [&] { m_naive->loadFirstScreen(filter); }).median;
    }

    QJsonObject common(const QString &baselineIs) const
    {
        return QJsonObject {{QStringLiteral("runs"), m_runs},
                            {QStringLiteral("baseline_is"), baselineIs},
                            {QStringLiteral("disputes"), m_disputes},
                            {QStringLiteral("batch"), m_model->batchSize()}};
    }

    void firstScreen()
    {
        double countMs = 0;
        const Timing t = timeRuns(
            m_runs, [&] { m_model->setFilter(DisputeFilter {}); },
            [&] {
                // Each run starts from another list, its counts settled.
                m_model->setFilter(DisputeFilter {QStringLiteral("~")});
                waitForCounts(*m_model);
            });
        QElapsedTimer clock;
        clock.start();
        waitForCounts(*m_model);
        countMs = msSince(clock);
        const double base = naiveFirstScreen(DisputeFilter {});
        QJsonObject extra = common(QStringLiteral("Qt's stock query model defaults, the queue's "
                                                  "rows newest first (first fetch)"));
        extra.insert(QStringLiteral("worst"), round2(t.worst));
        extra.insert(QStringLiteral("cpu_median"), round2(t.cpu));
        extra.insert(QStringLiteral("counts_ms"), round2(countMs));
        m_bench.report({kFirstScreen, round2(t.median), QStringLiteral("ms"), round2(base), extra});
    }

    void rss()
    {
        m_model->setFilter(DisputeFilter {});
        for (int i = 0; i < 10; ++i)
            m_model->fetchMore({});
        waitForCounts(*m_model);
        m_rssMb = residentMb();
        m_rssRows = m_model->rowCount();
    }

    void filters()
    {
        // A township with the most disputes, its most common category; and a status.
        const QString township = m_naive->busiestTownshipPrefix();
        const QString category = m_naive->commonestCategory(township);
        struct Case
        {
            QString name;
            DisputeFilter filter;
        };
        DisputeFilter townCategory {township};
        townCategory.category = category;
        DisputeFilter mediating;
        mediating.status = QStringLiteral("mediating");
        DisputeFilter closed;
        closed.status = QStringLiteral("closed");
        const QList<Case> cases = {
            {QStringLiteral("township %1 + %2").arg(township, category), townCategory},
            {QStringLiteral("status mediating"), mediating},
            {QStringLiteral("status closed"), closed},
        };
        double worst = 0, worstMedian = 0, base = 0;
        QJsonArray detail;
        for (const Case &c : cases) {
            const Timing t = timeRuns(
                m_runs, [&] { m_model->setFilter(c.filter); },
                [&] { m_model->setFilter(DisputeFilter {}); });
            const double b = naiveFirstScreen(c.filter);
            detail.append(QJsonObject {{QStringLiteral("filter"), c.name},
                                       {QStringLiteral("median"), round2(t.median)},
                                       {QStringLiteral("cpu_median"), round2(t.cpu)},
                                       {QStringLiteral("baseline"), round2(b)}});
            if (t.median >= worstMedian) {
                worstMedian = t.median;
                base = b;
            }
            worst = std::max(worst, t.worst);
        }
        QJsonObject extra = common(
            QStringLiteral("Qt's stock query model defaults, the filtered rows newest first "
                           "(first fetch)"));
        extra.insert(QStringLiteral("worst"), round2(worst));
        extra.insert(QStringLiteral("cases"), detail);
        m_bench.report({kFilter, round2(worstMedian), QStringLiteral("ms"), round2(base), extra});
    }

    void sorts()
    {
        double worst = 0, worstMedian = 0, base = 0, worstOffset = 0, worstCpu = 0;
        QString worstSort;
        for (const DisputeSort &sort : everySort()) {
            DisputeFilter f;
            f.sort = sort;
            const Timing t = timeRuns(
                m_runs, [&] { m_model->setFilter(f); },
                [&] { m_model->setFilter(DisputeFilter {}); });
            worstCpu = std::max(worstCpu, t.cpu);
            const double b = naiveFirstScreen(f);
            // Offset paging: the 10th batch, as a list paged by offset reads it.
            const double offset
                = timeRuns(m_runs, [&] { m_naive->readOffsetPage(sort, 1800); }).median;
            if (t.median >= worstMedian) {
                worstMedian = t.median;
                base = b;
                worstSort = sortName(sort);
            }
            worst = std::max(worst, t.worst);
            worstOffset = std::max(worstOffset, offset);
        }
        QJsonObject extra
            = common(QStringLiteral("Qt's stock query model defaults, rows sorted by the column "
                                    "(first fetch); offset_page10_ms: a 200-row page at "
                                    "offset 1800"));
        extra.insert(QStringLiteral("worst"), round2(worst));
        extra.insert(QStringLiteral("worst_sort"), worstSort);
        extra.insert(QStringLiteral("sorts"), int(everySort().size()));
        extra.insert(QStringLiteral("offset_page10_ms"), round2(worstOffset));
        extra.insert(QStringLiteral("cpu_median_worst"), round2(worstCpu));
        m_bench.report({kSort, round2(worstMedian), QStringLiteral("ms"), round2(base), extra});
    }

    void jumpToEnd()
    {
        double worst = 0, worstMedian = 0, worstOffset = 0, worstCpu = 0;
        QString worstSort;
        DisputeSort worstSortKey;
        for (const DisputeSort &sort : everySort()) {
            DisputeFilter f;
            f.sort = sort;
            const Timing t = timeRuns(
                m_runs, [&] { m_model->jumpToEnd(); }, [&] { m_model->setFilter(f); });
            worstCpu = std::max(worstCpu, t.cpu);
            if (!m_model->reachesEnd())
                throw StoreError(QStringLiteral("jump to the end did not reach the end"));
            if (t.median >= worstMedian) {
                worstMedian = t.median;
                worstSort = sortName(sort);
                worstSortKey = sort;
            }
            worst = std::max(worst, t.worst);
        }
        // Offset paging to the last batch of the slowest sort: count, then skip everything
        // before it (seconds each, so once).
        worstOffset = timeRuns(1, [&] { m_naive->readLastOffsetPage(worstSortKey); }).median;
        m_jumpMedian = worstMedian;
        m_jumpExtra = common(QStringLiteral(
            "Qt's stock query model defaults, rows newest first, fetched to the end; "
            "offset_last_page_ms: a count, then the last 200-row page by offset, on the "
            "slowest sort"));
        m_jumpExtra.insert(QStringLiteral("worst"), round2(worst));
        m_jumpExtra.insert(QStringLiteral("worst_sort"), worstSort);
        m_jumpExtra.insert(QStringLiteral("offset_last_page_ms"), round2(worstOffset));
        m_jumpExtra.insert(QStringLiteral("cpu_median_worst"), round2(worstCpu));
    }

    // Terms of `length` characters from the store's own titles: the most common one and ones
    // in about 5 %, 0.5 % and 0.05 % of the titles (sampled); 纠纷 among the two-character ones.
    QStringList searchTerms(int length)
    {
        QHash<QString, int> counts;
        const QStringList titles = m_naive->sampleTitles();
        for (const QString &title : titles) {
            QSet<QString> seen;
            for (int i = 0; i + length <= title.size(); ++i) {
                const QString term = title.mid(i, length);
                bool cjk = true;
                for (QChar c : term)
                    cjk = cjk && c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
                if (cjk && !seen.contains(term)) {
                    seen.insert(term);
                    ++counts[term];
                }
            }
        }
        // Sorted by frequency, then text, so that the choice is the same on every run.
        QList<std::pair<int, QString>> ranked;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            ranked.append({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QStringList terms;
        if (length == 2)
            terms << QStringLiteral("纠纷");
        if (ranked.isEmpty())
            return terms;
        if (!terms.contains(ranked.constFirst().second))
            terms << ranked.constFirst().second;
        for (double share : {0.05, 0.005, 0.0005}) {
            const double target = std::max(1.0, share * double(titles.size()));
            const auto closest = std::min_element(ranked.cbegin(), ranked.cend(),
                                                  [&](const auto &a, const auto &b) {
                                                      return std::abs(a.first - target)
                                                             < std::abs(b.first - target);
                                                  });
            if (!terms.contains(closest->second))
                terms << closest->second;
        }
        return terms;
    }

    void search(const QString &name, int length)
    {
        double worst = 0, worstMedian = 0, base = 0;
        QJsonArray detail;
        for (const QString &term : searchTerms(length)) {
            DisputeFilter f;
            f.text = term;
            const Timing t = timeRuns(
                m_runs, [&] { m_model->setFilter(f); },
                [&] { m_model->setFilter(DisputeFilter {}); });
            // LIKE '%…%' over the same texts, newest first, the first batch.
            const double b
                = timeRuns(std::min(m_runs, 3), [&] { m_naive->readLikePage(term); }).median;
            detail.append(QJsonObject {{QStringLiteral("term"), term},
                                       {QStringLiteral("matches"), m_naive->textMatches(term)},
                                       {QStringLiteral("median"), round2(t.median)},
                                       {QStringLiteral("cpu_median"), round2(t.cpu)},
                                       {QStringLiteral("rows"), m_model->rowCount()},
                                       {QStringLiteral("baseline"), round2(b)}});
            if (t.median >= worstMedian) {
                worstMedian = t.median;
                base = b;
            }
            worst = std::max(worst, t.worst);
        }
        QJsonObject extra = common(QStringLiteral(
            "LIKE '%…%' on title, summary and party names, newest first, first 200 rows"));
        extra.insert(QStringLiteral("worst"), round2(worst));
        extra.insert(QStringLiteral("terms"), detail);
        m_bench.report({name, round2(worstMedian), QStringLiteral("ms"), round2(base), extra});
    }

    // Qt's stock query model with its defaults fetched to the end: the baseline of jumping to
    // the end and of memory. Runs last: the memory it takes is not given back.
    void naiveToTheEnd()
    {
        m_model->setFilter(DisputeFilter {QStringLiteral("~")});
        waitForCounts(*m_model);
        QElapsedTimer clock;
        clock.start();
        const std::unique_ptr<NaiveLoadedList> naive = m_naive->loadToTheEnd(DisputeFilter {});
        const double jumpMs = msSince(clock);
        const double naiveRss = residentMb();
        if (wanted(kJumpEnd)) {
            m_jumpExtra.insert(QStringLiteral("baseline_rows"), naive->rows());
            m_bench.report({kJumpEnd, round2(m_jumpMedian), QStringLiteral("ms"), round2(jumpMs),
                            m_jumpExtra});
        }
        if (wanted(kRss)) {
            QJsonObject extra = common(QStringLiteral(
                "VmRSS with Qt's stock query model defaults fetched to the end (same process, "
                "after)"));
            extra.insert(QStringLiteral("rows_loaded"), m_rssRows);
            m_bench.report({kRss, round2(m_rssMb), QStringLiteral("MB"), round2(naiveRss), extra});
        }
    }

    Bench &m_bench;
    int m_runs = 9;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DisputeRepository> m_repo;
    std::unique_ptr<NaiveDisputeQueue> m_naive;
    std::unique_ptr<DisputeQueueModel> m_model;
    qint64 m_disputes = 0;
    QDate m_today;
    double m_rssMb = 0;
    int m_rssRows = 0;
    double m_jumpMedian = 0;
    QJsonObject m_jumpExtra;
};

// The queue model's first screen on `db` (as queue_first_screen_ms measures it).
Timing firstScreenOn(Database &db, int runs)
{
    DisputeRepository repo(db);
    DisputeQueueModel model(repo);
    model.setToday(QDateTime::fromMSecsSinceEpoch(repo.latestReportedAt().value_or(0)).date());
    model.setFilter(DisputeFilter {});
    waitForCounts(model);
    return timeRuns(
        runs, [&] { model.setFilter(DisputeFilter {}); },
        [&] {
            model.setFilter(DisputeFilter {QStringLiteral("~")});
            waitForCounts(model);
        });
}

// The same first screen on a PostgreSQL copy of the large store (--pg), beside the SQLite file
// in the same run. An empty server database gets the store copied in first (minutes).
void pgFirstScreen(Bench &bench, const QString &path)
{
    const QString address = bench.options().pg;
    if (address.isEmpty()) {
        bench.note(QStringLiteral("%1: skipped; give --pg postgresql://USER@HOST:PORT/DBNAME (an "
                                  "empty database, or one an earlier run filled)").arg(kPgFirstScreen));
        return;
    }
    if (!Database::isServerAddress(address))
        throw CliError {ExitUsage, QStringLiteral("bench: --pg must be a postgresql:// address")};
    const int runs = bench.options().quick ? 3 : 9;
    auto file = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    const qint64 disputes = NaiveDisputeQueue(*file).liveDisputes();
    {
        auto server = Database::open(address);
        const qint64 there = DisputeRepository(*server).count(DisputeFilter {});
        if (there == 0) {
            bench.note(QStringLiteral("copying %1 into %2").arg(path, server->path()));
            QElapsedTimer clock;
            clock.start();
            int lastTenth = -1;
            const StoreCopier::Result copied
                = StoreCopier(*file, *server).copy([&](qint64 done, qint64 total) {
                      const int tenth = total > 0 ? int(done * 10 / total) : 10;
                      if (tenth != lastTenth)
                          bench.note(QStringLiteral("  %1 of %2 rows").arg(done).arg(total));
                      lastTenth = tenth;
                      return true;
                  });
            bench.note(QStringLiteral("copied %1 rows in %2 s")
                           .arg(copied.rows)
                           .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        } else if (there != disputes) {
            throw CliError {ExitRejected,
                            QStringLiteral("bench: %1 holds another store (%2 disputes; the large "
                                           "store has %3): give an empty database")
                                .arg(server->path())
                                .arg(there)
                                .arg(disputes)};
        }
    }
    auto server = Database::open(address, Database::Mode::ReadOnly, false);
    const Timing onFile = firstScreenOn(*file, runs);
    const Timing onServer = firstScreenOn(*server, runs);
    QJsonObject extra {{QStringLiteral("runs"), runs},
                       {QStringLiteral("baseline_is"),
                        QStringLiteral("the same queue model's first screen on the SQLite file "
                                       "holding the same store, same run")},
                       {QStringLiteral("disputes"), disputes},
                       {QStringLiteral("worst"), round2(onServer.worst)},
                       {QStringLiteral("cpu_median"), round2(onServer.cpu)},
                       {QStringLiteral("server"), server->path()}};
    bench.report({kPgFirstScreen, round2(onServer.median), QStringLiteral("ms"),
                  round2(onFile.median), extra});
}

} // namespace

QStringList BenchQueue::names()
{
    return {kFirstScreen, kFilter, kSort, kJumpEnd, kSearch3, kSearch2, kRss, kPgFirstScreen};
}

void BenchQueue::run(Bench &bench)
{
    const QString path = bench.largeDatabase();
    {
        QueueBench queue(bench, path);
        queue.run();
    }
    if (kPgFirstScreen.startsWith(bench.options().only))
        pgFirstScreen(bench, path);
}
