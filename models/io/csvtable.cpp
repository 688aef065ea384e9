#include "csvtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvTable", text);
}

bool allBlank(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString CsvTable::decode(const QByteArray &bytes, Encoding *encoding)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = Encoding::Utf8;
        return text;
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        text = gb.decode(data);
        // A GB18030 byte order mark (84 31 95 33) decodes to U+FEFF.
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    if (encoding)
        *encoding = Encoding::Gb18030;
    return text;
}

std::optional<CsvTable> CsvTable::read(const QString &path, QString *error, QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the file: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error, delimiter);
}

std::optional<CsvTable> CsvTable::parse(const QByteArray &bytes, const QString &fileName,
                                        QString *error, QChar delimiter)
{
    CsvTable table;
    table.m_fileName = fileName;
    const QString text = decode(bytes, &table.m_encoding);

    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    bool haveHeader = false;
    QString raggedError;
    auto emitRecord = [&](int line, QStringList &fields) {
        if (allBlank(fields))
            return;
        if (!haveHeader) {
            for (QString &f : fields)
                f = f.trimmed();
            table.m_header = fields;
            table.m_headerLine = line;
            haveHeader = true;
            return;
        }
        if (fields.size() != table.m_header.size() && raggedError.isEmpty()) {
            raggedError = tr("%1:%2: this row has %3 fields but the header has %4")
                              .arg(fileName)
                              .arg(line)
                              .arg(fields.size())
                              .arg(table.m_header.size());
            return;
        }
        table.m_records.append(Record {line, fields});
    };

    QString field;
    QStringList fields;
    bool inQuotes = false;
    bool quoted = false;       // the current field was opened with a quote
    bool recordEmpty = true;   // nothing of the current record seen yet
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                field += QLatin1Char('\n');
                ++line;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !quoted) {
            inQuotes = true;
            quoted = true;
            quoteLine = line;
            recordEmpty = false;
        } else if (c == delimiter) {
            fields << field;
            field.clear();
            quoted = false;
            recordEmpty = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!recordEmpty || !field.isEmpty()) {
                fields << field;
                emitRecord(recordLine, fields);
            }
            fields.clear();
            field.clear();
            quoted = false;
            recordEmpty = true;
            ++line;
            recordLine = line;
        } else {
            // A quote inside an unquoted field, or text after a closing quote, is kept as text.
            field += c;
            recordEmpty = false;
        }
    }
    if (inQuotes) {
        return fail(tr("%1:%2: a quoted field starts here and is never closed")
                        .arg(fileName)
                        .arg(quoteLine));
    }
    if (!recordEmpty || !field.isEmpty()) {
        fields << field;
        emitRecord(recordLine, fields);
    }
    if (!raggedError.isEmpty())
        return fail(raggedError);
    if (!haveHeader)
        return fail(tr("%1: the file is empty (a header row is expected)").arg(fileName));
    return table;
}

int CsvTable::column(const QStringList &names) const
{
    for (int i = 0; i < m_header.size(); ++i) {
        for (const QString &name : names) {
            if (m_header.at(i).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}
