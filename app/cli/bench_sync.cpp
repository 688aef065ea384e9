#include "bench.h"

#include "cliapp.h"

#include "demo/demogenerator.h"
#include "store/backupservice.h"
#include "store/database.h"
#include "store/naivesynccopy.h"
#include "store/noderepository.h"
#include "store/regionrepository.h"
#include "store/syncexchange.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

using BenchMath::median;
using BenchMath::round1;

// The hub's store: the demo county with enough disputes that one township's first package
// holds about 100,000 rows (disputes, parties, history, platforms, shifts, incidents and the
// county-wide tables), grids at scale 1.
QString hubStore(Bench &bench)
{
    const bool quick = bench.options().quick;
    const QString path = bench.dataDir()
        + (quick ? QStringLiteral("/sync-hub-quick.db") : QStringLiteral("/sync-hub-scale4.5.db"));
    auto db = Database::open(path);
    DemoGenerator generator(*db);
    if (!generator.isFilled()) {
        bench.note(QStringLiteral("generating the sync benchmark's county in %1").arg(path));
        DemoOptions options;
        options.scale = quick ? 0.05 : 4.5;
        options.gridScale = 1;
        options.surveyResponsesPerWave = 10;
        options.surveyWaves = 1;
        generator.generate(options);
    }
    return path;
}

struct Run {
    qint64 rows = 0;
    qint64 bytes = 0;
    double exportMs = 0;
    double importMs = 0;
    qint64 naiveRows = 0;
    double naiveExportMs = 0;
    double naiveImportMs = 0;
};

// One exchange between a fresh copy of the hub and a new township node: the hub's first
// package for the township written and imported, then the same rows copied the naive way.
Run runOnce(Bench &bench, const QString &source, const QString &township)
{
    QTemporaryDir dir;
    const QString hubPath = dir.filePath(QStringLiteral("hub.db"));
    {
        auto db
            = Database::open(source, Database::Mode::ReadWrite, true, Database::Check::Deferred);
        BackupService(QStringLiteral("bench")).backup(*db, hubPath);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto hub = Database::open(hubPath, Database::Mode::ReadWrite, true, Database::Check::Deferred);
    NodeRepository(*hub).init(QStringLiteral("hub"), {}, QStringLiteral("hub"), now);
    auto town = Database::open(dir.filePath(QStringLiteral("township.db")));
    NodeRepository(*town).init(QStringLiteral("township"), township, QStringLiteral("township"),
                               now);
    NodeRepository(*town).trust(NodeRepository(*hub).identity(), now);
    NodeRepository(*hub).trust(NodeRepository(*town).identity(), now);
    const QString townId = NodeRepository(*town).self().id;

    Run run;
    const QString package = dir.filePath(QStringLiteral("first.pkg"));
    QElapsedTimer clock;
    clock.start();
    const SyncExchange::Exported out = SyncExchange(*hub).exportTo(townId, package, now);
    run.exportMs = double(clock.nsecsElapsed()) / 1e6;
    run.rows = out.rows;
    run.bytes = QFileInfo(package).size();
    clock.restart();
    const SyncExchange::Imported in = SyncExchange(*town).importFrom(package, now + 1);
    run.importMs = double(clock.nsecsElapsed()) / 1e6;
    if (in.applied != out.rows)
        throw CliError {
            ExitFailure,
            QStringLiteral("bench: %1 rows exported, %2 applied").arg(out.rows).arg(in.applied)};

    const QString naive = dir.filePath(QStringLiteral("naive.db"));
    clock.restart();
    run.naiveRows = NaiveSyncCopy::exportRows(*hub, township, naive);
    run.naiveExportMs = double(clock.nsecsElapsed()) / 1e6;
    auto plain = Database::open(dir.filePath(QStringLiteral("plain.db")));
    clock.restart();
    NaiveSyncCopy::importRows(*plain, naive);
    run.naiveImportMs = double(clock.nsecsElapsed()) / 1e6;
    bench.note(
        QStringLiteral("sync: %1 rows, export %2 ms, import %3 ms; naive %4 rows, %5 + %6 ms")
            .arg(run.rows)
            .arg(run.exportMs, 0, 'f', 0)
            .arg(run.importMs, 0, 'f', 0)
            .arg(run.naiveRows)
            .arg(run.naiveExportMs, 0, 'f', 0)
            .arg(run.naiveImportMs, 0, 'f', 0));
    return run;
}

} // namespace

QStringList BenchSync::names()
{
    return {QStringLiteral("sync_export_rows_per_s"), QStringLiteral("sync_import_rows_per_s")};
}

// The hub's first package for a township (every row of its scope is "changed" for a node that
// has confirmed nothing): written (rows selected by scope, checksum, Ed25519 signature) and
// imported by the new township (checks, revision comparison, conflict detection, history
// union, search index), each timed end to end. Baseline: the same tables and rows copied
// plainly through an attached file (NaiveSyncCopy), in the same process on the same data.
void BenchSync::run(Bench &bench)
{
    const QString source = hubStore(bench);
    QString township;
    {
        auto db
            = Database::open(source, Database::Mode::ReadOnly, true, Database::Check::Deferred);
        const std::optional<Region> county = RegionRepository(*db).county();
        const QList<Region> towns
            = county ? RegionRepository(*db).children(county->code, {}, 1) : QList<Region>();
        if (towns.isEmpty())
            throw CliError {ExitFailure,
                            QStringLiteral("bench: %1 holds no township").arg(source)};
        township = towns.first().code;
    }
    const int runs = bench.options().quick ? 1 : 3;
    QList<double> exportMs, importMs, naiveExportMs, naiveImportMs, totalS;
    Run last;
    for (int i = 0; i < runs; ++i) {
        last = runOnce(bench, source, township);
        exportMs << last.exportMs;
        importMs << last.importMs;
        naiveExportMs << last.naiveExportMs;
        naiveImportMs << last.naiveImportMs;
        totalS << (last.exportMs + last.importMs) / 1000.0;
    }
    const double rows = double(last.rows);
    const auto perSecond
        = [rows](double ms) { return ms > 0 ? round1(rows / (ms / 1000.0)) : 0.0; };
    QJsonObject extra {{QStringLiteral("rows"), last.rows},
                       {QStringLiteral("package_bytes"), last.bytes},
                       {QStringLiteral("township"), township},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("export_plus_import_s"), BenchMath::round2(median(totalS))},
                       {QStringLiteral("baseline_is"),
                        QStringLiteral("the same rows copied table by table through an "
                                       "attached file, without any check")}};
    QJsonObject exportExtra = extra;
    exportExtra.insert(QStringLiteral("ms"), round1(median(exportMs)));
    exportExtra.insert(QStringLiteral("baseline_ms"), round1(median(naiveExportMs)));
    bench.report({QStringLiteral("sync_export_rows_per_s"), perSecond(median(exportMs)),
                  QStringLiteral("rows/s"), perSecond(median(naiveExportMs)), exportExtra});
    QJsonObject importExtra = extra;
    importExtra.insert(QStringLiteral("ms"), round1(median(importMs)));
    importExtra.insert(QStringLiteral("baseline_ms"), round1(median(naiveImportMs)));
    bench.report({QStringLiteral("sync_import_rows_per_s"), perSecond(median(importMs)),
                  QStringLiteral("rows/s"), perSecond(median(naiveImportMs)), importExtra});
}
