#include "demogenerator.h"

#include "democontext.h"

#include "store/database.h"
#include "store/demowriter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;

} // namespace

DemoContext::DemoContext(const DemoCountySpec &s, const DemoOptions &o, DemoWriter &w,
                         const DemoGenerator::Progress &p)
    : spec(s)
    , options(o)
    , writer(w)
    , people(s)
    , master(o.seed)
    , m_progress(p)
{
    options.scale = std::max(0.0, options.scale);
    gridScale = options.gridScale < 0 ? options.scale : options.gridScale;
    gridScale = std::max(gridScale, 1e-3);
    countyCode = spec.countyCode.toLatin1();
    nowMs = toMs(spec.end, spec.endTime.msecsSinceStartOfDay() / 1000.0);
    // Start the id sequence somewhere in the lower half so it never wraps.
    m_idSequence = std::uint32_t(master.fork(99).next() >> 33);
    dataTime = nowMs;
}

qint64 DemoContext::toMs(const QDate &day, double secondsOfDay) const
{
    const qint64 days = day.toJulianDay() - kUnixEpochJulianDay;
    return days * 86400000 + qint64(std::llround(secondsOfDay * 1000.0))
           - qint64(spec.utcOffsetHours) * 3600000;
}

QDate DemoContext::localDay(qint64 ms) const
{
    const qint64 local = ms + qint64(spec.utcOffsetHours) * 3600000;
    qint64 days = local / 86400000;
    if (local < 0 && local % 86400000)
        --days;
    return QDate::fromJulianDay(days + kUnixEpochJulianDay);
}

double DemoContext::localHour(qint64 ms) const
{
    qint64 local = (ms + qint64(spec.utcOffsetHours) * 3600000) % 86400000;
    if (local < 0)
        local += 86400000;
    return double(local) / 3600000.0;
}

void DemoContext::progress(double from, double to, double fraction, const char *stage)
{
    const int percent = int(from + (to - from) * std::clamp(fraction, 0.0, 1.0));
    if (!m_progress)
        return;
    if (percent == m_lastPercent && fraction > 0 && fraction < 1)
        return;
    m_lastPercent = percent;
    if (!m_progress(percent, QCoreApplication::translate("DemoGenerator", stage)))
        throw DemoCancelled();
}

geo::Point DemoContext::spotIn(DemoRandom &rng, int village) const
{
    const DemoVillage &v = villages[size_t(village)];
    if (v.spots.empty())
        return geo::Point(v.lon, v.lat);
    return v.spots[rng.below(v.spots.size())];
}

bool DemoGenerator::isFilled() const
{
    return DemoWriter::hasCounty(m_db);
}

DemoGenerator::Result DemoGenerator::generate(const DemoOptions &options, const Progress &progress)
{
    Result result;
    const DemoCountySpec spec = DemoCountySpec::load();
    WriteTransaction tx(m_db);
    if (DemoWriter::hasCounty(m_db))
        return result;
    try {
        DemoWriter writer(m_db);
        // A big fill touches index pages all over the file (grid codes, statuses, categories):
        // keep them in memory. Pages are only taken as the store grows and given back after.
        writer.useLargeCache(2048);
        DemoContext ctx(spec, options, writer, progress);
        ctx.progress(0, 1, 0, QT_TRANSLATE_NOOP("DemoGenerator", "Drawing the county"));
        buildGeography(ctx);
        buildMediation(ctx);
        buildPatrol(ctx);
        buildDisputes(ctx, result);
        buildSurvey(ctx, result);
        writer.finish([&ctx](double fraction) {
            ctx.progress(97, 99, fraction,
                         QT_TRANSLATE_NOOP("DemoGenerator", "Indexing dispute texts for search"));
        });
        ctx.progress(99, 100, 0, QT_TRANSLATE_NOOP("DemoGenerator", "Saving"));
        result.regions = ctx.regionsWritten;
    } catch (const DemoCancelled &) {
        result = Result();
        result.cancelled = true;
        return result;   // the transaction rolls back
    }
    tx.commit();
    result.created = true;
    if (progress)
        progress(100, QCoreApplication::translate("DemoGenerator", "Done"));
    return result;
}
