#pragma once

#include <QColor>
#include <QDate>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

// What a printed report is made of, independent of how it is drawn: headings, paragraphs,
// tables, charts and pictures in reading order. The PDF and the print (ReportDocument) draw
// these blocks; the XLSX (ReportXlsx) writes every table. Figures stay numbers here, so each
// output formats them its own way (the print as text, the workbook as typed cells).

// One table cell.
struct ReportCell
{
    enum class Kind {
        None,        // no figure (a rate without a denominator): printed "—", empty in XLSX
        Text,
        Count,       // a whole number
        Percent,     // a fraction of 1 printed as a percentage: 0.875 → "87.5%"
        Number,      // a number with `decimals` decimals: minutes, per-1,000 rates
        Change,      // a relative change as a fraction of 1, signed: 0.125 → "+12.5%"
        PointChange, // a change of a rate in fractions of 1, printed in percentage points:
                     // 0.032 → "+3.2" (the column header names the unit)
    };

    Kind kind = Kind::None;
    QString text;       // Text
    double value = 0;   // every numeric kind
    int decimals = 1;   // Percent, Number, Change, PointChange
    bool alert = false; // printed in red: last five, overdue, small samples
    bool strong = false; // printed bold: totals

    static ReportCell none() { return {}; }
    static ReportCell ofText(const QString &text);
    static ReportCell ofCount(qint64 count);
    // A none value gives a None cell.
    static ReportCell ofPercent(std::optional<double> fraction, int decimals = 1);
    static ReportCell ofNumber(std::optional<double> value, int decimals = 1);
    static ReportCell ofChange(std::optional<double> relative, int decimals = 1);
    static ReportCell ofPointChange(std::optional<double> fraction, int decimals = 1);

    ReportCell &withAlert(bool on = true) { alert = on; return *this; }
    ReportCell &withStrong(bool on = true) { strong = on; return *this; }

    bool isNumeric() const { return kind != Kind::Text && kind != Kind::None; }
    // As printed: "1234", "87.5%", "+12.5%", "-3.0", "—" (no thousands separators, so a
    // figure reads back from the PDF's text exactly).
    QString display() const;
};

// A table: a title, one header row and rows of cells. The print may show only the first
// `printedRows` rows (a long list), saying how many there are; the workbook always has all.
struct ReportTable
{
    QString key;        // stable, ASCII: "disputes_by_township"
    QString title;      // "表1 各乡镇矛盾纠纷情况"
    QString sheetName;  // the workbook sheet: ≤ 31 characters, none of []:*?/\ (Excel's rule)
    QStringList columns;
    QList<double> columnWeights;   // relative widths; empty = equal
    QList<QList<ReportCell>> rows; // each as many cells as columns
    qsizetype printedRows = -1;    // < 0: all
    QString note;       // printed under the table (definitions, "共 N 件，列出前 100 件")

    qsizetype rowsToPrint() const
    {
        return printedRows < 0 ? rows.size() : std::min(printedRows, rows.size());
    }
};

// A chart drawn as vectors into the print (ReportChartPainter).
struct ReportChart
{
    enum class Kind {
        Bars,    // horizontal bars, one per category, top to bottom (rankings, townships)
        Columns, // vertical grouped columns, one group per category (months, categories)
        Lines,   // one line per series over the categories (trends by month)
    };
    struct Series
    {
        QString name;
        QList<std::optional<double>> values; // one per category; none: no mark
        QColor colour;                       // invalid: the palette's next colour
    };

    Kind kind = Kind::Columns;
    QString title;              // printed above the plot
    QStringList categories;
    QList<Series> series;
    bool percent = false;       // values are fractions of 1; the axis reads "%"
    QString unit;               // axis unit when not percent: "件", "分钟"
    QList<bool> highlighted;    // per category, may be shorter: drawn in the alert red
    std::optional<double> reference;   // a dashed line across the plot (the county figure)
    QString referenceLabel;
    QSizeF sizeMm {160, 70};    // size on paper
};

// One block of the report in reading order.
struct ReportBlock
{
    enum class Kind {
        Heading,    // level 1: 一、…; level 2: （一）…
        Paragraph,  // body text
        Table,
        Chart,
        Image,      // a picture (the map) with a caption
        Signature,  // issuer and date, right-aligned, at the end
        PageBreak,
    };

    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;           // heading, paragraph, caption or signature lines ('\n'-separated)
    ReportTable table;
    ReportChart chart;
    QImage image;
    QSizeF imageSizeMm;     // size on paper of the picture

    static ReportBlock heading(const QString &text, int level = 1);
    static ReportBlock paragraph(const QString &text);
    static ReportBlock ofTable(const ReportTable &table);
    static ReportBlock ofChart(const ReportChart &chart);
    static ReportBlock ofImage(const QImage &image, const QSizeF &sizeMm, const QString &caption);
    static ReportBlock signature(const QString &lines);
    static ReportBlock pageBreak();
};

// A whole report: the title block, then the blocks.
struct ReportContent
{
    QString title;        // 示范县社会治安综合治理月报
    QString issue;        // 2026年第10期
    QString issuer;       // 示范县社会治安综合治理中心
    QDate issuedOn;
    QString period;       // 2026年10月 (printed under the title)
    QString footerLeft;   // on every page beside the page number (the issuer, or empty)
    QList<ReportBlock> blocks;

    // The tables in reading order.
    QList<const ReportTable *> tables() const;
};
