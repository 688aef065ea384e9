#include "cliapp.h"

#include "bench.h"
#include "cligate.h"
#include "cmd_backup.h"
#include "cmd_user.h"
#include "cmd_calendar.h"
#include "cmd_coverage.h"
#include "cmd_map.h"
#include "cmd_dispute.h"
#include "cmd_geo.h"
#include "cmd_stats.h"
#include "cmd_patrol.h"
#include "cmd_report.h"
#include "cmd_survey.h"
#include "cmd_store.h"
#include "cmd_sync.h"

#include "demo/demogenerator.h"
#include "domain/region.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/maintenancerepository.h"
#include "store/migrator.h"
#include "store/regionrepository.h"
#include "store/storecopier.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

namespace {

QString json(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// What a PostgreSQL store does not serve: backups (the server makes its own, with pg_dump),
// the benchmarks (they make their own stores; `bench --pg` times a server) and the audit
// comparison with a backup file. README, "PostgreSQL".
bool availableOnServer(const QString &command, const QStringList &words)
{
    static const QStringList fileOnly = {QStringLiteral("backup"), QStringLiteral("restore"),
                                         QStringLiteral("bench")};
    if (command == QLatin1String("audit"))
        return !words.contains(QStringLiteral("--against"));
    return !fileOnly.contains(command);
}

// The demo county on a server store: made in a SQLite file of its own and copied in whole.
DemoGenerator::Result generateDemoOnServer(Database &server, const DemoOptions &options,
                                           const DemoGenerator::Progress &progress)
{
    if (RegionRepository(server).countAll() > 0)
        return {};   // already a county there: nothing added, as on a file
    QTemporaryDir dir;
    if (!dir.isValid())
        throw StoreError(QStringLiteral("cannot make a temporary folder: %1").arg(dir.errorString()));
    auto file = Database::open(dir.filePath(QStringLiteral("demo.db")));
    const DemoGenerator::Result result = DemoGenerator(*file).generate(options, progress);
    StoreCopier(*file, server).copy();
    return result;
}

// Removes a database file this command created, with its WAL companions.
void removeCreatedStore(const QString &path)
{
    if (Database::isServerAddress(path))
        return;   // a server database is never created by us: nothing to remove
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

CliArgs::CliArgs(const QString &command, const QStringList &words, const Spec &spec)
    : m_command(command)
{
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.startsWith(QLatin1String("--"))) {
            QString name = w.mid(2);
            QString inlineValue;
            const bool hasInline = name.contains(QLatin1Char('='));
            if (hasInline) {
                inlineValue = name.section(QLatin1Char('='), 1);
                name = name.section(QLatin1Char('='), 0, 0);
            }
            if (spec.flags.contains(name) && !hasInline) {
                m_values.insert(name, QStringLiteral("1"));
            } else if (spec.options.contains(name)) {
                if (!hasInline && i + 1 >= words.size())
                    throw CliError{ExitUsage, QStringLiteral("%1: --%2 needs a value").arg(command, name)};
                m_values.insert(name, hasInline ? inlineValue : words.at(++i));
            } else {
                throw CliError{ExitUsage, QStringLiteral("%1: unknown option %2").arg(command, w)};
            }
        } else {
            if (m_positional.size() >= spec.maxPositional)
                throw CliError{ExitUsage, QStringLiteral("%1: unexpected argument '%2'").arg(command, w)};
            m_positional << w;
        }
    }
}

QString CliArgs::value(const QString &name, const QString &fallback) const
{
    return m_values.value(name, fallback);
}

QString CliArgs::actor() const
{
    if (const auto &session = CliGate::session()) {
        // Signed in: the account acts, and nobody else's name may be given.
        if (has(QStringLiteral("by")) && value(QStringLiteral("by")) != session->login) {
            throw CliError{ExitRefused, QStringLiteral("%1: --by %2: you are signed in as %3")
                                            .arg(m_command, value(QStringLiteral("by")),
                                                 session->login)};
        }
        return session->login;
    }
    if (has(QStringLiteral("by")))
        return value(QStringLiteral("by"));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    return env.value(QStringLiteral("PINGAN_USER"),
                     env.value(QStringLiteral("USER"), QStringLiteral("cli")));
}

double CliArgs::number(const QString &name, double fallback, double min, double max) const
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const double v = value(name).toDouble(&ok);
    if (!ok || v < min || v > max) {
        throw CliError{ExitUsage, QStringLiteral("%1: --%2 must be a number from %3 to %4, not '%5'")
                                      .arg(m_command, name)
                                      .arg(min)
                                      .arg(max)
                                      .arg(value(name))};
    }
    return v;
}

int runCliCommand(QTextStream &err, const std::function<int()> &body)
{
    try {
        return body();
    } catch (const CliError &e) {
        err << "pingan-cli: " << e.message << "\n";
        if (e.code == ExitUsage)
            err << "run 'pingan-cli help' for the commands and their options\n";
        return e.code;
    } catch (const StoreError &e) {
        err << "pingan-cli: " << e.text() << "\n";
        return ExitFailure;
    }
}

bool storeExists(const QString &dbPath)
{
    return Database::isServerAddress(dbPath) || QFileInfo::exists(dbPath);
}

std::unique_ptr<Database> openStoreForWriting(const QString &dbPath, Database::Check check)
{
    if (!storeExists(dbPath))
        throw CliError{ExitFailure,
                       QStringLiteral("%1: no such database (create it with "
                                      "'pingan-cli --db %1 init')")
                           .arg(dbPath)};
    auto db = Database::open(dbPath, Database::Mode::ReadWrite, true, check);
    if (db->isReadOnly())
        throw CliError{ExitFailure,
                       QStringLiteral("%1 is damaged and open read-only (%2); nothing was written")
                           .arg(dbPath, db->damaged())};
    return db;
}

QString compactJson(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString localTimeText(qint64 ms)
{
    return ms > 0
        ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        : QString();
}

std::unique_ptr<Database> openStoreForReading(const QString &dbPath)
{
    if (!storeExists(dbPath))
        throw CliError {ExitFailure, QStringLiteral("%1: no such database").arg(dbPath)};
    auto db = Database::open(dbPath, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    if (db->schemaVersion() < Migrator::latestVersion()) {
        throw CliError {ExitFailure,
                        QStringLiteral("%1: schema version %2 is older than this program's (%3); "
                                       "run 'pingan-cli --db %1 init' to upgrade it")
                            .arg(dbPath)
                            .arg(db->schemaVersion())
                            .arg(Migrator::latestVersion())};
    }
    return db;
}

QString CliApp::usage()
{
    return QStringLiteral(
        "usage: pingan-cli [--db FILE] [--user LOGIN] COMMAND [options]\n"
        "\n"
        "commands:\n"
        "  init [--demo] [--scale N] [--grid-scale N] [--survey-responses N] [--seed S] [--json]\n"
        "                     create or migrate the database; --demo fills the demo county\n"
        "  info [--json]      schema version and row counts\n"
        "  check [--json]     integrity and foreign-key checks; exit 0 only when sound\n"
        "  regions [--level county|township|village|grid] [--parent CODE] [--json]\n"
        "                     list regions\n"
        "  dispute add --json FILE|- [--by LOGIN] [--json-out]\n"
        "                     register a dispute from a JSON object; prints its id and case number\n"
        "  dispute show ID [--unmask --reason TEXT] [--json]\n"
        "                     facts, parties (masked; --unmask shows full ID numbers and\n"
        "                     phones to roles that may see them, audited with the reason),\n"
        "                     history, deadline and the actions possible now\n"
        "  dispute list [--queue NAME] [--region CODE] [--search TEXT] [--status S] [--limit N] [--json]\n"
        "                     queues: to-accept, mine, due-soon, overdue, major, follow-up, escalated, all\n"
        "  dispute act ID ACTION [--by LOGIN] [--note TEXT] [--body ID] [--mediator ID]\n"
        "              [--outcome O] [--days N] [--at ISO-TIME] [--rev R] [--json]\n"
        "                     accept, route, mediate, session, resolve, fail, refer, escalate, extend,\n"
        "                     follow-up, close, withdraw, reopen, comment; exit 3 with the reason when refused;\n"
        "                     --rev (from 'dispute show --json') refuses it when someone changed the case since\n"
        "%2"
        "%3"
        "%4"
        "%5"
        "%6"
        "%7"
        "%8"
        "%9"
        "%10"
        "%11"
        "%12"
        "%13"
        "%14"
        "  bench [--only PREFIX] [--data DIR] [--large-db FILE] [--large-scale N] [--pg ADDRESS] [--json]\n"
        "                     run benchmarks, one JSON object per line\n"
        "\n"
        "--db FILE defaults to this user's database (%1). A county center's PostgreSQL store is\n"
        "--db postgresql://USER@HOST:PORT/DBNAME (password from PGPASSWORD or ~/.pgpass).\n"
        "--user LOGIN (or PINGAN_USER) signs in once the store has accounts; the password\n"
        "comes from PINGAN_PASSWORD or the first line of standard input.\n"
        "exit codes: 0 ok, 1 failure, 2 wrong usage, 3 input rejected, 4 login or permission refused\n")
        .arg(Database::defaultPath(), calendarUsage(), statsCommandUsage(), geoCommandUsage(),
             renderMapUsage(), patrolCommandUsage(), coverageCommandUsage(),
             importSurveyUsage(), indicatorsUsage(), reportUsage(), usersUsage(), backupUsage(),
             syncUsage(), storeUsage());
}

int CliApp::run(const QStringList &arguments)
{
    QStringList words = arguments.mid(1);
    return runCliCommand(m_err, [&] {
        // --db is global and may stand anywhere.
        for (int i = 0; i < words.size(); ++i) {
            if (words.at(i) == QLatin1String("--db")) {
                if (i + 1 >= words.size())
                    throw CliError{ExitUsage, QStringLiteral("--db needs a file name")};
                m_dbPath = words.at(i + 1);
                words.remove(i, 2);
                --i;
            } else if (words.at(i).startsWith(QLatin1String("--db="))) {
                m_dbPath = words.at(i).mid(5);
                words.removeAt(i);
                --i;
            } else if (words.at(i) == QLatin1String("--user")) {
                // --user is global too: who signs in.
                if (i + 1 >= words.size())
                    throw CliError{ExitUsage, QStringLiteral("--user needs a login")};
                m_user = words.at(i + 1);
                words.remove(i, 2);
                --i;
            }
        }
        if (m_user.isEmpty())
            m_user = qEnvironmentVariable("PINGAN_USER");
        if (m_dbPath.isEmpty())
            m_dbPath = Database::defaultPath();
        if (words.isEmpty())
            throw CliError{ExitUsage, QStringLiteral("no command given")};
        const QString command = words.takeFirst();
        if (command == QLatin1String("help") || command == QLatin1String("--help")
            || command == QLatin1String("-h")) {
            m_out << usage();
            return int(ExitOk);
        }
        if (Database::isServerAddress(m_dbPath) && !availableOnServer(command, words)) {
            throw CliError{ExitFailure,
                           QStringLiteral("%1 is not available on a PostgreSQL store (%2): back "
                                          "a server store up with pg_dump; audit --against "
                                          "compares a SQLite store with its backup file")
                               .arg(command, m_dbPath)};
        }
        CliGate gate(m_dbPath, m_user);
        gate.admit(command, words);
        const int code = dispatch(command, words);
        gate.record(command, words, code);
        return code;
    });
}

int CliApp::dispatch(const QString &command, const QStringList &words)
{
    // Each command's failure is printed and becomes its exit code here, so that the gate
    // records how it ended.
    return runCliCommand(m_err, [&] {
        if (command == QLatin1String("init"))
            return cmdInit(CliArgs(command, words, {{"scale", "grid-scale", "survey-responses", "seed"}, {"demo", "json"}}));
        if (command == QLatin1String("info"))
            return cmdInfo(CliArgs(command, words, {{}, {"json"}}));
        if (command == QLatin1String("check"))
            return cmdCheck(CliArgs(command, words, {{}, {"json"}}));
        if (command == QLatin1String("regions"))
            return cmdRegions(CliArgs(command, words, {{"level", "parent"}, {"json"}}));
        if (command == QLatin1String("dispute"))
            return runDisputeCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("calendar"))
            return runCalendarCommand(words, m_out, m_err);
        if (command == QLatin1String("stats"))
            return runStatsCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("incidents"))
            return runIncidentsCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("shifts"))
            return runShiftsCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("render-map"))
            return runRenderMapCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("import-geo"))
            return runImportGeoCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("coverage"))
            return runCoverageCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("import-roads"))
            return runImportRoadsCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("import-survey"))
            return runImportSurveyCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("indicators"))
            return runIndicatorsCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("survey-scheme"))
            return runSurveySchemeCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("report"))
            return runReportCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("user"))
            return runUserCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("audit"))
            return runAuditCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("backup"))
            return runBackupCommand(m_dbPath, words, CliGate::session() ? CliGate::session()->login
                                                                        : m_user, m_out, m_err);
        if (command == QLatin1String("restore"))
            return runRestoreCommand(m_dbPath, words, CliGate::session() ? CliGate::session()->login
                                                                         : m_user, m_out, m_err);
        if (command == QLatin1String("node"))
            return runNodeCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("sync"))
            return runSyncCommand(m_dbPath, words, m_out, m_err);
        if (command == QLatin1String("store"))
            return runStoreCommand(m_dbPath, words, CliGate::session() ? CliGate::session()->login
                                                                       : m_user, m_out, m_err);
        if (command == QLatin1String("bench"))
            return cmdBench(CliArgs(command, words, {{"only", "data", "large-db", "large-scale", "pg"}, {"json", "quick"}}));
        throw CliError{ExitUsage, QStringLiteral("unknown command '%1'").arg(command)};
    });
}

int CliApp::cmdInit(const CliArgs &args)
{
    if (!args.has(QStringLiteral("demo"))) {
        for (const char *demoOnly : {"scale", "grid-scale", "survey-responses", "seed"}) {
            if (args.has(QLatin1String(demoOnly)))
                throw CliError{ExitUsage, QStringLiteral("init: --%1 needs --demo").arg(QLatin1String(demoOnly))};
        }
    }
    DemoOptions options;
    options.scale = args.number(QStringLiteral("scale"), 1.0, 0.01, 1000);
    options.gridScale = args.number(QStringLiteral("grid-scale"), -1.0, 0.01, 1000);
    options.surveyResponsesPerWave
        = int(args.number(QStringLiteral("survey-responses"), -1, 1, 10000000));
    if (args.has(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw CliError{ExitUsage, QStringLiteral("init: --seed must be a whole number, not '%1'")
                                          .arg(args.value(QStringLiteral("seed")))};
    }

    const bool existed = storeExists(m_dbPath);
    QElapsedTimer clock;
    clock.start();
    try {
        auto db = Database::open(m_dbPath);
        if (db->isReadOnly()) {
            throw CliError{ExitRejected, QStringLiteral("%1: the database is damaged (%2); run "
                                                        "'pingan-cli check' and restore a backup")
                                             .arg(m_dbPath, db->damaged())};
        }
        DemoGenerator::Result result;
        if (args.has(QStringLiteral("demo"))) {
            const bool tty = isatty(fileno(stderr));
            int lastPercent = -1;
            const auto progress = [&](int percent, const QString &stage) {
                if (tty && percent != lastPercent) {
                    m_err << "\r" << percent << "% " << stage << "\x1b[K";
                    m_err.flush();
                    lastPercent = percent;
                }
                return true;
            };
            result = db->isPostgres() ? generateDemoOnServer(*db, options, progress)
                                      : DemoGenerator(*db).generate(options, progress);
            if (tty) {
                m_err << "\r\x1b[K";
                m_err.flush();
            }
        }
        const bool demo = args.has(QStringLiteral("demo"));
        if (args.has(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("db"), m_dbPath},
                          {QStringLiteral("schema_version"), db->schemaVersion()},
                          {QStringLiteral("created"), !existed},
                          {QStringLiteral("seconds"), clock.elapsed() / 1000.0}};
            if (demo) {
                o.insert(QStringLiteral("demo_created"), result.created);
                o.insert(QStringLiteral("disputes"), result.disputes);
                o.insert(QStringLiteral("regions"), result.regions);
            }
            m_out << json(o) << "\n";
        } else if (demo && !result.created) {
            m_out << m_dbPath << ": the demo county is already there; nothing added\n";
        } else if (demo) {
            m_out << m_dbPath << ": demo county created: " << result.regions << " regions, "
                  << result.disputes << " disputes, " << result.events << " events, "
                  << result.surveyResponses << " survey responses in "
                  << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s\n";
        } else {
            m_out << m_dbPath << ": schema version " << db->schemaVersion()
                  << (existed ? " (ready)\n" : " (created)\n");
        }
        return ExitOk;
    } catch (...) {
        // A command that fails changes nothing: a file it created goes again.
        if (!existed)
            removeCreatedStore(m_dbPath);
        throw;
    }
}

int CliApp::cmdInfo(const CliArgs &args)
{
    if (!storeExists(m_dbPath)) {
        throw CliError{ExitFailure, QStringLiteral("%1: no such database (create it with "
                                                   "'pingan-cli --db %1 init')").arg(m_dbPath)};
    }
    auto db = Database::open(m_dbPath, Database::Mode::ReadOnly);
    const auto counts = MaintenanceRepository(*db).rowCounts();
    if (args.has(QStringLiteral("json"))) {
        QJsonObject c;
        for (const auto &[table, rows] : counts)
            c.insert(table, rows);
        m_out << json(QJsonObject{{QStringLiteral("schema_version"), db->schemaVersion()},
                                  {QStringLiteral("counts"), c}})
              << "\n";
        return ExitOk;
    }
    m_out << "database        " << m_dbPath << "\n";
    m_out << "schema version  " << db->schemaVersion() << "\n";
    m_out << "node            " << db->nodeId() << "\n";
    if (!db->damaged().isEmpty())
        m_out << "DAMAGED         " << db->damaged() << "\n";
    for (const auto &[table, rows] : counts)
        m_out << QStringLiteral("%1 %2\n").arg(table, -16).arg(rows, 10);
    return ExitOk;
}

int CliApp::cmdCheck(const CliArgs &args)
{
    if (!storeExists(m_dbPath))
        throw CliError{ExitFailure, QStringLiteral("%1: no such database").arg(m_dbPath)};
    QStringList problems;
    try {
        auto db = Database::open(m_dbPath, Database::Mode::ReadOnly);
        if (!db->damaged().isEmpty())
            problems << QStringLiteral("quick_check: ") + db->damaged();
        problems << MaintenanceRepository(*db).check();
        if (db->schemaVersion() >= 9) {
            const AuditVerdict audit = AuditLog(*db).verify();
            if (!audit.sound())
                problems << QStringLiteral("audit: ") + audit.message;
        }
    } catch (const StoreError &e) {
        problems << e.text();
    }
    problems.removeDuplicates();
    if (args.has(QStringLiteral("json"))) {
        m_out << json(QJsonObject{{QStringLiteral("db"), m_dbPath},
                                  {QStringLiteral("sound"), problems.isEmpty()},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}})
              << "\n";
    } else if (problems.isEmpty()) {
        m_out << m_dbPath << ": sound\n";
    } else {
        for (const QString &p : problems)
            m_err << m_dbPath << ": " << p << "\n";
    }
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

int CliApp::cmdRegions(const CliArgs &args)
{
    RegionRepository::Query query;
    if (args.has(QStringLiteral("level"))) {
        RegionLevel level;
        if (!regionLevelFromKey(args.value(QStringLiteral("level")), &level)) {
            throw CliError{ExitUsage, QStringLiteral("regions: --level must be county, township, "
                                                     "village or grid, not '%1'")
                                          .arg(args.value(QStringLiteral("level")))};
        }
        query.level = level;
    }
    if (!storeExists(m_dbPath))
        throw CliError{ExitFailure, QStringLiteral("%1: no such database").arg(m_dbPath)};
    auto db = Database::open(m_dbPath, Database::Mode::ReadOnly);
    RegionRepository repo(*db);
    query.parentCode = args.value(QStringLiteral("parent"));
    if (!query.parentCode.isEmpty() && !repo.byCode(query.parentCode)) {
        throw CliError{ExitRejected, QStringLiteral("regions: --parent %1: no region has this code")
                                         .arg(query.parentCode)};
    }
    const QList<Region> regions = repo.list(query);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Region &r : regions) {
            out.append(QJsonObject{
                {QStringLiteral("code"), r.code},
                {QStringLiteral("name"), r.name},
                {QStringLiteral("level"), regionLevelKey(r.level)},
                {QStringLiteral("parent_code"),
                 r.parentCode.isEmpty() ? QJsonValue() : QJsonValue(r.parentCode)},
                {QStringLiteral("population"), r.population},
                {QStringLiteral("centroid"), QJsonArray{r.centroid.x(), r.centroid.y()}},
                {QStringLiteral("bbox"), r.bbox.isNull()
                                             ? QJsonValue()
                                             : QJsonArray{r.bbox.left(), r.bbox.top(),
                                                          r.bbox.right(), r.bbox.bottom()}},
            });
        }
        m_out << json(out) << "\n";
        return ExitOk;
    }
    for (const Region &r : regions) {
        m_out << r.code << "  " << regionLevelKey(r.level).leftJustified(9) << r.name << "  "
              << r.population << "\n";
    }
    return ExitOk;
}

int CliApp::cmdBench(const CliArgs &args)
{
    Bench::Options options;
    options.only = args.value(QStringLiteral("only"));
    options.dataDir = args.value(QStringLiteral("data"));
    options.quick = args.has(QStringLiteral("quick"));
    options.largeDb = args.value(QStringLiteral("large-db"));
    options.largeScale = args.number(QStringLiteral("large-scale"), options.largeScale, 0.01, 500);
    options.pg = args.value(QStringLiteral("pg"));
    return Bench(options, m_out, m_err).run();
}
