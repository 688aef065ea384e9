#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <array>
#include <functional>
#include <optional>
#include <utility>

class Database;
class QSqlQuery;

// The dispute queues of DESIGN §5. Every queue but All lists unfinished cases only.
enum class DisputeQueue : int {
    ToAccept,          // reported, not yet accepted
    Mine,              // handled by the current user, not finished
    DueSoon,           // deadline running, due between today and the due-soon cut-off
    Overdue,           // deadline running, due before today
    Major,             // major disputes, not finished
    AwaitingFollowUp,  // resolved, failed or referred: the follow-up visit is next
    EscalatedToCounty, // escalated up to county level, not finished
    All,
};
inline constexpr int kDisputeQueueCount = 8;

// What the queue can be sorted by; each has an index that starts with it.
enum class DisputeSortColumn : int {
    CaseNo, Title, Category, Status, Level, Source, Grid, Reported, Due
};

// Sort order of a list: the column, then report time and rid, all in the same direction.
struct DisputeSort
{
    DisputeSortColumn column = DisputeSortColumn::Reported;
    bool descending = true;

    bool operator==(const DisputeSort &other) const = default;
};

// Which disputes a list or a count covers: everything under a region, by code prefix
// (RegionCodes::descendantPrefix; empty = the whole store), in one queue, narrowed by the
// filter bar's fields (empty or invalid = any). Counts ignore `sort`.
struct DisputeFilter
{
    DisputeFilter() = default;
    explicit DisputeFilter(const QString &regionPrefix)
        : codePrefix(regionPrefix)
    { }

    QString codePrefix;
    DisputeQueue queue = DisputeQueue::All;
    QString category; // key, see disputeCategories()
    QString status; // key, see DisputeStatus
    std::optional<int> level; // handling level: 0 county, 1 township, 2 village
    QString source; // key, see disputeSources()
    QDate reportedFrom; // local days, both included
    QDate reportedTo;
    QString text; // full-text search as the user typed it
    DisputeSort sort;
    // What the queues are judged against: the current user's login (Mine; empty = nobody's),
    // today (Overdue, DueSoon) and the last due day that counts as due soon (the caller counts
    // it in working days). Invalid dates: QDate::currentDate() and today.
    QString user;
    QDate today;
    QDate dueSoonUntil;

    bool operator==(const DisputeFilter &other) const = default;
};

// One row of the dispute queue: what the list shows, without the long texts.
struct DisputeListRow
{
    qint64 rid = 0;
    QString id;
    QString caseNo;
    QString title;
    QString category; // key, see disputeCategories()
    QString status; // key, see DisputeStatus
    int level = 2; // handling level: 0 county, 1 township, 2 village
    QString source; // key, see disputeSources()
    bool major = false;
    QString gridCode;
    QString gridName;
    QString villageName;
    qint64 reportedAt = 0; // UTC epoch ms
    QDate dueOn; // invalid when no deadline is set
};

// Position of a row in a list's sort order, for keyset paging: the sort column's value (null
// for the Reported sort, whose key is report time and rid alone), report time and rid.
struct DisputeQueueKey
{
    qint64 reportedAt = 0;
    qint64 rid = 0;
    QVariant value;

    bool operator==(const DisputeQueueKey &other) const = default;
};

struct DisputePartyRow
{
    QString role; // applicant, respondent, third_party
    QString name;
    QString idCard; // as stored: mask before showing
    QString phone;
};

struct DisputeEventRow
{
    qint64 at = 0; // UTC epoch ms
    QString action;
    QString fromStatus;
    QString toStatus;
    QString actor;
    QString note;
};

// Everything the detail panel shows about one dispute.
struct DisputeDetail
{
    QString id;
    QString caseNo;
    QString title;
    QString summary;
    QString category;
    QString source;
    QString complexity; // general, complex, major
    bool major = false;
    QString status;
    int level = 2; // handling level: 0 county, 1 township, 2 village
    QString gridCode;
    QString gridName;
    QString villageName;
    QString townshipName;
    QString mediationBody;
    QString mediator;
    int partyCount = 0;
    qint64 amountYuan = 0;
    qint64 reportedAt = 0;
    std::optional<qint64> acceptedAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    QDate dueOn;
    QString outcome;
    QString satisfaction;
    QList<DisputePartyRow> parties;
    QList<DisputeEventRow> events; // oldest first
    qint64 rev = 0;                // the revision read: an action passes it back (expectedRev)
};

// Disputes per calendar month (local time): reported in the month, closed in the month.
struct DisputeMonthCount
{
    QDate month; // first day of the month
    qint64 reported = 0;
    qint64 closed = 0;
};

// One batch of a list, in the list's sort order whichever way it was read.
struct DisputePage
{
    QList<DisputeListRow> rows;
    // Keys of the first and last row (meaningless when rows is empty).
    DisputeQueueKey firstKey;
    DisputeQueueKey lastKey;
    // Where to read on in the direction this page was read; nullopt: there is nothing more.
    std::optional<DisputeQueueKey> next;
};

// The live count of every queue under one filter's region and filter-bar fields, and how many
// of all those disputes are open (not finished).
struct DisputeQueueCounts
{
    std::array<qint64, kDisputeQueueCount> queue {};
    qint64 open = 0;

    qint64 count(DisputeQueue q) const { return queue[size_t(q)]; }
    bool operator==(const DisputeQueueCounts &other) const = default;
};

// Reads disputes (矛盾纠纷) for the queue, the detail panel, the region tree and the charts.
// Lists are paged by key in either direction, never by OFFSET, and never read the whole table.
class DisputeRepository
{
public:
    enum class Direction { Forward, Backward };

    explicit DisputeRepository(Database &db)
        : m_db(db)
    { }

    // Up to `limit` disputes of the filter's list next to `from` in its sort order. Forward:
    // those after `from` (nullopt: from the first). Backward: those before it (nullopt: the last
    // ones), still returned in sort order. `includeFrom` includes the row at `from` itself.
    DisputePage page(const DisputeFilter &filter, const std::optional<DisputeQueueKey> &from,
                     int limit, Direction direction = Direction::Forward,
                     bool includeFrom = false) const;
    // The key of a dispute in the filter's list, nullopt when the list does not hold it.
    std::optional<DisputeQueueKey> keyOf(const DisputeFilter &filter, const QString &id) const;

    qint64 count(const DisputeFilter &filter) const;
    // Disputes not yet closed or withdrawn.
    qint64 countOpen(const DisputeFilter &filter) const;

    struct Counts
    {
        qint64 total = 0;
        qint64 open = 0;
    };
    Counts counts(const DisputeFilter &filter) const;
    // Counts under `filter` grouped by the first `childPrefixLength` digits of the grid code,
    // i.e. per child region (key = RegionCodes::descendantPrefix of the child).
    QHash<QString, Counts> countsByChild(const DisputeFilter &filter, int childPrefixLength) const;
    // Every queue's count under the filter (its queue and sort are ignored). Reads as many rows
    // as the queues hold: run it off the GUI thread on large stores. `cancelled`, polled
    // between statements, stops early (the result is then incomplete).
    DisputeQueueCounts queueCounts(const DisputeFilter &filter,
                                   const std::function<bool()> &cancelled = {}) const;
    // queueCounts() on a read-only connection of its own to `databasePath`, opened and closed on
    // the calling thread (a worker's). nullopt when `cancelled` said so, even mid-statement.
    // Throws StoreError.
    static std::optional<DisputeQueueCounts>
    queueCountsAt(const QString &databasePath, const DisputeFilter &filter,
                  const std::function<bool()> &cancelled);

    std::optional<DisputeDetail> detail(const QString &id) const;

    // `months` months ending with the month of `lastMonth`, oldest first, zeros included.
    QList<DisputeMonthCount> monthly(const DisputeFilter &filter, QDate lastMonth,
                                     int months) const;
    // When the newest dispute was reported (UTC epoch ms); nullopt on an empty store.
    std::optional<qint64> latestReportedAt() const;

    // The file this repository reads (for workers that open their own connection).
    QString databasePath() const;

private:
    // Capped row counts of a list's conditions, from which its pages are planned (see the
    // .cpp); kept while the same list is paged.
    struct Sizes
    {
        bool valid = false;
        DisputeFilter filter; // sort left out
        int limit = 0;
        qint64 stored = 0; // max(rid): about the number of disputes stored
        qint64 cap = 0;
        QList<qint64> rows; // per condition, at most cap
        qint64 textRows = -1; // full-text matches (estimated unless textExact); -1: no text
        bool textExact = false;
    };
    struct PlanChoice
    {
        int driver = -1;
        int walkWith = -1;
        int text = 0;
    };
    qint64 storeSize() const;
    qint64 cappedCount(const QString &fromWhere,
                       const QList<std::pair<QString, QVariant>> &binds, qint64 cap) const;
    const Sizes &sizesOf(const DisputeFilter &filter, int limit) const;
    PlanChoice choosePlan(const DisputeFilter &filter, int limit) const;

    Database &m_db;
    mutable Sizes m_sizes;
};
