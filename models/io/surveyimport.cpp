#include "surveyimport.h"

#include "io/gdalsupport.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/surveyimportwriter.h"
#include "store/surveyrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QStringDecoder>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

QString sourceText(const char *text)
{
    return QCoreApplication::translate("SurveyImport", text);
}

// --- fields ----------------------------------------------------------------------------------

struct FieldInfo
{
    SurveyField field;
    const char *key;
    const char *label;
    const char *names;   // sure header names, separated by '|'
};

const FieldInfo kFields[SurveyFieldCount] = {
    {SurveyField::RespondentKey, "respondent_key",
     QT_TRANSLATE_NOOP("SurveyImport", "Respondent key"),
     "受访者编号|问卷编号|编号|序号|样本编号|受访者ID|受访人编号|问卷ID|调查编号|样本号|ID|"
     "respondent_key"},
    {SurveyField::Township, "township",
     QT_TRANSLATE_NOOP("SurveyImport", "Township / sub-district"),
     "乡镇/街道|乡镇|街道|乡镇(街道)|乡镇街道|所属乡镇|所属乡镇/街道|所在乡镇|所在乡镇/街道|"
     "乡镇名称|镇街|township"},
    {SurveyField::Village, "village", QT_TRANSLATE_NOOP("SurveyImport", "Village / community"),
     "村/社区|村(社区)|村社区|村|社区|村居|村/居|所属村|所属村/社区|所在村|所在村/社区|"
     "村名|村(居)|村居委会|village"},
    {SurveyField::RegionCode, "region_code", QT_TRANSLATE_NOOP("SurveyImport", "Region code"),
     "区划代码|行政区划代码|统计用区划代码|区划编码|区划编号|行政区划编码|region_code"},
    {SurveyField::Method, "method", QT_TRANSLATE_NOOP("SurveyImport", "Survey method"),
     "调查方式|访问方式|调查形式|访问形式|调查渠道|方式|method"},
    {SurveyField::Security, "security", nullptr, "安全感|公众安全感|群众安全感|security"},
    {SurveyField::OrderSatisfaction, "order_satisfaction", nullptr,
     "治安满意度|社会治安满意度|order_satisfaction"},
    {SurveyField::EnforcementSatisfaction, "enforcement_satisfaction", nullptr,
     "执法满意度|政法队伍执法满意度|执法工作满意度|enforcement_satisfaction"},
    {SurveyField::Awareness, "awareness", nullptr,
     "知晓率|平安建设知晓率|知晓|知晓度|平安建设知晓度|awareness"},
    {SurveyField::Participation, "participation", nullptr,
     "参与率|平安建设参与率|参与|参与度|平安建设参与度|participation"},
};

// A full-width form (Ａ, １, ／ …) as its ASCII character; anything else as it is.
QChar halfWidth(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0xFF01 && u <= 0xFF5E ? QChar(char16_t(u - 0xFEE0)) : c;
}

// Header text as compared: lower case, full-width forms folded, only letters and digits kept,
// a trailing 必填 ("required") dropped. "乡镇（街道）" and "乡镇/街道" both become "乡镇街道".
QString normalizedHeader(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QChar d = halfWidth(c);
        if (d.isLetterOrNumber())
            out += d.toLower();
    }
    if (out.endsWith(QStringLiteral("必填")) && out.size() > 2)
        out.chop(2);
    return out;
}

// Answer text as compared: blanks (half and full width) dropped, full-width forms folded,
// lower case.
QString normalizedAnswer(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QChar d = halfWidth(c);
        if (!d.isSpace() && d.unicode() != 0xFEFF)
            out += d.toLower();
    }
    return out;
}

struct SureName
{
    SurveyField field;
    int rank;   // position in the field's list: lower is more telling (问卷编号 before 序号)
};

const QHash<QString, SureName> &sureNames()
{
    static const QHash<QString, SureName> names = [] {
        QHash<QString, SureName> h;
        for (const FieldInfo &f : kFields) {
            const QStringList list = QString::fromUtf8(f.names).split(QLatin1Char('|'));
            for (int i = 0; i < list.size(); ++i)
                h.insert(normalizedHeader(list.at(i)), {f.field, i});
        }
        return h;
    }();
    return names;
}

// A header that only contains the telling words; checked in this order.
std::optional<SurveyField> looseField(const QString &h)
{
    auto has = [&h](const char *word) { return h.contains(QString::fromUtf8(word)); };
    if (has("执法") && has("满意"))
        return SurveyField::EnforcementSatisfaction;
    if (has("治安") && has("满意"))
        return SurveyField::OrderSatisfaction;
    if (has("安全"))
        return SurveyField::Security;
    if (has("知晓") || has("知道"))
        return SurveyField::Awareness;
    if (has("参与") || has("参加"))
        return SurveyField::Participation;
    if (has("区划") || has("代码"))
        return SurveyField::RegionCode;
    if (has("方式"))
        return SurveyField::Method;
    if (has("乡") || has("镇") || has("街道"))
        return SurveyField::Township;
    if (has("村") || has("社区"))
        return SurveyField::Village;
    if (has("编号") || has("序号") || h.startsWith(QLatin1String("id"))
        || h.endsWith(QLatin1String("id")))
        return SurveyField::RespondentKey;
    return std::nullopt;
}

constexpr bool isAnswerField(SurveyField f)
{
    return int(f) >= int(SurveyField::Security);
}

// --- bytes -----------------------------------------------------------------------------------

std::string_view trimmed(std::string_view s)
{
    // ASCII blanks, and the full-width space U+3000 (E3 80 80) Chinese input methods type.
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        else if (s.size() >= 3 && s.compare(0, 3, "\xE3\x80\x80") == 0)
            s.remove_prefix(3);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        else if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE3\x80\x80") == 0)
            s.remove_suffix(3);
        else
            break;
    }
    return s;
}

QByteArray raw(std::string_view s)
{
    return QByteArray::fromRawData(s.data(), qsizetype(s.size()));
}

QString qstring(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// True when all of [p, end) is UTF-8 (a sequence cut at `end` counts as valid when `cut`).
bool isUtf8(const unsigned char *p, const unsigned char *end, bool cut = false)
{
    while (p < end) {
        if (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n = 0;
        if (c >= 0xC2 && c <= 0xDF)
            n = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            n = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            n = 3;
        else
            return false;
        if (end - p <= n)
            return cut
                && std::all_of(p + 1, end, [](unsigned char b) { return (b & 0xC0) == 0x80; });
        for (int i = 1; i <= n; ++i)
            if ((p[i] & 0xC0) != 0x80)
                return false;
        if (c == 0xE0 && p[1] < 0xA0)
            return false;
        if (c == 0xED && p[1] > 0x9F)
            return false;
        if (c == 0xF0 && p[1] < 0x90)
            return false;
        if (c == 0xF4 && p[1] > 0x8F)
            return false;
        p += n + 1;
    }
    return true;
}

// --- records -------------------------------------------------------------------------------

// One record of the file: the line it starts on and its cells (views valid until the next).
struct Record
{
    qint64 line = 0;
    std::vector<std::string_view> fields;

    bool blank() const
    {
        for (std::string_view f : fields)
            if (!trimmed(f).empty())
                return false;
        return true;
    }
};

class RecordSource
{
public:
    virtual ~RecordSource() = default;
    // False at the end, or on a problem (error() then says which).
    virtual bool next(Record &record) = 0;
    virtual double fraction() const = 0;
    // About how many rows the file holds (for the writer to choose how to load).
    virtual qint64 estimatedRows() const = 0;
    QString error() const { return m_error; }

protected:
    QString m_error;
};

// RFC 4180 over UTF-8 bytes, counting lines.
class CsvSource : public RecordSource
{
public:
    CsvSource(const char *begin, const char *end, const QString &fileName)
        : m_begin(begin)
        , m_p(begin)
        , m_end(end)
        , m_fileName(fileName)
    { }

    bool next(Record &r) override
    {
        if (m_p >= m_end)
            return false;
        r.fields.clear();
        r.line = m_line;
        std::size_t scratchUsed = 0;
        for (;;) {
            std::string_view field;
            if (*m_p == '"') {
                const char *start = ++m_p;
                bool escaped = false;
                const char *close = nullptr;
                while (!close) {
                    const auto *q = static_cast<const char *>(
                        std::memchr(m_p, '"', std::size_t(m_end - m_p)));
                    if (!q) {
                        m_error = sourceText(QT_TRANSLATE_NOOP(
                                         "SurveyImport",
                                         "%1:%2: a quoted field starts here and is never closed"))
                                      .arg(m_fileName)
                                      .arg(r.line);
                        m_p = m_end;
                        return false;
                    }
                    countLines(m_p, q);
                    if (q + 1 < m_end && q[1] == '"') {
                        escaped = true;
                        m_p = q + 2;
                    } else {
                        close = q;
                        m_p = q + 1;
                    }
                }
                if (escaped) {
                    if (m_scratch.size() <= scratchUsed)
                        m_scratch.emplace_back();
                    std::string &s = m_scratch[scratchUsed++];
                    s.clear();
                    for (const char *c = start; c < close; ++c) {
                        s += *c;
                        if (*c == '"')
                            ++c;   // the second of a doubled quote
                    }
                    field = s;
                } else {
                    field = std::string_view(start, std::size_t(close - start));
                }
                // Text after the closing quote (`"a"b`) is not CSV; it is dropped.
                while (m_p < m_end && *m_p != ',' && *m_p != '\n' && *m_p != '\r')
                    ++m_p;
            } else {
                const char *start = m_p;
                while (m_p < m_end && *m_p != ',' && *m_p != '\n' && *m_p != '\r')
                    ++m_p;
                field = std::string_view(start, std::size_t(m_p - start));
            }
            r.fields.push_back(field);
            if (m_p >= m_end)
                return true;
            if (*m_p == ',') {
                ++m_p;
                if (m_p >= m_end) {
                    r.fields.emplace_back();
                    return true;
                }
                continue;
            }
            if (*m_p == '\r' && m_p + 1 < m_end && m_p[1] == '\n')
                ++m_p;
            ++m_p;
            ++m_line;
            return true;
        }
    }

    double fraction() const override
    {
        return m_end > m_begin ? double(m_p - m_begin) / double(m_end - m_begin) : 1.0;
    }
    // A questionnaire row takes some 60 to 150 bytes.
    qint64 estimatedRows() const override { return qint64(m_end - m_begin) / 100; }

private:
    void countLines(const char *from, const char *to)
    {
        for (const char *c = from; c < to; ++c) {
            if (*c == '\n')
                ++m_line;
            else if (*c == '\r' && (c + 1 >= to || c[1] != '\n'))
                ++m_line;
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QString m_fileName;
    qint64 m_line = 1;
    std::deque<std::string> m_scratch;   // unescaped fields; a deque keeps them in place
};

// A sheet of an XLSX file through GDAL's XLSX driver, every cell as text.
class XlsxSource : public RecordSource
{
public:
    // Opens `file` and picks `sheet` (empty: the first); false with *error.
    bool open(const QString &file, const QString &sheet, QString *error)
    {
        static std::once_flag once;
        std::call_once(once, [] { GDALAllRegister(); });
        Gdal::QuietErrors quiet;
        CPLErrorReset();
        const char *drivers[] = {"XLSX", nullptr};
        const char *options[] = {"HEADERS=DISABLE", "FIELD_TYPES=STRING", nullptr};
        m_dataset.reset(GDALDataset::Open(file.toUtf8().constData(),
                                          GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options,
                                          nullptr));
        if (!m_dataset) {
            const QString why = Gdal::lastError();
            *error = why.isEmpty()
                ? sourceText(QT_TRANSLATE_NOOP("SurveyImport", "%1: cannot read the spreadsheet"))
                      .arg(file)
                : sourceText(QT_TRANSLATE_NOOP("SurveyImport", "%1: cannot read the spreadsheet: %2"))
                      .arg(file, why);
            return false;
        }
        for (int i = 0; i < m_dataset->GetLayerCount(); ++i)
            m_sheets << QString::fromUtf8(m_dataset->GetLayer(i)->GetName());
        if (m_sheets.isEmpty()) {
            *error = sourceText(QT_TRANSLATE_NOOP("SurveyImport", "%1: the spreadsheet has no sheet"))
                         .arg(file);
            return false;
        }
        const int index = sheet.isEmpty() ? 0 : int(m_sheets.indexOf(sheet));
        if (index < 0) {
            *error = sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                          "%1: there is no sheet '%2' (the sheets are: %3)"))
                         .arg(file, sheet, m_sheets.join(QStringLiteral(", ")));
            return false;
        }
        m_sheet = m_sheets.at(index);
        m_layer = m_dataset->GetLayer(index);
        m_layer->ResetReading();
        m_total = std::max<GIntBig>(1, m_layer->GetFeatureCount(TRUE));
        return true;
    }

    bool next(Record &r) override
    {
        OGRFeature *raw = m_layer->GetNextFeature();
        if (!raw)
            return false;
        std::unique_ptr<OGRFeature> feature(raw);
        ++m_read;
        const int n = feature->GetFieldCount();
        m_cells.resize(size_t(n));
        r.fields.clear();
        for (int i = 0; i < n; ++i) {
            if (feature->IsFieldSetAndNotNull(i))
                m_cells[size_t(i)] = feature->GetFieldAsString(i);
            else
                m_cells[size_t(i)].clear();
            r.fields.emplace_back(m_cells[size_t(i)]);
        }
        // The driver numbers features from 1 in sheet order, blank rows included: the
        // feature id is the spreadsheet row.
        r.line = feature->GetFID() >= 0 ? qint64(feature->GetFID()) : m_read;
        return true;
    }

    double fraction() const override { return std::min(1.0, double(m_read) / double(m_total)); }
    qint64 estimatedRows() const override { return qint64(m_total); }

    const QStringList &sheets() const { return m_sheets; }
    QString sheet() const { return m_sheet; }

private:
    Gdal::DatasetPtr m_dataset;
    OGRLayer *m_layer = nullptr;
    QStringList m_sheets;
    QString m_sheet;
    std::vector<std::string> m_cells;
    qint64 m_read = 0;
    GIntBig m_total = 1;
};

// The bytes of a CSV file as UTF-8, and what they were.
struct CsvBytes
{
    QFile file;
    QByteArray owned;       // converted or read text
    const char *begin = nullptr;
    const char *end = nullptr;
    SurveyImport::Encoding encoding = SurveyImport::Encoding::Utf8;
};

enum class Kind { Csv, Xlsx, Unsupported };

Kind sniff(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04"))
        return Kind::Xlsx;
    if (head.startsWith("\xD0\xCF\x11\xE0") || head.startsWith("\xFF\xFE")
        || head.startsWith("\xFE\xFF"))
        return Kind::Unsupported;
    return Kind::Csv;
}

QString unsupportedMessage(const QString &file, const QByteArray &head)
{
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                    "%1: an old Excel (.xls) file; save it as .xlsx or CSV"))
            .arg(file);
    return sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                "%1: UTF-16 text; save it as CSV (UTF-8 or GB18030)"))
        .arg(file);
}

// Reads (maps) a CSV file and makes it UTF-8. `limit` > 0 reads only that many bytes (preview).
bool loadCsv(const QString &path, SurveyImport::Encoding asked, qint64 limit, CsvBytes *out,
             QString *error)
{
    out->file.setFileName(path);
    if (!out->file.open(QIODevice::ReadOnly)) {
        *error = sourceText(QT_TRANSLATE_NOOP("SurveyImport", "%1: cannot read: %2"))
                     .arg(path, out->file.errorString());
        return false;
    }
    const qint64 size = out->file.size();
    const qint64 wanted = limit > 0 ? std::min(limit, size) : size;
    const uchar *mapped = wanted > 0 ? out->file.map(0, wanted) : nullptr;
    QByteArray read;
    if (!mapped && wanted > 0) {
        read = out->file.read(wanted);
        mapped = reinterpret_cast<const uchar *>(read.constData());
    }
    const char *begin = reinterpret_cast<const char *>(mapped);
    const char *end = begin + wanted;
    bool bom = false;
    if (end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0) {
        begin += 3;
        bom = true;
    }
    using E = SurveyImport::Encoding;
    E encoding = asked;
    if (asked == E::Auto || asked == E::Utf8WithBom) {
        if (bom)
            encoding = E::Utf8WithBom;
        else
            encoding = isUtf8(reinterpret_cast<const unsigned char *>(begin),
                              reinterpret_cast<const unsigned char *>(end), limit > 0)
                ? E::Utf8
                : E::Gb18030;
    } else if (asked == E::Utf8 && bom) {
        encoding = E::Utf8WithBom;
    }
    out->encoding = encoding;
    if (encoding == E::Gb18030) {
        QStringDecoder gb("GB18030");
        if (!gb.isValid()) {
            *error = sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                          "%1: this build cannot read GB18030 text"))
                         .arg(path);
            return false;
        }
        QString text = gb.decode(QByteArrayView(begin, end - begin));
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        out->owned = text.toUtf8();
    } else if (!read.isEmpty()) {
        out->owned = read.mid(begin - read.constData());
    } else {
        out->begin = begin;
        out->end = end;
        return true;
    }
    out->begin = out->owned.constData();
    out->end = out->begin + out->owned.size();
    return true;
}

QStringList toStrings(const Record &r)
{
    QStringList out;
    out.reserve(qsizetype(r.fields.size()));
    for (std::string_view f : r.fields)
        out << qstring(trimmed(f));
    return out;
}

// Finds the header among the first records: the first non-blank one whose guess has every
// required field; else the first non-blank one. Records read past it stay in *pending.
bool readHeader(RecordSource &source, QStringList *header, qint64 *headerLine,
                QList<QPair<qint64, QStringList>> *pending)
{
    Record r;
    QList<QPair<qint64, QStringList>> seen;
    while (seen.size() < 10 && source.next(r)) {
        if (r.blank())
            continue;
        seen.append({r.line, toStrings(r)});
        QList<SurveyField> missing;
        SurveyImport::guessMapping(seen.last().second, nullptr, &missing);
        if (missing.isEmpty()) {
            *header = seen.last().second;
            *headerLine = seen.last().first;
            seen.clear();
            return true;
        }
    }
    if (seen.isEmpty())
        return false;
    *header = seen.first().second;
    *headerLine = seen.first().first;
    seen.removeFirst();
    *pending = seen;
    return true;
}

// --- matching ------------------------------------------------------------------------------

struct Variant
{
    const char *text;
    const char *target;
};

// Common answer wordings and the scheme answer they mean (used only when the target is one).
const Variant kVariants[] = {
    {"非常安全", "很安全"},   {"十分安全", "很安全"},   {"比较安全", "安全"},
    {"较安全", "安全"},       {"一般", "基本安全"},     {"还可以", "基本安全"},
    {"不大安全", "不太安全"}, {"不是很安全", "不太安全"}, {"较不安全", "不太安全"},
    {"很不安全", "不安全"},   {"非常不安全", "不安全"},
    {"非常满意", "满意"},     {"很满意", "满意"},       {"十分满意", "满意"},
    {"比较满意", "基本满意"}, {"较满意", "基本满意"},   {"一般", "基本满意"},
    {"还可以", "基本满意"},   {"很不满意", "不满意"},   {"非常不满意", "不满意"},
    {"不太满意", "不满意"},
    {"了解", "知道"},         {"知晓", "知道"},         {"听说过", "知道"},
    {"是", "知道"},           {"不了解", "不知道"},     {"不知晓", "不知道"},
    {"没听说过", "不知道"},   {"未听说过", "不知道"},   {"否", "不知道"},
    {"参加", "参加过"},       {"参与", "参加过"},       {"参与过", "参加过"},
    {"有", "参加过"},         {"是", "参加过"},         {"未参加", "没参加过"},
    {"没有参加", "没参加过"}, {"没参加", "没参加过"},   {"未参与", "没参加过"},
    {"没参与过", "没参加过"}, {"未参加过", "没参加过"}, {"没有参加过", "没参加过"},
    {"没有", "没参加过"},     {"否", "没参加过"},
};

// Every accepted form of an indicator's answers (normalised, UTF-8) → code.
QHash<QByteArray, int> answerTable(const SurveyIndicatorRule &rule)
{
    QHash<QByteArray, int> table;
    const int n = int(rule.answers.size());
    // Variants first so that the scheme's own texts win where they coincide.
    QHash<QString, int> own;
    for (int i = 0; i < n; ++i)
        own.insert(normalizedAnswer(rule.answers.at(i)), i + 1);
    for (const Variant &v : kVariants) {
        const int code = own.value(normalizedAnswer(QString::fromUtf8(v.target)), 0);
        if (code > 0)
            table.insert(normalizedAnswer(QString::fromUtf8(v.text)).toUtf8(), code);
    }
    for (int i = 0; i < n; ++i) {
        table.insert(QByteArray::number(i + 1), i + 1);
        table.insert(QByteArray(1, char('a' + i)), i + 1);
    }
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        table.insert(it.key().toUtf8(), it.value());
    return table;
}

// The stored method keys (as the demo writes them); index 0 is the empty method.
constexpr std::string_view kMethodKeys[] = {"", "phone", "face_to_face", "online"};

const QHash<QByteArray, int> &methodTable()
{
    static const QHash<QByteArray, int> table = [] {
        const struct
        {
            const char *text;
            int method;
        } names[] = {
            {"phone", 1},          {"电话", 1},       {"电话调查", 1},   {"电话访问", 1},
            {"电话访谈", 1},       {"电话问卷", 1},   {"电访", 1},       {"face_to_face", 2},
            {"面访", 2},           {"入户", 2},       {"入户调查", 2},   {"入户访问", 2},
            {"当面", 2},           {"面对面", 2},     {"现场", 2},       {"现场调查", 2},
            {"走访", 2},           {"拦访", 2},       {"online", 3},     {"网络", 3},
            {"线上", 3},           {"微信", 3},       {"网上", 3},       {"网络调查", 3},
            {"问卷星", 3},         {"在线", 3},       {"小程序", 3},     {"微信小程序", 3},
            {"二维码", 3},         {"扫码", 3},       {"网络问卷", 3},   {"线上问卷", 3},
        };
        QHash<QByteArray, int> h;
        for (const auto &n : names)
            h.insert(normalizedAnswer(QString::fromUtf8(n.text)).toUtf8(), n.method);
        return h;
    }();
    return table;
}

// Looks `text` up as it is, then normalised; -1 when absent.
int lookUp(const QHash<QByteArray, int> &table, std::string_view text)
{
    const auto it = table.constFind(raw(text));
    if (it != table.cend())
        return it.value();
    return table.value(normalizedAnswer(qstring(text)).toUtf8(), -1);
}

const char *const kTownshipSuffixes[] = {"街道办事处", "街道", "镇", "乡"};
const char *const kVillageSuffixes[] = {"社区居委会", "村委会", "居委会", "社区", "村"};

QByteArray withoutSuffix(const QByteArray &name, const char *const *suffixes, int count)
{
    for (int i = 0; i < count; ++i) {
        const QByteArray s(suffixes[i]);
        if (name.endsWith(s) && name.size() > s.size())
            return name.left(name.size() - s.size());
    }
    return {};
}

constexpr int kAmbiguous = -2;

// A name table: exact names, and names without their suffix where that is unambiguous.
class NameTable
{
public:
    void add(const QByteArray &name, int index, const char *const *suffixes, int count)
    {
        m_exact.insert(name, index);
        const QByteArray bare = withoutSuffix(name, suffixes, count);
        if (!bare.isEmpty()) {
            const auto it = m_bare.find(bare);
            if (it == m_bare.end())
                m_bare.insert(bare, index);
            else if (it.value() != index)
                it.value() = kAmbiguous;
        }
    }
    // The index, -1 when unknown, kAmbiguous when several fit.
    int find(std::string_view text, const char *const *suffixes, int count) const
    {
        const QByteArray key = raw(text);
        const auto exact = m_exact.constFind(key);
        if (exact != m_exact.cend())
            return exact.value();
        // "白沙" for 白沙乡, or "城关镇" for a region stored as 城关.
        const QByteArray bare = withoutSuffix(key, suffixes, count);
        const auto it = m_bare.constFind(bare.isEmpty() ? key : bare);
        if (it != m_bare.cend())
            return it.value();
        return bare.isEmpty() ? -1 : m_exact.value(bare, -1);
    }

private:
    QHash<QByteArray, int> m_exact;
    QHash<QByteArray, int> m_bare;
};

// The live regions a row may name.
struct RegionIndex
{
    std::vector<SurveyImportWriter::Region> regions;
    std::vector<int> townshipOf;             // per region: its township's region index
    NameTable townships;                     // → region index
    QHash<int, NameTable> villages;          // township region index → its villages
    QHash<QByteArray, int> byCode;

    void load(std::vector<SurveyImportWriter::Region> live)
    {
        regions = std::move(live);
        townshipOf.assign(regions.size(), -1);
        QHash<QByteArray, int> townshipIndex;
        for (int i = 0; i < int(regions.size()); ++i) {
            const auto &r = regions[size_t(i)];
            byCode.insert(r.code, i);
            if (r.level == 1) {
                townshipIndex.insert(r.code, i);
                townshipOf[size_t(i)] = i;
                townships.add(r.name, i, kTownshipSuffixes, 4);
            }
        }
        for (int i = 0; i < int(regions.size()); ++i) {
            const auto &r = regions[size_t(i)];
            if (r.level != 2)
                continue;
            const int t = townshipIndex.value(r.parentCode, -1);
            townshipOf[size_t(i)] = t;
            if (t >= 0)
                villages[t].add(r.name, i, kVillageSuffixes, 5);
        }
    }
};

// --- the import pipeline ---------------------------------------------------------------------

struct Row
{
    qint64 line = 0;
    std::uint32_t keyOffset = 0;
    std::uint32_t keyLength = 0;
    int region = -1;
    int method = 0;
    std::array<int, SurveyIndicatorCount> answers {};
};

struct Batch
{
    std::string keys;
    std::vector<Row> rows;
    std::vector<SurveyImport::Rejection> rejections;
    qint64 rejectedRows = 0;
    qint64 rowsRead = 0;
    double fraction = 0;

    void clear()
    {
        keys.clear();
        rows.clear();
        rejections.clear();
        rejectedRows = 0;
    }
};

constexpr std::size_t kBatchRows = 8192;
constexpr std::size_t kQueuedBatches = 4;

// Batches from the reading thread to the writing one, and back for reuse.
class BatchQueue
{
public:
    // False when the consumer stopped.
    bool push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_space.wait(lock, [this] { return m_full.size() < kQueuedBatches || m_stopped; });
        if (m_stopped)
            return false;
        m_full.push_back(std::move(batch));
        m_ready.notify_one();
        return true;
    }
    void finish(const QString &error)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
        m_error = error;
        m_ready.notify_one();
    }
    // Null at the end.
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_full.empty() || m_done; });
        if (m_full.empty())
            return {};
        std::unique_ptr<Batch> b = std::move(m_full.front());
        m_full.pop_front();
        m_space.notify_one();
        return b;
    }
    void recycle(std::unique_ptr<Batch> batch)
    {
        batch->clear();
        std::lock_guard<std::mutex> lock(m_mutex);
        m_free.push_back(std::move(batch));
    }
    std::unique_ptr<Batch> fresh()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_free.empty())
            return std::make_unique<Batch>();
        std::unique_ptr<Batch> b = std::move(m_free.back());
        m_free.pop_back();
        return b;
    }
    void stop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_space.notify_all();
    }
    bool stopped()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_stopped;
    }
    QString error()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_error;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_free;
    bool m_done = false;
    bool m_stopped = false;
    QString m_error;
};

constexpr std::size_t kMaxKeyBytes = 100;

// Checks rows and turns them into codes.
class RowChecker
{
public:
    RowChecker(const RegionIndex &regions, const SurveyScheme &scheme,
               const SurveyColumnMapping &mapping)
        : m_regions(regions)
        , m_scheme(scheme)
        , m_mapping(mapping)
    {
        for (SurveyIndicator i : SurveyIndicators::all())
            m_answers[size_t(i)] = answerTable(scheme.rule(i));
    }

    // Adds the row, or its problems, to `batch`.
    void check(const Record &r, Batch &batch)
    {
        auto cell = [&r, this](SurveyField f) -> std::string_view {
            const int c = m_mapping.column(f);
            return c >= 0 && size_t(c) < r.fields.size() ? trimmed(r.fields[size_t(c)])
                                                          : std::string_view();
        };
        const std::size_t rejectionsBefore = batch.rejections.size();
        auto reject = [&batch, &r](SurveyField f, const QString &reason) {
            batch.rejections.push_back({r.line, SurveyFields::key(f), reason});
        };
        Row row;
        row.line = r.line;

        const std::string_view key = cell(SurveyField::RespondentKey);
        if (key.empty())
            reject(SurveyField::RespondentKey, sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                                                  "the respondent key is empty")));
        else if (key.size() > kMaxKeyBytes)
            reject(SurveyField::RespondentKey,
                   sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                        "the respondent key is longer than %1 bytes"))
                       .arg(kMaxKeyBytes));

        row.region = region(cell(SurveyField::RegionCode), cell(SurveyField::Township),
                            cell(SurveyField::Village), reject);

        const std::string_view method = cell(SurveyField::Method);
        if (!method.empty()) {
            row.method = lookUp(methodTable(), method);
            if (row.method < 0)
                reject(SurveyField::Method,
                       sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                            "'%1' is not a survey method (电话, 面访/入户, "
                                            "网络/线上/微信)"))
                           .arg(qstring(method)));
        }

        bool answered = false;
        for (SurveyIndicator i : SurveyIndicators::all()) {
            const SurveyField f = SurveyFields::fieldOf(i);
            const std::string_view text = cell(f);
            if (text.empty())
                continue;
            const int code = lookUp(m_answers[size_t(i)], text);
            if (code < 0) {
                const SurveyIndicatorRule &rule = m_scheme.rule(i);
                reject(f, sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                               "'%1' is not an answer to %2 (%3, or a code 1–%4)"))
                              .arg(qstring(text), m_scheme.label(i),
                                   rule.answers.join(QStringLiteral("/")))
                              .arg(rule.answers.size()));
                continue;
            }
            row.answers[size_t(i)] = code;
            answered = true;
        }
        if (!answered && batch.rejections.size() == rejectionsBefore)
            batch.rejections.push_back(
                {r.line, QString(),
                 sourceText(QT_TRANSLATE_NOOP("SurveyImport", "the row answers no question"))});

        if (batch.rejections.size() != rejectionsBefore) {
            ++batch.rejectedRows;
            return;
        }
        row.keyOffset = std::uint32_t(batch.keys.size());
        row.keyLength = std::uint32_t(key.size());
        batch.keys.append(key.data(), key.size());
        batch.rows.push_back(row);
    }

private:
    template<typename Reject>
    int region(std::string_view code, std::string_view township, std::string_view village,
               Reject &reject)
    {
        if (!code.empty()) {
            const int i = m_regions.byCode.value(raw(code), -1);
            if (i < 0) {
                reject(SurveyField::RegionCode,
                       sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                            "no township or village has the code '%1'"))
                           .arg(qstring(code)));
                return -1;
            }
            if (!township.empty()) {
                const int t = m_regions.townships.find(township, kTownshipSuffixes, 4);
                if (t != m_regions.townshipOf[size_t(i)]) {
                    reject(SurveyField::Township,
                           sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                                "'%1' is not the township of region code %2"))
                               .arg(qstring(township), qstring(code)));
                    return -1;
                }
            }
            return i;
        }
        if (township.empty()) {
            reject(SurveyField::Township,
                   sourceText(QT_TRANSLATE_NOOP("SurveyImport", "the township is empty")));
            return -1;
        }
        int t;
        if (township == m_lastTownshipText) {
            t = m_lastTownship;
        } else {
            t = m_regions.townships.find(township, kTownshipSuffixes, 4);
            m_lastTownshipText.assign(township.data(), township.size());
            m_lastTownship = t;
        }
        if (t == kAmbiguous) {
            reject(SurveyField::Township,
                   sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                        "'%1' fits more than one township; give the full name"))
                       .arg(qstring(township)));
            return -1;
        }
        if (t < 0) {
            reject(SurveyField::Township,
                   sourceText(QT_TRANSLATE_NOOP("SurveyImport", "no township is named '%1'"))
                       .arg(qstring(township)));
            return -1;
        }
        if (village.empty())
            return t;
        const auto villages = m_regions.villages.constFind(t);
        const int v = villages == m_regions.villages.cend()
            ? -1
            : villages->find(village, kVillageSuffixes, 5);
        const QString townshipName = v < 0 ? QString::fromUtf8(m_regions.regions[size_t(t)].name)
                                           : QString();
        if (v == kAmbiguous) {
            reject(SurveyField::Village,
                   sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                        "'%1' fits more than one village of %2; give the "
                                        "full name"))
                       .arg(qstring(village), townshipName));
            return -1;
        }
        if (v < 0) {
            reject(SurveyField::Village,
                   sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                        "'%1' is not a village or community of %2"))
                       .arg(qstring(village), townshipName));
            return -1;
        }
        return v;
    }

    const RegionIndex &m_regions;
    const SurveyScheme &m_scheme;
    SurveyColumnMapping m_mapping;
    std::array<QHash<QByteArray, int>, SurveyIndicatorCount> m_answers;
    std::string m_lastTownshipText;
    int m_lastTownship = -1;
};

QString missingMessage(const QString &file, qint64 headerLine, const QList<SurveyField> &missing)
{
    QStringList names;
    for (SurveyField f : missing)
        names << QStringLiteral("%1 (%2)").arg(SurveyFields::label(f),
                                               SurveyFields::headerNames(f).value(0));
    return sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                "%1:%2: the header has no column for: %3"))
        .arg(file)
        .arg(headerLine)
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace

// --- fields --------------------------------------------------------------------------------

const std::array<SurveyField, SurveyFieldCount> &SurveyFields::all()
{
    static const std::array<SurveyField, SurveyFieldCount> a = [] {
        std::array<SurveyField, SurveyFieldCount> out {};
        for (int i = 0; i < SurveyFieldCount; ++i)
            out[size_t(i)] = SurveyField(i);
        return out;
    }();
    return a;
}

QString SurveyFields::key(SurveyField field)
{
    return QString::fromLatin1(kFields[int(field)].key);
}

std::optional<SurveyField> SurveyFields::fromKey(const QString &key)
{
    for (const FieldInfo &f : kFields)
        if (key == QLatin1String(f.key))
            return f.field;
    return std::nullopt;
}

const char *SurveyFields::labelSource(SurveyField field)
{
    if (const auto i = indicator(field))
        return SurveyIndicators::labelSource(*i);
    return kFields[int(field)].label;
}

QString SurveyFields::label(SurveyField field)
{
    if (const auto i = indicator(field))
        return SurveyIndicators::label(*i);
    return QCoreApplication::translate("SurveyImport", kFields[int(field)].label);
}

QStringList SurveyFields::headerNames(SurveyField field)
{
    return QString::fromUtf8(kFields[int(field)].names).split(QLatin1Char('|'));
}

std::optional<SurveyIndicator> SurveyFields::indicator(SurveyField field)
{
    if (!isAnswerField(field))
        return std::nullopt;
    return SurveyIndicator(int(field) - int(SurveyField::Security));
}

SurveyField SurveyFields::fieldOf(SurveyIndicator indicator)
{
    return SurveyField(int(SurveyField::Security) + int(indicator));
}

QString SurveyColumnMapping::problem(int columnCount) const
{
    QStringList names;
    for (SurveyField f : SurveyFields::all()) {
        const int c = column(f);
        if (c >= columnCount)
            return sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                        "%1 is mapped to column %2, but the file has %3"))
                .arg(SurveyFields::label(f))
                .arg(c + 1)
                .arg(columnCount);
        for (SurveyField g : SurveyFields::all()) {
            if (int(g) < int(f) && c >= 0 && column(g) == c)
                return sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                            "column %1 is mapped to both %2 and %3"))
                    .arg(c + 1)
                    .arg(SurveyFields::label(g), SurveyFields::label(f));
        }
    }
    QList<SurveyField> missing;
    if (!has(SurveyField::RespondentKey))
        missing << SurveyField::RespondentKey;
    if (!has(SurveyField::Township) && !has(SurveyField::RegionCode))
        missing << SurveyField::Township;
    bool answer = false;
    for (SurveyIndicator i : SurveyIndicators::all())
        answer = answer || has(SurveyFields::fieldOf(i));
    if (!answer)
        missing << SurveyField::Security;
    if (missing.isEmpty())
        return {};
    for (SurveyField f : missing)
        names << SurveyFields::label(f);
    return sourceText(QT_TRANSLATE_NOOP("SurveyImport", "no column is given for: %1"))
        .arg(names.join(QStringLiteral(", ")));
}

// --- SurveyImport --------------------------------------------------------------------------

QString SurveyImport::encodingKey(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("utf-8-bom");
    case Encoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return {};
}

std::optional<SurveyImport::Encoding> SurveyImport::encodingFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("auto"))
        return Encoding::Auto;
    if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (k == QLatin1String("utf-8-bom") || k == QLatin1String("utf8-bom"))
        return Encoding::Utf8WithBom;
    if (k == QLatin1String("gb18030") || k == QLatin1String("gbk") || k == QLatin1String("gb2312"))
        return Encoding::Gb18030;
    return std::nullopt;
}

QString SurveyImport::formatName(Format format)
{
    return format == Format::Xlsx ? QStringLiteral("XLSX") : QStringLiteral("CSV");
}

SurveyColumnMapping SurveyImport::guessMapping(const QStringList &header,
                                               QList<SurveyField> *unsure,
                                               QList<SurveyField> *missing,
                                               QList<SurveyField> *absent)
{
    SurveyColumnMapping m;
    std::array<bool, SurveyFieldCount> loose {};
    QList<QString> normalized;
    for (const QString &h : header)
        normalized << normalizedHeader(h);
    // Sure names first (the most telling one when several fit), then loose matches for the
    // fields still open.
    std::array<int, SurveyFieldCount> rank;
    rank.fill(-1);
    for (int c = 0; c < normalized.size(); ++c) {
        const auto it = sureNames().constFind(normalized.at(c));
        if (it == sureNames().cend())
            continue;
        const SurveyField f = it.value().field;
        if (!m.has(f) || it.value().rank < rank[size_t(f)]) {
            m.set(f, c);
            rank[size_t(f)] = it.value().rank;
        }
    }
    for (int c = 0; c < normalized.size(); ++c) {
        if (normalized.at(c).isEmpty() || std::find(m.columns.begin(), m.columns.end(), c)
                                              != m.columns.end())
            continue;
        const std::optional<SurveyField> f = looseField(normalized.at(c));
        if (f && !m.has(*f)) {
            m.set(*f, c);
            loose[size_t(*f)] = true;
        }
    }
    if (unsure) {
        unsure->clear();
        for (SurveyField f : SurveyFields::all())
            if (loose[size_t(f)])
                *unsure << f;
    }
    bool answer = false;
    for (SurveyIndicator i : SurveyIndicators::all())
        answer = answer || m.has(SurveyFields::fieldOf(i));
    QList<SurveyField> miss;
    if (!m.has(SurveyField::RespondentKey))
        miss << SurveyField::RespondentKey;
    if (!m.has(SurveyField::Township) && !m.has(SurveyField::RegionCode))
        miss << SurveyField::Township;
    if (!answer)
        for (SurveyIndicator i : SurveyIndicators::all())
            miss << SurveyFields::fieldOf(i);
    if (missing)
        *missing = miss;
    if (absent) {
        absent->clear();
        for (SurveyField f : SurveyFields::all()) {
            if (m.has(f) || miss.contains(f))
                continue;
            if (f == SurveyField::Township || f == SurveyField::RegionCode)
                continue;   // one of the two is there
            *absent << f;
        }
    }
    return m;
}

int SurveyImport::resolveColumn(const QStringList &header, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    for (int c = 0; c < header.size(); ++c)
        if (header.at(c).trimmed().compare(t, Qt::CaseInsensitive) == 0)
            return c;
    const QString n = normalizedHeader(t);
    for (int c = 0; c < header.size(); ++c)
        if (!n.isEmpty() && normalizedHeader(header.at(c)) == n)
            return c;
    bool isNumber = false;
    const int number = t.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= header.size() ? number - 1 : -1;
    int letters = 0;
    for (QChar c : t) {
        const char16_t u = c.toUpper().unicode();
        if (u < 'A' || u > 'Z' || letters > 100000)
            return -1;
        letters = letters * 26 + int(u - 'A' + 1);
    }
    return letters >= 1 && letters <= header.size() ? letters - 1 : -1;
}

int SurveyImport::matchAnswer(const SurveyIndicatorRule &rule, const QString &text)
{
    const QString t = normalizedAnswer(text);
    if (t.isEmpty())
        return 0;
    const QByteArray utf8 = t.toUtf8();
    return lookUp(answerTable(rule), std::string_view(utf8.constData(), size_t(utf8.size())));
}

std::optional<QString> SurveyImport::methodKey(const QString &text)
{
    const QString t = normalizedAnswer(text);
    if (t.isEmpty())
        return QString();
    const int m = methodTable().value(t.toUtf8(), -1);
    if (m < 0)
        return std::nullopt;
    return QString::fromLatin1(kMethodKeys[m].data(), qsizetype(kMethodKeys[m].size()));
}

std::optional<SurveyImport::Preview> SurveyImport::preview(const QString &file, Encoding encoding,
                                                           const QString &sheet, QString *error)
{
    QString dummy;
    QString &why = error ? *error : dummy;
    QFile probe(file);
    if (!QFileInfo(file).isFile() || !probe.open(QIODevice::ReadOnly)) {
        why = sourceText(QT_TRANSLATE_NOOP("SurveyImport", "%1: cannot read: %2"))
                  .arg(file, QFileInfo(file).isFile() ? probe.errorString()
                                                      : sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                                                             "no such file")));
        return std::nullopt;
    }
    const QByteArray head = probe.read(8);
    probe.close();
    Preview p;
    std::unique_ptr<RecordSource> source;
    CsvBytes bytes;
    switch (sniff(head)) {
    case Kind::Unsupported:
        why = unsupportedMessage(file, head);
        return std::nullopt;
    case Kind::Xlsx: {
        auto xlsx = std::make_unique<XlsxSource>();
        if (!xlsx->open(file, sheet, &why))
            return std::nullopt;
        p.format = Format::Xlsx;
        p.encoding = Encoding::Utf8;
        p.sheets = xlsx->sheets();
        p.sheet = xlsx->sheet();
        source = std::move(xlsx);
        break;
    }
    case Kind::Csv:
        // A megabyte is plenty for the header and 20 rows; the rest is not looked at.
        if (!loadCsv(file, encoding, 1 << 20, &bytes, &why))
            return std::nullopt;
        p.format = Format::Csv;
        p.encoding = bytes.encoding;
        source = std::make_unique<CsvSource>(bytes.begin, bytes.end, file);
        break;
    }
    QStringList header;
    qint64 headerLine = 1;
    QList<QPair<qint64, QStringList>> pending;
    if (!readHeader(*source, &header, &headerLine, &pending)) {
        why = source->error().isEmpty()
            ? sourceText(QT_TRANSLATE_NOOP("SurveyImport", "%1: the file is empty")).arg(file)
            : source->error();
        return std::nullopt;
    }
    p.header = header;
    p.headerLine = int(headerLine);
    auto addRow = [&p, &header](qint64 line, QStringList cells) {
        while (cells.size() < header.size())
            cells << QString();
        if (cells.size() > header.size())
            cells = cells.mid(0, header.size());
        p.rows << cells;
        p.rowLines << int(line);
    };
    for (const auto &r : pending)
        if (p.rows.size() < PreviewRows)
            addRow(r.first, r.second);
    Record r;
    while (p.rows.size() < PreviewRows && source->next(r)) {
        if (!r.blank())
            addRow(r.line, toStrings(r));
    }
    p.mapping = guessMapping(header, &p.unsure, &p.missing, &p.absent);
    return p;
}

QJsonObject SurveyImport::Result::toJson() const
{
    return QJsonObject {{QStringLiteral("imported"), imported},
                        {QStringLiteral("duplicates"), duplicates},
                        {QStringLiteral("rejected"), rejected}};
}

QJsonObject SurveyImport::Result::report(const QString &file, const QString &wave) const
{
    QJsonArray list;
    for (const Rejection &r : rejections)
        list.append(QJsonObject {{QStringLiteral("line"), r.line},
                                 {QStringLiteral("field"), r.field},
                                 {QStringLiteral("reason"), r.reason}});
    QJsonObject o {{QStringLiteral("file"), file},
                   {QStringLiteral("wave"), wave},
                   {QStringLiteral("imported"), imported},
                   {QStringLiteral("duplicates"), duplicates},
                   {QStringLiteral("rejected"), rejected},
                   {QStringLiteral("rejections"), list}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (cancelled)
        o.insert(QStringLiteral("cancelled"), true);
    return o;
}

SurveyImport::Result SurveyImport::run(const QString &dbPath, const Options &options,
                                       const Progress &progress)
{
    auto db = Database::open(dbPath, Database::Mode::ReadWrite, true, Database::Check::Deferred);
    if (db->isReadOnly())
        throw StoreError(QStringLiteral("%1: the database is open read-only (%2)")
                             .arg(dbPath, db->damaged()));
    return run(*db, options, progress);
}

SurveyImport::Result SurveyImport::run(Database &db, const Options &options,
                                       const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    Result result;
    const QString &file = options.file;
    if (options.wave.trimmed().isEmpty()) {
        result.error = sourceText(QT_TRANSLATE_NOOP("SurveyImport", "no wave is given"));
        return result;
    }

    // The file.
    QFile probe(file);
    if (!QFileInfo(file).isFile() || !probe.open(QIODevice::ReadOnly)) {
        result.error = sourceText(QT_TRANSLATE_NOOP("SurveyImport", "%1: cannot read: %2"))
                           .arg(file, QFileInfo(file).isFile()
                                          ? probe.errorString()
                                          : sourceText(QT_TRANSLATE_NOOP("SurveyImport", "no such file")));
        return result;
    }
    const QByteArray head = probe.read(8);
    probe.close();
    std::unique_ptr<RecordSource> source;
    CsvBytes bytes;
    switch (sniff(head)) {
    case Kind::Unsupported:
        result.error = unsupportedMessage(file, head);
        return result;
    case Kind::Xlsx: {
        auto xlsx = std::make_unique<XlsxSource>();
        if (!xlsx->open(file, options.sheet, &result.error))
            return result;
        result.format = Format::Xlsx;
        source = std::move(xlsx);
        break;
    }
    case Kind::Csv:
        if (!loadCsv(file, options.encoding, 0, &bytes, &result.error))
            return result;
        result.format = Format::Csv;
        result.encoding = bytes.encoding;
        source = std::make_unique<CsvSource>(bytes.begin, bytes.end, file);
        break;
    }

    QStringList header;
    qint64 headerLine = 1;
    QList<QPair<qint64, QStringList>> pending;
    if (!readHeader(*source, &header, &headerLine, &pending)) {
        result.error = source->error().isEmpty()
            ? sourceText(QT_TRANSLATE_NOOP("SurveyImport", "%1: the file is empty")).arg(file)
            : source->error();
        return result;
    }
    SurveyColumnMapping mapping;
    if (options.mapping) {
        mapping = *options.mapping;
        const QString problem = mapping.problem(int(header.size()));
        if (!problem.isEmpty()) {
            result.error = QStringLiteral("%1:%2: %3").arg(file).arg(headerLine).arg(problem);
            return result;
        }
    } else {
        QList<SurveyField> missing;
        mapping = guessMapping(header, nullptr, &missing);
        if (!missing.isEmpty()) {
            result.error = missingMessage(file, headerLine, missing);
            return result;
        }
    }

    // The store: scheme and regions, then the transaction.
    const SurveyScheme scheme = SurveyRepository(db).currentScheme();
    SurveyImportWriter writer(db, options.actor, source->estimatedRows());
    // Read inside the transaction: the rows are checked against what is live when they land.
    RegionIndex regions;
    regions.load(writer.regionsInTransaction());
    result.waveId = QString::fromLatin1(writer.useWave(options.wave, &result.waveCreated));

    // Reading and checking on a thread of its own; writing here.
    RowChecker checker(regions, scheme, mapping);
    BatchQueue queue;
    std::thread reader([&] {
        QString error;
        try {
            std::unique_ptr<Batch> batch = queue.fresh();
            qint64 read = 0;
            auto ship = [&]() {
                batch->rowsRead = read;
                batch->fraction = source->fraction();
                if (!queue.push(std::move(batch)))
                    return false;
                batch = queue.fresh();
                return true;
            };
            // Rows read while looking for the header come first.
            Record r;
            std::vector<std::string> cells;
            for (const auto &p : pending) {
                cells.clear();
                for (const QString &c : p.second)
                    cells.push_back(c.toStdString());
                r.line = p.first;
                r.fields.assign(cells.begin(), cells.end());
                ++read;
                checker.check(r, *batch);
            }
            bool going = true;
            while (going && source->next(r)) {
                if (r.blank())
                    continue;
                ++read;
                checker.check(r, *batch);
                if (batch->rows.size() + std::size_t(batch->rejectedRows) >= kBatchRows)
                    going = ship();
            }
            error = source->error();
            if (going && error.isEmpty())
                ship();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        queue.finish(error);
    });
    // Stops and joins the reader however this function ends (an exception of the store too).
    struct Joiner
    {
        std::thread &thread;
        BatchQueue &queue;
        void join()
        {
            if (thread.joinable()) {
                queue.stop();
                thread.join();
            }
        }
        ~Joiner() { join(); }
    } joiner {reader, queue};

    std::vector<qint64> insertedLines;   // line of each row written, in order
    const std::vector<SurveyImportWriter::Region> &rs = regions.regions;
    while (std::unique_ptr<Batch> batch = queue.pop()) {
        for (const Row &row : batch->rows) {
            SurveyImportWriter::Response response;
            response.respondentKey = std::string_view(batch->keys.data() + row.keyOffset,
                                                      row.keyLength);
            response.regionCode = rs[size_t(row.region)].code;
            response.method = kMethodKeys[row.method];
            response.answers = row.answers;
            qint64 first = 0;
            switch (writer.insert(response, &first)) {
            case SurveyImportWriter::Outcome::Inserted:
                insertedLines.push_back(row.line);
                ++result.imported;
                break;
            case SurveyImportWriter::Outcome::StoredBefore:
                ++result.duplicates;
                break;
            case SurveyImportWriter::Outcome::InsertedEarlier:
                ++result.rejected;
                result.rejections.append(
                    {row.line, SurveyFields::key(SurveyField::RespondentKey),
                     sourceText(QT_TRANSLATE_NOOP("SurveyImport",
                                          "duplicate respondent key, first on line %1"))
                         .arg(first >= 0 && size_t(first) < insertedLines.size()
                                  ? insertedLines[size_t(first)]
                                  : 0)});
                break;
            }
        }
        result.rejected += batch->rejectedRows;
        for (SurveyImport::Rejection &r : batch->rejections)
            result.rejections.append(std::move(r));
        const double fraction = batch->fraction;
        const qint64 rowsRead = batch->rowsRead;
        queue.recycle(std::move(batch));
        if (progress && !progress(fraction, rowsRead)) {
            result.cancelled = true;
            break;
        }
    }
    joiner.join();
    if (!result.cancelled) {
        result.error = queue.error();
        if (result.error.isEmpty())
            writer.commit();
    }
    if (!result.ok()) {
        // Nothing was written: the writer rolls back when it goes out of scope.
        result.imported = 0;
        result.duplicates = 0;
    }
    std::stable_sort(result.rejections.begin(), result.rejections.end(),
                     [](const Rejection &a, const Rejection &b) { return a.line < b.line; });
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}
