#include "cmd_coverage.h"

#include "cliapp.h"

#include "domain/coveragereport.h"
#include "domain/responsestats.h"
#include "geo/responsecoverage.h"
#include "io/roadimport.h"
#include "store/coverageanalysis.h"
#include "store/coveragerepository.h"
#include "store/database.h"
#include "store/regionrepository.h"
#include "store/roadrepository.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace {

QString compact(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

// The store's coverage analysis; unusable stored settings stop the command rather than
// silently falling back.
std::unique_ptr<CoverageAnalysis> loadAnalysis(Database &db)
{
    auto analysis = CoverageAnalysis::load(db);
    if (!analysis->settingsProblem().isEmpty())
        throw CliError{ExitFailure,
                       QStringLiteral("coverage: %1").arg(analysis->settingsProblem())};
    return analysis;
}

QJsonObject settingsObject(const coverage::Settings &s)
{
    return QJsonDocument::fromJson(CoverageRepository::settingsJson(s).toUtf8()).object();
}

QJsonObject bandObject(const CoverageReport &r, const std::vector<qint64> &values)
{
    QJsonObject o;
    for (int b = 0; b < r.bandCount(); ++b)
        o.insert(r.bandLabel(b), values[std::size_t(b)]);
    return o;
}

QJsonObject bandObject(const CoverageReport &r, const std::vector<int> &values)
{
    QJsonObject o;
    for (int b = 0; b < r.bandCount(); ++b)
        o.insert(r.bandLabel(b), values[std::size_t(b)]);
    return o;
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%')
                     : QStringLiteral("-");
}

int runReport(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("coverage"), words, {{"region"}, {"json"}, 0});
    auto db = openStoreForReading(dbPath);
    const QString region = args.value(QStringLiteral("region"));
    if (args.has(QStringLiteral("region"))) {
        if (region.isEmpty() || !RegionRepository(*db).byCode(region)) {
            throw CliError{ExitRejected,
                           QStringLiteral("coverage: --region %1: no region has this code")
                               .arg(region)};
        }
    }
    const auto analysis = loadAnalysis(*db);
    const CoverageAnalysis &a = *analysis;
    const coverage::Result result = a.compute();
    const CoverageReport report = CoverageReport::build(a.inputs(), result, region);
    const QString model = a.withRoads() ? QStringLiteral("roads") : QStringLiteral("straight");

    if (args.has(QStringLiteral("json"))) {
        QJsonArray grids;
        for (const CoverageReport::GridRow &g : report.grids) {
            grids.append(QJsonObject{
                {QStringLiteral("code"), g.code},
                {QStringLiteral("name"), g.name},
                {QStringLiteral("township"), g.townshipCode.isEmpty() ? QJsonValue()
                                                                      : QJsonValue(g.townshipCode)},
                {QStringLiteral("residents"), g.residents},
                {QStringLiteral("minutes"),
                 std::isfinite(g.minutes) ? QJsonValue(std::round(g.minutes * 10) / 10)
                                          : QJsonValue()},
                {QStringLiteral("band"), report.bandLabel(g.band)},
                {QStringLiteral("platform"),
                 g.platformCode.isEmpty() ? QJsonValue() : QJsonValue(g.platformCode)}});
        }
        QJsonArray townships;
        for (const CoverageReport::TownshipRow &t : report.townships) {
            townships.append(QJsonObject{
                {QStringLiteral("code"), t.code.isEmpty() ? QJsonValue() : QJsonValue(t.code)},
                {QStringLiteral("name"), t.name},
                {QStringLiteral("residents"), bandObject(report, t.totals.residents)},
                {QStringLiteral("grids"), bandObject(report, t.totals.grids)},
                {QStringLiteral("total_residents"), t.totals.totalResidents()}});
        }
        out << compact(QJsonObject{
                   {QStringLiteral("region"), region.isEmpty() ? QJsonValue() : QJsonValue(region)},
                   {QStringLiteral("model"), model},
                   {QStringLiteral("settings"), settingsObject(a.inputs().settings)},
                   {QStringLiteral("platforms"), int(a.inputs().platforms.size())},
                   {QStringLiteral("grids_without_centroid"), a.inputs().gridsWithoutCentroid},
                   {QStringLiteral("summary"), bandObject(report, report.total.residents)},
                   {QStringLiteral("grids_by_band"), bandObject(report, report.total.grids)},
                   {QStringLiteral("total_residents"), report.total.totalResidents()},
                   {QStringLiteral("by_township"), townships},
                   {QStringLiteral("grids"), grids}})
            << "\n";
        return ExitOk;
    }

    out << "model: " << (a.withRoads() ? "over the road network" : "straight line × detour")
        << ", " << a.inputs().platforms.size() << " platforms, " << report.grids.size()
        << " grids\n";
    QString header = QStringLiteral("%1").arg(QStringLiteral("township"), -28);
    for (int b = 0; b < report.bandCount(); ++b)
        header += QStringLiteral("%1").arg(report.bandLabel(b) + QStringLiteral(" min"), 14);
    header += QStringLiteral("%1").arg(QStringLiteral("residents"), 12);
    out << header << "\n";
    auto line = [&](const QString &name, const CoverageReport::Totals &t) {
        QString s = QStringLiteral("%1").arg(name.left(27), -28);
        for (int b = 0; b < report.bandCount(); ++b) {
            s += QStringLiteral("%1").arg(QStringLiteral("%1 %2")
                                              .arg(t.residents[std::size_t(b)])
                                              .arg(percent(t.residents[std::size_t(b)],
                                                           t.totalResidents())),
                                          14);
        }
        s += QStringLiteral("%1").arg(t.totalResidents(), 12);
        out << s << "\n";
    };
    for (const CoverageReport::TownshipRow &t : report.townships)
        line(t.name.isEmpty() ? QStringLiteral("(no township)") : t.name, t.totals);
    line(QStringLiteral("all"), report.total);
    return ExitOk;
}

int runSuggest(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("coverage suggest"), words, {{"count", "band"}, {"json"}, 0});
    if (!args.has(QStringLiteral("count")))
        throw CliError{ExitUsage, QStringLiteral("coverage suggest: --count K (1 to 100) is required")};
    bool ok = false;
    const int count = args.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 100) {
        throw CliError{ExitUsage, QStringLiteral("coverage suggest: --count must be a whole "
                                                 "number from 1 to 100, not '%1'")
                                      .arg(args.value(QStringLiteral("count")))};
    }
    std::optional<double> bandArg;
    if (args.has(QStringLiteral("band"))) {
        const double band = args.value(QStringLiteral("band")).toDouble(&ok);
        if (!ok || !(band > 0) || !std::isfinite(band)) {
            throw CliError{ExitUsage, QStringLiteral("coverage suggest: --band must be minutes "
                                                     "greater than 0, not '%1'")
                                          .arg(args.value(QStringLiteral("band")))};
        }
        bandArg = band;
    }
    auto db = openStoreForReading(dbPath);
    const auto analysis = loadAnalysis(*db);
    const CoverageAnalysis &a = *analysis;
    // Default: the last band (e.g. 5 minutes, "anywhere in the urban area").
    const double band = bandArg.value_or(a.inputs().settings.bandMinutes.back());
    const std::vector<coverage::Site> sites = a.inputs().sites();
    const std::vector<coverage::Demand> demands = a.inputs().demands();
    const coverage::Result before = a.engine().compute(sites);
    const qint64 within = CoverageReport::residentsWithin(demands, before, band);
    qint64 total = 0;
    for (const coverage::Demand &d : demands)
        total += d.residents;
    const std::vector<coverage::Suggestion> chosen = a.engine().suggest(sites, count, band);

    if (args.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const coverage::Suggestion &s : chosen) {
            arr.append(QJsonObject{
                {QStringLiteral("lon"), s.at.lon},
                {QStringLiteral("lat"), s.at.lat},
                {QStringLiteral("residents_added"), qint64(s.residentsAdded)},
                {QStringLiteral("grids_added"), s.gridsAdded},
                {QStringLiteral("grid"), s.demand >= 0 ? a.inputs().grids[std::size_t(s.demand)].code
                                                       : QString()}});
        }
        out << compact(arr) << "\n";
        return ExitOk;
    }
    out << "within " << QString::number(band) << " min now: " << within << " of " << total
        << " residents (" << percent(within, total) << "), model "
        << (a.withRoads() ? "roads" : "straight") << "\n";
    if (chosen.empty()) {
        out << "no new site would bring anyone more within " << QString::number(band)
            << " min\n";
        return ExitOk;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("#"), 3)
               .arg(QStringLiteral("grid"), -16)
               .arg(QStringLiteral("lon, lat"), -22)
               .arg(QStringLiteral("+residents"), 10)
               .arg(QStringLiteral("+grids"), 6)
               .arg(QStringLiteral("within after"), 20);
    qint64 after = within;
    int i = 0;
    for (const coverage::Suggestion &s : chosen) {
        after += s.residentsAdded;
        const CoverageRepository::Grid &g = a.inputs().grids[std::size_t(s.demand)];
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(++i, 3)
                   .arg(g.code, -16)
                   .arg(QStringLiteral("%1, %2")
                            .arg(QString::number(s.at.lon, 'f', 5), QString::number(s.at.lat, 'f', 5)),
                        -22)
                   .arg(s.residentsAdded, 10)
                   .arg(s.gridsAdded, 6)
                   .arg(QStringLiteral("%1 (%2)").arg(after).arg(percent(after, total)), 20);
    }
    return ExitOk;
}

int runImportRoads(const QString &dbPath, const QStringList &words, QTextStream &out,
                   QTextStream &err)
{
    const CliArgs args(QStringLiteral("import-roads"), words,
                       {{"layer", "name-field", "kind-field", "where", "source-crs", "by"},
                        {"gcj02", "append", "dry-run", "json"},
                        1});
    if (args.positional().isEmpty())
        throw CliError{ExitUsage, QStringLiteral("import-roads: FILE is required")};
    RoadImportOptions o;
    o.file = args.positional().first();
    o.layer = args.value(QStringLiteral("layer"));
    o.nameField = args.value(QStringLiteral("name-field"));
    o.kindField = args.value(QStringLiteral("kind-field"));
    o.where = args.value(QStringLiteral("where"));
    o.sourceCrs = args.value(QStringLiteral("source-crs"));
    o.gcj02 = args.has(QStringLiteral("gcj02"));
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    const bool json = args.has(QStringLiteral("json"));
    if (!QFileInfo::exists(dbPath)) {
        throw CliError{ExitFailure, QStringLiteral("%1: no such database (create it with "
                                                   "'pingan-cli --db %1 init')").arg(dbPath)};
    }
    auto db = Database::open(dbPath, dryRun ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    if (!dryRun && db->isReadOnly()) {
        throw CliError{ExitFailure, QStringLiteral("%1 is damaged and open read-only (%2); "
                                                   "nothing was written")
                                        .arg(dbPath, db->damaged())};
    }
    const RoadImportPreview preview = RoadImport::read(o);
    for (const QString &w : preview.warnings)
        err << "warning: " << w << "\n";
    if (!preview.ok()) {
        for (const QString &e : preview.errors)
            err << e << "\n";
        if (json) {
            out << compact(QJsonObject{{QStringLiteral("file"), o.file},
                                       {QStringLiteral("ok"), false},
                                       {QStringLiteral("errors"),
                                        QJsonArray::fromStringList(preview.errors)}})
                << "\n";
        }
        throw CliError{ExitRejected, QStringLiteral("%1: rejected; nothing was written").arg(o.file)};
    }
    const coverage::Settings settings = CoverageRepository(*db).settings();
    const coverage::RoadNetwork network = coverage::RoadNetwork::fromLines(
        preview.networkLines(), settings.snapMetres, settings.joinCrossings);
    const coverage::RoadNetwork::Stats stats = network.stats();
    RoadImportSummary summary;
    const bool append = args.has(QStringLiteral("append"));
    if (!dryRun) {
        try {
            summary = RoadImport::write(*db, preview,
                                        append ? RoadImport::Mode::Append : RoadImport::Mode::Replace,
                                        args.actor());
        } catch (const RoadImportError &e) {
            throw CliError{ExitRejected, e.message()};
        }
    }
    if (json) {
        out << compact(QJsonObject{
                   {QStringLiteral("file"), o.file},
                   {QStringLiteral("ok"), true},
                   {QStringLiteral("dry_run"), dryRun},
                   {QStringLiteral("append"), append},
                   {QStringLiteral("driver"), preview.driver},
                   {QStringLiteral("layer"), preview.layer},
                   {QStringLiteral("crs"), preview.crs},
                   {QStringLiteral("name_field"), preview.nameField},
                   {QStringLiteral("kind_field"), preview.kindField},
                   {QStringLiteral("features"), preview.featuresRead},
                   {QStringLiteral("lines"), qint64(stats.lines)},
                   {QStringLiteral("nodes"), qint64(stats.nodes)},
                   {QStringLiteral("edges"), qint64(stats.edges)},
                   {QStringLiteral("components"), qint64(stats.components)},
                   {QStringLiteral("length_km"), stats.lengthKm},
                   {QStringLiteral("skipped"), preview.skipped},
                   {QStringLiteral("removed"), summary.removed},
                   {QStringLiteral("inserted"), summary.inserted},
                   {QStringLiteral("live_lines"), summary.liveLines},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(preview.warnings)}})
            << "\n";
        return ExitOk;
    }
    out << o.file << ": " << preview.featuresRead << " features, " << stats.lines << " lines, "
        << stats.nodes << " nodes, " << stats.edges << " edges, " << stats.components
        << " connected parts, " << QString::number(stats.lengthKm, 'f', 2) << " km ("
        << preview.crs << ")\n";
    if (dryRun) {
        out << "dry run: nothing was written\n";
    } else {
        out << (append ? "appended " : "replaced: removed ") << (append ? summary.inserted : summary.removed)
            << (append ? " lines" : QStringLiteral(", inserted %1").arg(summary.inserted))
            << "; the store now holds " << summary.liveLines << " lines, "
            << QString::number(summary.liveLengthKm, 'f', 2) << " km\n";
    }
    return ExitOk;
}

// Shows the coverage settings, or changes the ones given (all checked before anything is
// written; a bad value: exit 3, nothing written).
int runSettings(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("coverage settings"), words,
                       {{"bands", "detour", "walk-in", "new-site-speed", "join-crossings", "by"},
                        {"json"},
                        0});
    const bool change = args.has(QStringLiteral("bands")) || args.has(QStringLiteral("detour"))
        || args.has(QStringLiteral("walk-in")) || args.has(QStringLiteral("new-site-speed"))
        || args.has(QStringLiteral("join-crossings"));
    if (change && !QFileInfo::exists(dbPath)) {
        throw CliError{ExitFailure, QStringLiteral("%1: no such database (create it with "
                                                   "'pingan-cli --db %1 init')").arg(dbPath)};
    }
    auto db = change ? Database::open(dbPath) : openStoreForReading(dbPath);
    CoverageRepository repo(*db);
    QString problem;
    coverage::Settings s = repo.settings(&problem);
    if (change) {
        auto reject = [](const QString &option, const QString &why) {
            return CliError{ExitRejected,
                            QStringLiteral("coverage settings: --%1: %2").arg(option, why)};
        };
        if (args.has(QStringLiteral("bands"))) {
            const auto bands = ResponseTimes::parseBands(args.value(QStringLiteral("bands")));
            if (!bands)
                throw reject(QStringLiteral("bands"),
                             QStringLiteral("minutes such as 1,3,5, not '%1'")
                                 .arg(args.value(QStringLiteral("bands"))));
            s.bandMinutes = *bands;
        }
        auto number = [&](const char *option, double *target) {
            const QString name = QLatin1String(option);
            if (!args.has(name))
                return;
            bool ok = false;
            const double v = args.value(name).toDouble(&ok);
            if (!ok)
                throw reject(name, QStringLiteral("'%1' is not a number").arg(args.value(name)));
            *target = v;
        };
        number("detour", &s.detourFactor);
        number("walk-in", &s.walkInMetres);
        number("new-site-speed", &s.newSiteSpeedKmh);
        if (args.has(QStringLiteral("join-crossings"))) {
            const QString v = args.value(QStringLiteral("join-crossings"));
            if (v != QLatin1String("yes") && v != QLatin1String("no"))
                throw reject(QStringLiteral("join-crossings"),
                             QStringLiteral("yes or no, not '%1'").arg(v));
            s.joinCrossings = v == QLatin1String("yes");
        }
        const QString wrong = s.problem();
        if (!wrong.isEmpty())
            throw CliError{ExitRejected, QStringLiteral("coverage settings: %1").arg(wrong)};
        repo.setSettings(s, args.actor());
    }
    if (args.has(QStringLiteral("json"))) {
        out << CoverageRepository::settingsJson(s) << "\n";
    } else {
        QStringList bands;
        for (double b : s.bandMinutes)
            bands << QString::number(b);
        out << "bands (min):        " << bands.join(QStringLiteral(", ")) << "\n"
            << "detour factor:      " << s.detourFactor << "\n"
            << "walk-in (m):        " << s.walkInMetres << "\n"
            << "new site (km/h):    " << s.newSiteSpeedKmh << "\n"
            << "join at crossings:  " << (s.joinCrossings ? "yes" : "no") << "\n";
        if (!change && !problem.isEmpty())
            out << "(the stored settings are not usable: " << problem << "; these are the defaults)\n";
    }
    return ExitOk;
}

} // namespace

QString coverageCommandUsage()
{
    return QStringLiteral(
        "  coverage [--region CODE] [--json]\n"
        "                     1-3-5 response coverage of every grid from its nearest platform, over\n"
        "                     the imported roads when there are some; bands \"≤1\" \"≤3\" \"≤5\" \">5\"\n"
        "  coverage settings [--bands 1,3,5] [--detour F] [--walk-in M] [--new-site-speed KMH]\n"
        "                    [--join-crossings yes|no] [--by LOGIN] [--json]\n"
        "                     shows the coverage settings, or changes those given\n"
        "  coverage suggest --count K [--band MIN] [--json]\n"
        "                     where K (1-100) new platforms bring the most residents within MIN\n"
        "                     minutes (default: the last band)\n"
        "  import-roads FILE [--layer NAME] [--name-field F] [--kind-field F] [--where FILTER]\n"
        "               [--source-crs EPSG:N] [--gcj02] [--append] [--dry-run] [--by LOGIN] [--json]\n"
        "                     the road network from a GIS line file; replaces the stored one\n"
        "                     unless --append; exit 3 when refused, nothing written\n");
}

int runCoverageCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                       QTextStream &err)
{
    return runCliCommand(err, [&] {
        if (!words.isEmpty() && words.first() == QLatin1String("suggest"))
            return runSuggest(dbPath, words.mid(1), out);
        if (!words.isEmpty() && words.first() == QLatin1String("settings"))
            return runSettings(dbPath, words.mid(1), out);
        return runReport(dbPath, words, out);
    });
}

int runImportRoadsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                          QTextStream &err)
{
    return runCliCommand(err, [&] { return runImportRoads(dbPath, words, out, err); });
}
