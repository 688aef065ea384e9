#include "cmd_report.h"

#include "cliapp.h"

#include "apptranslations.h"

#include "report/monthlyreport.h"
#include "report/monthlyreportcontent.h"
#include "report/reportdocument.h"
#include "report/reportxlsx.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QJsonValue cellJson(const ReportCell &cell)
{
    switch (cell.kind) {
    case ReportCell::Kind::None:
        return QJsonValue::Null;
    case ReportCell::Kind::Text:
        return cell.text;
    case ReportCell::Kind::Count:
        return qint64(cell.value);
    default:
        return cell.value;
    }
}

QJsonObject tableJson(const ReportTable &t)
{
    QJsonArray rows;
    for (const QList<ReportCell> &row : t.rows) {
        QJsonArray cells;
        for (const ReportCell &c : row)
            cells.append(cellJson(c));
        rows.append(cells);
    }
    return {{QStringLiteral("key"), t.key},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("columns"), QJsonArray::fromStringList(t.columns)},
            {QStringLiteral("rows"), rows}};
}

int run(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("report"), words,
                       {{QStringLiteral("month"), QStringLiteral("region"),
                         QStringLiteral("as-of"), QStringLiteral("issuer"), QStringLiteral("pdf"),
                         QStringLiteral("xlsx"), QStringLiteral("lang")},
                        {QStringLiteral("json")},
                        0});
    static const QRegularExpression monthShape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch month = monthShape.match(args.value(QStringLiteral("month")));
    if (!month.hasMatch() || month.captured(2).toInt() < 1 || month.captured(2).toInt() > 12) {
        throw CliError {ExitUsage, QStringLiteral("report: --month must be a month as YYYY-MM, "
                                                  "not '%1'")
                                       .arg(args.value(QStringLiteral("month")))};
    }
    if (!args.has(QStringLiteral("pdf")) && !args.has(QStringLiteral("xlsx"))
        && !args.has(QStringLiteral("json"))) {
        throw CliError {ExitUsage, QStringLiteral("report: say what to make: --pdf FILE, "
                                                  "--xlsx FILE and/or --json")};
    }
    MonthlyReportRequest request;
    request.year = month.captured(1).toInt();
    request.month = month.captured(2).toInt();
    request.regionCode = args.value(QStringLiteral("region"));
    request.issuer = args.value(QStringLiteral("issuer"));
    if (args.has(QStringLiteral("as-of"))) {
        static const QRegularExpression dayShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = args.value(QStringLiteral("as-of"));
        request.asOf = QDate::fromString(text, Qt::ISODate);
        if (!dayShape.match(text).hasMatch() || !request.asOf.isValid()) {
            throw CliError {ExitUsage, QStringLiteral("report: --as-of must be a day as "
                                                      "YYYY-MM-DD, not '%1'").arg(text)};
        }
    }
    const QString lang = args.value(QStringLiteral("lang"), QStringLiteral("zh_CN"));
    if (lang != QLatin1String("zh_CN") && lang != QLatin1String("en"))
        throw CliError {ExitUsage,
                        QStringLiteral("report: --lang must be zh_CN or en, not '%1'").arg(lang)};
    if (args.has(QStringLiteral("pdf"))
        && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw CliError {ExitFailure, QStringLiteral("report: drawing needs a GUI application")};
    AppTranslations::install(lang);

    auto db = openStoreForReading(dbPath);
    std::optional<MonthlyReportData> data;
    try {
        data = MonthlyReportReader::read(*db, request);
    } catch (const MonthlyReportError &e) {
        throw CliError {ExitRejected,
                        QStringLiteral("report: %1").arg(QString::fromStdString(e.what()))};
    }
    const ReportContent content = MonthlyReportContent::build(*data);

    const QJsonObject region {{QStringLiteral("code"), data->scope.code},
                              {QStringLiteral("name"), data->scope.name}};
    QJsonObject summary {{QStringLiteral("month"),
                          data->period.from().toString(QStringLiteral("yyyy-MM"))},
                         {QStringLiteral("region"), region},
                         {QStringLiteral("as_of"), data->request.asOf.toString(Qt::ISODate)},
                         {QStringLiteral("title"), content.title}};
    if (args.has(QStringLiteral("pdf"))) {
        const QString path = args.value(QStringLiteral("pdf"));
        ReportDocument document(content);
        QString error;
        if (!document.writePdf(path, &error))
            throw CliError {ExitFailure, error};
        summary.insert(QStringLiteral("pdf"), path);
        summary.insert(QStringLiteral("pages"), document.pageCount());
        if (!args.has(QStringLiteral("json")))
            out << path << ": " << document.pageCount() << " pages\n";
    }
    if (args.has(QStringLiteral("xlsx"))) {
        const QString path = args.value(QStringLiteral("xlsx"));
        QString error;
        if (!ReportXlsx::write(path, content, &error))
            throw CliError {ExitFailure, error};
        summary.insert(QStringLiteral("xlsx"), path);
        summary.insert(QStringLiteral("sheets"), int(content.tables().size()));
        if (!args.has(QStringLiteral("json")))
            out << path << ": " << content.tables().size() << " sheets\n";
    }
    if (args.has(QStringLiteral("json"))) {
        QJsonArray tables;
        for (const ReportTable *t : content.tables())
            tables.append(tableJson(*t));
        summary.insert(QStringLiteral("tables"), tables);
        out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << "\n";
    }
    return ExitOk;
}

} // namespace

QString reportUsage()
{
    return QStringLiteral(
        "  report --month YYYY-MM [--region CODE] [--as-of DATE] [--issuer TEXT]\n"
        "         [--pdf FILE] [--xlsx FILE] [--json] [--lang zh_CN|en]\n"
        "                     the monthly report of the county or one township: an A4 PDF\n"
        "                     bulletin, its tables as a workbook, or the tables as JSON;\n"
        "                     overdue counts as of --as-of (default today)\n");
}

int runReportCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                     QTextStream &err)
{
    return runCliCommand(err, [&] { return run(dbPath, words, out); });
}
