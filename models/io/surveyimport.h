#pragma once

#include "domain/surveyscheme.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

class Database;

// Import of survey responses (一感两度两率 questionnaires) from CSV or XLSX files as county and
// township offices export them (DESIGN §8): recognising the Chinese header, matching answer
// texts against the scoring scheme in force, checking every row, and writing the good rows in
// one transaction (store/surveyimportwriter.h). Messages are translated (context
// "SurveyImport").
//
// Files:
// - CSV: UTF-8 with or without a byte order mark, or GB18030 (GBK, GB2312: what Excel on a
//   Chinese Windows saves); RFC 4180 quoting (commas, doubled quotes and line breaks inside
//   quotes); CRLF, LF or CR line ends; blank lines (also lines of empty cells) skipped; extra
//   columns ignored; missing trailing cells are empty. Lines are counted in the file (a quoted
//   line break counts), so a rejected row's line is the line its record starts on.
// - XLSX: read through GDAL's XLSX driver, every cell as text; lines are spreadsheet rows. One
//   sheet: `sheet`, else the first.
//
// Header names recognised (case, blanks, brackets and a trailing "(必填)" ignored):
//   respondent_key  受访者编号, 问卷编号, 编号, 序号, 样本编号, 受访者ID, 问卷ID, ID …
//   township        乡镇/街道, 乡镇, 街道, 乡镇（街道）, 所属乡镇 …
//   village         村/社区, 村（社区）, 村, 社区, 村居, 所属村 …
//   region_code     区划代码, 行政区划代码, 统计用区划代码, 区划编码 …
//   method          调查方式, 访问方式, 调查形式 …
//   security        安全感, 公众安全感, 群众安全感 (loosely: a header containing 安全)
//   order_satisfaction        治安满意度, 社会治安满意度 (loosely: containing 治安 and 满意)
//   enforcement_satisfaction  执法满意度, 政法队伍执法满意度 (loosely: 执法 and 满意)
//   awareness       知晓率, 平安建设知晓率, 知晓 (loosely: 知晓 or 知道)
//   participation   参与率, 平安建设参与率, 参与 (loosely: 参与 or 参加)
// An exact name is a sure match (the earliest in SurveyFields::headerNames() when several
// columns have one); a header that only contains the telling words is a loose one (the
// preview lists it as unsure). The header is the first of the first ten non-blank lines whose
// guess has every required column (a title line above it is skipped), else the first.
//
// Rows: the respondent key is required (at most 100 bytes); the region is the township (and
// optionally the village or community) by name — exactly, or without its suffix (镇/乡/街道,
// 村/社区/居委会) on either side when that fits one region only — or a live township's or
// village's region code (a township name given as well must be the code's); the village code,
// else the township code, is stored. Answers as text or code (see matchAnswer);
// an empty answer is stored as 0 (unanswered); a row answering no question is rejected. A key
// twice in the file: the later row is rejected ("duplicate respondent key, first on line N"),
// unless the earlier row was rejected (then the later one counts). A key already stored for
// the wave (live or deleted) is a duplicate: counted, not written, not rejected — so
// importing a file again adds nothing, and both rows of a key given twice count as
// duplicates then. Each problem of a rejected row is listed (a row may have several);
// Result::rejected counts rows.

// The columns the import knows.
enum class SurveyField : int {
    RespondentKey = 0,            // 受访者编号
    Township = 1,                 // 乡镇/街道
    Village = 2,                  // 村/社区
    RegionCode = 3,               // 区划代码 (instead of the names)
    Method = 4,                   // 调查方式
    Security = 5,                 // 安全感
    OrderSatisfaction = 6,        // 治安满意度
    EnforcementSatisfaction = 7,  // 执法满意度
    Awareness = 8,                // 知晓(率)
    Participation = 9,            // 参与(率)
};
constexpr int SurveyFieldCount = 10;

namespace SurveyFields {
const std::array<SurveyField, SurveyFieldCount> &all();
// "respondent_key", "township", "village", "region_code", "method", then the indicator keys
// ("security", "order_satisfaction", "enforcement_satisfaction", "awareness",
// "participation").
QString key(SurveyField field);
std::optional<SurveyField> fromKey(const QString &key);
// Translated label (context "SurveyImport"): "Respondent key", "Township / sub-district" …
QString label(SurveyField field);
const char *labelSource(SurveyField field);
// The header names accepted as a sure match (the first is the one offices use most).
QStringList headerNames(SurveyField field);
// The indicator an answer field carries; none for the other fields.
std::optional<SurveyIndicator> indicator(SurveyField field);
SurveyField fieldOf(SurveyIndicator indicator);
} // namespace SurveyFields

// Which column (0-based index into the header) holds each field; -1 = none.
struct SurveyColumnMapping
{
    std::array<int, SurveyFieldCount> columns;

    SurveyColumnMapping() { columns.fill(-1); }
    int column(SurveyField f) const { return columns[size_t(f)]; }
    void set(SurveyField f, int column) { columns[size_t(f)] = column; }
    bool has(SurveyField f) const { return column(f) >= 0; }
    // Empty when usable: a respondent key, a township or a region code, at least one answer,
    // no column given to two fields, every column < `columnCount`. Else a translated message.
    QString problem(int columnCount) const;
    bool operator==(const SurveyColumnMapping &o) const { return columns == o.columns; }
};

namespace SurveyImport {

enum class Format { Csv, Xlsx };
// Options: Auto, Utf8 or Gb18030. Detected: Utf8, Utf8WithBom or Gb18030 (XLSX: Utf8).
enum class Encoding { Auto, Utf8, Utf8WithBom, Gb18030 };
// "auto", "utf-8", "utf-8-bom", "gb18030"; fromKey also takes "utf8", "gbk", "gb2312".
QString encodingKey(Encoding encoding);
std::optional<Encoding> encodingFromKey(const QString &key);
// "CSV" / "XLSX"
QString formatName(Format format);

// What a dialog shows before the import.
struct Preview
{
    Format format = Format::Csv;
    Encoding encoding = Encoding::Utf8;   // detected (or as asked)
    QStringList sheets;                   // XLSX: the sheet names; CSV: none
    QString sheet;                        // XLSX: the sheet read
    QStringList header;                   // header cells as written (trimmed)
    int headerLine = 1;                   // 1-based
    QList<QStringList> rows;              // the first data rows (up to PreviewRows), as text,
                                          // each as many cells as the header (padded/cut)
    QList<int> rowLines;                  // the line each of `rows` starts on
    SurveyColumnMapping mapping;          // the guess
    QList<SurveyField> unsure;            // matched only loosely
    QList<SurveyField> missing;           // required and not found (respondent key, township
                                          // when there is no region code either, answers when
                                          // there is none at all)
    QList<SurveyField> absent;            // optional fields not found (village, method, single
                                          // answers): imported as empty

    // True when a person should look at the mapping before importing.
    bool needsConfirmation() const { return !unsure.isEmpty() || !missing.isEmpty(); }
};
constexpr int PreviewRows = 20;

// Reads the header and the first rows of `file` (CSV or XLSX, by content, not by name).
// `sheet` only for XLSX (empty: the first). nullopt with *error ("FILE: …", "FILE:LINE: …")
// when the file cannot be read or has no header.
std::optional<Preview> preview(const QString &file, Encoding encoding = Encoding::Auto,
                               const QString &sheet = {}, QString *error = nullptr);

// Guesses the mapping of a header (what preview() does); `unsure` and `missing` as in Preview.
SurveyColumnMapping guessMapping(const QStringList &header, QList<SurveyField> *unsure = nullptr,
                                 QList<SurveyField> *missing = nullptr,
                                 QList<SurveyField> *absent = nullptr);
// A column given by the user (--map): a header name as written (ignoring case and blanks), a
// 1-based column number, or a spreadsheet column letter (A, B, … AA); -1 when none fits.
int resolveColumn(const QStringList &header, const QString &text);

// The answer code of `text` for an indicator: 0 for an empty cell; 1..n for the scheme's answer
// texts (trimmed; half- and full-width blanks ignored), the code as a digit ("1".."n", also
// full-width), an option letter A..(n-th letter) (case ignored), and common variants:
//   security:      非常安全→很安全, 比较安全→安全, 一般/还可以→基本安全, 不大安全/不太安全→不太安全,
//                  很不安全/非常不安全→不安全
//   satisfactions: 非常满意/很满意→满意, 比较满意/一般/还可以→基本满意, 很不满意/非常不满意→不满意
//   awareness:     了解/知晓/听说过→知道, 不了解/不知晓/没听说过→不知道
//   participation: 参加/参与/参与过/有→参加过, 未参加/没有参加/没参加/未参与/没有→没参加过
// A variant is used only when its target is one of the scheme's answers. -1 when nothing fits.
int matchAnswer(const SurveyIndicatorRule &rule, const QString &text);
// The stored method key of a 调查方式 text: 电话→"phone", 面访/入户/当面→"face_to_face",
// 网络/线上/微信/网上/问卷星→"online" (also the keys themselves); "" for an empty cell; nullopt
// when unknown.
std::optional<QString> methodKey(const QString &text);

struct Options
{
    QString file;
    QString wave;                         // "2026Q3" …; created when not stored
    Encoding encoding = Encoding::Auto;
    QString sheet;                        // XLSX
    std::optional<SurveyColumnMapping> mapping;   // none: the guess from the header
    QString actor;                        // updated_by
};

struct Rejection
{
    qint64 line = 0;     // 1-based line (CSV) or row (XLSX)
    QString field;       // field key ("security", "township", …); "" for the whole row
    QString reason;      // translated
};

struct Result
{
    qint64 imported = 0;     // rows written
    qint64 duplicates = 0;   // rows whose key the wave already had (not written)
    qint64 rejected = 0;     // rows refused (see rejections)
    QList<Rejection> rejections;   // every rejected row, in line order
    QString error;           // a file-level problem (nothing written), translated
    bool cancelled = false;  // cancelled: nothing written
    bool waveCreated = false;
    QString waveId;
    Encoding encoding = Encoding::Utf8;   // as read
    Format format = Format::Csv;
    double seconds = 0;

    bool ok() const { return error.isEmpty() && !cancelled; }
    // {"imported", "duplicates", "rejected"}
    QJsonObject toJson() const;
    // {"file", "wave", "imported", "duplicates", "rejected",
    //  "rejections": [{"line", "field", "reason"}, …]} (plus "error" when there is one).
    QJsonObject report(const QString &file, const QString &wave) const;
};

// Called now and then with the share of the file read (0..1) and the rows read so far, on the
// thread that called run(); return false to cancel (everything is rolled back).
using Progress = std::function<bool(double fraction, qint64 rows)>;

// Imports `options.file` into `db` in one write transaction; the wave is created when the
// store has none of that name (dates: SurveyImportWriter::waveDates). File-level problems
// (unreadable, no usable columns, an unclosed quote) come back in Result::error with nothing
// written (imported and duplicates 0; rejections found until then are kept). Throws StoreError
// when the store fails (everything rolled back). Answers are matched against the scheme in
// force (SurveyRepository::currentScheme()).
Result run(Database &db, const Options &options, const Progress &progress = {});
// The same on a connection of its own to the store at `dbPath` (for a worker thread).
Result run(const QString &dbPath, const Options &options, const Progress &progress = {});

} // namespace SurveyImport
