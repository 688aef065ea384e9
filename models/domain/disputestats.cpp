#include "disputestats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace {

struct FigureName
{
    DisputeFigure figure;
    const char *key;
    const char *label;
    bool rate;
};

const FigureName kFigures[] = {
    {DisputeFigure::New, "new", QT_TRANSLATE_NOOP("DisputeStats", "New"), false},
    {DisputeFigure::Accepted, "accepted", QT_TRANSLATE_NOOP("DisputeStats", "Accepted"), false},
    {DisputeFigure::Resolved, "resolved", QT_TRANSLATE_NOOP("DisputeStats", "Resolved"), false},
    {DisputeFigure::Failed, "failed", QT_TRANSLATE_NOOP("DisputeStats", "Mediation failed"),
     false},
    {DisputeFigure::Referred, "referred", QT_TRANSLATE_NOOP("DisputeStats", "Referred"), false},
    {DisputeFigure::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("DisputeStats", "Withdrawn"), false},
    {DisputeFigure::SuccessRate, "success_rate",
     QT_TRANSLATE_NOOP("DisputeStats", "Success rate"), true},
    {DisputeFigure::Overdue, "overdue", QT_TRANSLATE_NOOP("DisputeStats", "Overdue"), false},
    {DisputeFigure::Escalated, "escalated", QT_TRANSLATE_NOOP("DisputeStats", "Escalated"), false},
    {DisputeFigure::VillageShare, "village_share",
     QT_TRANSLATE_NOOP("DisputeStats", "Share resolved at village level"), true},
    {DisputeFigure::TownshipShare, "township_share",
     QT_TRANSLATE_NOOP("DisputeStats", "Share resolved at township level"), true},
    {DisputeFigure::CountyShare, "county_share",
     QT_TRANSLATE_NOOP("DisputeStats", "Share resolved at county level"), true},
};

const FigureName &nameOf(DisputeFigure figure)
{
    return kFigures[static_cast<int>(figure)];
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

// Rates, shares and relative changes are printed to four decimals: the report shows at most
// one decimal of a percentage, and long binary fractions only make the output hard to read.
QJsonValue rounded(const std::optional<double> &v)
{
    if (!v)
        return QJsonValue();
    return std::round(*v * 10000.0) / 10000.0;
}

QJsonValue figureJson(DisputeFigure figure, const DisputeFigures &f)
{
    const std::optional<double> v = f.value(figure);
    if (!disputeFigureIsRate(figure))
        return QJsonValue(qint64(v.value_or(0)));
    return rounded(v);
}

QJsonObject byLevelJson(const DisputeFigures &f)
{
    return QJsonObject {
        {QStringLiteral("village"), f.resolvedAt(DisputeLevel::Village)},
        {QStringLiteral("township"), f.resolvedAt(DisputeLevel::Township)},
        {QStringLiteral("county"), f.resolvedAt(DisputeLevel::County)},
        {QStringLiteral("village_share"), rounded(f.resolvedShare(DisputeLevel::Village))},
        {QStringLiteral("township_share"), rounded(f.resolvedShare(DisputeLevel::Township))},
        {QStringLiteral("county_share"), rounded(f.resolvedShare(DisputeLevel::County))},
        {QStringLiteral("township_or_below_share"), rounded(f.resolvedTownshipOrBelowShare())},
    };
}

// The row figures, by_level and change of a breakdown row, added to `o`.
void addRowJson(QJsonObject &o, const ComparedDisputeFigures &row)
{
    for (DisputeFigure figure : disputeRowFigures())
        o.insert(disputeFigureKey(figure), figureJson(figure, row.current));
    o.insert(QStringLiteral("by_level"), byLevelJson(row.current));
    o.insert(QStringLiteral("change"), row.changeJson(disputeRowFigures()));
}

QDate lastDayOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

qint64 localMidnightMs(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

// --- StatsPeriod ---------------------------------------------------------------------------

StatsPeriod StatsPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    return StatsPeriod(first, lastDayOfMonth(first));
}

bool StatsPeriod::isValid() const
{
    return m_from.isValid() && m_to.isValid() && m_from <= m_to;
}

qint64 StatsPeriod::days() const
{
    return isValid() ? m_from.daysTo(m_to) + 1 : 0;
}

int StatsPeriod::wholeMonths() const
{
    if (!isValid() || m_from.day() != 1 || m_to != lastDayOfMonth(m_to))
        return 0;
    return (m_to.year() - m_from.year()) * 12 + m_to.month() - m_from.month() + 1;
}

StatsPeriod StatsPeriod::previous() const
{
    if (!isValid())
        return {};
    if (const int months = wholeMonths()) {
        const QDate from = m_from.addMonths(-months);
        return StatsPeriod(from, m_from.addDays(-1));
    }
    return StatsPeriod(m_from.addDays(-days()), m_from.addDays(-1));
}

StatsPeriod StatsPeriod::yearBefore() const
{
    if (!isValid())
        return {};
    if (wholeMonths()) {
        const QDate from = m_from.addYears(-1);
        return StatsPeriod(from, lastDayOfMonth(m_to.addYears(-1)));
    }
    return StatsPeriod(m_from.addYears(-1), m_to.addYears(-1));
}

qint64 StatsPeriod::startMs() const
{
    return localMidnightMs(m_from);
}

qint64 StatsPeriod::endMs() const
{
    return localMidnightMs(m_to.addDays(1));
}

QJsonObject StatsPeriod::toJson() const
{
    return QJsonObject {{QStringLiteral("from"), m_from.toString(Qt::ISODate)},
                        {QStringLiteral("to"), m_to.toString(Qt::ISODate)}};
}

// --- figures -------------------------------------------------------------------------------

QString disputeFigureKey(DisputeFigure figure)
{
    return QString::fromLatin1(nameOf(figure).key);
}

QString disputeFigureLabel(DisputeFigure figure)
{
    return QCoreApplication::translate("DisputeStats", nameOf(figure).label);
}

bool disputeFigureIsRate(DisputeFigure figure)
{
    return nameOf(figure).rate;
}

const QList<DisputeFigure> &disputeHeadlineFigures()
{
    static const QList<DisputeFigure> figures = {
        DisputeFigure::New,          DisputeFigure::Accepted,     DisputeFigure::Resolved,
        DisputeFigure::Failed,       DisputeFigure::Referred,     DisputeFigure::Withdrawn,
        DisputeFigure::SuccessRate,  DisputeFigure::Overdue,      DisputeFigure::Escalated,
        DisputeFigure::VillageShare, DisputeFigure::TownshipShare, DisputeFigure::CountyShare,
    };
    return figures;
}

const QList<DisputeFigure> &disputeRowFigures()
{
    static const QList<DisputeFigure> figures = {
        DisputeFigure::New,     DisputeFigure::Accepted,  DisputeFigure::Resolved,
        DisputeFigure::SuccessRate, DisputeFigure::Overdue, DisputeFigure::Escalated,
    };
    return figures;
}

std::optional<double> DisputeFigures::successRate() const
{
    return ratio(resolved, resolved + failed + referred);
}

std::optional<double> DisputeFigures::resolvedShare(DisputeLevel level) const
{
    return ratio(resolvedAt(level), resolved);
}

std::optional<double> DisputeFigures::resolvedTownshipOrBelowShare() const
{
    return ratio(resolvedAt(DisputeLevel::Village) + resolvedAt(DisputeLevel::Township), resolved);
}

std::optional<double> DisputeFigures::value(DisputeFigure figure) const
{
    switch (figure) {
    case DisputeFigure::New: return double(reported);
    case DisputeFigure::Accepted: return double(accepted);
    case DisputeFigure::Resolved: return double(resolved);
    case DisputeFigure::Failed: return double(failed);
    case DisputeFigure::Referred: return double(referred);
    case DisputeFigure::Withdrawn: return double(withdrawn);
    case DisputeFigure::SuccessRate: return successRate();
    case DisputeFigure::Overdue: return double(overdue);
    case DisputeFigure::Escalated: return double(escalated);
    case DisputeFigure::VillageShare: return resolvedShare(DisputeLevel::Village);
    case DisputeFigure::TownshipShare: return resolvedShare(DisputeLevel::Township);
    case DisputeFigure::CountyShare: return resolvedShare(DisputeLevel::County);
    }
    return std::nullopt;
}

DisputeFigures &DisputeFigures::operator+=(const DisputeFigures &other)
{
    reported += other.reported;
    accepted += other.accepted;
    resolved += other.resolved;
    failed += other.failed;
    referred += other.referred;
    withdrawn += other.withdrawn;
    overdue += other.overdue;
    escalated += other.escalated;
    for (size_t i = 0; i < resolvedAtLevel.size(); ++i)
        resolvedAtLevel[i] += other.resolvedAtLevel[i];
    return *this;
}

QJsonObject DisputeFigures::toJson() const
{
    QJsonObject o;
    for (DisputeFigure figure : disputeHeadlineFigures()) {
        // The level shares live in by_level, next to the counts they are shares of.
        if (figure == DisputeFigure::VillageShare || figure == DisputeFigure::TownshipShare
            || figure == DisputeFigure::CountyShare)
            continue;
        o.insert(disputeFigureKey(figure), figureJson(figure, *this));
    }
    o.insert(QStringLiteral("by_level"), byLevelJson(*this));
    return o;
}

// --- changes -------------------------------------------------------------------------------

StatsChange StatsChange::of(DisputeFigure figure, const DisputeFigures &current,
                            const DisputeFigures &base)
{
    return StatsChange {current.value(figure), base.value(figure)};
}

std::optional<double> StatsChange::absolute() const
{
    if (!current || !base)
        return std::nullopt;
    return *current - *base;
}

std::optional<double> StatsChange::relative() const
{
    if (!current || !base || *base == 0)
        return std::nullopt;
    return (*current - *base) / *base;
}

QJsonObject StatsChange::toJson() const
{
    return QJsonObject {{QStringLiteral("base"), rounded(base)},
                        {QStringLiteral("absolute"), rounded(absolute())},
                        {QStringLiteral("relative"), rounded(relative())}};
}

QJsonObject ComparedDisputeFigures::changeJson(const QList<DisputeFigure> &figures) const
{
    QJsonObject previousChange;
    QJsonObject yearBeforeChange;
    for (DisputeFigure figure : figures) {
        previousChange.insert(disputeFigureKey(figure), changeFromPrevious(figure).toJson());
        yearBeforeChange.insert(disputeFigureKey(figure), changeFromYearBefore(figure).toJson());
    }
    return QJsonObject {{QStringLiteral("previous"), previousChange},
                        {QStringLiteral("year_before"), yearBeforeChange}};
}

// --- rows and the whole ----------------------------------------------------------------------

QJsonObject DisputeCategoryStats::toJson() const
{
    QJsonObject o {{QStringLiteral("category"), category},
                   {QStringLiteral("name"), disputeCategoryLabel(category)}};
    addRowJson(o, *this);
    return o;
}

QJsonObject DisputeRegionStats::toJson() const
{
    QJsonObject o {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
    addRowJson(o, *this);
    return o;
}

std::optional<RegionLevel> DisputeStats::childLevelOf(RegionLevel level)
{
    switch (level) {
    case RegionLevel::County: return RegionLevel::Township;
    case RegionLevel::Township: return RegionLevel::Village;
    case RegionLevel::Village: return RegionLevel::Grid;
    case RegionLevel::Grid: return std::nullopt;
    }
    return std::nullopt;
}

QJsonObject DisputeStats::toJson() const
{
    QJsonObject o = current.toJson();
    QJsonArray categories;
    for (const DisputeCategoryStats &row : byCategory)
        categories.append(row.toJson());
    QJsonArray regions;
    for (const DisputeRegionStats &row : byRegion)
        regions.append(row.toJson());
    o.insert(QStringLiteral("by_category"), categories);
    o.insert(QStringLiteral("by_region"), regions);
    o.insert(QStringLiteral("period"), period.toJson());
    o.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
    const std::optional<RegionLevel> children = childLevel();
    o.insert(QStringLiteral("region"),
             QJsonObject {{QStringLiteral("code"), regionCode},
                          {QStringLiteral("name"), regionName},
                          {QStringLiteral("level"), regionLevelKey(regionLevel)},
                          {QStringLiteral("child_level"),
                           children ? QJsonValue(regionLevelKey(*children)) : QJsonValue()}});
    QJsonObject previousJson = previous.toJson();
    previousJson.insert(QStringLiteral("period"), period.previous().toJson());
    o.insert(QStringLiteral("previous"), previousJson);
    QJsonObject yearBeforeJson = yearBefore.toJson();
    yearBeforeJson.insert(QStringLiteral("period"), period.yearBefore().toJson());
    o.insert(QStringLiteral("year_before"), yearBeforeJson);
    o.insert(QStringLiteral("change"), changeJson(disputeHeadlineFigures()));
    return o;
}
