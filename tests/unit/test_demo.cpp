#include <catch2/catch.hpp>

#include "testsupport.h"

#include "demo/demogenerator.h"
#include "demo/demopeople.h"
#include "domain/dispute.h"
#include "domain/disputeworkflow.h"
#include "domain/region.h"
#include "geo/geometry.h"
#include "geo/voronoi.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <iostream>
#include <map>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// One demo county at scale 1, generated once for all the test cases that only read it.
struct DemoCounty
{
    TempStore tmp;
    QString path;
    DemoGenerator::Result result;
    qint64 elapsedMs = 0;

    DemoCounty()
    {
        path = tmp.path(QStringLiteral("demo.db"));
        auto db = Database::open(path);
        QElapsedTimer timer;
        timer.start();
        result = DemoGenerator(*db).generate(DemoOptions());
        elapsedMs = timer.elapsed();
        std::cout << "demo county at scale 1 generated in " << elapsedMs << " ms ("
                  << result.regions << " regions, " << result.disputes << " disputes, "
                  << result.events << " events, " << result.surveyResponses
                  << " survey responses)" << std::endl;
    }
    std::unique_ptr<Database> open() const { return Database::open(path); }
};

const DemoCounty &county()
{
    static DemoCounty instance;
    return instance;
}

QByteArray digestOf(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT code, name, population, households, length(geom) FROM region ORDER BY code"));
    Database::exec(q);
    while (q.next()) {
        for (int i = 0; i < 5; ++i)
            hash.addData(q.value(i).toString().toUtf8() + '|');
    }
    QSqlQuery d = db.prepare(QStringLiteral(
        "SELECT case_no, title, summary, status, reported_at FROM dispute ORDER BY case_no"));
    Database::exec(d);
    while (d.next()) {
        for (int i = 0; i < 5; ++i)
            hash.addData(d.value(i).toString().toUtf8() + '|');
    }
    QSqlQuery s = db.prepare(QStringLiteral(
        "SELECT respondent_key, region_code, security FROM survey_response ORDER BY rid"));
    Database::exec(s);
    while (s.next()) {
        for (int i = 0; i < 3; ++i)
            hash.addData(s.value(i).toString().toUtf8() + '|');
    }
    return hash.result().toHex();
}

struct StoredRegion
{
    QString code;
    QString parent;
    int level = 0;
    qint64 population = 0;
    geo::MultiPolygon shape;
    geo::Box box;
    double area = 0;   // square degrees
};

std::vector<StoredRegion> loadRegions(Database &db)
{
    std::vector<StoredRegion> out;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT code, parent_code, level, population, geom FROM region ORDER BY code"));
    Database::exec(q);
    while (q.next()) {
        StoredRegion r;
        r.code = q.value(0).toString();
        r.parent = q.value(1).toString();
        r.level = q.value(2).toInt();
        r.population = q.value(3).toLongLong();
        REQUIRE(geo::fromWkb(q.value(4).toByteArray(), &r.shape));
        bg::envelope(r.shape, r.box);
        r.area = bg::area(r.shape);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

TEST_CASE("The dispute workflow is a table that refuses illegal actions", "[demo][workflow]")
{
    using S = DisputeStatus;
    using A = DisputeAction;
    CHECK(DisputeWorkflow::apply(std::nullopt, A::Report) == S::Reported);
    CHECK_FALSE(DisputeWorkflow::apply(std::nullopt, A::Accept));
    CHECK(DisputeWorkflow::apply(S::Reported, A::Accept) == S::Accepted);
    CHECK(DisputeWorkflow::apply(S::Accepted, A::Route) == S::Routed);
    CHECK(DisputeWorkflow::apply(S::Routed, A::StartMediation) == S::Mediating);
    CHECK(DisputeWorkflow::apply(S::Mediating, A::Resolve) == S::Resolved);
    CHECK(DisputeWorkflow::apply(S::Mediating, A::Fail) == S::Failed);
    CHECK(DisputeWorkflow::apply(S::Failed, A::Refer) == S::Referred);
    CHECK(DisputeWorkflow::apply(S::Mediating, A::Escalate) == S::Accepted);
    CHECK(DisputeWorkflow::apply(S::Resolved, A::FollowUp) == S::FollowedUp);
    CHECK(DisputeWorkflow::apply(S::FollowedUp, A::Close) == S::Closed);
    CHECK(DisputeWorkflow::apply(S::Mediating, A::Withdraw) == S::Withdrawn);

    // Illegal: skipping steps, acting on finished cases, reporting twice.
    CHECK_FALSE(DisputeWorkflow::apply(S::Reported, A::Resolve));
    CHECK_FALSE(DisputeWorkflow::apply(S::Reported, A::Report));
    CHECK_FALSE(DisputeWorkflow::apply(S::Closed, A::Close));
    CHECK_FALSE(DisputeWorkflow::apply(S::Withdrawn, A::Reopen));
    CHECK_FALSE(DisputeWorkflow::apply(S::Closed, A::Withdraw));
    CHECK_FALSE(DisputeWorkflow::isAllowed(S::Accepted, A::StartMediation));
    CHECK(DisputeWorkflow::allowedActions(S::Withdrawn) == QList<A>{A::Comment});
    CHECK(DisputeWorkflow::allowedActions(S::Mediating).contains(A::Resolve));
    CHECK(DisputeWorkflow::find(S::Mediating, A::Escalate)->to == S::Accepted);

    // Every action has a key that reads back; every status can be reached.
    QSet<int> reached;
    for (const DisputeTransition &t : DisputeWorkflow::transitions()) {
        DisputeAction back;
        REQUIRE(DisputeWorkflow::actionFromKey(DisputeWorkflow::actionKey(t.action), &back));
        CHECK(back == t.action);
        reached.insert(int(t.to));
    }
    CHECK(reached.size() == 10);

    CHECK(DisputeWorkflow::isLegalPath({{A::Report, S::Reported}, {A::Accept, S::Accepted},
                                        {A::Route, S::Routed}}));
    CHECK_FALSE(DisputeWorkflow::isLegalPath({{A::Accept, S::Accepted}}));
    CHECK_FALSE(DisputeWorkflow::isLegalPath({{A::Report, S::Accepted}}));
}

TEST_CASE("Deadlines count Monday to Friday", "[demo][workflow]")
{
    const QDate friday(2026, 11, 13);
    REQUIRE(friday.dayOfWeek() == 5);
    CHECK(WorkingDays::add(friday, 1) == QDate(2026, 11, 16));
    CHECK(WorkingDays::add(friday, 5) == QDate(2026, 11, 20));
    CHECK(WorkingDays::add(QDate(2026, 11, 15), 7) == QDate(2026, 11, 24));   // from a Sunday
    CHECK(WorkingDays::defaultDeadlineDays(QStringLiteral("general")) == 7);
    CHECK(WorkingDays::defaultDeadlineDays(QStringLiteral("complex")) == 15);
    CHECK(WorkingDays::defaultDeadlineDays(QStringLiteral("major")) == 30);
}

TEST_CASE("ID-card numbers carry the GB 11643 check character", "[demo]")
{
    CHECK(isValidIdCard(QStringLiteral("11010519491231002X")));
    CHECK_FALSE(isValidIdCard(QStringLiteral("110105194912310021")));
    CHECK_FALSE(isValidIdCard(QStringLiteral("11010519491331002X")));   // month 13
    CHECK(chineseNumber(1) == QStringLiteral("一"));
    CHECK(chineseNumber(12) == QStringLiteral("十二"));
    CHECK(chineseNumber(40) == QStringLiteral("四十"));
    CHECK(chineseNumber(105) == QStringLiteral("一百零五"));
}

TEST_CASE("Unions of Voronoi cells tile without gaps or overlaps", "[demo][geo]")
{
    std::vector<geo::Point> sites;
    for (int i = 0; i < 60; ++i)
        sites.emplace_back(std::fmod(i * 7.31, 10.0), std::fmod(i * 3.77 + i * i * 0.013, 10.0));
    const geo::VoronoiTessellation cells(sites, geo::Box(geo::Point(0, 0), geo::Point(10, 10)));
    std::vector<int> even, odd, all;
    double sum = 0;
    for (size_t i = 0; i < sites.size(); ++i) {
        REQUIRE(cells.hasCell(i));
        CHECK(bg::is_valid(cells.cell(i)));
        CHECK(bg::covered_by(sites[i], cells.cell(i)));
        sum += bg::area(cells.cell(i));
        (i % 3 ? even : odd).push_back(int(i));
        all.push_back(int(i));
    }
    const geo::MultiPolygon a = cells.unite(even), b = cells.unite(odd), whole = cells.unite(all);
    CHECK(bg::is_valid(a));
    CHECK(bg::is_valid(b));
    CHECK(bg::is_valid(whole));
    CHECK(whole.size() == 1);
    CHECK(whole[0].inners().empty());
    CHECK(bg::area(a) + bg::area(b) == Approx(bg::area(whole)).epsilon(1e-12));
    CHECK(bg::area(whole) == Approx(sum).epsilon(1e-12));
    geo::MultiPolygon overlap;
    bg::intersection(a, b, overlap);
    CHECK(bg::area(overlap) < 1e-9 * bg::area(whole));
}

TEST_CASE("The demo county has the size a county operator expects", "[demo]")
{
    const DemoCounty &c = county();
    REQUIRE(c.result.created);
    CHECK_FALSE(c.result.cancelled);
    auto db = c.open();
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 0")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 1")) >= 15);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 2")) >= 250);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 3")) >= 1200);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region")) == c.result.regions);
    const qint64 people = scalar(*db, QStringLiteral("SELECT population FROM region WHERE level = 0"));
    CHECK(people >= 400000);
    CHECK(people <= 550000);
    const qint64 area = scalar(*db, QStringLiteral("SELECT CAST(area_km2 AS INTEGER) FROM region WHERE level = 0"));
    CHECK(area > 1500);
    CHECK(area < 2200);

    // Townships of all three kinds, urban sub-districts small and dense.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 1 AND kind = '街道'")) >= 3);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 1 AND kind = '镇'")) >= 10);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 1 AND kind = '乡'")) >= 2);
    CHECK(scalar(*db, QStringLiteral(
              "SELECT max(area_km2) < (SELECT min(area_km2) FROM region WHERE level = 1 AND kind = '乡') "
              "FROM region WHERE level = 1 AND kind = '街道'")) == 1);
    CHECK(scalar(*db, QStringLiteral(
              "SELECT min(population / area_km2) > 4 * (SELECT max(population / area_km2) FROM "
              "region WHERE level = 1 AND kind = '乡') FROM region WHERE level = 1 AND kind = '街道'")) == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 2 AND kind = '社区' AND urban = 1")) >= 20);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 2 AND kind = '村' AND urban = 0")) >= 200);

    CHECK(c.result.disputes >= 20000);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute")) == c.result.disputes);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute_event")) == c.result.events);
    CHECK(c.result.events >= 4 * c.result.disputes);
    CHECK(c.result.events <= 7 * c.result.disputes);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM survey_wave")) >= 8);
    CHECK(scalar(*db, QStringLiteral("SELECT min(n) FROM (SELECT count(*) AS n FROM survey_response GROUP BY wave_id)")) >= 4000);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM survey_scheme WHERE is_default = 1")) == 1);

    const qint64 bodies = scalar(*db, QStringLiteral("SELECT count(*) FROM mediation_body"));
    CHECK(bodies >= 80);
    CHECK(bodies <= 140);
    for (const char *kind : {"township_committee", "village_committee", "traffic", "medical",
                             "labour", "property", "petition_office", "court_desk"}) {
        INFO(kind);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM mediation_body WHERE kind = '%1'")
                              .arg(QLatin1String(kind))) >= 1);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM mediation_body b WHERE NOT EXISTS "
                                     "(SELECT 1 FROM person p WHERE p.mediation_body_id = b.id "
                                     "AND p.role = 'mediator')")) == 0);

    const qint64 platforms = scalar(*db, QStringLiteral("SELECT count(*) FROM platform"));
    CHECK(platforms >= 100);
    CHECK(platforms <= 140);
    const qint64 rapid = scalar(*db, QStringLiteral("SELECT count(*) FROM platform WHERE kind = 'rapid_police'"));
    const qint64 patrol = scalar(*db, QStringLiteral("SELECT count(*) FROM platform WHERE kind = 'patrol'"));
    const qint64 watch = scalar(*db, QStringLiteral("SELECT count(*) FROM platform WHERE kind = 'community_watch'"));
    CHECK(rapid > 0);
    CHECK(rapid < patrol);
    CHECK(patrol < watch);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM patrol_shift")) > 2000);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM incident")) > 2000);
}

namespace {

// Every polygon valid; children's areas sum to the parent's; siblings do not overlap.
void checkTiling(Database &db)
{
    const std::vector<StoredRegion> regions = loadRegions(db);
    REQUIRE(regions.size() > 1000);
    QHash<QString, size_t> byCode;
    std::map<QString, std::vector<size_t>> children;
    for (size_t i = 0; i < regions.size(); ++i) {
        byCode.insert(regions[i].code, i);
        if (!regions[i].parent.isEmpty())
            children[regions[i].parent].push_back(i);
    }
    int invalid = 0;
    for (const StoredRegion &r : regions) {
        std::string reason;
        if (!bg::is_valid(r.shape, reason)) {
            if (++invalid < 5)
                UNSCOPED_INFO(r.code.toStdString() << ": " << reason);
        }
    }
    CHECK(invalid == 0);

    using Entry = std::pair<geo::Box, size_t>;
    int badSums = 0, overlaps = 0;
    for (const auto &[parentCode, kids] : children) {
        REQUIRE(byCode.contains(parentCode));
        const StoredRegion &parent = regions[byCode.value(parentCode)];
        double sum = 0;
        for (size_t k : kids)
            sum += regions[k].area;
        if (std::abs(sum - parent.area) > 1e-6 * parent.area) {
            ++badSums;
            UNSCOPED_INFO(parentCode.toStdString() << ": children " << sum << " parent " << parent.area);
        }
        bgi::rtree<Entry, bgi::quadratic<16>> tree;
        for (size_t k : kids)
            tree.insert({regions[k].box, k});
        for (size_t k : kids) {
            std::vector<Entry> hits;
            tree.query(bgi::intersects(regions[k].box), std::back_inserter(hits));
            for (const Entry &h : hits) {
                if (h.second <= k)
                    continue;
                geo::MultiPolygon overlap;
                bg::intersection(regions[k].shape, regions[h.second].shape, overlap);
                if (bg::area(overlap) > 1e-9 * parent.area) {
                    ++overlaps;
                    UNSCOPED_INFO(regions[k].code.toStdString() << " overlaps "
                                  << regions[h.second].code.toStdString());
                }
            }
        }
    }
    CHECK(badSums == 0);
    CHECK(overlaps == 0);
}

} // namespace

TEST_CASE("Demo regions tile their parents with valid polygons", "[demo][geo]")
{
    auto db = county().open();
    checkTiling(*db);
}

// Not run by default: checks a store kept by the timing case (PINGAN_DEMO_OUT).
TEST_CASE("Demo regions of a kept store tile their parents", "[.demo-check]")
{
    auto db = Database::open(qEnvironmentVariable("PINGAN_DEMO_OUT"));
    checkTiling(*db);
}

TEST_CASE("Demo region codes follow the statistical division code", "[demo]")
{
    auto db = county().open();
    QSqlQuery q = db->prepare(QStringLiteral(
        "SELECT r.code, r.level, r.parent_code, p.level, r.population, r.kind, "
        "(SELECT sum(c.population) FROM region c WHERE c.parent_code = r.code), "
        "(SELECT count(*) FROM region c WHERE c.parent_code = r.code) "
        "FROM region r LEFT JOIN region p ON p.code = r.parent_code"));
    Database::exec(q);
    QSet<QString> codes;
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString code = q.value(0).toString();
        const auto level = static_cast<RegionLevel>(q.value(1).toInt());
        INFO(code.toStdString());
        CHECK(RegionCodes::isValid(code));
        CHECK(code.size() == (level == RegionLevel::Grid ? 15 : 12));
        CHECK(RegionCodes::levelOf(code) == level);
        CHECK_FALSE(codes.contains(code));
        codes.insert(code);
        if (level == RegionLevel::County) {
            CHECK(q.value(2).isNull());
        } else {
            const QString parent = q.value(2).toString();
            const auto parentLevel = static_cast<RegionLevel>(q.value(3).toInt());
            CHECK(int(parentLevel) == int(level) - 1);
            CHECK(code.startsWith(RegionCodes::descendantPrefix(parent, parentLevel)));
        }
        // Statistical convention: 001-099 街道, 100-199 镇, 200-399 乡; 001-199 社区, 200+ 村.
        const int serial = code.mid(level == RegionLevel::Township ? 6 : 9, 3).toInt();
        const QString kind = q.value(5).toString();
        if (kind == QStringLiteral("街道"))
            CHECK(serial < 100);
        else if (kind == QStringLiteral("镇"))
            CHECK((serial >= 100 && serial < 200));
        else if (kind == QStringLiteral("乡"))
            CHECK((serial >= 200 && serial < 400));
        else if (kind == QStringLiteral("社区"))
            CHECK(serial < 200);
        else if (kind == QStringLiteral("村"))
            CHECK(serial >= 200);
        if (level != RegionLevel::Grid) {
            CHECK(q.value(7).toLongLong() > 0);
            CHECK(q.value(6).toLongLong() == q.value(4).toLongLong());
        }
    }
    CHECK(rows > 1000);
}

TEST_CASE("Every demo grid has a grid worker with a valid ID card", "[demo]")
{
    auto db = county().open();
    const QString countyPrefix = QStringLiteral("431199");
    QSqlQuery q = db->prepare(QStringLiteral(
        "SELECT g.code, p.role, p.id_card, p.phone, p.region_code, p.name FROM region g "
        "LEFT JOIN person p ON p.id = g.worker_id WHERE g.level = 3"));
    Database::exec(q);
    const QRegularExpression phone(QStringLiteral("^1[3-9]\\d{9}$"));
    int grids = 0;
    while (q.next()) {
        ++grids;
        INFO(q.value(0).toString().toStdString());
        CHECK(q.value(1).toString() == QStringLiteral("grid_worker"));
        CHECK(isValidIdCard(q.value(2).toString()));
        CHECK(q.value(2).toString().startsWith(countyPrefix));
        CHECK(phone.match(q.value(3).toString()).hasMatch());
        CHECK(q.value(4).toString() == q.value(0).toString());
        CHECK(q.value(5).toString().size() >= 2);
    }
    CHECK(grids >= 1200);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM person WHERE role = 'grid_worker'")) == grids);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute_party WHERE id_card <> '' AND "
                                     "length(id_card) <> 18")) == 0);
}

TEST_CASE("Every demo dispute history is a legal path through the workflow", "[demo][workflow]")
{
    auto db = county().open();
    struct Head
    {
        QString status;
        qint64 reportedAt, acceptedAt, resolvedAt, closedAt;
        QString outcome;
    };
    QHash<QString, Head> disputes;
    {
        QSqlQuery q = db->prepare(QStringLiteral(
            "SELECT id, status, reported_at, accepted_at, resolved_at, closed_at, outcome "
            "FROM dispute"));
        Database::exec(q);
        while (q.next()) {
            disputes.insert(q.value(0).toString(),
                            {q.value(1).toString(), q.value(2).toLongLong(),
                             q.value(3).isNull() ? 0 : q.value(3).toLongLong(),
                             q.value(4).isNull() ? 0 : q.value(4).toLongLong(),
                             q.value(5).isNull() ? 0 : q.value(5).toLongLong(),
                             q.value(6).toString()});
        }
    }
    QSqlQuery q = db->prepare(QStringLiteral(
        "SELECT dispute_id, at, action, from_status, to_status FROM dispute_event "
        "ORDER BY dispute_id, at"));
    Database::exec(q);
    QString current;
    QList<DisputeWorkflow::Step> steps;
    QString lastTo, lastFrom;
    qint64 lastAt = 0, firstAccept = 0, lastResolve = 0, lastCloseLike = 0;
    bool ordered = true, chained = true;
    int bad = 0, checked = 0;
    auto verify = [&]() {
        if (current.isEmpty())
            return;
        ++checked;
        const Head h = disputes.value(current);
        bool ok = DisputeWorkflow::isLegalPath(steps) && ordered && chained
                  && lastTo == h.status && h.acceptedAt == firstAccept;
        if (h.status == QLatin1String("closed") || h.status == QLatin1String("withdrawn"))
            ok = ok && h.closedAt == lastCloseLike && h.closedAt == lastAt;
        else
            ok = ok && h.closedAt == 0;
        if (h.outcome == QLatin1String("resolved"))
            ok = ok && h.resolvedAt == lastResolve && h.resolvedAt > 0;
        if (!ok && ++bad < 5)
            UNSCOPED_INFO("dispute " << current.toStdString() << " status "
                                     << h.status.toStdString() << " last " << lastTo.toStdString());
    };
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (id != current) {
            verify();
            current = id;
            steps.clear();
            ordered = chained = true;
            lastTo.clear();
            firstAccept = lastResolve = lastCloseLike = 0;
            lastAt = disputes.value(id).reportedAt - 1;
        }
        const qint64 at = q.value(1).toLongLong();
        DisputeAction action;
        DisputeStatus to;
        REQUIRE(DisputeWorkflow::actionFromKey(q.value(2).toString(), &action));
        REQUIRE(disputeStatusFromKey(q.value(4).toString(), &to));
        ordered = ordered && at > lastAt;
        chained = chained && q.value(3).toString() == lastTo;
        if (action == DisputeAction::Accept && !firstAccept)
            firstAccept = at;
        if (action == DisputeAction::Resolve)
            lastResolve = at;
        if (action == DisputeAction::Close || action == DisputeAction::Withdraw)
            lastCloseLike = at;
        lastAt = at;
        lastTo = q.value(4).toString();
        steps.append({action, to});
    }
    verify();
    CHECK(checked == disputes.size());
    CHECK(bad == 0);
}

TEST_CASE("Demo dispute queues look alive at the end of the history", "[demo]")
{
    auto db = county().open();
    const QString today = QStringLiteral("2026-11-15");
    for (const char *status : {"reported", "accepted", "routed", "mediating"}) {
        INFO(status);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE status = '%1'")
                              .arg(QLatin1String(status))) > 0);
    }
    const QString open = QStringLiteral("status IN ('accepted', 'routed', 'mediating')");
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE %1 AND due_on < '%2'")
                          .arg(open, today)) >= 5);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE %1 AND due_on >= '%2' "
                                     "AND due_on <= '2026-11-19'").arg(open, today)) >= 5);
    // Old cases are finished (apart from a few long overdue ones).
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE status NOT IN "
                                     "('closed', 'withdrawn') AND reported_at < %1")
                          .arg(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC)
                                   .toMSecsSinceEpoch())) < 20);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE status = 'closed'"))
          > 15000);
    CHECK(scalar(*db, QStringLiteral("SELECT max(reported_at) FROM dispute"))
          <= QDateTime(QDate(2026, 11, 15), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch());

    // Outcomes and levels: most resolved; most handled in the village, few at the county.
    const double total = double(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute")));
    const double resolved = double(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE outcome = 'resolved'")));
    CHECK(resolved / total > 0.75);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE outcome = 'referred'")) > 100);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE outcome = 'withdrawn'")) > 100);
    CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT dispute_id) FROM dispute_event WHERE action = 'escalate'")) > 200);
    const qint64 village = scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE level = 2"));
    const qint64 township = scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE level = 1"));
    const qint64 countyLevel = scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE level = 0"));
    CHECK(village > township);
    CHECK(township > countyLevel);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE is_major = 1")) > 200);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE is_major <> (complexity = 'major')")) == 0);
    // Routed cases name a body and a mediator of that body.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE status NOT IN "
                                     "('reported', 'accepted', 'withdrawn') AND mediator_id IS NULL")) < 50);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute d JOIN person p ON p.id = "
                                     "d.mediator_id WHERE p.mediation_body_id <> d.mediation_body_id")) == 0);
    // Due dates: 7/15/30 working days after acceptance.
    QSqlQuery q = db->prepare(QStringLiteral(
        "SELECT accepted_at, due_on, complexity FROM dispute d WHERE accepted_at IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM dispute_event e WHERE e.dispute_id = d.id AND "
        "e.action = 'escalate') LIMIT 2000"));
    Database::exec(q);
    int wrong = 0;
    while (q.next()) {
        const QDate accepted = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC)
                                   .addSecs(8 * 3600).date();
        const QDate due = WorkingDays::add(
            accepted, WorkingDays::defaultDeadlineDays(q.value(2).toString()));
        if (due.toString(Qt::ISODate) != q.value(1).toString())
            ++wrong;
    }
    CHECK(wrong == 0);
    // Case numbers like 示调〔2025〕0123号, unique.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE case_no NOT LIKE '示调〔20__〕%号'")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute_party")) >= 2 * total);
}

TEST_CASE("Demo disputes follow the seasons and the urban/rural mix", "[demo]")
{
    auto db = county().open();
    auto monthly = [&](const char *category) {
        std::array<double, 12> counts{};
        QSqlQuery q = db->prepare(QStringLiteral(
            "SELECT CAST(strftime('%m', reported_at / 1000 + 8 * 3600, 'unixepoch') AS INTEGER), "
            "count(*) FROM dispute WHERE category = ? AND reported_at >= ? AND reported_at < ? "
            "GROUP BY 1"));
        q.addBindValue(QLatin1String(category));
        // Two whole years, so every month counts twice.
        q.addBindValue(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        q.addBindValue(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        Database::exec(q);
        while (q.next())
            counts[size_t(q.value(0).toInt() - 1)] = q.value(1).toDouble();
        return counts;
    };
    const auto labour = monthly("labour_wage");
    const double peak = (labour[0] + labour[11]) / 2;
    double others = 0;
    for (int m = 1; m < 11; ++m)
        others += labour[size_t(m)] / 10;
    CHECK(peak > 1.8 * others);
    CHECK(std::max_element(labour.begin(), labour.end()) - labour.begin() >= 0);
    CHECK((labour[0] > labour[5] && labour[11] > labour[5]));
    const auto land = monthly("land");
    CHECK(land[3] > 1.4 * land[11]);   // April against December

    const auto share = [&](const char *category) {
        QSqlQuery q = db->prepare(QStringLiteral(
            "SELECT avg(r.urban) FROM dispute d JOIN region r ON r.code = d.grid_code "
            "WHERE d.category = ?"));
        q.addBindValue(QLatin1String(category));
        Database::exec(q);
        return q.next() ? q.value(0).toDouble() : -1;
    };
    CHECK(share("property_mgmt") > 0.8);
    CHECK(share("land") < 0.1);
    CHECK(share("homestead") < 0.1);

    // Every category appears, with Chinese titles and summaries that name the place.
    CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT category) FROM dispute")) == 14);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute WHERE title NOT LIKE '%纠纷' "
                                     "OR length(summary) < 30 OR summary LIKE '%{%'")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute d JOIN region g ON g.code = "
                                     "d.grid_code JOIN region v ON v.code = g.parent_code WHERE "
                                     "instr(d.summary, v.name) > 0")) > 5000);
}

TEST_CASE("Demo survey waves differ by township and over time", "[demo]")
{
    auto db = county().open();
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM survey_response s JOIN region r ON "
                                     "r.code = s.region_code WHERE r.level <> 2")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM survey_response WHERE security NOT "
                                     "BETWEEN 0 AND 5 OR order_satisfaction NOT BETWEEN 0 AND 3 "
                                     "OR awareness NOT BETWEEN 0 AND 2")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(DISTINCT method) FROM survey_response")) == 3);
    // Security rate (很安全/安全/基本安全) per township over all waves.
    QSqlQuery q = db->prepare(QStringLiteral(
        "SELECT substr(region_code, 1, 9), avg(security BETWEEN 1 AND 3) FROM survey_response "
        "WHERE security > 0 GROUP BY 1"));
    Database::exec(q);
    std::vector<double> rates;
    while (q.next())
        rates.push_back(q.value(1).toDouble());
    REQUIRE(rates.size() >= 15);
    std::sort(rates.begin(), rates.end());
    const double median = rates[rates.size() / 2];
    CHECK(median > 0.9);
    CHECK(rates[0] < median - 0.04);
    CHECK(rates[1] < median - 0.04);
    CHECK(scalar(*db, QStringLiteral("SELECT definition LIKE '%很安全%' FROM survey_scheme")) == 1);
}

TEST_CASE("Demo rows carry deterministic sync columns", "[demo]")
{
    auto db = county().open();
    const QString node = db->nodeId();
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const char *table : {"region", "person", "mediation_body", "dispute", "dispute_party",
                              "dispute_event", "platform", "patrol_shift", "incident",
                              "survey_wave", "survey_response", "survey_scheme"}) {
        INFO(table);
        QSqlQuery q = db->prepare(QStringLiteral(
            "SELECT id, rev, origin, updated_at, updated_by FROM %1 ORDER BY rid LIMIT 200")
                                      .arg(QLatin1String(table)));
        Database::exec(q);
        int rows = 0;
        while (q.next()) {
            ++rows;
            CHECK(uuid.match(q.value(0).toString()).hasMatch());
            CHECK((q.value(1).toLongLong() >> 16) == q.value(3).toLongLong());
            CHECK(q.value(2).toString() == node);
            CHECK(q.value(4).toString() == QStringLiteral("demo"));
            CHECK(q.value(3).toLongLong() <= QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC)
                                                  .toMSecsSinceEpoch());
        }
        CHECK(rows > 0);
    }
}

TEST_CASE("The same seed gives the same county, another seed another", "[demo]")
{
    TempStore tmp;
    QByteArray digests[3];
    const std::uint64_t seeds[3] = {7, 7, 8};
    for (int i = 0; i < 3; ++i) {
        auto db = Database::open(tmp.path(QStringLiteral("d%1.db").arg(i)));
        DemoOptions options;
        options.seed = seeds[i];
        options.scale = 0.1;
        const DemoGenerator::Result r = DemoGenerator(*db).generate(options);
        REQUIRE(r.created);
        CHECK(r.disputes > 1500);
        digests[i] = digestOf(*db);
    }
    CHECK(digests[0] == digests[1]);
    CHECK(digests[0] != digests[2]);
}

TEST_CASE("A filled store is left alone and a cancelled fill leaves nothing", "[demo]")
{
    TempStore tmp;
    auto db = Database::open(tmp.path());
    DemoGenerator generator(*db);
    CHECK_FALSE(generator.isFilled());

    DemoOptions options;
    options.scale = 0.05;
    int calls = 0;
    const DemoGenerator::Result cancelled = generator.generate(
        options, [&](int, const QString &) { return ++calls < 5; });
    CHECK(cancelled.cancelled);
    CHECK_FALSE(cancelled.created);
    CHECK_FALSE(generator.isFilled());
    for (const char *table : {"region", "person", "mediation_body", "dispute", "dispute_event",
                              "platform", "survey_response"}) {
        INFO(table);
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
    }

    int lastPercent = -1;
    bool monotonic = true;
    const DemoGenerator::Result first = generator.generate(options, [&](int percent, const QString &) {
        monotonic = monotonic && percent >= lastPercent;
        lastPercent = percent;
        return true;
    });
    CHECK(first.created);
    CHECK(monotonic);
    CHECK(lastPercent == 100);
    CHECK(generator.isFilled());
    // Small scales still give a whole county: every township with villages and grids.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region WHERE level = 1")) >= 15);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region t WHERE level = 1 AND NOT "
                                     "EXISTS (SELECT 1 FROM region v WHERE v.parent_code = t.code)")) == 0);
    CHECK(first.disputes > 500);
    CHECK(first.surveyResponses > 0);

    const qint64 regions = scalar(*db, QStringLiteral("SELECT count(*) FROM region"));
    const qint64 disputes = scalar(*db, QStringLiteral("SELECT count(*) FROM dispute"));
    const DemoGenerator::Result second = generator.generate(options);
    CHECK_FALSE(second.created);
    CHECK_FALSE(second.cancelled);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM region")) == regions);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM dispute")) == disputes);
}

// Not run by default: PINGAN_DEMO_SCALE=50 unit_tests "[.demo-bench]"
TEST_CASE("Demo generation timing", "[.demo-bench]")
{
    TempStore tmp;
    // PINGAN_DEMO_OUT keeps the store for a look with the sqlite3 shell.
    auto db = Database::open(qEnvironmentVariableIsSet("PINGAN_DEMO_OUT")
                                 ? qEnvironmentVariable("PINGAN_DEMO_OUT") : tmp.path());
    DemoOptions options;
    options.scale = qEnvironmentVariableIsSet("PINGAN_DEMO_SCALE")
                        ? qEnvironmentVariable("PINGAN_DEMO_SCALE").toDouble() : 1.0;
    options.gridScale = qEnvironmentVariableIsSet("PINGAN_DEMO_GRID_SCALE")
                            ? qEnvironmentVariable("PINGAN_DEMO_GRID_SCALE").toDouble() : -1.0;
    QElapsedTimer timer;
    timer.start();
    QString lastStage;
    const DemoGenerator::Result r = DemoGenerator(*db).generate(options, [&](int p, const QString &s) {
        if (s != lastStage) {
            std::cout << timer.elapsed() << " ms " << p << "% " << s.toStdString() << std::endl;
            lastStage = s;
        }
        return true;
    });
    std::cout << "scale " << options.scale << " gridScale " << options.gridScale << ": "
              << timer.elapsed() << " ms, " << r.regions << " regions, " << r.disputes
              << " disputes, " << r.events << " events" << std::endl;
    CHECK(r.created);
}
