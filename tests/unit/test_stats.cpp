#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "domain/disputestats.h"
#include "store/database.h"
#include "store/disputestatsrepository.h"
#include "store/regionrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <ctime>
#include <memory>
#include <optional>

namespace {

// Runs a block under another local time zone (TZ), restoring the previous one afterwards.
class TimeZoneGuard
{
public:
    explicit TimeZoneGuard(const char *zone)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZoneGuard()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_old;
};

QDateTime at(int y, int m, int d, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute));
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

const QString kCounty = QStringLiteral("990100000000");
const QString kTownA = QStringLiteral("990100001000");
const QString kTownB = QStringLiteral("990100002000");
const QString kVillageA1 = QStringLiteral("990100001001");
const QString kVillageA2 = QStringLiteral("990100001002");
const QString kVillageA3 = QStringLiteral("990100001003");
const QString kVillageB1 = QStringLiteral("990100002001");
const QString kGridA1 = QStringLiteral("990100001001001");
const QString kGridA2 = QStringLiteral("990100001002001");
const QString kGridB1 = QStringLiteral("990100002001001");

struct DisputeSpec
{
    QString grid;
    QString category;
    QString status;
    QString outcome;
    int level = 2;
    QDateTime reported;
    QDateTime accepted;   // invalid: not accepted
    QString dueOn;        // empty: no deadline
    QDateTime resolved;   // invalid: not resolved
    int escalations = 0;
    bool deleted = false;
};

// A county of two townships written row by row, whose every figure is known by hand.
// March 2026 holds ten live disputes; February 2026 two; March 2025 five.
class SmallCounty
{
public:
    SmallCounty()
        : m_db(storetest::freshStore(m_tmp.path()))
    {
        region(kCounty, QStringLiteral("测试县"), 0, QString());
        region(kTownA, QStringLiteral("甲镇"), 1, kCounty);
        region(kTownB, QStringLiteral("乙乡"), 1, kCounty);
        region(kVillageA1, QStringLiteral("甲一村"), 2, kTownA);
        region(kVillageA2, QStringLiteral("甲二村"), 2, kTownA);
        region(kVillageA3, QStringLiteral("甲三村"), 2, kTownA);
        region(kVillageB1, QStringLiteral("乙一村"), 2, kTownB);
        region(kGridA1, QStringLiteral("甲一村第一网格"), 3, kVillageA1);
        region(kGridA2, QStringLiteral("甲二村第一网格"), 3, kVillageA2);
        region(kGridB1, QStringLiteral("乙一村第一网格"), 3, kVillageB1);

        // March 2026 (as of 2026-04-10).
        // d1: first minute of the month; resolved in time at village level.
        add({kGridA1, "neighbour", "closed", "resolved", 2, at(2026, 3, 1, 0, 0),
             at(2026, 3, 1, 10), "2026-03-10", at(2026, 3, 5, 10)});
        // d2: resolved at township level after its deadline, escalated once.
        add({kGridA1, "neighbour", "closed", "resolved", 1, at(2026, 3, 3), at(2026, 3, 3, 10),
             "2026-03-12", at(2026, 3, 20, 10), 1});
        // d3: mediation failed (no resolved_at: not overdue although its deadline passed).
        add({kGridA2, "land", "failed", "failed", 2, at(2026, 3, 4), at(2026, 3, 4, 10),
             "2026-03-15", {}});
        // d4: referred after an escalation.
        add({kGridA2, "land", "referred", "referred", 1, at(2026, 3, 5), at(2026, 3, 5, 10),
             "2026-03-20", {}, 1});
        // d5: still mediating at county level with its deadline before the as-of day.
        add({kGridB1, "labour_wage", "mediating", "", 0, at(2026, 3, 6), at(2026, 3, 6, 10),
             "2026-03-25", {}, 2});
        // d6: reported, never accepted.
        add({kGridB1, "labour_wage", "reported", "", 2, at(2026, 3, 7), {}, "", {}});
        // d7: withdrawn.
        add({kGridB1, "neighbour", "withdrawn", "withdrawn", 2, at(2026, 3, 8), at(2026, 3, 8, 10),
             "2026-03-18", {}});
        // d8: resolved at county level late on its due day: in time.
        add({kGridB1, "debt", "closed", "resolved", 0, at(2026, 3, 9), at(2026, 3, 9, 10),
             "2026-03-30", at(2026, 3, 30, 23, 30)});
        // d9: last minute of the month; running, due on the as-of day itself: not overdue.
        add({kGridA1, "debt", "routed", "", 2, at(2026, 3, 31, 23, 59), at(2026, 4, 1, 9),
             "2026-04-10", {}});
        // d10: tombstoned, would otherwise be counted (and overdue).
        add({kGridA1, "neighbour", "closed", "resolved", 2, at(2026, 3, 10), at(2026, 3, 10, 10),
             "2026-03-05", at(2026, 3, 11), 0, true});
        // d11: first minute of April: not in March.
        add({kGridA1, "neighbour", "mediating", "", 2, at(2026, 4, 1, 0, 0), at(2026, 4, 1, 10),
             "2026-04-02", {}});
        // d12: resolved half an hour into the day after its deadline: overdue.
        add({kGridB1, "land", "closed", "resolved", 2, at(2026, 3, 12), at(2026, 3, 12, 10),
             "2026-03-31", at(2026, 4, 1, 0, 30)});

        // February 2026.
        add({kGridA1, "neighbour", "closed", "resolved", 2, at(2026, 2, 10), at(2026, 2, 10, 10),
             "2026-02-20", at(2026, 2, 12)});
        add({kGridB1, "labour_wage", "failed", "failed", 1, at(2026, 2, 28, 23),
             at(2026, 3, 1, 10), "2026-03-10", {}});

        // March 2025.
        add({kGridA1, "neighbour", "closed", "resolved", 2, at(2025, 3, 3), at(2025, 3, 3, 10),
             "2025-03-10", at(2025, 3, 5)});
        add({kGridA2, "land", "closed", "resolved", 1, at(2025, 3, 4), at(2025, 3, 4, 10),
             "2025-03-10", at(2025, 3, 8)});
        add({kGridB1, "labour_wage", "closed", "resolved", 2, at(2025, 3, 5), at(2025, 3, 5, 10),
             "2025-03-15", at(2025, 3, 20)});
        add({kGridB1, "debt", "failed", "failed", 2, at(2025, 3, 6), at(2025, 3, 6, 10),
             "2025-03-20", {}});
        add({kGridB1, "neighbour", "accepted", "", 2, at(2025, 3, 7), at(2025, 3, 7, 10),
             "2025-03-20", {}});
    }

    Database &db() { return *m_db; }

    DisputeStats stats(const QString &code, const StatsPeriod &period,
                       QDate asOf = QDate(2026, 4, 10))
    {
        const std::optional<DisputeStats> s =
            DisputeStatsRepository(*m_db).stats(code, period, asOf);
        REQUIRE(s);
        return *s;
    }

private:
    void region(const QString &code, const QString &name, int level, const QString &parent)
    {
        QSqlQuery q = m_db->prepare(QStringLiteral(
            "INSERT INTO region (id, code, name, level, parent_code, rev, origin, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 1, 'test', 0)"));
        q.addBindValue(QStringLiteral("region-") + code);
        q.addBindValue(code);
        q.addBindValue(name);
        q.addBindValue(level);
        q.addBindValue(parent.isEmpty() ? QVariant() : QVariant(parent));
        Database::exec(q);
    }

    void add(const DisputeSpec &d)
    {
        const int n = ++m_serial;
        QSqlQuery q = m_db->prepare(QStringLiteral(
            "INSERT INTO dispute (id, case_no, title, category, source, status, level, grid_code, "
            "  reported_at, accepted_at, due_on, resolved_at, outcome, escalations, deleted, rev, "
            "  origin, updated_at) "
            "VALUES (?, ?, ?, ?, 'walk_in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'test', 0)"));
        q.addBindValue(QStringLiteral("dispute-%1").arg(n));
        q.addBindValue(QStringLiteral("T-%1").arg(n));
        q.addBindValue(QStringLiteral("case %1").arg(n));
        q.addBindValue(d.category);
        q.addBindValue(d.status);
        q.addBindValue(d.level);
        q.addBindValue(d.grid);
        q.addBindValue(d.reported.toMSecsSinceEpoch());
        q.addBindValue(msOrNull(d.accepted));
        q.addBindValue(d.dueOn.isEmpty() ? QVariant() : QVariant(d.dueOn));
        q.addBindValue(msOrNull(d.resolved));
        q.addBindValue(d.outcome);
        q.addBindValue(d.escalations);
        q.addBindValue(d.deleted ? 1 : 0);
        Database::exec(q);
    }

    TempStore m_tmp;
    std::unique_ptr<Database> m_db;
    int m_serial = 0;
};

const DisputeCategoryStats &categoryRow(const DisputeStats &s, const char *key)
{
    for (const DisputeCategoryStats &row : s.byCategory) {
        if (row.category == QLatin1String(key))
            return row;
    }
    FAIL("no row for category " << key);
    return s.byCategory.constFirst();
}

const DisputeRegionStats &regionRow(const DisputeStats &s, const QString &code)
{
    for (const DisputeRegionStats &row : s.byRegion) {
        if (row.code == code)
            return row;
    }
    FAIL("no row for region " << code.toStdString());
    return s.byRegion.constFirst();
}

template<typename Rows>
DisputeFigures sumOf(const Rows &rows, DisputeFigures ComparedDisputeFigures::*slot)
{
    DisputeFigures sum;
    for (const auto &row : rows)
        sum += row.*slot;
    return sum;
}

// Every figure of the hand-built March 2026, checked one by one.
void checkMarch(SmallCounty &county)
{
    const DisputeStats s = county.stats(kCounty, StatsPeriod::month(2026, 3));
    const DisputeFigures &f = s.current;
    CHECK(s.regionName == QStringLiteral("测试县"));
    CHECK(s.regionLevel == RegionLevel::County);
    CHECK(f.reported == 10);
    CHECK(f.accepted == 9);
    CHECK(f.resolved == 4);
    CHECK(f.failed == 1);
    CHECK(f.referred == 1);
    CHECK(f.withdrawn == 1);
    REQUIRE(f.successRate());
    CHECK(*f.successRate() == Approx(4.0 / 6.0));
    CHECK(f.overdue == 3);
    CHECK(f.escalated == 3);

    // 小事不出村: of the four resolved, two at village, one at township, one at county level.
    CHECK(f.resolvedAt(DisputeLevel::Village) == 2);
    CHECK(f.resolvedAt(DisputeLevel::Township) == 1);
    CHECK(f.resolvedAt(DisputeLevel::County) == 1);
    CHECK(*f.resolvedShare(DisputeLevel::Village) == Approx(0.5));
    CHECK(*f.resolvedShare(DisputeLevel::Township) == Approx(0.25));
    CHECK(*f.resolvedShare(DisputeLevel::County) == Approx(0.25));
    CHECK(*f.resolvedTownshipOrBelowShare() == Approx(0.75));

    const DisputeCategoryStats &neighbour = categoryRow(s, "neighbour");
    CHECK(neighbour.current.reported == 3);
    CHECK(neighbour.current.resolved == 2);
    CHECK(*neighbour.current.successRate() == Approx(1.0));
    CHECK(neighbour.current.overdue == 1);
    CHECK(neighbour.current.escalated == 1);
    const DisputeCategoryStats &land = categoryRow(s, "land");
    CHECK(land.current.reported == 3);
    CHECK(land.current.resolved == 1);
    CHECK(*land.current.successRate() == Approx(1.0 / 3.0));
    CHECK(land.current.overdue == 1);
    CHECK(land.current.escalated == 1);
    // Nothing ended in resolved, failed or referred: no success rate at all, not 0 %.
    const DisputeCategoryStats &wages = categoryRow(s, "labour_wage");
    CHECK(wages.current.reported == 2);
    CHECK(wages.current.accepted == 1);
    CHECK_FALSE(wages.current.successRate().has_value());
    CHECK(wages.current.overdue == 1);
    const DisputeCategoryStats &debt = categoryRow(s, "debt");
    CHECK(debt.current.reported == 2);
    CHECK(debt.current.overdue == 0);
    CHECK(categoryRow(s, "medical").current == DisputeFigures());

    REQUIRE(s.byRegion.size() == 2);
    const DisputeRegionStats &a = regionRow(s, kTownA);
    CHECK(a.name == QStringLiteral("甲镇"));
    CHECK(a.current.reported == 5);
    CHECK(a.current.resolved == 2);
    CHECK(*a.current.successRate() == Approx(0.5));
    CHECK(a.current.overdue == 1);
    CHECK(a.current.escalated == 2);
    const DisputeRegionStats &b = regionRow(s, kTownB);
    CHECK(b.current.reported == 5);
    CHECK(b.current.resolved == 2);
    CHECK(*b.current.successRate() == Approx(1.0));
    CHECK(b.current.overdue == 2);
    CHECK(b.current.escalated == 1);

    // The rows of each breakdown add up to the totals, in every period.
    for (auto slot : {&ComparedDisputeFigures::current, &ComparedDisputeFigures::previous,
                      &ComparedDisputeFigures::yearBefore}) {
        CHECK(sumOf(s.byRegion, slot) == s.*slot);
        CHECK(sumOf(s.byCategory, slot) == s.*slot);
    }
}

} // namespace

TEST_CASE("A statistics period knows its previous period and the year before", "[stats]")
{
    const StatsPeriod march = StatsPeriod::month(2026, 3);
    CHECK(march.from() == QDate(2026, 3, 1));
    CHECK(march.to() == QDate(2026, 3, 31));
    CHECK(march.isCalendarMonth());
    CHECK(march.previous() == StatsPeriod::month(2026, 2));
    CHECK(march.yearBefore() == StatsPeriod::month(2025, 3));
    CHECK(StatsPeriod::month(2026, 1).previous() == StatsPeriod::month(2025, 12));
    CHECK(StatsPeriod::month(2024, 3).previous().days() == 29);
    CHECK(StatsPeriod::month(2024, 2).yearBefore() == StatsPeriod::month(2023, 2));
    CHECK(StatsPeriod::month(2025, 2).yearBefore().to() == QDate(2024, 2, 29));

    // Not a month: the same number of days just before; the same days a year earlier.
    const StatsPeriod tenDays(QDate(2026, 3, 10), QDate(2026, 3, 19));
    CHECK_FALSE(tenDays.isCalendarMonth());
    CHECK(tenDays.days() == 10);
    CHECK(tenDays.previous() == StatsPeriod(QDate(2026, 2, 28), QDate(2026, 3, 9)));
    CHECK(tenDays.yearBefore() == StatsPeriod(QDate(2025, 3, 10), QDate(2025, 3, 19)));

    // Whole months: the same number of months before (a quarter against the quarter before).
    const StatsPeriod quarter(QDate(2026, 4, 1), QDate(2026, 6, 30));
    CHECK(quarter.wholeMonths() == 3);
    CHECK(quarter.previous() == StatsPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31)));

    CHECK_FALSE(StatsPeriod(QDate(2026, 3, 2), QDate(2026, 3, 1)).isValid());
    CHECK_FALSE(StatsPeriod::month(2026, 13).isValid());
    const StatsPeriod oneDay(QDate(2026, 3, 1), QDate(2026, 3, 1));
    CHECK(oneDay.endMs() - oneDay.startMs() == 24 * 3600 * 1000);
    CHECK(oneDay.startMs() == QDateTime(QDate(2026, 3, 1), QTime(0, 0)).toMSecsSinceEpoch());
}

TEST_CASE("Changes are absolute and relative, with no relative change from a zero base",
          "[stats]")
{
    DisputeFigures now;
    now.reported = 12;
    now.resolved = 3;
    now.failed = 1;
    DisputeFigures before;
    before.reported = 8;
    const StatsChange grew = StatsChange::of(DisputeFigure::New, now, before);
    CHECK(*grew.absolute() == Approx(4));
    CHECK(*grew.relative() == Approx(0.5));
    const StatsChange fromZero = StatsChange::of(DisputeFigure::Resolved, now, before);
    CHECK(*fromZero.absolute() == Approx(3));
    CHECK_FALSE(fromZero.relative().has_value());
    // A rate without a base rate has no change at all.
    const StatsChange rate = StatsChange::of(DisputeFigure::SuccessRate, now, before);
    CHECK(*rate.current == Approx(0.75));
    CHECK_FALSE(rate.absolute().has_value());
    CHECK_FALSE(rate.relative().has_value());
    CHECK(rate.toJson().value(QStringLiteral("absolute")).isNull());
}

TEST_CASE("Dispute statistics count each figure over the disputes reported in the period",
          "[stats]")
{
    SmallCounty county;
    checkMarch(county);
}

TEST_CASE("Days are local days in any time zone, daylight saving included", "[stats]")
{
    // New York moves its clocks on 8 March 2026; Shanghai never does.
    for (const char *zone : {"Asia/Shanghai", "America/New_York", "UTC"}) {
        INFO("TZ=" << zone);
        TimeZoneGuard guard(zone);
        SmallCounty county;
        checkMarch(county);
    }
}

TEST_CASE("Overdue counts running cases against the as-of day", "[stats]")
{
    SmallCounty county;
    const StatsPeriod march = StatsPeriod::month(2026, 3);
    // d5 (due 03-25) is still mediating; d9 (due 04-10) is routed.
    CHECK(county.stats(kCounty, march, QDate(2026, 3, 25)).current.overdue == 2);   // d2, d12
    CHECK(county.stats(kCounty, march, QDate(2026, 3, 26)).current.overdue == 3);   // + d5
    CHECK(county.stats(kCounty, march, QDate(2026, 4, 10)).current.overdue == 3);
    CHECK(county.stats(kCounty, march, QDate(2026, 4, 11)).current.overdue == 4);   // + d9
}

TEST_CASE("Statistics compare with the previous month and the same month a year earlier",
          "[stats]")
{
    SmallCounty county;
    const DisputeStats s = county.stats(kCounty, StatsPeriod::month(2026, 3));

    CHECK(s.previous.reported == 2);
    CHECK(s.previous.resolved == 1);
    CHECK(s.previous.failed == 1);
    CHECK(*s.previous.successRate() == Approx(0.5));
    CHECK(s.previous.overdue == 0);
    CHECK(s.previous.escalated == 0);

    CHECK(s.yearBefore.reported == 5);
    CHECK(s.yearBefore.accepted == 5);
    CHECK(s.yearBefore.resolved == 3);
    CHECK(*s.yearBefore.successRate() == Approx(0.75));
    CHECK(s.yearBefore.overdue == 2);
    CHECK(s.yearBefore.resolvedAt(DisputeLevel::Village) == 2);
    CHECK(s.yearBefore.resolvedAt(DisputeLevel::Township) == 1);

    const StatsChange mom = s.changeFromPrevious(DisputeFigure::New);
    CHECK(*mom.absolute() == Approx(8));
    CHECK(*mom.relative() == Approx(4.0));
    CHECK(*s.changeFromPrevious(DisputeFigure::SuccessRate).absolute() == Approx(4.0 / 6 - 0.5));
    CHECK_FALSE(s.changeFromPrevious(DisputeFigure::Escalated).relative().has_value());
    const StatsChange yoy = s.changeFromYearBefore(DisputeFigure::New);
    CHECK(*yoy.absolute() == Approx(5));
    CHECK(*yoy.relative() == Approx(1.0));
    CHECK(*s.changeFromYearBefore(DisputeFigure::SuccessRate).relative()
          == Approx((4.0 / 6 - 0.75) / 0.75));
    CHECK(*s.changeFromYearBefore(DisputeFigure::Overdue).relative() == Approx(0.5));

    const DisputeCategoryStats &neighbour = categoryRow(s, "neighbour");
    CHECK(neighbour.previous.reported == 1);
    CHECK(neighbour.yearBefore.reported == 2);
    CHECK(*neighbour.changeFromPrevious(DisputeFigure::New).relative() == Approx(2.0));
    CHECK(regionRow(s, kTownB).previous.reported == 1);
    CHECK(regionRow(s, kTownB).yearBefore.reported == 3);

    // A month with nothing reported: zeros, and no rates.
    const DisputeStats empty = county.stats(kCounty, StatsPeriod::month(2026, 1));
    CHECK(empty.current == DisputeFigures());
    CHECK_FALSE(empty.current.successRate().has_value());
    CHECK_FALSE(empty.current.resolvedShare(DisputeLevel::Village).has_value());
}

TEST_CASE("A region's statistics cover only its own disputes", "[stats]")
{
    SmallCounty county;
    const StatsPeriod march = StatsPeriod::month(2026, 3);

    const DisputeStats a = county.stats(kTownA, march);
    CHECK(a.regionLevel == RegionLevel::Township);
    CHECK(a.current.reported == 5);
    CHECK(a.current.resolved == 2);
    CHECK(a.current.overdue == 1);
    CHECK(a.current.escalated == 2);
    CHECK(a.previous.reported == 1);
    CHECK(a.yearBefore.reported == 2);
    CHECK(categoryRow(a, "labour_wage").current.reported == 0);   // only township B has these
    // Its villages, the one without disputes included.
    REQUIRE(a.byRegion.size() == 3);
    CHECK(a.byRegion.at(0).code == kVillageA1);
    CHECK(a.byRegion.at(0).current.reported == 3);
    CHECK(a.byRegion.at(1).code == kVillageA2);
    CHECK(a.byRegion.at(1).current.reported == 2);
    CHECK(a.byRegion.at(2).code == kVillageA3);
    CHECK(a.byRegion.at(2).current == DisputeFigures());
    CHECK(sumOf(a.byRegion, &ComparedDisputeFigures::current) == a.current);

    const DisputeStats village = county.stats(kVillageA1, march);
    CHECK(village.current.reported == 3);
    REQUIRE(village.byRegion.size() == 1);
    CHECK(village.byRegion.at(0).code == kGridA1);
    CHECK(village.byRegion.at(0).current == village.current);

    const DisputeStats grid = county.stats(kGridB1, march);
    CHECK(grid.current.reported == 5);
    CHECK(grid.byRegion.isEmpty());
    CHECK_FALSE(grid.childLevel().has_value());

    CHECK_FALSE(DisputeStatsRepository(county.db())
                    .stats(QStringLiteral("990199999000"), march, QDate(2026, 4, 10))
                    .has_value());
}

TEST_CASE("The report lists hold the major and the overdue cases the statistics count",
          "[stats]")
{
    SmallCounty county;
    // d5 (still mediating past its deadline) and d7 (withdrawn) are major.
    QSqlQuery q = county.db().prepare(
        QStringLiteral("UPDATE dispute SET is_major = 1 WHERE case_no IN ('T-5', 'T-7')"));
    Database::exec(q);
    const StatsPeriod march = StatsPeriod::month(2026, 3);
    const QDate asOf(2026, 4, 10);
    const std::optional<DisputeReportLists> lists =
        DisputeStatsRepository(county.db()).lists(kCounty, march, asOf);
    REQUIRE(lists);

    // Major ones in report order, whether overdue or not.
    REQUIRE(lists->major.size() == 2);
    CHECK(lists->major.at(0).caseNo == QStringLiteral("T-5"));
    CHECK(lists->major.at(0).overdue);
    CHECK(lists->major.at(1).caseNo == QStringLiteral("T-7"));
    CHECK(lists->major.at(1).status == QStringLiteral("withdrawn"));
    CHECK_FALSE(lists->major.at(1).overdue);
    CHECK(lists->major.at(1).dueOn == QDate(2026, 3, 18));

    // Overdue ones, most days first: d5 to the as-of day, d2 and d12 to the day resolved.
    REQUIRE(lists->overdue.size() == 3);
    CHECK(lists->overdue.size()
          == county.stats(kCounty, march, asOf).current.overdue);
    const DisputeListedCase &d5 = lists->overdue.at(0);
    CHECK(d5.caseNo == QStringLiteral("T-5"));
    CHECK(d5.daysOverdue == 16);
    CHECK(d5.resolvedAt == 0);
    CHECK(d5.category == QStringLiteral("labour_wage"));
    CHECK(d5.level == 0);
    CHECK(d5.townshipName == QStringLiteral("乙乡"));
    CHECK(d5.villageName == QStringLiteral("乙一村"));
    const DisputeListedCase &d2 = lists->overdue.at(1);
    CHECK(d2.caseNo == QStringLiteral("T-2"));
    CHECK(d2.title == QStringLiteral("case 2"));
    CHECK(d2.daysOverdue == 8);
    CHECK(d2.outcome == QStringLiteral("resolved"));
    CHECK(d2.reportedAt == at(2026, 3, 3).toMSecsSinceEpoch());
    CHECK(d2.resolvedAt == at(2026, 3, 20, 10).toMSecsSinceEpoch());
    CHECK(d2.townshipName == QStringLiteral("甲镇"));
    CHECK(d2.villageName == QStringLiteral("甲一村"));
    CHECK(lists->overdue.at(2).caseNo == QStringLiteral("T-12"));
    CHECK(lists->overdue.at(2).daysOverdue == 1);

    // A township's lists hold only its own cases.
    const std::optional<DisputeReportLists> townA =
        DisputeStatsRepository(county.db()).lists(kTownA, march, asOf);
    REQUIRE(townA);
    CHECK(townA->major.isEmpty());
    REQUIRE(townA->overdue.size() == 1);
    CHECK(townA->overdue.at(0).caseNo == QStringLiteral("T-2"));
}

TEST_CASE("Dispute statistics as JSON have the shape the CLI prints", "[stats]")
{
    SmallCounty county;
    const QJsonObject o = county.stats(kCounty, StatsPeriod::month(2026, 3)).toJson();
    for (const char *key : {"new", "accepted", "resolved", "failed", "referred", "withdrawn",
                            "success_rate", "overdue", "escalated", "by_level", "by_category",
                            "by_region", "period", "as_of", "region", "previous", "year_before",
                            "change"}) {
        INFO(key);
        CHECK(o.contains(QLatin1String(key)));
    }
    CHECK(o.value(QStringLiteral("new")).toInt() == 10);
    CHECK(o.value(QStringLiteral("success_rate")).toDouble() == Approx(0.6667));
    const QJsonObject byLevel = o.value(QStringLiteral("by_level")).toObject();
    CHECK(byLevel.value(QStringLiteral("village")).toInt() == 2);
    CHECK(byLevel.value(QStringLiteral("village_share")).toDouble() == Approx(0.5));
    CHECK(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("from")).toString()
          == QStringLiteral("2026-03-01"));
    CHECK(o.value(QStringLiteral("region")).toObject().value(QStringLiteral("code")).toString()
          == kCounty);
    const QJsonObject previous = o.value(QStringLiteral("previous")).toObject();
    CHECK(previous.value(QStringLiteral("new")).toInt() == 2);
    const QJsonObject previousPeriod = previous.value(QStringLiteral("period")).toObject();
    CHECK(previousPeriod.value(QStringLiteral("to")).toString() == QStringLiteral("2026-02-28"));
    const QJsonObject yearBefore = o.value(QStringLiteral("year_before")).toObject();
    CHECK(yearBefore.value(QStringLiteral("new")).toInt() == 5);

    const QJsonObject change = o.value(QStringLiteral("change")).toObject();
    const QJsonObject newVsPrevious = change.value(QStringLiteral("previous")).toObject()
                                          .value(QStringLiteral("new")).toObject();
    CHECK(newVsPrevious.value(QStringLiteral("base")).toInt() == 2);
    CHECK(newVsPrevious.value(QStringLiteral("absolute")).toInt() == 8);
    CHECK(newVsPrevious.value(QStringLiteral("relative")).toDouble() == Approx(4.0));
    CHECK(change.value(QStringLiteral("previous")).toObject().value(QStringLiteral("escalated"))
              .toObject().value(QStringLiteral("relative")).isNull());

    const QJsonArray categories = o.value(QStringLiteral("by_category")).toArray();
    CHECK(categories.size() == disputeCategories().size());
    for (const QJsonValue &v : categories) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("category")).toString() == QLatin1String("labour_wage")) {
            CHECK(row.value(QStringLiteral("new")).toInt() == 2);
            CHECK(row.value(QStringLiteral("success_rate")).isNull());
        }
    }
    const QJsonArray regions = o.value(QStringLiteral("by_region")).toArray();
    REQUIRE(regions.size() == 2);
    CHECK(regions.at(0).toObject().value(QStringLiteral("code")).toString() == kTownA);
    CHECK(regions.at(0).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("甲镇"));
    CHECK(regions.at(0).toObject().value(QStringLiteral("new")).toInt()
              + regions.at(1).toObject().value(QStringLiteral("new")).toInt()
          == 10);
}

TEST_CASE("On the demo county the one-pass statistics agree with plain counts", "[stats][demo]")
{
    TempStore tmp;
    {
        auto file = Database::open(tmp.path());
        DemoOptions options;
        options.scale = 0.2;
        DemoGenerator(*file).generate(options);
    }
    auto db = storetest::storeFrom(tmp.path());
    DisputeStatsRepository repo(*db);
    RegionRepository regions(*db);
    const std::optional<Region> county = regions.county();
    REQUIRE(county);
    // The demo history ends on 2026-11-15.
    const StatsPeriod october = StatsPeriod::month(2026, 10);
    const QDate asOf(2026, 11, 15);

    const std::optional<DisputeStats> s = repo.stats(county->code, october, asOf);
    REQUIRE(s);
    CHECK(s->current.reported > 50);
    CHECK(s->previous.reported > 50);
    CHECK(s->yearBefore.reported > 50);
    CHECK(s->current.resolved > 0);
    CHECK(s->current.overdue > 0);
    CHECK(s->current.escalated > 0);

    // Independent counts straight from the table.
    // `binds` are the values of the condition's own placeholders.
    auto count = [&](const QString &condition, const StatsPeriod &p,
                     const QVariantList &binds = {}) {
        QSqlQuery q = db->prepare(
            QStringLiteral("SELECT count(*) FROM dispute WHERE deleted = 0 AND reported_at >= ? "
                           "AND reported_at < ? AND %1").arg(condition));
        q.addBindValue(QDateTime(p.from(), QTime(0, 0)).toMSecsSinceEpoch());
        q.addBindValue(QDateTime(p.to().addDays(1), QTime(0, 0)).toMSecsSinceEpoch());
        for (const QVariant &v : binds)
            q.addBindValue(v);
        Database::exec(q);
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    CHECK(s->current.reported == count(QStringLiteral("1 = 1"), october));
    CHECK(s->current.resolved == count(QStringLiteral("outcome = 'resolved'"), october));
    CHECK(s->current.escalated == count(QStringLiteral("escalations > 0"), october));
    CHECK(s->current.resolvedAt(DisputeLevel::Village)
          == count(QStringLiteral("outcome = 'resolved' AND level = 2"), october));
    // The local day a case was resolved on: SQLite's 'localtime', or this machine's time zone
    // on PostgreSQL.
    const QString resolvedDay = storetest::kOnPostgres
        ? QStringLiteral("to_char(to_timestamp(resolved_at / 1000) AT TIME ZONE ?, 'YYYY-MM-DD')")
        : QStringLiteral("date(resolved_at / 1000, 'unixepoch', 'localtime')");
    const QVariantList zone = storetest::kOnPostgres
        ? QVariantList {QString::fromUtf8(QTimeZone::systemTimeZoneId())}
        : QVariantList {};
    CHECK(s->current.overdue
          == count(QStringLiteral("((resolved_at IS NOT NULL AND %1 > due_on) OR (resolved_at "
                                  "IS NULL AND status IN ('accepted', 'routed', 'mediating') "
                                  "AND due_on < '2026-11-15'))")
                       .arg(resolvedDay),
                   october, zone));
    CHECK(s->previous.reported == count(QStringLiteral("1 = 1"), StatsPeriod::month(2026, 9)));
    CHECK(s->yearBefore.reported == count(QStringLiteral("1 = 1"), StatsPeriod::month(2025, 10)));

    // Every township's row is that township's own statistics, and the rows add up.
    CHECK(sumOf(s->byRegion, &ComparedDisputeFigures::current) == s->current);
    CHECK(sumOf(s->byCategory, &ComparedDisputeFigures::current) == s->current);
    REQUIRE(s->byRegion.size() >= 2);
    const DisputeRegionStats &first = s->byRegion.constFirst();
    const std::optional<DisputeStats> township = repo.stats(first.code, october, asOf);
    REQUIRE(township);
    CHECK(township->current == first.current);
    CHECK(township->previous == first.previous);
    CHECK(township->yearBefore == first.yearBefore);

    // The statement-per-figure way gives the same figures, row by row.
    int statements = 0;
    const std::optional<DisputeStats> slow =
        repo.statsByCountQueries(county->code, october, asOf, &statements);
    REQUIRE(slow);
    CHECK(statements == 3 * 11 * (1 + int(disputeCategories().size()) + int(s->byRegion.size())));
    CHECK(slow->current == s->current);
    CHECK(slow->previous == s->previous);
    CHECK(slow->yearBefore == s->yearBefore);
    REQUIRE(slow->byCategory.size() == s->byCategory.size());
    for (qsizetype i = 0; i < s->byCategory.size(); ++i) {
        INFO(s->byCategory.at(i).category.toStdString());
        CHECK(slow->byCategory.at(i).current == s->byCategory.at(i).current);
        CHECK(slow->byCategory.at(i).yearBefore == s->byCategory.at(i).yearBefore);
    }
    REQUIRE(slow->byRegion.size() == s->byRegion.size());
    for (qsizetype i = 0; i < s->byRegion.size(); ++i) {
        INFO(s->byRegion.at(i).code.toStdString());
        CHECK(slow->byRegion.at(i).current == s->byRegion.at(i).current);
        CHECK(slow->byRegion.at(i).previous == s->byRegion.at(i).previous);
    }
}
