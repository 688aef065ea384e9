#include "disputequeuedock.h"

#include "disputefilterbar.h"

#include "domain/region.h"
#include "qt/disputequeuemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Tab order: as DESIGN §5 lists the queues.
QString queueName(DisputeQueue queue)
{
    switch (queue) {
    case DisputeQueue::ToAccept: return DisputeQueueDock::tr("To accept");
    case DisputeQueue::Mine: return DisputeQueueDock::tr("Mine");
    case DisputeQueue::DueSoon: return DisputeQueueDock::tr("Due soon");
    case DisputeQueue::Overdue: return DisputeQueueDock::tr("Overdue");
    case DisputeQueue::Major: return DisputeQueueDock::tr("Major disputes");
    case DisputeQueue::AwaitingFollowUp: return DisputeQueueDock::tr("Awaiting follow-up");
    case DisputeQueue::EscalatedToCounty: return DisputeQueueDock::tr("Escalated to county");
    case DisputeQueue::All: return DisputeQueueDock::tr("All");
    }
    return {};
}

QString queueTip(DisputeQueue queue)
{
    switch (queue) {
    case DisputeQueue::ToAccept: return DisputeQueueDock::tr("Reported and not yet accepted");
    case DisputeQueue::Mine: return DisputeQueueDock::tr("Open cases you accepted");
    case DisputeQueue::DueSoon:
        return DisputeQueueDock::tr("Deadline running, due within 3 working days");
    case DisputeQueue::Overdue:
        return DisputeQueueDock::tr("Deadline running and already passed");
    case DisputeQueue::Major: return DisputeQueueDock::tr("Open major disputes");
    case DisputeQueue::AwaitingFollowUp:
        return DisputeQueueDock::tr("Resolved, failed or referred: the follow-up visit is next");
    case DisputeQueue::EscalatedToCounty:
        return DisputeQueueDock::tr("Open cases escalated up to the county");
    case DisputeQueue::All: return DisputeQueueDock::tr("Every dispute");
    }
    return {};
}

} // namespace

DisputeQueueDock::DisputeQueueDock(QWidget *parent)
    : PanelDock(tr("Dispute queue"), QStringLiteral("disputeQueueDock"), parent)
    , m_scope(new QLabel(this))
    , m_count(new QLabel(this))
    , m_queues(new QTabBar(this))
    , m_filterBar(new DisputeFilterBar(this))
    , m_view(new QTableView(this))
{
    auto *content = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 2);
    QFont bold = m_scope->font();
    bold.setBold(true);
    m_scope->setFont(bold);
    m_count->setObjectName(QStringLiteral("disputeCountLabel"));
    bar->addWidget(m_scope);
    bar->addStretch();
    bar->addWidget(m_count);

    m_queues->setObjectName(QStringLiteral("disputeQueueTabs"));
    m_queues->setDocumentMode(true);
    m_queues->setExpanding(false);
    m_queues->setUsesScrollButtons(true);
    for (int i = 0; i < kDisputeQueueCount; ++i) {
        const auto queue = static_cast<DisputeQueue>(i);
        m_queues->addTab(queueName(queue));
        m_queues->setTabToolTip(i, queueTip(queue));
        m_queues->setTabData(i, i);
    }
    m_queues->setCurrentIndex(int(DisputeQueue::All));
    m_filterBar->setObjectName(QStringLiteral("disputeFilterBar"));

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_queues);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view);

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->installEventFilter(this);
    setContent(content);

    connect(m_queues, &QTabBar::currentChanged, this, [this](int index) {
        if (m_model && index >= 0)
            m_model->setQueue(static_cast<DisputeQueue>(m_queues->tabData(index).toInt()));
    });
    connect(m_filterBar, &DisputeFilterBar::filterChanged, this, &DisputeQueueDock::applyFilterBar);

    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, &DisputeQueueDock::onScrolled);
    // Rows above are loaded when the thumb is let go at the top (not while it is dragged).
    connect(scroll, &QScrollBar::sliderReleased, this, [this, scroll] {
        if (scroll->value() == scroll->minimum())
            fetchEarlierKeepingView();
    });
    connect(scroll, &QScrollBar::actionTriggered, this, [this](int action) {
        if (action == QAbstractSlider::SliderToMaximum)
            QMetaObject::invokeMethod(this, [this] { jumpToEnd(false); }, Qt::QueuedConnection);
        else if (action == QAbstractSlider::SliderToMinimum)
            QMetaObject::invokeMethod(this, [this] { jumpToStart(false); }, Qt::QueuedConnection);
    });
}

void DisputeQueueDock::setModel(DisputeQueueModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_currentId.clear();
    m_view->setSortingEnabled(false);
    m_view->setModel(model);
    if (!model) {
        m_count->clear();
        updateQueueTabs();
        showMessage(tr("No database open"));
        return;
    }
    using Column = DisputeQueueModel::Column;
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    auto width = [&](const QString &sample) {
        return fm.horizontalAdvance(sample) + 24;
    };
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->resizeSection(int(Column::CaseNo), width(QStringLiteral("示调〔2026〕00000号")));
    header->resizeSection(int(Column::Title),
                          width(QStringLiteral("邻里之间因排水沟堵塞引发纠纷")));
    header->resizeSection(int(Column::Category), width(QStringLiteral("劳动争议与欠")));
    header->resizeSection(int(Column::Status), width(QStringLiteral("调解成功")));
    header->resizeSection(int(Column::Level), width(QStringLiteral("乡镇级")));
    header->resizeSection(int(Column::Source), width(QStringLiteral("网格员排查")));
    header->resizeSection(int(Column::Grid), width(QStringLiteral("解放路社区第十网格")));
    header->resizeSection(int(Column::Reported), width(QStringLiteral("2026-11-21 00:00")));
    header->resizeSection(int(Column::Due), width(QStringLiteral("2026-11-21")));
    header->setSectionResizeMode(int(Column::Title), QHeaderView::Stretch);
    // The indicator first: enabling sorting sorts by it, which is then the model's own order.
    const DisputeSort sort = model->sortOrder();
    header->setSortIndicator(int(DisputeQueueModel::columnOf(sort.column)),
                             sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    {
        const QSignalBlocker blocker(m_queues);
        m_queues->setCurrentIndex(int(model->queue()));
    }
    connect(model, &DisputeQueueModel::totalCountChanged, this, &DisputeQueueDock::updateCount);
    connect(model, &DisputeQueueModel::queueCountsChanged, this,
            &DisputeQueueDock::updateQueueTabs);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DisputeQueueDock::onCurrentChanged);
    updateCount();
    updateQueueTabs();
    showContent();
}

void DisputeQueueDock::setScope(const QString &scope)
{
    m_scope->setText(scope);
}

QString DisputeQueueDock::countText() const
{
    return m_count->text();
}

void DisputeQueueDock::setRegion(const QString &code,
                                 const std::optional<DisputeRepository::Counts> &known)
{
    if (!m_model)
        return;
    DisputeFilter f = m_model->filter();
    f.codePrefix = code.isEmpty() ? QString()
                                  : RegionCodes::descendantPrefix(code, RegionCodes::levelOf(code));
    // The region's counts are the list's only while nothing else narrows it.
    m_model->setFilter(f, m_filterBar->isNarrowing() ? std::nullopt : known);
}

void DisputeQueueDock::setCurrentUser(const QString &login)
{
    if (m_model)
        m_model->setCurrentUser(login);
}

void DisputeQueueDock::reload()
{
    if (!m_model)
        return;
    const QString current = currentDisputeId();
    m_model->reload();
    // The operator keeps their place: the rows around the current dispute, when still listed.
    if (!current.isEmpty() && m_model->locate(current)) {
        restoreCurrent(current);
        m_view->scrollTo(m_model->indexForId(current), QAbstractItemView::PositionAtCenter);
    }
}

void DisputeQueueDock::refresh()
{
    if (!m_model)
        return;
    const QString current = currentDisputeId();
    const int scrolled = m_view->verticalScrollBar()->value();
    m_model->reload();
    if (!current.isEmpty() && m_model->locate(current))
        restoreCurrent(current);
    m_view->verticalScrollBar()->setValue(scrolled);
}

bool DisputeQueueDock::selectDispute(const QString &id)
{
    if (!m_model || id.isEmpty() || !m_model->locate(id))
        return false;
    const QModelIndex index = m_model->indexForId(id);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString DisputeQueueDock::currentDisputeId() const
{
    return m_model ? m_model->idAt(m_view->currentIndex().row()) : QString();
}

void DisputeQueueDock::showQueue(DisputeQueue queue)
{
    m_queues->setCurrentIndex(int(queue));
}

DisputeQueue DisputeQueueDock::currentQueue() const
{
    return static_cast<DisputeQueue>(m_queues->currentIndex());
}

void DisputeQueueDock::jumpToEnd(bool moveCurrent)
{
    if (!m_model)
        return;
    const QString current = m_currentId;
    if (!m_model->reachesEnd()) {
        m_model->jumpToEnd();
        restoreCurrent(current);
    }
    if (moveCurrent && m_model->rowCount() > 0) {
        const int column = qMax(0, m_view->currentIndex().column());
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, column));
    }
    m_view->scrollToBottom();
}

void DisputeQueueDock::jumpToStart(bool moveCurrent)
{
    if (!m_model)
        return;
    const QString current = m_currentId;
    if (!m_model->reachesStart()) {
        m_model->jumpToStart();
        restoreCurrent(current);
    }
    if (moveCurrent && m_model->rowCount() > 0) {
        const int column = qMax(0, m_view->currentIndex().column());
        m_view->setCurrentIndex(m_model->index(0, column));
    }
    m_view->scrollToTop();
}

bool DisputeQueueDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_End) {
            jumpToEnd();
            return true;
        }
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Home) {
            jumpToStart();
            return true;
        }
    }
    return PanelDock::eventFilter(watched, event);
}

void DisputeQueueDock::updateCount()
{
    if (!m_model)
        return;
    if (m_model->totalCount() < 0) {
        m_count->setText(tr("Counting…"));
        return;
    }
    const QLocale locale;
    m_count->setText(
        tr("%1 disputes in total, %2 open")
            .arg(locale.toString(m_model->totalCount()), locale.toString(m_model->openCount())));
}

void DisputeQueueDock::updateQueueTabs()
{
    const std::optional<DisputeQueueCounts> counts
        = m_model ? m_model->queueCounts() : std::nullopt;
    const QLocale locale;
    for (int i = 0; i < kDisputeQueueCount; ++i) {
        const auto queue = static_cast<DisputeQueue>(i);
        m_queues->setTabText(i, counts ? tr("%1 (%2)", "queue name and its count")
                                             .arg(queueName(queue),
                                                  locale.toString(counts->count(queue)))
                                       : queueName(queue));
    }
}

void DisputeQueueDock::applyFilterBar()
{
    if (!m_model)
        return;
    DisputeFilter f = m_model->filter();
    m_filterBar->applyTo(f);
    if (f == m_model->filter())
        return;
    const QString current = m_currentId;
    m_model->setFilter(f);
    restoreCurrent(current);
}

void DisputeQueueDock::onCurrentChanged()
{
    if (!m_model)
        return;
    const QString id = m_model->idAt(m_view->currentIndex().row());
    if (id.isEmpty() || id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT disputeSelected(id);
}

void DisputeQueueDock::onScrolled(int value)
{
    if (!m_model)
        return;
    QScrollBar *scroll = m_view->verticalScrollBar();
    // Dragging the scroll bar to its bottom means "the end of the list", not "the end of what
    // is loaded": show the last rows at once instead of fetching batch after batch.
    if (scroll->isSliderDown() && value == scroll->maximum() && !m_model->reachesEnd()) {
        QMetaObject::invokeMethod(
            this, [this] { jumpToEnd(false); }, Qt::QueuedConnection);
        return;
    }
    if (value == scroll->minimum() && m_model->canFetchEarlier() && !scroll->isSliderDown())
        QMetaObject::invokeMethod(this, &DisputeQueueDock::fetchEarlierKeepingView,
                                  Qt::QueuedConnection);
}

// Rows inserted above the viewport would push what the operator reads down; scroll by as many
// rows so that the same rows stay in view.
void DisputeQueueDock::fetchEarlierKeepingView()
{
    if (!m_model || !m_model->canFetchEarlier())
        return;
    QScrollBar *scroll = m_view->verticalScrollBar();
    if (scroll->value() != scroll->minimum())
        return;
    const int top = qMax(0, m_view->rowAt(0));
    const int added = m_model->fetchEarlier();
    if (added <= 0)
        return;
    m_view->doItemsLayout();
    m_view->scrollTo(m_model->index(top + added, 0), QAbstractItemView::PositionAtTop);
}

void DisputeQueueDock::restoreCurrent(const QString &id)
{
    if (!m_model || id.isEmpty())
        return;
    const QModelIndex index = m_model->indexForId(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}
