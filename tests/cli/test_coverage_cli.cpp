#include <catch2/catch.hpp>

#include "store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace {

struct CoverageRun
{
    int exit = -1;
    QString out;
    QString err;
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

CoverageRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PINGAN_CLI), args);
    REQUIRE(p.waitForFinished(300000));
    CoverageRun r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A demo county of its own per test (tests change it).
struct DemoStore
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("coverage.db"));

    DemoStore()
    {
        const CoverageRun r = cli({QStringLiteral("--db"), path, QStringLiteral("init"),
                                   QStringLiteral("--demo"), QStringLiteral("--scale"),
                                   QStringLiteral("0.05")});
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
    }

    CoverageRun run(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    }

    qint64 scalar(const QString &sql) const
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QSqlQuery q = db->prepare(sql);
        Database::exec(q);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // A new patrol platform at a point (there is no platform-writing command yet).
    void addPlatform(const QString &code, double lon, double lat, const QString &regionCode) const
    {
        auto db = Database::open(path);
        WriteTransaction tx(*db);
        QSqlQuery q = db->prepare(QStringLiteral(
            "INSERT INTO platform (id, code, name, kind, region_code, lon, lat, speed_kmh, rev, "
            "origin, updated_at) VALUES (?, ?, ?, 'patrol', ?, ?, ?, 30, 1, ?, ?)"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(code);
        q.addBindValue(QStringLiteral("new ") + code);
        q.addBindValue(regionCode);
        q.addBindValue(lon);
        q.addBindValue(lat);
        q.addBindValue(db->nodeId());
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        Database::exec(q);
        tx.commit();
    }
};

qint64 sumOf(const QJsonObject &byBand)
{
    qint64 n = 0;
    for (auto it = byBand.begin(); it != byBand.end(); ++it)
        n += it.value().toInteger();
    return n;
}

QString geoDir()
{
    const QByteArray env = qgetenv("PINGAN_SHARED_GEO_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(
        QStringLiteral("../../../shared/data/geo"));
}

} // namespace

TEST_CASE("coverage lists every grid with a band and residents that add up", "[cli][coverage]")
{
    DemoStore store;
    const CoverageRun r = store.run({QStringLiteral("coverage"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QJsonObject o = r.object();
    CHECK(o.value(QStringLiteral("model")).toString() == QLatin1String("straight"));
    const QJsonArray grids = o.value(QStringLiteral("grids")).toArray();
    const qint64 gridCount = store.scalar(
        QStringLiteral("SELECT count(*) FROM region WHERE level = 3 AND deleted = 0"));
    REQUIRE(gridCount > 0);
    CHECK(grids.size() == gridCount);
    const QStringList labels{QStringLiteral("≤1"), QStringLiteral("≤3"), QStringLiteral("≤5"),
                             QStringLiteral(">5")};
    for (const QJsonValue &g : grids) {
        const QJsonObject grid = g.toObject();
        INFO(grid.value(QStringLiteral("code")).toString().toStdString());
        CHECK(labels.contains(grid.value(QStringLiteral("band")).toString()));
        CHECK(grid.value(QStringLiteral("township")).toString().size() == 12);
    }
    const qint64 population = store.scalar(
        QStringLiteral("SELECT sum(population) FROM region WHERE level = 3 AND deleted = 0"));
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    CHECK(summary.keys().size() == 4);
    CHECK(sumOf(summary) == population);
    CHECK(sumOf(o.value(QStringLiteral("grids_by_band")).toObject()) == gridCount);
    qint64 byTownship = 0;
    for (const QJsonValue &t : o.value(QStringLiteral("by_township")).toArray())
        byTownship += sumOf(t.toObject().value(QStringLiteral("residents")).toObject());
    CHECK(byTownship == population);
    CHECK(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("bands")).toArray()
          == QJsonArray{1, 3, 5});

    // One township only.
    const QString township = grids.first().toObject().value(QStringLiteral("township")).toString();
    const CoverageRun one = store.run({QStringLiteral("coverage"), QStringLiteral("--region"),
                                       township, QStringLiteral("--json")});
    REQUIRE(one.exit == 0);
    const QJsonArray some = one.object().value(QStringLiteral("grids")).toArray();
    CHECK(some.size() > 0);
    CHECK(some.size() < grids.size());
    for (const QJsonValue &g : some)
        CHECK(g.toObject().value(QStringLiteral("township")).toString() == township);
    CHECK(one.object().value(QStringLiteral("by_township")).toArray().size() == 1);
    const qint64 townshipPopulation = store.scalar(
        QStringLiteral("SELECT sum(g.population) FROM region g JOIN region v ON v.code = "
                       "g.parent_code WHERE g.level = 3 AND g.deleted = 0 AND v.parent_code = '%1'")
            .arg(township));
    CHECK(sumOf(one.object().value(QStringLiteral("summary")).toObject()) == townshipPopulation);

    // The human table names the bands.
    const CoverageRun table = store.run({QStringLiteral("coverage")});
    REQUIRE(table.exit == 0);
    CHECK(table.out.contains(QStringLiteral("≤3 min")));
}

TEST_CASE("coverage suggest: adding the sites raises the band's residents as promised",
          "[cli][coverage]")
{
    DemoStore store;
    const CoverageRun before = store.run({QStringLiteral("coverage"), QStringLiteral("--json")});
    REQUIRE(before.exit == 0);
    const QJsonObject summaryBefore = before.object().value(QStringLiteral("summary")).toObject();
    const qint64 within3Before = summaryBefore.value(QStringLiteral("≤1")).toInteger()
        + summaryBefore.value(QStringLiteral("≤3")).toInteger();

    const CoverageRun r = store.run({QStringLiteral("coverage"), QStringLiteral("suggest"),
                                     QStringLiteral("--count"), QStringLiteral("3"),
                                     QStringLiteral("--band"), QStringLiteral("3"),
                                     QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QJsonArray sites = r.array();
    REQUIRE(sites.size() >= 1);
    CHECK(sites.size() <= 3);
    qint64 added = 0;
    int n = 0;
    for (const QJsonValue &v : sites) {
        const QJsonObject s = v.toObject();
        CHECK(s.value(QStringLiteral("residents_added")).toInteger() > 0);
        CHECK(s.value(QStringLiteral("grids_added")).toInt() > 0);
        const QString grid = s.value(QStringLiteral("grid")).toString();
        CHECK(grid.size() == 15);
        added += s.value(QStringLiteral("residents_added")).toInteger();
        store.addPlatform(QStringLiteral("NEW-%1").arg(++n), s.value(QStringLiteral("lon")).toDouble(),
                          s.value(QStringLiteral("lat")).toDouble(), grid);
    }
    const CoverageRun after = store.run({QStringLiteral("coverage"), QStringLiteral("--json")});
    REQUIRE(after.exit == 0);
    const QJsonObject summaryAfter = after.object().value(QStringLiteral("summary")).toObject();
    const qint64 within3After = summaryAfter.value(QStringLiteral("≤1")).toInteger()
        + summaryAfter.value(QStringLiteral("≤3")).toInteger();
    CHECK(within3After - within3Before == added);

    const CoverageRun table = store.run({QStringLiteral("coverage"), QStringLiteral("suggest"),
                                         QStringLiteral("--count"), QStringLiteral("2")});
    REQUIRE(table.exit == 0);
    CHECK(table.out.contains(QLatin1String("within 5 min now")));
}

TEST_CASE("coverage: usage errors, unknown region, and the road model", "[cli][coverage]")
{
    DemoStore store;
    for (const QStringList &args :
         {QStringList{QStringLiteral("coverage"), QStringLiteral("suggest")},
          QStringList{QStringLiteral("coverage"), QStringLiteral("suggest"),
                      QStringLiteral("--count"), QStringLiteral("0")},
          QStringList{QStringLiteral("coverage"), QStringLiteral("suggest"),
                      QStringLiteral("--count"), QStringLiteral("101")},
          QStringList{QStringLiteral("coverage"), QStringLiteral("suggest"),
                      QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--band"),
                      QStringLiteral("0")},
          QStringList{QStringLiteral("coverage"), QStringLiteral("--bogus")},
          QStringList{QStringLiteral("import-roads")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(store.run(args).exit == 2);
    }
    const CoverageRun unknown = store.run({QStringLiteral("coverage"), QStringLiteral("--region"),
                                           QStringLiteral("999999999999")});
    CHECK(unknown.exit == 3);
    CHECK(unknown.err.contains(QLatin1String("999999999999")));

    const QString roads = QDir(geoDir()).filePath(
        QStringLiteral("hangzhou_xiacheng/xiacheng_main_roads.geojson"));
    if (!QFileInfo::exists(roads)) {
        WARN("skipped the road part: no shared GIS data at " << geoDir().toStdString());
        return;
    }
    // A file of areas is refused, naming the file; nothing written.
    const QString streets = QDir(geoDir()).filePath(
        QStringLiteral("hangzhou_xiacheng/xiacheng_streets.geojson"));
    const CoverageRun refused = store.run({QStringLiteral("import-roads"), streets});
    CHECK(refused.exit == 3);
    CHECK(refused.err.contains(streets));
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM road")) == 0);

    const CoverageRun imported
        = store.run({QStringLiteral("import-roads"), roads, QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exit == 0);
    const QJsonObject stats = imported.object();
    CHECK(stats.value(QStringLiteral("lines")).toInt() == 46);
    CHECK(stats.value(QStringLiteral("inserted")).toInt() == 46);
    CHECK(stats.value(QStringLiteral("nodes")).toInt() > 46);
    CHECK(stats.value(QStringLiteral("length_km")).toDouble() > 10);

    const CoverageRun withRoads = store.run({QStringLiteral("coverage"), QStringLiteral("--json")});
    REQUIRE(withRoads.exit == 0);
    CHECK(withRoads.object().value(QStringLiteral("model")).toString() == QLatin1String("roads"));
}

TEST_CASE("coverage settings: shown, changed, refused when wrong; the bands follow", "[cli][coverage]")
{
    DemoStore store;
    const CoverageRun shown = store.run({QStringLiteral("coverage"), QStringLiteral("settings"),
                                         QStringLiteral("--json")});
    REQUIRE(shown.exit == 0);
    CHECK(shown.object().value(QStringLiteral("bands")).toArray()
          == QJsonArray({1, 3, 5}));
    CHECK(shown.object().value(QStringLiteral("join_crossings")).toBool());

    // Wrong values: exit 3 naming what is wrong, nothing stored.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--detour"), QStringLiteral("0.5")},
          QStringList{QStringLiteral("--bands"), QStringLiteral("3,x")},
          QStringList{QStringLiteral("--join-crossings"), QStringLiteral("maybe")},
          QStringList{QStringLiteral("--new-site-speed"), QStringLiteral("fast")}}) {
        const CoverageRun r = store.run(QStringList{QStringLiteral("coverage"),
                                                    QStringLiteral("settings")} + bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exit == 3);
        CHECK(!r.err.isEmpty());
    }
    CHECK(store.scalar(QStringLiteral("SELECT count(*) FROM setting WHERE key = "
                                      "'coverage.settings'")) == 0);

    const CoverageRun changed = store.run({QStringLiteral("coverage"), QStringLiteral("settings"),
                                           QStringLiteral("--bands"), QStringLiteral("2,4,8"),
                                           QStringLiteral("--json")});
    REQUIRE(changed.exit == 0);
    CHECK(changed.object().value(QStringLiteral("bands")).toArray() == QJsonArray({2, 4, 8}));
    const CoverageRun report = store.run({QStringLiteral("coverage"), QStringLiteral("--json")});
    REQUIRE(report.exit == 0);
    const QJsonObject summary = report.object().value(QStringLiteral("summary")).toObject();
    CHECK(summary.keys() == QStringList({QStringLiteral(">8"), QStringLiteral("≤2"),
                                         QStringLiteral("≤4"), QStringLiteral("≤8")}));
}
