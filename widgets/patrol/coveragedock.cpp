#include "coveragedock.h"

#include "qt/coverageproposalmodel.h"
#include "qt/coveragetablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

CoverageDock::CoverageDock(QWidget *parent)
    : PanelDock(tr("Response coverage (1-3-5)"), QStringLiteral("coverageDock"), parent)
{
    auto *content = new QWidget;

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setWordWrap(true);
    m_showOnMap = new QPushButton(tr("&Colour the map by band"));
    m_showOnMap->setObjectName(QStringLiteral("showCoverageOnMap"));
    m_refresh = new QPushButton(tr("Analyse again"));
    m_refresh->setObjectName(QStringLiteral("refreshCoverage"));
    m_settings = new QPushButton(tr("Settings…"));
    m_settings->setObjectName(QStringLiteral("coverageSettings"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_showOnMap);
    top->addWidget(m_refresh);
    top->addWidget(m_settings);

    m_townships = makeTable(QStringLiteral("coverageTable"));
    m_townships->setSortingEnabled(true);

    auto *suggestBox = new QGroupBox(tr("Where to add the next platforms"));
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("suggestCount"));
    m_count->setRange(1, 50);
    m_count->setValue(5);
    m_band = new QComboBox;
    m_band->setObjectName(QStringLiteral("suggestBand"));
    m_suggest = new QPushButton(tr("&Suggest sites"));
    m_suggest->setObjectName(QStringLiteral("suggestSites"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelCoverage"));
    m_cancel->hide();
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // the engine reports no steps: a busy bar
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_after = new QCheckBox(tr("Show the map with &them"));
    m_after->setObjectName(QStringLiteral("showAfter"));
    m_after->setEnabled(false);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("suggestResult"));
    m_result->setWordWrap(true);
    m_proposals = makeTable(QStringLiteral("proposalTable"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Platforms:")));
    row->addWidget(m_count);
    row->addWidget(new QLabel(tr("to bring within")));
    row->addWidget(m_band);
    row->addWidget(new QLabel(tr("min")));
    row->addWidget(m_suggest);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addStretch();
    row->addWidget(m_after);
    auto *suggestLayout = new QVBoxLayout(suggestBox);
    suggestLayout->addLayout(row);
    suggestLayout->addWidget(m_result);
    suggestLayout->addWidget(m_proposals);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_townships);
    split->addWidget(suggestBox);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setContent(content);

    connect(m_refresh, &QPushButton::clicked, this, &CoverageDock::refreshRequested);
    connect(m_settings, &QPushButton::clicked, this, &CoverageDock::settingsRequested);
    connect(m_showOnMap, &QPushButton::clicked, this, &CoverageDock::showOnMapRequested);
    connect(m_suggest, &QPushButton::clicked, this,
            [this] { Q_EMIT suggestRequested(suggestCount(), suggestBand()); });
    connect(m_cancel, &QPushButton::clicked, this, &CoverageDock::cancelRequested);
    connect(m_after, &QCheckBox::toggled, this, &CoverageDock::showAfterToggled);
    connect(m_proposals, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT proposalActivated(index.data(int(CoverageProposalModel::Role::Lon)).toDouble(),
                                 index.data(int(CoverageProposalModel::Role::Lat)).toDouble());
    });
}

void CoverageDock::setModels(CoverageTableModel *townships, CoverageProposalModel *proposals)
{
    if (townships) {
        auto *proxy = new QSortFilterProxyModel(m_townships);
        proxy->setSortRole(int(CoverageTableModel::Role::SortKey));
        proxy->setSourceModel(townships);
        m_townships->setModel(proxy);
        m_townships->sortByColumn(-1, Qt::AscendingOrder);
    } else {
        m_townships->setModel(nullptr);
    }
    m_proposals->setModel(proposals);
    if (proposals) {
        connect(proposals, &QAbstractItemModel::modelReset, this, [this, proposals] {
            m_after->setEnabled(proposals->rowCount() > 0);
            if (proposals->rowCount() == 0)
                m_after->setChecked(false);
            m_proposals->resizeColumnsToContents();
        });
    }
    if (townships) {
        connect(townships, &QAbstractItemModel::modelReset, m_townships,
                &QTableView::resizeColumnsToContents);
    }
}

void CoverageDock::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void CoverageDock::setBands(const QStringList &labels)
{
    const QString chosen = m_band->currentText();
    m_band->clear();
    m_band->addItems(labels);
    const int keep = labels.indexOf(chosen);
    m_band->setCurrentIndex(keep >= 0 ? keep : int(labels.size()) - 1);
}

void CoverageDock::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_suggest->setEnabled(!busy);
    m_refresh->setEnabled(!busy);
    m_settings->setEnabled(!busy);
    if (!text.isEmpty() || busy)
        m_result->setText(text);
}

bool CoverageDock::isBusy() const
{
    return m_busy;
}

void CoverageDock::setResultText(const QString &text)
{
    m_result->setText(text);
}

int CoverageDock::suggestCount() const
{
    return m_count->value();
}

int CoverageDock::suggestBand() const
{
    return m_band->currentIndex();
}

bool CoverageDock::showsAfter() const
{
    return m_after->isChecked();
}

QString CoverageDock::resultText() const
{
    return m_result->text();
}
