#include "disputequeuemodel.h"

#include "domain/dispute.h"

#include <QColor>
#include <QDateTime>

DisputeQueueModel::DisputeQueueModel(DisputeRepository &repo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(repo)
    , m_today(QDate::currentDate())
{ }

void DisputeQueueModel::setFilter(const DisputeFilter &filter,
                                  const std::optional<DisputeRepository::Counts> &known)
{
    m_filter = filter;
    reload(known);
}

void DisputeQueueModel::reload(const std::optional<DisputeRepository::Counts> &known)
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    DisputePage page = loadBatch();
    m_rows = std::move(page.rows);
    m_next = page.next;
    m_atEnd = !m_next;
    endResetModel();
    m_notifying = false;
    const DisputeRepository::Counts counts = known ? *known : m_repo.counts(m_filter);
    m_total = counts.total;
    m_open = counts.open;
    Q_EMIT totalCountChanged(m_total, m_open);
}

void DisputeQueueModel::setBatchSize(int rows)
{
    m_batchSize = qMax(1, rows);
}

void DisputeQueueModel::setToday(QDate today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

DisputePage DisputeQueueModel::loadBatch() const
{
    return m_repo.page(m_filter, m_next, m_batchSize);
}

bool DisputeQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void DisputeQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const DisputePage page = loadBatch();
    m_next = page.next;
    m_atEnd = !m_next;
    const QList<DisputeListRow> &batch = page.rows;
    if (batch.isEmpty())
        return;
    m_notifying = true;
    beginInsertRows({}, m_rows.size(), m_rows.size() + batch.size() - 1);
    m_rows.append(batch);
    endInsertRows();
    m_notifying = false;
}

QString DisputeQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QModelIndex DisputeQueueModel::indexForId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

DisputeQueueModel::DeadlineState DisputeQueueModel::deadlineState(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return DeadlineState::None;
    const DisputeListRow &r = m_rows.at(row);
    // The deadline is the time limit for mediation (限时处理): once a case is resolved,
    // failed, referred or finished, it no longer runs.
    DisputeStatus status;
    if (!r.dueOn.isValid() || !disputeStatusFromKey(r.status, &status))
        return DeadlineState::None;
    switch (status) {
    case DisputeStatus::Reported:
    case DisputeStatus::Accepted:
    case DisputeStatus::Routed:
    case DisputeStatus::Mediating: break;
    default: return DeadlineState::None;
    }
    const qint64 days = m_today.daysTo(r.dueOn);
    if (days < 0)
        return DeadlineState::Overdue;
    if (days <= kDueSoonDays)
        return DeadlineState::DueSoon;
    return DeadlineState::None;
}

int DisputeQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int DisputeQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant DisputeQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisputeListRow &r = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::CaseNo: return r.caseNo;
        case Column::Title: return r.title;
        case Column::Category: return disputeCategoryLabel(r.category);
        case Column::Status: return disputeStatusLabel(r.status);
        case Column::Grid:
            // Grid names carry their village's name (解放路社区第一网格).
            return r.gridName.isEmpty() ? r.gridCode : r.gridName;
        case Column::Reported:
            return QDateTime::fromMSecsSinceEpoch(r.reportedAt)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Column::Due: return r.dueOn.isValid() ? r.dueOn.toString(Qt::ISODate) : QString();
        case Column::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Title)
            return r.title;
        if (column == Column::Grid)
            return QStringLiteral("%1 %2").arg(r.gridName, r.gridCode);
        if (column == Column::Due) {
            switch (deadlineState(index.row())) {
            case DeadlineState::Overdue: return tr("Overdue");
            case DeadlineState::DueSoon: return tr("Due within %n day(s)", nullptr, kDueSoonDays);
            case DeadlineState::None: break;
            }
        }
        return {};
    case Qt::BackgroundRole:
        switch (deadlineState(index.row())) {
        case DeadlineState::Overdue: return QColor(0xfd, 0xe2, 0xe1);
        case DeadlineState::DueSoon: return QColor(0xfe, 0xf3, 0xc7);
        case DeadlineState::None: break;
        }
        return {};
    case Qt::ForegroundRole:
        switch (deadlineState(index.row())) {
        case DeadlineState::Overdue: return QColor(0xb4, 0x1c, 0x1c);
        case DeadlineState::DueSoon: return QColor(0x8a, 0x4b, 0x08);
        case DeadlineState::None: break;
        }
        return {};
    case static_cast<int>(Role::Id): return r.id;
    case static_cast<int>(Role::CaseNo): return r.caseNo;
    case static_cast<int>(Role::GridCode): return r.gridCode;
    case static_cast<int>(Role::StatusKey): return r.status;
    case static_cast<int>(Role::CategoryKey): return r.category;
    case static_cast<int>(Role::ReportedAt): return r.reportedAt;
    case static_cast<int>(Role::DueOn): return r.dueOn;
    case static_cast<int>(Role::Deadline): return static_cast<int>(deadlineState(index.row()));
    default: return {};
    }
}

QVariant DisputeQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::CaseNo: return tr("Case no.");
    case Column::Title: return tr("Title");
    case Column::Category: return tr("Category");
    case Column::Status: return tr("Status");
    case Column::Grid: return tr("Grid");
    case Column::Reported: return tr("Reported");
    case Column::Due: return tr("Due");
    case Column::Count: break;
    }
    return {};
}

QHash<int, QByteArray> DisputeQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(static_cast<int>(Role::Id), "disputeId");
    names.insert(static_cast<int>(Role::CaseNo), "caseNo");
    names.insert(static_cast<int>(Role::GridCode), "gridCode");
    names.insert(static_cast<int>(Role::StatusKey), "status");
    names.insert(static_cast<int>(Role::CategoryKey), "category");
    names.insert(static_cast<int>(Role::ReportedAt), "reportedAt");
    names.insert(static_cast<int>(Role::DueOn), "dueOn");
    names.insert(static_cast<int>(Role::Deadline), "deadline");
    return names;
}
