#include "disputestatsrepository.h"

#include "database.h"
#include "regionrepository.h"
#include "storeerror.h"
#include "storestatement.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

using FiguresOf = DisputeFigures ComparedDisputeFigures::*;

// The region, the prefix its disputes' grid codes start with, and its children.
struct Scope
{
    Region region;
    QString prefix;
    std::optional<RegionLevel> childLevel;
    int childPrefixLength = 15;
    QList<Region> children;
};

std::optional<Scope> scopeOf(Database &db, const QString &code)
{
    RegionRepository regions(db);
    const std::optional<Region> region = regions.byCode(code);
    if (!region)
        return std::nullopt;
    Scope s;
    s.region = *region;
    s.prefix = RegionCodes::descendantPrefix(region->code, region->level);
    s.childLevel = DisputeStats::childLevelOf(region->level);
    if (s.childLevel) {
        s.childPrefixLength = RegionCodes::prefixLength(*s.childLevel);
        RegionRepository::Query query;
        query.parentCode = region->code;
        s.children = regions.list(query);
    }
    return s;
}

// The statistics with every row in place and all figures zero.
DisputeStats skeleton(const Scope &scope, const StatsPeriod &period, QDate asOf)
{
    DisputeStats stats;
    stats.period = period;
    stats.asOf = asOf;
    stats.regionCode = scope.region.code;
    stats.regionName = scope.region.name;
    stats.regionLevel = scope.region.level;
    for (const DisputeCategory &c : disputeCategories()) {
        DisputeCategoryStats row;
        row.category = QString::fromLatin1(c.key);
        stats.byCategory << row;
    }
    for (const Region &child : scope.children) {
        DisputeRegionStats row;
        row.code = child.code;
        row.name = child.name;
        stats.byRegion << row;
    }
    return stats;
}

// The code of the child region whose descendants' codes start with `prefix`: a township's or
// county's 12-digit code ends in zeros, a village's and a grid's code is the prefix itself.
QString childCodeOf(const QString &prefix)
{
    return prefix.size() < 12 ? prefix.leftJustified(12, QLatin1Char('0')) : prefix;
}

// One pass reads, for every live dispute reported in the period in the region, the columns the
// figures need, and the figures are counted here (see the class comment for why not in SQL).
// `leading` columns come before the pass's own (Col below), `narrowing` is one more condition.
QByteArray passStatement(const Scope &scope, const QByteArray &leading = {},
                         const QByteArray &narrowing = {})
{
    // At county level the grid-code range holds every row, so the report-time range must drive
    // the scan (the unary + keeps the planner off the grid index); below it the grid index
    // reads only the region's rows and checks report times in the index itself.
    const bool wholeCounty = scope.region.level == RegionLevel::County;
    // (Plain ? placeholders, bound in this order: QPSQL takes no numbered ones.)
    const QByteArray time = wholeCounty ? "d.reported_at >= ? AND d.reported_at < ?"
                                        : "+d.reported_at >= ? AND +d.reported_at < ?";
    const QByteArray region = wholeCounty ? "+d.grid_code >= ? AND +d.grid_code < ?"
                                          : "d.grid_code >= ? AND d.grid_code < ?";
    return "SELECT " + leading
        + "d.category, d.grid_code, d.accepted_at, d.outcome, d.level, d.resolved_at, "
          "d.due_on, d.status, d.escalations FROM dispute d WHERE "
        + time + " AND " + region + " AND d.deleted = 0"
        + (narrowing.isEmpty() ? QByteArray() : " AND " + narrowing);
}

// Binds the period and the region's code range to a statement of passStatement().
void bindPass(StoreStatement &q, const Scope &scope, const StatsPeriod &period)
{
    q.reset();
    q.bind(1, period.startMs());
    q.bind(2, period.endMs());
    q.bind(3, scope.prefix.toUtf8());
    q.bind(4, (scope.prefix + QLatin1Char('~')).toUtf8());
}

// The columns of passStatement().
namespace Col {
enum : int {
    Category, GridCode, AcceptedAt, Outcome, Level, ResolvedAt, DueOn, Status, Escalations
};
}

// 'YYYY-MM-DD' as the number YYYYMMDD; 0 when it is not a day in that form.
int dayNumber(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return 0;
    int n = 0;
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

// Local midnight ending a due day (UTC ms), per day number; a few hundred distinct days per
// pass, so each is converted once.
class DayEnds
{
public:
    std::optional<qint64> after(int day)
    {
        const auto it = m_ends.find(day);
        if (it != m_ends.end())
            return it->second;
        const QDate date(day / 10000, day / 100 % 100, day % 100);
        std::optional<qint64> end;
        if (date.isValid())
            end = QDateTime(date.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
        m_ends.emplace(day, end);
        return end;
    }

private:
    std::unordered_map<int, std::optional<qint64>> m_ends;
};

// Whether a dispute counts as overdue (domain/disputestats.h): resolved on a local day after
// its due day, or still running while the due day lies before the as-of day.
bool countsOverdue(std::string_view dueOn, bool unresolved, qint64 resolvedAt,
                   std::string_view status, int asOfDay, DayEnds &dayEnds)
{
    const int due = dayNumber(dueOn);
    if (!due)
        return false;
    if (!unresolved) {
        const std::optional<qint64> dueEnd = dayEnds.after(due);
        return dueEnd && resolvedAt >= *dueEnd;
    }
    return due < asOfDay && (status == "accepted" || status == "routed" || status == "mediating");
}

// Row indexes by key (category, child prefix) over keys kept alive by the caller.
using RowIndex = std::unordered_map<std::string_view, qsizetype>;

// Adds one period's figures to the rows (and the total) of `stats`, into the `slot` figures.
void runPass(StoreStatement &q, const Scope &scope, const StatsPeriod &period, QDate asOf,
             FiguresOf slot, DisputeStats &stats)
{
    bindPass(q, scope, period);

    const int asOfDay = dayNumber(asOf.toString(Qt::ISODate).toStdString());
    DayEnds dayEnds;

    // Keys of the rows; std::list keeps them where they are as rows are added.
    std::list<std::string> keys;
    RowIndex categoryRow;
    for (qsizetype i = 0; i < stats.byCategory.size(); ++i)
        categoryRow.emplace(keys.emplace_back(stats.byCategory.at(i).category.toStdString()), i);
    RowIndex childRow;
    const size_t childLength = size_t(scope.childPrefixLength);
    if (scope.childLevel) {
        for (qsizetype i = 0; i < stats.byRegion.size(); ++i) {
            const QString prefix =
                RegionCodes::descendantPrefix(stats.byRegion.at(i).code, *scope.childLevel);
            childRow.emplace(keys.emplace_back(prefix.toStdString()), i);
        }
    }

    DisputeFigures &total = stats.*slot;
    while (q.next()) {
        const std::string_view category = q.text(Col::Category);
        auto c = categoryRow.find(category);
        if (c == categoryRow.end()) {
            DisputeCategoryStats row;
            row.category = QString::fromUtf8(category.data(), qsizetype(category.size()));
            stats.byCategory << row;
            const qsizetype added = stats.byCategory.size() - 1;
            c = categoryRow.emplace(keys.emplace_back(category), added).first;
        }
        DisputeFigures &byCategory = stats.byCategory[c->second].*slot;

        DisputeFigures *byChild = nullptr;
        if (scope.childLevel) {
            const std::string_view prefix = q.text(Col::GridCode).substr(0, childLength);
            auto r = childRow.find(prefix);
            if (r == childRow.end()) {
                DisputeRegionStats row;
                row.code = childCodeOf(QString::fromUtf8(prefix.data(), qsizetype(prefix.size())));
                stats.byRegion << row;
                const qsizetype added = stats.byRegion.size() - 1;
                r = childRow.emplace(keys.emplace_back(prefix), added).first;
            }
            byChild = &(stats.byRegion[r->second].*slot);
        }

        // What this dispute adds to each figure (see domain/disputestats.h).
        DisputeFigures one;
        one.reported = 1;
        one.accepted = q.isNull(Col::AcceptedAt) ? 0 : 1;
        const std::string_view outcome = q.text(Col::Outcome);
        if (outcome == "resolved") {
            one.resolved = 1;
            const qint64 level = q.integer(Col::Level);
            if (level >= 0 && level < qint64(one.resolvedAtLevel.size()))
                one.resolvedAtLevel[size_t(level)] = 1;
        } else if (outcome == "failed") {
            one.failed = 1;
        } else if (outcome == "referred") {
            one.referred = 1;
        } else if (outcome == "withdrawn") {
            one.withdrawn = 1;
        }
        one.overdue = countsOverdue(q.text(Col::DueOn), q.isNull(Col::ResolvedAt),
                                    q.integer(Col::ResolvedAt), q.text(Col::Status), asOfDay,
                                    dayEnds)
            ? 1 : 0;
        one.escalated = q.integer(Col::Escalations) > 0 ? 1 : 0;

        total += one;
        byCategory += one;
        if (byChild)
            *byChild += one;
    }
}

// Rows found only in the data come after the known ones, in key order.
void sortExtraRows(DisputeStats &stats, qsizetype knownCategories, qsizetype knownChildren)
{
    std::sort(stats.byCategory.begin() + knownCategories, stats.byCategory.end(),
              [](const auto &a, const auto &b) { return a.category < b.category; });
    std::sort(stats.byRegion.begin() + knownChildren, stats.byRegion.end(),
              [](const auto &a, const auto &b) { return a.code < b.code; });
}

struct CountFigure
{
    const char *condition;
    qint64 DisputeFigures::*count;
    int level; // >= 0: the figure is resolvedAtLevel[level]
};

// The straightforward conditions, one per figure. Overdue compares local days as text here,
// which is the plain reading of the definition (and checks the faster form in passStatement).
const CountFigure kCountFigures[] = {
    {"1 = 1", &DisputeFigures::reported, -1},
    {"d.accepted_at IS NOT NULL", &DisputeFigures::accepted, -1},
    {"d.outcome = 'resolved'", &DisputeFigures::resolved, -1},
    {"d.outcome = 'failed'", &DisputeFigures::failed, -1},
    {"d.outcome = 'referred'", &DisputeFigures::referred, -1},
    {"d.outcome = 'withdrawn'", &DisputeFigures::withdrawn, -1},
    {"((d.resolved_at IS NOT NULL "
     "  AND date(d.resolved_at / 1000, 'unixepoch', 'localtime') > d.due_on) "
     " OR (d.resolved_at IS NULL AND d.status IN ('accepted', 'routed', 'mediating') "
     "     AND d.due_on < :as_of))",
     &DisputeFigures::overdue, -1},
    {"d.escalations > 0", &DisputeFigures::escalated, -1},
    {"d.outcome = 'resolved' AND d.level = 0", nullptr, 0},
    {"d.outcome = 'resolved' AND d.level = 1", nullptr, 1},
    {"d.outcome = 'resolved' AND d.level = 2", nullptr, 2},
};

// The overdue condition on PostgreSQL, which has no 'localtime': the local day of resolved_at
// in this machine's time zone (bound as :zone), as SQLite's date(…, 'localtime') reads it.
const char kOverdueOnPostgres[] =
    "((d.resolved_at IS NOT NULL "
    "  AND to_char(to_timestamp(d.resolved_at / 1000) AT TIME ZONE :zone, 'YYYY-MM-DD') "
    "      > d.due_on) "
    " OR (d.resolved_at IS NULL AND d.status IN ('accepted', 'routed', 'mediating') "
    "     AND d.due_on < :as_of))";

} // namespace

std::optional<DisputeStats> DisputeStatsRepository::stats(const QString &regionCode,
                                                         const StatsPeriod &period,
                                                         QDate asOf) const
{
    const std::optional<Scope> scope = scopeOf(m_db, regionCode);
    if (!scope)
        return std::nullopt;
    DisputeStats stats = skeleton(*scope, period, asOf);
    const qsizetype knownCategories = stats.byCategory.size();
    const qsizetype knownChildren = stats.byRegion.size();

    StoreStatement q(m_db, passStatement(*scope));
    runPass(q, *scope, period, asOf, &ComparedDisputeFigures::current, stats);
    runPass(q, *scope, period.previous(), asOf, &ComparedDisputeFigures::previous, stats);
    runPass(q, *scope, period.yearBefore(), asOf, &ComparedDisputeFigures::yearBefore, stats);
    sortExtraRows(stats, knownCategories, knownChildren);
    return stats;
}

std::optional<DisputeStats>
DisputeStatsRepository::statsByCountQueries(const QString &regionCode, const StatsPeriod &period,
                                            QDate asOf, int *statements) const
{
    const std::optional<Scope> scope = scopeOf(m_db, regionCode);
    if (!scope)
        return std::nullopt;
    DisputeStats stats = skeleton(*scope, period, asOf);
    int ran = 0;

    // Every figure of one row: 11 COUNT statements over the row's code range and category.
    auto countRow = [&](const StatsPeriod &p, const QString &prefix, const QString &category) {
        DisputeFigures f;
        for (const CountFigure &figure : kCountFigures) {
            const bool overdue = figure.count == &DisputeFigures::overdue;
            const char *condition
                = overdue && m_db.isPostgres() ? kOverdueOnPostgres : figure.condition;
            QString sql = QStringLiteral("SELECT count(*) FROM dispute d WHERE d.deleted = 0 "
                                         "AND d.reported_at >= :from AND d.reported_at < :to "
                                         "AND d.grid_code >= :lo AND d.grid_code < :hi AND %1")
                              .arg(QLatin1String(condition));
            if (!category.isEmpty())
                sql += QStringLiteral(" AND d.category = :category");
            QSqlQuery q = m_db.prepare(sql);
            q.bindValue(QStringLiteral(":from"), p.startMs());
            q.bindValue(QStringLiteral(":to"), p.endMs());
            q.bindValue(QStringLiteral(":lo"), prefix);
            q.bindValue(QStringLiteral(":hi"), prefix + QLatin1Char('~'));
            if (overdue)
                q.bindValue(QStringLiteral(":as_of"), asOf.toString(Qt::ISODate));
            if (overdue && m_db.isPostgres())
                q.bindValue(QStringLiteral(":zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
            if (!category.isEmpty())
                q.bindValue(QStringLiteral(":category"), category);
            Database::exec(q);
            const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
            ++ran;
            if (figure.level >= 0)
                f.resolvedAtLevel[size_t(figure.level)] = n;
            else
                f.*(figure.count) = n;
        }
        return f;
    };

    const std::pair<StatsPeriod, FiguresOf> periods[] = {
        {period, &ComparedDisputeFigures::current},
        {period.previous(), &ComparedDisputeFigures::previous},
        {period.yearBefore(), &ComparedDisputeFigures::yearBefore},
    };
    for (const auto &[p, slot] : periods) {
        stats.*slot = countRow(p, scope->prefix, QString());
        for (DisputeCategoryStats &row : stats.byCategory)
            row.*slot = countRow(p, scope->prefix, row.category);
        if (scope->childLevel) {
            for (DisputeRegionStats &row : stats.byRegion) {
                const QString prefix = RegionCodes::descendantPrefix(row.code, *scope->childLevel);
                row.*slot = countRow(p, prefix, QString());
            }
        }
    }
    if (statements)
        *statements = ran;
    return stats;
}

std::optional<DisputeReportLists> DisputeStatsRepository::lists(const QString &regionCode,
                                                               const StatsPeriod &period,
                                                               QDate asOf) const
{
    const std::optional<Scope> scope = scopeOf(m_db, regionCode);
    if (!scope)
        return std::nullopt;
    // The statistics' pass, narrowed to rows that can be on a list: major, or with a deadline.
    enum : int { CaseNo, Title, Major, ReportedAt };
    constexpr int Shift = 4;   // the pass statement's columns follow
    StoreStatement q(m_db,
                     passStatement(*scope, "d.case_no, d.title, d.is_major, d.reported_at, ",
                                   "(d.is_major = 1 OR d.due_on IS NOT NULL)"));
    bindPass(q, *scope, period);

    const int asOfDay = dayNumber(asOf.toString(Qt::ISODate).toStdString());
    DayEnds dayEnds;
    auto str = [&q](int column) {
        const std::string_view v = q.text(column);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    };
    DisputeReportLists lists;
    while (q.next()) {
        const bool unresolved = q.isNull(Shift + Col::ResolvedAt);
        const bool overdue = countsOverdue(q.text(Shift + Col::DueOn), unresolved,
                                           q.integer(Shift + Col::ResolvedAt),
                                           q.text(Shift + Col::Status), asOfDay, dayEnds);
        const bool major = q.integer(Major) != 0;
        if (!major && !overdue)
            continue;
        DisputeListedCase c;
        c.caseNo = str(CaseNo);
        c.title = str(Title);
        c.category = str(Shift + Col::Category);
        c.status = str(Shift + Col::Status);
        c.outcome = str(Shift + Col::Outcome);
        c.level = int(q.integer(Shift + Col::Level));
        c.gridCode = str(Shift + Col::GridCode);
        c.reportedAt = q.integer(ReportedAt);
        c.dueOn = QDate::fromString(str(Shift + Col::DueOn), Qt::ISODate);
        c.resolvedAt = unresolved ? 0 : q.integer(Shift + Col::ResolvedAt);
        c.major = major;
        c.overdue = overdue;
        if (overdue) {
            const QDate until = unresolved
                ? asOf
                : QDateTime::fromMSecsSinceEpoch(c.resolvedAt).date();
            c.daysOverdue = int(c.dueOn.daysTo(until));
        }
        if (major)
            lists.major << c;
        if (overdue)
            lists.overdue << c;
    }

    // Township and village names from the grid codes (a handful of distinct regions).
    RegionRepository regions(m_db);
    QHash<QString, QString> names;
    auto nameOf = [&](const QString &code) {
        const auto it = names.constFind(code);
        if (it != names.cend())
            return *it;
        const std::optional<Region> r = regions.byCode(code);
        return *names.insert(code, r ? r->name : QString());
    };
    for (QList<DisputeListedCase> *list : {&lists.major, &lists.overdue}) {
        for (DisputeListedCase &c : *list) {
            c.townshipName = nameOf(c.gridCode.left(9).leftJustified(12, QLatin1Char('0')));
            c.villageName = nameOf(c.gridCode.left(12));
        }
    }
    auto byReport = [](const DisputeListedCase &a, const DisputeListedCase &b) {
        return a.reportedAt != b.reportedAt ? a.reportedAt < b.reportedAt : a.caseNo < b.caseNo;
    };
    std::sort(lists.major.begin(), lists.major.end(), byReport);
    std::sort(lists.overdue.begin(), lists.overdue.end(),
              [&](const DisputeListedCase &a, const DisputeListedCase &b) {
                  return a.daysOverdue != b.daysOverdue ? a.daysOverdue > b.daysOverdue
                                                        : byReport(a, b);
              });
    return lists;
}
