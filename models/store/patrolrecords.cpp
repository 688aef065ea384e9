#include "patrolrecords.h"

#include "database.h"
#include "storeerror.h"

#include "domain/ids.h"
#include "io/csvtable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PatrolRecords", text);
}

// A problem with one field of a record, before it is placed in a file.
struct FieldProblem
{
    QString field;    // column key: platform, start, called, …
    QString message;
};
using Problems = QList<FieldProblem>;

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 MaxShiftMs = 72 * HourMs;
// Times more than a day ahead of this machine's clock are typing errors, not records.
constexpr qint64 FutureSlackMs = 24 * HourMs;
// GPS fixes at the county's edge may fall just outside its bounding box (~1 km).
constexpr double BboxMarginDegrees = 0.01;

struct KindName
{
    const char *key;
    const char *chinese;
};
constexpr KindName kKinds[] = {
    {"dispute", "纠纷"},  {"fight", "打架斗殴"},     {"fire", "火情"},
    {"help", "求助"},     {"noise", "噪音扰民"},     {"other", "其他"},
    {"suspicious", "可疑情况"}, {"theft", "盗窃"}, {"traffic", "交通事故"},
};

QString kindKey(const QString &text)
{
    const QString t = text.trimmed();
    for (const KindName &k : kKinds) {
        if (t.compare(QLatin1String(k.key), Qt::CaseInsensitive) == 0
            || t == QString::fromUtf8(k.chinese))
            return QLatin1String(k.key);
    }
    return {};
}

// The store's live platforms, grids and county extent, read once per write.
struct Reference
{
    QHash<QString, QString> platformIds;   // code → id
    QSet<QString> grids;
    std::optional<std::array<double, 4>> bbox;   // min lon, min lat, max lon, max lat

    static Reference load(Database &db)
    {
        Reference r;
        QSqlQuery p = db.prepare(QStringLiteral("SELECT code, id FROM platform WHERE deleted = 0"));
        Database::exec(p);
        while (p.next())
            r.platformIds.insert(p.value(0).toString(), p.value(1).toString());
        QSqlQuery g = db.prepare(
            QStringLiteral("SELECT code FROM region WHERE level = 3 AND deleted = 0"));
        Database::exec(g);
        while (g.next())
            r.grids.insert(g.value(0).toString());
        QSqlQuery c = db.prepare(QStringLiteral(
            "SELECT min_lon, min_lat, max_lon, max_lat FROM region "
            "WHERE level = 0 AND deleted = 0 AND min_lon IS NOT NULL ORDER BY code LIMIT 1"));
        Database::exec(c);
        if (c.next()) {
            r.bbox = std::array<double, 4> {c.value(0).toDouble(), c.value(1).toDouble(),
                                            c.value(2).toDouble(), c.value(3).toDouble()};
        }
        return r;
    }
};

void checkShift(const ShiftInput &s, const Reference &ref, qint64 now, Problems &problems)
{
    if (s.platformCode.trimmed().isEmpty())
        problems.append({QStringLiteral("platform"), tr("a platform code is required")});
    else if (!ref.platformIds.contains(s.platformCode.trimmed()))
        problems.append({QStringLiteral("platform"),
                         tr("no platform has the code '%1'").arg(s.platformCode.trimmed())});
    if (s.startAt > now + FutureSlackMs)
        problems.append({QStringLiteral("start"), tr("lies in the future")});
    if (s.endAt <= s.startAt)
        problems.append({QStringLiteral("end"), tr("must be after the start")});
    else if (s.endAt - s.startAt > MaxShiftMs)
        problems.append({QStringLiteral("end"), tr("lies more than 72 hours after the start")});
    if (s.officers < 0)
        problems.append({QStringLiteral("officers"), tr("must not be negative")});
    if (s.volunteers < 0)
        problems.append({QStringLiteral("volunteers"), tr("must not be negative")});
    if (!std::isfinite(s.distanceKm) || s.distanceKm < 0)
        problems.append({QStringLiteral("distance_km"), tr("must not be negative")});
}

void checkIncident(const IncidentInput &i, const Reference &ref, qint64 now, Problems &problems)
{
    const QString platform = i.platformCode.trimmed();
    if (!platform.isEmpty() && !ref.platformIds.contains(platform))
        problems.append({QStringLiteral("platform"),
                         tr("no platform has the code '%1'").arg(platform)});
    static const QRegularExpression gridShape(QStringLiteral("^\\d{15}$"));
    const QString grid = i.gridCode.trimmed();
    if (!grid.isEmpty()) {
        if (!gridShape.match(grid).hasMatch())
            problems.append({QStringLiteral("grid"),
                             tr("'%1' is not a 15-digit grid code").arg(grid)});
        else if (!ref.grids.contains(grid))
            problems.append({QStringLiteral("grid"), tr("no grid has the code '%1'").arg(grid)});
    }
    if (i.kind.trimmed().isEmpty())
        problems.append({QStringLiteral("kind"), tr("a kind is required (one of %1)")
                                                     .arg(PatrolRecords::incidentKinds().join(
                                                         QStringLiteral(", ")))});
    else if (kindKey(i.kind).isEmpty())
        problems.append({QStringLiteral("kind"),
                         tr("'%1' is not a kind of incident (one of %2)")
                             .arg(i.kind.trimmed(),
                                  PatrolRecords::incidentKinds().join(QStringLiteral(", ")))});
    if (i.lon.has_value() != i.lat.has_value()) {
        problems.append({i.lon ? QStringLiteral("lat") : QStringLiteral("lon"),
                         tr("is missing: give both longitude and latitude, or neither")});
    } else if (i.lon && i.lat) {
        bool inRange = true;
        if (!std::isfinite(*i.lon) || *i.lon < -180 || *i.lon > 180) {
            problems.append({QStringLiteral("lon"), tr("must lie between -180 and 180")});
            inRange = false;
        }
        if (!std::isfinite(*i.lat) || *i.lat < -90 || *i.lat > 90) {
            problems.append({QStringLiteral("lat"), tr("must lie between -90 and 90")});
            inRange = false;
        }
        if (inRange && ref.bbox) {
            const auto &b = *ref.bbox;
            const double m = BboxMarginDegrees;
            if (*i.lon < b[0] - m || *i.lon > b[2] + m || *i.lat < b[1] - m
                || *i.lat > b[3] + m) {
                problems.append(
                    {QStringLiteral("lon"),
                     tr("the point %1, %2 lies outside the county (longitude %3 to %4, "
                        "latitude %5 to %6)")
                         .arg(*i.lon, 0, 'f', 6)
                         .arg(*i.lat, 0, 'f', 6)
                         .arg(b[0], 0, 'f', 4)
                         .arg(b[2], 0, 'f', 4)
                         .arg(b[1], 0, 'f', 4)
                         .arg(b[3], 0, 'f', 4)});
            }
        }
    }
    if (i.calledAt > now + FutureSlackMs)
        problems.append({QStringLiteral("called"), tr("lies in the future")});
    // Each given time no earlier than the last given one before it.
    struct Step
    {
        const char *field;
        std::optional<qint64> at;
    };
    const Step steps[] = {{"called", i.calledAt},
                          {"dispatched", i.dispatchedAt},
                          {"arrived", i.arrivedAt},
                          {"finished", i.finishedAt}};
    const char *lastField = "called";
    qint64 last = i.calledAt;
    for (const Step &s : steps) {
        if (!s.at)
            continue;
        if (*s.at < last) {
            problems.append({QLatin1String(s.field),
                             tr("lies before the time in '%1'").arg(QLatin1String(lastField))});
        } else {
            last = *s.at;
            lastField = s.field;
        }
    }
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}
QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
std::optional<qint64> optionalInteger(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
std::optional<double> optionalReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
bool sameReal(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9;
}

// Writes checked records inside the caller's transaction: finds the live record with the same
// key first (rows written earlier in the same transaction included).
class RecordWriter
{
public:
    enum class Outcome { Inserted, Unchanged, Conflict };

    RecordWriter(Database &db, const QString &actor)
        : m_db(db)
        , m_actor(actor)
        , m_now(QDateTime::currentMSecsSinceEpoch())
        , m_rev(HybridClock::fromMillis(m_now))
    { }

    Outcome writeShift(const ShiftInput &s, const QString &platformId, QString *id)
    {
        if (!m_findShift) {
            m_findShift = m_db.prepare(QStringLiteral(
                "SELECT id, end_at, officers, volunteers, distance_km FROM patrol_shift "
                "WHERE platform_id = ? AND start_at = ? AND deleted = 0 LIMIT 1"));
        }
        QSqlQuery &find = *m_findShift;
        find.bindValue(0, platformId);
        find.bindValue(1, s.startAt);
        Database::exec(find);
        if (find.next()) {
            *id = find.value(0).toString();
            const bool same = find.value(1).toLongLong() == s.endAt
                && find.value(2).toInt() == s.officers && find.value(3).toInt() == s.volunteers
                && sameReal(find.value(4).toDouble(), s.distanceKm);
            find.finish();
            return same ? Outcome::Unchanged : Outcome::Conflict;
        }
        find.finish();
        if (!m_insertShift) {
            m_insertShift = m_db.prepare(QStringLiteral(
                "INSERT INTO patrol_shift (id, platform_id, start_at, end_at, officers, "
                "volunteers, distance_km, rev, origin, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        QSqlQuery &insert = *m_insertShift;
        *id = newUuid();
        const QVariantList values = {*id, platformId, s.startAt, s.endAt, s.officers,
                                     s.volunteers, s.distanceKm};
        bindAll(insert, values);
        Database::exec(insert);
        return Outcome::Inserted;
    }

    Outcome writeIncident(const IncidentInput &i, const QString &platformId, QString *id)
    {
        const QVariant platform = platformId.isEmpty() ? QVariant() : QVariant(platformId);
        const QString gridCode = i.gridCode.trimmed();
        const QVariant grid = gridCode.isEmpty() ? QVariant() : QVariant(gridCode);
        const QString kind = kindKey(i.kind);
        if (!m_findIncident) {
            // Platform and grid may both be NULL and still match: SQLite's IS; PostgreSQL's IS
            // takes only NULL or a boolean, so it spells the comparison IS NOT DISTINCT FROM.
            const QString same = m_db.isPostgres() ? QStringLiteral("IS NOT DISTINCT FROM")
                                                   : QStringLiteral("IS");
            m_findIncident = m_db.prepare(
                QStringLiteral(
                    "SELECT id, lon, lat, dispatched_at, arrived_at, finished_at FROM incident "
                    "WHERE called_at = ? AND kind = ? AND platform_id %1 ? AND grid_code %1 ? "
                    "AND deleted = 0 LIMIT 1")
                    .arg(same));
        }
        QSqlQuery &find = *m_findIncident;
        find.bindValue(0, i.calledAt);
        find.bindValue(1, kind);
        find.bindValue(2, platform);
        find.bindValue(3, grid);
        Database::exec(find);
        if (find.next()) {
            *id = find.value(0).toString();
            const bool same = sameReal(optionalReal(find.value(1)), i.lon)
                && sameReal(optionalReal(find.value(2)), i.lat)
                && optionalInteger(find.value(3)) == i.dispatchedAt
                && optionalInteger(find.value(4)) == i.arrivedAt
                && optionalInteger(find.value(5)) == i.finishedAt;
            find.finish();
            return same ? Outcome::Unchanged : Outcome::Conflict;
        }
        find.finish();
        if (!m_insertIncident) {
            m_insertIncident = m_db.prepare(QStringLiteral(
                "INSERT INTO incident (id, platform_id, grid_code, kind, lon, lat, called_at, "
                "dispatched_at, arrived_at, finished_at, rev, origin, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        QSqlQuery &insert = *m_insertIncident;
        *id = newUuid();
        const QVariantList values = {*id,
                                     platform,
                                     grid,
                                     kind,
                                     optionalValue(i.lon),
                                     optionalValue(i.lat),
                                     i.calledAt,
                                     optionalValue(i.dispatchedAt),
                                     optionalValue(i.arrivedAt),
                                     optionalValue(i.finishedAt)};
        bindAll(insert, values);
        Database::exec(insert);
        return Outcome::Inserted;
    }

    qint64 now() const { return m_now; }

private:
    // The record's values, then rev, origin, updated_at, updated_by.
    void bindAll(QSqlQuery &q, const QVariantList &values)
    {
        int k = 0;
        for (const QVariant &v : values)
            q.bindValue(k++, v);
        // One revision per row, increasing within the millisecond (the counter's low bits).
        q.bindValue(k++, m_rev++);
        q.bindValue(k++, m_db.nodeId());
        q.bindValue(k++, m_now);
        q.bindValue(k++, m_actor);
    }

    Database &m_db;
    QString m_actor;
    qint64 m_now;
    qint64 m_rev;
    std::optional<QSqlQuery> m_findShift, m_insertShift, m_findIncident, m_insertIncident;
};

QString conflictMessage()
{
    return tr("a live record with the same key is already stored with other values");
}

QStringList fieldMessages(const Problems &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out << tr("field '%1': %2").arg(p.field, p.message);
    return out;
}

// --- CSV -------------------------------------------------------------------------------------

struct ColumnSpec
{
    const char *key;
    QStringList names;   // accepted header names besides the key
    bool required;
};

const QList<ColumnSpec> &shiftColumns()
{
    static const QList<ColumnSpec> columns = {
        {"platform", {QStringLiteral("平台编号"), QStringLiteral("平台代码")}, true},
        {"start", {QStringLiteral("开始时间")}, true},
        {"end", {QStringLiteral("结束时间")}, true},
        {"officers", {QStringLiteral("民警人数"), QStringLiteral("民警")}, false},
        {"volunteers", {QStringLiteral("志愿者人数"), QStringLiteral("志愿者")}, false},
        {"distance_km",
         {QStringLiteral("巡逻里程"), QStringLiteral("里程"), QStringLiteral("巡逻里程(公里)"),
          QStringLiteral("巡逻里程（公里）")},
         false},
    };
    return columns;
}

const QList<ColumnSpec> &incidentColumns()
{
    static const QList<ColumnSpec> columns = {
        {"platform", {QStringLiteral("平台编号"), QStringLiteral("平台代码")}, false},
        {"grid", {QStringLiteral("网格编码"), QStringLiteral("网格编号")}, false},
        {"kind", {QStringLiteral("警情类型"), QStringLiteral("类型")}, true},
        {"lon", {QStringLiteral("经度")}, false},
        {"lat", {QStringLiteral("纬度")}, false},
        {"called", {QStringLiteral("报警时间"), QStringLiteral("接警时间")}, true},
        {"dispatched", {QStringLiteral("派警时间"), QStringLiteral("出警时间")}, false},
        {"arrived", {QStringLiteral("到场时间"), QStringLiteral("到达时间")}, false},
        {"finished", {QStringLiteral("处置完毕时间"), QStringLiteral("结束时间")}, false},
    };
    return columns;
}

// Collects the problems of an import, capped, each as "FILE:LINE: …".
class ProblemList
{
public:
    explicit ProblemList(ImportResult &result)
        : m_result(result)
    { }
    void add(const QString &text)
    {
        if (m_result.problems.size() < PatrolRecords::MaxProblems)
            m_result.problems << text;
        else
            ++m_result.moreProblems;
    }

private:
    ImportResult &m_result;
};

// One CSV file mapped onto a column spec: the column of each key, and the header as written.
class CsvRows
{
public:
    CsvRows(const CsvTable &table, const QList<ColumnSpec> &spec, ProblemList &problems)
        : m_table(table)
    {
        const QString where = QStringLiteral("%1:%2: ").arg(table.fileName()).arg(table.headerLine());
        const QStringList &header = table.header();
        for (int c = 0; c < header.size(); ++c) {
            const ColumnSpec *match = nullptr;
            for (const ColumnSpec &s : spec) {
                if (header.at(c).compare(QLatin1String(s.key), Qt::CaseInsensitive) == 0
                    || s.names.contains(header.at(c))) {
                    match = &s;
                    break;
                }
            }
            if (!match) {
                QStringList known;
                for (const ColumnSpec &s : spec)
                    known << QLatin1String(s.key);
                problems.add(where + tr("column '%1' is not known (the columns are: %2)")
                                         .arg(header.at(c), known.join(QStringLiteral(", "))));
                continue;
            }
            const QString key = QLatin1String(match->key);
            if (m_columns.contains(key)) {
                problems.add(where + tr("column '%1' appears twice").arg(header.at(c)));
                continue;
            }
            m_columns.insert(key, c);
        }
        for (const ColumnSpec &s : spec) {
            if (s.required && !m_columns.contains(QLatin1String(s.key))) {
                problems.add(where + tr("column '%1' (%2) is missing")
                                         .arg(QLatin1String(s.key), s.names.value(0)));
            }
        }
    }

    // The trimmed text of a row's cell; empty when the column is absent.
    QString cell(const CsvTable::Record &row, const QString &key) const
    {
        const int c = m_columns.value(key, -1);
        return c < 0 ? QString() : row.fields.value(c).trimmed();
    }
    // The header of the column as the file writes it (for messages).
    QString headerOf(const QString &key) const
    {
        const int c = m_columns.value(key, -1);
        return c < 0 ? key : m_table.header().value(c);
    }
    QString place(const CsvTable::Record &row) const
    {
        return QStringLiteral("%1:%2: ").arg(m_table.fileName()).arg(row.line);
    }
    void report(const CsvTable::Record &row, const Problems &found, ProblemList &problems) const
    {
        for (const FieldProblem &p : found)
            problems.add(place(row) + tr("field '%1': %2").arg(headerOf(p.field), p.message));
    }

private:
    const CsvTable &m_table;
    QHash<QString, int> m_columns;
};

std::optional<qint64> timeCell(const QString &text, const QString &key, bool required,
                               Problems &problems)
{
    if (text.isEmpty()) {
        if (required)
            problems.append({key, tr("a time is required")});
        return std::nullopt;
    }
    QString why;
    const std::optional<qint64> t = PatrolRecords::parseTime(text, &why);
    if (!t)
        problems.append({key, why});
    return t;
}

std::optional<double> numberCell(const QString &text, const QString &key, Problems &problems)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v)) {
        problems.append({key, tr("'%1' is not a number").arg(text)});
        return std::nullopt;
    }
    return v;
}

int countCell(const QString &text, const QString &key, Problems &problems)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int v = QLocale::c().toInt(text, &ok);
    if (!ok) {
        problems.append({key, tr("'%1' is not a whole number").arg(text)});
        return 0;
    }
    return v;
}

// The file's rows through `handleRow` (which parses, checks and writes one row) in one
// transaction, committed only when no row had a problem.
ImportResult importFile(Database &db, const QString &path, const QList<ColumnSpec> &spec,
                        const std::function<void(const CsvRows &, const CsvTable::Record &,
                                                 const Reference &, RecordWriter &,
                                                 ImportResult &, ProblemList &)> &handleRow,
                        const QString &actor)
{
    ImportResult result;
    ProblemList problems(result);
    QString error;
    const std::optional<CsvTable> table = CsvTable::read(path, &error);
    if (!table) {
        problems.add(error);
        return result;
    }
    const CsvRows rows(*table, spec, problems);
    result.read = int(table->records().size());
    if (!result.ok())
        return result;

    WriteTransaction tx(db);
    const Reference ref = Reference::load(db);
    RecordWriter writer(db, actor);
    for (const CsvTable::Record &row : table->records())
        handleRow(rows, row, ref, writer, result, problems);
    if (!result.ok()) {
        result.inserted = 0;
        return result;   // the transaction rolls back
    }
    tx.commit();
    return result;
}

} // namespace

const QStringList &PatrolRecords::incidentKinds()
{
    static const QStringList kinds = [] {
        QStringList k;
        for (const KindName &name : kKinds)
            k << QLatin1String(name.key);
        return k;
    }();
    return kinds;
}

std::optional<qint64> PatrolRecords::parseTime(const QString &text, QString *problem)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?"
        "\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    auto fail = [&]() -> std::optional<qint64> {
        if (problem) {
            *problem = tr("'%1' is not a time (YYYY-MM-DD HH:MM[:SS], or ISO 8601 with an "
                          "offset such as 2026-03-01T08:30:00+08:00)")
                           .arg(text.trimmed());
        }
        return std::nullopt;
    };
    if (!m.hasMatch())
        return fail();
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty() ? 0 : m.captured(7).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return fail();
    const QString offset = m.captured(8);
    if (offset.isEmpty())
        return QDateTime(date, time).toMSecsSinceEpoch();   // local time
    int seconds = 0;
    if (offset != QLatin1String("Z")) {
        const QString digits = QString(offset).remove(QLatin1Char(':'));
        const int hours = digits.mid(1, 2).toInt(), minutes = digits.mid(3, 2).toInt();
        if (hours > 14 || minutes > 59)
            return fail();
        seconds = (hours * 3600 + minutes * 60) * (digits.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(seconds)).toMSecsSinceEpoch();
}

namespace {

// One record written in its own transaction: checked against the store, written unless a
// problem was found (a record that is already there, with other figures, is a conflict on
// `conflictField`), committed only when all is well.
template <typename Check, typename Write>
RecordResult addRecord(Database &db, const QString &actor, const QString &conflictField,
                       Check check, Write write)
{
    RecordResult result;
    WriteTransaction tx(db);
    const Reference ref = Reference::load(db);
    RecordWriter writer(db, actor);
    Problems problems;
    check(ref, writer.now(), problems);
    if (problems.isEmpty()) {
        const auto outcome = write(writer, ref, &result.id);
        if (outcome == RecordWriter::Outcome::Conflict)
            problems.append({conflictField, conflictMessage()});
        result.inserted = outcome == RecordWriter::Outcome::Inserted;
    }
    result.problems = fieldMessages(problems);
    if (!result.ok()) {
        result.inserted = false;
        return result;
    }
    tx.commit();
    return result;
}

} // namespace

RecordResult PatrolRecords::addShift(const ShiftInput &shift, const QString &actor)
{
    return addRecord(
        m_db, actor, QStringLiteral("start"),
        [&](const Reference &ref, qint64 now, Problems &problems) {
            checkShift(shift, ref, now, problems);
        },
        [&](RecordWriter &writer, const Reference &ref, QString *id) {
            return writer.writeShift(shift, ref.platformIds.value(shift.platformCode.trimmed()),
                                     id);
        });
}

RecordResult PatrolRecords::addIncident(const IncidentInput &incident, const QString &actor)
{
    return addRecord(
        m_db, actor, QStringLiteral("called"),
        [&](const Reference &ref, qint64 now, Problems &problems) {
            checkIncident(incident, ref, now, problems);
        },
        [&](RecordWriter &writer, const Reference &ref, QString *id) {
            return writer.writeIncident(
                incident, ref.platformIds.value(incident.platformCode.trimmed()), id);
        });
}

ImportResult PatrolRecords::importShifts(const QString &path, const QString &actor)
{
    return importFile(
        m_db, path, shiftColumns(),
        [](const CsvRows &rows, const CsvTable::Record &row, const Reference &ref,
           RecordWriter &writer, ImportResult &result, ProblemList &problems) {
            Problems found;
            ShiftInput s;
            s.platformCode = rows.cell(row, QStringLiteral("platform"));
            const auto start = timeCell(rows.cell(row, QStringLiteral("start")),
                                        QStringLiteral("start"), true, found);
            const auto end = timeCell(rows.cell(row, QStringLiteral("end")),
                                      QStringLiteral("end"), true, found);
            s.officers = countCell(rows.cell(row, QStringLiteral("officers")),
                                   QStringLiteral("officers"), found);
            s.volunteers = countCell(rows.cell(row, QStringLiteral("volunteers")),
                                     QStringLiteral("volunteers"), found);
            s.distanceKm = numberCell(rows.cell(row, QStringLiteral("distance_km")),
                                      QStringLiteral("distance_km"), found)
                               .value_or(0.0);
            const bool timesRead = start && end;
            // Without both times the other fields are still checked, against stand-in times.
            s.startAt = timesRead ? *start : writer.now() - 2 * HourMs;
            s.endAt = timesRead ? *end : writer.now() - HourMs;
            Problems checked;
            checkShift(s, ref, writer.now(), checked);
            for (const FieldProblem &p : checked) {
                if (timesRead || (p.field != QLatin1String("start")
                                  && p.field != QLatin1String("end")))
                    found.append(p);
            }
            if (found.isEmpty()) {
                QString id;
                const auto outcome
                    = writer.writeShift(s, ref.platformIds.value(s.platformCode), &id);
                if (outcome == RecordWriter::Outcome::Inserted)
                    ++result.inserted;
                else if (outcome == RecordWriter::Outcome::Unchanged)
                    ++result.unchanged;
                else
                    found.append({QStringLiteral("start"), conflictMessage()});
            }
            rows.report(row, found, problems);
        },
        actor);
}

ImportResult PatrolRecords::importIncidents(const QString &path, const QString &actor)
{
    return importFile(
        m_db, path, incidentColumns(),
        [](const CsvRows &rows, const CsvTable::Record &row, const Reference &ref,
           RecordWriter &writer, ImportResult &result, ProblemList &problems) {
            Problems found;
            IncidentInput i;
            i.platformCode = rows.cell(row, QStringLiteral("platform"));
            i.gridCode = rows.cell(row, QStringLiteral("grid"));
            i.kind = rows.cell(row, QStringLiteral("kind"));
            i.lon = numberCell(rows.cell(row, QStringLiteral("lon")), QStringLiteral("lon"), found);
            i.lat = numberCell(rows.cell(row, QStringLiteral("lat")), QStringLiteral("lat"), found);
            const auto called = timeCell(rows.cell(row, QStringLiteral("called")),
                                         QStringLiteral("called"), true, found);
            i.dispatchedAt = timeCell(rows.cell(row, QStringLiteral("dispatched")),
                                      QStringLiteral("dispatched"), false, found);
            i.arrivedAt = timeCell(rows.cell(row, QStringLiteral("arrived")),
                                   QStringLiteral("arrived"), false, found);
            i.finishedAt = timeCell(rows.cell(row, QStringLiteral("finished")),
                                    QStringLiteral("finished"), false, found);
            // A number that did not parse is reported once, not again as "missing".
            const bool badNumber = !rows.cell(row, QStringLiteral("lon")).isEmpty() && !i.lon;
            const bool badLat = !rows.cell(row, QStringLiteral("lat")).isEmpty() && !i.lat;
            if (badNumber || badLat) {
                i.lon.reset();
                i.lat.reset();
            }
            i.calledAt = called.value_or(0);
            Problems checked;
            checkIncident(i, ref, writer.now(), checked);
            for (const FieldProblem &p : checked) {
                // Order checks against a missing call time say nothing new.
                if (!called && p.message.startsWith(tr("lies before the time in '%1'")
                                                        .arg(QStringLiteral("called"))))
                    continue;
                found.append(p);
            }
            if (found.isEmpty()) {
                QString id;
                const auto outcome
                    = writer.writeIncident(i, ref.platformIds.value(i.platformCode), &id);
                if (outcome == RecordWriter::Outcome::Inserted)
                    ++result.inserted;
                else if (outcome == RecordWriter::Outcome::Unchanged)
                    ++result.unchanged;
                else
                    found.append({QStringLiteral("called"), conflictMessage()});
            }
            rows.report(row, found, problems);
        },
        actor);
}
