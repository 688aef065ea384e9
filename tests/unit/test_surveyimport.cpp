#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "domain/surveyscheme.h"
#include "io/surveyimport.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/surveyimportwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QStringEncoder>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace {

const QString kCounty = QStringLiteral("990200000000");
const QString kChengguan = QStringLiteral("990200001000");
const QString kXinan = QStringLiteral("990200002000");
const QString kBaisha = QStringLiteral("990200003000");
const QString kDongmen = QStringLiteral("990200001001");
const QString kXimen = QStringLiteral("990200001002");
const QString kXinanCommunity = QStringLiteral("990200002001");
const QString kBaishaVillage = QStringLiteral("990200003001");

// A county of three townships (城关镇, 新安街道, 白沙乡) and four villages or communities, in a
// new store (a SQLite file, or a PostgreSQL database in pg_tests); the files to import are in
// the test's temporary folder.
class SurveyCounty
{
public:
    SurveyCounty()
        : m_db(storetest::freshStore(m_tmp.path()))
    {
        region(kCounty, QStringLiteral("测试县"), 0, QString());
        region(kChengguan, QStringLiteral("城关镇"), 1, kCounty);
        region(kXinan, QStringLiteral("新安街道"), 1, kCounty);
        region(kBaisha, QStringLiteral("白沙乡"), 1, kCounty);
        region(kDongmen, QStringLiteral("东门社区"), 2, kChengguan);
        region(kXimen, QStringLiteral("西门村"), 2, kChengguan);
        region(kXinanCommunity, QStringLiteral("新安社区"), 2, kXinan);
        region(kBaishaVillage, QStringLiteral("白沙村"), 2, kBaisha);
    }

    Database &db() { return *m_db; }
    QString path(const QString &name = QStringLiteral("store.db")) const
    {
        return m_tmp.path(name);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.path(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q = m_db->prepare(sql);
        Database::exec(q);
        REQUIRE(q.next());
        const qint64 n = q.value(0).toLongLong();
        q.finish();
        return n;
    }

    // region, method and the five answers of a stored response.
    QString response(const QString &key)
    {
        QSqlQuery q = m_db->prepare(QStringLiteral(
            "SELECT region_code, method, security, order_satisfaction, enforcement_satisfaction, "
            "awareness, participation FROM survey_response WHERE respondent_key = ?"));
        q.addBindValue(key);
        Database::exec(q);
        REQUIRE(q.next());
        QStringList parts;
        for (int i = 0; i < 7; ++i)
            parts << q.value(i).toString();
        q.finish();
        return parts.join(QLatin1Char(' '));
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

    TempStore m_tmp;
    std::unique_ptr<Database> m_db;
};

// An office's export with problems. Line numbers in the comments; the quoted remark of A002
// spans lines 3 and 4; line 6 is blank; line 11 has two extra cells.
const char *const kBrokenCsv =
    "受访者编号,乡镇（街道）,村/社区,调查方式,安全感,治安满意度,执法满意度,平安建设知晓率,"
    "平安建设参与率,备注\r\n"                                            // 1
    "A001,城关镇,东门社区,电话,很安全,满意,基本满意,知道,参加过,\r\n"    // 2
    "A002,城关,西门村,入户,2,非常满意,B,了解,没参加过,\"住在村口, 晚上\r\n"  // 3
    "路灯暗\"\r\n"                                                       // 4
    "A003,新安街道,,微信,基本安全, 满意 ,满意,知道,参加过,多余\r\n"     // 5
    "\r\n"                                                               // 6
    "A004,城关镇,东门社区,电话,挺安全,满意,满意,知道,参加过,\r\n"       // 7 bad answer
    "A005,黄土镇,,电话,安全,满意,满意,知道,参加过,\r\n"                  // 8 unknown township
    ",城关镇,东门社区,电话,安全,满意,满意,知道,参加过,\r\n"              // 9 no key
    "A001,城关镇,西门村,电话,安全,满意,满意,知道,参加过,\r\n"            // 10 key twice
    "A006,新安街道,西门村,网络,安全,满意,满意,知道,参加过,x,y,z\r\n"     // 11 wrong village
    "A007,白沙乡,白沙村,,不安全,不满意,不满意,不知道,没参加过,\r\n";    // 12

QList<QPair<qint64, QString>> linesAndFields(const SurveyImport::Result &r)
{
    QList<QPair<qint64, QString>> out;
    for (const SurveyImport::Rejection &x : r.rejections)
        out.append({x.line, x.field});
    return out;
}

const QList<QPair<qint64, QString>> kBrokenRejections = {
    {7, QStringLiteral("security")},
    {8, QStringLiteral("township")},
    {9, QStringLiteral("respondent_key")},
    {10, QStringLiteral("respondent_key")},
    {11, QStringLiteral("village")},
};

SurveyImport::Options options(const QString &file, const QString &wave = QStringLiteral("2026Q3"))
{
    SurveyImport::Options o;
    o.file = file;
    o.wave = wave;
    o.actor = QStringLiteral("tester");
    return o;
}

void checkBrokenImport(SurveyCounty &county, const SurveyImport::Result &r)
{
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    CHECK(r.imported == 4);
    CHECK(r.duplicates == 0);
    CHECK(r.rejected == 5);
    CHECK(linesAndFields(r) == kBrokenRejections);
    CHECK(r.rejections.at(3).reason == QStringLiteral("duplicate respondent key, first on line 2"));
    CHECK(r.rejections.at(0).reason.contains(QStringLiteral("挺安全")));
    CHECK(r.rejections.at(1).reason.contains(QStringLiteral("黄土镇")));
    CHECK(r.waveCreated);
    CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_response")) == 4);
    CHECK(county.response(QStringLiteral("A001")) == kDongmen + QStringLiteral(" phone 1 1 2 1 1"));
    CHECK(county.response(QStringLiteral("A002"))
          == kXimen + QStringLiteral(" face_to_face 2 1 2 1 2"));
    CHECK(county.response(QStringLiteral("A003")) == kXinan + QStringLiteral(" online 3 1 1 1 1"));
    CHECK(county.response(QStringLiteral("A007"))
          == kBaishaVillage + QStringLiteral("  5 3 3 2 2"));
}

} // namespace

TEST_CASE("survey import matches answers by text, code, letter and variant", "[surveyimport]")
{
    const SurveyScheme scheme = SurveyScheme::standard();
    const SurveyIndicatorRule &security = scheme.rule(SurveyIndicator::Security);
    CHECK(SurveyImport::matchAnswer(security, QStringLiteral("很安全")) == 1);
    CHECK(SurveyImport::matchAnswer(security, QStringLiteral(" 基本　安全 ")) == 3);
    CHECK(SurveyImport::matchAnswer(security, QStringLiteral("5")) == 5);
    CHECK(SurveyImport::matchAnswer(security, QStringLiteral("４")) == 4);
    CHECK(SurveyImport::matchAnswer(security, QStringLiteral("b")) == 2);
    CHECK(SurveyImport::matchAnswer(security, QStringLiteral("非常安全")) == 1);
    CHECK(SurveyImport::matchAnswer(security, QStringLiteral("比较安全")) == 2);
    CHECK(SurveyImport::matchAnswer(security, QString()) == 0);
    CHECK(SurveyImport::matchAnswer(security, QStringLiteral("6")) == -1);
    CHECK(SurveyImport::matchAnswer(security, QStringLiteral("挺安全")) == -1);
    const SurveyIndicatorRule &order = scheme.rule(SurveyIndicator::OrderSatisfaction);
    CHECK(SurveyImport::matchAnswer(order, QStringLiteral("比较满意")) == 2);
    CHECK(SurveyImport::matchAnswer(order, QStringLiteral("非常满意")) == 1);
    CHECK(SurveyImport::matchAnswer(order, QStringLiteral("很不满意")) == 3);
    CHECK(SurveyImport::matchAnswer(order, QStringLiteral("D")) == -1);
    const SurveyIndicatorRule &awareness = scheme.rule(SurveyIndicator::Awareness);
    CHECK(SurveyImport::matchAnswer(awareness, QStringLiteral("了解")) == 1);
    CHECK(SurveyImport::matchAnswer(awareness, QStringLiteral("不了解")) == 2);
    const SurveyIndicatorRule &participation = scheme.rule(SurveyIndicator::Participation);
    CHECK(SurveyImport::matchAnswer(participation, QStringLiteral("参与过")) == 1);
    CHECK(SurveyImport::matchAnswer(participation, QStringLiteral("没有参加")) == 2);

    CHECK(SurveyImport::methodKey(QStringLiteral("电话")) == QStringLiteral("phone"));
    CHECK(SurveyImport::methodKey(QStringLiteral("入户")) == QStringLiteral("face_to_face"));
    CHECK(SurveyImport::methodKey(QStringLiteral("微信")) == QStringLiteral("online"));
    CHECK(SurveyImport::methodKey(QString()) == QString());
    CHECK_FALSE(SurveyImport::methodKey(QStringLiteral("信鸽")).has_value());
}

TEST_CASE("survey import recognises Chinese headers and says when it is unsure", "[surveyimport]")
{
    QList<SurveyField> unsure;
    QList<SurveyField> missing;
    QList<SurveyField> absent;
    const QStringList header = {QStringLiteral("序号"), QStringLiteral("问卷编号"),
                                QStringLiteral("乡镇（街道）"), QStringLiteral("村(社区)"),
                                QStringLiteral("您觉得您所在地区治安状况安全吗"),
                                QStringLiteral("社会治安满意度"), QStringLiteral("执法满意度"),
                                QStringLiteral("知晓率"), QStringLiteral("参与率"),
                                QStringLiteral("备注")};
    const SurveyColumnMapping m = SurveyImport::guessMapping(header, &unsure, &missing, &absent);
    CHECK(m.column(SurveyField::RespondentKey) == 1);   // 问卷编号 before 序号
    CHECK(m.column(SurveyField::Township) == 2);
    CHECK(m.column(SurveyField::Village) == 3);
    CHECK(m.column(SurveyField::Security) == 4);
    CHECK(m.column(SurveyField::OrderSatisfaction) == 5);
    CHECK(m.column(SurveyField::EnforcementSatisfaction) == 6);
    CHECK(m.column(SurveyField::Awareness) == 7);
    CHECK(m.column(SurveyField::Participation) == 8);
    CHECK(m.column(SurveyField::Method) == -1);
    CHECK(unsure == QList<SurveyField> {SurveyField::Security});
    CHECK(missing.isEmpty());
    CHECK(absent == QList<SurveyField> {SurveyField::Method});
    CHECK(m.problem(int(header.size())).isEmpty());

    SurveyImport::guessMapping({QStringLiteral("姓名"), QStringLiteral("安全感")}, &unsure,
                               &missing);
    CHECK(missing == QList<SurveyField> {SurveyField::RespondentKey, SurveyField::Township});

    CHECK(SurveyImport::resolveColumn(header, QStringLiteral("备注")) == 9);
    CHECK(SurveyImport::resolveColumn(header, QStringLiteral("3")) == 2);
    CHECK(SurveyImport::resolveColumn(header, QStringLiteral("B")) == 1);
    CHECK(SurveyImport::resolveColumn(header, QStringLiteral("没有")) == -1);
}

TEST_CASE("survey import previews UTF-8, UTF-8 with BOM and GB18030 files", "[surveyimport]")
{
    SurveyCounty county;
    const QByteArray utf8(kBrokenCsv);
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray gbBytes = gb.encode(QString::fromUtf8(utf8));
    const struct
    {
        const char *name;
        QByteArray bytes;
        SurveyImport::Encoding encoding;
    } files[] = {
        {"plain.csv", utf8, SurveyImport::Encoding::Utf8},
        {"bom.csv", QByteArray("\xEF\xBB\xBF") + utf8, SurveyImport::Encoding::Utf8WithBom},
        {"gbk.csv", gbBytes, SurveyImport::Encoding::Gb18030},
    };
    for (const auto &f : files) {
        INFO(f.name);
        QString error;
        const auto p = SurveyImport::preview(county.write(QString::fromLatin1(f.name), f.bytes),
                                             SurveyImport::Encoding::Auto, {}, &error);
        INFO(error.toStdString());
        REQUIRE(p);
        CHECK(p->format == SurveyImport::Format::Csv);
        CHECK(p->encoding == f.encoding);
        CHECK(p->headerLine == 1);
        CHECK(p->header.value(1) == QStringLiteral("乡镇（街道）"));
        REQUIRE(p->rows.size() == 9);
        CHECK(p->rowLines.mid(0, 4) == QList<int> {2, 3, 5, 7});
        CHECK(p->rows.at(1).value(9) == QStringLiteral("住在村口, 晚上\r\n路灯暗"));
        CHECK(p->rows.at(2).size() == 10);   // the extra cell is cut
        CHECK(p->missing.isEmpty());
        CHECK(p->unsure.isEmpty());
        CHECK_FALSE(p->needsConfirmation());
    }
}

TEST_CASE("survey import checks every row and writes the good ones", "[surveyimport]")
{
    SurveyCounty county;
    const QString file = county.write(QStringLiteral("broken.csv"), QByteArray(kBrokenCsv));
    const SurveyImport::Result r = SurveyImport::run(county.db(), options(file));
    checkBrokenImport(county, r);
    CHECK(r.encoding == SurveyImport::Encoding::Utf8);
    CHECK(county.count(QStringLiteral(
              "SELECT COUNT(*) FROM survey_wave WHERE name = '2026Q3' AND starts_on = '2026-07-01' "
              "AND ends_on = '2026-09-30'"))
          == 1);
    CHECK(r.toJson()
          == QJsonObject {{QStringLiteral("imported"), 4},
                          {QStringLiteral("duplicates"), 0},
                          {QStringLiteral("rejected"), 5}});
    const QJsonObject report = r.report(file, QStringLiteral("2026Q3"));
    CHECK(report.value(QStringLiteral("rejections")).toArray().size() == 5);
    CHECK(report.value(QStringLiteral("rejections")).toArray().at(0).toObject().value(
              QStringLiteral("line"))
          == 7);

    SECTION("importing the same file again adds nothing")
    {
        const SurveyImport::Result again = SurveyImport::run(county.db(), options(file));
        REQUIRE(again.ok());
        CHECK(again.imported == 0);
        // Line 10 repeats A001, which is now stored: a duplicate, not a rejection.
        CHECK(again.duplicates == 5);
        CHECK(again.rejected == 4);
        CHECK_FALSE(again.waveCreated);
        CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_response")) == 4);
        CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_wave")) == 1);
    }
    SECTION("the same keys in another wave are new")
    {
        const SurveyImport::Result other =
            SurveyImport::run(county.db(), options(file, QStringLiteral("2026Q4")));
        CHECK(other.imported == 4);
        CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_response")) == 8);
    }
}

TEST_CASE("survey import reads UTF-8 with BOM and GB18030 the same", "[surveyimport]")
{
    SurveyCounty county;
    QStringEncoder gb("GB18030");
    const QByteArray gbBytes = gb.encode(QString::fromUtf8(kBrokenCsv));
    SECTION("GB18030")
    {
        const QString file = county.write(QStringLiteral("gbk.csv"), gbBytes);
        const SurveyImport::Result r = SurveyImport::run(county.db(), options(file));
        checkBrokenImport(county, r);
        CHECK(r.encoding == SurveyImport::Encoding::Gb18030);
    }
    SECTION("GB18030 asked for")
    {
        const QString file = county.write(QStringLiteral("gbk.csv"), gbBytes);
        SurveyImport::Options o = options(file);
        o.encoding = SurveyImport::Encoding::Gb18030;
        checkBrokenImport(county, SurveyImport::run(county.db(), o));
    }
    SECTION("UTF-8 with BOM")
    {
        const QString file = county.write(QStringLiteral("bom.csv"),
                                          QByteArray("\xEF\xBB\xBF") + QByteArray(kBrokenCsv));
        const SurveyImport::Result r = SurveyImport::run(county.db(), options(file));
        checkBrokenImport(county, r);
        CHECK(r.encoding == SurveyImport::Encoding::Utf8WithBom);
    }
}

TEST_CASE("survey import takes region codes and LF line ends", "[surveyimport]")
{
    SurveyCounty county;
    const QString file = county.write(
        QStringLiteral("codes.csv"),
        QByteArray("编号,区划代码,安全感\n"
                   "K1,990200001002,1\n"
                   "K2,990200002000,2\n"
                   "K3,990200009000,3\n"
                   "K4,12345,3"));
    const SurveyImport::Result r = SurveyImport::run(county.db(), options(file));
    REQUIRE(r.ok());
    CHECK(r.imported == 2);
    CHECK(linesAndFields(r)
          == QList<QPair<qint64, QString>> {{4, QStringLiteral("region_code")},
                                            {5, QStringLiteral("region_code")}});
    CHECK(county.response(QStringLiteral("K1")) == kXimen + QStringLiteral("  1 0 0 0 0"));
    CHECK(county.response(QStringLiteral("K2")) == kXinan + QStringLiteral("  2 0 0 0 0"));
}

TEST_CASE("survey import refuses a file it cannot use and writes nothing", "[surveyimport]")
{
    SurveyCounty county;
    SECTION("no respondent key column")
    {
        const QString file = county.write(QStringLiteral("nokey.csv"),
                                          QByteArray("姓名,乡镇,安全感\n张三,城关镇,很安全\n"));
        const SurveyImport::Result r = SurveyImport::run(county.db(), options(file));
        CHECK_FALSE(r.ok());
        CHECK(r.error.startsWith(file + QStringLiteral(":1: ")));
        CHECK(r.error.contains(QStringLiteral("受访者编号")));
    }
    SECTION("an unclosed quote")
    {
        const QString file = county.write(
            QStringLiteral("quote.csv"),
            QByteArray("编号,乡镇,安全感\nA1,城关镇,很安全\nA2,城关镇,\"很安全\nA3,城关镇,安全\n"));
        const SurveyImport::Result r = SurveyImport::run(county.db(), options(file));
        CHECK(r.error
              == file + QStringLiteral(":3: a quoted field starts here and is never closed"));
        CHECK(r.imported == 0);
    }
    SECTION("no such file")
    {
        const SurveyImport::Result r =
            SurveyImport::run(county.db(), options(county.path() + QStringLiteral(".none")));
        CHECK(r.error.contains(QStringLiteral("no such file")));
    }
    CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_response")) == 0);
    CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_wave")) == 0);
}

TEST_CASE("survey import with an explicit mapping", "[surveyimport]")
{
    SurveyCounty county;
    const QString file = county.write(QStringLiteral("odd.csv"),
                                      QByteArray("a,b,c,d\nX1,白沙乡,白沙村,不安全\n"));
    SurveyImport::Options o = options(file);
    SurveyColumnMapping m;
    m.set(SurveyField::RespondentKey, 0);
    m.set(SurveyField::Township, 1);
    m.set(SurveyField::Village, 2);
    m.set(SurveyField::Security, 3);
    o.mapping = m;
    const SurveyImport::Result r = SurveyImport::run(county.db(), o);
    REQUIRE(r.ok());
    CHECK(r.imported == 1);
    CHECK(county.response(QStringLiteral("X1")) == kBaishaVillage + QStringLiteral("  5 0 0 0 0"));

    m.set(SurveyField::Village, 3);
    o.mapping = m;
    CHECK(SurveyImport::run(county.db(), o).error.contains(QStringLiteral("column 4")));
}

TEST_CASE("a cancelled survey import leaves the store as it was", "[surveyimport]")
{
    SurveyCounty county;
    const QString file = county.write(QStringLiteral("broken.csv"), QByteArray(kBrokenCsv));
    int calls = 0;
    const SurveyImport::Result r =
        SurveyImport::run(county.db(), options(file), [&calls](double, qint64) {
            ++calls;
            return false;
        });
    CHECK(calls == 1);
    CHECK(r.cancelled);
    CHECK_FALSE(r.ok());
    CHECK(r.imported == 0);
    CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_response")) == 0);
    CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_wave")) == 0);
    // The store is usable afterwards.
    checkBrokenImport(county, SurveyImport::run(county.db(), options(file)));
}

TEST_CASE("survey import reads XLSX through GDAL", "[surveyimport]")
{
    SurveyCounty county;
    const QString file = county.path(QStringLiteral("survey.xlsx"));
    {
        GDALAllRegister();
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("XLSX");
        REQUIRE(driver);
        std::unique_ptr<GDALDataset> ds(
            driver->Create(file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(ds);
        OGRLayer *layer = ds->CreateLayer("问卷", nullptr, wkbNone, nullptr);
        REQUIRE(layer);
        const char *const header[] = {"受访者编号", "乡镇/街道", "村/社区", "安全感", "治安满意度"};
        for (const char *h : header) {
            OGRFieldDefn field(h, OFTString);
            REQUIRE(layer->CreateField(&field) == OGRERR_NONE);
        }
        const char *const rows[][5] = {
            {"X1", "城关镇", "东门社区", "很安全", "满意"},
            {"X2", "城关镇", "", "不存在", "满意"},
            {"X3", "白沙", "白沙村", "3", "基本满意"},
        };
        for (const auto &row : rows) {
            OGRFeature feature(layer->GetLayerDefn());
            for (int i = 0; i < 5; ++i)
                feature.SetField(i, row[i]);
            REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
        }
    }
    QString error;
    const auto p = SurveyImport::preview(file, SurveyImport::Encoding::Auto, {}, &error);
    INFO(error.toStdString());
    REQUIRE(p);
    CHECK(p->format == SurveyImport::Format::Xlsx);
    CHECK(p->sheets == QStringList {QStringLiteral("问卷")});
    CHECK(p->header.value(1) == QStringLiteral("乡镇/街道"));
    CHECK(p->headerLine == 1);
    CHECK(p->rowLines == QList<int> {2, 3, 4});

    const SurveyImport::Result r = SurveyImport::run(county.db(), options(file));
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    CHECK(r.format == SurveyImport::Format::Xlsx);
    CHECK(r.imported == 2);
    CHECK(linesAndFields(r)
          == QList<QPair<qint64, QString>> {{3, QStringLiteral("security")}});
    CHECK(county.response(QStringLiteral("X3")) == kBaishaVillage + QStringLiteral("  3 2 0 0 0"));

    SurveyImport::Options o = options(file);
    o.sheet = QStringLiteral("没有");
    CHECK(SurveyImport::run(county.db(), o).error.contains(QStringLiteral("问卷")));
}

TEST_CASE("survey waves named YYYYQn cover their quarter", "[surveyimport]")
{
    QDate from;
    QDate to;
    SurveyImportWriter::waveDates(QStringLiteral("2026Q3"), QDate(2020, 1, 1), &from, &to);
    CHECK(from == QDate(2026, 7, 1));
    CHECK(to == QDate(2026, 9, 30));
    SurveyImportWriter::waveDates(QStringLiteral("2025-q1"), QDate(2020, 1, 1), &from, &to);
    CHECK(from == QDate(2025, 1, 1));
    CHECK(to == QDate(2025, 3, 31));
    SurveyImportWriter::waveDates(QStringLiteral("春季回访"), QDate(2026, 11, 15), &from, &to);
    CHECK(from == QDate(2026, 10, 1));
    CHECK(to == QDate(2026, 12, 31));
}

TEST_CASE("a bulk survey import keeps the answer counts and the foreign keys", "[surveyimport]")
{
    SurveyCounty county;
    // 60,000 rows (~6 MB): loaded the bulk way (see SurveyImportWriter).
    QByteArray csv = "受访者编号,乡镇/街道,村/社区,调查方式,安全感,治安满意度,执法满意度,知晓率,"
                     "参与率,备注,调查员,调查日期\r\n";
    const char *const places[][2] = {{"城关镇", "东门社区"}, {"城关镇", "西门村"},
                                     {"新安街道", ""}, {"白沙乡", "白沙村"}};
    const char *const security[] = {"很安全", "安全", "基本安全", "不太安全", "不安全"};
    const int rows = 60000;
    for (int i = 0; i < rows; ++i) {
        const auto &p = places[i % 4];
        csv += "B" + QByteArray::number(100000 + i) + ',' + p[0] + ',' + p[1] + ",电话,"
            + security[i % 5] + ",满意,基本满意,知道,没参加过,无,张三,2026-08-01\r\n";
    }
    csv += "B100007,城关镇,东门社区,电话,安全,满意,满意,知道,参加过,,,\r\n";   // key again
    const QString file = county.write(QStringLiteral("bulk.csv"), csv);
    const SurveyImport::Result r = SurveyImport::run(county.db(), options(file));
    REQUIRE(r.ok());
    CHECK(r.imported == rows);
    CHECK(linesAndFields(r)
          == QList<QPair<qint64, QString>> {{rows + 2, QStringLiteral("respondent_key")}});
    CHECK(r.rejections.value(0).reason
          == QStringLiteral("duplicate respondent key, first on line 9"));
    if (!storetest::kOnPostgres)   // SQLite's switch; a server has none
        CHECK(county.count(QStringLiteral("PRAGMA foreign_keys")) == 1);
    // Foreign keys are enforced after the import: a response of an unknown region is refused.
    CHECK_THROWS_AS(county.db().execScript(QStringLiteral(
                        "INSERT INTO survey_response (id, wave_id, respondent_key, region_code, "
                        "rev, origin, updated_at) SELECT 'orphan', id, 'orphan', '990299999999', "
                        "1, 'test', 0 FROM survey_wave")),
                    StoreError);
    CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_response")) == rows);
    CHECK(county.count(QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE security = 3 "
                                      "AND region_code = '990200002000'"))
          == rows / 20);
    // The counts the indicators read agree with the responses.
    CHECK(county.count(QStringLiteral("SELECT sum(responses) FROM survey_tally")) == rows);
    CHECK(county.count(QStringLiteral(
              "SELECT sum(responses) FROM survey_tally WHERE region_code = '990200001001' "
              "AND security = 1")) == rows / 20);
    // The trigger that counts single inserts is back (on a server: enabled again).
    CHECK(county.count(storetest::kOnPostgres
                           ? QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname = "
                                            "'survey_tally_insert' AND tgenabled = 'O'")
                           : QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE type = "
                                            "'trigger' AND name = 'survey_tally_insert'"))
          == 1);
    // Ids sort in the order the rows were written.
    CHECK(county.count(QStringLiteral(
              "SELECT COUNT(*) FROM survey_response a JOIN survey_response b ON b.rid = a.rid + 1 "
              "WHERE b.id <= a.id")) == 0);
}

TEST_CASE("survey import matches region names without their suffix", "[surveyimport]")
{
    SurveyCounty county;
    const QString names = county.write(QStringLiteral("names.csv"),
                                       QByteArray("编号,乡镇,村,安全感\n"
                                                  "S1,新安,新安社区,1\n"
                                                  "S2,城关镇,东门,2\n"
                                                  "S3,城关,西门,3\n"
                                                  "S4,城关,白沙村,3\n"));
    const SurveyImport::Result r = SurveyImport::run(county.db(), options(names));
    REQUIRE(r.ok());
    CHECK(r.imported == 3);
    CHECK(linesAndFields(r) == QList<QPair<qint64, QString>> {{5, QStringLiteral("village")}});
    CHECK(county.response(QStringLiteral("S1")) == kXinanCommunity + QStringLiteral("  1 0 0 0 0"));
    CHECK(county.response(QStringLiteral("S2")) == kDongmen + QStringLiteral("  2 0 0 0 0"));
    CHECK(county.response(QStringLiteral("S3")) == kXimen + QStringLiteral("  3 0 0 0 0"));

    const QString codes = county.write(QStringLiteral("codes-and-names.csv"),
                                       QByteArray("编号,区划代码,乡镇,安全感\n"
                                                  "C1,990200003001,白沙乡,1\n"
                                                  "C2,990200003001,城关镇,1\n"));
    const SurveyImport::Result c = SurveyImport::run(county.db(), options(codes));
    REQUIRE(c.ok());
    CHECK(c.imported == 1);
    CHECK(linesAndFields(c) == QList<QPair<qint64, QString>> {{3, QStringLiteral("township")}});
}
