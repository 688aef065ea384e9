#include "regiontreedock.h"

#include "qt/regiontreemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTreeView>

RegionTreeDock::RegionTreeDock(QWidget *parent)
    : PanelDock(tr("Regions"), QStringLiteral("regionTreeDock"), parent)
    , m_view(new QTreeView(this))
{
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    setContent(m_view);
}

void RegionTreeDock::setModel(RegionTreeModel *model)
{
    m_model = model;
    m_view->setModel(model);
    if (!model) {
        showMessage(tr("No database open"));
        return;
    }
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(static_cast<int>(RegionTreeModel::Column::Name),
                                 QHeaderView::Stretch);
    for (RegionTreeModel::Column c :
         {RegionTreeModel::Column::Open, RegionTreeModel::Column::Total}) {
        header->setSectionResizeMode(static_cast<int>(c), QHeaderView::Interactive);
        header->resizeSection(static_cast<int>(c),
                              fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 12);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RegionTreeDock::onCurrentChanged);
    if (model->rowCount() > 0)
        m_view->expand(model->index(0, 0));
    showContent();
}

bool RegionTreeDock::selectRegion(const QString &code)
{
    if (!m_model)
        return false;
    const QModelIndex index = m_model->indexForCode(code);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString RegionTreeDock::currentCode() const
{
    if (!m_model)
        return {};
    return m_view->currentIndex().data(static_cast<int>(RegionTreeModel::Role::Code)).toString();
}

void RegionTreeDock::onCurrentChanged()
{
    const QString code = currentCode();
    if (!code.isEmpty())
        Q_EMIT regionSelected(code);
}
