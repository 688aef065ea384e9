#include "reportxlsx.h"

#include "reportcontent.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <utility>

namespace {

// Where things sit on a sheet (rows from 0): the table's title, the report's title and period,
// the header row, the data; the note follows the data after one empty row, so that Excel's
// sorting and filtering take the table without it.
constexpr lxw_row_t TitleRow = 0;
constexpr lxw_row_t SubtitleRow = 1;
constexpr lxw_row_t HeaderRow = 2;
constexpr lxw_row_t FirstDataRow = 3;

constexpr lxw_color_t AlertRed = 0xC0392B;
constexpr lxw_color_t HeaderFill = 0xE7E6E6;
constexpr lxw_color_t BorderGrey = 0x808080;
constexpr uint8_t PaperA4 = 9;
constexpr int LandscapeAbove = 8; // columns
constexpr qsizetype SheetNameLimit = LXW_SHEETNAME_MAX;
constexpr qsizetype CellTextLimit = 32767; // characters in a cell (Excel's limit)

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// Excel's column width unit is about one Latin character; CJK and full-width forms take two.
bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
        || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD);
}

double lineWidth(const QString &line)
{
    double width = 0;
    for (const char32_t u : line.toUcs4())
        width += isWide(u) ? 2 : 1;
    return width;
}

// The widest line.
double textWidth(const QString &text)
{
    double widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, lineWidth(line));
    return widest;
}

// The first libxlsxwriter error of a series of calls (those after it do no harm).
class FirstError
{
public:
    void operator()(lxw_error e)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = e;
    }
    lxw_error error() const { return m_error; }

private:
    lxw_error m_error = LXW_NO_ERROR;
};

// "0", "0.0", "0.00", …
QByteArray fixedPattern(int decimals)
{
    const int d = std::clamp(decimals, 0, 10);
    return d == 0 ? QByteArray("0") : "0." + QByteArray(d, '0');
}

QByteArray numberFormat(const ReportCell &cell)
{
    const QByteArray p = fixedPattern(cell.decimals);
    switch (cell.kind) {
    case ReportCell::Kind::Count:
        return "0";
    case ReportCell::Kind::Percent:
        return p + '%';
    case ReportCell::Kind::Number:
        return p;
    case ReportCell::Kind::Change:
        return '+' + p + "%;-" + p + "%;" + p + '%';
    case ReportCell::Kind::PointChange:
        return '+' + p + ";-" + p + ';' + p;
    case ReportCell::Kind::Text:
    case ReportCell::Kind::None:
        break;
    }
    return {};
}

// The number stored in the cell: percentages stay fractions (the format shows "%"), percentage
// points are stored as points because their format cannot scale.
double storedValue(const ReportCell &cell)
{
    return cell.kind == ReportCell::Kind::PointChange ? cell.value * 100.0 : cell.value;
}

// The workbook's formats, made once each (libxlsxwriter owns them).
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook)
        : m_workbook(workbook)
    {
        title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_font_size(title, 14);
        format_set_align(title, LXW_ALIGN_CENTER);
        format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);

        subtitle = workbook_add_format(workbook);
        format_set_font_size(subtitle, 9);
        format_set_align(subtitle, LXW_ALIGN_CENTER);

        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_bg_color(header, HeaderFill);
        format_set_border(header, LXW_BORDER_THIN);
        format_set_border_color(header, BorderGrey);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);

        note = workbook_add_format(workbook);
        format_set_font_size(note, 9);
        format_set_text_wrap(note);
        format_set_align(note, LXW_ALIGN_LEFT);
        format_set_align(note, LXW_ALIGN_VERTICAL_TOP);
    }

    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *note = nullptr;

    lxw_format *cell(const ReportCell &c)
    {
        const QByteArray numFormat = numberFormat(c);
        const QByteArray key = numFormat + '|' + char('0' + c.alert) + char('0' + c.strong);
        lxw_format *&format = m_cells[key];
        if (!format) {
            format = workbook_add_format(m_workbook);
            format_set_border(format, LXW_BORDER_THIN);
            format_set_border_color(format, BorderGrey);
            format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
            if (!numFormat.isEmpty())
                format_set_num_format(format, numFormat.constData());
            if (c.alert)
                format_set_font_color(format, AlertRed);
            if (c.strong)
                format_set_bold(format);
        }
        return format;
    }

private:
    lxw_workbook *m_workbook;
    QHash<QByteArray, lxw_format *> m_cells;
};

// The first `limit` UTF-16 units of `text`, not splitting a surrogate pair.
QString leftPart(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype n = std::max<qsizetype>(limit, 0);
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

// A name Excel accepts: none of []:*?/\, no control characters, at most 31 characters, no
// apostrophe at either end.
QString cleanSheetName(const QString &wanted, qsizetype index)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QString name = wanted;
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
        else if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
    }
    name = leftPart(name.trimmed(), SheetNameLimit);
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        name = QCoreApplication::translate("ReportXlsx", "Table %1").arg(index + 1);
    return leftPart(name, SheetNameLimit);
}

// `base`, or "base (2)", "base (3)", … shortened to fit, unused so far (Excel compares sheet
// names without regard to case).
QString uniqueSheetName(const QString &base, QSet<QString> *used)
{
    QString name = base;
    for (int n = 2; used->contains(name.toCaseFolded()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = leftPart(base, SheetNameLimit - suffix.size()) + suffix;
    }
    used->insert(name.toCaseFolded());
    return name;
}

// Widths in Excel's units: from the weights when the table has them (scaled to the content's
// total), else from the content; never narrower than a column's figures, which Excel would
// show as "###".
QList<double> columnWidths(const ReportTable &table, qsizetype columns)
{
    QList<double> content(columns, 0);
    QList<double> figures(columns, 0);
    for (qsizetype c = 0; c < columns && c < table.columns.size(); ++c)
        content[c] = std::min(textWidth(table.columns.at(c)), 12.0); // the header wraps
    for (const QList<ReportCell> &row : table.rows) {
        for (qsizetype c = 0; c < columns && c < row.size(); ++c) {
            const ReportCell &cell = row.at(c);
            if (cell.kind == ReportCell::Kind::None)
                continue;
            const double w = textWidth(cell.display());
            content[c] = std::max(content[c], w);
            if (cell.isNumeric())
                figures[c] = std::max(figures[c], w + 2);
        }
    }
    for (double &w : content)
        w = std::clamp(w + 2, 6.0, 60.0);

    // The title (in a larger font) is merged across the columns: they are made wide enough.
    double total = 0;
    for (const double w : std::as_const(content))
        total += w;
    const double titleWidth = textWidth(table.title) * 1.3;
    if (total > 0 && total < titleWidth) {
        for (double &w : content)
            w = std::min(w * titleWidth / total, 100.0);
        total = titleWidth;
    }

    const QList<double> &weights = table.columnWeights;
    const bool weighted = weights.size() == columns
        && std::all_of(weights.begin(), weights.end(),
                       [](double w) { return std::isfinite(w) && w > 0; });
    if (!weighted)
        return content;
    double weightSum = 0;
    for (const double w : weights)
        weightSum += w;
    QList<double> widths(columns);
    for (qsizetype c = 0; c < columns; ++c)
        widths[c] = std::clamp(std::max(total * weights.at(c) / weightSum, figures.at(c)),
                               4.0, 100.0);
    return widths;
}

// Writes `text` across columns 0…lastCol of `row` (merged when there is more than one).
lxw_error writeAcross(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t lastCol,
                      const QString &text, lxw_format *format)
{
    // worksheet_merge_range() does not report a text too long for a cell: checked here.
    if (text.size() > CellTextLimit)
        return LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED;
    const QByteArray bytes = utf8(text);
    if (lastCol == 0)
        return worksheet_write_string(sheet, row, 0, bytes.constData(), format);
    return worksheet_merge_range(sheet, row, 0, row, lastCol, bytes.constData(), format);
}

lxw_error writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const ReportCell &cell,
                    Formats &formats)
{
    lxw_format *format = formats.cell(cell);
    switch (cell.kind) {
    case ReportCell::Kind::None:
        return worksheet_write_blank(sheet, row, col, format);
    case ReportCell::Kind::Text:
        return worksheet_write_string(sheet, row, col, utf8(cell.text).constData(), format);
    case ReportCell::Kind::Count:
    case ReportCell::Kind::Percent:
    case ReportCell::Kind::Number:
    case ReportCell::Kind::Change:
    case ReportCell::Kind::PointChange:
        break;
    }
    const double value = storedValue(cell);
    if (!std::isfinite(value)) // a workbook cannot hold it; the cell stays empty
        return worksheet_write_blank(sheet, row, col, format);
    return worksheet_write_number(sheet, row, col, value, format);
}

lxw_error writeSheet(lxw_worksheet *sheet, const ReportContent &content,
                     const ReportTable &table, Formats &formats)
{
    qsizetype columns = table.columns.size();
    for (const QList<ReportCell> &row : table.rows)
        columns = std::max(columns, row.size());
    if (columns > LXW_COL_MAX || FirstDataRow + table.rows.size() + 2 > LXW_ROW_MAX)
        return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
    const lxw_col_t lastCol = lxw_col_t(std::max<qsizetype>(columns, 1) - 1);
    const QList<double> widths = columnWidths(table, columns);
    double totalWidth = 0;
    for (const double w : widths)
        totalWidth += w;

    FirstError status;
    status(worksheet_set_row(sheet, TitleRow, 24, nullptr));
    status(writeAcross(sheet, TitleRow, lastCol, table.title, formats.title));
    QStringList subtitle;
    for (const QString &part : {content.title, content.period}) {
        if (!part.isEmpty())
            subtitle << part;
    }
    status(writeAcross(sheet, SubtitleRow, lastCol, subtitle.join(QStringLiteral("  ")),
                       formats.subtitle));
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        status(worksheet_write_string(sheet, HeaderRow, lxw_col_t(c),
                                      utf8(table.columns.at(c)).constData(), formats.header));
    }
    lxw_row_t row = FirstDataRow;
    for (const QList<ReportCell> &cells : table.rows) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            status(writeCell(sheet, row, lxw_col_t(c), cells.at(c), formats));
        ++row;
    }
    if (!table.note.isEmpty()) {
        const lxw_row_t noteRow = row + 1;
        // Excel does not grow a merged row to its wrapped text: give it the lines it needs.
        double lines = 0;
        for (const QString &line : table.note.split(QLatin1Char('\n')))
            lines += std::max(1.0, std::ceil(lineWidth(line) * 0.9 / std::max(totalWidth, 8.0)));
        status(worksheet_set_row(sheet, noteRow, 13 * lines, nullptr));
        status(writeAcross(sheet, noteRow, lastCol, table.note, formats.note));
    }
    for (qsizetype c = 0; c < columns; ++c)
        status(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr));

    worksheet_freeze_panes(sheet, FirstDataRow, 0);
    worksheet_set_paper(sheet, PaperA4);
    if (columns > LandscapeAbove)
        worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    status(worksheet_repeat_rows(sheet, HeaderRow, HeaderRow));
    status(worksheet_set_footer(sheet, "&C&P / &N"));
    return status.error();
}

QString describe(lxw_error error, const QString &table)
{
    switch (error) {
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
        return QCoreApplication::translate(
                   "ReportXlsx", "table “%1” holds a text longer than the 32767 characters "
                                 "an Excel cell can hold").arg(table);
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return QCoreApplication::translate(
                   "ReportXlsx", "table “%1” has more rows or columns than an Excel sheet "
                                 "can hold").arg(table);
    default:
        return QCoreApplication::translate("ReportXlsx", "table “%1”: %2")
            .arg(table, QString::fromUtf8(lxw_strerror(error)));
    }
}

// Builds the workbook's sheets and properties; an empty string when all went well, else why not.
QString fillWorkbook(lxw_workbook *workbook, const ReportContent &content)
{
    const QByteArray title = utf8(content.title);
    const QByteArray subject = utf8(QStringList{content.issue, content.period}.join(u' ')
                                        .trimmed());
    const QByteArray company = utf8(content.issuer);
    lxw_doc_properties properties {};
    properties.title = const_cast<char *>(title.constData());
    properties.subject = const_cast<char *>(subject.constData());
    properties.company = const_cast<char *>(company.constData());
    properties.author = const_cast<char *>(company.constData());
    if (const lxw_error e = workbook_set_properties(workbook, &properties); e != LXW_NO_ERROR)
        return QString::fromUtf8(lxw_strerror(e));

    Formats formats(workbook);
    // Excel reserves "History" for its change tracking.
    QSet<QString> used {QStringLiteral("history")};
    const QList<const ReportTable *> tables = content.tables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const ReportTable &table = *tables.at(i);
        const QString name = uniqueSheetName(cleanSheetName(table.sheetName, i), &used);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, utf8(name).constData());
        if (!sheet) {
            return QCoreApplication::translate("ReportXlsx", "cannot add the sheet “%1”")
                .arg(name);
        }
        if (const lxw_error e = writeSheet(sheet, content, table, formats); e != LXW_NO_ERROR)
            return describe(e, table.title.isEmpty() ? name : table.title);
    }
    if (tables.isEmpty()) // a workbook needs a sheet; an empty one says there are no tables
        workbook_add_worksheet(workbook, nullptr);
    return {};
}

} // namespace

bool ReportXlsx::write(const QString &path, const ReportContent &content, QString *error)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    const auto fail = [&](const QString &why) {
        if (error) {
            *error = QCoreApplication::translate("ReportXlsx", "Cannot write the workbook %1: %2")
                         .arg(shown, why);
        }
        return false;
    };
    const QDir folder = target.absoluteDir();
    if (!folder.exists()) {
        return fail(QCoreApplication::translate("ReportXlsx", "the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())));
    }
    if (target.isDir())
        return fail(QCoreApplication::translate("ReportXlsx", "a folder has that name"));

    // Written beside the target and renamed over it at the end; removed on any failure.
    QTemporaryFile temp(folder.filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open())
        return fail(temp.errorString());
    const QString tempPath = temp.fileName();
    temp.close();

    lxw_workbook *workbook = workbook_new(QFile::encodeName(tempPath).constData());
    if (!workbook)
        return fail(QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
    if (const QString why = fillWorkbook(workbook, content); !why.isEmpty()) {
        lxw_workbook_free(workbook);
        return fail(why);
    }
    if (const lxw_error e = workbook_close(workbook); e != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(e)));

    // The temporary file was made private; the workbook gets the old file's permissions, or
    // the usual ones.
    const QFileDevice::Permissions permissions = target.exists()
        ? QFile::permissions(target.absoluteFilePath())
        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther;
    QFile::setPermissions(tempPath, permissions);
    // POSIX rename replaces the target in one step (QFile::rename refuses an existing file).
    if (std::rename(QFile::encodeName(tempPath).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        return fail(qt_error_string(errno));
    }
    temp.setAutoRemove(false);
    return true;
}
