#include "disputequeuemodel.h"

#include "disputequeuecounter.h"

#include "domain/dispute.h"

#include <QColor>
#include <QDateTime>

namespace {

// The last day of the `days` working days that start today (today counts when it is one).
QDate dueSoonCutOff(const WorkCalendar &calendar, QDate today, int days)
{
    if (!today.isValid() || days <= 0)
        return today;
    return calendar.addWorkingDays(today, calendar.isWorkingDay(today) ? days - 1 : days);
}

} // namespace

DisputeQueueModel::DisputeQueueModel(DisputeRepository &repo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(repo)
    , m_counter(new DisputeQueueCounter(repo.databasePath(), this))
    , m_calendar(WorkCalendar::china())
{
    connect(m_counter, &DisputeQueueCounter::counted, this, &DisputeQueueModel::onCounted);
    connect(m_counter, &DisputeQueueCounter::failed, this,
            [this](const QString &message, const DisputeFilter &counted) {
                if (counted == countFilter())
                    Q_EMIT countFailed(message);
            });
    setToday(QDate::currentDate());
}

DisputeQueueModel::~DisputeQueueModel() = default;

DisputeFilter DisputeQueueModel::filter() const
{
    DisputeFilter f = m_filter;
    f.user = m_user;
    f.today = m_today;
    f.dueSoonUntil = m_dueSoonUntil;
    return f;
}

DisputeFilter DisputeQueueModel::countFilter() const
{
    DisputeFilter f = filter();
    f.queue = DisputeQueue::All;
    f.sort = DisputeSort {};
    return f;
}

void DisputeQueueModel::setFilter(const DisputeFilter &filter,
                                  const std::optional<DisputeRepository::Counts> &known)
{
    m_filter = filter;
    reload(known);
}

void DisputeQueueModel::reload(const std::optional<DisputeRepository::Counts> &known)
{
    m_known = known;
    resetTo(Start::Head);
    requestCounts();
}

void DisputeQueueModel::setQueue(DisputeQueue queue)
{
    if (queue == m_filter.queue)
        return;
    m_filter.queue = queue;
    m_known.reset();
    resetTo(Start::Head);
    applyCounts(); // every queue is counted already
}

void DisputeQueueModel::setSortOrder(const DisputeSort &sort)
{
    if (sort == m_filter.sort)
        return;
    m_filter.sort = sort;
    resetTo(Start::Head);
}

void DisputeQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    setSortOrder(DisputeSort {sortColumnOf(static_cast<Column>(column)),
                              order == Qt::DescendingOrder});
}

DisputeSortColumn DisputeQueueModel::sortColumnOf(Column column)
{
    switch (column) {
    case Column::CaseNo: return DisputeSortColumn::CaseNo;
    case Column::Title: return DisputeSortColumn::Title;
    case Column::Category: return DisputeSortColumn::Category;
    case Column::Status: return DisputeSortColumn::Status;
    case Column::Level: return DisputeSortColumn::Level;
    case Column::Source: return DisputeSortColumn::Source;
    case Column::Grid: return DisputeSortColumn::Grid;
    case Column::Due: return DisputeSortColumn::Due;
    case Column::Reported:
    case Column::Count: break;
    }
    return DisputeSortColumn::Reported;
}

DisputeQueueModel::Column DisputeQueueModel::columnOf(DisputeSortColumn column)
{
    switch (column) {
    case DisputeSortColumn::CaseNo: return Column::CaseNo;
    case DisputeSortColumn::Title: return Column::Title;
    case DisputeSortColumn::Category: return Column::Category;
    case DisputeSortColumn::Status: return Column::Status;
    case DisputeSortColumn::Level: return Column::Level;
    case DisputeSortColumn::Source: return Column::Source;
    case DisputeSortColumn::Grid: return Column::Grid;
    case DisputeSortColumn::Due: return Column::Due;
    case DisputeSortColumn::Reported: break;
    }
    return Column::Reported;
}

void DisputeQueueModel::setCurrentUser(const QString &login)
{
    if (login == m_user)
        return;
    m_user = login;
    if (m_filter.queue == DisputeQueue::Mine)
        resetTo(Start::Head);
    requestCounts();
}

void DisputeQueueModel::setCalendar(const WorkCalendar &calendar)
{
    m_calendar = calendar;
    setToday(m_today);
}

void DisputeQueueModel::setToday(QDate today)
{
    const QDate until = dueSoonCutOff(m_calendar, today, kDueSoonWorkingDays);
    if (today == m_today && until == m_dueSoonUntil)
        return;
    m_today = today;
    m_dueSoonUntil = until;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    // Overdue and due soon move with the day; the other queues do not.
    if (m_filter.queue == DisputeQueue::Overdue || m_filter.queue == DisputeQueue::DueSoon)
        resetTo(Start::Head);
    if (m_counts || m_counter->isBusy())
        requestCounts();
}

void DisputeQueueModel::setBatchSize(int rows)
{
    m_batchSize = qMax(1, rows);
}

void DisputeQueueModel::resetTo(Start start)
{
    m_notifying = true;
    beginResetModel();
    loadRows(start);
    endResetModel();
    m_notifying = false;
}

void DisputeQueueModel::loadRows(Start start)
{
    m_rows.clear();
    const auto direction = start == Start::Head ? DisputeRepository::Direction::Forward
                                                : DisputeRepository::Direction::Backward;
    DisputePage page = m_repo.page(filter(), std::nullopt, m_batchSize, direction);
    m_rows = std::move(page.rows);
    m_firstKey = page.firstKey;
    m_lastKey = page.lastKey;
    const bool more = page.next.has_value();
    m_atStart = start == Start::Head || !more;
    m_atEnd = start == Start::Tail || !more;
}

void DisputeQueueModel::jumpToStart()
{
    if (!m_atStart)
        resetTo(Start::Head);
}

void DisputeQueueModel::jumpToEnd()
{
    if (!m_atEnd)
        resetTo(Start::Tail);
}

bool DisputeQueueModel::locate(const QString &id)
{
    if (indexForId(id).isValid())
        return true;
    const DisputeFilter f = filter();
    const std::optional<DisputeQueueKey> key = m_repo.keyOf(f, id);
    if (!key)
        return false;
    const DisputePage before
        = m_repo.page(f, key, m_batchSize / 2, DisputeRepository::Direction::Backward);
    const DisputePage after
        = m_repo.page(f, key, m_batchSize, DisputeRepository::Direction::Forward, true);
    m_notifying = true;
    beginResetModel();
    m_rows = before.rows + after.rows;
    m_firstKey = before.rows.isEmpty() ? after.firstKey : before.firstKey;
    m_lastKey = after.rows.isEmpty() ? before.lastKey : after.lastKey;
    m_atStart = !before.next;
    m_atEnd = !after.next;
    endResetModel();
    m_notifying = false;
    return indexForId(id).isValid();
}

bool DisputeQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void DisputeQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const DisputePage page = m_repo.page(filter(), m_lastKey, m_batchSize);
    m_atEnd = !page.next;
    if (page.rows.isEmpty())
        return;
    m_lastKey = page.lastKey;
    m_notifying = true;
    beginInsertRows({}, m_rows.size(), m_rows.size() + page.rows.size() - 1);
    m_rows.append(page.rows);
    endInsertRows();
    m_notifying = false;
}

bool DisputeQueueModel::canFetchEarlier() const
{
    return !m_atStart && !m_notifying;
}

int DisputeQueueModel::fetchEarlier()
{
    if (!canFetchEarlier())
        return 0;
    const DisputePage page = m_repo.page(filter(), m_firstKey, m_batchSize,
                                         DisputeRepository::Direction::Backward);
    m_atStart = !page.next;
    if (page.rows.isEmpty())
        return 0;
    m_firstKey = page.firstKey;
    const int added = int(page.rows.size());
    m_notifying = true;
    beginInsertRows({}, 0, added - 1);
    m_rows = page.rows + m_rows;
    endInsertRows();
    m_notifying = false;
    return added;
}

void DisputeQueueModel::requestCounts()
{
    const DisputeFilter counted = countFilter();
    if (counted != m_countedFilter) {
        // Another set of disputes: the old counts say nothing about it.
        m_counts.reset();
        m_total = m_open = -1;
    }
    if (m_known && m_filter.queue == DisputeQueue::All) {
        m_total = m_known->total;
        m_open = m_known->open;
    }
    Q_EMIT totalCountChanged(m_total, m_open);
    Q_EMIT queueCountsChanged();
    m_counter->request(counted);
}

bool DisputeQueueModel::isCounting() const
{
    return m_counter->isBusy();
}

void DisputeQueueModel::onCounted(const DisputeQueueCounts &counts, const DisputeFilter &counted)
{
    if (counted != countFilter())
        return;
    m_counts = counts;
    m_countedFilter = counted;
    applyCounts();
}

void DisputeQueueModel::applyCounts()
{
    if (m_counts && m_countedFilter == countFilter()) {
        m_total = m_counts->count(m_filter.queue);
        // Every queue but All holds open cases only.
        m_open = m_filter.queue == DisputeQueue::All ? m_counts->open : m_total;
    } else if (!(m_known && m_filter.queue == DisputeQueue::All)) {
        m_total = m_open = -1;
    }
    Q_EMIT totalCountChanged(m_total, m_open);
    Q_EMIT queueCountsChanged();
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
    // The deadline is the time limit for mediation (限时处理): it runs from acceptance until
    // mediation ends, as the Overdue and Due soon queues say.
    if (!r.dueOn.isValid() || !disputeDeadlineRuns(r.status))
        return DeadlineState::None;
    if (r.dueOn < m_today)
        return DeadlineState::Overdue;
    if (r.dueOn <= m_dueSoonUntil)
        return DeadlineState::DueSoon;
    return DeadlineState::None;
}

int DisputeQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
        case Column::Level: return disputeLevelLabel(static_cast<DisputeLevel>(r.level));
        case Column::Source: return disputeSourceLabel(r.source);
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
            case DeadlineState::DueSoon:
                return tr("Due within %n working day(s)", nullptr, kDueSoonWorkingDays);
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
        // Dark text on the light tints, whatever the palette: readable in dark themes too.
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
    case static_cast<int>(Role::Level): return r.level;
    case static_cast<int>(Role::SourceKey): return r.source;
    case static_cast<int>(Role::Major): return r.major;
    default: return {};
    }
}

QVariant DisputeQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole) {
        // The first click on Reported shows the newest first; on anything else, A to Z.
        return static_cast<Column>(section) == Column::Reported ? Qt::DescendingOrder
                                                                : Qt::AscendingOrder;
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::CaseNo: return tr("Case no.");
    case Column::Title: return tr("Title");
    case Column::Category: return tr("Category");
    case Column::Status: return tr("Status");
    case Column::Level: return tr("Level");
    case Column::Source: return tr("Source");
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
    names.insert(static_cast<int>(Role::Level), "level");
    names.insert(static_cast<int>(Role::SourceKey), "source");
    names.insert(static_cast<int>(Role::Major), "major");
    return names;
}
