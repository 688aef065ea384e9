#include "reportdocument.h"

#include "reportchartpainter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

const QColor kRed(0xc0, 0x00, 0x00);       // the masthead
const QColor kAlert(0xc0, 0x39, 0x2b);     // alert cells
const QColor kRule(0x80, 0x80, 0x80);      // table borders
const QColor kHeaderFill(0xe8, 0xeb, 0xef);
const QColor kTotalFill(0xf4, 0xf5, 0xf7);

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;

QFont fontOf(const QStringList &families, double points, bool bold = false)
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

// Latin letters and digits in a Latin face first (Liberation, metric twins of Times and Arial,
// as Chinese office documents set them), the Chinese in Noto CJK. A Latin face first also
// matters for the PDF's text: in Latin runs Noto CJK draws digits with glyphs that have no
// code point of their own, and copied text then loses them.
const QStringList &serifFamilies()
{
    static const QStringList f {QStringLiteral("Liberation Serif"),
                                QStringLiteral("Noto Serif CJK SC"),
                                QStringLiteral("Noto Sans CJK SC"), QStringLiteral("serif")};
    return f;
}

const QStringList &sansFamilies()
{
    static const QStringList f {QStringLiteral("Liberation Sans"),
                                QStringLiteral("Noto Sans CJK SC"), QStringLiteral("sans-serif")};
    return f;
}

QFont bodyFont()
{
    return fontOf(serifFamilies(), 10.5);   // 五号
}

// Draws the report's charts where the document holds their object characters.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(QList<ReportChart> charts, double dotsPerMm, QFont font)
        : m_charts(std::move(charts))
        , m_dotsPerMm(dotsPerMm)
        , m_font(std::move(font))
    { }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const ReportChart *chart = chartOf(format);
        return chart ? chart->sizeMm * m_dotsPerMm : QSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        if (const ReportChart *chart = chartOf(format))
            ReportChartPainter::paint(*painter, rect, *chart, m_font);
    }

private:
    const ReportChart *chartOf(const QTextFormat &format) const
    {
        const int i = format.intProperty(kChartIndex);
        return i >= 0 && i < m_charts.size() ? &m_charts.at(i) : nullptr;
    }

    QList<ReportChart> m_charts;
    double m_dotsPerMm;
    QFont m_font;
};

// The document built for one device (sizes depend on its resolution).
struct Layout
{
    std::unique_ptr<QTextDocument> doc;
    std::unique_ptr<ChartObject> charts;
    QTextBlock mastheadEnd;   // the issuer line, underlined in red on page 1
    QList<QTextBlock> keepWithNext; // headings and table captions
};

class Builder
{
public:
    Builder(const ReportContent &content, QPaintDevice *device, double width)
        : m_content(content)
        , m_device(device)
        , m_dotsPerMm(device->logicalDpiX() / 25.4)
        , m_width(width)
    { }

    Layout build()
    {
        Layout out;
        out.doc = std::make_unique<QTextDocument>();
        QTextDocument &doc = *out.doc;
        doc.documentLayout()->setPaintDevice(m_device);
        doc.setDocumentMargin(0);
        doc.setDefaultFont(bodyFont());
        doc.setUseDesignMetrics(true);

        QList<ReportChart> charts;
        for (const ReportBlock &b : m_content.blocks) {
            if (b.kind == ReportBlock::Kind::Chart)
                charts << b.chart;
        }
        out.charts = std::make_unique<ChartObject>(charts, m_dotsPerMm,
                                                   fontOf(sansFamilies(), 8.5));
        doc.documentLayout()->registerHandler(kChartObject, out.charts.get());

        QTextCursor cursor(&doc);
        // One edit block: the layout runs once at the end instead of after every insertion
        // (which made a long report quadratic).
        cursor.beginEditBlock();
        out.mastheadEnd = masthead(cursor);
        int chart = 0;
        int image = 0;
        for (const ReportBlock &b : m_content.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Heading:
                heading(cursor, b);
                break;
            case ReportBlock::Kind::Paragraph:
                paragraph(cursor, b.text);
                break;
            case ReportBlock::Kind::Table:
                table(cursor, b.table);
                break;
            case ReportBlock::Kind::Chart:
                chartBlock(cursor, chart++);
                break;
            case ReportBlock::Kind::Image:
                imageBlock(doc, cursor, b, image++);
                break;
            case ReportBlock::Kind::Signature:
                signature(cursor, b.text);
                break;
            case ReportBlock::Kind::PageBreak: {
                QTextBlockFormat f;
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.insertBlock(f);
                break;
            }
            }
        }
        cursor.endEditBlock();
        out.keepWithNext = m_keep;
        return out;
    }

private:
    // Lengths in the document (block margins, tab stops, table borders and padding, image
    // sizes; not text indents) are given in 96-dpi pixels: the layout scales them to the
    // device itself, so the pages come out the same at any resolution.
    static double css(double mmValue) { return mmValue / 25.4 * 96.0; }

    QTextBlockFormat blockFormat(Qt::Alignment align, double topMm = 0, double bottomMm = 0) const
    {
        QTextBlockFormat f;
        f.setAlignment(align);
        f.setTopMargin(css(topMm));
        f.setBottomMargin(css(bottomMm));
        return f;
    }

    QTextCharFormat charFormat(const QFont &font, const QColor &colour = Qt::black) const
    {
        QTextCharFormat f;
        f.setFont(font, QTextCharFormat::FontPropertiesAll);
        f.setForeground(colour);
        return f;
    }

    // The first block of the document exists already; later ones are inserted.
    void nextBlock(QTextCursor &cursor, const QTextBlockFormat &format,
                   const QTextCharFormat &chars)
    {
        if (m_first) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            cursor.insertBlock(format, chars);
        }
    }

    QTextBlock masthead(QTextCursor &cursor)
    {
        nextBlock(cursor, blockFormat(Qt::AlignHCenter, 4, 2),
                  charFormat(fontOf(serifFamilies(), 24, true), kRed));
        cursor.insertText(m_content.title);
        nextBlock(cursor, blockFormat(Qt::AlignHCenter, 0, 6),
                  charFormat(fontOf(serifFamilies(), 12)));
        cursor.insertText(Text::tr("(%1)").arg(m_content.issue));
        QTextBlockFormat line = blockFormat(Qt::AlignLeft, 0, 1);
        // Tab positions are in 96-dpi pixels too.
        const double right = m_width * 96.0 / m_device->logicalDpiX() - 1.0;
        line.setTabPositions({QTextOption::Tab(right, QTextOption::RightTab)});
        nextBlock(cursor, line, charFormat(fontOf(serifFamilies(), 11)));
        cursor.insertText(Text::tr("Issued by %1").arg(m_content.issuer) + QLatin1Char('\t')
                          + Text::tr("%2/%3/%1")
                                .arg(m_content.issuedOn.year())
                                .arg(m_content.issuedOn.month())
                                .arg(m_content.issuedOn.day()));
        const QTextBlock issuerLine = cursor.block();
        // Room for the red rule drawn under the issuer line.
        nextBlock(cursor, blockFormat(Qt::AlignLeft, 3, 0),
                  charFormat(bodyFont()));
        return issuerLine;
    }

    void heading(QTextCursor &cursor, const ReportBlock &b)
    {
        const bool top = b.level <= 1;
        QTextBlockFormat f = blockFormat(Qt::AlignLeft, top ? 5 : 3, top ? 2.5 : 1.5);
        f.setTextIndent(7 * m_dotsPerMm);   // indents are in device pixels
        nextBlock(cursor, f, charFormat(top ? fontOf(sansFamilies(), 14, true)
                                            : fontOf(serifFamilies(), 12, true)));
        cursor.insertText(b.text);
        m_keep << cursor.block();
    }

    void paragraph(QTextCursor &cursor, const QString &text)
    {
        const QFont body = bodyFont();
        QTextBlockFormat f = blockFormat(Qt::AlignJustify, 0, 1.5);
        f.setTextIndent(2 * body.pointSizeF() / 72.0 * 25.4 * m_dotsPerMm);   // 首行缩进两字
        f.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        nextBlock(cursor, f, charFormat(body));
        cursor.insertText(text);
    }

    void caption(QTextCursor &cursor, const QString &text, double topMm, double bottomMm,
                 bool keep = true)
    {
        nextBlock(cursor, blockFormat(Qt::AlignHCenter, topMm, bottomMm),
                  charFormat(fontOf(sansFamilies(), 10, true)));
        cursor.insertText(text);
        if (keep)
            m_keep << cursor.block();
    }

    void table(QTextCursor &cursor, const ReportTable &t)
    {
        if (!t.title.isEmpty())
            caption(cursor, t.title, 2.5, 1.5);
        const qsizetype rows = t.rowsToPrint();
        const int columns = int(t.columns.size());
        if (columns == 0)
            return;
        if (rows == 0 && !t.rows.isEmpty()) {
            // A table kept for the workbook only: the print says where it is.
            QTextBlockFormat nf = blockFormat(Qt::AlignLeft, 0.5, 2);
            nextBlock(cursor, nf,
                      charFormat(fontOf(serifFamilies(), 9), QColor(0x44, 0x44, 0x44)));
            cursor.insertText(Text::tr("Note: %1").arg(t.note));
            return;
        }
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setBorder(css(0.2));
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(css(0.7));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setAlignment(Qt::AlignHCenter);
        format.setBottomMargin(css(1));
        double total = 0;
        for (int c = 0; c < columns; ++c)
            total += c < t.columnWeights.size() ? t.columnWeights.at(c) : 1.0;
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c) {
            const double w = c < t.columnWeights.size() ? t.columnWeights.at(c) : 1.0;
            widths << QTextLength(QTextLength::PercentageLength, 100.0 * w / total);
        }
        format.setColumnWidthConstraints(widths);

        m_first = false;
        QTextTable *table = cursor.insertTable(int(rows) + 1, columns, format);
        const QFont cellFont = fontOf(serifFamilies(), 9);
        const QFont headFont = fontOf(sansFamilies(), 9, true);
        QTextCharFormat head = charFormat(headFont);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextCharFormat cf = cell.format();
            cf.setBackground(kHeaderFill);
            cf.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            cell.setFormat(cf);
            QTextCursor at = cell.firstCursorPosition();
            at.setBlockFormat(blockFormat(Qt::AlignHCenter));
            at.insertText(t.columns.at(c), head);
        }
        for (qsizetype r = 0; r < rows; ++r) {
            const QList<ReportCell> &row = t.rows.at(r);
            for (int c = 0; c < columns && c < row.size(); ++c) {
                const ReportCell &value = row.at(c);
                QTextTableCell cell = table->cellAt(int(r) + 1, c);
                if (value.strong) {
                    QTextCharFormat cf = cell.format();
                    cf.setBackground(kTotalFill);
                    cell.setFormat(cf);
                }
                QFont f = cellFont;
                f.setBold(value.strong);
                QTextCursor at = cell.firstCursorPosition();
                at.setBlockFormat(blockFormat(value.isNumeric() || value.kind
                                                      == ReportCell::Kind::None
                                                  ? Qt::AlignRight
                                                  : Qt::AlignLeft));
                at.insertText(value.display(), charFormat(f, value.alert ? kAlert : Qt::black));
            }
        }
        cursor.movePosition(QTextCursor::End);
        if (!t.note.isEmpty()) {
            QTextBlockFormat nf = blockFormat(Qt::AlignLeft, 0.5, 2);
            nf.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
            nextBlock(cursor, nf,
                      charFormat(fontOf(serifFamilies(), 8.5), QColor(0x44, 0x44, 0x44)));
            cursor.insertText(Text::tr("Note: %1").arg(t.note));
        } else {
            nextBlock(cursor, blockFormat(Qt::AlignLeft, 0, 1),
                      charFormat(fontOf(serifFamilies(), 4)));
        }
    }

    void chartBlock(QTextCursor &cursor, int index)
    {
        nextBlock(cursor, blockFormat(Qt::AlignHCenter, 2, 3),
                  charFormat(bodyFont()));
        QTextCharFormat object;
        object.setObjectType(kChartObject);
        object.setProperty(kChartIndex, index);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    void imageBlock(QTextDocument &doc, QTextCursor &cursor, const ReportBlock &b, int index)
    {
        const QString name = QStringLiteral("report-image-%1").arg(index);
        doc.addResource(QTextDocument::ImageResource, QUrl(name), b.image);
        nextBlock(cursor, blockFormat(Qt::AlignHCenter, 2, 1),
                  charFormat(bodyFont()));
        QTextImageFormat image;
        image.setName(name);
        image.setWidth(css(b.imageSizeMm.width()));
        image.setHeight(css(b.imageSizeMm.height()));
        cursor.insertImage(image);
        if (!b.text.isEmpty())
            caption(cursor, b.text, 1, 3, false);
    }

    void signature(QTextCursor &cursor, const QString &lines)
    {
        bool firstLine = true;
        for (const QString &line : lines.split(QLatin1Char('\n'))) {
            QTextBlockFormat f = blockFormat(Qt::AlignRight, firstLine ? 14 : 1, 0);
            f.setRightMargin(css(12));
            nextBlock(cursor, f, charFormat(fontOf(serifFamilies(), 12)));
            cursor.insertText(line);
            firstLine = false;
        }
    }

    const ReportContent &m_content;
    QPaintDevice *m_device;
    double m_dotsPerMm;
    double m_width;
    bool m_first = true;
    QList<QTextBlock> m_keep;
};

// Code points that CJK fonts draw with an ideograph's glyph, and that Qt's PDF engine would
// otherwise name for it: Kangxi radicals, CJK radicals supplement and CJK strokes.
bool isRadical(char32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x31C0 && cp <= 0x31EF);
}

QHash<char32_t, char32_t> ideographsForRadicals(const QFont &font)
{
    QHash<char32_t, char32_t> out;
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return out;
    // Glyph → the lowest unified ideograph drawn with it (the basic block, then extension A).
    QHash<quint32, char32_t> ideographOf;
    for (const auto &[from, to] : {std::pair<char32_t, char32_t>(0x4E00, 0x9FFF),
                                   std::pair<char32_t, char32_t>(0x3400, 0x4DBF)}) {
        QString all;
        all.reserve(int(to - from + 1));
        for (char32_t cp = from; cp <= to; ++cp)
            all += QChar(char16_t(cp));
        const QList<quint32> glyphs = raw.glyphIndexesForString(all);
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            if (glyphs.at(i) != 0 && !ideographOf.contains(glyphs.at(i)))
                ideographOf.insert(glyphs.at(i), char32_t(from + char32_t(i)));
        }
    }
    for (char32_t cp = 0x2E80; cp <= 0x31EF; ++cp) {
        if (!isRadical(cp))
            continue;
        const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(char16_t(cp))));
        if (g.size() == 1 && g.first() != 0) {
            const auto it = ideographOf.constFind(g.first());
            if (it != ideographOf.cend())
                out.insert(cp, *it);
        }
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The code in a "<XXXX>" token at `at` (4 hex digits), or -1.
int hexToken(const QByteArray &pdf, qsizetype at)
{
    if (at + 5 >= pdf.size() || pdf.at(at) != '<' || pdf.at(at + 5) != '>')
        return -1;
    int v = 0;
    for (int i = 1; i <= 4; ++i) {
        const int h = hexValue(pdf.at(at + i));
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

void writeHex(QByteArray &pdf, qsizetype at, char32_t cp)
{
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 4; i >= 1; --i) {
        pdf[at + i] = digits[cp & 0xF];
        cp >>= 4;
    }
}

} // namespace

struct ReportDocument::Private
{
    ReportContent content;
};

ReportDocument::ReportDocument(const ReportContent &content)
    : d(std::make_unique<Private>())
{
    d->content = content;
}

ReportDocument::~ReportDocument() = default;

QPageLayout ReportDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(20, 22, 20, 16), QPageLayout::Millimeter);
}

int ReportDocument::paint(QPagedPaintDevice *device)
{
    m_pages = 0;
    QPainter painter;
    if (!device || !painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // The painter's origin is the top left of the printable area (inside the margins).
    const double dpi = device->logicalDpiY();
    const QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double width = area.width();
    const double headerHeight = 9.0 * dpi / 25.4;
    const double footerHeight = 9.0 * dpi / 25.4;
    const double bodyHeight = area.height() - headerHeight - footerHeight;

    Builder builder(d->content, device, width);
    Layout layout = builder.build();
    layout.doc->setPageSize(QSizeF(width, bodyHeight));
    // A heading or a table title in the last quarter of a page goes to the next page with what
    // it introduces (QTextDocument knows no "keep with next"). Each move shifts what follows,
    // so the positions are read again after it.
    QSet<int> keeps;
    for (const QTextBlock &keep : std::as_const(layout.keepWithNext))
        keeps.insert(keep.blockNumber());
    for (const QTextBlock &keep : std::as_const(layout.keepWithNext)) {
        const QRectF r = layout.doc->documentLayout()->blockBoundingRect(keep);
        const double onPage = std::fmod(r.top(), bodyHeight);
        if (r.top() > bodyHeight * 0.5 && onPage > bodyHeight * 0.75) {
            // A run of headings and a title moves together: break before the first of them.
            QTextBlock first = keep;
            while (first.previous().isValid() && keeps.contains(first.previous().blockNumber()))
                first = first.previous();
            QTextCursor at(first);
            QTextBlockFormat f = first.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            at.setBlockFormat(f);
            // The layout after a format change is partial; setting the page size again lays
            // the whole document out anew.
            layout.doc->setPageSize(QSizeF(width, bodyHeight));
        }
    }
    const int pages = layout.doc->pageCount();

    const QRectF issuerLine =
        layout.doc->documentLayout()->blockBoundingRect(layout.mastheadEnd);
    QFont small = fontOf(serifFamilies(), 8.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            break;
        painter.save();
        painter.translate(0, headerHeight - page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
        painter.setClipRect(context.clip);
        layout.doc->documentLayout()->draw(&painter, context);
        if (page == 0 && issuerLine.isValid()) {
            const double y = issuerLine.bottom() + 0.8 * dpi / 25.4;
            painter.setPen(QPen(kRed, 1.6 * dpi / 72.0));
            painter.drawLine(QPointF(0, y), QPointF(width, y));
        }
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        if (page > 0) {
            // Running head: the title and period, over a hairline.
            const QRectF head(0, 0, width, headerHeight - 2.5 * dpi / 25.4);
            painter.drawText(head, Qt::AlignLeft | Qt::AlignBottom, d->content.title);
            painter.drawText(head, Qt::AlignRight | Qt::AlignBottom, d->content.period);
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5 * dpi / 72.0));
            painter.drawLine(QPointF(0, head.bottom() + 1.2 * dpi / 25.4),
                             QPointF(width, head.bottom() + 1.2 * dpi / 25.4));
            painter.setPen(QColor(0x55, 0x55, 0x55));
        }
        const QRectF foot(0, area.height() - footerHeight + 3.0 * dpi / 25.4, width,
                          footerHeight - 3.0 * dpi / 25.4);
        painter.drawText(foot, Qt::AlignHCenter | Qt::AlignTop,
                         Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
        ++m_pages;
    }
    painter.end();
    return m_pages;
}

QByteArray ReportDocument::pdf(int resolution)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setPageLayout(pageLayout());
        writer.setTitle(d->content.title + QLatin1Char(' ') + d->content.period);
        writer.setCreator(QStringLiteral("Pingan Command Desk"));
        if (paint(&writer) == 0)
            return {};
    }
    // The CJK faces the Chinese text falls back to.
    const QStringList serif {QStringLiteral("Noto Serif CJK SC")};
    const QStringList sans {QStringLiteral("Noto Sans CJK SC")};
    for (const QFont &f : {fontOf(serif, 10.5), fontOf(serif, 10.5, true), fontOf(sans, 10.5),
                           fontOf(sans, 10.5, true)})
        repairCjkToUnicode(bytes, f);
    return bytes;
}

bool ReportDocument::writePdf(const QString &path, QString *error, int resolution)
{
    const QByteArray bytes = pdf(resolution);
    if (bytes.isEmpty()) {
        if (error)
            *error = Text::tr("%1: the report could not be drawn").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Text::tr("%1: cannot write the file (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

int ReportDocument::repairCjkToUnicode(QByteArray &pdf, const QFont &font)
{
    // Per face, once per process; reports may be drawn on several threads.
    static QMutex lock;
    static QHash<QString, QHash<char32_t, char32_t>> cache;
    QHash<char32_t, char32_t> equivalents;
    {
        const QMutexLocker locked(&lock);
        auto it = cache.find(font.key());
        if (it == cache.end())
            it = cache.insert(font.key(), ideographsForRadicals(font));
        equivalents = *it;
    }
    if (equivalents.isEmpty())
        return 0;

    int changed = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = pdf.indexOf("begincmap", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        from = end;
        // Each mapping line: "<src> <dst>" (bfchar), "<lo> <hi> <dst>" or
        // "<lo> <hi> [<dst> …]" (bfrange). Destinations are what follow the source codes; a
        // "<lo> <hi> <dst>" range with lo < hi counts up from dst and is left alone.
        qsizetype line = begin;
        while (line < end) {
            qsizetype eol = pdf.indexOf('\n', line);
            if (eol < 0 || eol > end)
                eol = end;
            QList<qsizetype> tokens;
            for (qsizetype i = line; i < eol; ++i) {
                if (pdf.at(i) == '<')
                    tokens << i;
            }
            const bool array = pdf.indexOf('[', line) >= 0 && pdf.indexOf('[', line) < eol;
            const bool range = array || tokens.size() == 3;
            qsizetype firstDestination = range ? 2 : 1;
            if (range && !array && tokens.size() == 3 && hexToken(pdf, tokens[0]) >= 0
                && hexToken(pdf, tokens[0]) != hexToken(pdf, tokens[1]))
                firstDestination = tokens.size();   // a counting range: leave it
            for (qsizetype k = firstDestination; k < tokens.size(); ++k) {
                const int cp = hexToken(pdf, tokens[k]);
                if (cp < 0 || !isRadical(char32_t(cp)))
                    continue;
                const auto e = equivalents.constFind(char32_t(cp));
                if (e != equivalents.cend()) {
                    writeHex(pdf, tokens[k], *e);
                    ++changed;
                }
            }
            line = eol + 1;
        }
    }
    return changed;
}

#include "reportdocument.moc"
