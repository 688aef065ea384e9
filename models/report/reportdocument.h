#pragma once

#include "reportcontent.h"

#include <QFont>
#include <QPageLayout>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// Typesets a ReportContent on A4 pages and draws it on any paged device: the PDF writer, a
// printer, the print preview. Chinese body text in a CJK serif (Noto Serif CJK SC, as the
// project's setup installs), headings in the sans, the masthead in red; tables break across
// pages and repeat their header row; every page carries "第 N 页 共 M 页".
class ReportDocument
{
public:
    explicit ReportDocument(const ReportContent &content);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    // A4 portrait with the margins of an office document (top 25 mm, sides 20 mm, bottom 20).
    static QPageLayout pageLayout();

    // Lays the report out for `device` (its page layout and resolution) and draws every page,
    // starting on the device's current page. Returns the number of pages, 0 when the device
    // cannot be painted on.
    int paint(QPagedPaintDevice *device);

    // Writes the report as a PDF at `resolution` dpi, atomically (a failed write leaves an
    // existing file as it was). The text of the PDF copies and searches as the characters
    // printed (see repairCjkToUnicode). Returns false and sets *error (translated, naming the
    // file) when it cannot write.
    bool writePdf(const QString &path, QString *error, int resolution = 300);
    // The same PDF in memory (the benchmark, tests).
    QByteArray pdf(int resolution = 300);

    int pageCount() const { return m_pages; }

    // Qt's PDF engine maps each glyph back to the lowest code point that uses it, and CJK
    // fonts share glyphs between ideographs and the Kangxi radicals (示 U+793A and ⽰ U+2F70),
    // so copied text and pdftotext would read radicals. Rewrites the ToUnicode maps of `pdf` in
    // place to name the ideograph instead, as the CJK face `font` maps it (same byte length:
    // the file's offsets stay valid). Returns how many entries changed.
    static int repairCjkToUnicode(QByteArray &pdf, const QFont &font);

private:
    struct Private;
    std::unique_ptr<Private> d;
    int m_pages = 0;
};
