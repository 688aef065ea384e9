#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

// `pingan-cli bench`: makes the data the benchmarks need (reused from --data DIR when given),
// runs those whose name starts with --only, and prints one JSON object per line:
// {"name", "value", "unit", "baseline", "ratio", …} where baseline is a same-run figure of the
// naive or minimal way, in the same unit.
class Bench
{
public:
    struct Options
    {
        QString only;       // name prefix; empty = all
        QString dataDir;    // empty = a temporary folder
        bool quick = false; // small data, few runs (tests of the harness itself)
        QString largeDb;    // an existing store with ~1,000,000 disputes (else made in dataDir)
        double largeScale = 47; // demo scale of the large store (47 ≈ 1,010,000 disputes)
        QString pg;         // a PostgreSQL database for pg_queue_first_screen_ms (empty: skipped)
    };

    struct Result
    {
        QString name;
        double value = 0;
        QString unit;
        std::optional<double> baseline;
        QJsonObject extra;   // further fields: runs, worst, what the baseline is …
    };

    Bench(const Options &options, QTextStream &out, QTextStream &err);
    int run();

    // For the benchmark functions of each area (bench_*.cpp).
    const Options &options() const { return m_options; }
    void report(const Result &result);
    // A note on standard error (what is being prepared, where the data is).
    void note(const QString &text);
    // The folder the data is kept in (--data, or a temporary one).
    QString dataDir() const { return m_dataDir; }
    // The scale-1 demo county store, created on first use in the data folder.
    QString demoDatabase();
    // The store with ~1,000,000 disputes: --large-db when given, else the demo county at
    // largeScale, made on first use in the data folder (minutes). --quick: the scale-1 store.
    QString largeDatabase();

private:
    struct Entry
    {
        QStringList names;           // the figures it reports
        std::function<void()> run;
    };

    QString guiBinary() const;

    void benchDemoGenerate();
    void benchStartup();

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dataDir;
    QList<Entry> m_entries;
};

// Small helpers the benchmark files share.
namespace BenchMath {
double median(QList<double> values);
double worst(const QList<double> &values);
double round1(double v);
double round2(double v);
}

// Benchmarks of each area, one file each (app/cli/bench_*.cpp).
namespace BenchQueue {
// queue_first_screen_ms, queue_filter_ms, queue_sort_ms, queue_jump_end_ms, search_3char_ms,
// search_2char_ms, queue_rss_mb, pg_queue_first_screen_ms (with --pg)
QStringList names();
void run(Bench &bench);
}
namespace BenchMap {
QStringList names(); // map_frame_ms, map_full_render_ms, map_pick_us
void run(Bench &bench);
}
namespace BenchCoverage {
QStringList names(); // coverage_ms, coverage_road_ms, suggest_ms
void run(Bench &bench);
}
namespace BenchSurvey {
QStringList names(); // survey_import_rows_per_s (bench_survey.cpp)
void run(Bench &bench);
}
namespace BenchIndicators {
QStringList names(); // indicators_ms (bench_indicators.cpp)
void run(Bench &bench);
}
namespace BenchStats {
QStringList names(); // stats_month_ms
void run(Bench &bench);
}

namespace BenchSync {
QStringList names(); // sync_export_rows_per_s, sync_import_rows_per_s (bench_sync.cpp)
void run(Bench &bench);
}

namespace BenchReport {
QStringList names(); // report_pdf_ms (bench_report.cpp)
void run(Bench &bench);
}
