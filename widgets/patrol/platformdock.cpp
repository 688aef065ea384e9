#include "platformdock.h"

#include "qt/platformtablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

PlatformDock::PlatformDock(QWidget *parent)
    : PanelDock(tr("Patrol platforms"), QStringLiteral("platformDock"), parent)
{
    auto *content = new QWidget;
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("platformToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = bar->addAction(tr("&New…"));
    m_add->setObjectName(QStringLiteral("addPlatform"));
    m_add->setToolTip(tr("Register a new patrol platform"));
    m_edit = bar->addAction(tr("&Edit…"));
    m_edit->setObjectName(QStringLiteral("editPlatform"));
    m_retire = bar->addAction(tr("&Retire…"));
    m_retire->setObjectName(QStringLiteral("retirePlatform"));
    m_retire->setToolTip(tr("Take the platform out of service (its records stay)"));
    bar->addSeparator();
    m_moveOnMap = bar->addAction(tr("&Move on map"));
    m_moveOnMap->setObjectName(QStringLiteral("movePlatformsOnMap"));
    m_moveOnMap->setCheckable(true);
    m_moveOnMap->setToolTip(tr("While on, drag a platform's symbol on the map to move it"));

    bar->addSeparator();
    m_recordShift = bar->addAction(tr("Record &shift…"));
    m_recordShift->setObjectName(QStringLiteral("recordShift"));
    m_recordIncident = bar->addAction(tr("Record &incident…"));
    m_recordIncident->setObjectName(QStringLiteral("recordIncident"));
    auto *importMenu = new QMenu(this);
    m_importShifts = importMenu->addAction(tr("Patrol shifts (CSV)…"));
    m_importShifts->setObjectName(QStringLiteral("importShifts"));
    m_importIncidents = importMenu->addAction(tr("Incidents (CSV)…"));
    m_importIncidents->setObjectName(QStringLiteral("importIncidents"));
    QAction *importAction = bar->addAction(tr("Im&port"));
    importAction->setMenu(importMenu);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(importAction)))
        button->setPopupMode(QToolButton::InstantPopup);

    m_showRetired = new QCheckBox(tr("Show retired"));
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("platformCount"));

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("platformTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(int(PlatformTableModel::Role::SortKey));
    m_proxy->setSortLocaleAware(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 4, 0);
    top->addWidget(bar);
    top->addStretch();
    top->addWidget(m_showRetired);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_view);
    setContent(content);

    connect(m_add, &QAction::triggered, this, &PlatformDock::addRequested);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (!currentPlatformId().isEmpty())
            Q_EMIT editRequested(currentPlatformId());
    });
    connect(m_retire, &QAction::triggered, this, [this] {
        if (!currentPlatformId().isEmpty())
            Q_EMIT retireRequested(currentPlatformId());
    });
    connect(m_moveOnMap, &QAction::toggled, this, &PlatformDock::moveOnMapToggled);
    connect(m_recordShift, &QAction::triggered, this, &PlatformDock::recordShiftRequested);
    connect(m_recordIncident, &QAction::triggered, this, &PlatformDock::recordIncidentRequested);
    connect(m_importShifts, &QAction::triggered, this, [this] { Q_EMIT importRequested(false); });
    connect(m_importIncidents, &QAction::triggered, this,
            [this] { Q_EMIT importRequested(true); });
    connect(m_showRetired, &QCheckBox::toggled, this, &PlatformDock::showRetiredChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_editable && !currentPlatformId().isEmpty())
            Q_EMIT editRequested(currentPlatformId());
    });
    updateActions();
}

void PlatformDock::setModel(PlatformTableModel *model)
{
    m_model = model;
    if (!model) {
        showMessage(tr("No database open"));
        return;
    }
    m_proxy->setSourceModel(model);
    if (m_view->model() != m_proxy) {
        m_view->setModel(m_proxy);
        m_view->sortByColumn(-1, Qt::AscendingOrder);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
            updateActions();
            const QString id = currentPlatformId();
            if (!id.isEmpty())
                Q_EMIT platformSelected(id);
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            updateActions();
            updateCount();
            m_view->resizeColumnsToContents();
        });
    }
    m_view->resizeColumnsToContents();
    updateCount();
    updateActions();
    showContent();
}

QString PlatformDock::currentPlatformId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(int(PlatformTableModel::Role::Id)).toString()
                             : QString();
}

bool PlatformDock::selectPlatform(const QString &id)
{
    if (!m_model)
        return false;
    const QModelIndex source = m_model->indexForId(id);
    const QModelIndex at = m_proxy->mapFromSource(source);
    if (!at.isValid())
        return false;
    m_view->setCurrentIndex(at);
    m_view->scrollTo(at);
    return true;
}

bool PlatformDock::showsRetired() const
{
    return m_showRetired->isChecked();
}

void PlatformDock::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable && m_moveOnMap->isChecked())
        m_moveOnMap->setChecked(false);
    updateActions();
}

void PlatformDock::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool retired = current.isValid()
                         && current.data(int(PlatformTableModel::Role::Retired)).toBool();
    m_add->setEnabled(m_editable && m_model);
    m_edit->setEnabled(m_editable && current.isValid());
    m_retire->setEnabled(m_editable && current.isValid() && !retired);
    m_moveOnMap->setEnabled(m_editable && m_model);
    for (QAction *record : {m_recordShift, m_recordIncident, m_importShifts, m_importIncidents})
        record->setEnabled(m_editable && m_model);
}

void PlatformDock::updateCount()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    int live = 0;
    for (const Platform &p : m_model->platforms())
        live += p.retired() ? 0 : 1;
    m_count->setText(tr("%n in service", nullptr, live));
}
