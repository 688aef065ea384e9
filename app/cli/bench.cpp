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
#include <memory>

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

} // namespace

Bench::Bench(const Options &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{
    m_entries = {
        {QStringLiteral("demo_generate_s"), [this] { benchDemoGenerate(); }},
        {QStringLiteral("startup_ms"), [this] { benchStartup(); }},
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
        if (!e.name.startsWith(m_options.only))
            continue;
        e.run();
        ++ran;
    }
    if (ran == 0) {
        QStringList names;
        for (const Entry &e : m_entries)
            names << e.name;
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
        m_err << "bench: generating the demo county in " << path << "\n";
        m_err.flush();
        DemoOptions options;
        options.scale = m_options.quick ? 0.05 : 1.0;
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
// from QProcess::start until the app prints its first_paint_ms line. The baseline is a bare
// QMainWindow started the same way, interleaved run by run.
void Bench::benchStartup()
{
    const QString db = demoDatabase();
    const QString gui = guiBinary();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY"))
        && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    auto once = [&](const QStringList &extra, double *selfReported) -> double {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(gui, QStringList{QStringLiteral("--db"), db, QStringLiteral("--quit-after-first-paint")} + extra);
        QByteArray output;
        double wall = -1;
        while (p.waitForReadyRead(30000)) {
            output += p.readAllStandardOutput();
            const qsizetype at = output.indexOf("first_paint_ms=");
            if (at >= 0 && output.indexOf('\n', at) > at) {
                wall = clock.nsecsElapsed() / 1e6;
                *selfReported = output.mid(at + 15, output.indexOf('\n', at) - at - 15).toDouble();
                break;
            }
        }
        p.waitForFinished(30000);
        if (wall < 0) {
            throw CliError{ExitFailure, QStringLiteral("bench: %1 printed no first_paint_ms (exit %2): %3")
                                            .arg(gui)
                                            .arg(p.exitCode())
                                            .arg(QString::fromUtf8(output + p.readAllStandardError()).left(500))};
        }
        return wall;
    };

    const int runs = m_options.quick ? 3 : 9;
    double ignored;
    once({}, &ignored);   // warm the page cache for both
    once({QStringLiteral("--baseline-empty-window")}, &ignored);
    QList<double> app, bare, self;
    for (int i = 0; i < runs; ++i) {
        double s = 0;
        app << once({}, &s);
        self << s;
        bare << once({QStringLiteral("--baseline-empty-window")}, &ignored);
    }
    report({QStringLiteral("startup_ms"), round1(median(app)), QStringLiteral("ms"), round1(median(bare)),
            QJsonObject{{QStringLiteral("runs"), runs},
                        {QStringLiteral("worst"), round1(*std::max_element(app.begin(), app.end()))},
                        {QStringLiteral("self_reported_median"), round1(median(self))},
                        {QStringLiteral("baseline_is"), QStringLiteral("empty QMainWindow, same binary")},
                        {QStringLiteral("db"), db}}});
}
