// Mediation bodies (调解组织) of the demo county and their mediators, plus the clerks of the
// township offices and the officers of the county center who appear in dispute histories.

#include "democontext.h"

#include <algorithm>
#include <cmath>

namespace {

QByteArray landline(DemoRandom &rng)
{
    QByteArray out("0746-");
    out += char('2' + rng.below(7));
    for (int i = 0; i < 6; ++i)
        out += char('0' + rng.below(10));
    return out;
}

int addStaff(DemoContext &ctx, DemoRandom &rng, const QByteArray &role,
             const QByteArray &regionCode, const QByteArray &bodyId)
{
    const DemoPeople::Person p = ctx.people.person(rng, 30, 62, ctx.spec.end);
    DemoStaff s;
    s.id = ctx.newId(rng);
    s.name = p.name;
    DemoWriter::PersonRow row;
    row.id = s.id;
    row.name = p.name.toUtf8();
    row.role = role;
    row.gender = p.male ? QByteArrayLiteral("male") : QByteArrayLiteral("female");
    row.phone = p.phone;
    row.idCard = p.idCard;
    row.regionCode = regionCode;
    row.mediationBodyId = bodyId;
    row.updatedAt = ctx.dataTime;
    ctx.writer.insert(row);
    ctx.staff.push_back(s);
    return int(ctx.staff.size()) - 1;
}

int addBody(DemoContext &ctx, DemoRandom &rng, const QString &name, const QByteArray &kind,
            int level, const QByteArray &regionCode, int mediators)
{
    DemoBody b;
    b.id = ctx.newId(rng);
    b.name = name;
    b.kind = kind;
    b.level = level;
    b.regionCode = regionCode;
    DemoWriter::MediationBodyRow row;
    row.id = b.id;
    row.name = name.toUtf8();
    row.kind = kind;
    row.level = level;
    row.regionCode = regionCode;
    row.phone = landline(rng);
    row.updatedAt = ctx.dataTime;
    ctx.writer.insert(row);
    for (int i = 0; i < std::max(1, mediators); ++i)
        b.mediators.push_back(addStaff(ctx, rng, QByteArrayLiteral("mediator"), regionCode, b.id));
    ctx.bodies.push_back(std::move(b));
    return int(ctx.bodies.size()) - 1;
}

} // namespace

void buildMediation(DemoContext &ctx)
{
    DemoRandom rng = ctx.master.fork(10);
    const DemoCountySpec &spec = ctx.spec;

    for (int i = 0; i < 4; ++i)
        ctx.countyOfficers.push_back(
            addStaff(ctx, rng, QByteArrayLiteral("officer"), ctx.countyCode, QByteArray()));
    for (DemoTownship &t : ctx.townships) {
        for (int i = 0; i < 2; ++i)
            t.clerks.push_back(
                addStaff(ctx, rng, QByteArrayLiteral("clerk"), t.code, QByteArray()));
    }

    for (const DemoCountySpec::CountyBody &cb : spec.countyBodies) {
        const int b = addBody(ctx, rng, cb.name, cb.kind.toUtf8(), 0, ctx.countyCode,
                              cb.mediators);
        if (cb.kind == QLatin1String("county_committee"))
            ctx.countyCommittee = b;
    }
    if (ctx.countyCommittee < 0) {
        ctx.countyCommittee = addBody(ctx, rng, spec.countyName + QStringLiteral("人民调解委员会"),
                                      QByteArrayLiteral("county_committee"), 0, ctx.countyCode, 4);
    }

    for (DemoTownship &t : ctx.townships) {
        t.body = addBody(ctx, rng, t.name + QStringLiteral("人民调解委员会"),
                         QByteArrayLiteral("township_committee"), 1, t.code,
                         rng.range(spec.townshipMediatorsMin, spec.townshipMediatorsMax));
    }

    // Village committees for a share of the villages in every township, the larger ones first
    // (with some luck); villages without one are served by the nearest committee of their
    // township, which is then a 片区 (area) committee.
    for (const DemoTownship &t : ctx.townships) {
        // Urban communities each have their own.
        std::vector<std::pair<double, int>> order;
        std::vector<int> hubs;
        for (int k = 0; k < t.villageCount; ++k) {
            const int vi = t.firstVillage + k;
            const DemoVillage &v = ctx.villages[size_t(vi)];
            if (t.urban && v.community)
                hubs.push_back(vi);
            else
                order.push_back({-double(v.population) * rng.uniform(0.6, 1.4), vi});
        }
        std::sort(order.begin(), order.end());
        const size_t count = std::min(
            order.size(), std::max<size_t>(hubs.empty() ? 1 : 0, size_t(std::lround(
                                               spec.villageCommitteeShare * order.size()))));
        for (size_t i = 0; i < count; ++i)
            hubs.push_back(order[i].second);
        std::sort(hubs.begin(), hubs.end());
        std::vector<int> servedBy(size_t(t.villageCount), -1);
        for (int k = 0; k < t.villageCount; ++k) {
            const DemoVillage &v = ctx.villages[size_t(t.firstVillage + k)];
            double best = 0;
            for (int h : hubs) {
                const DemoVillage &hub = ctx.villages[size_t(h)];
                const double d = std::hypot(hub.lon - v.lon, hub.lat - v.lat);
                if (servedBy[size_t(k)] < 0 || d < best) {
                    servedBy[size_t(k)] = h;
                    best = d;
                }
            }
        }
        for (int h : hubs) {
            DemoVillage &hub = ctx.villages[size_t(h)];
            const bool area = std::count(servedBy.begin(), servedBy.end(), h) > 1;
            QString name = hub.name;
            if (area) {
                name.chop(hub.community ? 2 : 1);
                name += QStringLiteral("片区");
            }
            name += QStringLiteral("人民调解委员会");
            hub.body = addBody(ctx, rng, name, QByteArrayLiteral("village_committee"), 2, hub.code,
                               rng.range(spec.villageMediatorsMin, spec.villageMediatorsMax)
                                   + (area ? 1 : 0));
        }
        for (int k = 0; k < t.villageCount; ++k) {
            DemoVillage &v = ctx.villages[size_t(t.firstVillage + k)];
            v.body = ctx.villages[size_t(servedBy[size_t(k)])].body;
        }
    }
    ctx.progress(30, 31, 1, QT_TRANSLATE_NOOP("DemoGenerator", "Mediation bodies"));
}
