#include "cmd_stats.h"

#include "cliapp.h"
#include "texttable.h"
#include "cmd_patrol.h"

#include "domain/disputestats.h"
#include "domain/region.h"
#include "store/database.h"
#include "store/disputestatsrepository.h"
#include "store/migrator.h"
#include "store/regionrepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace {

QDate dayOption(const CliArgs &args, const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = args.value(name);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid()) {
        throw CliError {ExitUsage,
                        QStringLiteral("stats: --%1 must be a day as YYYY-MM-DD, not '%2'")
                            .arg(name, text)};
    }
    return day;
}


const QString kNone = QStringLiteral("—");

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + QLatin1Char('%') : kNone;
}

QString signedNumber(double v, int decimals)
{
    const QString n = QString::number(v, 'f', decimals);
    return v > 0 ? QLatin1Char('+') + n : n;
}

QString figureText(DisputeFigure figure, const DisputeFigures &f)
{
    const std::optional<double> v = f.value(figure);
    if (disputeFigureIsRate(figure))
        return percent(v);
    return QString::number(qint64(v.value_or(0)));
}

QString periodText(const StatsPeriod &p)
{
    return QStringLiteral("%1 – %2").arg(p.from().toString(Qt::ISODate),
                                         p.to().toString(Qt::ISODate));
}

// The statistics as text tables (translation context "StatsCommand").
class StatsText
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    static void print(const DisputeStats &s, QTextStream &out);

private:
    static QString changeText(DisputeFigure figure, const StatsChange &change);
    static QString breakdownTitle(RegionLevel childLevel);
};

// "+723 (+3.6%)" for counts, "+1.1 pt" for rates; "—" where there is nothing to compare.
QString StatsText::changeText(DisputeFigure figure, const StatsChange &change)
{
    const std::optional<double> absolute = change.absolute();
    if (!absolute)
        return kNone;
    if (disputeFigureIsRate(figure))
        return tr("%1 pt").arg(signedNumber(*absolute * 100.0, 1));
    const std::optional<double> relative = change.relative();
    return QStringLiteral("%1 (%2)").arg(
        signedNumber(*absolute, 0),
        relative ? signedNumber(*relative * 100.0, 1) + QLatin1Char('%') : kNone);
}

QString StatsText::breakdownTitle(RegionLevel childLevel)
{
    switch (childLevel) {
    case RegionLevel::County: break;
    case RegionLevel::Township: return tr("By township");
    case RegionLevel::Village: return tr("By village");
    case RegionLevel::Grid: return tr("By grid");
    }
    return tr("By region");
}

void StatsText::print(const DisputeStats &s, QTextStream &out)
{
    out << tr("Dispute statistics") << "  " << s.regionName << " ("
        << regionLevelLabel(s.regionLevel) << " " << s.regionCode << ")\n";
    out << tr("Period") << ": " << periodText(s.period) << "   " << tr("As of") << ": "
        << s.asOf.toString(Qt::ISODate) << "\n";
    out << tr("Previous period") << ": " << periodText(s.period.previous()) << "   "
        << tr("A year earlier") << ": " << periodText(s.period.yearBefore()) << "\n\n";

    TextTable headline({tr("Figure"), tr("This period"), tr("Previous period"), tr("Change"),
                        tr("A year earlier"), tr("Change")});
    for (DisputeFigure figure : disputeHeadlineFigures()) {
        headline.addRow({disputeFigureLabel(figure), figureText(figure, s.current),
                         figureText(figure, s.previous),
                         changeText(figure, s.changeFromPrevious(figure)),
                         figureText(figure, s.yearBefore),
                         changeText(figure, s.changeFromYearBefore(figure))});
    }
    headline.print(out);

    out << "\n" << tr("Resolved by handling level") << "\n";
    TextTable levels({tr("Level"), tr("Resolved"), tr("Share")});
    for (DisputeLevel level :
         {DisputeLevel::Village, DisputeLevel::Township, DisputeLevel::County}) {
        levels.addRow({disputeLevelLabel(level), QString::number(s.current.resolvedAt(level)),
                       percent(s.current.resolvedShare(level))});
    }
    levels.addRow({tr("Village and township"),
                   QString::number(s.current.resolvedAt(DisputeLevel::Village)
                                   + s.current.resolvedAt(DisputeLevel::Township)),
                   percent(s.current.resolvedTownshipOrBelowShare())});
    levels.print(out);

    const QStringList figureHeader = {tr("New"), tr("vs previous"), tr("vs a year earlier"),
                                      tr("Resolved"), tr("Success rate"), tr("Overdue"),
                                      tr("Escalated")};
    auto rowCells = [](const ComparedDisputeFigures &row) {
        return QStringList {
            QString::number(row.current.reported),
            changeText(DisputeFigure::New, row.changeFromPrevious(DisputeFigure::New)),
            changeText(DisputeFigure::New, row.changeFromYearBefore(DisputeFigure::New)),
            QString::number(row.current.resolved),
            percent(row.current.successRate()),
            QString::number(row.current.overdue),
            QString::number(row.current.escalated),
        };
    };

    out << "\n" << tr("By category") << "\n";
    TextTable categories(QStringList {tr("Category")} + figureHeader);
    for (const DisputeCategoryStats &row : s.byCategory) {
        // Categories absent from all three periods only lengthen the table.
        if (row.current.reported == 0 && row.previous.reported == 0
            && row.yearBefore.reported == 0)
            continue;
        categories.addRow(QStringList {disputeCategoryLabel(row.category)} + rowCells(row));
    }
    categories.print(out);

    if (const std::optional<RegionLevel> childLevel = s.childLevel()) {
        out << "\n" << breakdownTitle(*childLevel) << "\n";
        TextTable regions(QStringList {tr("Code"), tr("Name")} + figureHeader
                          + QStringList {tr("Village share")});
        for (const DisputeRegionStats &row : s.byRegion) {
            const QString villageShare = percent(row.current.resolvedShare(DisputeLevel::Village));
            regions.addRow(QStringList {row.code, row.name.isEmpty() ? kNone : row.name}
                           + rowCells(row) + QStringList {villageShare});
        }
        regions.print(out);
    }
}

int run(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("stats"), words,
                       {{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("region"),
                         QStringLiteral("as-of")},
                        {QStringLiteral("json")},
                        1});
    if (args.positional().isEmpty())
        throw CliError {ExitUsage, QStringLiteral("stats: say what to count: stats disputes …")};
    if (args.positional().constFirst() != QLatin1String("disputes")) {
        throw CliError {ExitUsage,
                        QStringLiteral("stats: unknown subject '%1' (there is: disputes)")
                            .arg(args.positional().constFirst())};
    }
    for (const char *required : {"from", "to"}) {
        if (!args.has(QLatin1String(required))) {
            throw CliError {ExitUsage, QStringLiteral("stats: --%1 DATE is required")
                                           .arg(QLatin1String(required))};
        }
    }
    const StatsPeriod period(dayOption(args, QStringLiteral("from")),
                             dayOption(args, QStringLiteral("to")));
    if (!period.isValid()) {
        throw CliError {ExitUsage, QStringLiteral("stats: --from %1 is after --to %2")
                                       .arg(period.from().toString(Qt::ISODate),
                                            period.to().toString(Qt::ISODate))};
    }
    const QDate asOf = args.has(QStringLiteral("as-of")) ? dayOption(args, QStringLiteral("as-of"))
                                                          : QDate::currentDate();

    auto db = openStoreForReading(dbPath);

    QString regionCode = args.value(QStringLiteral("region"));
    if (regionCode.isEmpty()) {
        const std::optional<Region> county = RegionRepository(*db).county();
        if (!county) {
            throw CliError {ExitRejected, QStringLiteral("stats: %1 holds no county (fill it with "
                                                         "'pingan-cli --db %1 init --demo')")
                                              .arg(dbPath)};
        }
        regionCode = county->code;
    }
    const std::optional<DisputeStats> stats =
        DisputeStatsRepository(*db).stats(regionCode, period, asOf);
    if (!stats) {
        throw CliError {ExitRejected,
                        QStringLiteral("stats: --region %1: no region has this code")
                            .arg(regionCode)};
    }

    if (args.has(QStringLiteral("json"))) {
        const QJsonDocument json(stats->toJson());
        out << QString::fromUtf8(json.toJson(QJsonDocument::Compact)) << "\n";
    } else {
        StatsText::print(*stats, out);
    }
    return ExitOk;
}

} // namespace

QString statsCommandUsage()
{
    return QStringLiteral(
        "  stats disputes --from DATE --to DATE [--region CODE] [--as-of DATE] [--json]\n"
        "                     dispute statistics of a region (default: the county) and days,\n"
        "                     with the previous period and the year before\n");
}

int runStatsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                    QTextStream &err)
{
    if (!words.isEmpty() && words.constFirst() == QLatin1String("response"))
        return runResponseStatsCommand(dbPath, words.mid(1), out, err);
    return runCliCommand(err, [&] { return run(dbPath, words, out); });
}
