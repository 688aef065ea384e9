#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "domain/responsestats.h"
#include "io/csvtable.h"
#include "store/database.h"
#include "store/patrolrecords.h"
#include "store/responsestatsrepository.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTimeZone>

#include <memory>

namespace {

const QString kCounty = QStringLiteral("990100000000");
const QString kTownA = QStringLiteral("990100001000");
const QString kTownB = QStringLiteral("990100002000");
const QString kVillageA1 = QStringLiteral("990100001001");
const QString kVillageB1 = QStringLiteral("990100002001");
const QString kGridA1 = QStringLiteral("990100001001001");
const QString kGridB1 = QStringLiteral("990100002001001");

qint64 local(const QString &text)
{
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss")).toMSecsSinceEpoch();
}

// A county of two townships (bbox lon 110–111, lat 25–26) with three platforms: a rapid-police
// platform of township A, a patrol platform of township B, and a community watch of a village
// of township B.
class PatrolCounty
{
public:
    PatrolCounty()
        : m_db(storetest::freshStore(m_tmp.path()))
    {
        region(kCounty, QStringLiteral("测试县"), 0, QString(), true);
        region(kTownA, QStringLiteral("甲镇"), 1, kCounty);
        region(kTownB, QStringLiteral("乙乡"), 1, kCounty);
        region(kVillageA1, QStringLiteral("甲一村"), 2, kTownA);
        region(kVillageB1, QStringLiteral("乙一村"), 2, kTownB);
        region(kGridA1, QStringLiteral("甲一村第一网格"), 3, kVillageA1);
        region(kGridB1, QStringLiteral("乙一村第一网格"), 3, kVillageB1);
        platform(QStringLiteral("990100KJ001"), QStringLiteral("甲镇快警区防平台"),
                 QStringLiteral("rapid_police"), kTownA);
        platform(QStringLiteral("990100XF001"), QStringLiteral("乙乡巡防平台"),
                 QStringLiteral("patrol"), kTownB);
        platform(QStringLiteral("990100QF001"), QStringLiteral("乙一村群防平台"),
                 QStringLiteral("community_watch"), kVillageB1);
    }

    Database &db() { return *m_db; }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.path(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    QString write(const QString &name, const QString &text) { return write(name, text.toUtf8()); }

    qint64 count(const QString &table)
    {
        QSqlQuery q = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        Database::exec(q);
        q.next();
        return q.value(0).toLongLong();
    }

private:
    void region(const QString &code, const QString &name, int level, const QString &parent,
                bool bbox = false)
    {
        QSqlQuery q = m_db->prepare(QStringLiteral(
            "INSERT INTO region (id, code, name, level, parent_code, min_lon, min_lat, max_lon, "
            "max_lat, rev, origin, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'test', 0)"));
        q.addBindValue(QStringLiteral("region-") + code);
        q.addBindValue(code);
        q.addBindValue(name);
        q.addBindValue(level);
        q.addBindValue(parent.isEmpty() ? QVariant() : QVariant(parent));
        for (double v : {110.0, 25.0, 111.0, 26.0})
            q.addBindValue(bbox ? QVariant(v) : QVariant());
        Database::exec(q);
    }
    void platform(const QString &code, const QString &name, const QString &kind,
                  const QString &region)
    {
        QSqlQuery q = m_db->prepare(QStringLiteral(
            "INSERT INTO platform (id, code, name, kind, region_code, lon, lat, rev, origin, "
            "updated_at) VALUES (?, ?, ?, ?, ?, 110.5, 25.5, 1, 'test', 0)"));
        q.addBindValue(QStringLiteral("platform-") + code);
        q.addBindValue(code);
        q.addBindValue(name);
        q.addBindValue(kind);
        q.addBindValue(region);
        Database::exec(q);
    }

    TempStore m_tmp;
    std::unique_ptr<Database> m_db;
};

const QString kIncidentHeader
    = QStringLiteral("platform,grid,kind,lon,lat,called,dispatched,arrived,finished\n");

// Eight incidents whose figures are counted by hand in the stats test (r8 lies before October).
const QString kIncidents = kIncidentHeader + QStringLiteral(
    "990100KJ001,990100001001001,theft,110.5,25.5,2026-10-02 10:00:00,2026-10-02 10:00:40,2026-10-02 10:02:00,2026-10-02 10:30\n"
    "990100KJ001,990100001001001,fight,,,2026-10-03 11:00,,2026-10-03 11:00:30,\n"
    "990100KJ001,990100002001001,help,,,2026-10-05 12:00,2026-10-05 12:01,2026-10-05 12:06,\n"
    "990100XF001,990100002001001,noise,,,2026-10-10 22:00,,2026-10-10 22:04,\n"
    "990100XF001,,traffic,,,2026-10-12 08:00,2026-10-12 08:01,,\n"
    "990100QF001,,other,,,2026-11-01 09:00,,2026-11-01 09:01,\n"
    ",,dispute,,,2026-10-20T01:00:00Z,,2026-10-20T09:03:00+08:00,\n"
    "990100KJ001,990100001001001,theft,,,2026-09-30 23:59,,2026-09-30 23:59:30,\n");

} // namespace

TEST_CASE("CSV reader keeps the line where a record starts, across quoted line breaks",
          "[patrol][csv]")
{
    QString error;
    const auto table = CsvTable::parse(
        "\xEF\xBB\xBF" "a,b\r\n1,\"two\nlines\"\r\n\r\n\"x \"\"quoted\"\"\",y\n3,4",
        QStringLiteral("t.csv"), &error);
    REQUIRE(table);
    CHECK(table->header() == QStringList {QStringLiteral("a"), QStringLiteral("b")});
    REQUIRE(table->records().size() == 3);
    CHECK(table->records().at(0).line == 2);
    CHECK(table->records().at(0).fields.at(1) == QStringLiteral("two\nlines"));
    CHECK(table->records().at(1).line == 5);
    CHECK(table->records().at(1).fields.at(0) == QStringLiteral("x \"quoted\""));
    CHECK(table->records().at(2).line == 6);

    CHECK_FALSE(CsvTable::parse("a,b\n1,2\n3\n", QStringLiteral("r.csv"), &error));
    CHECK(error.startsWith(QStringLiteral("r.csv:3:")));
    CHECK_FALSE(CsvTable::parse("a,b\n1,\"open\n", QStringLiteral("q.csv"), &error));
    CHECK(error.startsWith(QStringLiteral("q.csv:2:")));
}

TEST_CASE("CSV reader falls back to GB18030 when the bytes are not UTF-8", "[patrol][csv]")
{
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray bytes = gb.encode(QStringLiteral("名称,数量\n巡防平台,3\n"));
    QString error;
    const auto table = CsvTable::parse(bytes, QStringLiteral("gb.csv"), &error);
    REQUIRE(table);
    CHECK(table->encoding() == CsvTable::Encoding::Gb18030);
    CHECK(table->header().at(0) == QStringLiteral("名称"));
    CHECK(table->records().at(0).fields.at(0) == QStringLiteral("巡防平台"));
}

TEST_CASE("Importing incidents writes every row once; importing again changes nothing",
          "[patrol][import]")
{
    PatrolCounty county;
    const QString path = county.write(QStringLiteral("incidents.csv"), kIncidents);
    PatrolRecords records(county.db());
    const ImportResult first = records.importIncidents(path, QStringLiteral("tester"));
    INFO(first.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(first.ok());
    CHECK(first.read == 8);
    CHECK(first.inserted == 8);
    CHECK(county.count(QStringLiteral("incident")) == 8);

    QSqlQuery q = county.db().prepare(QStringLiteral(
        "SELECT called_at, arrived_at, updated_by, origin, rev FROM incident WHERE kind = 'dispute'"));
    Database::exec(q);
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == QDateTime(QDate(2026, 10, 20), QTime(1, 0), QTimeZone::utc())
                                         .toMSecsSinceEpoch());
    CHECK(q.value(1).toLongLong() - q.value(0).toLongLong() == 3 * 60000);
    CHECK(q.value(2).toString() == QStringLiteral("tester"));
    CHECK(q.value(3).toString() == county.db().nodeId());
    CHECK(q.value(4).toLongLong() > 0);
    q.finish();

    const ImportResult again = records.importIncidents(path, QStringLiteral("tester"));
    REQUIRE(again.ok());
    CHECK(again.read == 8);
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 8);
    CHECK(county.count(QStringLiteral("incident")) == 8);
}

TEST_CASE("A file with bad rows is refused, naming line and field, and nothing is written",
          "[patrol][import]")
{
    PatrolCounty county;
    const QString path = county.write(
        QStringLiteral("bad.csv"),
        kIncidentHeader
            + QStringLiteral(
                "990100KJ001,990100001001001,theft,,,2026-10-02 10:00,,2026-10-02 10:02,\n"
                "990100KJ999,,theft,,,2026-10-02 10:00,,,\n"
                ",12345,robbery,,,2026-10-02 10:00,,,\n"
                "990100KJ001,,fire,,,2026-10-02 10:00,,2026-10-02 09:58,\n"
                ",,help,200,25.5,2026-10-02 10:00,,,\n"
                ",,help,,,,,,\n"
                ",,help,115,25.5,2026-10-02 10:00,,,\n"
                ",,help,,,2026-13-02 10:00,,,\n"));
    const ImportResult r = PatrolRecords(county.db()).importIncidents(path, QStringLiteral("t"));
    const QString all = r.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK_FALSE(r.ok());
    CHECK(r.inserted == 0);
    for (const char *expected :
         {"bad.csv:3: field 'platform'", "bad.csv:4: field 'grid'", "bad.csv:4: field 'kind'",
          "bad.csv:5: field 'arrived'", "bad.csv:6: field 'lon'", "bad.csv:7: field 'called'",
          "bad.csv:8: field 'lon'", "bad.csv:9: field 'called'"}) {
        INFO(expected);
        CHECK(all.contains(QLatin1String(expected)));
    }
    CHECK_FALSE(all.contains(QStringLiteral("bad.csv:2:")));
    CHECK(county.count(QStringLiteral("incident")) == 0);
}

TEST_CASE("Line numbers stay right after a quoted line break", "[patrol][import]")
{
    PatrolCounty county;
    const QString path = county.write(
        QStringLiteral("quoted.csv"),
        kIncidentHeader
            + QStringLiteral("990100KJ001,,\"the\nft\",,,2026-10-02 10:00,,,\n"
                             "990100KJ001,990100009999999,theft,,,2026-10-02 11:00,,,\n"));
    const ImportResult r = PatrolRecords(county.db()).importIncidents(path, QStringLiteral("t"));
    const QString all = r.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("quoted.csv:2: field 'kind'")));
    CHECK(all.contains(QStringLiteral("quoted.csv:4: field 'grid'")));
}

TEST_CASE("A GB18030 file with Chinese headers imports", "[patrol][import]")
{
    PatrolCounty county;
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(QStringLiteral(
        "平台编号,网格编码,警情类型,经度,纬度,报警时间,派警时间,到场时间,处置完毕时间\n"
        "990100KJ001,990100001001001,盗窃,,,2026-10-02 10:00,,2026-10-02 10:03,\n"
        "990100XF001,,求助,110.2,25.3,2026/10/3 08:15,,,\n"));
    const QString path = county.write(QStringLiteral("gb.csv"), bytes);
    const ImportResult r = PatrolRecords(county.db()).importIncidents(path, QStringLiteral("t"));
    INFO(r.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok());
    CHECK(r.inserted == 2);
    QSqlQuery q = county.db().prepare(QStringLiteral("SELECT kind FROM incident ORDER BY called_at"));
    Database::exec(q);
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("theft"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("help"));
}

TEST_CASE("Shifts import, and re-import changes nothing", "[patrol][import]")
{
    PatrolCounty county;
    const QString path = county.write(
        QStringLiteral("shifts.csv"),
        QStringLiteral("platform,start,end,officers,volunteers,distance_km\n"
                       "990100KJ001,2026-10-01 08:00,2026-10-01 16:00,3,1,40.5\n"
                       "990100KJ001,2026-10-02 08:00,2026-10-02 16:00,2,0,30\n"
                       "990100XF001,2026-10-01 20:00,2026-10-02 08:00,1,4,12.25\n"));
    PatrolRecords records(county.db());
    const ImportResult r = records.importShifts(path, QStringLiteral("t"));
    INFO(r.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok());
    CHECK(r.inserted == 3);
    const ImportResult again = records.importShifts(path, QStringLiteral("t"));
    CHECK(again.unchanged == 3);
    CHECK(county.count(QStringLiteral("patrol_shift")) == 3);

    const QString bad = county.write(
        QStringLiteral("badshifts.csv"),
        QStringLiteral("platform,start,end,officers\n"
                       "990100KJ001,2026-10-05 08:00,2026-10-05 07:00,x\n"));
    const ImportResult refused = records.importShifts(bad, QStringLiteral("t"));
    const QString all = refused.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("badshifts.csv:2: field 'end'")));
    CHECK(all.contains(QStringLiteral("badshifts.csv:2: field 'officers'")));
    CHECK(county.count(QStringLiteral("patrol_shift")) == 3);
}

TEST_CASE("Single records are checked before they are written", "[patrol][import]")
{
    PatrolCounty county;
    PatrolRecords records(county.db());
    IncidentInput i;
    i.platformCode = QStringLiteral("990100KJ001");
    i.kind = QStringLiteral("theft");
    i.calledAt = local(QStringLiteral("2026-10-02 10:00:00"));
    i.dispatchedAt = i.calledAt + 120000;
    i.arrivedAt = i.calledAt + 60000;   // before the dispatch
    RecordResult r = records.addIncident(i, QStringLiteral("t"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.problems.join(QLatin1Char('\n')).contains(QStringLiteral("field 'arrived'")));
    CHECK(county.count(QStringLiteral("incident")) == 0);

    i.arrivedAt = i.calledAt + 180000;
    r = records.addIncident(i, QStringLiteral("t"));
    REQUIRE(r.ok());
    CHECK(r.inserted);
    r = records.addIncident(i, QStringLiteral("t"));
    CHECK(r.ok());
    CHECK_FALSE(r.inserted);
    CHECK(county.count(QStringLiteral("incident")) == 1);

    ShiftInput s;
    s.platformCode = QStringLiteral("990100NOPE");
    s.startAt = i.calledAt;
    s.endAt = i.calledAt + 8 * 3600000;
    CHECK_FALSE(records.addShift(s, QStringLiteral("t")).ok());
}

TEST_CASE("Response stats per platform, township and month agree with a hand count",
          "[patrol][stats]")
{
    PatrolCounty county;
    PatrolRecords records(county.db());
    REQUIRE(records.importIncidents(county.write(QStringLiteral("i.csv"), kIncidents),
                                    QStringLiteral("t"))
                .ok());
    REQUIRE(records
                .importShifts(county.write(QStringLiteral("s.csv"),
                                           QStringLiteral(
                                               "platform,start,end,officers,volunteers,distance_km\n"
                                               "990100KJ001,2026-10-01 08:00,2026-10-01 16:00,3,1,40.5\n"
                                               "990100KJ001,2026-10-02 08:00,2026-10-02 16:00,2,0,30\n"
                                               "990100XF001,2026-10-01 20:00,2026-10-02 08:00,1,4,12.25\n"
                                               "990100XF001,2026-09-30 20:00,2026-10-01 08:00,1,4,9\n")),
                              QStringLiteral("t"))
                .ok());

    const ResponseReport r = ResponseStatsRepository(county.db())
                                 .report(QDate(2026, 10, 1), QDate(2026, 12, 1));
    // County: minutes 2, 0.5, 6, 4, 1, 3 measured; one without arrival; r8 is in September.
    CHECK(r.incidents == 7);
    CHECK(r.withoutArrival == 1);
    CHECK(r.county.count == 6);
    CHECK(*r.county.median == Approx(2.5));
    CHECK(*r.county.p90 == Approx(5.0));
    CHECK(r.county.within == std::vector<qint64> {2, 4, 5});

    REQUIRE(r.byPlatform.size() == 3);
    const PlatformResponse &kj = r.byPlatform.at(0);
    CHECK(kj.code == QStringLiteral("990100KJ001"));
    CHECK(kj.townshipName == QStringLiteral("甲镇"));
    CHECK(kj.incidents == 3);
    CHECK(*kj.stats.median == Approx(2.0));
    const PlatformResponse &qf = r.byPlatform.at(1);
    CHECK(qf.code == QStringLiteral("990100QF001"));
    CHECK(qf.townshipCode == kTownB);   // through its village
    CHECK(qf.stats.count == 1);
    const PlatformResponse &xf = r.byPlatform.at(2);
    CHECK(xf.incidents == 2);
    CHECK(xf.withoutArrival == 1);
    CHECK(xf.stats.count == 1);

    // Township of the grid, else of the platform; the call with neither stands apart.
    REQUIRE(r.byTownship.size() == 3);
    CHECK(r.byTownship.at(0).code == kTownA);
    CHECK(r.byTownship.at(0).incidents == 2);
    CHECK(*r.byTownship.at(0).stats.median == Approx(1.25));
    CHECK(r.byTownship.at(1).code == kTownB);
    CHECK(r.byTownship.at(1).incidents == 4);
    CHECK(r.byTownship.at(1).withoutArrival == 1);
    CHECK(*r.byTownship.at(1).stats.median == Approx(4.0));
    CHECK(r.byTownship.at(2).code.isEmpty());
    CHECK(r.byTownship.at(2).incidents == 1);

    REQUIRE(r.byMonth.size() == 2);
    CHECK(r.byMonth.at(0).month == 10);
    CHECK(r.byMonth.at(0).incidents == 6);
    CHECK(r.byMonth.at(0).stats.count == 5);
    CHECK(r.byMonth.at(1).month == 11);
    CHECK(r.byMonth.at(1).incidents == 1);

    // Shifts that started in the period: the one starting 30 September is not counted.
    const PlatformShiftTotals &kjShifts = r.shifts.at(0);
    CHECK(kjShifts.shifts == 2);
    CHECK(kjShifts.hours == Approx(16));
    CHECK(kjShifts.officerHours == Approx(40));
    CHECK(kjShifts.volunteers == 1);
    CHECK(kjShifts.distanceKm == Approx(70.5));
    const PlatformShiftTotals &xfShifts = r.shifts.at(2);
    CHECK(xfShifts.shifts == 1);
    CHECK(xfShifts.hours == Approx(12));
    CHECK(xfShifts.distanceKm == Approx(12.25));
}
