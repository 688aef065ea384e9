#include "bench.h"

#include "cliapp.h"

#include "report/monthlyreport.h"
#include "report/monthlyreportcontent.h"
#include "report/reportdocument.h"
#include "store/database.h"
#include "store/disputerepository.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <ctime>

namespace {

using BenchMath::median;
using BenchMath::round1;
using BenchMath::worst;

} // namespace

QStringList BenchReport::names()
{
    return {QStringLiteral("report_pdf_ms")};
}

// The county's monthly report for the latest complete month of the ~1,000,000-dispute store,
// end to end: every statistic read from the store, the content laid out, the A4 PDF drawn (in
// memory, so the disk is not measured). Beside it, from the same runs, the time of the reading
// alone (the statistics queries): what the rest of the figure costs is typesetting and drawing.
void BenchReport::run(Bench &bench)
{
    const QString path = bench.largeDatabase();
    auto db = Database::open(path, Database::Mode::ReadWrite, true, Database::Check::Deferred);
    const std::optional<qint64> latest = DisputeRepository(*db).latestReportedAt();
    if (!latest)
        throw CliError {ExitFailure, QStringLiteral("bench: %1 holds no disputes").arg(path)};
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(*latest).date();
    const QDate month = QDate(lastDay.year(), lastDay.month(), 1).addMonths(-1);
    MonthlyReportRequest request;
    request.year = month.year();
    request.month = month.month();
    request.asOf = lastDay;   // the data's last day: the same store gives the same report
    bench.note(QStringLiteral("monthly report of %1 in %2")
                   .arg(month.toString(QStringLiteral("yyyy-MM")), path));

    // Warm the page cache and the font caches once.
    {
        const auto data = MonthlyReportReader::read(*db, request);
        ReportDocument(MonthlyReportContent::build(*data)).pdf();
    }

    const int runs = bench.options().quick ? 2 : 7;
    QList<double> totals, reads, cpu;
    qint64 pages = 0, bytes = 0, disputes = 0;
    for (int i = 0; i < runs; ++i) {
        const std::clock_t cpuStart = std::clock();
        QElapsedTimer clock;
        clock.start();
        const auto data = MonthlyReportReader::read(*db, request);
        reads << clock.nsecsElapsed() / 1e6;
        ReportDocument document(MonthlyReportContent::build(*data));
        const QByteArray pdf = document.pdf();
        totals << clock.nsecsElapsed() / 1e6;
        cpu << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        pages = document.pageCount();
        bytes = pdf.size();
        disputes = data->disputes.current.reported;
    }
    bench.report({QStringLiteral("report_pdf_ms"), round1(median(totals)), QStringLiteral("ms"),
                  round1(median(reads)),
                  QJsonObject {
                      {QStringLiteral("runs"), runs},
                      {QStringLiteral("worst"), round1(worst(totals))},
                      {QStringLiteral("cpu_ms"), round1(median(cpu))},
                      {QStringLiteral("baseline_is"),
                       QStringLiteral("the statistics reads alone (disputes with the previous "
                                      "month and year, lists, trend, survey, responses, map "
                                      "outlines), timed inside the same runs")},
                      {QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
                      {QStringLiteral("disputes_in_month"), disputes},
                      {QStringLiteral("pages"), pages},
                      {QStringLiteral("pdf_bytes"), bytes},
                      {QStringLiteral("db"), path},
                  }});
}
