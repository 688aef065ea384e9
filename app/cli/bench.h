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

private:
    struct Entry
    {
        QStringList names;           // the figures it reports
        std::function<void()> run;
    };

    void report(const Result &result);
    // The scale-1 demo county store, created on first use in the data folder.
    QString demoDatabase();
    QString guiBinary() const;

    void benchDemoGenerate();
    void benchStartup();

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dataDir;
    QList<Entry> m_entries;
};
