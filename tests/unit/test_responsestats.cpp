#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "patrolfixture.h"

#include "domain/platform.h"
#include "domain/responsestats.h"
#include "geo/geometry.h"
#include "store/database.h"
#include "store/patrolrecords.h"
#include "store/platformrepository.h"
#include "store/regionwriter.h"
#include "store/responsestatsrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <boost/geometry/algorithms/correct.hpp>

#include <memory>
#include <optional>

using PatrolFixture::squareRegion;

namespace {

const QString kCounty = QStringLiteral("990200000000");
const QString kTownA = QStringLiteral("990200001000");
const QString kTownB = QStringLiteral("990200002000");
const QString kVillageA1 = QStringLiteral("990200001001");
const QString kVillageB1 = QStringLiteral("990200002001");
const QString kGridA1 = QStringLiteral("990200001001001");
const QString kGridB1 = QStringLiteral("990200002001001");
const QString kRapid = QStringLiteral("KJ-01");    // township A
const QString kPatrol = QStringLiteral("XF-01");   // township B
const QString kWatch = QStringLiteral("QF-01");    // village B1, so township B

// A county of two townships, each with one village and one grid, and three platforms, written
// through the store's own writers; incidents are added one by one with known minutes.
class ScopedCounty
{
public:
    ScopedCounty()
        : m_db(storetest::freshStore(m_tmp.path()))
    {
        {
            WriteTransaction tx(*m_db);
            RegionWriter regions(*m_db);
            squareRegion(regions, kCounty, QStringLiteral("测试县"), RegionLevel::County, {}, 0);
            squareRegion(regions, kTownA, QStringLiteral("甲镇"), RegionLevel::Township, kCounty, 1);
            squareRegion(regions, kTownB, QStringLiteral("乙乡"), RegionLevel::Township, kCounty, 2);
            squareRegion(regions, kVillageA1, QStringLiteral("甲一村"),
                         RegionLevel::Village, kTownA, 3);
            squareRegion(regions, kVillageB1, QStringLiteral("乙一村"),
                         RegionLevel::Village, kTownB, 4);
            squareRegion(regions, kGridA1, QStringLiteral("甲一网格"),
                         RegionLevel::Grid, kVillageA1, 5);
            squareRegion(regions, kGridB1, QStringLiteral("乙一网格"),
                         RegionLevel::Grid, kVillageB1, 6);
            tx.commit();
        }
        PatrolFixture::platform(*m_db, kRapid, QStringLiteral("甲镇快警平台"),
                                PlatformKind::RapidPolice, kTownA);
        PatrolFixture::platform(*m_db, kPatrol, QStringLiteral("乙乡巡防平台"),
                                PlatformKind::Patrol, kTownB);
        PatrolFixture::platform(*m_db, kWatch, QStringLiteral("乙一村群防点"),
                                PlatformKind::CommunityWatch, kVillageB1);
    }

    Database &db() { return *m_db; }

    // An incident called at local `called` ("yyyy-MM-dd HH:mm"), arriving `minutes` later.
    void incident(const QString &platform, const QString &grid, const QString &called,
                  std::optional<double> minutes)
    {
        REQUIRE(QDateTime::fromString(called, QStringLiteral("yyyy-MM-dd HH:mm")).isValid());
        const RecordResult r = PatrolFixture::incident(*m_db, platform, grid, called, minutes);
        INFO(r.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(r.inserted);
    }

private:
    TempStore m_tmp;
    std::unique_ptr<Database> m_db;
};

// Eleven incidents whose figures are worked out by hand in the scope test below.
//   #   platform  grid  called            minutes  township (rule)
//   1   KJ-01     A1    2026-10-02 10:00  2        A (grid)
//   2   KJ-01     A1    2026-10-03 11:00  0.5      A (grid)
//   3   KJ-01     B1    2026-10-05 12:00  6        B (grid, not the platform's)
//   4   XF-01     B1    2026-10-10 22:00  4        B (grid)
//   5   XF-01     —     2026-10-12 08:00  none     B (platform)
//   6   —         A1    2026-10-20 09:00  3        A (grid)
//   7   —         —     2026-10-25 10:00  10       none
//   8   QF-01     —     2026-11-01 09:00  1        B (platform's village)
//   9   KJ-01     —     2026-11-03 14:00  8        A (platform)
//  10   KJ-01     B1    2026-11-15 16:00  1.5      B (grid)
//  11   KJ-01     A1    2026-09-30 23:59  0.5      before the period
void addScopeIncidents(ScopedCounty &c)
{
    c.incident(kRapid, kGridA1, QStringLiteral("2026-10-02 10:00"), 2);
    c.incident(kRapid, kGridA1, QStringLiteral("2026-10-03 11:00"), 0.5);
    c.incident(kRapid, kGridB1, QStringLiteral("2026-10-05 12:00"), 6);
    c.incident(kPatrol, kGridB1, QStringLiteral("2026-10-10 22:00"), 4);
    c.incident(kPatrol, QString(), QStringLiteral("2026-10-12 08:00"), std::nullopt);
    c.incident(QString(), kGridA1, QStringLiteral("2026-10-20 09:00"), 3);
    c.incident(QString(), QString(), QStringLiteral("2026-10-25 10:00"), 10);
    c.incident(kWatch, QString(), QStringLiteral("2026-11-01 09:00"), 1);
    c.incident(kRapid, QString(), QStringLiteral("2026-11-03 14:00"), 8);
    c.incident(kRapid, kGridB1, QStringLiteral("2026-11-15 16:00"), 1.5);
    c.incident(kRapid, kGridA1, QStringLiteral("2026-09-30 23:59"), 0.5);
}

const QDate kFrom(2026, 10, 1);
const QDate kTo(2026, 12, 1);

ResponseReport scopedReport(ScopedCounty &c, const ResponseScope &scope)
{
    return ResponseStatsRepository(c.db()).report(kFrom, kTo, ResponseTimes::defaultBands(),
                                                  ResponseTimes::DefaultHistogramMinutes, scope);
}

// The rows every scope leaves complete: platforms, townships and shifts.
void checkCompleteRows(const ResponseReport &r)
{
    REQUIRE(r.byPlatform.size() == 3);
    CHECK(r.byPlatform.at(0).code == kRapid);
    CHECK(r.byPlatform.at(0).incidents == 5);
    CHECK(*r.byPlatform.at(0).stats.median == Approx(2.0));
    CHECK(r.byPlatform.at(1).code == kWatch);
    CHECK(r.byPlatform.at(1).incidents == 1);
    CHECK(r.byPlatform.at(2).code == kPatrol);
    CHECK(r.byPlatform.at(2).incidents == 2);
    REQUIRE(r.byTownship.size() == 3);
    CHECK(r.byTownship.at(0).code == kTownA);
    CHECK(r.byTownship.at(0).incidents == 4);
    CHECK(r.byTownship.at(1).code == kTownB);
    CHECK(r.byTownship.at(1).incidents == 5);
    CHECK(r.byTownship.at(2).code.isEmpty());
    CHECK(r.byTownship.at(2).incidents == 1);
    REQUIRE(r.shifts.size() == 3);
    CHECK(r.shifts.at(0).shifts == 1);
    CHECK(r.shifts.at(0).hours == Approx(8));
}

} // namespace

TEST_CASE("Response percentiles interpolate between order statistics like numpy",
          "[patrol][responsestats]")
{
    // numpy.percentile([1, 2, 3, 4], 90) = 3.7; median 2.5.
    const std::vector<double> four {1, 2, 3, 4};
    CHECK(*ResponseTimes::percentile(four, 90) == Approx(3.7));
    CHECK(*ResponseTimes::percentile(four, 50) == Approx(2.5));
    CHECK(*ResponseTimes::percentile(four, 0) == Approx(1));
    CHECK(*ResponseTimes::percentile(four, 100) == Approx(4));
    // Ten values 1..10: p90 = 9.1 (h = 8.1), median 5.5.
    std::vector<double> ten;
    for (int i = 1; i <= 10; ++i)
        ten.push_back(i);
    CHECK(*ResponseTimes::percentile(ten, 90) == Approx(9.1));
    CHECK(*ResponseTimes::percentile({7.5}, 90) == Approx(7.5));
    CHECK_FALSE(ResponseTimes::percentile({}, 50).has_value());
}

TEST_CASE("Response stats give median, p90, band shares and a minute histogram",
          "[patrol][responsestats]")
{
    // Unsorted on purpose. Sorted: 0.5 0.9 1.0 2.0 2.5 3.0 4.0 5.0 6.0 12.0
    const ResponseStats s
        = ResponseStats::of({4.0, 0.5, 12.0, 2.5, 1.0, 6.0, 0.9, 3.0, 5.0, 2.0});
    CHECK(s.count == 10);
    CHECK(*s.median == Approx(2.75));           // (2.5 + 3.0) / 2
    CHECK(*s.p90 == Approx(6.6));               // 6.0 + 0.1 × (12 − 6)
    CHECK(*s.mean == Approx(3.69));
    REQUIRE(s.bands == std::vector<double> {1, 3, 5});
    // Within a band means ≤ its limit: exactly 1.0, 3.0 and 5.0 count.
    CHECK(s.within == std::vector<qint64> {3, 6, 8});
    CHECK(*s.shareWithin(0) == Approx(0.3));
    CHECK(*s.shareWithin(1) == Approx(0.6));
    CHECK(*s.shareWithin(2) == Approx(0.8));
    // Bins [0,1) [1,2) … [9,10) and [10, ∞).
    REQUIRE(s.histogram.size() == 11);
    CHECK(s.histogram[0] == 2);
    CHECK(s.histogram[1] == 1);
    CHECK(s.histogram[2] == 2);
    CHECK(s.histogram[3] == 1);
    CHECK(s.histogram[4] == 1);
    CHECK(s.histogram[5] == 1);
    CHECK(s.histogram[6] == 1);
    CHECK(s.histogram[10] == 1);

    const QJsonObject o = s.toJson();
    CHECK(o.value(QStringLiteral("count")).toInteger() == 10);
    CHECK(o.value(QStringLiteral("bands")).toArray().size() == 3);
    CHECK(o.value(QStringLiteral("histogram")).toArray().last().toObject()
              .value(QStringLiteral("to")).isNull());
}

TEST_CASE("Response stats of no responses have no median and no shares",
          "[patrol][responsestats]")
{
    const ResponseStats s = ResponseStats::of({}, {2, 8}, 4);
    CHECK(s.count == 0);
    CHECK_FALSE(s.median.has_value());
    CHECK_FALSE(s.shareWithin(0).has_value());
    CHECK(s.histogram.size() == 5);
    CHECK(s.toJson().value(QStringLiteral("median")).isNull());
}

TEST_CASE("The county scope of the report is the whole county, as before",
          "[patrol][responsestats][scope]")
{
    ScopedCounty c;
    addScopeIncidents(c);
    ShiftInput shift;
    shift.platformCode = kRapid;
    shift.startAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0)).toMSecsSinceEpoch();
    shift.endAt = shift.startAt + 8 * 3600000;
    shift.officers = 2;
    REQUIRE(PatrolRecords(c.db()).addShift(shift, QStringLiteral("tester")).ok());

    // The default argument and an explicit county scope give the same report.
    const ResponseReport r = ResponseStatsRepository(c.db()).report(kFrom, kTo);
    CHECK(r.scope.isCounty());
    CHECK(r.toJson() == scopedReport(c, ResponseScope()).toJson());
    CHECK_FALSE(r.toJson().contains(QStringLiteral("scope")));
    // Measured, sorted: 0.5 1 1.5 2 3 4 6 8 10 — median 3; p90: h = 7.2 → 8 + 0.2 × 2 = 8.4.
    CHECK(r.incidents == 10);
    CHECK(r.withoutArrival == 1);
    CHECK(r.county.count == 9);
    CHECK(*r.county.median == Approx(3.0));
    CHECK(*r.county.p90 == Approx(8.4));
    CHECK(r.county.within == std::vector<qint64> {2, 5, 6});
    checkCompleteRows(r);
}

TEST_CASE("A township scope counts the township's incidents in the scope's figures",
          "[patrol][responsestats][scope]")
{
    ScopedCounty c;
    addScopeIncidents(c);
    ShiftInput shift;
    shift.platformCode = kRapid;
    shift.startAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0)).toMSecsSinceEpoch();
    shift.endAt = shift.startAt + 8 * 3600000;
    REQUIRE(PatrolRecords(c.db()).addShift(shift, QStringLiteral("tester")).ok());

    SECTION("township A: incidents 1, 2, 6 and 9 (9 through its platform, having no grid)")
    {
        const ResponseReport r = scopedReport(c, ResponseScope::township(kTownA));
        CHECK(r.scope == ResponseScope::township(kTownA));
        // Sorted 0.5 2 3 8: median 2.5; p90: h = 2.7 → 3 + 0.7 × 5 = 6.5.
        CHECK(r.incidents == 4);
        CHECK(r.withoutArrival == 0);
        CHECK(r.county.count == 4);
        CHECK(*r.county.median == Approx(2.5));
        CHECK(*r.county.p90 == Approx(6.5));
        CHECK(*r.county.mean == Approx(3.375));
        CHECK(r.county.within == std::vector<qint64> {1, 3, 3});
        CHECK(r.county.histogram[0] == 1);
        CHECK(r.county.histogram[2] == 1);
        CHECK(r.county.histogram[3] == 1);
        CHECK(r.county.histogram[8] == 1);
        REQUIRE(r.byMonth.size() == 2);
        // October 0.5 2 3: median 2, p90 h = 1.8 → 2 + 0.8 × 1 = 2.8. November: 8 alone.
        CHECK(r.byMonth.at(0).month == 10);
        CHECK(r.byMonth.at(0).incidents == 3);
        CHECK(*r.byMonth.at(0).stats.median == Approx(2.0));
        CHECK(*r.byMonth.at(0).stats.p90 == Approx(2.8));
        CHECK(r.byMonth.at(1).month == 11);
        CHECK(r.byMonth.at(1).incidents == 1);
        CHECK(*r.byMonth.at(1).stats.median == Approx(8.0));
        CHECK(*r.byMonth.at(1).stats.p90 == Approx(8.0));
        CHECK(*r.byMonth.at(1).stats.shareWithin(2) == Approx(0.0));
        // The scope's figures agree with the township's row of the complete table.
        CHECK(r.byTownship.at(0).stats.toJson() == r.county.toJson());
        checkCompleteRows(r);
        const QJsonObject scope = r.toJson().value(QStringLiteral("scope")).toObject();
        CHECK(scope.value(QStringLiteral("kind")).toString() == QStringLiteral("township"));
        CHECK(scope.value(QStringLiteral("code")).toString() == kTownA);
    }
    SECTION("township B: incidents 3, 4, 5, 8 and 10, one without arrival")
    {
        const ResponseReport r = scopedReport(c, ResponseScope::township(kTownB));
        // Sorted 1 1.5 4 6: median 2.75; p90: h = 2.7 → 4 + 0.7 × 2 = 5.4.
        CHECK(r.incidents == 5);
        CHECK(r.withoutArrival == 1);
        CHECK(r.county.count == 4);
        CHECK(*r.county.median == Approx(2.75));
        CHECK(*r.county.p90 == Approx(5.4));
        CHECK(r.county.within == std::vector<qint64> {1, 2, 3});
        REQUIRE(r.byMonth.size() == 2);
        // October 4 6 (and #5 without arrival): median 5. November 1 1.5: median 1.25.
        CHECK(r.byMonth.at(0).incidents == 3);
        CHECK(r.byMonth.at(0).withoutArrival == 1);
        CHECK(*r.byMonth.at(0).stats.median == Approx(5.0));
        CHECK(*r.byMonth.at(0).stats.p90 == Approx(5.8));
        CHECK(r.byMonth.at(1).incidents == 2);
        CHECK(*r.byMonth.at(1).stats.median == Approx(1.25));
        CHECK(*r.byMonth.at(1).stats.shareWithin(0) == Approx(0.5));
        checkCompleteRows(r);
    }
    SECTION("an empty township code: the incidents with no township")
    {
        const ResponseReport r = scopedReport(c, ResponseScope::township(QString()));
        CHECK(r.incidents == 1);
        CHECK(*r.county.median == Approx(10.0));
        CHECK(r.county.histogram.back() == 1);
    }
    SECTION("a code that names no township: zero figures, complete rows")
    {
        const ResponseReport r = scopedReport(c, ResponseScope::township(kGridA1));
        CHECK(r.incidents == 0);
        CHECK(r.county.count == 0);
        CHECK_FALSE(r.county.median.has_value());
        REQUIRE(r.byMonth.size() == 2);
        CHECK(r.byMonth.at(0).incidents == 0);
        checkCompleteRows(r);
    }
}

TEST_CASE("A platform scope counts the platform's incidents in the scope's figures",
          "[patrol][responsestats][scope]")
{
    ScopedCounty c;
    addScopeIncidents(c);
    ShiftInput shift;
    shift.platformCode = kRapid;
    shift.startAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0)).toMSecsSinceEpoch();
    shift.endAt = shift.startAt + 8 * 3600000;
    REQUIRE(PatrolRecords(c.db()).addShift(shift, QStringLiteral("tester")).ok());

    SECTION("KJ-01: incidents 1, 2, 3, 9 and 10, in either township")
    {
        const ResponseReport r = scopedReport(c, ResponseScope::platform(kRapid));
        // Sorted 0.5 1.5 2 6 8: median 2; p90: h = 3.6 → 6 + 0.6 × 2 = 7.2.
        CHECK(r.incidents == 5);
        CHECK(r.withoutArrival == 0);
        CHECK(r.county.count == 5);
        CHECK(*r.county.median == Approx(2.0));
        CHECK(*r.county.p90 == Approx(7.2));
        CHECK(r.county.within == std::vector<qint64> {1, 3, 3});
        CHECK(r.county.histogram
              == std::vector<qint64> {1, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0});
        REQUIRE(r.byMonth.size() == 2);
        // October 0.5 2 6: median 2, p90 h = 1.8 → 2 + 0.8 × 4 = 5.2.
        // November 1.5 8: median 4.75, p90 h = 0.9 → 1.5 + 0.9 × 6.5 = 7.35.
        CHECK(r.byMonth.at(0).incidents == 3);
        CHECK(*r.byMonth.at(0).stats.median == Approx(2.0));
        CHECK(*r.byMonth.at(0).stats.p90 == Approx(5.2));
        CHECK(r.byMonth.at(1).incidents == 2);
        CHECK(*r.byMonth.at(1).stats.median == Approx(4.75));
        CHECK(*r.byMonth.at(1).stats.p90 == Approx(7.35));
        CHECK(r.byPlatform.at(0).stats.toJson() == r.county.toJson());
        checkCompleteRows(r);
    }
    SECTION("XF-01: its incident without arrival is counted, not measured")
    {
        const ResponseReport r = scopedReport(c, ResponseScope::platform(kPatrol));
        CHECK(r.incidents == 2);
        CHECK(r.withoutArrival == 1);
        CHECK(r.county.count == 1);
        CHECK(*r.county.median == Approx(4.0));
        REQUIRE(r.byMonth.size() == 2);
        CHECK(r.byMonth.at(0).incidents == 2);
        CHECK(r.byMonth.at(1).incidents == 0);
        CHECK_FALSE(r.byMonth.at(1).stats.median.has_value());
    }
    SECTION("an empty platform code: the incidents with no platform")
    {
        const ResponseReport r = scopedReport(c, ResponseScope::platform(QString()));
        // #6 (3 min) and #7 (10 min).
        CHECK(r.incidents == 2);
        CHECK(*r.county.median == Approx(6.5));
    }
    SECTION("an unknown platform code: zero figures")
    {
        const ResponseReport r = scopedReport(c, ResponseScope::platform(QStringLiteral("NONE")));
        CHECK(r.incidents == 0);
        CHECK(r.county.count == 0);
        checkCompleteRows(r);
    }
}
