// The printed report's typesetting, read back from the PDF the way a reader sees it (poppler's
// pdftotext): long tables go on over pages with their header row repeated, every page is
// numbered, and the Chinese text copies as the characters printed.

#include <catch2/catch.hpp>

#include "report/reportcontent.h"
#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

// The text of one page (1-based), or of all pages when page is 0.
QString pdfText(const QString &path, int page = 0)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext comes with poppler-utils (resources/debian-packages.txt)");
    REQUIRE(!tool.isEmpty());
    QStringList args {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    }
    QProcess p;
    p.start(tool, args << path << QStringLiteral("-"));
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

ReportContent longReport(int rows)
{
    ReportContent c;
    c.title = QStringLiteral("示范县社会治安综合治理月报");
    c.issue = QStringLiteral("2026年第10期");
    c.issuer = QStringLiteral("示范县社会治安综合治理中心");
    c.issuedOn = QDate(2026, 11, 5);
    c.period = QStringLiteral("2026年10月");
    c.blocks << ReportBlock::heading(QStringLiteral("一、总体情况"));
    c.blocks << ReportBlock::paragraph(QStringLiteral("本月全县共登记矛盾纠纷示范数据。"));
    ReportTable t;
    t.key = QStringLiteral("long");
    t.title = QStringLiteral("表1  各网格情况");
    t.columns = {QStringLiteral("网格名称"), QStringLiteral("新增"), QStringLiteral("调解成功率")};
    for (int i = 0; i < rows; ++i) {
        t.rows << QList<ReportCell> {ReportCell::ofText(QStringLiteral("第%1网格").arg(i + 1)),
                                     ReportCell::ofCount(i),
                                     ReportCell::ofPercent(i % 7 ? std::optional<double>(0.5 + i
                                                                                        * 0.001)
                                                                 : std::nullopt)};
    }
    c.blocks << ReportBlock::ofTable(t);
    ReportChart chart;
    chart.title = QStringLiteral("月度趋势");
    chart.categories = {QStringLiteral("9月"), QStringLiteral("10月")};
    chart.series = {{QStringLiteral("登记"), {3.0, 4.0}, {}}};
    c.blocks << ReportBlock::ofChart(chart);
    c.blocks << ReportBlock::signature(c.issuer + QStringLiteral("\n2026年11月5日"));
    return c;
}

} // namespace

TEST_CASE("A long table goes on over pages with its header and every page is numbered",
          "[report][reportdocument]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ReportDocument document(longReport(160));
    QString error;
    REQUIRE(document.writePdf(path, &error));
    const int pages = document.pageCount();
    REQUIRE(pages >= 3);

    const QString all = pdfText(path);
    CHECK(all.contains(QStringLiteral("示范县社会治安综合治理月报")));
    CHECK(all.contains(QStringLiteral("第160网格")));
    // Furniture in the language installed (the unit tests run untranslated).
    CHECK(all.contains(QCoreApplication::translate("ReportDocument", "Issued by %1")
                           .arg(QStringLiteral("示范县社会治安综合治理中心"))));
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString text = pdfText(path, page);
        CHECK(text.contains(QCoreApplication::translate("ReportDocument", "Page %1 of %2")
                                .arg(page)
                                .arg(pages)));
        if (page < pages)   // the last page may hold only the chart and the signature
            CHECK(text.contains(QStringLiteral("调解成功率")));
    }
    // Each row once, in order: none lost or doubled at a page break.
    qsizetype from = 0;
    for (int i = 1; i <= 160; ++i) {
        const QString cell = QStringLiteral("第%1网格 ").arg(i);
        const qsizetype at = all.indexOf(cell, from);
        INFO(cell.toStdString());
        REQUIRE(at >= 0);
        CHECK(all.indexOf(cell, at + 1) < 0);
        from = at;
    }
    // No Kangxi radical or CJK stroke stands in for an ideograph (⽉ for 月, ⽰ for 示).
    for (const QChar ch : all) {
        const char16_t u = ch.unicode();
        INFO(int(u));
        CHECK_FALSE(((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0x31C0 && u <= 0x31EF)));
    }
}

TEST_CASE("The ToUnicode repair leaves the file's size and offsets as they were",
          "[report][reportdocument]")
{
    ReportDocument document(longReport(5));
    const QByteArray fixed = document.pdf();
    REQUIRE(fixed.startsWith("%PDF-"));
    // A map that names radicals, as Qt writes it, is rewritten in place.
    QByteArray map = "begincmap\n2 beginbfrange\n<0000> <0000> <0000>\n"
                     "<0001> <0002> [<2F70> <6708>]\nendbfrange\n1 beginbfchar\n<0003> <2F49>\n"
                     "endbfchar\nendcmap\n";
    const qsizetype size = map.size();
    const int changed =
        ReportDocument::repairCjkToUnicode(map, QFont(QStringLiteral("Noto Serif CJK SC")));
    CHECK(map.size() == size);
    CHECK(changed == 2);
    CHECK(map.contains("[<793A> <6708>]"));   // ⽰ → 示
    CHECK(map.contains("<0003> <6708>"));     // ⽉ → 月
    CHECK(map.contains("<0000> <0000> <0000>"));
}

TEST_CASE("Writing a PDF where it cannot be written fails naming the file and leaves nothing",
          "[report][reportdocument]")
{
    ReportDocument document(longReport(3));
    QString error;
    CHECK_FALSE(document.writePdf(QStringLiteral("/nonexistent-folder/report.pdf"), &error));
    CHECK(error.contains(QStringLiteral("/nonexistent-folder/report.pdf")));
    CHECK_FALSE(QFile::exists(QStringLiteral("/nonexistent-folder/report.pdf")));
}

TEST_CASE("The pages come out the same at any resolution", "[report][reportdocument]")
{
    // The preview, the printer and the PDF each draw at their own resolution; the page a
    // table row lands on must not depend on it.
    ReportDocument document(longReport(120));
    REQUIRE(!document.pdf(300).isEmpty());
    const int at300 = document.pageCount();
    REQUIRE(!document.pdf(600).isEmpty());
    CHECK(document.pageCount() == at300);
    REQUIRE(!document.pdf(1200).isEmpty());
    CHECK(document.pageCount() == at300);
}
