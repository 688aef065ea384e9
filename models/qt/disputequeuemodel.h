#pragma once

#include "store/disputerepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

// The dispute queue (纠纷台账): disputes under a region, newest reported first, loaded in
// batches by keyset paging so that no view ever reads the whole table. Cases still being
// handled are marked overdue, or due soon within kDueSoonDays days of their deadline.
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
        Deadline // DeadlineState as int
    };
    Q_ENUM(Role)

    enum class Column : int { CaseNo, Title, Category, Status, Grid, Reported, Due, Count };
    Q_ENUM(Column)

    enum class DeadlineState : int { None, DueSoon, Overdue };
    Q_ENUM(DeadlineState)

    static constexpr int kDefaultBatchSize = 200;
    static constexpr int kDueSoonDays = 3;

    explicit DisputeQueueModel(DisputeRepository &repo, QObject *parent = nullptr);

    // Resets the model to the disputes under the filter and loads the first batch. `known`
    // saves the COUNT when the caller already has the filter's counts (the region tree does).
    void setFilter(const DisputeFilter &filter,
                   const std::optional<DisputeRepository::Counts> &known = std::nullopt);
    DisputeFilter filter() const { return m_filter; }
    // Reloads the current filter (after the store changed).
    void reload(const std::optional<DisputeRepository::Counts> &known = std::nullopt);

    void setBatchSize(int rows);
    int batchSize() const { return m_batchSize; }
    // The day deadlines are judged against (default: today).
    void setToday(QDate today);

    // Disputes under the filter in the store (COUNT), not just the loaded rows.
    qint64 totalCount() const { return m_total; }
    qint64 openCount() const { return m_open; }

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

private:
    DisputePage loadBatch() const;

    DisputeRepository &m_repo;
    DisputeFilter m_filter;
    QList<DisputeListRow> m_rows;
    int m_batchSize = kDefaultBatchSize;
    std::optional<DisputeQueueKey> m_next; // where the next batch starts
    bool m_atEnd = true;
    // True while change notifications are out: a view or tester reacting to them must not
    // start another fetch inside this one.
    bool m_notifying = false;
    qint64 m_total = 0;
    qint64 m_open = 0;
    QDate m_today;
};
