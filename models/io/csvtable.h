#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A CSV file read whole, for imports (patrol records, survey answers): RFC 4180 fields (quotes,
// doubled quotes, delimiters and line breaks inside quotes), a header row, then records that each
// keep the 1-based line of the file where they start, so problems can name "FILE:LINE".
//
// Encoding: UTF-8 with or without a byte order mark; bytes that are not valid UTF-8 are read as
// GB18030 (a superset of GBK and GB2312, what Excel in China saves as "CSV"). Lines end in
// CRLF, LF or CR. Blank lines are skipped. A record whose number of fields differs from the
// header's is an error, as is a quote left open at the end of the file.
class CsvTable
{
public:
    enum class Encoding { Utf8, Gb18030 };

    struct Record
    {
        int line = 0;        // 1-based line where the record starts
        QStringList fields;  // as many as the header has
    };

    // Reads `path`. nullopt with *error ("FILE:LINE: …", translated, context "CsvTable") when
    // the file cannot be read, is empty, or is not well-formed.
    static std::optional<CsvTable> read(const QString &path, QString *error,
                                        QChar delimiter = QLatin1Char(','));
    // The same on bytes already read; `fileName` is only used in messages.
    static std::optional<CsvTable> parse(const QByteArray &bytes, const QString &fileName,
                                         QString *error, QChar delimiter = QLatin1Char(','));
    // Decodes bytes as above (BOM dropped); *encoding says which encoding was used.
    static QString decode(const QByteArray &bytes, Encoding *encoding = nullptr);

    QString fileName() const { return m_fileName; }
    Encoding encoding() const { return m_encoding; }
    // Header names as written (trimmed), and the line they stand on.
    const QStringList &header() const { return m_header; }
    int headerLine() const { return m_headerLine; }
    const QList<Record> &records() const { return m_records; }
    // The index of the first header cell equal to one of `names` (ignoring case and surrounding
    // blanks); -1 when there is none.
    int column(const QStringList &names) const;

private:
    QString m_fileName;
    Encoding m_encoding = Encoding::Utf8;
    QStringList m_header;
    int m_headerLine = 1;
    QList<Record> m_records;
};
