#include <catch2/catch.hpp>

#include "report/reportcontent.h"
#include "report/reportxlsx.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cpl_vsi.h>
#include <gdal.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace {

// A sheet as GDAL's XLSX driver reads it back: every row as plain text cells ("" when empty).
struct Sheet
{
    QString name;
    QList<QStringList> rows;

    // The row whose first cell is `first` (null when there is none).
    const QStringList *rowStarting(const QString &first) const
    {
        for (const QStringList &row : rows) {
            if (!row.isEmpty() && row.first() == first)
                return &row;
        }
        return nullptr;
    }
    bool contains(const QString &text) const
    {
        for (const QStringList &row : rows) {
            if (row.contains(text))
                return true;
        }
        return false;
    }
};

struct DatasetCloser
{
    void operator()(GDALDatasetH d) const { GDALClose(d); }
};

// Reads every sheet with no header row and every field as text, so a number reads as it is
// stored ("0.875"), not as Excel would format it.
QList<Sheet> readWorkbook(const QString &path)
{
    GDALAllRegister();
    const char *const drivers[] = {"XLSX", nullptr};
    const char *const options[] = {"HEADERS=DISABLE", "FIELD_TYPES=STRING", nullptr};
    std::unique_ptr<void, DatasetCloser> dataset(
        GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                   drivers, options, nullptr));
    REQUIRE(dataset);
    auto *ds = GDALDataset::FromHandle(dataset.get());
    QList<Sheet> sheets;
    for (OGRLayer *layer : ds->GetLayers()) {
        Sheet sheet;
        sheet.name = QString::fromUtf8(layer->GetName());
        for (const auto &feature : *layer) {
            QStringList row;
            for (int i = 0; i < feature->GetFieldCount(); ++i) {
                row << (feature->IsFieldSetAndNotNull(i)
                            ? QString::fromUtf8(feature->GetFieldAsString(i))
                            : QString());
            }
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
            sheet.rows << row;
        }
        sheets << sheet;
    }
    return sheets;
}

ReportTable townshipTable()
{
    ReportTable t;
    t.key = QStringLiteral("disputes_by_township");
    t.title = QStringLiteral("表1 各乡镇矛盾纠纷情况");
    t.sheetName = QStringLiteral("各乡镇矛盾纠纷");
    t.columns = {QStringLiteral("乡镇"), QStringLiteral("受理件数"), QStringLiteral("化解率"),
                 QStringLiteral("环比"), QStringLiteral("化解率变化（百分点）")};
    t.columnWeights = {3, 1, 1, 1, 1.5};
    t.rows << QList<ReportCell> {ReportCell::ofText(QStringLiteral("城关镇")),
                                 ReportCell::ofCount(1234), ReportCell::ofPercent(0.875),
                                 ReportCell::ofChange(0.125), ReportCell::ofPointChange(0.032)};
    t.rows << QList<ReportCell> {ReportCell::ofText(QStringLiteral("白沙乡")),
                                 ReportCell::ofCount(0), ReportCell::ofPercent(std::nullopt),
                                 ReportCell::ofChange(-0.5).withAlert(),
                                 ReportCell::ofPointChange(std::nullopt)};
    for (int i = 1; i <= 20; ++i) {
        t.rows << QList<ReportCell> {ReportCell::ofText(QStringLiteral("第%1村").arg(i)),
                                     ReportCell::ofCount(i), ReportCell::ofPercent(0.5),
                                     ReportCell::ofChange(0), ReportCell::ofPointChange(0)};
    }
    t.rows << QList<ReportCell> {ReportCell::ofText(QStringLiteral("合计")).withStrong(),
                                 ReportCell::ofCount(1444).withStrong(),
                                 ReportCell::ofPercent(0.8).withStrong(),
                                 ReportCell::none(), ReportCell::none()};
    t.printedRows = 5;
    t.note = QStringLiteral("共 23 行，列出前 5 行。化解率 = 已化解件数 / 受理件数。");
    return t;
}

ReportTable rankingTable()
{
    ReportTable t;
    t.key = QStringLiteral("response_ranking");
    t.title = QStringLiteral("表2 平均响应时间排名");
    t.sheetName = QStringLiteral("响应排名");
    t.columns = {QStringLiteral("名次"), QStringLiteral("平台"),
                 QStringLiteral("平均响应（分钟）")};
    t.rows << QList<ReportCell> {ReportCell::ofCount(1),
                                 ReportCell::ofText(QStringLiteral("东门社区")),
                                 ReportCell::ofNumber(12.25, 2)};
    t.rows << QList<ReportCell> {ReportCell::ofCount(2),
                                 ReportCell::ofText(QStringLiteral("西门社区")).withAlert(),
                                 ReportCell::ofNumber(47.5)};
    return t;
}

ReportContent monthlyReport()
{
    ReportContent c;
    c.title = QStringLiteral("示范县社会治安综合治理月报");
    c.issue = QStringLiteral("2026年第10期");
    c.issuer = QStringLiteral("示范县社会治安综合治理中心");
    c.issuedOn = QDate(2026, 11, 3);
    c.period = QStringLiteral("2026年10月");
    c.blocks << ReportBlock::heading(QStringLiteral("一、矛盾纠纷"))
             << ReportBlock::paragraph(QStringLiteral("本月受理矛盾纠纷 1444 件。"))
             << ReportBlock::ofTable(townshipTable())
             << ReportBlock::heading(QStringLiteral("二、响应"))
             << ReportBlock::ofTable(rankingTable());
    return c;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Everything in `dir`, hidden files included.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot);
}

// A part of the workbook's zip (its XML), read through GDAL's /vsizip/.
QString zipPart(const QString &path, const char *name)
{
    const QByteArray vsi = "/vsizip/" + QFile::encodeName(path) + '/' + name;
    VSILFILE *f = VSIFOpenL(vsi.constData(), "rb");
    REQUIRE(f);
    QByteArray bytes;
    char buffer[4096];
    size_t n = 0;
    while ((n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0)
        bytes.append(buffer, qsizetype(n));
    VSIFCloseL(f);
    return QString::fromUtf8(bytes);
}

} // namespace

TEST_CASE("the workbook holds every table as a sheet of typed cells", "[reportxlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("月报.xlsx"));
    QString error;
    REQUIRE(ReportXlsx::write(path, monthlyReport(), &error));
    CHECK(error.isEmpty());
    CHECK(entries(dir.path()) == QStringList {QStringLiteral("月报.xlsx")});

    const QList<Sheet> sheets = readWorkbook(path);
    REQUIRE(sheets.size() == 2);
    CHECK(sheets[0].name == QStringLiteral("各乡镇矛盾纠纷"));
    CHECK(sheets[1].name == QStringLiteral("响应排名"));

    const Sheet &towns = sheets[0];
    REQUIRE(towns.rows.size() >= 3);
    CHECK(towns.rows[0].value(0) == QStringLiteral("表1 各乡镇矛盾纠纷情况"));
    CHECK(towns.rows[1].value(0).contains(QStringLiteral("示范县社会治安综合治理月报")));
    CHECK(towns.rows[1].value(0).contains(QStringLiteral("2026年10月")));
    CHECK(towns.rows[2] == townshipTable().columns);

    SECTION("figures are numbers with formats, not text")
    {
        const QStringList *chengguan = towns.rowStarting(QStringLiteral("城关镇"));
        REQUIRE(chengguan);
        CHECK(*chengguan == QStringList {QStringLiteral("城关镇"), QStringLiteral("1234"),
                                         QStringLiteral("0.875"), QStringLiteral("0.125"),
                                         QStringLiteral("3.2")});
        const QStringList *ranked = sheets[1].rowStarting(QStringLiteral("1"));
        REQUIRE(ranked);
        CHECK(*ranked == QStringList {QStringLiteral("1"), QStringLiteral("东门社区"),
                                      QStringLiteral("12.25")});
    }

    SECTION("a cell without a figure is empty")
    {
        const QStringList *baisha = towns.rowStarting(QStringLiteral("白沙乡"));
        REQUIRE(baisha);
        CHECK(baisha->value(1) == QStringLiteral("0"));
        CHECK(baisha->value(2).isEmpty());
        CHECK(baisha->value(3) == QStringLiteral("-0.5"));
        CHECK(baisha->value(4).isEmpty());
        CHECK_FALSE(towns.contains(QStringLiteral("—")));
    }

    SECTION("every row is there although the print lists five, then the note")
    {
        qsizetype header = -1;
        qsizetype total = -1;
        for (qsizetype i = 0; i < towns.rows.size(); ++i) {
            if (towns.rows[i].value(0) == QStringLiteral("乡镇"))
                header = i;
            if (towns.rows[i].value(0) == QStringLiteral("合计"))
                total = i;
        }
        REQUIRE(header == 2);
        CHECK(total - header == 23);
        CHECK(towns.rowStarting(QStringLiteral("第20村")));
        CHECK(towns.rows[total].value(1) == QStringLiteral("1444"));
        CHECK(towns.contains(townshipTable().note));
        CHECK(towns.rows.last().value(0) == townshipTable().note);
    }
}

TEST_CASE("the workbook shows figures the way the report prints them", "[reportxlsx]")
{
    // What Excel shows comes from the number formats, the red font and the print settings,
    // which GDAL does not read: they are checked in the workbook's own XML.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    QString error;
    REQUIRE(ReportXlsx::write(path, monthlyReport(), &error));

    const auto part = [&](const char *name) { return zipPart(path, name); };
    const QString styles = part("xl/styles.xml");
    CHECK(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"+0.0%;-0.0%;0.0%\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"+0.0;-0.0;0.0\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"0.00\"")));
    CHECK(styles.contains(QStringLiteral("FFC0392B"), Qt::CaseInsensitive));

    const QString sheet = part("xl/worksheets/sheet1.xml");
    CHECK(sheet.contains(QStringLiteral("ySplit=\"3\"")));      // header row stays in view
    CHECK(sheet.contains(QStringLiteral("paperSize=\"9\"")));   // A4
    CHECK(sheet.contains(QStringLiteral("fitToPage=\"1\"")));
    CHECK(sheet.contains(QStringLiteral("orientation=\"portrait\"")));
    CHECK(sheet.contains(QStringLiteral("<mergeCell ref=\"A1:E1\"/>")));

    const QString workbook = part("xl/workbook.xml");
    CHECK(workbook.contains(QStringLiteral("_xlnm.Print_Titles")));
    CHECK(workbook.contains(QStringLiteral("!$3:$3")));
    CHECK(part("docProps/app.xml").contains(QStringLiteral("示范县社会治安综合治理中心")));
    CHECK(part("docProps/core.xml").contains(QStringLiteral("示范县社会治安综合治理月报")));
}

TEST_CASE("sheet names are made unique and acceptable to Excel", "[reportxlsx]")
{
    ReportContent c;
    c.title = QStringLiteral("月报");
    ReportTable wide = rankingTable();
    wide.sheetName = QStringLiteral("排名/前五[本月]");
    for (int i = 0; i < 8; ++i)
        wide.columns << QStringLiteral("列%1").arg(i);
    ReportTable first = rankingTable();
    first.sheetName = QStringLiteral("响应排名");
    ReportTable same = rankingTable();
    same.sheetName = QStringLiteral("响应排名");
    ReportTable longName = rankingTable();
    longName.sheetName = QString(31, QLatin1Char('x'));
    ReportTable longTwin = longName;
    c.blocks << ReportBlock::ofTable(wide) << ReportBlock::ofTable(first)
             << ReportBlock::ofTable(same) << ReportBlock::ofTable(longName)
             << ReportBlock::ofTable(longTwin);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("names.xlsx"));
    QString error;
    REQUIRE(ReportXlsx::write(path, c, &error));
    QStringList names;
    for (const Sheet &s : readWorkbook(path))
        names << s.name;
    CHECK(names == QStringList {QStringLiteral("排名_前五_本月_"), QStringLiteral("响应排名"),
                                QStringLiteral("响应排名 (2)"), QString(31, QLatin1Char('x')),
                                QString(27, QLatin1Char('x')) + QStringLiteral(" (2)")});
    // More than eight columns print across the page.
    CHECK(zipPart(path, "xl/worksheets/sheet1.xml")
              .contains(QStringLiteral("orientation=\"landscape\"")));
    CHECK(zipPart(path, "xl/worksheets/sheet2.xml")
              .contains(QStringLiteral("orientation=\"portrait\"")));
}

TEST_CASE("a workbook that cannot be written leaves the disk as it was", "[reportxlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;

    SECTION("a folder that does not exist")
    {
        const QString path = dir.filePath(QStringLiteral("缺少/月报.xlsx"));
        CHECK_FALSE(ReportXlsx::write(path, monthlyReport(), &error));
        CHECK(error.contains(QDir::toNativeSeparators(path)));
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(entries(dir.path()).isEmpty());
    }

    SECTION("a folder where the file should be")
    {
        const QString path = dir.filePath(QStringLiteral("月报.xlsx"));
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("月报.xlsx")));
        CHECK_FALSE(ReportXlsx::write(path, monthlyReport(), &error));
        CHECK(error.contains(QDir::toNativeSeparators(path)));
        CHECK(QFileInfo(path).isDir());
        CHECK(entries(dir.path()) == QStringList {QStringLiteral("月报.xlsx")});
    }

    SECTION("content Excel cannot hold keeps the previous workbook")
    {
        const QString path = dir.filePath(QStringLiteral("月报.xlsx"));
        writeFile(path, "last month's workbook");
        ReportContent content = monthlyReport();
        ReportTable tooLong = rankingTable();
        tooLong.note = QString(40000, QChar(0x5b57)); // more than a cell's 32767 characters
        content.blocks << ReportBlock::ofTable(tooLong);
        CHECK_FALSE(ReportXlsx::write(path, content, &error));
        CHECK(error.contains(QDir::toNativeSeparators(path)));
        CHECK(error.contains(QStringLiteral("32767")));
        CHECK(readAll(path) == "last month's workbook");
        CHECK(entries(dir.path()) == QStringList {QStringLiteral("月报.xlsx")});
    }

    SECTION("a read-only folder keeps the previous workbook")
    {
        const QString folder = dir.filePath(QStringLiteral("readonly"));
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("readonly")));
        const QString path = QDir(folder).filePath(QStringLiteral("月报.xlsx"));
        writeFile(path, "last month's workbook");
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const bool writable = QFile(QDir(folder).filePath(QStringLiteral("probe"))).open(
            QIODevice::WriteOnly);
        if (writable) {
            // Root writes anyway: the case above covers a failure with a file in place.
            WARN("the folder stays writable (running as root?): not tested");
        } else {
            CHECK_FALSE(ReportXlsx::write(path, monthlyReport(), &error));
            CHECK(error.contains(QDir::toNativeSeparators(path)));
            CHECK(readAll(path) == "last month's workbook");
            CHECK(entries(folder) == QStringList {QStringLiteral("月报.xlsx")});
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
    }
}

TEST_CASE("writing again replaces the previous workbook", "[reportxlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("月报.xlsx"));
    QString error;
    REQUIRE(ReportXlsx::write(path, monthlyReport(), &error));

    ReportContent next = monthlyReport();
    next.blocks.removeLast(); // only the township table this time
    REQUIRE(ReportXlsx::write(path, next, &error));
    const QList<Sheet> sheets = readWorkbook(path);
    REQUIRE(sheets.size() == 1);
    CHECK(sheets[0].name == QStringLiteral("各乡镇矛盾纠纷"));
    CHECK(entries(dir.path()) == QStringList {QStringLiteral("月报.xlsx")});
    CHECK(QFileInfo(path).permission(QFileDevice::ReadOther));
}
