// pingan-cli report: the monthly report (月报) as a county schedules it, read back the way a
// person reads it (the PDF's text through poppler's pdftotext) and held against the statistics
// commands' own figures.

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using CliTest::Run;
using CliTest::runCli;

namespace {

// A demo county (its history ends on 2026-11-15) shared by the tests of this file.
const QString &reportStore()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("report.db"));
        const Run r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                              QStringLiteral("--demo"), QStringLiteral("--scale"),
                              QStringLiteral("0.25")});
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
    }
    return path;
}

Run cli(const QStringList &args)
{
    return runCli(QStringList {QStringLiteral("--db"), reportStore()} + args);
}

const QStringList kOctober = {QStringLiteral("--month"), QStringLiteral("2026-10"),
                              QStringLiteral("--as-of"), QStringLiteral("2026-11-15")};

// The PDF's text laid out as printed (pdftotext -layout), one entry per line; with `raw`, in
// the order it was drawn (page furniture apart from the body it sits close to).
QStringList pdfLines(const QString &pdf, bool raw = false)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext comes with poppler-utils (resources/debian-packages.txt)");
    REQUIRE(!tool.isEmpty());
    QProcess p;
    p.start(tool, {raw ? QStringLiteral("-raw") : QStringLiteral("-layout"),
                   QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
}

// The words of the first line that starts with `name` followed by space, after the name.
QStringList rowAfter(const QStringList &lines, const QString &name)
{
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(name + QLatin1Char(' ')))
            return t.mid(name.size()).split(QRegularExpression(QStringLiteral("\\s+")),
                                            Qt::SkipEmptyParts);
    }
    return {};
}

QString percentText(const QJsonValue &fraction)
{
    return fraction.isNull() ? QStringLiteral("—")
                             : QString::number(fraction.toDouble() * 100.0, 'f', 1)
            + QLatin1Char('%');
}

QJsonObject statsOctober(const QStringList &more = {})
{
    const Run r = cli(QStringList {QStringLiteral("stats"), QStringLiteral("disputes"),
                                   QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                                   QStringLiteral("--as-of"), QStringLiteral("2026-11-15"),
                                   QStringLiteral("--json")}
                      + more);
    REQUIRE(r.exit == 0);
    return r.json();
}

} // namespace

TEST_CASE("report --pdf prints the county's bulletin whose figures are the statistics'",
          "[cli][report]")
{
    const QString pdf = CliTest::tempDir().filePath(QStringLiteral("county-2026-10.pdf"));
    const Run r = cli(QStringList {QStringLiteral("report")} + kOctober
                      + QStringList {QStringLiteral("--pdf"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("pages")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const QStringList lines = pdfLines(pdf);
    const QString text = lines.join(QLatin1Char('\n'));
    const QJsonObject stats = statsOctober();
    const QString county = stats.value(QStringLiteral("region")).toObject()
                               .value(QStringLiteral("name")).toString();
    // The masthead and the furniture of a bulletin, in Chinese characters (no Kangxi radicals
    // such as ⽉ for 月 in the text).
    CHECK(text.contains(county + QStringLiteral("社会治安综合治理月报")));
    CHECK(text.contains(QStringLiteral("2026年第10期")));
    CHECK(text.contains(QStringLiteral("一、总体情况")));
    CHECK_FALSE(text.contains(QChar(0x2F49)));   // ⽉
    CHECK_FALSE(text.contains(QChar(0x2F70)));   // ⽰
    static const QRegularExpression lastPage(QStringLiteral("第 (\\d+) 页 共 (\\d+) 页"));
    const QString drawn = pdfLines(pdf, true).join(QLatin1Char('\n'));
    CHECK(drawn.contains(QStringLiteral("第 1 页 共 ")));
    QRegularExpressionMatchIterator pages = lastPage.globalMatch(drawn);
    int seen = 0;
    int total = 0;
    while (pages.hasNext()) {
        const QRegularExpressionMatch m = pages.next();
        ++seen;
        total = m.captured(2).toInt();
        CHECK(m.captured(1).toInt() == seen);
    }
    CHECK(seen == total);
    CHECK(total >= 3);

    // Table 2: each township's row carries the statistics' figures (new, changes, resolved,
    // success rate, overdue, escalated).
    const QJsonArray townships = stats.value(QStringLiteral("by_region")).toArray();
    REQUIRE(townships.size() > 3);
    for (const QJsonValue &v : townships) {
        const QJsonObject t = v.toObject();
        const QString name = t.value(QStringLiteral("name")).toString();
        INFO(name.toStdString());
        const QStringList words = rowAfter(lines, name);
        REQUIRE(words.size() >= 7);
        CHECK(words.at(0) == QString::number(t.value(QStringLiteral("new")).toInteger()));
        CHECK(words.at(3) == QString::number(t.value(QStringLiteral("resolved")).toInteger()));
        CHECK(words.at(4) == percentText(t.value(QStringLiteral("success_rate"))));
        CHECK(words.at(5) == QString::number(t.value(QStringLiteral("overdue")).toInteger()));
        CHECK(words.at(6) == QString::number(t.value(QStringLiteral("escalated")).toInteger()));
    }
    // The total row and the summary table's first row: the county's own figures.
    const QStringList total2 = rowAfter(lines, QStringLiteral("合计"));
    REQUIRE(total2.size() >= 7);
    CHECK(total2.at(0) == QString::number(stats.value(QStringLiteral("new")).toInteger()));
    CHECK(total2.at(5) == QString::number(stats.value(QStringLiteral("overdue")).toInteger()));
    const QStringList headline = rowAfter(lines, QStringLiteral("新登记"));
    REQUIRE(headline.size() >= 3);
    CHECK(headline.at(0) == QString::number(stats.value(QStringLiteral("new")).toInteger()));
    CHECK(headline.at(1) == QString::number(stats.value(QStringLiteral("previous")).toObject()
                                                .value(QStringLiteral("new")).toInteger()));
    CHECK(text.contains(QStringLiteral("调解成功率")));

    // Table 6: the county's survey figures are the indicators command's.
    const Run ind = cli({QStringLiteral("indicators"), QStringLiteral("--wave"),
                         QStringLiteral("2026Q3"), QStringLiteral("--json")});
    REQUIRE(ind.exit == 0);
    const QJsonArray figures = QJsonDocument::fromJson(ind.out.toUtf8()).object()
                                   .value(QStringLiteral("rows")).toArray();
    bool compared = false;
    for (const QJsonValue &v : figures) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("level")).toString() != QLatin1String("county")
            || f.value(QStringLiteral("indicator")).toString() != QLatin1String("security"))
            continue;
        const QStringList words = rowAfter(lines, QStringLiteral("公众安全感"));
        REQUIRE(words.size() >= 2);
        CHECK(words.at(0) == QString::number(f.value(QStringLiteral("n")).toInteger()));
        CHECK(words.at(1) == percentText(f.value(QStringLiteral("rate"))));
        compared = true;
    }
    CHECK(compared);
}

TEST_CASE("report of one township shows only that township", "[cli][report]")
{
    const QJsonObject county = statsOctober();
    const QJsonArray townships = county.value(QStringLiteral("by_region")).toArray();
    REQUIRE(townships.size() > 3);
    const QJsonObject chosen = townships.at(1).toObject();
    const QString code = chosen.value(QStringLiteral("code")).toString();
    const QString name = chosen.value(QStringLiteral("name")).toString();

    const QString pdf = CliTest::tempDir().filePath(QStringLiteral("township.pdf"));
    const Run r = cli(QStringList {QStringLiteral("report")} + kOctober
                      + QStringList {QStringLiteral("--region"), code, QStringLiteral("--pdf"),
                                     pdf, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QStringList lines = pdfLines(pdf);
    const QString text = lines.join(QLatin1Char('\n'));
    CHECK(text.contains(name + QStringLiteral("社会治安综合治理月报")));
    for (const QJsonValue &v : townships) {
        const QString other = v.toObject().value(QStringLiteral("name")).toString();
        if (other != name) {
            INFO(other.toStdString());
            CHECK_FALSE(text.contains(other));
        }
    }
    // Its villages' rows are the township's statistics by village.
    const QJsonObject own = statsOctober({QStringLiteral("--region"), code});
    const QJsonArray villages = own.value(QStringLiteral("by_region")).toArray();
    REQUIRE(!villages.isEmpty());
    for (const QJsonValue &v : villages) {
        const QJsonObject village = v.toObject();
        const QStringList words =
            rowAfter(lines, village.value(QStringLiteral("name")).toString());
        REQUIRE(words.size() >= 7);
        CHECK(words.at(0) == QString::number(village.value(QStringLiteral("new")).toInteger()));
    }
    const QStringList total = rowAfter(lines, QStringLiteral("合计"));
    REQUIRE(!total.isEmpty());
    CHECK(total.at(0) == QString::number(chosen.value(QStringLiteral("new")).toInteger()));

    // The JSON of the same run: the overdue list has exactly the overdue figure's rows.
    const QJsonObject json = r.json();
    CHECK(json.value(QStringLiteral("region")).toObject().value(QStringLiteral("code")).toString()
          == code);
    qint64 overdueRows = 0;
    for (const QJsonValue &t : json.value(QStringLiteral("tables")).toArray()) {
        const QString key = t.toObject().value(QStringLiteral("key")).toString();
        if (key == QLatin1String("overdue_disputes"))
            overdueRows = t.toObject().value(QStringLiteral("rows")).toArray().size();
    }
    CHECK(overdueRows == chosen.value(QStringLiteral("overdue")).toInteger());
}

TEST_CASE("report --xlsx writes every table as a sheet", "[cli][report]")
{
    const QString xlsx = CliTest::tempDir().filePath(QStringLiteral("county.xlsx"));
    const Run r = cli(QStringList {QStringLiteral("report")} + kOctober
                      + QStringList {QStringLiteral("--xlsx"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(QStringLiteral("sheets")));
    QFile file(xlsx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK");
}

TEST_CASE("report refuses what it cannot report on and writes nothing", "[cli][report]")
{
    const QString pdf = CliTest::tempDir().filePath(QStringLiteral("refused.pdf"));
    const QStringList out {QStringLiteral("--pdf"), pdf};
    CHECK(cli(QStringList {QStringLiteral("report"), QStringLiteral("--month"),
                           QStringLiteral("2026-13")} + out).exit == 2);
    CHECK(cli(QStringList {QStringLiteral("report"), QStringLiteral("--month"),
                           QStringLiteral("2026-10")}).exit == 2);   // nothing to make
    const Run unknown = cli(QStringList {QStringLiteral("report")} + kOctober
                            + QStringList {QStringLiteral("--region"),
                                           QStringLiteral("999999999999")} + out);
    CHECK(unknown.exit == 3);
    CHECK(unknown.err.contains(QStringLiteral("999999999999")));
    const Run future = cli(QStringList {QStringLiteral("report"), QStringLiteral("--month"),
                                        QStringLiteral("2027-01"), QStringLiteral("--as-of"),
                                        QStringLiteral("2026-11-15")} + out);
    CHECK(future.exit == 3);
    CHECK_FALSE(QFile::exists(pdf));
    const Run unwritable = cli(QStringList {QStringLiteral("report")} + kOctober
                               + QStringList {QStringLiteral("--pdf"),
                                              QStringLiteral("/nonexistent-dir/x.pdf")});
    CHECK(unwritable.exit == 1);
    CHECK(unwritable.err.contains(QStringLiteral("/nonexistent-dir/x.pdf")));
}
