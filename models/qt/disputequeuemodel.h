#pragma once

#include "domain/workcalendar.h"
#include "store/disputerepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

class DisputeQueueCounter;

// The dispute queues (纠纷台账): one queue of disputes under a region and the filter bar's
// fields, in any column's order, loaded in batches by keyset paging so that no view ever reads
// the whole table. The loaded rows are a window on the list: from its start, growing down
// (fetchMore), or — after jumpToEnd() or locate() — elsewhere, growing up too (fetchEarlier).
// Every queue's count is counted off the GUI thread. Running cases are marked overdue, or due
// soon when due within kDueSoonWorkingDays working days counting today.
class DisputeQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Role : int {
        Id = Qt::UserRole,
        CaseNo,
        GridCode,
        StatusKey,
        CategoryKey,
        ReportedAt, // UTC epoch ms
        DueOn, // QDate, invalid when no deadline
        Deadline, // DeadlineState as int
        Level, // handling level as int
        SourceKey,
        Major, // bool
    };
    Q_ENUM(Role)

    enum class Column : int {
        CaseNo, Title, Category, Status, Level, Source, Grid, Reported, Due, Count
    };
    Q_ENUM(Column)

    enum class DeadlineState : int { None, DueSoon, Overdue };
    Q_ENUM(DeadlineState)

    static constexpr int kDefaultBatchSize = 200;
    static constexpr int kDueSoonWorkingDays = 3;

    explicit DisputeQueueModel(DisputeRepository &repo, QObject *parent = nullptr);
    ~DisputeQueueModel() override;

    // Resets the model to the filter's list and loads its first batch. `known` gives the
    // total and open count at once when the caller has them for this filter (the region tree
    // has them for a region with no other narrowing); the queue counts follow in the background.
    // The filter's user, today and due-soon cut-off are the model's (setCurrentUser, setToday).
    void setFilter(const DisputeFilter &filter,
                   const std::optional<DisputeRepository::Counts> &known = std::nullopt);
    // The list shown, with the model's user, today and due-soon cut-off filled in.
    DisputeFilter filter() const;
    void setQueue(DisputeQueue queue);
    DisputeQueue queue() const { return m_filter.queue; }
    void setSortOrder(const DisputeSort &sort);
    DisputeSort sortOrder() const { return m_filter.sort; }
    // QAbstractItemModel::sort by a column (what a view's header click calls).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static DisputeSortColumn sortColumnOf(Column column);
    static Column columnOf(DisputeSortColumn column);

    // Whose cases "Mine" lists (a login; empty = nobody's).
    void setCurrentUser(const QString &login);
    QString currentUser() const { return m_user; }
    // The calendar due-soon is counted on (default: WorkCalendar::china()).
    void setCalendar(const WorkCalendar &calendar);
    // The day deadlines are judged against (default: today).
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // The last due day that counts as due soon: the kDueSoonWorkingDays-th working day counting
    // today.
    QDate dueSoonUntil() const { return m_dueSoonUntil; }

    // Reads the list and the counts again (after the store changed); back to the list's start.
    void reload(const std::optional<DisputeRepository::Counts> &known = std::nullopt);

    void setBatchSize(int rows);
    int batchSize() const { return m_batchSize; }

    // Whether the loaded rows reach the start / the end of the list.
    bool reachesStart() const { return m_atStart; }
    bool reachesEnd() const { return m_atEnd; }
    // Loads the list's first batch (when not loaded) / its last batch, read in reverse order.
    void jumpToStart();
    void jumpToEnd();
    // Loads the batch before the first loaded row and inserts it at the top; the rows added.
    bool canFetchEarlier() const;
    int fetchEarlier();
    // Loads the rows around a dispute of the list; false when the list does not hold it.
    bool locate(const QString &id);

    // The current queue's disputes under the filter and how many of them are open, from the
    // background count; -1 until the first count arrived.
    qint64 totalCount() const { return m_total; }
    qint64 openCount() const { return m_open; }
    // Every queue's count under the filter, once counted.
    std::optional<DisputeQueueCounts> queueCounts() const { return m_counts; }
    // True while a count for the current filter is under way.
    bool isCounting() const;

    QString idAt(int row) const;
    // The row of a loaded dispute, invalid when it is not loaded (yet).
    QModelIndex indexForId(const QString &id) const;
    DeadlineState deadlineState(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void totalCountChanged(qint64 total, qint64 open);
    // queueCounts() changed (or a count failed: message not empty).
    void queueCountsChanged();
    void countFailed(const QString &message);

private:
    enum class Start { Head, Tail };
    void resetTo(Start start);
    void loadRows(Start start);
    void requestCounts();
    void applyCounts();
    void onCounted(const DisputeQueueCounts &counts, const DisputeFilter &countFilter);
    // The filter counts are taken under: queue and sort do not matter.
    DisputeFilter countFilter() const;

    DisputeRepository &m_repo;
    DisputeQueueCounter *m_counter = nullptr;
    DisputeFilter m_filter;
    QString m_user;
    WorkCalendar m_calendar;
    QDate m_today;
    QDate m_dueSoonUntil;

    QList<DisputeListRow> m_rows;
    int m_batchSize = kDefaultBatchSize;
    DisputeQueueKey m_firstKey; // keys of the first and last loaded row
    DisputeQueueKey m_lastKey;
    bool m_atStart = true;
    bool m_atEnd = true;
    // True while change notifications are out: a view or tester reacting to them must not
    // start another fetch inside this one.
    bool m_notifying = false;

    std::optional<DisputeQueueCounts> m_counts;
    DisputeFilter m_countedFilter; // what m_counts were counted under
    std::optional<DisputeRepository::Counts> m_known; // given by the caller for m_filter
    qint64 m_total = -1;
    qint64 m_open = -1;
};
