#include <catch2/catch.hpp>

#include "clirun.h"
#include "surveystore.h"

#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

namespace {

using SurveyRun = CliTest::Run;
using CliTest::runCli;
using CliTest::tempDir;

using CliTest::surveyStore;

qint64 responses(const QString &store)
{
    auto db = Database::open(store, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    QSqlQuery q = db->prepare(QStringLiteral("SELECT COUNT(*) FROM survey_response"));
    Database::exec(q);
    REQUIRE(q.next());
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

QString writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = tempDir().filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// Rows on lines 2, 3–4 (a quoted line break), 5, 7 (bad answer), 8 (unknown township), 9 (no
// key), 10 (key of line 2 again), 11 (village of another township), 12; line 6 is blank.
const char *const kCsv =
    "受访者编号,乡镇/街道,村/社区,调查方式,安全感,治安满意度,执法满意度,知晓率,参与率,备注\n"
    "A001,城关镇,东门社区,电话,很安全,满意,基本满意,知道,参加过,\n"
    "A002,城关,西门村,入户,2,非常满意,B,了解,没参加过,\"住在村口, 晚上\n"
    "路灯暗\"\n"
    "A003,新安街道,,微信,基本安全,满意,满意,知道,参加过,多余\n"
    "\n"
    "A004,城关镇,东门社区,电话,挺安全,满意,满意,知道,参加过,\n"
    "A005,黄土镇,,电话,安全,满意,满意,知道,参加过,\n"
    ",城关镇,东门社区,电话,安全,满意,满意,知道,参加过,\n"
    "A001,城关镇,西门村,电话,安全,满意,满意,知道,参加过,\n"
    "A006,新安街道,西门村,网络,安全,满意,满意,知道,参加过,x,y\n"
    "A007,白沙乡,白沙村,,不安全,不满意,不满意,不知道,没参加过,\n";

} // namespace

TEST_CASE("import-survey prints counts, writes the report and adds nothing the second time",
          "[cli][survey]")
{
    const QString store = surveyStore(QStringLiteral("survey-json.db"));
    const QString csv = writeFile(QStringLiteral("answers.csv"), QByteArray(kCsv));
    const QString report = tempDir().filePath(QStringLiteral("report.json"));
    const QStringList words = {QStringLiteral("--db"),     store,
                               QStringLiteral("import-survey"), csv,
                               QStringLiteral("--wave"),   QStringLiteral("2026Q3"),
                               QStringLiteral("--report"), report,
                               QStringLiteral("--json")};
    const SurveyRun first = runCli(words);
    INFO(first.err.toStdString());
    REQUIRE(first.exit == 0);
    CHECK(first.out.trimmed()
          == QStringLiteral("{\"duplicates\":0,\"imported\":4,\"rejected\":5}"));
    CHECK(responses(store) == 4);

    QFile f(report);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(r.value(QStringLiteral("file")).toString() == csv);
    CHECK(r.value(QStringLiteral("wave")).toString() == QStringLiteral("2026Q3"));
    CHECK(r.value(QStringLiteral("imported")).toInt() == 4);
    CHECK(r.value(QStringLiteral("duplicates")).toInt() == 0);
    CHECK(r.value(QStringLiteral("rejected")).toInt() == 5);
    const QJsonArray rejections = r.value(QStringLiteral("rejections")).toArray();
    QStringList seen;
    for (const QJsonValue &v : rejections) {
        const QJsonObject o = v.toObject();
        seen << QStringLiteral("%1 %2").arg(o.value(QStringLiteral("line")).toInt())
                    .arg(o.value(QStringLiteral("field")).toString());
        CHECK_FALSE(o.value(QStringLiteral("reason")).toString().isEmpty());
    }
    CHECK(seen
          == QStringList {QStringLiteral("7 security"), QStringLiteral("8 township"),
                          QStringLiteral("9 respondent_key"), QStringLiteral("10 respondent_key"),
                          QStringLiteral("11 village")});
    CHECK(rejections.at(3).toObject().value(QStringLiteral("reason")).toString()
          == QStringLiteral("duplicate respondent key, first on line 2"));

    const SurveyRun second = runCli(words);
    REQUIRE(second.exit == 0);
    CHECK(second.out.trimmed()
          == QStringLiteral("{\"duplicates\":5,\"imported\":0,\"rejected\":4}"));
    CHECK(responses(store) == 4);
}

TEST_CASE("import-survey without --json summarises and lists the first rejected rows",
          "[cli][survey]")
{
    const QString store = surveyStore(QStringLiteral("survey-text.db"));
    QStringEncoder gb("GB18030");
    const QString csv = writeFile(QStringLiteral("answers-gbk.csv"),
                                  gb.encode(QString::fromUtf8(kCsv)));
    const SurveyRun r = runCli({QStringLiteral("--db"), store, QStringLiteral("import-survey"), csv,
                                QStringLiteral("--wave"), QStringLiteral("2026Q3"),
                                QStringLiteral("--encoding"), QStringLiteral("gb18030")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("4 imported, 0 duplicates (already stored), 5 rejected")));
    CHECK(r.out.contains(csv + QStringLiteral(":7: security: '挺安全' is not an answer")));
    CHECK(r.out.contains(csv + QStringLiteral(":8: township: no township is named '黄土镇'")));
    CHECK(r.out.contains(csv + QStringLiteral(":11: village: '西门村' is not a village or "
                                              "community of 新安街道")));
    CHECK(responses(store) == 4);
}

TEST_CASE("import-survey maps columns with --map", "[cli][survey]")
{
    const QString store = surveyStore(QStringLiteral("survey-map.db"));
    const QString csv = writeFile(QStringLiteral("odd.csv"),
                                  QByteArray("a,b,c,d\nX1,白沙乡,白沙村,不安全\nX2,城关镇,,1\n"));
    const QStringList base = {QStringLiteral("--db"), store, QStringLiteral("import-survey"), csv,
                              QStringLiteral("--wave"), QStringLiteral("2026Q4"),
                              QStringLiteral("--json")};
    SECTION("without a mapping the file cannot be used")
    {
        const SurveyRun r = runCli(base);
        CHECK(r.exit == 3);
        CHECK(r.err.contains(QStringLiteral("the header has no column for")));
        CHECK(r.out.isEmpty());
    }
    SECTION("by header name, number and letter")
    {
        const SurveyRun r = runCli(base + QStringList {QStringLiteral("--map"),
                                                       QStringLiteral("respondent_key=a"),
                                                       QStringLiteral("--map"),
                                                       QStringLiteral("township=2"),
                                                       QStringLiteral("--map"),
                                                       QStringLiteral("village=C"),
                                                       QStringLiteral("--map=security=d")});
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
        CHECK(r.json().value(QStringLiteral("imported")).toInt() == 2);
        CHECK(responses(store) == 2);
    }
    SECTION("an unknown field")
    {
        const SurveyRun r = runCli(base + QStringList {QStringLiteral("--map"),
                                                       QStringLiteral("name=a")});
        CHECK(r.exit == 3);
        CHECK(r.err.contains(QStringLiteral("respondent_key")));
    }
    SECTION("an unknown column")
    {
        const SurveyRun r = runCli(base + QStringList {QStringLiteral("--map"),
                                                       QStringLiteral("respondent_key=zz")});
        CHECK(r.exit == 3);
    }
}

TEST_CASE("import-survey exit codes", "[cli][survey]")
{
    const QString store = surveyStore(QStringLiteral("survey-exit.db"));
    const QString csv = writeFile(QStringLiteral("exit.csv"), QByteArray(kCsv));
    auto run = [&store](const QStringList &words) {
        return runCli(QStringList {QStringLiteral("--db"), store, QStringLiteral("import-survey")}
                      + words);
    };
    CHECK(run({csv}).exit == 2);   // no --wave
    CHECK(run({QStringLiteral("--wave"), QStringLiteral("2026Q3")}).exit == 2);
    CHECK(run({csv, QStringLiteral("--wave"), QStringLiteral("2026Q3"),
               QStringLiteral("--encoding"), QStringLiteral("latin1")})
              .exit
          == 2);
    CHECK(run({tempDir().filePath(QStringLiteral("none.csv")), QStringLiteral("--wave"),
               QStringLiteral("2026Q3")})
              .exit
          == 3);
    const QString noKey = writeFile(QStringLiteral("nokey.csv"),
                                    QByteArray("姓名,乡镇,安全感\n张三,城关镇,很安全\n"));
    const SurveyRun r = run({noKey, QStringLiteral("--wave"), QStringLiteral("2026Q3")});
    CHECK(r.exit == 3);
    CHECK(r.err.contains(noKey + QStringLiteral(":1: the header has no column for")));
    CHECK(r.err.contains(QStringLiteral("nothing was written")));
    CHECK(responses(store) == 0);
    CHECK(runCli({QStringLiteral("--db"), tempDir().filePath(QStringLiteral("missing.db")),
                  QStringLiteral("import-survey"), csv, QStringLiteral("--wave"),
                  QStringLiteral("2026Q3")})
              .exit
          == 1);
}
