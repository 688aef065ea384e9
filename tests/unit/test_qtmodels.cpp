#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "domain/masking.h"
#include "domain/region.h"
#include "geo/geometry.h"
#include "qt/disputequeuemodel.h"
#include "qt/mapsceneloader.h"
#include "qt/regiontreemodel.h"
#include "store/database.h"
#include "store/disputerepository.h"
#include "store/regionrepository.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>

#include <boost/geometry/algorithms/correct.hpp>

namespace {

const QString kCounty = QStringLiteral("431199000000");
const QString kTownA = QStringLiteral("431199001000");
const QString kTownB = QStringLiteral("431199002000");

geo::MultiPolygon square(double lon, double lat, double size)
{
    geo::Polygon p;
    p.outer()
        = {{lon, lat}, {lon, lat + size}, {lon + size, lat + size}, {lon + size, lat}, {lon, lat}};
    boost::geometry::correct(p);
    return geo::MultiPolygon {p};
}

// A small county written row by row: 2 townships, 3 villages, 6 grids (a 3 × 2 block of
// 0.01° squares per village), and `disputes` disputes with known times, statuses and ties.
struct Fixture
{
    TempStore tmp;
    std::unique_ptr<Database> db;
    QStringList grids;
    int disputes = 0;
    qint64 baseMs = QDateTime(QDate(2026, 11, 1), QTime(9, 0)).toMSecsSinceEpoch();

    explicit Fixture(int disputeCount = 500)
    {
        db = storetest::freshStore(tmp.path());
        WriteTransaction tx(*db);
        int serial = 0;
        auto region = [&](const QString &code, const QString &name, RegionLevel level,
                          const QString &parent, const geo::MultiPolygon &shape) {
            QSqlQuery q = db->prepare(QStringLiteral(
                "INSERT INTO region (id, code, name, level, kind, parent_code, population, "
                "centroid_lon, centroid_lat, min_lon, min_lat, max_lon, max_lat, geom, rev, "
                "origin, updated_at) VALUES (?, ?, ?, ?, '', ?, 100, ?, ?, ?, ?, ?, ?, ?, 1, "
                "'test', 0)"));
            const QRectF box = [&] {
                QRectF r;
                for (const QPolygonF &ring : geo::wkbToPolygons(geo::toWkb(shape)))
                    r = r.isNull() ? ring.boundingRect() : r.united(ring.boundingRect());
                return r;
            }();
            q.addBindValue(QStringLiteral("region-%1").arg(++serial));
            q.addBindValue(code);
            q.addBindValue(name);
            q.addBindValue(static_cast<int>(level));
            q.addBindValue(parent.isEmpty() ? QVariant() : QVariant(parent));
            q.addBindValue(box.center().x());
            q.addBindValue(box.center().y());
            q.addBindValue(box.left());
            q.addBindValue(box.top());
            q.addBindValue(box.right());
            q.addBindValue(box.bottom());
            q.addBindValue(geo::toWkb(shape));
            Database::exec(q);
        };
        region(kCounty, QStringLiteral("测试县"), RegionLevel::County, {}, square(112, 28, 0.06));
        region(kTownA, QStringLiteral("甲镇"), RegionLevel::Township, kCounty,
               square(112, 28, 0.03));
        region(kTownB, QStringLiteral("乙乡"), RegionLevel::Township, kCounty,
               square(112.03, 28, 0.03));
        const QList<QPair<QString, QString>> villages = {{QStringLiteral("431199001001"), kTownA},
                                                         {QStringLiteral("431199001002"), kTownA},
                                                         {QStringLiteral("431199002001"), kTownB}};
        for (int v = 0; v < villages.size(); ++v) {
            const double lon = 112 + 0.02 * v;
            region(villages[v].first, QStringLiteral("村%1").arg(v + 1), RegionLevel::Village,
                   villages[v].second, square(lon, 28, 0.02));
            for (int g = 0; g < 2; ++g) {
                const QString code
                    = villages[v].first + QStringLiteral("%1").arg(g + 1, 3, 10, QLatin1Char('0'));
                region(code, QStringLiteral("第%1网格").arg(g + 1), RegionLevel::Grid,
                       villages[v].first, square(lon + 0.01 * g, 28, 0.01));
                grids << code;
            }
        }
        const char *statuses[] = {"reported", "mediating", "resolved", "closed", "withdrawn"};
        for (int i = 0; i < disputeCount; ++i) {
            QSqlQuery q = db->prepare(QStringLiteral(
                "INSERT INTO dispute (id, case_no, title, category, source, status, level, "
                "grid_code, reported_at, due_on, closed_at, rev, origin, updated_at) "
                "VALUES (?, ?, ?, 'neighbour', 'walk_in', ?, 2, ?, ?, ?, ?, 1, 'test', 0)"));
            // Every third dispute shares its time with the previous one: ties across batches.
            const qint64 at = baseMs - qint64(i - i / 3) * 3600 * 1000;
            const QString status = QLatin1String(statuses[i % 5]);
            q.addBindValue(QStringLiteral("d-%1").arg(i));
            q.addBindValue(QStringLiteral("CASE-%1").arg(i, 5, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("纠纷 %1").arg(i));
            q.addBindValue(status);
            q.addBindValue(grids.at(i % grids.size()));
            q.addBindValue(at);
            q.addBindValue(
                QDateTime::fromMSecsSinceEpoch(at).date().addDays(7).toString(Qt::ISODate));
            q.addBindValue(status == QLatin1String("closed") ? QVariant(at + 86400000)
                                                             : QVariant());
            Database::exec(q);
        }
        disputes = disputeCount;
        if (disputeCount == 0) {
            tx.commit();
            return;
        }
        QSqlQuery party = db->prepare(QStringLiteral(
            "INSERT INTO dispute_party (id, dispute_id, role, name, id_card, phone, rev, origin, "
            "updated_at) VALUES ('p-1', 'd-0', 'applicant', '张三', '431102199001011234', "
            "'13812345678', 1, 'test', 0)"));
        Database::exec(party);
        for (const auto &[n, action, to] :
             {std::tuple {1, "report", "reported"}, std::tuple {2, "accept", "accepted"}}) {
            QSqlQuery ev = db->prepare(QStringLiteral(
                "INSERT INTO dispute_event (id, dispute_id, at, action, to_status, rev, origin, "
                "updated_at) VALUES (?, 'd-0', ?, ?, ?, 1, 'test', 0)"));
            ev.addBindValue(QStringLiteral("e-%1").arg(n));
            ev.addBindValue(baseMs + n);
            ev.addBindValue(QLatin1String(action));
            ev.addBindValue(QLatin1String(to));
            Database::exec(ev);
        }
        tx.commit();
    }

    // Disputes of the fixture under a prefix, and how many of them are open.
    QPair<int, int> expectedCounts(const QString &prefix) const
    {
        int total = 0, open = 0;
        for (int i = 0; i < disputes; ++i) {
            if (!grids.at(i % grids.size()).startsWith(prefix))
                continue;
            ++total;
            if (i % 5 != 3 && i % 5 != 4)
                ++open;
        }
        return {total, open};
    }
};

// The queue's counts come from a worker thread: wait for those of its current filter.
bool waitForCounts(DisputeQueueModel &model)
{
    QSignalSpy spy(&model, &DisputeQueueModel::queueCountsChanged);
    for (int i = 0; i < 200 && !(model.queueCounts() && !model.isCounting()); ++i)
        spy.wait(50);
    return model.queueCounts().has_value();
}

QList<QPair<qint64, QString>> keysOf(const DisputeQueueModel &model)
{
    QList<QPair<qint64, QString>> keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        keys << qMakePair(i.data(int(DisputeQueueModel::Role::ReportedAt)).toLongLong(),
                          i.data(int(DisputeQueueModel::Role::Id)).toString());
    }
    return keys;
}

} // namespace

TEST_CASE("The dispute queue loads in batches, newest first, across batch boundaries", "[qtmodels]")
{
    Fixture f;
    DisputeRepository repo(*f.db);
    DisputeQueueModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBatchSize(40);
    const QString prefix = RegionCodes::descendantPrefix(kTownA, RegionLevel::Township);
    model.setFilter(DisputeFilter {prefix});

    const auto expected = f.expectedCounts(prefix);
    REQUIRE(expected.first > 80);
    CHECK(model.rowCount() == 40);
    REQUIRE(waitForCounts(model));
    CHECK(model.totalCount() == expected.first);
    CHECK(model.openCount() == expected.second);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 80);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == expected.first);

    // Strictly descending by (reported_at, rid) – the rid follows the insertion number here.
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        CHECK(i.data(int(DisputeQueueModel::Role::GridCode)).toString().startsWith(prefix));
        seen.insert(i.data(int(DisputeQueueModel::Role::Id)).toString());
        if (row > 0) {
            const QModelIndex prev = model.index(row - 1, 0);
            const qint64 a = prev.data(int(DisputeQueueModel::Role::ReportedAt)).toLongLong();
            const qint64 b = i.data(int(DisputeQueueModel::Role::ReportedAt)).toLongLong();
            CHECK(a >= b);
            if (a == b) {
                CHECK(prev.data(int(DisputeQueueModel::Role::Id)).toString().mid(2).toInt()
                      > i.data(int(DisputeQueueModel::Role::Id)).toString().mid(2).toInt());
            }
        }
    }
    CHECK(seen.size() == expected.first); // no row twice, none lost at a boundary

    // The same order as one big batch.
    DisputeQueueModel single(repo);
    single.setBatchSize(10000);
    single.setFilter(DisputeFilter {prefix});
    CHECK_FALSE(single.canFetchMore({}));
    CHECK(keysOf(single) == keysOf(model));
}

TEST_CASE("Changing the queue's region resets it to the first batch of that region", "[qtmodels]")
{
    Fixture f;
    DisputeRepository repo(*f.db);
    DisputeQueueModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBatchSize(25);
    model.setFilter(DisputeFilter {});
    REQUIRE(waitForCounts(model));
    CHECK(model.totalCount() == f.disputes);
    model.fetchMore({});
    CHECK(model.rowCount() == 50);

    const QString village = QStringLiteral("431199002001");
    model.setFilter(DisputeFilter {village});
    CHECK(model.rowCount() == 25);
    CHECK(model.totalCount() == -1); // another region: counted afresh
    REQUIRE(waitForCounts(model));
    CHECK(model.totalCount() == f.expectedCounts(village).first);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.index(row, 0)
                  .data(int(DisputeQueueModel::Role::GridCode))
                  .toString()
                  .startsWith(village));

    model.setFilter(DisputeFilter {QStringLiteral("431199009")}); // nothing there
    CHECK(model.rowCount() == 0);
    REQUIRE(waitForCounts(model));
    CHECK(model.totalCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("Tombstoned disputes are skipped without ending the queue early", "[qtmodels]")
{
    Fixture f(100);
    {
        // A whole batch's worth of deleted rows in the middle of the order.
        QSqlQuery q = f.db->prepare(
            QStringLiteral("UPDATE dispute SET deleted = 1 WHERE rid BETWEEN 21 AND 40"));
        Database::exec(q);
    }
    DisputeRepository repo(*f.db);
    DisputeQueueModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBatchSize(20);
    model.setFilter(DisputeFilter{});
    REQUIRE(waitForCounts(model));
    CHECK(model.totalCount() == 80);
    int fetches = 0;
    while (model.canFetchMore({}) && fetches++ < 20)
        model.fetchMore({});
    CHECK(model.rowCount() == 80);
    CHECK_FALSE(model.indexForId(QStringLiteral("d-25")).isValid());
    CHECK(model.indexForId(QStringLiteral("d-99")).isValid());
}

TEST_CASE("The queue marks overdue and nearly due open disputes", "[qtmodels]")
{
    Fixture f(10);
    DisputeRepository repo(*f.db);
    DisputeQueueModel model(repo);
    model.setFilter(DisputeFilter {});
    using State = DisputeQueueModel::DeadlineState;
    // Dispute 1 (mediating, due Sunday 2026-11-08), 0 (reported: its deadline does not run yet)
    // and 3 (closed).
    const QModelIndex open = model.indexForId(QStringLiteral("d-1"));
    const QModelIndex reported = model.indexForId(QStringLiteral("d-0"));
    const QModelIndex closed = model.indexForId(QStringLiteral("d-3"));
    REQUIRE(open.isValid());
    REQUIRE(reported.isValid());
    REQUIRE(closed.isValid());
    model.setToday(QDate(2026, 11, 20));
    CHECK(model.deadlineState(open.row()) == State::Overdue);
    CHECK(model.deadlineState(reported.row()) == State::None);
    CHECK(model.deadlineState(closed.row()) == State::None);
    CHECK(open.data(Qt::BackgroundRole).isValid());
    // Friday the 6th: due within today, Monday and Tuesday (three working days).
    model.setToday(QDate(2026, 11, 6));
    CHECK(model.dueSoonUntil() == QDate(2026, 11, 10));
    CHECK(model.deadlineState(open.row()) == State::DueSoon);
    // Monday the 2nd: the third working day is Wednesday the 4th.
    model.setToday(QDate(2026, 11, 2));
    CHECK(model.deadlineState(open.row()) == State::None);
    CHECK_FALSE(open.data(Qt::BackgroundRole).isValid());
}

TEST_CASE("The region tree loads children on demand with their dispute counts", "[qtmodels]")
{
    Fixture f;
    RegionRepository regions(*f.db);
    DisputeRepository disputes(*f.db);
    RegionTreeModel model(regions, disputes);
    model.setBatchSize(1); // one child per fetch: exercise batching
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == 1);
    const QModelIndex county = model.index(0, 0);
    CHECK(county.data().toString() == QStringLiteral("测试县"));
    CHECK(county.data(int(RegionTreeModel::Role::TotalDisputes)).toLongLong() == f.disputes);
    CHECK(model.hasChildren(county));

    while (model.canFetchMore(county))
        model.fetchMore(county);
    REQUIRE(model.rowCount(county) == 2);
    const QModelIndex townA = model.index(0, 0, county);
    CHECK(townA.data(int(RegionTreeModel::Role::Code)).toString() == kTownA);
    CHECK(townA.data(int(RegionTreeModel::Role::Level)).toInt() == int(RegionLevel::Township));
    const auto expected = f.expectedCounts(kTownA.left(9));
    CHECK(townA.data(int(RegionTreeModel::Role::TotalDisputes)).toLongLong() == expected.first);
    CHECK(townA.data(int(RegionTreeModel::Role::OpenDisputes)).toLongLong() == expected.second);
    CHECK(model.index(0, int(RegionTreeModel::Column::Open), county).data().toLongLong()
          == expected.second);

    // Finding a grid loads its ancestors' children.
    const QString grid = QStringLiteral("431199002001002");
    const QModelIndex found = model.indexForCode(grid);
    REQUIRE(found.isValid());
    CHECK(found.data(int(RegionTreeModel::Role::Code)).toString() == grid);
    CHECK(found.parent().data(int(RegionTreeModel::Role::Code)).toString()
          == QStringLiteral("431199002001"));
    CHECK_FALSE(model.hasChildren(found));
    CHECK(found.data(int(RegionTreeModel::Role::TotalDisputes)).toLongLong()
          == f.expectedCounts(grid).first);
    CHECK_FALSE(model.indexForCode(QStringLiteral("431199002009")).isValid());

    model.reload();
    CHECK(model.rowCount() == 1);
    CHECK(model.rowCount(model.index(0, 0)) == 0);
}

TEST_CASE("The region tree reads its counts again in place, keeping what is expanded",
          "[qtmodels]")
{
    Fixture f;
    RegionRepository regions(*f.db);
    DisputeRepository disputes(*f.db);
    RegionTreeModel model(regions, disputes);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex county = model.index(0, 0);
    while (model.canFetchMore(county))
        model.fetchMore(county);
    const QModelIndex townA = model.index(0, 0, county);
    while (model.canFetchMore(townA))
        model.fetchMore(townA);
    const int villagesOfA = model.rowCount(townA);
    REQUIRE(villagesOfA > 0);
    const QString prefixA = kTownA.left(9);
    const auto before = f.expectedCounts(prefixA);

    // Another workstation closes townA's newly reported cases.
    int closed = 0;
    for (int i = 0; i < f.disputes; i += 5)
        closed += f.grids.at(i % f.grids.size()).startsWith(prefixA) ? 1 : 0;
    REQUIRE(closed > 0);
    QSqlQuery q = f.db->prepare(QStringLiteral(
        "UPDATE dispute SET status = 'closed' WHERE status = 'reported' AND grid_code LIKE ?"));
    q.addBindValue(prefixA + QLatin1Char('%'));
    Database::exec(q);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refreshCounts();
    CHECK(reset.isEmpty());
    CHECK_FALSE(changed.isEmpty());
    CHECK(model.rowCount(county) == 2);
    CHECK(model.rowCount(townA) == villagesOfA);
    CHECK(townA.data(int(RegionTreeModel::Role::OpenDisputes)).toLongLong()
          == before.second - closed);
    CHECK(townA.data(int(RegionTreeModel::Role::TotalDisputes)).toLongLong() == before.first);
    CHECK(county.data(int(RegionTreeModel::Role::OpenDisputes)).toLongLong()
          == f.expectedCounts(QStringLiteral("431199")).second - closed);
    // A village under townA shows its own new count too.
    const QModelIndex village = model.index(0, 0, townA);
    const QString villageCode = village.data(int(RegionTreeModel::Role::Code)).toString();
    QSqlQuery open = f.db->prepare(QStringLiteral(
        "SELECT count(*) FROM dispute WHERE deleted = 0 AND grid_code LIKE ? "
        "AND status NOT IN ('closed', 'withdrawn')"));
    open.addBindValue(villageCode.left(12) + QLatin1Char('%'));
    Database::exec(open);
    REQUIRE(open.next());
    CHECK(village.data(int(RegionTreeModel::Role::OpenDisputes)).toLongLong()
          == open.value(0).toLongLong());
}

TEST_CASE("Dispute detail, monthly counts and masking", "[qtmodels]")
{
    Fixture f(60);
    DisputeRepository repo(*f.db);
    const auto d = repo.detail(QStringLiteral("d-0"));
    REQUIRE(d);
    CHECK(d->caseNo == QStringLiteral("CASE-00000"));
    CHECK(d->gridName == QStringLiteral("第1网格"));
    CHECK(d->villageName == QStringLiteral("村1"));
    CHECK(d->townshipName == QStringLiteral("甲镇"));
    REQUIRE(d->parties.size() == 1);
    REQUIRE(d->events.size() == 2);
    CHECK(d->events.at(0).action == QStringLiteral("report"));
    CHECK_FALSE(repo.detail(QStringLiteral("nope")));

    const QList<DisputeMonthCount> months = repo.monthly(DisputeFilter {}, QDate(2026, 11, 5), 24);
    REQUIRE(months.size() == 24);
    CHECK(months.constLast().month == QDate(2026, 11, 1));
    CHECK(months.constFirst().month == QDate(2024, 12, 1));
    qint64 reported = 0, closed = 0;
    for (const DisputeMonthCount &m : months) {
        reported += m.reported;
        closed += m.closed;
    }
    CHECK(reported == 60);
    CHECK(closed == 12);

    CHECK(Masking::idCard(QStringLiteral("431102199001011234"))
          == QStringLiteral("4311**********1234"));
    CHECK(Masking::phone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(Masking::phone(QString()).isEmpty());
    CHECK(Masking::idCard(QStringLiteral("1234")) == QStringLiteral("***4"));
}

TEST_CASE("The map scene projects the outlines and finds the region under a point", "[qtmodels]")
{
    Fixture f(0);
    RegionRepository regions(*f.db);
    const auto scene = MapSceneLoader::regions(regions);
    REQUIRE_FALSE(scene->isEmpty());
    CHECK(scene->featureCount() == 12);
    // 0.06° of longitude at 28° N is about 5.9 km.
    CHECK(scene->extent().width() == Approx(5.9).margin(0.1));
    const QPointF inside = scene->projection().project(QPointF(112.015, 28.005)); // village 1, grid 2
    const int grid = scene->pick(RegionLevel::Grid, inside);
    REQUIRE(grid >= 0);
    CHECK(scene->feature(grid).code == QStringLiteral("431199001001002"));
    CHECK(scene->feature(scene->pickDeepest(inside)).code == QStringLiteral("431199001001002"));
    CHECK(scene->pick(RegionLevel::Grid, scene->projection().project(QPointF(113, 29))) == -1);
    CHECK(scene->pickDeepest(scene->projection().project(QPointF(113, 29))) == -1);
    CHECK(scene->find(kTownB) >= 0);
    // Projection round trip.
    const QPointF back = scene->projection().unproject(inside);
    CHECK(back.x() == Approx(112.015).margin(1e-9));
    CHECK(back.y() == Approx(28.005).margin(1e-9));
}
