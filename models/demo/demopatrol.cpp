// Patrol platforms (快警区防/巡防/群防平台), their shifts over the last weeks, and incidents with
// measured response times, for the demo county.

#include "democontext.h"

#include <algorithm>
#include <cmath>

namespace {

// Splits `total` in proportion to weights (largest remainder), at least `minEach` each.
std::vector<int> allocate(int total, const std::vector<double> &weights, int minEach)
{
    std::vector<int> out(weights.size(), 0);
    if (weights.empty())
        return out;
    int left = total;
    for (int &x : out) {
        x = std::min(minEach, std::max(0, left));
        left -= x;
    }
    double sum = 0;
    for (double w : weights)
        sum += w;
    if (left <= 0 || sum <= 0)
        return out;
    std::vector<std::pair<double, size_t>> rest;
    int given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const double share = left * weights[i] / sum;
        out[i] += int(share);
        given += int(share);
        rest.push_back({-(share - int(share)), i});
    }
    std::sort(rest.begin(), rest.end());
    for (int k = 0; k < left - given; ++k)
        out[rest[size_t(k) % rest.size()].second] += 1;
    return out;
}

QString villageStem(const QString &name)
{
    if (name.endsWith(QStringLiteral("社区")))
        return name.chopped(2);
    if (name.endsWith(QStringLiteral("村")))
        return name.chopped(1);
    return name;
}

double distanceKm(double lon1, double lat1, double lon2, double lat2)
{
    const double kx = 111.32 * std::cos((lat1 + lat2) / 2 * M_PI / 180.0);
    const double dx = (lon1 - lon2) * kx, dy = (lat1 - lat2) * 111.32;
    return std::sqrt(dx * dx + dy * dy);
}

bool onDuty(const DemoPlatform &p, double hour)
{
    if (p.dutyFrom == 0 && p.dutyTo == 24)
        return true;
    return hour >= p.dutyFrom && hour < p.dutyTo;
}

QByteArray dutyText(int from, int to)
{
    if (from == 0 && to == 24)
        return QByteArrayLiteral("24h");
    return QByteArray::number(from).rightJustified(2, '0') + ":00-"
           + QByteArray::number(to).rightJustified(2, '0') + ":00";
}

} // namespace

void buildPatrol(DemoContext &ctx)
{
    DemoRandom rng = ctx.master.fork(20);
    const DemoCountySpec &spec = ctx.spec;
    const QByteArray prefix = ctx.countyCode.left(6);

    // Seat villages: communities of each township (else its first village).
    auto seatVillages = [&](const DemoTownship &t) {
        std::vector<int> out;
        for (int k = 0; k < t.villageCount; ++k) {
            if (ctx.villages[size_t(t.firstVillage + k)].community)
                out.push_back(t.firstVillage + k);
        }
        if (out.empty())
            out.push_back(t.firstVillage);
        return out;
    };

    std::vector<double> rapidWeights, patrolWeights;
    for (const DemoTownship &t : ctx.townships) {
        rapidWeights.push_back(double(t.population) * (t.urban ? 3.0 : 1.0));
        patrolWeights.push_back(std::sqrt(double(t.population)) * (t.urban ? 0.6 : 1.0));
    }
    // Rapid-police platforms go where people are; leave out the smallest townships.
    std::vector<double> sorted = rapidWeights;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const double cutoff = sorted[std::min(sorted.size() - 1, size_t(spec.rapidPolice) / 2)];
    for (double &w : rapidWeights) {
        if (w < cutoff)
            w = 0;
    }
    const std::vector<int> rapid = allocate(spec.rapidPolice, rapidWeights, 0);
    const std::vector<int> patrol = allocate(spec.patrol, patrolWeights, 1);

    int rapidSerial = 0, patrolSerial = 0, watchSerial = 0;
    auto write = [&](DemoPlatform &p, const QString &name, const QByteArray &code,
                     const QByteArray &regionCode, int vehicles) {
        DemoWriter::PlatformRow row;
        row.id = p.id;
        row.code = code;
        row.name = name.toUtf8();
        row.kind = p.kind;
        row.regionCode = regionCode;
        row.lon = p.lon;
        row.lat = p.lat;
        row.staff = p.staff;
        row.vehicles = vehicles;
        row.volunteers = p.volunteers;
        row.dutyHours = dutyText(p.dutyFrom, p.dutyTo);
        row.speedKmh = p.speedKmh;
        row.openedOn = p.openedOn.toString(Qt::ISODate).toLatin1();
        row.updatedAt = ctx.dataTime;
        ctx.writer.insert(row);
        ctx.platforms.push_back(p);
    };
    // A new platform of `kind` at a random spot of village `vi` (the draw order is fixed: the
    // demo is reproducible from its seed).
    auto place = [&](const QByteArray &kind, int township, int vi, double speedKmh) {
        DemoPlatform p;
        p.id = ctx.newId(rng);
        p.kind = kind;
        p.township = township;
        p.village = vi;
        const geo::Point at = ctx.spotIn(rng, vi);
        p.lon = at.x();
        p.lat = at.y();
        p.speedKmh = speedKmh;
        return p;
    };
    auto opened = [&](int fromYear, int toYear) {
        const QDate a(fromYear, 1, 1), b(toYear, 12, 31);
        return a.addDays(qint64(rng.below(quint64(a.daysTo(b)))));
    };

    for (size_t ti = 0; ti < ctx.townships.size(); ++ti) {
        const DemoTownship &t = ctx.townships[ti];
        const std::vector<int> seats = seatVillages(t);
        for (int k = 0; k < rapid[ti]; ++k) {
            const int vi = seats[size_t(k) % seats.size()];
            DemoPlatform p = place(QByteArrayLiteral("rapid_police"), int(ti), vi, 40);
            p.staff = rng.range(6, 10);
            p.volunteers = rng.range(0, 6);
            p.openedOn = opened(2020, 2024);
            const QString name = t.name + villageStem(ctx.villages[size_t(vi)].name)
                                 + QStringLiteral("快警区防平台");
            write(p, name, prefix + "KJ" + QByteArray::number(++rapidSerial).rightJustified(3, '0'),
                  t.code, rng.range(2, 3));
        }
        for (int k = 0; k < patrol[ti]; ++k) {
            int vi;
            QString name;
            if (k == 0) {
                vi = seats.front();
                name = t.name + QStringLiteral("巡防平台");
            } else {
                vi = t.firstVillage + int(rng.below(quint64(t.villageCount)));
                name = t.name + villageStem(ctx.villages[size_t(vi)].name)
                       + QStringLiteral("巡防平台");
            }
            DemoPlatform p = place(QByteArrayLiteral("patrol"), int(ti), vi, 30);
            p.staff = rng.range(3, 6);
            p.volunteers = rng.range(4, 16);
            if (rng.chance(0.4)) {
                p.dutyFrom = 7;
                p.dutyTo = 23;
            }
            p.openedOn = opened(2019, 2024);
            write(p, name, prefix + "XF" + QByteArray::number(++patrolSerial).rightJustified(3, '0'),
                  t.code, rng.range(1, 2));
        }
    }

    // Community-watch platforms in villages, weighted by population, one per village.
    std::vector<double> weights;
    for (const DemoVillage &v : ctx.villages)
        weights.push_back(double(v.population) * (v.community ? 0.5 : 1.0));
    std::vector<int> watchVillages;
    const int watches = std::min(spec.communityWatch, int(ctx.villages.size()));
    while (int(watchVillages.size()) < watches) {
        DemoWeightedIndex index(weights);
        if (index.empty())
            break;
        const int vi = index.draw(rng);
        watchVillages.push_back(vi);
        weights[size_t(vi)] = 0;
    }
    std::sort(watchVillages.begin(), watchVillages.end());
    for (int vi : watchVillages) {
        const DemoVillage &v = ctx.villages[size_t(vi)];
        DemoPlatform p = place(QByteArrayLiteral("community_watch"), v.township, vi, 15);
        p.staff = rng.range(1, 2);
        p.volunteers = rng.range(10, 32);
        if (rng.chance(0.6)) {
            p.dutyFrom = 19;
            p.dutyTo = 23;
        } else {
            p.dutyFrom = 8;
            p.dutyTo = 22;
        }
        p.openedOn = opened(2021, 2025);
        write(p, v.name + QStringLiteral("群防平台"),
              prefix + "QF" + QByteArray::number(++watchSerial).rightJustified(3, '0'), v.code,
              rng.range(0, 1));
    }
    ctx.progress(31, 33, 0.3, QT_TRANSLATE_NOOP("DemoGenerator", "Patrol platforms"));

    // Shifts over the last weeks.
    const QDate firstDay = spec.end.addDays(-(spec.shiftDays - 1));
    for (QDate day = firstDay; day <= spec.end; day = day.addDays(1)) {
        for (const DemoPlatform &p : ctx.platforms) {
            if (p.openedOn > day)
                continue;
            std::vector<std::pair<int, int>> shifts;   // local hours [from, to)
            if (p.kind == "rapid_police")
                shifts = {{0, 8}, {8, 16}, {16, 24}};
            else if (p.kind == "patrol")
                shifts = p.dutyTo - p.dutyFrom == 24 ? std::vector<std::pair<int, int>>{{8, 20}, {20, 32}}
                                                     : std::vector<std::pair<int, int>>{{p.dutyFrom, 15}, {15, p.dutyTo}};
            else if (rng.chance(0.45))
                shifts = {{p.dutyFrom, p.dutyTo}};
            for (const auto &[from, to] : shifts) {
                DemoWriter::PatrolShiftRow row;
                row.startAt = ctx.toMs(day, from * 3600.0 + rng.range(-10, 10) * 60.0);
                if (row.startAt > ctx.nowMs)
                    continue;
                row.endAt = ctx.toMs(day, to * 3600.0 + rng.range(-5, 20) * 60.0);
                row.id = ctx.newId(rng);
                row.platformId = p.id;
                const double hours = (to - from);
                if (p.kind == "rapid_police") {
                    row.officers = std::max(2, p.staff / 3);
                    row.volunteers = rng.range(0, 2);
                    row.distanceKm = hours * rng.uniform(3, 7);
                } else if (p.kind == "patrol") {
                    row.officers = std::max(1, p.staff / 2);
                    row.volunteers = rng.range(1, 5);
                    row.distanceKm = hours * rng.uniform(2, 5);
                } else {
                    row.officers = rng.range(0, 1);
                    row.volunteers = rng.range(3, 8);
                    row.distanceKm = hours * rng.uniform(0.8, 2);
                }
                row.distanceKm = std::round(row.distanceKm * 10) / 10;
                row.updatedAt = std::min(row.endAt, ctx.nowMs);
                ctx.writer.insert(row);
            }
        }
    }
    ctx.progress(31, 33, 0.6, QT_TRANSLATE_NOOP("DemoGenerator", "Patrol shifts"));

    // Incidents: called → dispatched → arrived → finished.
    std::vector<double> gridWeights;
    gridWeights.reserve(ctx.grids.size());
    for (const DemoGrid &g : ctx.grids)
        gridWeights.push_back(g.population * (ctx.villages[size_t(g.village)].urban ? 2.5 : 1.0));
    const DemoWeightedIndex gridIndex(gridWeights);
    std::vector<double> kindWeights;
    for (const auto &k : spec.incidentKinds)
        kindWeights.push_back(k.weight);
    static const double hourWeights[24] = {2, 1.5, 1, 0.7, 0.5, 0.6, 1, 2, 3, 3.5, 3.5, 3.5,
                                           3.5, 3, 3, 3.5, 4, 4.5, 5, 5.5, 5.5, 5, 4, 3};
    struct Call
    {
        qint64 at;
        int grid;
        int kind;
    };
    std::vector<Call> calls;
    const QDate incidentStart = spec.end.addDays(-(spec.incidentDays - 1));
    for (int i = 0; i < spec.incidents; ++i) {
        const QDate day = incidentStart.addDays(qint64(rng.below(quint64(spec.incidentDays))));
        const int hour = rng.weighted(hourWeights);
        const qint64 at = ctx.toMs(day, hour * 3600.0 + rng.uniform(0, 3600));
        if (at > ctx.nowMs || gridIndex.empty())
            continue;
        calls.push_back({at, gridIndex.draw(rng), rng.weighted(kindWeights)});
    }
    std::sort(calls.begin(), calls.end(), [](const Call &a, const Call &b) { return a.at < b.at; });
    for (const Call &c : calls) {
        const DemoGrid &g = ctx.grids[size_t(c.grid)];
        DemoWriter::IncidentRow row;
        row.id = ctx.newId(rng);
        row.gridCode = g.code;
        row.kind = spec.incidentKinds[size_t(c.kind)].key.toUtf8();
        row.lon = g.lon + rng.uniform(-0.4, 0.4) * g.halfLon;
        row.lat = g.lat + rng.uniform(-0.4, 0.4) * g.halfLat;
        row.calledAt = c.at;
        const double hour = ctx.localHour(c.at);
        int best = -1;
        double bestKm = 1e9;
        for (size_t pi = 0; pi < ctx.platforms.size(); ++pi) {
            const DemoPlatform &p = ctx.platforms[pi];
            if (!onDuty(p, hour) || p.openedOn > ctx.localDay(c.at))
                continue;
            double km = distanceKm(row.lon, row.lat, p.lon, p.lat);
            if (p.kind == "community_watch") {
                if (p.village != g.village)
                    continue;
                km *= 0.5;   // the village's own watch is first on the scene when on duty
            }
            if (km < bestKm) {
                bestKm = km;
                best = int(pi);
            }
        }
        if (best >= 0) {
            const DemoPlatform &p = ctx.platforms[size_t(best)];
            row.platformId = p.id;
            const double km = distanceKm(row.lon, row.lat, p.lon, p.lat);
            row.dispatchedAt = c.at + qint64(rng.uniform(20, 100) * 1000);
            const double travelMin = std::min(30.0, km * 1.25 / p.speedKmh * 60.0
                                                        + rng.uniform(0.4, 1.5));
            row.arrivedAt = row.dispatchedAt + qint64(travelMin * 60000);
            row.finishedAt = row.arrivedAt + qint64(rng.logNormal(25, 0.6) * 60000);
            if (row.dispatchedAt > ctx.nowMs)
                row.dispatchedAt = 0;
            if (row.dispatchedAt == 0 || row.arrivedAt > ctx.nowMs)
                row.arrivedAt = 0;
            if (row.arrivedAt == 0 || row.finishedAt > ctx.nowMs)
                row.finishedAt = 0;
        }
        row.updatedAt = std::max({row.calledAt, row.dispatchedAt, row.arrivedAt, row.finishedAt});
        ctx.writer.insert(row);
    }
    ctx.progress(31, 33, 1, QT_TRANSLATE_NOOP("DemoGenerator", "Incidents"));
}
