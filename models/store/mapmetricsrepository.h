#pragma once

#include "domain/coveragereport.h"
#include "domain/region.h"
#include "geo/choropleth.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

#include <optional>
#include <vector>

class Database;

// What a map layer can be coloured by (DESIGN §6).
enum class MapMetric : int {
    OpenPerThousand, // open disputes per 1,000 residents
    Overdue,         // open disputes past their deadline
    LastThirtyDays,  // disputes reported in the 30 days up to the as-of time
    SecurityRate,    // survey: share of positive answers to the security question (安全感)
    ResponseBand,    // 1-3-5 response-time band (needs the coverage analysis)
    RiskLevel,       // four-colour risk level, 0 green … 3 red (rule below)
    // The other survey indicators (一感两度两率), as the scheme in force scores them.
    OrderSatisfaction,
    EnforcementSatisfaction,
    Awareness,
    Participation,
};
inline constexpr int kMapMetricCount = 10;

// Every metric in menu order.
const QList<MapMetric> &mapMetrics();
// Stable key for the CLI and settings: "open-per-1000", "overdue", "last-30-days",
// "security-rate", "order-satisfaction", "enforcement-satisfaction", "awareness",
// "participation", "response-band", "risk".
QString mapMetricKey(MapMetric metric);
bool mapMetricFromKey(const QString &key, MapMetric *metric);
// Translated name for menus and the legend title.
QString mapMetricLabel(MapMetric metric);
// How the legend prints values: counts, a rate with decimals, a percentage; risk is categorical.
ValueFormat mapMetricFormat(MapMetric metric);
// Light-to-dark for "more is worse", reversed where less is worse (the security rate).
ChoroplethPalette mapMetricPalette(MapMetric metric);

// The figures of one region that the metrics are made of.
//
// - population / households: the sum over the region's live grids (a grid: its own); a region
//   without grids (boundaries imported above grid level) counts its own.
// - open: disputes not yet finished (closed or withdrawn), as the dispute queue and the region
//   tree count "open", reported up to the as-of time, tombstones left out. Statuses are as
//   stored now: the as-of time moves the cut-offs, it does not replay history.
// - overdue: the dispute queue's Overdue rule (DisputeQueue::Overdue): the deadline runs
//   (accepted, routed or mediating) and due_on lies before the as-of day (local).
// - major open / major overdue: the same among major disputes (重大矛盾, is_major).
// - last 30 days: reported in [asOf − 30 days, asOf).
// - survey: answers to each survey question in the latest wave that started on or before the
//   as-of day and has responses; unanswered (0) left out. Scores are the scheme in force's
//   (SurveyRepository::currentScheme(): positive answers count 1, or the index form's weights;
//   很安全/安全/基本安全 count for security by default), so the rate is the dock's unweighted
//   rate of the region. Responses are recorded per village (or township when the village is
//   unknown): a township counts all of its own, a village its own, and a grid shows its
//   village's figures.
struct MapRegionFigures
{
    QString code;
    QString name;
    qint64 population = 0;
    qint64 households = 0;
    qint64 open = 0;
    qint64 overdue = 0;
    qint64 majorOpen = 0;
    qint64 majorOverdue = 0;
    qint64 lastThirtyDays = 0;
    // Per survey indicator (SurveyIndicator order; [0] = security): respondents who answered
    // in the wave, and the sum of their scores (rate form: positive answers).
    std::array<qint64, 5> surveyAnswers{};
    std::array<double, 5> surveyScore{};
    int riskLevel = 0;         // see mapRiskLevel()

    // open × 1000 / population; none when the population is 0.
    std::optional<double> openPerThousand() const;
    // surveyScore / surveyAnswers of an indicator (0 = security … 4 = participation); none
    // without answers.
    std::optional<double> surveyRate(int indicator) const;
    std::optional<double> securityRate() const { return surveyRate(0); }
};

// Thresholds of the risk rule, from the open rates of all regions of the level.
struct MapRiskThresholds
{
    // Nearest-rank 95th and 80th percentiles of the open rates of the regions that have one;
    // none when no region has a rate.
    std::optional<double> top5;
    std::optional<double> top20;
    // Security rate below this raises green to blue.
    double lowSecurityRate = 0.9;

    static MapRiskThresholds of(const std::vector<MapRegionFigures> &regions);
};

// The four-colour risk level (红黄蓝绿) of a region, the first rule that holds:
//   3 red (major):      an overdue major dispute; or an open rate at or above the level's
//                       95th percentile (and above 0) together with at least one overdue case.
//   2 yellow (elevated): any overdue dispute; or an open major dispute; or an open rate at or
//                       above the level's 80th percentile (and above 0).
//   1 blue (general):   any open dispute; or a security rate below 90%.
//   0 green (low):      none of these (no open dispute; security ≥ 90% or no survey).
int mapRiskLevel(const MapRegionFigures &region, const MapRiskThresholds &thresholds);

// All metrics of the live regions of one level at one time.
struct MapMetrics
{
    RegionLevel level = RegionLevel::Grid;
    QDateTime asOf;
    QString surveyWave;       // name of the wave the security rate comes from; empty: none
    std::vector<MapRegionFigures> regions; // in code order
    MapRiskThresholds riskThresholds;

    // False when the metric has no figures at all in this store (no survey responses; no
    // response-time coverage): show the reason instead of a map of zeros or greys.
    bool available(MapMetric metric) const;
    QString unavailableReason(MapMetric metric) const; // translated; empty when available
    // The metric per region, parallel to `regions`; NaN = no data for that region. Every
    // region is NaN when the metric is unavailable.
    std::vector<double> values(MapMetric metric) const;
    // Index of a region in `regions`, -1 when not there.
    int indexOf(const QString &code) const;

    QHash<QString, int> byCode;

    // Response-time bands (from attachCoverage), parallel to `regions`: 0 = the nearest band …
    // responseBandLabels.size() − 1 = beyond the last limit; NaN where no grid of the region has
    // a place. A grid shows its own band; a township or village the band of its median resident
    // (the nearest band that, with those before it, holds at least half of the residents of its
    // grids; by grid count when they have no residents).
    std::vector<double> responseBands;
    QStringList responseBandLabels;  // "≤1", "≤3", "≤5", ">5"; empty: coverage not attached
    void attachCoverage(const CoverageReport &report);
};

// What the map's hover tip shows about one region.
struct MapHoverInfo
{
    QString code;
    QString name;
    RegionLevel level = RegionLevel::Grid;
    QString workerName; // grid worker (grids only; empty when none)
    qint64 population = 0; // as in MapRegionFigures
    qint64 households = 0;
    qint64 open = 0;
    qint64 overdue = 0;
    qint64 lastThirtyDays = 0;
};

// A region found by the map's search box.
struct RegionMatch
{
    enum class Kind { Code, Name, PinyinInitials };
    QString code;
    QString name;
    RegionLevel level = RegionLevel::Grid;
    Kind kind = Kind::Name;
};

// Reads the figures the map colours regions by, shows on hover, and finds regions by. Metrics
// cost a handful of grouped statements over indexes for a whole level (grids are read once and
// summed up by code prefix), never a statement per region.
class MapMetricsRepository
{
public:
    explicit MapMetricsRepository(Database &db)
        : m_db(db)
    { }

    // Every metric for the live regions of `level`, at `asOf` (local time decides the day).
    // Throws StoreError when the store fails.
    MapMetrics metrics(RegionLevel level, const QDateTime &asOf) const;

    // Runs the store's coverage analysis (store/coverageanalysis.h) with the live platforms and
    // attaches its bands to `metrics`; leaves them unattached (the metric unavailable) when
    // there are no platforms or no grids. A second or two at province scale: call it only when
    // the map shows response bands and no analysis is at hand.
    void attachCoverage(MapMetrics &metrics) const;

    // Hover figures of one live region; nullopt when no live region has this code.
    std::optional<MapHoverInfo> hoverInfo(const QString &code, const QDateTime &asOf) const;

    // Up to `limit` live regions for what the user typed, best first: regions whose code starts
    // with it (typed digits), then names containing it, then names whose pinyin initials start
    // with it (typed letters; see PinyinInitials); within each, county to grid, then by code.
    QList<RegionMatch> search(const QString &typed, int limit = 20) const;

private:
    Database &m_db;
};
