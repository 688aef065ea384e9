#include "responsestatsrepository.h"

#include "settingsrepository.h"

#include "database.h"
#include "storestatement.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace {

qint64 localMidnightMs(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// Response minutes gathered for one row of the report.
struct Bucket
{
    std::vector<double> minutes;
    qint64 incidents = 0;
    qint64 withoutArrival = 0;
};

struct PlatformInfo
{
    QString code, name, kind, townshipCode;
    bool live = true;
    int township = -1;   // index into townships, -1 unknown
    Bucket bucket;
    PlatformShiftTotals shifts;
};

} // namespace

std::vector<double> ResponseStatsRepository::bands(QString *problem) const
{
    const std::optional<QString> stored = SettingsRepository(m_db).value(BandsSetting);
    if (!stored)
        return ResponseTimes::defaultBands();
    if (const auto parsed = ResponseTimes::parseBands(*stored))
        return *parsed;
    if (problem)
        *problem = QStringLiteral("%1: '%2' is not a list of minutes; using 1, 3, 5")
                       .arg(BandsSetting, *stored);
    return ResponseTimes::defaultBands();
}

ResponseReport ResponseStatsRepository::report(QDate from, QDate to, std::vector<double> bands,
                                               int histogramMinutes,
                                               const ResponseScope &scope) const
{
    std::sort(bands.begin(), bands.end());
    ResponseReport report;
    report.from = from;
    report.to = to;
    report.bands = bands;
    report.scope = scope;
    report.county = ResponseStats::of({}, bands, histogramMinutes);
    if (!from.isValid() || !to.isValid() || to <= from)
        return report;
    Database &db = m_db;

    // Townships, and which township each grid and village lies in.
    QList<TownshipResponse> townships;
    QList<Bucket> townshipBuckets;
    QHash<QByteArray, int> townshipIndex;
    {
        StoreStatement q(db, "SELECT code, name FROM region WHERE level = 1 AND deleted = 0 "
                             "ORDER BY code");
        while (q.next()) {
            TownshipResponse t;
            t.code = q.string(0);
            t.name = q.string(1);
            townshipIndex.insert(bytes(q.text(0)), int(townships.size()));
            townships << t;
        }
        townshipBuckets.resize(townships.size());
    }
    // Grids and villages (removed ones too: old incidents may name them) → township index.
    QHash<QByteArray, int> regionTownship;
    {
        StoreStatement q(db, "SELECT r.code, r.level, r.parent_code, v.parent_code FROM region r "
                             "LEFT JOIN region v ON v.code = r.parent_code WHERE r.level >= 2");
        while (q.next()) {
            const QByteArray township = bytes(q.integer(1) == 2 ? q.text(2) : q.text(3));
            regionTownship.insert(bytes(q.text(0)), townshipIndex.value(township, -1));
        }
    }

    std::vector<PlatformInfo> platforms;
    QHash<QByteArray, int> platformIndex;
    {
        StoreStatement q(db, "SELECT id, code, name, kind, region_code, deleted FROM platform "
                             "ORDER BY code");
        while (q.next()) {
            PlatformInfo p;
            p.code = q.string(1);
            p.name = q.string(2);
            p.kind = q.string(3);
            const QByteArray region = bytes(q.text(4));
            p.township = townshipIndex.contains(region) ? townshipIndex.value(region)
                                                        : regionTownship.value(region, -1);
            p.live = q.integer(5) == 0;
            platformIndex.insert(bytes(q.text(0)), int(platforms.size()));
            platforms.push_back(std::move(p));
        }
    }

    // Month starts of the months the period touches, and the period's end.
    std::vector<qint64> monthStarts;
    QList<MonthlyResponse> months;
    for (QDate m(from.year(), from.month(), 1); m < to; m = m.addMonths(1)) {
        monthStarts.push_back(localMidnightMs(std::max(m, from)));
        MonthlyResponse row;
        row.year = m.year();
        row.month = m.month();
        months << row;
    }
    std::vector<Bucket> monthBuckets(months.size());
    const qint64 startMs = localMidnightMs(from), endMs = localMidnightMs(to);

    // The scope as a township index or a platform: -1 / nullptr = the incidents without one.
    const bool scopeIsCounty = scope.kind == ResponseScope::Kind::County;
    bool scopeKnown = true;   // false: a code that names nothing, so no incident is in scope
    int scopeTownship = -1;
    const PlatformInfo *scopePlatform = nullptr;
    if (!scope.code.isEmpty() && scope.kind == ResponseScope::Kind::Township) {
        scopeTownship = townshipIndex.value(scope.code.toUtf8(), -1);
        scopeKnown = scopeTownship >= 0;
    } else if (!scope.code.isEmpty() && scope.kind == ResponseScope::Kind::Platform) {
        const auto it = std::find_if(platforms.begin(), platforms.end(),
                                     [&](const PlatformInfo &p) { return p.code == scope.code; });
        scopePlatform = it == platforms.end() ? nullptr : &*it;
        scopeKnown = scopePlatform != nullptr;
    }
    auto inScope = [&](const PlatformInfo *platform, int township) {
        if (scopeIsCounty)
            return true;
        if (!scopeKnown)
            return false;
        return scope.kind == ResponseScope::Kind::Township ? township == scopeTownship
                                                            : platform == scopePlatform;
    };

    Bucket county;   // the scope's incidents
    Bucket unknownTownship;
    {
        StoreStatement q(db, "SELECT platform_id, grid_code, called_at, arrived_at FROM incident "
                             "WHERE deleted = 0 AND called_at >= ? AND called_at < ?");
        q.bind(1, startMs);
        q.bind(2, endMs);
        while (q.next()) {
            const qint64 called = q.integer(2);
            PlatformInfo *platform = nullptr;
            if (!q.isNull(0)) {
                const int pi = platformIndex.value(bytes(q.text(0)), -1);
                if (pi >= 0)
                    platform = &platforms[size_t(pi)];
            }
            int township = -1;
            if (!q.isNull(1))
                township = regionTownship.value(bytes(q.text(1)), -1);
            else if (platform)
                township = platform->township;
            Bucket &townshipBucket
                = township >= 0 ? townshipBuckets[township] : unknownTownship;
            const auto month = size_t(std::upper_bound(monthStarts.begin(), monthStarts.end(),
                                                       called)
                                      - monthStarts.begin() - 1);
            const bool counted = inScope(platform, township);
            Bucket *rows[] = {counted ? &county : nullptr, &townshipBucket,
                              counted ? &monthBuckets[month] : nullptr,
                              platform ? &platform->bucket : nullptr};
            for (Bucket *b : rows) {
                if (b)
                    ++b->incidents;
            }
            if (q.isNull(3)) {
                for (Bucket *b : rows) {
                    if (b)
                        ++b->withoutArrival;
                }
                continue;
            }
            const qint64 arrived = q.integer(3);
            if (arrived < called) {
                if (counted)
                    ++report.inconsistent;
                continue;
            }
            const double minutes = double(arrived - called) / 60000.0;
            for (Bucket *b : rows) {
                if (b)
                    b->minutes.push_back(minutes);
            }
        }
    }

    {
        // PostgreSQL has no TOTAL(); its round() of a double rounds half to even, of a numeric
        // half away from zero as SQLite's ROUND does.
        const QByteArray metres = m_db.isPostgres()
            ? "round((coalesce(sum(distance_km), 0) * 1000)::numeric)::bigint"
            : "CAST(ROUND(TOTAL(distance_km) * 1000) AS INTEGER)";
        StoreStatement q(db, "SELECT platform_id, COUNT(*), SUM(end_at - start_at), "
                             "SUM(officers * (end_at - start_at)), SUM(volunteers), "
                             + metres + " FROM patrol_shift "
                             "WHERE deleted = 0 AND start_at >= ? AND start_at < ? "
                             "GROUP BY platform_id");
        q.bind(1, startMs);
        q.bind(2, endMs);
        while (q.next()) {
            const int pi = platformIndex.value(bytes(q.text(0)), -1);
            if (pi < 0)
                continue;
            PlatformShiftTotals &t = platforms[size_t(pi)].shifts;
            t.shifts = q.integer(1);
            t.hours = double(q.integer(2)) / 3.6e6;
            t.officerHours = double(q.integer(3)) / 3.6e6;
            t.volunteers = q.integer(4);
            t.distanceKm = double(q.integer(5)) / 1000.0;   // summed as whole metres
        }
    }

    auto fill = [&](auto &row, Bucket &b) {
        row.incidents = b.incidents;
        row.withoutArrival = b.withoutArrival;
        row.stats = ResponseStats::of(std::move(b.minutes), bands, histogramMinutes);
    };
    report.incidents = county.incidents;
    report.withoutArrival = county.withoutArrival;
    report.county = ResponseStats::of(std::move(county.minutes), bands, histogramMinutes);
    for (PlatformInfo &p : platforms) {
        if (!p.live && p.bucket.incidents == 0 && p.shifts.shifts == 0)
            continue;
        PlatformResponse row;
        row.code = p.code;
        row.name = p.name;
        row.kind = p.kind;
        if (p.township >= 0) {
            row.townshipCode = townships.at(p.township).code;
            row.townshipName = townships.at(p.township).name;
        }
        fill(row, p.bucket);
        report.byPlatform << row;
        p.shifts.code = p.code;
        p.shifts.name = p.name;
        report.shifts << p.shifts;
    }
    for (qsizetype t = 0; t < townships.size(); ++t) {
        fill(townships[t], townshipBuckets[t]);
        report.byTownship << townships.at(t);
    }
    if (unknownTownship.incidents > 0) {
        TownshipResponse row;
        fill(row, unknownTownship);
        report.byTownship << row;
    }
    for (qsizetype m = 0; m < months.size(); ++m) {
        fill(months[m], monthBuckets[size_t(m)]);
        report.byMonth << months.at(m);
    }
    return report;
}
