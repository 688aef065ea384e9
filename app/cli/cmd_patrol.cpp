#include "cmd_patrol.h"

#include "cliapp.h"
#include "texttable.h"

#include "domain/responsestats.h"
#include "store/database.h"
#include "store/patrolrecords.h"
#include "store/responsestatsrepository.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {


QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}


// --- import ----------------------------------------------------------------------------------

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(PatrolCommand)

public:
    static int run(const QString &dbPath, const QString &command, const QStringList &words,
                   QTextStream &out, QTextStream &err);
};

int ImportText::run(const QString &dbPath, const QString &command, const QStringList &words,
                    QTextStream &out, QTextStream &err)
{
    const CliArgs args(command, words,
                       {{QStringLiteral("by")}, {QStringLiteral("json")}, 2});
    if (args.positional().value(0) != QLatin1String("import") || args.positional().size() != 2) {
        throw CliError {ExitUsage, QStringLiteral("%1: say what to do: %1 import FILE.csv")
                                       .arg(command)};
    }
    const QString file = args.positional().at(1);
    if (!QFileInfo(file).isFile())
        throw CliError {ExitFailure, QStringLiteral("%1: no such file").arg(file)};
    if (!QFileInfo::exists(dbPath)) {
        throw CliError {ExitFailure, QStringLiteral("%1: no such database (create it with "
                                                    "'pingan-cli --db %1 init')")
                                         .arg(dbPath)};
    }
    auto db = Database::open(dbPath, Database::Mode::ReadWrite, true, Database::Check::Deferred);
    if (db->isReadOnly()) {
        throw CliError {ExitFailure,
                        QStringLiteral("%1 is damaged and open read-only (%2); nothing was written")
                            .arg(dbPath, db->damaged())};
    }
    PatrolRecords records(*db);
    const QString actor = args.actor();
    const ImportResult r = command == QLatin1String("incidents")
        ? records.importIncidents(file, actor)
        : records.importShifts(file, actor);

    if (args.has(QStringLiteral("json"))) {
        out << json(QJsonObject {{QStringLiteral("file"), file},
                                 {QStringLiteral("kind"), command},
                                 {QStringLiteral("ok"), r.ok()},
                                 {QStringLiteral("read"), r.read},
                                 {QStringLiteral("inserted"), r.inserted},
                                 {QStringLiteral("unchanged"), r.unchanged},
                                 {QStringLiteral("problems"),
                                  QJsonArray::fromStringList(r.problems)},
                                 {QStringLiteral("more_problems"), r.moreProblems}})
            << "\n";
    }
    if (!r.ok()) {
        for (const QString &p : r.problems)
            err << p << "\n";
        if (r.moreProblems > 0)
            err << tr("… and %n more problem(s)", nullptr, r.moreProblems) << "\n";
        err << tr("%1: rejected, nothing was written").arg(file) << "\n";
        return ExitRejected;
    }
    if (!args.has(QStringLiteral("json"))) {
        out << tr("%1: %2 rows read, %3 inserted, %4 unchanged")
                   .arg(file)
                   .arg(r.read)
                   .arg(r.inserted)
                   .arg(r.unchanged)
            << "\n";
    }
    return ExitOk;
}

// --- stats response --------------------------------------------------------------------------

QDate dayOption(const CliArgs &args, const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = args.value(name);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid()) {
        throw CliError {ExitUsage,
                        QStringLiteral("stats response: --%1 must be a day as YYYY-MM-DD, not '%2'")
                            .arg(name, text)};
    }
    return day;
}

QString minutesText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("—");
}

QString shareText(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString bandText(double minutes)
{
    return QStringLiteral("≤%1").arg(QString::number(minutes, 'g', 4));
}

class ResponseText
{
    Q_DECLARE_TR_FUNCTIONS(PatrolCommand)

public:
    static void print(const ResponseReport &r, bool byTownship, QTextStream &out);

private:
    static QStringList figureHeader(const ResponseReport &r)
    {
        QStringList h {tr("Incidents"), tr("No arrival"), tr("Measured"), tr("Median min"),
                       tr("P90 min")};
        for (double b : r.bands)
            h << bandText(b);
        return h;
    }
    static QStringList figures(qint64 incidents, qint64 withoutArrival, const ResponseStats &s)
    {
        QStringList cells {QString::number(incidents), QString::number(withoutArrival),
                           QString::number(s.count), minutesText(s.median), minutesText(s.p90)};
        for (size_t b = 0; b < s.bands.size(); ++b)
            cells << shareText(s.shareWithin(b));
        return cells;
    }
};

void ResponseText::print(const ResponseReport &r, bool byTownship, QTextStream &out)
{
    out << tr("Response times (arrival − call)") << "  " << r.from.toString(Qt::ISODate)
        << " – " << r.to.addDays(-1).toString(Qt::ISODate) << "\n";
    out << tr("Incidents: %1   without a recorded arrival: %2   measured: %3")
               .arg(r.incidents)
               .arg(r.withoutArrival)
               .arg(r.county.count);
    if (r.inconsistent > 0)
        out << "   " << tr("arrival before call (left out): %1").arg(r.inconsistent);
    out << "\n";
    QStringList bands;
    for (size_t b = 0; b < r.bands.size(); ++b)
        bands << QStringLiteral("%1 %2").arg(bandText(r.bands[b]), shareText(r.county.shareWithin(b)));
    out << tr("County: median %1 min, 90th percentile %2 min; within %3")
               .arg(minutesText(r.county.median), minutesText(r.county.p90),
                    bands.join(QStringLiteral(", ")))
        << "\n\n";

    if (byTownship) {
        out << tr("By township") << "\n";
        TextTable t(QStringList {tr("Code"), tr("Name")} + figureHeader(r), 2);
        for (const TownshipResponse &row : r.byTownship) {
            t.addRow(QStringList {row.code.isEmpty() ? QStringLiteral("—") : row.code,
                                  row.code.isEmpty() ? tr("(no grid or platform)") : row.name}
                     + figures(row.incidents, row.withoutArrival, row.stats));
        }
        t.print(out);
    } else {
        out << tr("By platform") << "\n";
        TextTable t(QStringList {tr("Code"), tr("Name"), tr("Kind"), tr("Township")}
                        + figureHeader(r),
                    4);
        for (const PlatformResponse &row : r.byPlatform) {
            t.addRow(QStringList {row.code, row.name, row.kind, row.townshipName}
                     + figures(row.incidents, row.withoutArrival, row.stats));
        }
        t.print(out);
    }

    out << "\n" << tr("By month") << "\n";
    TextTable months(QStringList {tr("Month")} + figureHeader(r), 1);
    for (const MonthlyResponse &m : r.byMonth) {
        months.addRow(QStringList {QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10,
                                                                           QLatin1Char('0'))}
                      + figures(m.incidents, m.withoutArrival, m.stats));
    }
    months.print(out);

    out << "\n" << tr("Shifts by platform") << "\n";
    TextTable shifts({tr("Code"), tr("Name"), tr("Shifts"), tr("Hours"), tr("Officer-hours"),
                      tr("Volunteers"), tr("km")},
                     2);
    for (const PlatformShiftTotals &s : r.shifts) {
        if (s.shifts == 0)
            continue;
        shifts.addRow({s.code, s.name, QString::number(s.shifts),
                       QString::number(s.hours, 'f', 1), QString::number(s.officerHours, 'f', 1),
                       QString::number(s.volunteers), QString::number(s.distanceKm, 'f', 1)});
    }
    shifts.print(out);
}

int runResponse(const QString &dbPath, const QStringList &words, QTextStream &out,
                QTextStream &err)
{
    const CliArgs args(QStringLiteral("stats response"), words,
                       {{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by"),
                         QStringLiteral("bands")},
                        {QStringLiteral("json")},
                        0});
    for (const char *required : {"from", "to"}) {
        if (!args.has(QLatin1String(required))) {
            throw CliError {ExitUsage, QStringLiteral("stats response: --%1 DATE is required")
                                           .arg(QLatin1String(required))};
        }
    }
    const QDate from = dayOption(args, QStringLiteral("from"));
    const QDate to = dayOption(args, QStringLiteral("to"));
    if (from > to) {
        throw CliError {ExitUsage, QStringLiteral("stats response: --from %1 is after --to %2")
                                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))};
    }
    const QString by = args.value(QStringLiteral("by"), QStringLiteral("platform"));
    if (by != QLatin1String("platform") && by != QLatin1String("township")) {
        throw CliError {ExitUsage, QStringLiteral("stats response: --by must be platform or "
                                                  "township, not '%1'")
                                       .arg(by)};
    }
    std::optional<std::vector<double>> bands;
    if (args.has(QStringLiteral("bands"))) {
        bands = ResponseTimes::parseBands(args.value(QStringLiteral("bands")));
        if (!bands) {
            throw CliError {ExitUsage, QStringLiteral("stats response: --bands must be minutes "
                                                      "such as 1,3,5, not '%1'")
                                           .arg(args.value(QStringLiteral("bands")))};
        }
    }

    auto db = openStoreForReading(dbPath);
    if (!bands) {
        QString problem;
        bands = ResponseStatsRepository(*db).bands(&problem);
        if (!problem.isEmpty())
            err << "pingan-cli: " << problem << "\n";
    }
    // The command's --to is the last day included (as in `stats disputes`).
    const ResponseReport report = ResponseStatsRepository(*db).report(
        from, to.addDays(1), bands.value_or(ResponseTimes::defaultBands()));

    if (args.has(QStringLiteral("json"))) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("period"),
                 QJsonObject {{QStringLiteral("from"), from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), to.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("by"), by);
        out << json(o) << "\n";
    } else {
        ResponseText::print(report, by == QLatin1String("township"), out);
    }
    return ExitOk;
}

} // namespace

int runIncidentsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                        QTextStream &err)
{
    return runCliCommand(err, [&] {
        return ImportText::run(dbPath, QStringLiteral("incidents"), words, out, err);
    });
}

int runShiftsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                     QTextStream &err)
{
    return runCliCommand(err, [&] {
        return ImportText::run(dbPath, QStringLiteral("shifts"), words, out, err);
    });
}

int runResponseStatsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                            QTextStream &err)
{
    return runCliCommand(err, [&] { return runResponse(dbPath, words, out, err); });
}

QString patrolCommandUsage()
{
    return QStringLiteral(
        "  incidents import FILE.csv [--by LOGIN] [--json]\n"
        "  shifts import FILE.csv [--by LOGIN] [--json]\n"
        "                     import patrol incidents / shifts (UTF-8 or GB18030 CSV, English or\n"
        "                     Chinese headers); all rows or none: exit 3 listing every bad row\n"
        "  stats response --from DATE --to DATE [--by platform|township] [--bands 1,3,5] [--json]\n"
        "                     response times (arrival − call) of the days from..to (both included):\n"
        "                     median, 90th percentile, share within each band, monthly trend, shifts\n");
}
