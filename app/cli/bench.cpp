#include "bench.h"

#include "cliapp.h"

#include "demo/demogenerator.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

using BenchMath::median;
using BenchMath::round1;

} // namespace

namespace BenchMath {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace BenchMath

Bench::Bench(const Options &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{
    m_entries = {
        {{QStringLiteral("demo_generate_s")}, [this] { benchDemoGenerate(); }},
        {{QStringLiteral("startup_ms"), QStringLiteral("startup_ready_ms")}, [this] { benchStartup(); }},
        {BenchQueue::names(), [this] { BenchQueue::run(*this); }},
        {BenchStats::names(), [this] { BenchStats::run(*this); }},
        {BenchMap::names(), [this] { BenchMap::run(*this); }},
        {BenchCoverage::names(), [this] { BenchCoverage::run(*this); }},
        {BenchSurvey::names(), [this] { BenchSurvey::run(*this); }},
        {BenchIndicators::names(), [this] { BenchIndicators::run(*this); }},
        {BenchReport::names(), [this] { BenchReport::run(*this); }},
        {BenchSync::names(), [this] { BenchSync::run(*this); }},
    };
}

int Bench::run()
{
    std::unique_ptr<QTemporaryDir> temp;
    if (m_options.dataDir.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>();
        m_dataDir = temp->path();
    } else {
        m_dataDir = m_options.dataDir;
        if (!QDir().mkpath(m_dataDir))
            throw CliError{ExitFailure, QStringLiteral("bench: cannot create %1").arg(m_dataDir)};
    }
    int ran = 0;
    for (const Entry &e : m_entries) {
        const bool wanted = std::any_of(e.names.begin(), e.names.end(), [this](const QString &n) {
            return n.startsWith(m_options.only);
        });
        if (!wanted)
            continue;
        e.run();
        ++ran;
    }
    if (ran == 0) {
        QStringList names;
        for (const Entry &e : m_entries)
            names << e.names;
        throw CliError{ExitUsage, QStringLiteral("bench: no benchmark starts with '%1' (there are: %2)")
                                      .arg(m_options.only, names.join(QStringLiteral(", ")))};
    }
    return ExitOk;
}

void Bench::report(const Result &r)
{
    QJsonObject o{{QStringLiteral("name"), r.name},
                  {QStringLiteral("value"), r.value},
                  {QStringLiteral("unit"), r.unit},
                  {QStringLiteral("baseline"), r.baseline ? QJsonValue(*r.baseline) : QJsonValue()},
                  {QStringLiteral("ratio"), r.baseline && *r.baseline > 0
                                                ? QJsonValue(std::round(r.value / *r.baseline * 1000) / 1000)
                                                : QJsonValue()}};
    for (auto it = r.extra.begin(); it != r.extra.end(); ++it)
        o.insert(it.key(), it.value());
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
    m_out.flush();
}

QString Bench::demoDatabase()
{
    const QString path = m_dataDir + (m_options.quick ? QStringLiteral("/demo-quick.db")
                                                      : QStringLiteral("/demo-scale1.db"));
    auto db = Database::open(path);
    DemoGenerator generator(*db);
    if (!generator.isFilled()) {
        note(QStringLiteral("generating the demo county in %1").arg(path));
        DemoOptions options;
        options.scale = m_options.quick ? 0.05 : 1.0;
        generator.generate(options);
    }
    return path;
}

void Bench::note(const QString &text)
{
    m_err << "bench: " << text << "\n";
    m_err.flush();
}

QString Bench::largeDatabase()
{
    if (m_options.quick)
        return demoDatabase();
    if (!m_options.largeDb.isEmpty()) {
        if (!QFileInfo::exists(m_options.largeDb))
            throw CliError{ExitUsage, QStringLiteral("bench: --large-db %1 does not exist").arg(m_options.largeDb)};
        return m_options.largeDb;
    }
    const QString path = m_dataDir + QStringLiteral("/demo-scale%1.db").arg(m_options.largeScale);
    auto db = Database::open(path);
    DemoGenerator generator(*db);
    if (!generator.isFilled()) {
        note(QStringLiteral("generating the demo county at scale %1 in %2 (minutes)")
                 .arg(m_options.largeScale)
                 .arg(path));
        DemoOptions options;
        options.scale = m_options.largeScale;
        generator.generate(options);
    }
    return path;
}

QString Bench::guiBinary() const
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/pingan");
    return QFileInfo::exists(beside) ? beside : QStringLiteral(PINGAN_GUI_BINARY);
}

void Bench::benchDemoGenerate()
{
    const QString path = m_dataDir + QStringLiteral("/demo-generate.db");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    DemoOptions options;
    options.scale = m_options.quick ? 0.05 : 1.0;
    QElapsedTimer clock;
    clock.start();
    DemoGenerator::Result result;
    {
        auto db = Database::open(path);
        result = DemoGenerator(*db).generate(options);
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    report({QStringLiteral("demo_generate_s"), std::round(seconds * 100) / 100, QStringLiteral("s"),
            std::nullopt,
            QJsonObject{{QStringLiteral("scale"), options.scale},
                        {QStringLiteral("regions"), result.regions},
                        {QStringLiteral("disputes"), result.disputes},
                        {QStringLiteral("events"), result.events},
                        {QStringLiteral("survey_responses"), result.surveyResponses}}});
}

// Process start to the first paint of the main window, measured from outside: the clock runs
// from QProcess::start until the app prints its first_paint_ms line. startup_ready_ms runs on
// until every panel holds its data (ready_ms). The baseline is a bare QMainWindow started the
// same way; the three kinds of run are interleaved.
void Bench::benchStartup()
{
    const QString db = demoDatabase();
    const QString gui = guiBinary();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY"))
        && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // Runs the GUI once and returns the wall-clock ms until it printed `key=`.
    auto once = [&](const QStringList &flags, const QByteArray &key) -> double {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(gui, QStringList{QStringLiteral("--db"), db} + flags);
        QByteArray output;
        double wall = -1;
        while (wall < 0 && p.waitForReadyRead(30000)) {
            output += p.readAllStandardOutput();
            const qsizetype at = output.indexOf(key + '=');
            if (at >= 0 && output.indexOf('\n', at) > at)
                wall = clock.nsecsElapsed() / 1e6;
        }
        p.waitForFinished(30000);
        if (wall < 0) {
            throw CliError{ExitFailure, QStringLiteral("bench: %1 %2 printed no %3 (exit %4): %5")
                                            .arg(gui, flags.join(QLatin1Char(' ')), QString::fromLatin1(key))
                                            .arg(p.exitCode())
                                            .arg(QString::fromUtf8(output + p.readAllStandardError()).left(500))};
        }
        return wall;
    };
    const QStringList firstPaint{QStringLiteral("--quit-after-first-paint")};
    const QStringList ready{QStringLiteral("--quit-when-ready")};
    const QStringList bare{QStringLiteral("--quit-after-first-paint"),
                           QStringLiteral("--baseline-empty-window")};

    const int runs = m_options.quick ? 3 : 9;
    once(firstPaint, "first_paint_ms");   // warm the page cache
    once(bare, "first_paint_ms");
    QList<double> painted, filled, baseline;
    for (int i = 0; i < runs; ++i) {
        painted << once(firstPaint, "first_paint_ms");
        filled << once(ready, "ready_ms");
        baseline << once(bare, "first_paint_ms");
    }
    const double base = round1(median(baseline));
    const QJsonObject common{{QStringLiteral("runs"), runs},
                             {QStringLiteral("baseline_is"), QStringLiteral("empty QMainWindow, same binary")},
                             {QStringLiteral("db"), db}};
    QJsonObject paintExtra = common;
    paintExtra.insert(QStringLiteral("worst"), round1(*std::max_element(painted.begin(), painted.end())));
    report({QStringLiteral("startup_ms"), round1(median(painted)), QStringLiteral("ms"), base, paintExtra});
    QJsonObject readyExtra = common;
    readyExtra.insert(QStringLiteral("worst"), round1(*std::max_element(filled.begin(), filled.end())));
    report({QStringLiteral("startup_ready_ms"), round1(median(filled)), QStringLiteral("ms"), base, readyExtra});
}
