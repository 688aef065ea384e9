#include "monthlyreportcontent.h"

#include "monthlyreport.h"
#include "reportmapfigure.h"

#include "domain/dispute.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace {

// lupdate reads Text::tr("…") into the context MonthlyReport.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
};

using Cell = ReportCell;
using Row = QList<ReportCell>;

QString monthText(QDate day)
{
    return Text::tr("%2/%1").arg(day.year()).arg(day.month());
}

QString dayText(QDate day)
{
    return Text::tr("%2/%3/%1").arg(day.year()).arg(day.month()).arg(day.day());
}

QString percentText(std::optional<double> fraction)
{
    return ReportCell::ofPercent(fraction).display();
}

// "up 12.5%", "down 3.0%", "unchanged", or that there is nothing to compare with.
QString countChangeText(const StatsChange &change)
{
    const std::optional<double> relative = change.relative();
    if (!relative) {
        return change.base && *change.base == 0 && change.current && *change.current > 0
            ? Text::tr("none a period before")
            : Text::tr("no comparison");
    }
    const QString amount = QString::number(std::abs(*relative) * 100.0, 'f', 1);
    if (amount == QLatin1String("0.0"))
        return Text::tr("unchanged");
    return *relative > 0 ? Text::tr("up %1%").arg(amount) : Text::tr("down %1%").arg(amount);
}

// "up 3.2 percentage points", … for rates and shares.
QString rateChangeText(const StatsChange &change)
{
    const std::optional<double> absolute = change.absolute();
    if (!absolute)
        return Text::tr("no comparison");
    const QString amount = QString::number(std::abs(*absolute) * 100.0, 'f', 1);
    if (amount == QLatin1String("0.0"))
        return Text::tr("unchanged");
    return *absolute > 0 ? Text::tr("up %1 percentage points").arg(amount)
                         : Text::tr("down %1 percentage points").arg(amount);
}

// The change cell of a figure: relative for counts, percentage points for rates.
ReportCell changeCell(DisputeFigure figure, const StatsChange &change)
{
    return disputeFigureIsRate(figure) ? ReportCell::ofPointChange(change.absolute())
                                       : ReportCell::ofChange(change.relative());
}

ReportCell figureCell(DisputeFigure figure, const DisputeFigures &f)
{
    const std::optional<double> v = f.value(figure);
    return disputeFigureIsRate(figure) ? ReportCell::ofPercent(v)
                                       : ReportCell::ofCount(qint64(v.value_or(0)));
}

QString childNoun(const MonthlyReportData &data)
{
    return data.isCounty() ? Text::tr("Township") : Text::tr("Village / community");
}

QString scopeName(const MonthlyReportData &data)
{
    return data.isCounty() ? Text::tr("the county") : data.scope.name;
}

// --- 一、总体情况 -----------------------------------------------------------------------------

ReportTable summaryTable(const MonthlyReportData &data)
{
    const DisputeStats &s = data.disputes;
    ReportTable t;
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::Summary);
    t.sheetName = Text::tr("Summary");
    t.columns = {Text::tr("Figure"), Text::tr("This month"), Text::tr("Previous month"),
                 Text::tr("Month on month"), Text::tr("Same month last year"),
                 Text::tr("Year on year")};
    t.columnWeights = {2.2, 1, 1, 1, 1, 1};
    const QList<DisputeFigure> figures = {
        DisputeFigure::New, DisputeFigure::Accepted, DisputeFigure::Resolved,
        DisputeFigure::SuccessRate, DisputeFigure::Overdue, DisputeFigure::Escalated,
        DisputeFigure::VillageShare, DisputeFigure::TownshipShare};
    for (DisputeFigure f : figures) {
        t.rows << Row {Cell::ofText(disputeFigureLabel(f)), figureCell(f, s.current),
                       figureCell(f, s.previous), changeCell(f, s.changeFromPrevious(f)),
                       figureCell(f, s.yearBefore), changeCell(f, s.changeFromYearBefore(f))};
    }
    t.rows << Row {Cell::ofText(Text::tr("Resolved at township level or below")),
                   Cell::ofPercent(s.current.resolvedTownshipOrBelowShare()),
                   Cell::ofPercent(s.previous.resolvedTownshipOrBelowShare()),
                   Cell::ofPointChange(
                       StatsChange {s.current.resolvedTownshipOrBelowShare(),
                                    s.previous.resolvedTownshipOrBelowShare()}.absolute()),
                   Cell::ofPercent(s.yearBefore.resolvedTownshipOrBelowShare()),
                   Cell::ofPointChange(
                       StatsChange {s.current.resolvedTownshipOrBelowShare(),
                                    s.yearBefore.resolvedTownshipOrBelowShare()}.absolute())};
    t.note = Text::tr("Changes of counts are relative (%); changes of rates and shares are in "
                      "percentage points.");
    return t;
}

QString summaryParagraph(const MonthlyReportData &data)
{
    const DisputeStats &s = data.disputes;
    const DisputeFigures &c = s.current;
    QString text = Text::tr(
        "In %1, %2 took in %3 disputes, %4 on the previous month and %5 on the same month "
        "last year. Mediation succeeded in %6 cases, a success rate of %7 (%8 on the previous "
        "month); %9 cases ran past their deadline and %10 were escalated.")
        .arg(monthText(data.period.from()), scopeName(data))
        .arg(c.reported)
        .arg(countChangeText(s.changeFromPrevious(DisputeFigure::New)),
             countChangeText(s.changeFromYearBefore(DisputeFigure::New)))
        .arg(c.resolved)
        .arg(percentText(c.successRate()),
             rateChangeText(s.changeFromPrevious(DisputeFigure::SuccessRate)))
        .arg(c.overdue)
        .arg(c.escalated);
    if (c.resolved > 0) {
        text += QLatin1Char(' ') + Text::tr(
            "Of the resolved cases, %1 were settled in the village or community and %2 in the "
            "township, so %3 never had to leave the township.")
            .arg(percentText(c.resolvedShare(DisputeLevel::Village)),
                 percentText(c.resolvedShare(DisputeLevel::Township)),
                 percentText(c.resolvedTownshipOrBelowShare()));
    }
    return text;
}

// --- 二、矛盾纠纷 -----------------------------------------------------------------------------

ReportTable byRegionTable(const MonthlyReportData &data)
{
    const DisputeStats &s = data.disputes;
    ReportTable t;
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::ByRegion);
    t.sheetName = data.isCounty() ? Text::tr("By township") : Text::tr("By village");
    t.columns = {childNoun(data), Text::tr("New"), Text::tr("Month on month"),
                 Text::tr("Year on year"), Text::tr("Resolved"), Text::tr("Success rate"),
                 Text::tr("Overdue"), Text::tr("Escalated"), Text::tr("Resolved in village"),
                 Text::tr("Resolved in township")};
    t.columnWeights = {2.2, 0.9, 1, 1, 0.9, 1, 0.8, 0.8, 1.1, 1.1};
    auto row = [](const QString &name, const ComparedDisputeFigures &f, bool strong) {
        Row r {Cell::ofText(name), Cell::ofCount(f.current.reported),
               Cell::ofChange(f.changeFromPrevious(DisputeFigure::New).relative()),
               Cell::ofChange(f.changeFromYearBefore(DisputeFigure::New).relative()),
               Cell::ofCount(f.current.resolved), Cell::ofPercent(f.current.successRate()),
               Cell::ofCount(f.current.overdue).withAlert(f.current.overdue > 0),
               Cell::ofCount(f.current.escalated),
               Cell::ofPercent(f.current.resolvedShare(DisputeLevel::Village)),
               Cell::ofPercent(f.current.resolvedShare(DisputeLevel::Township))};
        for (Cell &c : r)
            c.strong = strong;
        return r;
    };
    for (const DisputeRegionStats &r : s.byRegion)
        t.rows << row(r.name.isEmpty() ? r.code : r.name, r, false);
    t.rows << row(Text::tr("Total"), s, true);
    t.note = Text::tr("New: disputes reported in the month. The other figures describe those "
                      "disputes as they stand on %1. Success rate: resolved / (resolved + "
                      "failed + referred). Shares: of the resolved.")
                 .arg(dayText(s.asOf));
    return t;
}

ReportTable byCategoryTable(const MonthlyReportData &data)
{
    const DisputeStats &s = data.disputes;
    ReportTable t;
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::ByCategory);
    t.sheetName = Text::tr("By category");
    t.columns = {Text::tr("Category"), Text::tr("New"), Text::tr("Share"),
                 Text::tr("Month on month"), Text::tr("Year on year"), Text::tr("Resolved"),
                 Text::tr("Success rate"), Text::tr("Overdue")};
    t.columnWeights = {2, 1, 1, 1, 1, 1, 1, 1};
    for (const DisputeCategoryStats &r : s.byCategory) {
        const std::optional<double> share = s.current.reported > 0
            ? std::optional<double>(double(r.current.reported) / double(s.current.reported))
            : std::nullopt;
        t.rows << Row {Cell::ofText(disputeCategoryLabel(r.category)),
                       Cell::ofCount(r.current.reported), Cell::ofPercent(share),
                       Cell::ofChange(r.changeFromPrevious(DisputeFigure::New).relative()),
                       Cell::ofChange(r.changeFromYearBefore(DisputeFigure::New).relative()),
                       Cell::ofCount(r.current.resolved),
                       Cell::ofPercent(r.current.successRate()),
                       Cell::ofCount(r.current.overdue).withAlert(r.current.overdue > 0)};
    }
    Row total {Cell::ofText(Text::tr("Total")), Cell::ofCount(s.current.reported),
               Cell::ofPercent(s.current.reported > 0 ? std::optional<double>(1.0)
                                                      : std::nullopt),
               Cell::ofChange(s.changeFromPrevious(DisputeFigure::New).relative()),
               Cell::ofChange(s.changeFromYearBefore(DisputeFigure::New).relative()),
               Cell::ofCount(s.current.resolved), Cell::ofPercent(s.current.successRate()),
               Cell::ofCount(s.current.overdue)};
    for (Cell &c : total)
        c.strong = true;
    t.rows << total;
    return t;
}

QString statusText(const DisputeListedCase &c)
{
    return disputeStatusLabel(c.status);
}

QString levelText(int level)
{
    return disputeLevelLabel(DisputeLevel(std::clamp(level, 0, 2)));
}

QString reportedDay(const DisputeListedCase &c)
{
    return QDateTime::fromMSecsSinceEpoch(c.reportedAt).date().toString(Qt::ISODate);
}

// A list of disputes (the major list, the overdue list): number, case, matter and place,
// then `tail` columns made by `cells`; the print shows the first rows, the workbook all.
ReportTable caseList(const MonthlyReportData &data, const MonthlyReportContent::Options &o,
                     const QList<DisputeListedCase> &cases, const QStringList &tail,
                     const std::function<Row(const DisputeListedCase &)> &cells)
{
    ReportTable t;
    t.columns = QStringList {Text::tr("No."), Text::tr("Case number"), Text::tr("Matter"),
                             data.isCounty() ? Text::tr("Township")
                                             : Text::tr("Village / community"),
                             Text::tr("Category")}
        + tail;
    t.columnWeights = {0.5, 1.9, 3.2, 1.3, 1.1, 1.2, 0.8, 0.9};
    int n = 0;
    for (const DisputeListedCase &c : cases) {
        t.rows << (Row {Cell::ofCount(++n), Cell::ofText(c.caseNo), Cell::ofText(c.title),
                        Cell::ofText(data.isCounty() ? c.townshipName : c.villageName),
                        Cell::ofText(disputeCategoryLabel(c.category))}
                   + cells(c));
    }
    t.printedRows = o.listRowsPrinted;
    return t;
}

ReportTable majorTable(const MonthlyReportData &data, const MonthlyReportContent::Options &o)
{
    ReportTable t = caseList(data, o, data.lists.major,
                             {Text::tr("Reported"), Text::tr("Handled at"), Text::tr("Status")},
                             [](const DisputeListedCase &c) {
                                 return Row {Cell::ofText(reportedDay(c)),
                                             Cell::ofText(levelText(c.level)),
                                             Cell::ofText(statusText(c)).withAlert(c.overdue)};
                             });
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::Major);
    t.sheetName = Text::tr("Major disputes");
    if (t.rows.size() > o.listRowsPrinted) {
        t.note = Text::tr("%1 major disputes; the first %2 are printed, the workbook lists all.")
                     .arg(t.rows.size()).arg(o.listRowsPrinted);
    }
    return t;
}

ReportTable overdueTable(const MonthlyReportData &data, const MonthlyReportContent::Options &o)
{
    ReportTable t = caseList(data, o, data.lists.overdue,
                             {Text::tr("Deadline"), Text::tr("Days over"), Text::tr("Status")},
                             [](const DisputeListedCase &c) {
                                 return Row {Cell::ofText(c.dueOn.toString(Qt::ISODate)),
                                             Cell::ofCount(c.daysOverdue).withAlert(),
                                             Cell::ofText(statusText(c))};
                             });
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::Overdue);
    t.sheetName = Text::tr("Overdue disputes");
    if (t.rows.size() > o.listRowsPrinted) {
        t.note = Text::tr("%1 overdue disputes, most days over first; the first %2 are "
                          "printed, the workbook lists all.")
                     .arg(t.rows.size()).arg(o.listRowsPrinted);
    }
    return t;
}

ReportChart byRegionChart(const MonthlyReportData &data)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Columns;
    chart.title = data.isCounty() ? Text::tr("New disputes by township")
                                  : Text::tr("New disputes by village / community");
    chart.unit = Text::tr("cases");
    ReportChart::Series current {monthText(data.period.from()), {}, {}};
    ReportChart::Series previous {monthText(data.period.previous().from()), {}, {}};
    for (const DisputeRegionStats &r : data.disputes.byRegion) {
        chart.categories << (r.name.isEmpty() ? r.code : r.name);
        current.values << double(r.current.reported);
        previous.values << double(r.previous.reported);
    }
    chart.series = {previous, current};
    return chart;
}

ReportChart trendChart(const MonthlyReportData &data)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.title = Text::tr("Disputes reported and closed, last 12 months");
    chart.unit = Text::tr("cases");
    ReportChart::Series reported {Text::tr("Reported"), {}, {}};
    ReportChart::Series closed {Text::tr("Closed"), {}, {}};
    for (const DisputeMonthCount &m : data.trend) {
        chart.categories << Text::tr("%1 (month)").arg(m.month.month());
        reported.values << double(m.reported);
        closed.values << double(m.closed);
    }
    chart.series = {reported, closed};
    return chart;
}

// --- 三、一感两度两率 -------------------------------------------------------------------------

const SurveyFigure *figureOf(const MonthlyReportData &data, const QString &code,
                             SurveyIndicator indicator)
{
    for (const SurveyFigure &f : data.survey) {
        if (f.regionCode == code && f.indicator == indicator)
            return &f;
    }
    return nullptr;
}

QString significance(const SurveyFigure &f)
{
    if (!f.changeP)
        return QStringLiteral("—");
    return f.changeSignificant ? Text::tr("significant") : Text::tr("not significant");
}

ReportTable surveyTable(const MonthlyReportData &data)
{
    ReportTable t;
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::Survey);
    t.sheetName = Text::tr("Survey indicators");
    t.columns = {Text::tr("Indicator"), Text::tr("Respondents"), Text::tr("Rate"),
                 Text::tr("95% interval"), Text::tr("Previous wave"),
                 Text::tr("Change (points)"), Text::tr("Change test")};
    t.columnWeights = {2, 1, 1, 1.6, 1, 1.1, 1};
    if (!data.isCounty()) {
        t.columns.insert(3, Text::tr("Rank"));
        t.columnWeights.insert(3, 0.9);
    }
    for (SurveyIndicator i : SurveyIndicators::all()) {
        const SurveyFigure *f = figureOf(data, data.scope.code, i);
        if (!f)
            continue;
        const QString interval = f->rate
            ? QStringLiteral("%1–%2").arg(percentText(f->ci.low), percentText(f->ci.high))
            : QStringLiteral("—");
        Row r {Cell::ofText(data.scheme.label(i)),
               Cell::ofCount(f->n).withAlert(f->smallSample), Cell::ofPercent(f->rate),
               Cell::ofText(interval), Cell::ofPercent(f->previousRate),
               Cell::ofPointChange(f->rate && f->previousRate
                                       ? std::optional<double>(*f->rate - *f->previousRate)
                                       : std::nullopt),
               Cell::ofText(significance(*f))};
        if (!data.isCounty()) {
            r.insert(3, f->rank > 0 ? Cell::ofText(Text::tr("%1 of %2").arg(f->rank)
                                                         .arg(f->ranked))
                                          .withAlert(f->lastFive)
                                    : Cell::none());
        }
        t.rows << r;
    }
    t.note = data.isCounty()
        ? Text::tr("County figures are weighted by township population. Interval: Wilson 95%. "
                   "Change test: two-proportion test at 5%.")
        : Text::tr("Rank among the county's townships (1 = best); red: among the last five. "
                   "Interval: Wilson 95%. Change test: two-proportion test at 5%.");
    return t;
}

// County scope: every township's five indicators; township scope: its villages'.
ReportTable surveyRankingTable(const MonthlyReportData &data)
{
    ReportTable t;
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::SurveyRanking);
    t.sheetName = data.isCounty() ? Text::tr("Survey by township")
                                  : Text::tr("Survey by village");
    t.columns = {childNoun(data), Text::tr("Respondents")};
    t.columnWeights = {2, 1};
    for (SurveyIndicator i : SurveyIndicators::all()) {
        t.columns << data.scheme.label(i);
        t.columnWeights << 1.1;
    }
    if (data.isCounty()) {
        t.columns << Text::tr("Security rank");
        t.columnWeights << 1;
    }
    const RegionLevel level = data.isCounty() ? RegionLevel::Township : RegionLevel::Village;
    for (const SurveyFigure &f : data.survey) {
        if (f.level != level || f.indicator != SurveyIndicator::Security)
            continue;
        Row r {Cell::ofText(f.regionName), Cell::ofCount(f.n).withAlert(f.smallSample)};
        for (SurveyIndicator i : SurveyIndicators::all()) {
            const SurveyFigure *g = figureOf(data, f.regionCode, i);
            r << (g ? Cell::ofPercent(g->rate).withAlert(g->lastFive) : Cell::none());
        }
        if (data.isCounty())
            r << (f.rank > 0 ? Cell::ofCount(f.rank).withAlert(f.lastFive) : Cell::none());
        t.rows << r;
    }
    t.note = data.isCounty()
        ? Text::tr("Red: among the last five townships for that indicator; a red number of "
                   "respondents: fewer than 30, read with care.")
        : Text::tr("Villages are not ranked; a red number of respondents: fewer than 30, read "
                   "with care.");
    return t;
}

ReportChart securityChart(const MonthlyReportData &data)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.percent = true;
    chart.title = Text::tr("%1 by township, best first")
                      .arg(data.scheme.label(SurveyIndicator::Security));
    QList<const SurveyFigure *> ranked;
    for (const SurveyFigure &f : data.survey) {
        if (f.level == RegionLevel::Township && f.indicator == SurveyIndicator::Security
            && f.rank > 0)
            ranked << &f;
    }
    std::sort(ranked.begin(), ranked.end(),
              [](const SurveyFigure *a, const SurveyFigure *b) { return a->rank < b->rank; });
    ReportChart::Series series {data.scheme.label(SurveyIndicator::Security), {}, {}};
    for (const SurveyFigure *f : ranked) {
        chart.categories << f->regionName;
        series.values << f->rate;
        chart.highlighted << f->lastFive;
    }
    chart.series = {series};
    if (const SurveyFigure *county = figureOf(data, data.county.code, SurveyIndicator::Security);
        county && county->rate) {
        chart.reference = county->rate;
        chart.referenceLabel = Text::tr("County %1").arg(percentText(county->rate));
    }
    chart.sizeMm = QSizeF(160, std::max(50.0, 12.0 + 6.0 * ranked.size()));
    return chart;
}

QString surveyParagraph(const MonthlyReportData &data)
{
    const SurveyRepository::Wave &w = *data.wave;
    QStringList parts;
    for (SurveyIndicator i : SurveyIndicators::all()) {
        const SurveyFigure *f = figureOf(data, data.scope.code, i);
        if (!f || !f->rate)
            continue;
        QString part = Text::tr("%1 %2").arg(data.scheme.label(i), percentText(f->rate));
        if (f->previousRate) {
            part += Text::tr(" (%1 on the previous wave)")
                        .arg(rateChangeText(StatsChange {f->rate, f->previousRate}));
        }
        parts << part;
    }
    const SurveyFigure *security = figureOf(data, data.scope.code, SurveyIndicator::Security);
    QString text = Text::tr("The survey of wave %1 (%2 to %3) heard %4 residents of %5: %6.")
                       .arg(w.name, dayText(w.startsOn), dayText(w.endsOn))
                       .arg(security ? security->n : 0)
                       .arg(scopeName(data), parts.join(Text::tr("; ")));
    if (data.isCounty()) {
        QStringList lastFive;
        for (const SurveyFigure &f : data.survey) {
            if (f.level == RegionLevel::Township && f.indicator == SurveyIndicator::Security
                && f.lastFive)
                lastFive << f.regionName;
        }
        if (!lastFive.isEmpty()) {
            text += QLatin1Char(' ')
                + Text::tr("The last five townships for %1 are %2.")
                      .arg(data.scheme.label(SurveyIndicator::Security),
                           lastFive.join(Text::tr(", ")));
        }
    } else if (security && security->rank > 0) {
        text += QLatin1Char(' ')
            + Text::tr("On %1 the township ranks %2 of %3 in the county%4.")
                  .arg(data.scheme.label(SurveyIndicator::Security))
                  .arg(security->rank)
                  .arg(security->ranked)
                  .arg(security->lastFive ? Text::tr(", among the last five") : QString());
    }
    return text;
}

// --- 四、巡防与出警 ---------------------------------------------------------------------------

// Responses within each band, as cells (one per band).
Row bandCells(const ResponseStats &s)
{
    Row cells;
    for (size_t b = 0; b < s.bands.size(); ++b)
        cells << Cell::ofPercent(s.shareWithin(b));
    return cells;
}

QStringList bandColumns(const std::vector<double> &bands)
{
    QStringList columns;
    for (double b : bands)
        columns << Text::tr("Within %1 min").arg(QLocale::c().toString(b));
    return columns;
}

ReportTable responseTable(const MonthlyReportData &data)
{
    const ResponseReport &r = data.response;
    ReportTable t;
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::Response);
    t.sheetName = Text::tr("Response times");
    t.columns = {data.isCounty() ? Text::tr("Township") : Text::tr("Platform"),
                 Text::tr("Incidents"), Text::tr("With arrival"), Text::tr("Median (min)"),
                 Text::tr("P90 (min)")};
    t.columns << bandColumns(r.bands) << Text::tr("No arrival");
    t.columnWeights = {2, 0.9, 0.9, 0.9, 0.9};
    for (size_t b = 0; b < r.bands.size(); ++b)
        t.columnWeights << 0.9;
    t.columnWeights << 0.9;
    auto row = [](const QString &name, qint64 incidents, qint64 without, const ResponseStats &s) {
        Row cells {Cell::ofText(name), Cell::ofCount(incidents), Cell::ofCount(s.count),
                   Cell::ofNumber(s.median), Cell::ofNumber(s.p90)};
        cells << bandCells(s) << Cell::ofCount(without).withAlert(without > 0);
        return cells;
    };
    if (data.isCounty()) {
        for (const TownshipResponse &tw : r.byTownship) {
            if (tw.code.isEmpty() && tw.incidents == 0)
                continue;
            t.rows << row(tw.code.isEmpty() ? Text::tr("(no township)") : tw.name, tw.incidents,
                          tw.withoutArrival, tw.stats);
        }
    } else {
        for (const PlatformResponse &p : r.byPlatform) {
            if (p.townshipCode == data.scope.code)
                t.rows << row(p.name, p.incidents, p.withoutArrival, p.stats);
        }
    }
    Row total = row(Text::tr("Total"), r.incidents, r.withoutArrival, r.county);
    for (Cell &c : total)
        c.strong = true;
    t.rows << total;
    t.note = Text::tr("Response time: arrival minus call, over incidents called in the month "
                      "with both times recorded; incidents without an arrival are counted, "
                      "not dropped.");
    return t;
}

ReportTable platformTable(const MonthlyReportData &data)
{
    const ResponseReport &r = data.response;
    ReportTable t;
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::Platforms);
    t.sheetName = Text::tr("Patrol platforms");
    t.columns = {Text::tr("Platform"), Text::tr("Township"), Text::tr("Shifts"),
                 Text::tr("Hours"), Text::tr("Officer hours"), Text::tr("Volunteer turns"),
                 Text::tr("Distance (km)"), Text::tr("Incidents"), Text::tr("Median (min)")};
    t.columnWeights = {2.2, 1.3, 0.8, 0.8, 1, 1, 1, 0.8, 0.9};
    QHash<QString, const PlatformShiftTotals *> shifts;
    for (const PlatformShiftTotals &s : r.shifts)
        shifts.insert(s.code, &s);
    for (const PlatformResponse &p : r.byPlatform) {
        if (!data.isCounty() && p.townshipCode != data.scope.code)
            continue;
        const PlatformShiftTotals *s = shifts.value(p.code);
        t.rows << Row {Cell::ofText(p.name), Cell::ofText(p.townshipName),
                       Cell::ofCount(s ? s->shifts : 0), Cell::ofNumber(s ? s->hours : 0, 1),
                       Cell::ofNumber(s ? s->officerHours : 0, 1),
                       Cell::ofCount(s ? s->volunteers : 0),
                       Cell::ofNumber(s ? s->distanceKm : 0, 1), Cell::ofCount(p.incidents),
                       Cell::ofNumber(p.stats.median)};
    }
    return t;
}

// County scope: the platforms' shifts and incidents added up per township.
ReportTable patrolByTownshipTable(const MonthlyReportData &data)
{
    const ResponseReport &r = data.response;
    ReportTable t;
    t.key = QString::fromLatin1(MonthlyReportContent::Tables::Patrols);
    t.sheetName = Text::tr("Patrols by township");
    t.columns = {Text::tr("Township"), Text::tr("Platforms"), Text::tr("Shifts"),
                 Text::tr("Hours"), Text::tr("Officer hours"), Text::tr("Volunteer turns"),
                 Text::tr("Distance (km)"), Text::tr("Incidents")};
    t.columnWeights = {2.2, 0.9, 0.9, 1, 1, 1, 1, 0.9};
    QHash<QString, const PlatformShiftTotals *> shifts;
    for (const PlatformShiftTotals &s : r.shifts)
        shifts.insert(s.code, &s);
    struct Sum
    {
        QString name;
        qint64 platforms = 0, shifts = 0, volunteers = 0, incidents = 0;
        double hours = 0, officerHours = 0, km = 0;
    };
    QList<QString> order;
    QHash<QString, Sum> sums;
    Sum total;
    total.name = Text::tr("Total");
    for (const PlatformResponse &p : r.byPlatform) {
        if (!sums.contains(p.townshipCode)) {
            order << p.townshipCode;
            sums[p.townshipCode].name = p.townshipCode.isEmpty() ? Text::tr("(no township)")
                                                                 : p.townshipName;
        }
        for (Sum *sum : {&sums[p.townshipCode], &total}) {
            const PlatformShiftTotals *s = shifts.value(p.code);
            sum->platforms += 1;
            sum->incidents += p.incidents;
            if (s) {
                sum->shifts += s->shifts;
                sum->hours += s->hours;
                sum->officerHours += s->officerHours;
                sum->volunteers += s->volunteers;
                sum->km += s->distanceKm;
            }
        }
    }
    std::sort(order.begin(), order.end());
    auto row = [](const Sum &s, bool strong) {
        Row r {Cell::ofText(s.name), Cell::ofCount(s.platforms), Cell::ofCount(s.shifts),
               Cell::ofNumber(s.hours, 1), Cell::ofNumber(s.officerHours, 1),
               Cell::ofCount(s.volunteers), Cell::ofNumber(s.km, 1), Cell::ofCount(s.incidents)};
        for (Cell &c : r)
            c.strong = strong;
        return r;
    };
    for (const QString &code : order)
        t.rows << row(sums.value(code), false);
    if (!order.isEmpty())
        t.rows << row(total, true);
    return t;
}

QString responseParagraph(const MonthlyReportData &data)
{
    const ResponseReport &r = data.response;
    const ResponseStats &s = r.county;
    if (r.incidents == 0)
        return Text::tr("No incident was called in during the month in %1.").arg(scopeName(data));
    QStringList within;
    for (size_t b = 0; b < s.bands.size(); ++b) {
        within << Text::tr("%1 within %2 minutes")
                      .arg(percentText(s.shareWithin(b)), QLocale::c().toString(s.bands[b]));
    }
    QString text = Text::tr("In %1, %2 incidents were called in; %3 have both call and arrival "
                            "times. Median response %4 minutes, 90th percentile %5 minutes; %6.")
                       .arg(scopeName(data))
                       .arg(r.incidents)
                       .arg(s.count)
                       .arg(ReportCell::ofNumber(s.median).display(),
                            ReportCell::ofNumber(s.p90).display(),
                            within.join(Text::tr(", ")));
    if (r.withoutArrival > 0) {
        text += QLatin1Char(' ')
            + Text::tr("%1 incidents have no recorded arrival and need checking.")
                  .arg(r.withoutArrival);
    }
    return text;
}

ReportChart responseChart(const MonthlyReportData &data)
{
    const ResponseReport &r = data.response;
    ReportChart chart;
    chart.kind = ReportChart::Kind::Columns;
    chart.percent = true;
    chart.title = data.isCounty() ? Text::tr("Share of responses within the target minutes, "
                                             "by township")
                                  : Text::tr("Share of responses within the target minutes, "
                                             "by platform");
    const QStringList names = bandColumns(r.bands);
    QList<ReportChart::Series> series;
    for (const QString &n : names)
        series << ReportChart::Series {n, {}, {}};
    auto add = [&](const QString &name, const ResponseStats &s) {
        chart.categories << name;
        for (size_t b = 0; b < s.bands.size() && b < size_t(series.size()); ++b)
            series[qsizetype(b)].values << s.shareWithin(b);
    };
    if (data.isCounty()) {
        for (const TownshipResponse &tw : r.byTownship) {
            if (!tw.code.isEmpty())
                add(tw.name, tw.stats);
        }
    } else {
        for (const PlatformResponse &p : r.byPlatform) {
            if (p.townshipCode == data.scope.code)
                add(p.name, p.stats);
        }
    }
    chart.series = series;
    return chart;
}

} // namespace

ReportContent MonthlyReportContent::build(const MonthlyReportData &data, const Options &options)
{
    ReportContent c;
    const QString place = data.isCounty() ? data.county.name : data.county.name + data.scope.name;
    c.title = Text::tr("%1 Social Governance Monthly Bulletin").arg(place);
    c.issue = Text::tr("%1, issue %2")
                  .arg(data.period.from().year())
                  .arg(data.period.from().month());
    c.issuer = data.request.issuer;
    c.issuedOn = data.request.asOf;
    c.period = monthText(data.period.from());
    c.footerLeft = c.issuer;

    auto &b = c.blocks;
    b << ReportBlock::heading(Text::tr("I. Overview"));
    b << ReportBlock::paragraph(summaryParagraph(data));
    ReportTable summary = summaryTable(data);
    summary.title = Text::tr("Table 1  Main figures, %1").arg(monthText(data.period.from()));
    b << ReportBlock::ofTable(summary);

    b << ReportBlock::heading(Text::tr("II. Disputes found and resolved"));
    b << ReportBlock::heading(data.isCounty() ? Text::tr("(1) By township")
                                              : Text::tr("(1) By village / community"), 2);
    ReportTable regions = byRegionTable(data);
    regions.title = data.isCounty() ? Text::tr("Table 2  Disputes by township")
                                    : Text::tr("Table 2  Disputes by village / community");
    b << ReportBlock::ofTable(regions);
    b << ReportBlock::ofChart(byRegionChart(data));
    b << ReportBlock::heading(Text::tr("(2) By category"), 2);
    ReportTable categories = byCategoryTable(data);
    categories.title = Text::tr("Table 3  Disputes by category");
    b << ReportBlock::ofTable(categories);
    b << ReportBlock::ofChart(trendChart(data));

    b << ReportBlock::heading(Text::tr("(3) Major disputes"), 2);
    ReportTable major = majorTable(data, options);
    major.title = Text::tr("Table 4  Major disputes reported in the month");
    if (major.rows.isEmpty())
        b << ReportBlock::paragraph(Text::tr("No major dispute was reported in the month."));
    else
        b << ReportBlock::ofTable(major);
    b << ReportBlock::heading(Text::tr("(4) Overdue disputes"), 2);
    ReportTable overdue = overdueTable(data, options);
    overdue.title = Text::tr("Table 5  Disputes of the month past their deadline");
    if (overdue.rows.isEmpty())
        b << ReportBlock::paragraph(Text::tr("No dispute of the month ran past its deadline."));
    else
        b << ReportBlock::ofTable(overdue);

    b << ReportBlock::heading(Text::tr("III. Public sense of security and satisfaction"));
    if (!data.wave) {
        b << ReportBlock::paragraph(
            Text::tr("No survey wave had ended by the end of the month: no figures to report."));
    } else {
        b << ReportBlock::paragraph(surveyParagraph(data));
        ReportTable survey = surveyTable(data);
        survey.title = Text::tr("Table 6  Survey indicators of %1, wave %2")
                           .arg(data.isCounty() ? data.county.name : data.scope.name,
                                data.wave->name);
        b << ReportBlock::ofTable(survey);
        ReportTable ranking = surveyRankingTable(data);
        ranking.title = data.isCounty() ? Text::tr("Table 7  Survey indicators by township")
                                        : Text::tr("Table 7  Survey indicators by village / "
                                                   "community");
        b << ReportBlock::ofTable(ranking);
        if (data.isCounty())
            b << ReportBlock::ofChart(securityChart(data));
    }

    b << ReportBlock::heading(Text::tr("IV. Patrols and 1-3-5 response"));
    b << ReportBlock::paragraph(responseParagraph(data));
    ReportTable response = responseTable(data);
    response.title = data.isCounty() ? Text::tr("Table 8  Response times by township")
                                     : Text::tr("Table 8  Response times by platform");
    b << ReportBlock::ofTable(response);
    if (data.response.incidents > 0)
        b << ReportBlock::ofChart(responseChart(data));
    ReportTable platforms = platformTable(data);
    if (data.isCounty()) {
        ReportTable patrols = patrolByTownshipTable(data);
        patrols.title = Text::tr("Table 9  Patrols by township: shifts and incidents");
        if (!patrols.rows.isEmpty())
            b << ReportBlock::ofTable(patrols);
        // Every platform's row goes to the workbook; the print says so.
        platforms.title = Text::tr("Table 10  Patrol platforms");
        platforms.printedRows = 0;
        platforms.note = Text::tr("The %1 platforms are listed one by one in the workbook "
                                  "(sheet \"%2\").")
                             .arg(platforms.rows.size())
                             .arg(platforms.sheetName);
    } else {
        platforms.title = Text::tr("Table 9  Patrol platforms: shifts and incidents");
    }
    if (!platforms.rows.isEmpty())
        b << ReportBlock::ofTable(platforms);

    if (options.withMap && data.mapScene) {
        b << ReportBlock::heading(Text::tr("V. Map"));
        const QSizeF sizeMm(160, 120);
        const QImage map = ReportMapFigure::render(
            data,
            QSize(qRound(sizeMm.width() / 25.4 * options.mapDpi),
                  qRound(sizeMm.height() / 25.4 * options.mapDpi)),
            options.mapDpi);
        if (!map.isNull()) {
            b << ReportBlock::ofImage(
                map, sizeMm,
                data.isCounty()
                    ? Text::tr("Figure  New disputes per 1,000 residents by township, %1")
                          .arg(monthText(data.period.from()))
                    : Text::tr("Figure  New disputes per 1,000 residents by village / "
                               "community, %1")
                          .arg(monthText(data.period.from())));
        }
    }

    b << ReportBlock::signature(c.issuer + QLatin1Char('\n') + dayText(c.issuedOn));
    return c;
}
