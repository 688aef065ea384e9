#include "disputerepository.h"

#include "database.h"
#include "ftsbigram.h"
#include "storeerror.h"

#include <QDateTime>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

// How lists are read. A list's conditions (region, filter bar, queue, text) each have an index
// that finds their rows, and its sort order has an index that lists every row in that order.
// A batch is read either from the smallest condition's index when it holds few rows (read them
// all, sort, keep a batch) or along the sort index, testing rows until a batch is full. Which
// is decided per list from capped counts of each condition (index-only, at most a few thousand
// entries each), and SQLite is told by a unary plus on every column it must not read through
// an index (`+d.category = ?`).
//
// Full-text matches are found three ways: few matches drive the read (each is looked up); more
// are listed once per statement and walked rows are looked up in that list; when matches are
// everywhere, each walked row's own texts are tested with LIKE '%…%', which finds exactly what
// the bigram index finds (ftsbigram.h) and needs only a few rows to fill a batch.
//
// On PostgreSQL the server plans each statement itself: the conditions are the same, without
// the hints (unary plus, INDEXED BY), tombstones are left out by `deleted = 0`, and the text is
// tested with ILIKE on the title, summary and live party names (trigram indexes, pg_trgm).

namespace {

// Open = not finished (closed or withdrawn), as disputeStatusIsFinal() says.
const char kOpenCondition[] = "d.status NOT IN ('closed', 'withdrawn')";
// Tombstones, from their partial index: testing a rid against this list needs no row read.
const char kLiveCondition[]
    = "+d.rid NOT IN (SELECT rid FROM dispute INDEXED BY dispute_deleted WHERE deleted = 1)";
const char kLiveConditionPostgres[] = "d.deleted = 0";

// What reading costs, in microseconds, measured at 1,000,000 disputes on the 2-core machine
// with a warm page cache: a dispute row by rid, an index entry, one listed full-text match, and
// a row whose texts are tested with LIKE.
constexpr double kRowUs = 7;
constexpr double kIndexEntryUs = 0.25;
constexpr double kMatchUs = 0.5;
constexpr double kLikeUs = 10;
// Batch size assumed when planning counts (what the queue model reads).
constexpr int kCountBatch = 200;

// SQL conditions joined by AND, with the values they bind by name.
class Conditions
{
public:
    void add(const QString &term) { m_terms << term; }
    void bind(const QString &name, const QVariant &value) { m_binds.append({name, value}); }
    void bindAll(const QList<std::pair<QString, QVariant>> &binds) { m_binds += binds; }
    QString sql() const
    {
        return m_terms.isEmpty() ? QStringLiteral("1 = 1") : m_terms.join(QLatin1String(" AND "));
    }
    void bindTo(QSqlQuery &q) const
    {
        for (const auto &[name, value] : m_binds)
            q.bindValue(name, value);
    }

private:
    QStringList m_terms;
    QList<std::pair<QString, QVariant>> m_binds;
};

// A condition's SQL with `%1` before each column an index could read it by: kept plain where
// its index should be used, unary plus where it must not.
QString render(QString sql, bool indexed)
{
    return sql.replace(QLatin1String("%1"), indexed ? QString() : QStringLiteral("+"));
}

// One narrowing condition of a list.
struct Predicate
{
    enum class Kind { Region, Category, Status, Level, Source, Reported, Queue };
    Kind kind;
    QString sql; // with %1, see render()
    QList<std::pair<QString, QVariant>> binds;
    // Read alone through its index, the rows come in report order (an index that continues
    // with reported_at), so a Reported sort needs no sorting.
    bool reportOrdered = false;
    // Its index holds grid_code: the region is tested there, without reading the row.
    bool gridInIndex = true;
};

QDate todayOf(const DisputeFilter &f)
{
    return f.today.isValid() ? f.today : QDate::currentDate();
}

qint64 localDayStartMs(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

// The queue's own condition; nullopt for All.
std::optional<Predicate> queuePredicate(const DisputeFilter &f, DisputeQueue queue)
{
    using Kind = Predicate::Kind;
    const QString today = todayOf(f).toString(Qt::ISODate);
    // Partial indexes (dispute_mine, dispute_major, dispute_escalated) are used only when the
    // query repeats their conditions word for word, as these do.
    switch (queue) {
    case DisputeQueue::ToAccept:
        return Predicate {Kind::Queue, QStringLiteral("%1d.status = 'reported'"), {}, true};
    case DisputeQueue::Mine:
        if (f.user.isEmpty()) // nobody is signed in: nothing is theirs
            return Predicate {Kind::Queue, QStringLiteral("1 = 0"), {}, false, false};
        return Predicate {Kind::Queue,
                          QStringLiteral("%1d.handler = :user AND "
                                         "%1d.status NOT IN ('closed', 'withdrawn')"),
                          {{QStringLiteral(":user"), f.user}},
                          true,
                          false};
    case DisputeQueue::DueSoon: {
        const QDate until = f.dueSoonUntil.isValid() ? f.dueSoonUntil : todayOf(f);
        return Predicate {Kind::Queue,
                          QStringLiteral("%1d.status IN ('accepted', 'routed', 'mediating') AND "
                                         "%1d.due_on >= :today AND %1d.due_on <= :soon"),
                          {{QStringLiteral(":today"), today},
                           {QStringLiteral(":soon"), until.toString(Qt::ISODate)}},
                          false,
                          false};
    }
    case DisputeQueue::Overdue:
        return Predicate {Kind::Queue,
                          QStringLiteral("%1d.status IN ('accepted', 'routed', 'mediating') AND "
                                         "%1d.due_on < :today"),
                          {{QStringLiteral(":today"), today}},
                          false,
                          false};
    case DisputeQueue::Major:
        return Predicate {Kind::Queue,
                          QStringLiteral("%1d.is_major = 1 AND "
                                         "%1d.status NOT IN ('closed', 'withdrawn')"),
                          {},
                          true,
                          false};
    case DisputeQueue::AwaitingFollowUp:
        return Predicate {Kind::Queue,
                          QStringLiteral("%1d.status IN ('resolved', 'failed', 'referred')"),
                          {},
                          false};
    case DisputeQueue::EscalatedToCounty:
        // The level never drives: dispute_level would find every county case.
        return Predicate {Kind::Queue,
                          QStringLiteral("+d.level = 0 AND %1d.escalations > 0 AND "
                                         "%1d.status NOT IN ('closed', 'withdrawn')"),
                          {},
                          true,
                          false};
    case DisputeQueue::All: break;
    }
    return std::nullopt;
}

// Region, filter-bar fields and the queue, in a fixed order.
QList<Predicate> predicatesOf(const DisputeFilter &f, DisputeQueue queue)
{
    using Kind = Predicate::Kind;
    QList<Predicate> out;
    if (!f.codePrefix.isEmpty()) {
        // `grid_code` range covering every code that starts with the prefix ('~' sorts after
        // digits).
        out << Predicate {Kind::Region,
                          QStringLiteral("%1d.grid_code >= :lo AND %1d.grid_code < :hi"),
                          {{QStringLiteral(":lo"), f.codePrefix},
                           {QStringLiteral(":hi"), f.codePrefix + QLatin1Char('~')}},
                          false};
    }
    if (!f.category.isEmpty()) {
        out << Predicate {Kind::Category, QStringLiteral("%1d.category = :category"),
                          {{QStringLiteral(":category"), f.category}}, true};
    }
    if (!f.status.isEmpty()) {
        out << Predicate {Kind::Status, QStringLiteral("%1d.status = :status"),
                          {{QStringLiteral(":status"), f.status}}, true};
    }
    if (f.level) {
        out << Predicate {Kind::Level, QStringLiteral("%1d.level = :level"),
                          {{QStringLiteral(":level"), *f.level}}, true};
    }
    if (!f.source.isEmpty()) {
        out << Predicate {Kind::Source, QStringLiteral("%1d.source = :source"),
                          {{QStringLiteral(":source"), f.source}}, true};
    }
    if (f.reportedFrom.isValid() || f.reportedTo.isValid()) {
        Predicate p {Kind::Reported, {}, {}, true};
        QStringList terms;
        if (f.reportedFrom.isValid()) {
            terms << QStringLiteral("%1d.reported_at >= :reported_from");
            p.binds.append({QStringLiteral(":reported_from"), localDayStartMs(f.reportedFrom)});
        }
        if (f.reportedTo.isValid()) {
            terms << QStringLiteral("%1d.reported_at < :reported_to");
            p.binds.append({QStringLiteral(":reported_to"),
                            localDayStartMs(f.reportedTo.addDays(1))});
        }
        p.sql = terms.join(QLatin1String(" AND "));
        out << p;
    }
    if (std::optional<Predicate> q = queuePredicate(f, queue))
        out << *q;
    return out;
}

// The MATCH expression of the filter's text; empty when there is no text to search.
QString matchOf(const DisputeFilter &f)
{
    return f.text.trimmed().isEmpty() ? QString() : bigramMatchExpression(f.text);
}

// The words a user typed, as bigramMatchExpression() splits them (each becomes a phrase).
QStringList textWords(const QString &userText)
{
    QStringList words;
    QString word;
    for (const QChar c : userText) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

// LIKE pattern finding a word anywhere ('\' escapes).
QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('%'), QLatin1String("\\%"));
    word.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

// How the full-text condition is tested.
enum class TextRead {
    None,
    Drive, // the matches are the rows to read (few matches)
    Member, // every match is listed once per statement; rows are looked up in the list
    Scan, // each row's texts are tested with LIKE (matches are common)
};

// One condition per word the user typed, each `test` (with %1 for the bound LIKE pattern).
void addWordConditions(Conditions &c, const DisputeFilter &f, const QString &test)
{
    const QStringList words = textWords(f.text);
    for (int i = 0; i < words.size(); ++i) {
        const QString name = QStringLiteral(":like%1").arg(i);
        c.add(QString(test).arg(name));
        c.bind(name, likePattern(words.at(i)));
    }
}

void addTextCondition(Conditions &c, TextRead read, const DisputeFilter &f, bool postgres)
{
    const QString match = matchOf(f);
    if (match.isEmpty())
        return;
    if (postgres) {
        addWordConditions(c, f,
                          QStringLiteral("(d.title ILIKE %1 ESCAPE '\\' OR d.summary ILIKE %1 ESCAPE '\\' "
                                         "OR EXISTS (SELECT 1 FROM dispute_party t WHERE t.dispute_id = d.id "
                                         "AND t.deleted = 0 AND t.name ILIKE %1 ESCAPE '\\'))"));
        return;
    }
    switch (read) {
    case TextRead::None: return;
    case TextRead::Drive:
        c.add(QStringLiteral(
            "d.rid IN (SELECT rowid FROM dispute_fts WHERE dispute_fts MATCH :match)"));
        c.bind(QStringLiteral(":match"), match);
        return;
    case TextRead::Member:
        c.add(QStringLiteral(
            "+d.rid IN (SELECT rowid FROM dispute_fts WHERE dispute_fts MATCH :match)"));
        c.bind(QStringLiteral(":match"), match);
        return;
    case TextRead::Scan:
        // The same texts as the index: title, summary, and the party names it keeps.
        addWordConditions(c, f,
                          QStringLiteral("(d.title LIKE %1 ESCAPE '\\' OR d.summary LIKE %1 ESCAPE '\\' OR "
                                         "(SELECT t.parties FROM dispute_fts t WHERE t.rowid = d.rid) "
                                         "LIKE %1 ESCAPE '\\')"));
        return;
    }
}

// Which index reads a list: a condition's (`driver`), the text's, or none (walk the sort
// order; `walkWith` a report-ordered condition whose index walks the Reported order).
struct Plan
{
    int driver = -1;
    int walkWith = -1;
    TextRead text = TextRead::None;
    bool postgres = false; // the server plans: no hints, text by ILIKE
    bool textDrives() const { return text == TextRead::Drive; }
};

// Every condition of the list, each read through its index or not as `plan` says.
// `live` leaves tombstones out.
Conditions conditionsFor(const QList<Predicate> &predicates, const Plan &plan,
                         const DisputeFilter &f, bool reportedSort, bool live = true)
{
    Conditions c;
    const bool walking = plan.driver < 0 && !plan.textDrives();
    const bool orderedDriver = plan.driver >= 0 && predicates.at(plan.driver).reportOrdered;
    for (int i = 0; i < predicates.size(); ++i) {
        const Predicate &p = predicates.at(i);
        // A report-time range narrows whichever report-ordered index is read.
        const bool alongReport = reportedSort && p.kind == Predicate::Kind::Reported
                                 && (walking || orderedDriver);
        const bool indexed = i == plan.driver || i == plan.walkWith || alongReport;
        c.add(render(p.sql, indexed));
        c.bindAll(p.binds);
    }
    if (live)
        c.add(QLatin1String(plan.postgres ? kLiveConditionPostgres : kLiveCondition));
    addTextCondition(c, plan.text, f, plan.postgres);
    return c;
}

// The sort column's SQL, as the index on it spells it; empty for Reported (report time and rid
// are the whole key).
QString sortExpression(DisputeSortColumn column)
{
    switch (column) {
    case DisputeSortColumn::CaseNo: return QStringLiteral("d.case_no");
    case DisputeSortColumn::Title: return QStringLiteral("d.title");
    case DisputeSortColumn::Category: return QStringLiteral("d.category");
    case DisputeSortColumn::Status: return QStringLiteral("d.status");
    case DisputeSortColumn::Level: return QStringLiteral("d.level");
    case DisputeSortColumn::Source: return QStringLiteral("d.source");
    case DisputeSortColumn::Grid: return QStringLiteral("d.grid_code");
    // A case without a deadline sorts first (''), so the key never holds NULL.
    case DisputeSortColumn::Due: return QStringLiteral("coalesce(d.due_on, '')");
    case DisputeSortColumn::Reported: break;
    }
    return {};
}

// The sort key's terms; with a unary plus when no index may give the order.
QStringList keyTerms(const QString &expr, bool indexed)
{
    const QString plus = indexed ? QString() : QStringLiteral("+");
    QStringList terms;
    if (!expr.isEmpty())
        terms << plus + expr;
    terms << plus + QStringLiteral("d.reported_at") << plus + QStringLiteral("d.rid");
    return terms;
}

QString orderBy(const QString &expr, bool descending, bool indexed = true)
{
    const QLatin1String dir = descending ? QLatin1String(" DESC") : QLatin1String(" ASC");
    QStringList terms = keyTerms(expr, indexed);
    for (QString &t : terms)
        t += dir;
    return terms.join(QLatin1String(", "));
}

// Rows after `key` (or from it, `inclusive`) reading ascending or descending.
void addKeyCondition(Conditions &c, const QString &expr, const DisputeQueueKey &key,
                     bool descending, bool inclusive, bool indexed)
{
    QString op = descending ? QStringLiteral("<") : QStringLiteral(">");
    if (inclusive)
        op += QLatin1Char('=');
    const QString terms = keyTerms(expr, indexed).join(QLatin1String(", "));
    if (expr.isEmpty()) {
        c.add(QStringLiteral("(%1) %2 (:key_at, :key_rid)").arg(terms, op));
    } else {
        c.add(QStringLiteral("(%1) %2 (:key_value, :key_at, :key_rid)").arg(terms, op));
        c.bind(QStringLiteral(":key_value"), key.value);
    }
    c.bind(QStringLiteral(":key_at"), key.reportedAt);
    c.bind(QStringLiteral(":key_rid"), key.rid);
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<qint64> optionalMs(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

qint64 localMonthStartMs(QDate month)
{
    return QDateTime(QDate(month.year(), month.month(), 1), QTime(0, 0)).toMSecsSinceEpoch();
}

// Every condition of a filter read plainly, SQLite choosing: for counts of whole regions.
Conditions allConditions(const DisputeFilter &f, bool postgres)
{
    Conditions c;
    c.add(QStringLiteral("d.deleted = 0"));
    for (const Predicate &p : predicatesOf(f, f.queue)) {
        c.add(render(p.sql, true));
        c.bindAll(p.binds);
    }
    addTextCondition(c, TextRead::Member, f, postgres);
    return c;
}

} // namespace

qint64 DisputeRepository::storeSize() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT max(rid) FROM dispute"));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 DisputeRepository::cappedCount(const QString &fromWhere,
                                      const QList<std::pair<QString, QVariant>> &binds,
                                      qint64 cap) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 %1 LIMIT :cap) AS capped").arg(fromWhere));
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    q.bindValue(QStringLiteral(":cap"), cap);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

const DisputeRepository::Sizes &DisputeRepository::sizesOf(const DisputeFilter &filter,
                                                           int limit) const
{
    DisputeFilter key = filter;
    key.sort = DisputeSort {}; // the counts do not depend on the order
    const qint64 stored = storeSize();
    if (m_sizes.valid && m_sizes.filter == key && m_sizes.limit == limit
        && m_sizes.stored == stored)
        return m_sizes;
    Sizes s;
    s.valid = true;
    s.filter = key;
    s.limit = limit;
    s.stored = stored;
    const double n = double(std::max<qint64>(stored, 1));
    // Reading a condition's rows costs about rows × kRowUs; walking the sort order until a
    // batch is full about limit × stored / rows × kRowUs. They meet at sqrt(limit × stored).
    s.cap = std::clamp<qint64>(qint64(std::sqrt(double(limit) * n)), 200, 50000);
    for (const Predicate &p : predicatesOf(filter, filter.queue)) {
        s.rows << cappedCount(QStringLiteral("FROM dispute d WHERE %1").arg(render(p.sql, true)),
                              p.binds, s.cap);
    }
    const QString match = matchOf(filter);
    if (!match.isEmpty()) {
        const QList<std::pair<QString, QVariant>> binds {{QStringLiteral(":match"), match}};
        // Few matches are counted; more are estimated from the newest disputes, where the
        // first batches are read.
        const qint64 few = std::clamp<qint64>(
            qint64(std::sqrt(double(limit) * n * kIndexEntryUs / kRowUs)), 100, 20000);
        s.textRows = cappedCount(
            QStringLiteral("FROM dispute_fts WHERE dispute_fts MATCH :match"), binds, few);
        s.textExact = s.textRows < few;
        if (!s.textExact) {
            const qint64 window = std::min<qint64>(stored, 20000);
            QList<std::pair<QString, QVariant>> windowBinds = binds;
            windowBinds.append({QStringLiteral(":from"), stored - window});
            const qint64 recent = cappedCount(
                QStringLiteral("FROM dispute_fts WHERE dispute_fts MATCH :match "
                               "AND rowid > :from"),
                windowBinds, window);
            s.textRows = std::max(few, qint64(double(recent) / double(window) * n));
        }
    }
    m_sizes = s;
    return m_sizes;
}

namespace {

// How to test the text on `tested` rows that something else reads: list every match once
// (textRows of them), or look at each row's texts.
TextRead textTestFor(qint64 textRows, double tested)
{
    return double(textRows) * kMatchUs < tested * kLikeUs ? TextRead::Member : TextRead::Scan;
}

} // namespace

DisputeRepository::PlanChoice DisputeRepository::choosePlan(const DisputeFilter &filter,
                                                            int limit) const
{
    const Sizes &s = sizesOf(filter, limit);
    const QList<Predicate> predicates = predicatesOf(filter, filter.queue);
    const bool reportedSort = filter.sort.column == DisputeSortColumn::Reported;
    const double n = double(std::max<qint64>(s.stored, 1));
    const bool hasText = s.textRows >= 0;
    auto fraction = [&](int i) { return std::max(1.0, double(s.rows.at(i))) / n; };
    const double textFraction = hasText ? std::max(1.0, double(s.textRows)) / n : 1.0;

    // Cost (µs) of reading `entries` entries of the index of condition `along` (-1: the sort
    // index), testing every other condition: the region and the text list from the index,
    // anything else on the row, for the entries that got that far.
    auto costAlong = [&](int along, double entries) {
        double rowsRead = entries;
        bool needRows = false;
        const bool gridHere = along < 0 || predicates.at(along).gridInIndex;
        for (int i = 0; i < predicates.size(); ++i) {
            if (i == along)
                continue;
            if (predicates.at(i).kind == Predicate::Kind::Region && gridHere)
                rowsRead *= fraction(i);
            else
                needRows = true;
        }
        rowsRead *= textFraction;
        return entries * kIndexEntryUs + (needRows ? rowsRead * kRowUs : 0.0);
    };
    // Entries read along `along` until a batch is full, when it gives the sort order.
    auto walkEntries = [&](int along) {
        double f = textFraction;
        for (int i = 0; i < predicates.size(); ++i) {
            if (i != along)
                f *= fraction(i);
        }
        const double most = along < 0 ? n : double(s.rows.at(along) < s.cap ? s.rows.at(along) : s.stored);
        return std::min(most, double(limit) / f);
    };

    PlanChoice plan;
    double best = costAlong(-1, walkEntries(-1)); // the sort index
    for (int i = 0; i < predicates.size(); ++i) {
        const Predicate &p = predicates.at(i);
        const bool small = s.rows.at(i) < s.cap;
        if (reportedSort && p.reportOrdered) {
            // Its index lists its rows in report order: walk it until the batch is full.
            const double cost = costAlong(i, walkEntries(i));
            if (cost < best) {
                best = cost;
                plan = PlanChoice {};
                if (small)
                    plan.driver = i;
                else
                    plan.walkWith = i;
            }
        } else if (small) {
            // Read all its rows and sort them; the sort key is on the row (or, for a region
            // sorted by report time or grid, in dispute_grid).
            const bool keyInIndex = p.kind == Predicate::Kind::Region
                                    && (reportedSort
                                        || filter.sort.column == DisputeSortColumn::Grid);
            double cost = costAlong(i, double(s.rows.at(i)));
            if (!keyInIndex)
                cost = std::max(cost, double(s.rows.at(i)) * textFraction * kRowUs);
            if (cost < best) {
                best = cost;
                plan = PlanChoice {};
                plan.driver = i;
            }
        }
    }
    if (hasText && s.textExact) {
        // Few matches: read each and sort them.
        const double cost = double(s.textRows) * (kMatchUs + kRowUs);
        if (cost < best) {
            plan = PlanChoice {};
            plan.text = int(TextRead::Drive);
            return plan;
        }
    }
    if (hasText) {
        // Rows the text is tested on: the driver's, or those walked to fill a batch.
        const double tested = plan.driver >= 0 ? double(s.rows.at(plan.driver))
                                               : double(limit) / textFraction;
        plan.text = int(textTestFor(s.textRows, tested));
    }
    return plan;
}

DisputePage DisputeRepository::page(const DisputeFilter &filter,
                                    const std::optional<DisputeQueueKey> &from, int limit,
                                    Direction direction, bool includeFrom) const
{
    DisputePage page;
    if (limit <= 0)
        return page;
    const QString expr = sortExpression(filter.sort.column);
    const bool reportedSort = expr.isEmpty();
    const bool descending = filter.sort.descending;
    // Backward reads the reversed order from `from`; the rows are put back in order below.
    const bool readDescending = direction == Direction::Forward ? descending : !descending;

    const QList<Predicate> predicates = predicatesOf(filter, filter.queue);
    Plan plan;
    if (m_db.isPostgres()) {
        plan.postgres = true;
        plan.text = TextRead::Scan;
    } else {
        const PlanChoice choice = choosePlan(filter, limit);
        plan = Plan {choice.driver, choice.walkWith, static_cast<TextRead>(choice.text)};
    }
    // The sort index gives the order when walking, and so does a report-ordered driver's.
    const bool orderIndexed = (plan.driver < 0 && !plan.textDrives())
                              || (reportedSort && plan.driver >= 0
                                  && predicates.at(plan.driver).reportOrdered);
    Conditions c = conditionsFor(predicates, plan, filter, reportedSort);
    if (from)
        addKeyCondition(c, expr, *from, readDescending, includeFrom, orderIndexed);
    c.bind(QStringLiteral(":limit"), limit);

    // Only the page's keys are sorted and limited; its rows are then read and joined.
    const QString keys = QStringLiteral("SELECT d.rid FROM dispute d WHERE %1 ORDER BY %2 "
                                        "LIMIT :limit")
                             .arg(c.sql(), orderBy(expr, readDescending, orderIndexed));
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT d.rid, d.id, d.case_no, d.title, d.category, d.status, d.level, d.source, "
            "       d.is_major, d.grid_code, g.name, v.name, d.reported_at, d.due_on, %1 "
            "FROM (%2) k CROSS JOIN dispute d ON d.rid = k.rid "
            "LEFT JOIN region g ON g.code = d.grid_code "
            "LEFT JOIN region v ON v.code = g.parent_code "
            "ORDER BY %3")
            .arg(reportedSort ? QStringLiteral("NULL") : expr, keys, orderBy(expr, descending)));
    c.bindTo(q);
    Database::exec(q);
    page.rows.reserve(limit);
    while (q.next()) {
        DisputeListRow r;
        r.rid = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.caseNo = q.value(2).toString();
        r.title = q.value(3).toString();
        r.category = q.value(4).toString();
        r.status = q.value(5).toString();
        r.level = q.value(6).toInt();
        r.source = q.value(7).toString();
        r.major = q.value(8).toBool();
        r.gridCode = q.value(9).toString();
        r.gridName = q.value(10).toString();
        r.villageName = q.value(11).toString();
        r.reportedAt = q.value(12).toLongLong();
        r.dueOn = dateOf(q.value(13));
        const DisputeQueueKey key {r.reportedAt, r.rid,
                                   reportedSort ? QVariant() : q.value(14)};
        if (page.rows.isEmpty())
            page.firstKey = key;
        page.lastKey = key;
        page.rows << r;
    }
    if (page.rows.size() == limit)
        page.next = direction == Direction::Forward ? page.lastKey : page.firstKey;
    return page;
}

std::optional<DisputeQueueKey> DisputeRepository::keyOf(const DisputeFilter &filter,
                                                        const QString &id) const
{
    const QString expr = sortExpression(filter.sort.column);
    // One row, found by its id: every other condition is tested on it alone.
    Plan plan;
    plan.text = TextRead::Scan;
    plan.postgres = m_db.isPostgres();
    Conditions c = conditionsFor(predicatesOf(filter, filter.queue), plan, filter, false);
    c.add(QStringLiteral("d.id = :id"));
    c.bind(QStringLiteral(":id"), id);
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT d.reported_at, d.rid, %1 FROM dispute d "
                                              "WHERE %2")
                                   .arg(expr.isEmpty() ? QStringLiteral("NULL") : expr, c.sql()));
    c.bindTo(q);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return DisputeQueueKey {q.value(0).toLongLong(), q.value(1).toLongLong(),
                            expr.isEmpty() ? QVariant() : q.value(2)};
}

qint64 DisputeRepository::count(const DisputeFilter &filter) const
{
    return counts(filter).total;
}

qint64 DisputeRepository::countOpen(const DisputeFilter &filter) const
{
    return counts(filter).open;
}

DisputeRepository::Counts DisputeRepository::counts(const DisputeFilter &filter) const
{
    const Conditions where = allConditions(filter, m_db.isPostgres());
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*), count(*) FILTER (WHERE %1) FROM dispute d WHERE %2")
            .arg(QLatin1String(kOpenCondition), where.sql()));
    where.bindTo(q);
    Database::exec(q);
    Counts c;
    if (q.next()) {
        c.total = q.value(0).toLongLong();
        c.open = q.value(1).toLongLong();
    }
    return c;
}

QHash<QString, DisputeRepository::Counts>
DisputeRepository::countsByChild(const DisputeFilter &filter, int childPrefixLength) const
{
    const Conditions where = allConditions(filter, m_db.isPostgres());
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT substr(d.grid_code, 1, :len) AS k, count(*), count(*) FILTER (WHERE %1) "
                       "FROM dispute d WHERE %2 GROUP BY k")
            .arg(QLatin1String(kOpenCondition), where.sql()));
    q.bindValue(QStringLiteral(":len"), childPrefixLength);
    where.bindTo(q);
    Database::exec(q);
    QHash<QString, Counts> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   Counts {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

DisputeQueueCounts DisputeRepository::queueCounts(const DisputeFilter &filter,
                                                  const std::function<bool()> &cancelled) const
{
    DisputeQueueCounts out;
    auto countOf = [&](const QString &from, const Conditions &c) -> qint64 {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, c.sql()));
        c.bindTo(q);
        Database::exec(q);
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    if (m_db.isPostgres()) {
        // The server plans each count; a count is one statement, cancelled between them.
        Plan plan;
        plan.postgres = true;
        plan.text = TextRead::Scan;
        for (int i = 0; i < kDisputeQueueCount; ++i) {
            if (cancelled && cancelled())
                return out;
            const auto queue = static_cast<DisputeQueue>(i);
            out.queue[size_t(i)] = countOf(
                QStringLiteral("dispute d"), conditionsFor(predicatesOf(filter, queue), plan, filter, false));
        }
        Conditions open = conditionsFor(predicatesOf(filter, DisputeQueue::All), plan, filter, false);
        open.add(QLatin1String(kOpenCondition));
        out.open = countOf(QStringLiteral("dispute d"), open);
        return out;
    }
    DisputeFilter all = filter;
    all.queue = DisputeQueue::All;
    const bool hasText = !matchOf(filter).isEmpty();
    const Sizes sizes = sizesOf(all, kCountBatch);
    auto textFor = [&](double tested) {
        return hasText ? textTestFor(sizes.textRows, tested) : TextRead::None;
    };

    // Queues other than All hold open cases only, a small share of a large store: each is read
    // through its own index and every other condition tested on its rows.
    for (int i = 0; i < kDisputeQueueCount; ++i) {
        if (cancelled && cancelled())
            return out;
        const auto queue = static_cast<DisputeQueue>(i);
        if (queue == DisputeQueue::All)
            continue;
        const QList<Predicate> predicates = predicatesOf(filter, queue);
        Plan plan;
        plan.driver = int(predicates.size()) - 1; // the queue's own condition
        plan.text = textFor(double(sizes.cap));
        out.queue[size_t(i)]
            = countOf(QStringLiteral("dispute d"), conditionsFor(predicates, plan, filter, false));
    }

    if (cancelled && cancelled())
        return out;
    const QList<Predicate> predicates = predicatesOf(filter, DisputeQueue::All);
    // Open: through the partial index of open cases (dispute_open), by region when narrowed.
    {
        Plan plan;
        for (int i = 0; i < predicates.size(); ++i) {
            if (predicates.at(i).kind == Predicate::Kind::Region)
                plan.driver = i;
        }
        plan.text = textFor(double(sizes.cap));
        Conditions c = conditionsFor(predicates, plan, filter, false);
        c.add(QLatin1String(kOpenCondition));
        out.open = countOf(QStringLiteral("dispute d INDEXED BY dispute_open"), c);
    }

    if (cancelled && cancelled())
        return out;
    // All: the rows of the smallest condition's index, less the tombstones among them (a
    // partial index lists those); without the tombstone test on every row, a single condition
    // is counted from its index alone.
    if (predicates.isEmpty() && hasText) {
        // The full-text index holds live disputes only.
        Conditions c;
        c.add(QStringLiteral("dispute_fts MATCH :match"));
        c.bind(QStringLiteral(":match"), matchOf(filter));
        out.queue[size_t(DisputeQueue::All)] = countOf(QStringLiteral("dispute_fts"), c);
        return out;
    }
    Plan plan;
    double tested = double(sizes.stored);
    if (!predicates.isEmpty()) {
        plan.driver = int(std::min_element(sizes.rows.cbegin(), sizes.rows.cend())
                          - sizes.rows.cbegin());
        tested = double(sizes.rows.at(plan.driver));
        if (hasText && sizes.textExact && sizes.textRows <= sizes.rows.at(plan.driver)) {
            plan.driver = -1;
            plan.text = TextRead::Drive;
        }
    }
    if (plan.text == TextRead::None)
        plan.text = textFor(tested);
    const qint64 rows = countOf(QStringLiteral("dispute d"),
                                conditionsFor(predicates, plan, filter, false, false));
    if (cancelled && cancelled())
        return out;
    // Tombstones are tested the same way (they are never in the full-text index).
    Plan perRow;
    perRow.text = plan.text == TextRead::Drive ? TextRead::Member : plan.text;
    Conditions tombstones = conditionsFor(predicates, perRow, filter, false, false);
    tombstones.add(QStringLiteral("d.deleted = 1"));
    out.queue[size_t(DisputeQueue::All)]
        = rows - countOf(QStringLiteral("dispute d INDEXED BY dispute_deleted"), tombstones);
    return out;
}

std::optional<DisputeQueueCounts>
DisputeRepository::queueCountsAt(const QString &databasePath, const DisputeFilter &filter,
                                 const std::function<bool()> &cancelled)
{
    std::unique_ptr<Database> db = Database::open(databasePath, Database::Mode::ReadOnly,
                                                  /*migrate=*/false, Database::Check::Deferred);
    if (db->isPostgres()) {
        std::optional<DisputeQueueCounts> out = DisputeRepository(*db).queueCounts(filter, cancelled);
        if (cancelled())
            return std::nullopt;
        return out;
    }
    // Counting streams through indexes once: a small page cache keeps the worker's memory down.
    QSqlQuery cache = db->prepare(QStringLiteral("PRAGMA cache_size = -4096"));
    Database::exec(cache);
    cache.finish();
    // Stops a long count as soon as it is superseded, not only between statements.
    auto interrupt = [](void *context) -> int {
        const auto *stop = static_cast<const std::function<bool()> *>(context);
        return (*stop)() ? 1 : 0;
    };
    sqlite3_progress_handler(db->handle(), 20000, interrupt,
                             const_cast<std::function<bool()> *>(&cancelled));
    std::optional<DisputeQueueCounts> out;
    try {
        out = DisputeRepository(*db).queueCounts(filter, cancelled);
    } catch (const StoreError &) {
        sqlite3_progress_handler(db->handle(), 0, nullptr, nullptr);
        if (cancelled())
            return std::nullopt;
        throw;
    }
    sqlite3_progress_handler(db->handle(), 0, nullptr, nullptr);
    if (cancelled())
        return std::nullopt;
    return out;
}

std::optional<DisputeDetail> DisputeRepository::detail(const QString &id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.case_no, d.title, d.summary, d.category, d.source, d.complexity, "
        "       d.is_major, d.status, d.level, d.grid_code, g.name, v.name, t.name, "
        "       b.name, p.name, d.parties, d.amount_yuan, d.reported_at, d.accepted_at, "
        "       d.resolved_at, d.closed_at, d.due_on, d.outcome, d.satisfaction, d.rev "
        "FROM dispute d "
        "LEFT JOIN region g ON g.code = d.grid_code "
        "LEFT JOIN region v ON v.code = g.parent_code "
        "LEFT JOIN region t ON t.code = v.parent_code "
        "LEFT JOIN mediation_body b ON b.id = d.mediation_body_id "
        "LEFT JOIN person p ON p.id = d.mediator_id "
        "WHERE d.id = ? AND d.deleted = 0"));
    q.addBindValue(id);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    DisputeDetail d;
    d.id = q.value(0).toString();
    d.caseNo = q.value(1).toString();
    d.title = q.value(2).toString();
    d.summary = q.value(3).toString();
    d.category = q.value(4).toString();
    d.source = q.value(5).toString();
    d.complexity = q.value(6).toString();
    d.major = q.value(7).toBool();
    d.status = q.value(8).toString();
    d.level = q.value(9).toInt();
    d.gridCode = q.value(10).toString();
    d.gridName = q.value(11).toString();
    d.villageName = q.value(12).toString();
    d.townshipName = q.value(13).toString();
    d.mediationBody = q.value(14).toString();
    d.mediator = q.value(15).toString();
    d.partyCount = q.value(16).toInt();
    d.amountYuan = q.value(17).toLongLong();
    d.reportedAt = q.value(18).toLongLong();
    d.acceptedAt = optionalMs(q.value(19));
    d.resolvedAt = optionalMs(q.value(20));
    d.closedAt = optionalMs(q.value(21));
    d.dueOn = dateOf(q.value(22));
    d.outcome = q.value(23).toString();
    d.satisfaction = q.value(24).toString();
    d.rev = q.value(25).toLongLong();
    q.finish();

    QSqlQuery parties = m_db.prepare(QStringLiteral(
        "SELECT role, name, id_card, phone FROM dispute_party "
        "WHERE dispute_id = ? AND deleted = 0 ORDER BY "
        "CASE role WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, rid"));
    parties.addBindValue(id);
    Database::exec(parties);
    while (parties.next()) {
        d.parties << DisputePartyRow {parties.value(0).toString(), parties.value(1).toString(),
                                      parties.value(2).toString(), parties.value(3).toString()};
    }

    QSqlQuery events = m_db.prepare(
        QStringLiteral("SELECT at, action, from_status, to_status, actor, note FROM dispute_event "
                       "WHERE dispute_id = ? AND deleted = 0 ORDER BY at, rid"));
    events.addBindValue(id);
    Database::exec(events);
    while (events.next()) {
        d.events << DisputeEventRow {events.value(0).toLongLong(), events.value(1).toString(),
                                     events.value(2).toString(),   events.value(3).toString(),
                                     events.value(4).toString(),   events.value(5).toString()};
    }
    return d;
}

QList<DisputeMonthCount> DisputeRepository::monthly(const DisputeFilter &filter, QDate lastMonth,
                                                    int months) const
{
    QList<DisputeMonthCount> out;
    if (!lastMonth.isValid() || months <= 0)
        return out;
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    const QDate first = last.addMonths(-(months - 1));
    // Local-time month boundaries.
    QList<qint64> bounds;
    for (int i = 0; i <= months; ++i) {
        const QDate m = first.addMonths(i);
        if (i < months)
            out << DisputeMonthCount {m, 0, 0};
        bounds << localMonthStartMs(m);
    }
    // One count per month and time column, each inside a covering index (migration 8): a
    // month costs its own index entries, not a pass over the store.
    const Conditions where = allConditions(filter, m_db.isPostgres());
    auto count = [&](const char *column, qint64 from, qint64 to) {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("SELECT count(*) FROM dispute d WHERE %1 AND d.%2 >= :from "
                           "AND d.%2 < :to")
                .arg(where.sql(), QLatin1String(column)));
        where.bindTo(q);
        q.bindValue(QStringLiteral(":from"), from);
        q.bindValue(QStringLiteral(":to"), to);
        Database::exec(q);
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    for (int i = 0; i < months; ++i) {
        out[i].reported = count("reported_at", bounds.at(i), bounds.at(i + 1));
        out[i].closed = count("closed_at", bounds.at(i), bounds.at(i + 1));
    }
    return out;
}

std::optional<qint64> DisputeRepository::latestReportedAt() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT reported_at FROM dispute WHERE deleted = 0 "
                                              "ORDER BY reported_at DESC LIMIT 1"));
    Database::exec(q);
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QString DisputeRepository::databasePath() const
{
    return m_db.path();
}
