#pragma once

#include "domain/dispute.h"
#include "domain/region.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// Dispute statistics (矛盾纠纷统计) of a region and a period, for the monthly report, the charts
// and `pingan-cli stats disputes`. What each figure means (the report prints these):
//
// - new: disputes reported in the period (local calendar days, both ends included) in a grid of
//   the region, tombstoned rows left out. Every other figure counts among these disputes: the
//   figures of a period describe the disputes reported in it, whenever they were handled.
// - accepted: of those, the ones accepted (受理; accepted_at set).
// - resolved / failed / referred / withdrawn: by outcome (调解成功 / 调解不成 / 转诉讼仲裁信访 /
//   撤回). A case still in mediation, or failed and awaiting escalation, has none of these.
// - success rate: resolved / (resolved + failed + referred); none (null) when no case has ended
//   in one of these three outcomes.
// - overdue: the deadline (due_on) passed before mediation ended: resolved on a local day after
//   due_on, or still running (accepted, routed or mediating) while due_on lies before the as-of
//   day (default: today). The as-of day only moves this cut-off; outcomes are as stored now.
// - escalated: moved up a level (上交) at least once.
// - by level: of the resolved, how many were resolved at village, township or county handling
//   level, and their shares of the resolved (小事不出村、大事不出镇); none when nothing resolved.
// - by category, by child region (townships of a county, villages of a township, grids of a
//   village): the same figures per row; the rows add up to the totals.
// - change: against the previous period of equal length (the previous calendar month when the
//   period is a calendar month, the same number of months before when it is whole months) and
//   against the same days a year earlier: absolute change, and relative change (absolute / base),
//   which is none when the base is 0 or none. Rates and shares change in fractions of 1
//   (0.05 = 5 percentage points).

// Local calendar days [from, to], both included.
class StatsPeriod
{
public:
    StatsPeriod() = default;
    StatsPeriod(QDate from, QDate to)
        : m_from(from)
        , m_to(to)
    { }

    // The calendar month; an invalid period when the month is not one.
    static StatsPeriod month(int year, int month);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // Both days valid and from <= to.
    bool isValid() const;
    qint64 days() const;
    // Whole calendar months: from is the 1st of a month and to the last day of a month; the
    // number of months, 0 when it is not whole months.
    int wholeMonths() const;
    bool isCalendarMonth() const { return wholeMonths() == 1; }

    // The period just before, of equal length: the same number of months before when the period
    // is whole months (month-on-month), else the same number of days ending the day before.
    StatsPeriod previous() const;
    // The same days one year earlier (year-on-year); 29 February becomes the 28th, and a calendar
    // month stays the whole month.
    StatsPeriod yearBefore() const;

    // Local midnight starting `from` and local midnight after `to` (exclusive), UTC epoch ms.
    qint64 startMs() const;
    qint64 endMs() const;

    QJsonObject toJson() const; // {from, to} as YYYY-MM-DD

    bool operator==(const StatsPeriod &other) const = default;

private:
    QDate m_from;
    QDate m_to;
};

// The figures one can compare between periods (see the definitions above).
enum class DisputeFigure : int {
    New, Accepted, Resolved, Failed, Referred, Withdrawn, SuccessRate, Overdue, Escalated,
    VillageShare, TownshipShare, CountyShare
};
QString disputeFigureKey(DisputeFigure figure);   // JSON key: "new", "success_rate", …
QString disputeFigureLabel(DisputeFigure figure); // translated: 新增, 调解成功率, …
bool disputeFigureIsRate(DisputeFigure figure);   // a fraction of 1 rather than a count
// The figures the headline compares between periods.
const QList<DisputeFigure> &disputeHeadlineFigures();
// The figures each category or region row carries and compares.
const QList<DisputeFigure> &disputeRowFigures();

// Counts over the disputes reported in one period (one region, category or child region).
struct DisputeFigures
{
    qint64 reported = 0; // "new"
    qint64 accepted = 0;
    qint64 resolved = 0;
    qint64 failed = 0;
    qint64 referred = 0;
    qint64 withdrawn = 0;
    qint64 overdue = 0;
    qint64 escalated = 0;
    // Resolved cases by handling level, indexed by DisputeLevel (county 0, township 1, village 2).
    std::array<qint64, 3> resolvedAtLevel {};

    qint64 resolvedAt(DisputeLevel level) const { return resolvedAtLevel[size_t(level)]; }
    std::optional<double> successRate() const;
    // Share of the resolved handled at this level; none when nothing was resolved.
    std::optional<double> resolvedShare(DisputeLevel level) const;
    // Village and township together (大事不出镇).
    std::optional<double> resolvedTownshipOrBelowShare() const;
    // The figure as a number (counts exactly); none for a rate without a denominator.
    std::optional<double> value(DisputeFigure figure) const;

    DisputeFigures &operator+=(const DisputeFigures &other);
    bool operator==(const DisputeFigures &other) const = default;

    // {new, accepted, resolved, failed, referred, withdrawn, success_rate, overdue, escalated,
    //  by_level: {village, township, county, village_share, township_share, county_share,
    //             township_or_below_share}}
    QJsonObject toJson() const;
};

// How a figure moved from a base period to the current one.
struct StatsChange
{
    std::optional<double> current;
    std::optional<double> base;

    static StatsChange of(DisputeFigure figure, const DisputeFigures &current,
                          const DisputeFigures &base);
    // current − base; none when either is none.
    std::optional<double> absolute() const;
    // (current − base) / base; none when the base is 0 or none.
    std::optional<double> relative() const;
    QJsonObject toJson() const; // {base, absolute, relative}
};

// One set of disputes in the period and in the two periods it is compared with.
struct ComparedDisputeFigures
{
    DisputeFigures current;
    DisputeFigures previous;   // StatsPeriod::previous()
    DisputeFigures yearBefore; // StatsPeriod::yearBefore()

    StatsChange changeFromPrevious(DisputeFigure figure) const
    {
        return StatsChange::of(figure, current, previous);
    }
    StatsChange changeFromYearBefore(DisputeFigure figure) const
    {
        return StatsChange::of(figure, current, yearBefore);
    }
    // {previous: {<figure>: change…}, year_before: {…}} over `figures`.
    QJsonObject changeJson(const QList<DisputeFigure> &figures) const;
};

// A row of the breakdown by category.
struct DisputeCategoryStats : ComparedDisputeFigures
{
    QString category; // key, see disputeCategories()

    // {category, name, <row figures>, by_level, change}
    QJsonObject toJson() const;
};

// A row of the breakdown by child region.
struct DisputeRegionStats : ComparedDisputeFigures
{
    QString code; // the child region's code
    QString name; // empty when the code names no live region (disputes of a removed region)

    // {code, name, <row figures>, by_level, change}
    QJsonObject toJson() const;
};

// Statistics of one region and period, with the periods they are compared with.
struct DisputeStats : ComparedDisputeFigures
{
    StatsPeriod period;
    QDate asOf; // overdue cut-off for running cases
    QString regionCode;
    QString regionName;
    RegionLevel regionLevel = RegionLevel::County;
    // Every category in display order (zeros included), then any other key found in the data.
    QList<DisputeCategoryStats> byCategory;
    // Every live child region in code order (zeros included), then codes found only in the data.
    // Empty for a grid.
    QList<DisputeRegionStats> byRegion;

    // The level of the by-region rows; none for a grid.
    std::optional<RegionLevel> childLevel() const { return childLevelOf(regionLevel); }
    // The level just below `level` (townships of a county, …); none for a grid.
    static std::optional<RegionLevel> childLevelOf(RegionLevel level);

    // {new, accepted, resolved, failed, referred, withdrawn, success_rate, overdue, escalated,
    //  by_level, by_category: [...], by_region: [...], period: {from, to}, as_of,
    //  region: {code, name, level}, previous: {period, <figures>}, year_before: {…},
    //  change: {previous: {<figure>: {base, absolute, relative}}, year_before: {…}}}
    QJsonObject toJson() const;
};

// One dispute on a report's list (the major list, the overdue list): what the list prints.
struct DisputeListedCase
{
    QString caseNo;
    QString title;
    QString category;      // key, see disputeCategories()
    QString status;        // key, see DisputeStatus
    QString outcome;       // '', resolved, failed, referred, withdrawn
    int level = 2;         // handling level: 0 county, 1 township, 2 village
    QString gridCode;
    QString townshipName;
    QString villageName;
    qint64 reportedAt = 0; // UTC epoch ms
    QDate dueOn;           // invalid: no deadline
    qint64 resolvedAt = 0; // UTC epoch ms; 0 while mediation runs
    bool major = false;
    bool overdue = false;  // by the overdue definition above, at the statistics' as-of day
    // Days past the deadline: to the local day of resolution when resolved, else to the as-of
    // day; 0 when not overdue.
    int daysOverdue = 0;
};

// The disputes behind two figures of a period's statistics, for the report's lists: every live
// dispute reported in the period in the region that is major, and every one counted as overdue
// (so the overdue list has exactly DisputeFigures::overdue rows). Major ones in report-time
// order; overdue ones most days overdue first, then report time.
struct DisputeReportLists
{
    QList<DisputeListedCase> major;
    QList<DisputeListedCase> overdue;
};
