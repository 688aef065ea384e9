#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Which disputes a list or a count covers: everything under a region, by code prefix
// (RegionCodes::descendantPrefix); an empty prefix means the whole store.
struct DisputeFilter
{
    QString codePrefix;

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
    QString gridCode;
    QString gridName;
    QString villageName;
    qint64 reportedAt = 0; // UTC epoch ms
    QDate dueOn; // invalid when no deadline is set
};

// Position in the queue's sort order (reported_at DESC, rid DESC) for keyset paging.
struct DisputeQueueKey
{
    qint64 reportedAt = 0;
    qint64 rid = 0;
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
};

// Disputes per calendar month (local time): reported in the month, closed in the month.
struct DisputeMonthCount
{
    QDate month; // first day of the month
    qint64 reported = 0;
    qint64 closed = 0;
};

// One batch of the queue and where the next one starts (nullopt: this was the last).
struct DisputePage
{
    QList<DisputeListRow> rows;
    std::optional<DisputeQueueKey> next;
};

// Reads disputes (矛盾纠纷) for the queue, the detail panel, the region tree and the charts.
// Lists are paged by key, never by OFFSET, and never read the whole table.
class DisputeRepository
{
public:
    explicit DisputeRepository(Database &db)
        : m_db(db)
    { }

    // The next `limit` disputes after `after` in the order newest reported first. Tombstoned
    // rows are skipped, so a page may hold fewer rows than `limit` and still not be the last.
    DisputePage page(const DisputeFilter &filter, const std::optional<DisputeQueueKey> &after,
                     int limit) const;
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

    std::optional<DisputeDetail> detail(const QString &id) const;

    // `months` months ending with the month of `lastMonth`, oldest first, zeros included.
    QList<DisputeMonthCount> monthly(const DisputeFilter &filter, QDate lastMonth,
                                     int months) const;
    // When the newest dispute was reported (UTC epoch ms); nullopt on an empty store.
    std::optional<qint64> latestReportedAt() const;

private:
    Database &m_db;
};
