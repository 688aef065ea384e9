#include <catch2/catch.hpp>

#include "geotestsupport.h"
#include "storeundertest.h"
#include "testsupport.h"

#include "domain/region.h"
#include "geo/gcj02.h"
#include "geo/geometry.h"
#include "geo/shaperepair.h"
#include "io/geoimport.h"
#include "store/database.h"
#include "store/regionrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <boost/geometry.hpp>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

namespace {

QString geoDir()
{
    return QStringLiteral(PINGAN_SHARED_GEO_DIR);
}

// The shared real data is not part of the repository; tests that need it skip without it.
bool haveGeoData()
{
    return QDir(geoDir()).exists(QStringLiteral("SOURCES.md"));
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

// Every column of every region row, in rid order.
QByteArray regionDigest(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM region ORDER BY rid"));
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

GeoImportSummary importOrFail(Database &db, const GeoImportOptions &options)
{
    const GeoImportPreview preview = GeoImport::read(options, &db);
    INFO(preview.errors.join(QStringLiteral("\n")).toStdString());
    REQUIRE(preview.ok());
    return GeoImport::write(db, preview, QStringLiteral("tester"));
}

GeoImportOptions lianhuCounty()
{
    GeoImportOptions o;
    o.file = geoFile(QStringLiteral("datav_city/610100_full.json"));
    o.level = RegionLevel::County;
    o.codeField = QStringLiteral("adcode");
    o.where = QStringLiteral("adcode = 610104");
    o.gcj02 = true;
    return o;
}

const char *const kStreetFiles[] = {"qingnianlu", "beiyuanmen", "beiguan", "hongmiaopo",
                                    "huanchengxilu", "xiguan", "tumen", "taoyuanlu", "zaoyuan"};

GeoImportOptions street(const char *file)
{
    GeoImportOptions o;
    o.file = geoFile(QStringLiteral("xian_lianhu_streets/%1.geojson").arg(QLatin1String(file)));
    o.level = RegionLevel::Township;
    o.codeField = QStringLiteral("code");
    o.nameField = QStringLiteral("NAME");
    o.parentMode = GeoImportOptions::ParentMode::Location;
    return o;
}

} // namespace

using namespace GeoTest;

TEST_CASE("GCJ-02 conversion round-trips and shifts by the known offset", "[geo][geoimport]")
{
    for (const geo::Point wgs : {geo::Point(120.17, 30.28), geo::Point(108.90, 34.26),
                                 geo::Point(114.0, 30.0)}) {
        const geo::Point gcj = geo::gcj02::fromWgs84(wgs);
        // Hangzhou and Xi'an: GCJ-02 sits about 0.005° east (SOURCES.md: ~0.0047–0.0051°).
        CHECK(gcj.x() - wgs.x() > 0.004);
        CHECK(gcj.x() - wgs.x() < 0.0065);
        CHECK(std::abs(gcj.y() - wgs.y()) < 0.004);
        const geo::Point back = geo::gcj02::toWgs84(gcj);
        CHECK(std::abs(back.x() - wgs.x()) < 1e-7);
        CHECK(std::abs(back.y() - wgs.y()) < 1e-7);
    }
    // Outside China there is no shift.
    const geo::Point paris(2.35, 48.85);
    CHECK(geo::gcj02::fromWgs84(paris).x() == paris.x());
    CHECK(geo::gcj02::toWgs84(paris).y() == paris.y());
    CHECK(geo::gcj02::outOfChina(2.35, 48.85));
    CHECK_FALSE(geo::gcj02::outOfChina(120.17, 30.28));
}

TEST_CASE("Division codes from files are padded or refused", "[geoimport]")
{
    CHECK(GeoImport::normalizeCode(QStringLiteral("610104")) == QStringLiteral("610104000000"));
    CHECK(GeoImport::normalizeCode(QStringLiteral("610104003")) == QStringLiteral("610104003000"));
    CHECK(GeoImport::normalizeCode(QStringLiteral("610104003000"))
          == QStringLiteral("610104003000"));
    CHECK(GeoImport::normalizeCode(QStringLiteral("610104003001001"))
          == QStringLiteral("610104003001001"));
    CHECK(GeoImport::normalizeCode(QStringLiteral("SQ-3-2")).isEmpty());
    CHECK(GeoImport::normalizeCode(QStringLiteral("6101040")).isEmpty());
    CHECK(GeoImport::normalizeCode(QString()).isEmpty());
    CHECK(GeoImport::kindFor(RegionLevel::Township, QStringLiteral("北关街道"))
          == QStringLiteral("街道"));
    CHECK(GeoImport::kindFor(RegionLevel::Village, QStringLiteral("华丰社区"))
          == QStringLiteral("社区"));
}

TEST_CASE("Ring repair drops degenerate rings and makes shapes valid", "[geo][geoimport]")
{
    namespace bg = boost::geometry;
    SECTION("bow-tie")
    {
        geo::MultiPolygon shape;
        shape.resize(1);
        bg::read_wkt("POLYGON((0 0,1 1,1 0,0 1,0 0))", shape[0]);
        const QStringList notes = geo::repairShape(shape);
        CHECK(notes.size() == 1);
        CHECK(notes.first().contains(QStringLiteral("made valid")));
        CHECK(bg::is_valid(shape));
        CHECK(std::abs(bg::area(shape)) == Approx(0.5));
    }
    SECTION("too few points and a collapsed hole")
    {
        geo::MultiPolygon shape;
        shape.resize(2);
        bg::read_wkt("POLYGON((0 0,0 1,1 1,1 0,0 0),(0.2 0.2,0.4 0.4,0.2 0.2))", shape[0]);
        bg::read_wkt("POLYGON((5 5,6 6,5 5))", shape[1]);
        const QStringList notes = geo::repairShape(shape);
        CHECK(notes.size() == 2);
        REQUIRE(shape.size() == 1);
        CHECK(shape[0].inners().empty());
        CHECK(bg::is_valid(shape));
    }
    SECTION("clean shapes are left alone, whichever way their rings run")
    {
        geo::MultiPolygon shape;
        shape.resize(1);
        bg::read_wkt("POLYGON((0 0,1 0,1 1,0 1,0 0))", shape[0]);   // counter-clockwise
        CHECK(geo::repairShape(shape).isEmpty());
        CHECK(bg::area(shape) > 0);
    }
}

TEST_CASE("The zero-area part of Hangzhou grid ZH-7-5 is dropped", "[geo][geoimport]")
{
    REQUIRE_GEO_DATA();
    GDALAllRegister();
    const QString file = geoFile(QStringLiteral("hangzhou_xiacheng/xiacheng_grids.geojson"));
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    OGRLayer *layer = ds->GetLayer(0);
    REQUIRE(layer->SetAttributeFilter("\"网格编号\" = 'ZH-7-5'") == OGRERR_NONE);
    int parts = 0, dropped = 0, kept = 0;
    for (auto &feature : *layer) {
        geo::MultiPolygon shape = geo::fromOgr(*feature->GetGeometryRef());
        parts += int(shape.size());
        const QStringList notes = geo::repairShape(shape);
        if (shape.empty()) {
            ++dropped;
            REQUIRE(notes.size() == 1);
            CHECK(notes.first().contains(QStringLiteral("no area")));
        } else {
            ++kept;
            CHECK(notes.isEmpty());
            CHECK(boost::geometry::is_valid(shape));
            CHECK(geo::areaKm2(shape) > 0.005);
        }
    }
    CHECK(parts == 2);
    CHECK(kept == 1);
    CHECK(dropped == 1);
}

TEST_CASE("Repairing all 332 Hangzhou grids", "[geo][geoimport]")
{
    REQUIRE_GEO_DATA();
    GDALAllRegister();
    const QString file = geoFile(QStringLiteral("hangzhou_xiacheng/xiacheng_grids.geojson"));
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    QElapsedTimer clock;
    clock.start();
    int features = 0, repaired = 0, empty = 0;
    for (auto &feature : *ds->GetLayer(0)) {
        geo::MultiPolygon shape = geo::fromOgr(*feature->GetGeometryRef());
        ++features;
        if (!geo::repairShape(shape).isEmpty())
            ++repaired;
        if (shape.empty())
            ++empty;
        else
            CHECK(boost::geometry::is_valid(shape));
    }
    WARN("332 grids read and repaired in " << clock.elapsed() << " ms; repaired " << repaired
                                           << ", nothing left " << empty);
    CHECK(features == 332);
    CHECK(empty >= 1);
}

TEST_CASE("Importing the Lianhu county from DataV (GCJ-02)", "[geoimport]")
{
    REQUIRE_GEO_DATA();
    TempStore temp;
    auto db = storetest::freshStore(temp.path());

    GeoImportOptions plain = lianhuCounty();
    plain.gcj02 = false;
    const GeoImportPreview raw = GeoImport::read(plain, db.get());
    REQUIRE(raw.ok());

    const GeoImportOptions options = lianhuCounty();
    const GeoImportPreview preview = GeoImport::read(options, db.get());
    INFO(preview.errors.join(QStringLiteral("\n")).toStdString());
    REQUIRE(preview.ok());
    REQUIRE(preview.regions.size() == 1);
    const GeoImportRegion &r = preview.regions.first();
    CHECK(r.code == QStringLiteral("610104000000"));
    CHECK(r.name == QStringLiteral("莲湖区"));
    CHECK(r.parentCode.isEmpty());
    CHECK(r.action == GeoImportRegion::Action::Insert);
    CHECK(r.areaKm2 > 35);
    CHECK(r.areaKm2 < 50);
    // GCJ-02 → WGS84 moves the outline about 0.005° west.
    const double shift = raw.regions.first().bbox.left() - r.bbox.left();
    CHECK(shift > 0.004);
    CHECK(shift < 0.006);

    const GeoImportSummary summary = GeoImport::write(*db, preview, QStringLiteral("tester"));
    CHECK(summary.inserted == 1);
    const auto stored = RegionRepository(*db).byCode(QStringLiteral("610104000000"), true);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("莲湖区"));
    CHECK(stored->level == RegionLevel::County);
    CHECK(stored->parentCode.isEmpty());
    CHECK(stored->kind == QStringLiteral("县"));
    CHECK(stored->bbox.contains(stored->centroid));
    geo::MultiPolygon shape;
    REQUIRE(geo::fromWkb(stored->wkb, &shape));
    CHECK(geo::areaKm2(shape) == Approx(r.areaKm2));
}

TEST_CASE("Importing the nine Lianhu streets by location, twice", "[geoimport]")
{
    REQUIRE_GEO_DATA();
    TempStore temp;
    auto db = storetest::freshStore(temp.path());
    importOrFail(*db, lianhuCounty());

    GeoImportSummary total;
    for (const char *file : kStreetFiles) {
        const GeoImportSummary s = importOrFail(*db, street(file));
        total.inserted += s.inserted;
        total.updated += s.updated;
        total.unchanged += s.unchanged;
    }
    CHECK(total.inserted == 9);
    CHECK(total.updated == 0);

    const QList<Region> streets = RegionRepository(*db).list({RegionLevel::Township, {}, true});
    REQUIRE(streets.size() == 9);
    const QStringList names = {QStringLiteral("青年路街道"), QStringLiteral("北院门街道"),
                               QStringLiteral("北关街道"), QStringLiteral("红庙坡街道"),
                               QStringLiteral("环城西路街道"), QStringLiteral("西关街道"),
                               QStringLiteral("土门街道"), QStringLiteral("桃园路街道"),
                               QStringLiteral("枣园街道")};
    for (int i = 0; i < 9; ++i) {
        const Region &r = streets.at(i);
        CHECK(r.code.toStdString()
              == QStringLiteral("610104%1").arg(i + 1, 3, 10, QLatin1Char('0')).toStdString()
                  + "000");
        CHECK(r.name == names.at(i));
        CHECK(r.parentCode == QStringLiteral("610104000000"));
        CHECK(r.kind == QStringLiteral("街道"));
        geo::MultiPolygon shape;
        REQUIRE(geo::fromWkb(r.wkb, &shape));
        const std::size_t parts = r.code == QStringLiteral("610104003000") ? 2
            : r.code == QStringLiteral("610104007000")                     ? 4
            : r.code == QStringLiteral("610104009000")                     ? 2
                                                                           : 1;
        INFO(r.name.toStdString());
        CHECK(shape.size() == parts);
    }

    // 北关's exclave lies outside the county outline: the larger share still decides.
    const GeoImportPreview beiguan = GeoImport::read(street("beiguan"), db.get());
    REQUIRE(beiguan.ok());
    CHECK(beiguan.regions.first().parentShare < 0.99);
    CHECK(beiguan.regions.first().parentShare > 0.5);

    const QByteArray before = regionDigest(*db);
    GeoImportSummary again;
    for (const char *file : kStreetFiles) {
        const GeoImportSummary s = importOrFail(*db, street(file));
        again.inserted += s.inserted;
        again.updated += s.updated;
        again.unchanged += s.unchanged;
    }
    CHECK(again.unchanged == 9);
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(regionDigest(*db) == before);
    // The county again, too.
    CHECK(importOrFail(*db, lianhuCounty()).unchanged == 1);
    CHECK(regionDigest(*db) == before);
}

TEST_CASE("A changed outline or name updates the region and keeps the rest", "[geoimport]")
{
    REQUIRE_GEO_DATA();
    TempStore temp;
    auto db = storetest::freshStore(temp.path());
    importOrFail(*db, lianhuCounty());
    QSqlQuery set = db->prepare(QStringLiteral(
        "UPDATE region SET population = 420000, name = 'old name' WHERE code = '610104000000'"));
    Database::exec(set);
    QSqlQuery revBefore = db->prepare(QStringLiteral("SELECT rev, id FROM region"));
    Database::exec(revBefore);
    REQUIRE(revBefore.next());
    const qint64 rev = revBefore.value(0).toLongLong();
    const QString id = revBefore.value(1).toString();
    revBefore.finish();

    const GeoImportPreview preview = GeoImport::read(lianhuCounty(), db.get());
    REQUIRE(preview.ok());
    CHECK(preview.regions.first().action == GeoImportRegion::Action::Update);
    CHECK(GeoImport::write(*db, preview, QStringLiteral("tester")).updated == 1);
    const auto r = RegionRepository(*db).byCode(QStringLiteral("610104000000"));
    REQUIRE(r);
    CHECK(r->name == QStringLiteral("莲湖区"));
    CHECK(r->population == 420000);
    CHECK(r->id == id);
    QSqlQuery revAfter = db->prepare(QStringLiteral("SELECT rev FROM region"));
    Database::exec(revAfter);
    REQUIRE(revAfter.next());
    CHECK(revAfter.value(0).toLongLong() > rev);
}

TEST_CASE("A projected shapefile in CGCS2000 Gauss-Kruger lands within a metre", "[geoimport]")
{
    // The series against the meridian arc at 30°N on GRS80 (3,320,113.398 m).
    const ProjectedPoint origin = gaussKruger(114.0, 30.0, 114.0);
    CHECK(origin.easting == Approx(500000.0).margin(1e-6));
    CHECK(origin.northing == Approx(3320113.398).margin(0.001));

    QList<ProjectedPoint> corners;
    for (const auto &c : kSquareLonLat)
        corners << gaussKruger(c[0], c[1], 114.0);
    CHECK(corners.at(1).easting > 501900);   // 0.02° east of the meridian: ~1.93 km

    TempStore temp;
    const QString shp = temp.dir.filePath(QStringLiteral("square.shp"));
    REQUIRE(writeSquareShapefile(shp, corners));
    auto db = storetest::freshStore(temp.path());

    GeoImportOptions options;
    options.file = shp;
    options.level = RegionLevel::County;
    const GeoImportPreview preview = GeoImport::read(options, db.get());
    INFO(preview.errors.join(QStringLiteral("\n")).toStdString());
    REQUIRE(preview.ok());
    CHECK(preview.crs.contains(QStringLiteral("4547")));
    REQUIRE(preview.regions.size() == 1);
    const geo::MultiPolygon &shape = preview.regions.first().shape;
    REQUIRE(shape.size() == 1);
    double worst = 0;
    for (const auto &c : kSquareLonLat) {
        double nearest = 1e9;
        for (const geo::Point &p : shape[0].outer())
            nearest = std::min(nearest, metresBetween(c[0], c[1], p.x(), p.y()));
        worst = std::max(worst, nearest);
    }
    WARN("largest vertex error after reprojection from EPSG:4547: " << worst << " m");
    CHECK(worst < 1.0);
    CHECK(GeoImport::write(*db, preview, QStringLiteral("tester")).inserted == 1);

    SECTION("without its .prj the file is refused")
    {
        const QByteArray before = regionDigest(*db);
        REQUIRE(QFile::remove(temp.dir.filePath(QStringLiteral("square.prj"))));
        const GeoImportPreview noCrs = GeoImport::read(options, db.get());
        REQUIRE_FALSE(noCrs.ok());
        const QString message = noCrs.errors.join(QStringLiteral("\n"));
        CHECK(message.contains(shp));
        CHECK(message.contains(QStringLiteral("no CRS")));
        CHECK(message.contains(QStringLiteral("--source-crs")));
        CHECK_THROWS_AS(GeoImport::write(*db, noCrs, QStringLiteral("tester")), GeoImportError);
        CHECK(regionDigest(*db) == before);

        // Told the CRS, it reads as before.
        options.sourceCrs = QStringLiteral("EPSG:4547");
        const GeoImportPreview told = GeoImport::read(options, db.get());
        REQUIRE(told.ok());
        CHECK(told.regions.first().action == GeoImportRegion::Action::Unchanged);
    }
}

TEST_CASE("Import rejections name the file, feature and field", "[geoimport]")
{
    REQUIRE_GEO_DATA();
    TempStore temp;
    auto db = storetest::freshStore(temp.path());

    SECTION("a code field the layer lacks lists the fields it has")
    {
        GeoImportOptions o = lianhuCounty();
        o.codeField = QStringLiteral("区划代码");
        const GeoImportPreview p = GeoImport::read(o, db.get());
        REQUIRE_FALSE(p.ok());
        const QString message = p.errors.join(QStringLiteral("\n"));
        CHECK(message.contains(QStringLiteral("区划代码")));
        CHECK(message.contains(QStringLiteral("adcode")));
        CHECK(message.contains(QStringLiteral("childrenNum")));
    }
    SECTION("a code already used at another level")
    {
        importOrFail(*db, lianhuCounty());
        const QByteArray before = regionDigest(*db);
        GeoImportOptions o = lianhuCounty();
        o.level = RegionLevel::Township;
        o.parentMode = GeoImportOptions::ParentMode::Fixed;
        o.parentCode = QStringLiteral("610104000000");
        const GeoImportPreview p = GeoImport::read(o, db.get());
        REQUIRE_FALSE(p.ok());
        CHECK(p.errors.join(QStringLiteral("\n"))
                  .contains(QStringLiteral("already used by county")));
        CHECK_THROWS_AS(GeoImport::write(*db, p, QStringLiteral("tester")), GeoImportError);
        CHECK(regionDigest(*db) == before);
    }
    SECTION("a parent that does not exist lists what is there")
    {
        importOrFail(*db, lianhuCounty());
        GeoImportOptions o = street("beiguan");
        o.parentMode = GeoImportOptions::ParentMode::Fixed;
        o.parentCode = QStringLiteral("610103");
        const GeoImportPreview p = GeoImport::read(o, db.get());
        REQUIRE_FALSE(p.ok());
        const QString message = p.errors.join(QStringLiteral("\n"));
        CHECK(message.contains(QStringLiteral("610103000000")));
        CHECK(message.contains(QStringLiteral("610104000000 莲湖区")));
    }
    SECTION("streets without their county")
    {
        const GeoImportPreview p = GeoImport::read(street("beiguan"), db.get());
        REQUIRE_FALSE(p.ok());
        CHECK(p.errors.join(QStringLiteral("\n")).contains(QStringLiteral("no county")));
    }
    SECTION("Hangzhou grid numbers are not division codes")
    {
        GeoImportOptions o;
        o.file = geoFile(QStringLiteral("hangzhou_xiacheng/xiacheng_grids.geojson"));
        o.level = RegionLevel::Grid;
        o.codeField = QStringLiteral("网格编号");
        o.nameField = QStringLiteral("所属组织");
        const GeoImportPreview p = GeoImport::read(o, db.get());
        REQUIRE_FALSE(p.ok());
        const QString first = p.errors.first();
        CHECK(first.contains(o.file));
        CHECK(first.contains(QStringLiteral("feature 0")));
        CHECK(first.contains(QStringLiteral("'网格编号'")));
        CHECK(first.contains(QStringLiteral("SQ-")));
        CHECK(p.errors.last().contains(QStringLiteral("more problem")));
    }
    SECTION("a file OGR cannot read")
    {
        const QString junk = temp.dir.filePath(QStringLiteral("junk.geojson"));
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        GeoImportOptions o;
        o.file = junk;
        o.level = RegionLevel::County;
        const GeoImportPreview p = GeoImport::read(o, db.get());
        REQUIRE_FALSE(p.ok());
        CHECK(p.errors.first().startsWith(junk));
    }
    SECTION("a bad attribute filter")
    {
        GeoImportOptions o = lianhuCounty();
        o.where = QStringLiteral("adcode = = 1");
        const GeoImportPreview p = GeoImport::read(o, db.get());
        REQUIRE_FALSE(p.ok());
        CHECK(p.errors.first().contains(QStringLiteral("filter")));
    }
}

TEST_CASE("Reading reports progress and can be cancelled", "[geoimport]")
{
    REQUIRE_GEO_DATA();
    GeoImportOptions o = lianhuCounty();
    o.where.clear();
    qint64 last = -1, lastTotal = 0;
    bool monotonic = true;
    const GeoImportPreview p = GeoImport::read(o, nullptr, [&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= last;
        last = done;
        lastTotal = total;
    });
    REQUIRE(p.ok());
    CHECK(p.regions.size() == 13);
    CHECK(monotonic);
    CHECK(last == lastTotal);

    std::atomic_bool cancel{false};
    int calls = 0;
    const GeoImportPreview stopped = GeoImport::read(
        o, nullptr,
        [&](qint64, qint64) {
            if (++calls == 3)
                cancel = true;
        },
        &cancel);
    CHECK(stopped.cancelled);
    CHECK_FALSE(stopped.ok());
}
