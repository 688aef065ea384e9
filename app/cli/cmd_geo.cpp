#include "cmd_geo.h"

#include "cliapp.h"

#include "domain/region.h"
#include "io/geoimport.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString actionKey(GeoImportRegion::Action action)
{
    switch (action) {
    case GeoImportRegion::Action::Insert: return QStringLiteral("insert");
    case GeoImportRegion::Action::Update: return QStringLiteral("update");
    case GeoImportRegion::Action::Unchanged: return QStringLiteral("unchanged");
    }
    return {};
}

QJsonObject regionJson(const GeoImportRegion &r)
{
    QJsonArray features;
    for (qint64 fid : r.features)
        features << fid;
    return {{QStringLiteral("code"), r.code},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("parent_code"),
             r.parentCode.isEmpty() ? QJsonValue() : QJsonValue(r.parentCode)},
            {QStringLiteral("area_km2"), r.areaKm2},
            {QStringLiteral("parts"), r.parts},
            {QStringLiteral("features"), features},
            {QStringLiteral("bbox"), QJsonArray{r.bbox.left(), r.bbox.top(), r.bbox.right(),
                                                r.bbox.bottom()}},
            {QStringLiteral("action"), actionKey(r.action)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}};
}

GeoImportOptions optionsOf(const CliArgs &args)
{
    if (args.positional().isEmpty())
        throw CliError{ExitUsage, QStringLiteral("import-geo: FILE is required")};
    if (!args.has(QStringLiteral("level"))) {
        throw CliError{ExitUsage, QStringLiteral("import-geo: --level county|township|village|grid "
                                                 "is required")};
    }
    GeoImportOptions o;
    o.file = args.positional().first();
    const QString level = args.value(QStringLiteral("level"));
    if (!regionLevelFromKey(level, &o.level)) {
        throw CliError{ExitRejected, QStringLiteral("import-geo: unknown level '%1' (county, "
                                                    "township, village or grid); nothing was "
                                                    "written")
                                         .arg(level)};
    }
    const int parentOptions = int(args.has(QStringLiteral("parent")))
        + int(args.has(QStringLiteral("parent-field")))
        + int(args.has(QStringLiteral("parent-by-location")));
    if (parentOptions > 1) {
        throw CliError{ExitUsage, QStringLiteral("import-geo: give only one of --parent, "
                                                 "--parent-field and --parent-by-location")};
    }
    if (parentOptions == 1 && o.level == RegionLevel::County) {
        throw CliError{ExitUsage, QStringLiteral("import-geo: a county has no parent; leave out "
                                                 "the parent option")};
    }
    if (args.has(QStringLiteral("parent"))) {
        o.parentMode = GeoImportOptions::ParentMode::Fixed;
        o.parentCode = args.value(QStringLiteral("parent"));
    } else if (args.has(QStringLiteral("parent-field"))) {
        o.parentMode = GeoImportOptions::ParentMode::Field;
        o.parentField = args.value(QStringLiteral("parent-field"));
    } else if (args.has(QStringLiteral("parent-by-location"))) {
        o.parentMode = GeoImportOptions::ParentMode::Location;
    }
    o.layer = args.value(QStringLiteral("layer"));
    o.codeField = args.value(QStringLiteral("code-field"));
    o.nameField = args.value(QStringLiteral("name-field"));
    o.sourceCrs = args.value(QStringLiteral("source-crs"));
    o.gcj02 = args.has(QStringLiteral("gcj02"));
    o.where = args.value(QStringLiteral("where"));
    return o;
}

std::unique_ptr<Database> openStore(const QString &path, bool write)
{
    if (!QFileInfo::exists(path)) {
        throw CliError{ExitFailure, QStringLiteral("%1: no such database (create it with "
                                                   "'pingan-cli --db %1 init')").arg(path)};
    }
    auto db = Database::open(path, write ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    if (write && db->isReadOnly()) {
        throw CliError{ExitFailure, QStringLiteral("%1 is damaged and open read-only (%2); "
                                                   "nothing was written")
                                        .arg(path, db->damaged())};
    }
    return db;
}

int run(const QString &dbPath, const QStringList &words, QTextStream &out, QTextStream &err)
{
    const CliArgs args(QStringLiteral("import-geo"), words,
                       {{"level", "code-field", "name-field", "parent", "parent-field",
                         "source-crs", "where", "layer", "by"},
                        {"parent-by-location", "gcj02", "dry-run", "json"},
                        1000});
    const GeoImportOptions options = optionsOf(args);
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    const bool json = args.has(QStringLiteral("json"));
    auto db = openStore(dbPath, !dryRun);

    const bool tty = isatty(fileno(stderr));
    int lastPercent = -1;
    auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (tty && percent != lastPercent) {
            err << "\r" << percent << "% \x1b[K";
            err.flush();
            lastPercent = percent;
        }
    };
    QElapsedTimer clock;
    clock.start();
    // Several files (one per township, say) are read alike and written in one transaction.
    QList<GeoImportPreview> previews;
    for (const QString &file : args.positional()) {
        GeoImportOptions one = options;
        one.file = file;
        previews << GeoImport::read(one, db.get(), progress);
    }
    const GeoImportPreview preview = GeoImport::merge(previews);
    if (tty) {
        err << "\r\x1b[K";
        err.flush();
    }
    for (const QString &w : preview.warnings)
        err << "warning: " << w << "\n";
    if (!preview.errors.isEmpty()) {
        for (const QString &e : preview.errors)
            err << e << "\n";
        if (json) {
            out << compact({{QStringLiteral("files"),
                             QJsonArray::fromStringList(args.positional())},
                            {QStringLiteral("ok"), false},
                            {QStringLiteral("errors"), QJsonArray::fromStringList(preview.errors)}})
                << "\n";
        }
        throw CliError{ExitRejected, QStringLiteral("%1: rejected; nothing was written")
                                         .arg(args.positional().join(QStringLiteral(", ")))};
    }

    GeoImportSummary summary;
    if (dryRun) {
        summary.inserted = preview.count(GeoImportRegion::Action::Insert);
        summary.updated = preview.count(GeoImportRegion::Action::Update);
        summary.unchanged = preview.count(GeoImportRegion::Action::Unchanged);
        summary.repaired = preview.repaired;
        summary.skipped = preview.skipped;
    } else {
        try {
            summary = GeoImport::write(*db, preview, args.actor());
        } catch (const GeoImportError &e) {
            throw CliError{ExitRejected, e.message()};
        }
    }

    if (json) {
        QJsonArray regions;
        for (const GeoImportRegion &r : preview.regions)
            regions << regionJson(r);
        out << compact({{QStringLiteral("files"), QJsonArray::fromStringList(args.positional())},
                        {QStringLiteral("ok"), true},
                        {QStringLiteral("dry_run"), dryRun},
                        {QStringLiteral("driver"), preview.driver},
                        {QStringLiteral("layer"), preview.layer},
                        {QStringLiteral("crs"), preview.crs},
                        {QStringLiteral("code_field"), preview.codeField},
                        {QStringLiteral("name_field"), preview.nameField},
                        {QStringLiteral("features"), preview.featuresRead},
                        {QStringLiteral("inserted"), summary.inserted},
                        {QStringLiteral("updated"), summary.updated},
                        {QStringLiteral("unchanged"), summary.unchanged},
                        {QStringLiteral("repaired"), summary.repaired},
                        {QStringLiteral("skipped"), summary.skipped},
                        {QStringLiteral("seconds"), clock.elapsed() / 1000.0},
                        {QStringLiteral("regions"), regions},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(preview.warnings)}})
            << "\n";
        return ExitOk;
    }
    for (const GeoImportRegion &r : preview.regions) {
        out << r.code << "  " << r.name << "  "
            << (r.parentCode.isEmpty() ? QStringLiteral("-") : r.parentCode) << "  "
            << QString::number(r.areaKm2, 'f', 3) << " km2  " << r.parts
            << (r.parts == 1 ? " part  " : " parts  ") << actionKey(r.action) << "\n";
    }
    const QString what = args.positional().size() == 1
        ? options.file
        : QStringLiteral("%1 files").arg(args.positional().size());
    out << what << (dryRun ? ": dry run, would be: inserted " : ": inserted ")
        << summary.inserted << ", updated " << summary.updated << ", unchanged "
        << summary.unchanged << ", repaired " << summary.repaired << ", skipped "
        << summary.skipped << "\n";
    return ExitOk;
}

} // namespace

QString geoCommandUsage()
{
    return QStringLiteral(
        "  import-geo FILE... --level county|township|village|grid [--code-field F]\n"
        "             [--name-field F] [--parent CODE | --parent-field F | --parent-by-location]\n"
        "             [--source-crs EPSG:N] [--gcj02] [--where FILTER] [--layer NAME]\n"
        "             [--by LOGIN] [--dry-run] [--json]\n"
        "                     boundaries from shapefile, GeoJSON, GeoPackage or KML, upserted by\n"
        "                     code in one transaction; below county the parent is by location\n"
        "                     unless given; exit 3 with every problem when refused\n");
}

int runImportGeoCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                        QTextStream &err)
{
    return runCliCommand(err, [&] { return run(dbPath, words, out, err); });
}
