#include "disputequeuedock.h"

#include "qt/disputequeuemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

DisputeQueueDock::DisputeQueueDock(QWidget *parent)
    : PanelDock(tr("Dispute queue"), QStringLiteral("disputeQueueDock"), parent)
    , m_scope(new QLabel(this))
    , m_count(new QLabel(this))
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
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
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
    setContent(content);
}

void DisputeQueueDock::setModel(DisputeQueueModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setModel(model);
    if (!model) {
        m_count->clear();
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
    header->resizeSection(int(Column::Grid), width(QStringLiteral("解放路社区第十网格")));
    header->resizeSection(int(Column::Reported), width(QStringLiteral("2026-11-21 00:00")));
    header->resizeSection(int(Column::Due), width(QStringLiteral("2026-11-21")));
    header->setSectionResizeMode(int(Column::Title), QHeaderView::Stretch);

    connect(model, &DisputeQueueModel::totalCountChanged, this, &DisputeQueueDock::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DisputeQueueDock::onCurrentChanged);
    updateCount();
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

void DisputeQueueDock::updateCount()
{
    if (!m_model)
        return;
    const QLocale locale;
    m_count->setText(
        tr("%1 disputes in total, %2 open")
            .arg(locale.toString(m_model->totalCount()), locale.toString(m_model->openCount())));
}

void DisputeQueueDock::onCurrentChanged()
{
    if (!m_model)
        return;
    const QString id = m_model->idAt(m_view->currentIndex().row());
    if (!id.isEmpty())
        Q_EMIT disputeSelected(id);
}
