// Dispute queue and search benchmarks over the large store (~1,000,000 disputes): the model's
// first screen, filters, sorts, jump to the end, full-text search and resident memory, each
// beside the naive way measured in the same run.

#include "bench.h"

#include "cliapp.h"

#include "domain/region.h"
#include "qt/disputequeuemodel.h"
#include "store/database.h"
#include "store/disputerepository.h"
#include "store/ftsbigram.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
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

// The columns the list shows, as the naive baselines select them.
const char kListColumns[]
    = "d.rid, d.id, d.case_no, d.title, d.category, d.status, d.level, d.source, d.is_major, "
      "d.grid_code, g.name, v.name, d.reported_at, d.due_on";
const char kListJoins[] = "FROM dispute d LEFT JOIN region g ON g.code = d.grid_code "
                          "LEFT JOIN region v ON v.code = g.parent_code";

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

QString orderByOf(const DisputeSort &sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString column;
    switch (sort.column) {
    case DisputeSortColumn::CaseNo: column = QStringLiteral("d.case_no"); break;
    case DisputeSortColumn::Title: column = QStringLiteral("d.title"); break;
    case DisputeSortColumn::Category: column = QStringLiteral("d.category"); break;
    case DisputeSortColumn::Status: column = QStringLiteral("d.status"); break;
    case DisputeSortColumn::Level: column = QStringLiteral("d.level"); break;
    case DisputeSortColumn::Source: column = QStringLiteral("d.source"); break;
    case DisputeSortColumn::Grid: column = QStringLiteral("d.grid_code"); break;
    case DisputeSortColumn::Due: column = QStringLiteral("coalesce(d.due_on, '')"); break;
    case DisputeSortColumn::Reported: break;
    }
    QStringList terms;
    if (!column.isEmpty())
        terms << column + dir;
    terms << QStringLiteral("d.reported_at") + dir << QStringLiteral("d.rid") + dir;
    return terms.join(QLatin1String(", "));
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
        m_disputes = scalar(QStringLiteral("SELECT count(*) FROM dispute WHERE deleted = 0"));
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
            rss(); // before any baseline: QSqlQueryModel's memory is not given back
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
    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = m_db->prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        Database::exec(q);
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    QString scalarText(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = prepared(sql, values);
        return q.next() ? q.value(0).toString() : QString();
    }

    // QSqlQueryModel with its defaults on a plain statement: what it costs to show the first
    // screen (its first fetch) of the rows.
    double naiveFirstScreen(const QString &sql, const QVariantList &values = {})
    {
        return timeRuns(m_runs, [&] {
                   QSqlQueryModel naive;
                   naive.setQuery(prepared(sql, values));
                   if (naive.lastError().isValid())
                       throw StoreError(naive.lastError().text(), sql);
               }).median;
    }

    // A statement as QSqlQuery runs it by default (scrollable, not forward-only).
    QSqlQuery prepared(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db->connection());
        if (!q.prepare(sql))
            throw StoreError(q.lastError().text(), sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        Database::exec(q);
        return q;
    }

    QString naiveSql(const QString &where, const DisputeSort &sort) const
    {
        return QStringLiteral("SELECT %1 %2 WHERE d.deleted = 0 AND %3 ORDER BY %4")
            .arg(QLatin1String(kListColumns), QLatin1String(kListJoins), where, orderByOf(sort));
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
        const double base = naiveFirstScreen(naiveSql(QStringLiteral("1"), DisputeSort {}));
        QJsonObject extra = common(QStringLiteral("QSqlQueryModel defaults, SELECT … ORDER BY "
                                                  "reported_at DESC (first fetch)"));
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
        const QString township = scalarText(QStringLiteral(
            "SELECT substr(grid_code, 1, 9) FROM dispute GROUP BY 1 ORDER BY count(*) DESC "
            "LIMIT 1"));
        const QString category = scalarText(
            QStringLiteral("SELECT category FROM dispute WHERE grid_code >= ? AND grid_code < ? "
                           "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
            {township, township + QLatin1Char('~')});
        struct Case
        {
            QString name;
            DisputeFilter filter;
            QString where;
            QVariantList values;
        };
        DisputeFilter townCategory {township};
        townCategory.category = category;
        DisputeFilter mediating;
        mediating.status = QStringLiteral("mediating");
        DisputeFilter closed;
        closed.status = QStringLiteral("closed");
        const QList<Case> cases = {
            {QStringLiteral("township %1 + %2").arg(township, category), townCategory,
             QStringLiteral("d.grid_code >= ? AND d.grid_code < ? AND d.category = ?"),
             {township, township + QLatin1Char('~'), category}},
            {QStringLiteral("status mediating"), mediating, QStringLiteral("d.status = ?"),
             {QStringLiteral("mediating")}},
            {QStringLiteral("status closed"), closed, QStringLiteral("d.status = ?"),
             {QStringLiteral("closed")}},
        };
        double worst = 0, worstMedian = 0, base = 0;
        QJsonArray detail;
        for (const Case &c : cases) {
            const Timing t = timeRuns(
                m_runs, [&] { m_model->setFilter(c.filter); },
                [&] { m_model->setFilter(DisputeFilter {}); });
            const double b = naiveFirstScreen(naiveSql(c.where, DisputeSort {}), c.values);
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
            QStringLiteral("QSqlQueryModel defaults, SELECT … WHERE … ORDER BY (first fetch)"));
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
            const QString sql = naiveSql(QStringLiteral("1"), sort);
            const double b = naiveFirstScreen(sql);
            // OFFSET paging: the 10th batch, as a list paged by OFFSET reads it.
            const double offset = timeRuns(m_runs, [&] {
                                      QSqlQuery q = m_db->prepare(
                                          sql + QStringLiteral(" LIMIT 200 OFFSET 1800"));
                                      Database::exec(q);
                                      while (q.next()) { }
                                  }).median;
            if (t.median >= worstMedian) {
                worstMedian = t.median;
                base = b;
                worstSort = sortName(sort);
            }
            worst = std::max(worst, t.worst);
            worstOffset = std::max(worstOffset, offset);
        }
        QJsonObject extra
            = common(QStringLiteral("QSqlQueryModel defaults, SELECT … ORDER BY the column "
                                    "(first fetch); offset_page10_ms: LIMIT 200 OFFSET 1800"));
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
        // OFFSET paging to the last batch of the slowest sort: count, then skip everything
        // before it (seconds each, so once).
        const QString sql = naiveSql(QStringLiteral("1"), worstSortKey);
        worstOffset = timeRuns(1, [&] {
                          const qint64 n = scalar(QStringLiteral(
                              "SELECT count(*) FROM dispute WHERE deleted = 0"));
                          QSqlQuery q = m_db->prepare(sql + QStringLiteral(" LIMIT 200 OFFSET ?"));
                          q.addBindValue(std::max<qint64>(0, n - 200));
                          Database::exec(q);
                          while (q.next()) { }
                      }).median;
        m_jumpMedian = worstMedian;
        m_jumpExtra = common(QStringLiteral(
            "QSqlQueryModel defaults, SELECT … ORDER BY reported_at DESC, fetched to the end; "
            "offset_last_page_ms: count + LIMIT 200 OFFSET count-200 on the slowest sort"));
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
        QSqlQuery q = m_db->prepare(QStringLiteral(
            "SELECT title FROM dispute WHERE rid % 97 = 0 AND deleted = 0 LIMIT 5000"));
        Database::exec(q);
        int titles = 0;
        while (q.next()) {
            const QString title = q.value(0).toString();
            ++titles;
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
            const double target = std::max(1.0, share * titles);
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
            const QString like = QStringLiteral("%") + term + QStringLiteral("%");
            const double b = timeRuns(std::min(m_runs, 3), [&] {
                                 QSqlQuery q = m_db->prepare(
                                     QStringLiteral("SELECT %1 %2 WHERE d.deleted = 0 AND "
                                                    "(d.title LIKE ? OR d.summary LIKE ? OR "
                                                    "EXISTS (SELECT 1 FROM dispute_party p "
                                                    "WHERE p.dispute_id = d.id AND p.deleted = 0 "
                                                    "AND p.name LIKE ?)) ORDER BY %3 LIMIT 200")
                                         .arg(QLatin1String(kListColumns),
                                              QLatin1String(kListJoins),
                                              orderByOf(DisputeSort {})));
                                 q.addBindValue(like);
                                 q.addBindValue(like);
                                 q.addBindValue(like);
                                 Database::exec(q);
                                 while (q.next()) { }
                             }).median;
            detail.append(QJsonObject {{QStringLiteral("term"), term},
                                       {QStringLiteral("matches"),
                                        scalar(QStringLiteral("SELECT count(*) FROM dispute_fts "
                                                              "WHERE dispute_fts MATCH ?"),
                                               {bigramMatchExpression(term)})},
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

    // QSqlQueryModel with its defaults fetched to the end: the baseline of jumping to the end
    // and of memory. Runs last: the memory it takes is not given back.
    void naiveToTheEnd()
    {
        m_model->setFilter(DisputeFilter {QStringLiteral("~")});
        waitForCounts(*m_model);
        QElapsedTimer clock;
        clock.start();
        QSqlQueryModel naive;
        naive.setQuery(prepared(naiveSql(QStringLiteral("1"), DisputeSort {}), {}));
        while (naive.canFetchMore())
            naive.fetchMore();
        const double jumpMs = msSince(clock);
        const double naiveRss = residentMb();
        if (wanted(kJumpEnd)) {
            m_jumpExtra.insert(QStringLiteral("baseline_rows"), naive.rowCount());
            m_bench.report({kJumpEnd, round2(m_jumpMedian), QStringLiteral("ms"), round2(jumpMs),
                            m_jumpExtra});
        }
        if (wanted(kRss)) {
            QJsonObject extra = common(QStringLiteral(
                "VmRSS with QSqlQueryModel defaults fetched to the end (same process, after)"));
            extra.insert(QStringLiteral("rows_loaded"), m_rssRows);
            m_bench.report({kRss, round2(m_rssMb), QStringLiteral("MB"), round2(naiveRss), extra});
        }
    }

    Bench &m_bench;
    int m_runs = 9;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DisputeRepository> m_repo;
    std::unique_ptr<DisputeQueueModel> m_model;
    qint64 m_disputes = 0;
    QDate m_today;
    double m_rssMb = 0;
    int m_rssRows = 0;
    double m_jumpMedian = 0;
    QJsonObject m_jumpExtra;
};

} // namespace

QStringList BenchQueue::names()
{
    return {kFirstScreen, kFilter, kSort, kJumpEnd, kSearch3, kSearch2, kRss};
}

void BenchQueue::run(Bench &bench)
{
    const QString path = bench.largeDatabase();
    QueueBench queue(bench, path);
    queue.run();
}
