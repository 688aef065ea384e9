#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// Measured response times of incidents (出警到场时间): arrival minus call, in minutes, and the
// figures the patrol report shows. Pure functions; the store gathers the minutes
// (store/responsestatsrepository.h).
//
// Definitions:
// - percentile(p) of n sorted values x[0..n-1]: linear interpolation between order statistics,
//   as numpy's default ("linear", R type 7): h = (n − 1) · p / 100, lower = floor(h),
//   value = x[lower] + (h − lower) · (x[lower + 1] − x[lower]); x[n−1] when h = n − 1.
//   The median is percentile(50) (the middle value, or the mean of the two middle values);
//   none for an empty list.
// - share within a band of B minutes: responses with minutes ≤ B, divided by all responses;
//   none when there are none.
// - histogram: whole-minute bins [0, 1), [1, 2), … [k−1, k), then one open bin [k, ∞);
//   k = histogramMinutes (default 10). A (bad) negative time counts in the first bin.

namespace ResponseTimes {
// The default bands of the 1-3-5 minute targets.
std::vector<double> defaultBands();
constexpr int DefaultHistogramMinutes = 10;
// "1,3,5" or "[1,3,5]" → ascending distinct minutes (each > 0 and ≤ 1440); nullopt when the
// text is not such a list.
std::optional<std::vector<double>> parseBands(QString text);

// Percentile p (0–100) of values sorted ascending, by the definition above; none when empty.
std::optional<double> percentile(const std::vector<double> &sorted, double p);
} // namespace ResponseTimes

// Which incidents the scope's figures of a report cover: the whole county, the incidents of one
// township (the township of the incident's grid, else of its platform, as in byTownship) or
// those of one platform.
struct ResponseScope
{
    enum class Kind { County, Township, Platform };
    Kind kind = Kind::County;
    QString code;   // the township's region code or the platform's code; unused for County

    static ResponseScope township(const QString &code) { return {Kind::Township, code}; }
    static ResponseScope platform(const QString &code) { return {Kind::Platform, code}; }
    bool isCounty() const { return kind == Kind::County; }
    bool operator==(const ResponseScope &o) const
    {
        return kind == o.kind && (kind == Kind::County || code == o.code);
    }
    bool operator!=(const ResponseScope &o) const { return !(*this == o); }
    // {kind: "county" | "township" | "platform", code} (code null for the county).
    QJsonObject toJson() const;
};

// The figures of one set of response times.
struct ResponseStats
{
    qint64 count = 0;
    std::optional<double> median;   // minutes
    std::optional<double> p90;      // minutes
    std::optional<double> mean;     // minutes
    std::vector<double> bands;      // band limits, minutes ascending
    std::vector<qint64> within;     // per band: responses with minutes ≤ the limit
    std::vector<qint64> histogram;  // histogramMinutes closed bins, then the open bin

    // Computes all figures from response minutes (any order). `bands` are sorted ascending.
    static ResponseStats of(std::vector<double> minutes,
                            std::vector<double> bands = ResponseTimes::defaultBands(),
                            int histogramMinutes = ResponseTimes::DefaultHistogramMinutes);

    // within[i] / count; none when count is 0 or i is not a band.
    std::optional<double> shareWithin(size_t band) const;

    // {count, median, p90, mean, bands: [{minutes, within, share}], histogram: [{from, to,
    //  count}] (to null for the open bin)}; none (null) where a figure has no value.
    QJsonObject toJson(bool withHistogram = true) const;
};

// Response figures of one platform.
struct PlatformResponse
{
    QString code;
    QString name;
    QString kind;            // rapid_police, patrol, community_watch
    QString townshipCode;    // the township the platform belongs to
    QString townshipName;
    ResponseStats stats;
    qint64 incidents = 0;        // live incidents called in the period
    qint64 withoutArrival = 0;   // of those, without a recorded arrival (or dispatch)

    QJsonObject toJson() const;
};

// Response figures of the incidents in one township.
struct TownshipResponse
{
    QString code;            // empty: incidents with neither grid nor platform
    QString name;
    ResponseStats stats;
    qint64 incidents = 0;
    qint64 withoutArrival = 0;

    QJsonObject toJson() const;
};

// One calendar month of the trend.
struct MonthlyResponse
{
    int year = 0;
    int month = 0;
    ResponseStats stats;     // without histogram in JSON
    qint64 incidents = 0;
    qint64 withoutArrival = 0;

    QJsonObject toJson() const;  // {month: "YYYY-MM", incidents, without_arrival, <stats>}
};

// Patrol shifts of one platform that started in the period.
struct PlatformShiftTotals
{
    QString code;
    QString name;
    qint64 shifts = 0;
    double hours = 0;
    double officerHours = 0;   // Σ officers × shift hours
    qint64 volunteers = 0;     // Σ volunteers per shift (volunteer turns)
    double distanceKm = 0;

    QJsonObject toJson() const;
};

// The response report of a county and a period of local days [from, to).
// Response time = arrived − called, over live incidents called in the period with both times;
// incidents without an arrival are counted (withoutArrival), not silently dropped; an arrival
// recorded before the call is counted as inconsistent and left out of the figures.
// An incident belongs to the township of its grid; without a grid, to its platform's township.
// The scope's figures (incidents, withoutArrival, inconsistent, county, byMonth) cover the
// incidents of `scope` only — the whole county by default; byPlatform, byTownship and shifts
// are always complete, whatever the scope.
struct ResponseReport
{
    QDate from;
    QDate to;                      // exclusive
    std::vector<double> bands;
    ResponseScope scope;           // what the scope's figures cover
    ResponseStats county;          // the scope's figures (the whole county by default)
    qint64 incidents = 0;          // the scope's
    qint64 withoutArrival = 0;     // the scope's
    qint64 inconsistent = 0;       // the scope's
    QList<PlatformResponse> byPlatform;      // every live platform in code order, zeros included
    QList<TownshipResponse> byTownship;      // every live township in code order, zeros included
    QList<MonthlyResponse> byMonth;          // each calendar month the period touches (scope's)
    QList<PlatformShiftTotals> shifts;       // every live platform in code order

    // {period: {from, to (exclusive)}, bands, incidents, without_arrival, inconsistent,
    //  county: <stats>, by_platform: [...], by_township: [...], by_month: [...], shifts: [...]}
    // and, for a township or platform scope only, scope: <ResponseScope::toJson()>.
    QJsonObject toJson() const;
};
