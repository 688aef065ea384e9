#include <catch2/catch.hpp>

#include "../unit/geotestsupport.h"

#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>

namespace {

struct GeoRun
{
    int exit = -1;
    QString out;
    QString err;
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

GeoRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PINGAN_CLI), args);
    REQUIRE(p.waitForFinished(300000));
    GeoRun r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The shared real data (outside the repository): PINGAN_SHARED_GEO_DIR, else beside the
// checkout as the unit tests expect it.
QString geoDir()
{
    const QByteArray env = qgetenv("PINGAN_SHARED_GEO_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(
        QStringLiteral("../../../shared/data/geo"));
}

bool haveGeoData()
{
    return QFileInfo::exists(QDir(geoDir()).filePath(QStringLiteral("SOURCES.md")));
}

#define REQUIRE_GEO_DATA()                                                                   \
    if (!haveGeoData()) {                                                                    \
        WARN("skipped: no shared GIS data at " << geoDir().toStdString());                   \
        return;                                                                              \
    }

QString geoFile(const QString &relative)
{
    return QDir(geoDir()).filePath(relative);
}

// A fresh, empty store made by `pingan-cli init`.
struct EmptyStore
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("geo.db"));

    EmptyStore()
    {
        const GeoRun r = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
        REQUIRE(r.exit == 0);
    }

    GeoRun run(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    }

    GeoRun importGeo(const QStringList &args) const
    {
        return run(QStringList{QStringLiteral("import-geo")} + args);
    }

    GeoRun importCounty() const
    {
        return importGeo({geoFile(QStringLiteral("datav_city/610100_full.json")),
                          QStringLiteral("--level"), QStringLiteral("county"),
                          QStringLiteral("--where"), QStringLiteral("adcode = 610104"),
                          QStringLiteral("--gcj02"), QStringLiteral("--code-field"),
                          QStringLiteral("adcode"), QStringLiteral("--json")});
    }

    // Every column of every region row, in rid order.
    QByteArray regionDigest() const
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QSqlQuery q = db->prepare(QStringLiteral("SELECT * FROM region ORDER BY rid"));
        Database::exec(q);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArrayLiteral("<null>") : v.toByteArray());
                hash.addData(QByteArrayLiteral("|"));
            }
            hash.addData(QByteArrayLiteral("\n"));
        }
        return hash.result();
    }

    QJsonArray regions(const QString &level) const
    {
        const GeoRun r = run({QStringLiteral("regions"), QStringLiteral("--level"), level,
                              QStringLiteral("--json")});
        REQUIRE(r.exit == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

QStringList streetFiles()
{
    QStringList out;
    for (const char *name : {"qingnianlu", "beiyuanmen", "beiguan", "hongmiaopo",
                             "huanchengxilu", "xiguan", "tumen", "taoyuanlu", "zaoyuan"}) {
        out << geoFile(QStringLiteral("xian_lianhu_streets/%1.geojson").arg(QLatin1String(name)));
    }
    return out;
}

QStringList streetOptions()
{
    return {QStringLiteral("--level"), QStringLiteral("township"), QStringLiteral("--code-field"),
            QStringLiteral("code"), QStringLiteral("--name-field"), QStringLiteral("NAME"),
            QStringLiteral("--parent-by-location"), QStringLiteral("--json")};
}

} // namespace

TEST_CASE("import-geo: the Lianhu county, its nine streets, and the same again", "[geoimport]")
{
    REQUIRE_GEO_DATA();
    EmptyStore store;

    const GeoRun county = store.importCounty();
    INFO(county.err.toStdString());
    REQUIRE(county.exit == 0);
    CHECK(county.object().value(QStringLiteral("inserted")).toInt() == 1);
    const QJsonArray counties = store.regions(QStringLiteral("county"));
    REQUIRE(counties.size() == 1);
    CHECK(counties.at(0)[QStringLiteral("code")].toString() == QStringLiteral("610104000000"));
    CHECK(counties.at(0)[QStringLiteral("name")].toString() == QStringLiteral("莲湖区"));

    const GeoRun streets = store.importGeo(streetFiles() + streetOptions());
    INFO(streets.err.toStdString());
    REQUIRE(streets.exit == 0);
    const QJsonObject summary = streets.object();
    CHECK(summary.value(QStringLiteral("inserted")).toInt() == 9);
    QMap<QString, int> parts;
    for (const QJsonValue &v : summary.value(QStringLiteral("regions")).toArray())
        parts.insert(v[QStringLiteral("code")].toString(), v[QStringLiteral("parts")].toInt());
    CHECK(parts.value(QStringLiteral("610104003000")) == 2);   // 北关
    CHECK(parts.value(QStringLiteral("610104007000")) == 4);   // 土门
    CHECK(parts.value(QStringLiteral("610104009000")) == 2);   // 枣园

    const QJsonArray townships = store.regions(QStringLiteral("township"));
    REQUIRE(townships.size() == 9);
    const QStringList names = {QStringLiteral("青年路街道"), QStringLiteral("北院门街道"),
                               QStringLiteral("北关街道"), QStringLiteral("红庙坡街道"),
                               QStringLiteral("环城西路街道"), QStringLiteral("西关街道"),
                               QStringLiteral("土门街道"), QStringLiteral("桃园路街道"),
                               QStringLiteral("枣园街道")};
    for (int i = 0; i < 9; ++i) {
        const QJsonValue t = townships.at(i);
        CHECK(t[QStringLiteral("code")].toString().toStdString()
              == QStringLiteral("610104%1").arg(i + 1, 3, 10, QLatin1Char('0')).toStdString()
                  + "000");
        CHECK(t[QStringLiteral("name")].toString() == names.at(i));
        CHECK(t[QStringLiteral("parent_code")].toString() == QStringLiteral("610104000000"));
    }

    const QByteArray before = store.regionDigest();
    const GeoRun again = store.importGeo(streetFiles() + streetOptions());
    REQUIRE(again.exit == 0);
    CHECK(again.object().value(QStringLiteral("unchanged")).toInt() == 9);
    CHECK(again.object().value(QStringLiteral("inserted")).toInt() == 0);
    CHECK(again.object().value(QStringLiteral("updated")).toInt() == 0);
    CHECK(store.regionDigest() == before);

    // The plain text summary says the same.
    QStringList plain = streetFiles() + streetOptions();
    plain.removeAll(QStringLiteral("--json"));
    const GeoRun text = store.importGeo(plain);
    REQUIRE(text.exit == 0);
    CHECK(text.out.contains(QStringLiteral("inserted 0, updated 0, unchanged 9")));
    CHECK(store.regionDigest() == before);
}

TEST_CASE("import-geo: a projected shapefile, with and without its .prj", "[geoimport]")
{
    using namespace GeoTest;
    EmptyStore store;
    QList<ProjectedPoint> corners;
    for (const auto &c : kSquareLonLat)
        corners << gaussKruger(c[0], c[1], 114.0);
    const QString shp = store.dir.filePath(QStringLiteral("square.shp"));
    REQUIRE(writeSquareShapefile(shp, corners));

    SECTION("with its .prj it lands where the corners were")
    {
        const GeoRun r = store.importGeo({shp, QStringLiteral("--level"),
                                          QStringLiteral("county"), QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
        const QJsonArray bbox
            = r.object()[QStringLiteral("regions")][0][QStringLiteral("bbox")].toArray();
        REQUIRE(bbox.size() == 4);
        CHECK(metresBetween(bbox[0].toDouble(), bbox[1].toDouble(), 114.0, 30.0) < 1.0);
        CHECK(metresBetween(bbox[2].toDouble(), bbox[3].toDouble(), 114.02, 30.02) < 1.0);
    }
    SECTION("without it the file is refused and nothing is written")
    {
        REQUIRE(QFile::remove(store.dir.filePath(QStringLiteral("square.prj"))));
        const QByteArray before = store.regionDigest();
        const GeoRun r = store.importGeo({shp, QStringLiteral("--level"),
                                          QStringLiteral("county")});
        CHECK(r.exit == 3);
        CHECK(r.err.contains(shp));
        CHECK(r.err.contains(QStringLiteral("no CRS")));
        CHECK(r.err.contains(QStringLiteral("--source-crs")));
        CHECK(store.regionDigest() == before);

        const GeoRun told = store.importGeo({shp, QStringLiteral("--level"),
                                             QStringLiteral("county"),
                                             QStringLiteral("--source-crs"),
                                             QStringLiteral("EPSG:4547")});
        INFO(told.err.toStdString());
        CHECK(told.exit == 0);
        CHECK(told.out.contains(QStringLiteral("inserted 1")));
    }
}

TEST_CASE("import-geo: refusals and usage errors", "[geoimport]")
{
    REQUIRE_GEO_DATA();
    EmptyStore store;
    const QString datav = geoFile(QStringLiteral("datav_city/610100_full.json"));

    SECTION("a code field the layer lacks lists the fields it has")
    {
        const GeoRun r = store.importGeo({datav, QStringLiteral("--level"),
                                          QStringLiteral("county"), QStringLiteral("--code-field"),
                                          QStringLiteral("区划代码")});
        CHECK(r.exit == 3);
        CHECK(r.err.contains(QStringLiteral("'区划代码'")));
        CHECK(r.err.contains(QStringLiteral("adcode")));
        CHECK(r.err.contains(QStringLiteral("childrenNum")));
    }
    SECTION("a code already used at another level writes nothing")
    {
        REQUIRE(store.importCounty().exit == 0);
        const QByteArray before = store.regionDigest();
        const GeoRun r = store.importGeo({datav, QStringLiteral("--level"),
                                          QStringLiteral("township"), QStringLiteral("--where"),
                                          QStringLiteral("adcode = 610104"),
                                          QStringLiteral("--code-field"), QStringLiteral("adcode"),
                                          QStringLiteral("--parent"),
                                          QStringLiteral("610104000000")});
        CHECK(r.exit == 3);
        CHECK(r.err.contains(QStringLiteral("already used by county")));
        CHECK(store.regionDigest() == before);
    }
    SECTION("Hangzhou grid numbers are not division codes")
    {
        const QString grids = geoFile(QStringLiteral("hangzhou_xiacheng/xiacheng_grids.geojson"));
        const GeoRun r = store.importGeo({grids, QStringLiteral("--level"),
                                          QStringLiteral("grid"), QStringLiteral("--code-field"),
                                          QStringLiteral("网格编号"), QStringLiteral("--name-field"),
                                          QStringLiteral("所属组织"), QStringLiteral("--parent"),
                                          QStringLiteral("330103001001")});
        CHECK(r.exit == 3);
        CHECK(r.err.contains(grids + QStringLiteral(": feature 0: field '网格编号' holds 'SQ-")));
        CHECK(r.err.contains(QStringLiteral("not a division code")));
    }
    SECTION("a dry run writes nothing")
    {
        const QByteArray before = store.regionDigest();
        const GeoRun r = store.importGeo({datav, QStringLiteral("--level"),
                                          QStringLiteral("county"), QStringLiteral("--gcj02"),
                                          QStringLiteral("--dry-run")});
        INFO(r.err.toStdString());
        CHECK(r.exit == 0);
        CHECK(r.out.contains(QStringLiteral("would be: inserted 13")));
        CHECK(store.regionDigest() == before);
    }
    SECTION("an unreadable file and an unknown level are refused")
    {
        const GeoRun missing = store.importGeo({store.dir.filePath(QStringLiteral("none.shp")),
                                                QStringLiteral("--level"),
                                                QStringLiteral("county")});
        CHECK(missing.exit == 3);
        CHECK(missing.err.contains(QStringLiteral("none.shp: cannot read")));
        const GeoRun level = store.importGeo({datav, QStringLiteral("--level"),
                                              QStringLiteral("province")});
        CHECK(level.exit == 3);
        CHECK(level.err.contains(QStringLiteral("unknown level 'province'")));
    }
    SECTION("usage errors")
    {
        CHECK(store.importGeo({QStringLiteral("--level"), QStringLiteral("county")}).exit == 2);
        CHECK(store.importGeo({datav}).exit == 2);
        CHECK(store.importGeo({datav, QStringLiteral("--level"), QStringLiteral("township"),
                               QStringLiteral("--parent"), QStringLiteral("610104000000"),
                               QStringLiteral("--parent-by-location")})
                  .exit
              == 2);
        CHECK(store.importGeo({datav, QStringLiteral("--level"), QStringLiteral("county"),
                               QStringLiteral("--parent"), QStringLiteral("610104000000")})
                  .exit
              == 2);
        CHECK(store.importGeo({datav, QStringLiteral("--level"), QStringLiteral("county"),
                               QStringLiteral("--bogus")})
                  .exit
              == 2);
    }
}
