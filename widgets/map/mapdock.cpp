#include "mapdock.h"

#include "mapview.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

QAction *checkable(QMenu *menu, const QString &text, bool on)
{
    QAction *a = menu->addAction(text);
    a->setCheckable(true);
    a->setChecked(on);
    return a;
}

} // namespace

MapDock::MapDock(QWidget *parent)
    : PanelDock(tr("Map"), QStringLiteral("mapDock"), parent)
    , m_view(new MapView(this))
{
    auto *content = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(4);

    m_metric = new QComboBox(content);
    m_metric->setObjectName(QStringLiteral("mapMetric"));
    m_metric->setToolTip(tr("What colours the map"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_level = new QComboBox(content);
    m_level->setObjectName(QStringLiteral("mapLevel"));
    m_level->setToolTip(tr("Colour grids, villages or townships"));
    for (RegionLevel level : {RegionLevel::Grid, RegionLevel::Village, RegionLevel::Township})
        m_level->addItem(regionLevelLabel(level), static_cast<int>(level));
    m_method = new QComboBox(content);
    m_method->setObjectName(QStringLiteral("mapClassMethod"));
    m_method->setToolTip(tr("How the classes are cut"));
    for (ClassMethod method :
         {ClassMethod::Quantile, ClassMethod::NaturalBreaks, ClassMethod::EqualInterval})
        m_method->addItem(Choropleth::classMethodLabel(method), int(method));

    m_layers = new QToolButton(content);
    m_layers->setText(tr("Layers"));
    m_layers->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_layers);
    m_showGrids = checkable(menu, tr("Grid outlines"), true);
    m_showVillages = checkable(menu, tr("Village outlines"), true);
    m_showLabels = checkable(menu, tr("Names"), true);
    menu->addSeparator();
    m_showPlatforms = checkable(menu, tr("Patrol platforms"), true);
    m_showDisputes = checkable(menu, tr("Unfinished disputes"), true);
    m_showIncidents = checkable(menu, tr("Incidents (30 days)"), false);
    m_layers->setMenu(menu);
    connect(menu, &QMenu::triggered, this, &MapDock::layersChanged);

    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Find a region: name, code or pinyin initials"));
    m_search->setClearButtonEnabled(true);
    m_hits = new QStandardItemModel(this);
    m_completer = new QCompleter(m_hits, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->setCompleter(m_completer);
    connect(m_search, &QLineEdit::textEdited, this, &MapDock::searchEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QString code = index.data(kCodeRole).toString();
                if (!code.isEmpty())
                    Q_EMIT regionFound(code);
            });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { jumpTo(m_search->text()); });

    auto *county = new QToolButton(content);
    county->setText(tr("County"));
    county->setToolTip(tr("Show the whole county (Home)"));
    connect(county, &QToolButton::clicked, m_view, &MapView::fitAll);
    auto *selection = new QToolButton(content);
    selection->setText(tr("Selection"));
    selection->setToolTip(tr("Zoom to the selected region"));
    connect(selection, &QToolButton::clicked, m_view, &MapView::zoomToSelection);
    auto *exportButton = new QToolButton(content);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the view as PNG at print resolution, or as SVG"));
    connect(exportButton, &QToolButton::clicked, this, &MapDock::exportRequested);

    bar->addWidget(m_metric);
    bar->addWidget(m_level);
    bar->addWidget(m_method);
    bar->addWidget(m_layers);
    bar->addWidget(m_search, 1);
    bar->addWidget(county);
    bar->addWidget(selection);
    bar->addWidget(exportButton);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setContent(content);

    auto changed = [this] {
        const bool coloured = !metricKey().isEmpty();
        m_level->setEnabled(coloured);
        m_method->setEnabled(coloured && metricKey() != QLatin1String("risk"));
        Q_EMIT choroplethChanged();
    };
    connect(m_metric, &QComboBox::currentIndexChanged, this, changed);
    connect(m_level, &QComboBox::currentIndexChanged, this, changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, changed);
    connect(m_view, &MapView::regionClicked, this, &MapDock::regionClicked);
    m_level->setEnabled(false);
    m_method->setEnabled(false);
}

void MapDock::setMetrics(const QList<Metric> &metrics)
{
    const QString current = metricKey();
    QSignalBlocker block(m_metric);
    m_metric->clear();
    m_metric->addItem(tr("Townships (no metric)"), QString());
    auto *model = qobject_cast<QStandardItemModel *>(m_metric->model());
    for (const Metric &m : metrics) {
        m_metric->addItem(m.label, m.key);
        if (!m.available && model) {
            QStandardItem *item = model->item(m_metric->count() - 1);
            item->setEnabled(false);
            item->setToolTip(m.whyNot);
        }
    }
    const int at = m_metric->findData(current);
    m_metric->setCurrentIndex(std::max(0, at));
}

QString MapDock::metricKey() const
{
    return m_metric->currentData().toString();
}

RegionLevel MapDock::metricLevel() const
{
    return static_cast<RegionLevel>(m_level->currentData().toInt());
}

ClassMethod MapDock::classMethod() const
{
    return static_cast<ClassMethod>(m_method->currentData().toInt());
}

void MapDock::setMetric(const QString &key, RegionLevel level)
{
    QSignalBlocker blockLevel(m_level);
    m_level->setCurrentIndex(std::max(0, m_level->findData(static_cast<int>(level))));
    const int at = m_metric->findData(key);
    if (at == m_metric->currentIndex())
        Q_EMIT choroplethChanged();
    else
        m_metric->setCurrentIndex(std::max(0, at));
}

void MapDock::setSearch(std::function<QList<SearchHit>(const QString &)> search)
{
    m_searchFn = std::move(search);
}

void MapDock::searchEdited(const QString &text)
{
    m_hits->clear();
    if (!m_searchFn || text.trimmed().isEmpty())
        return;
    for (const SearchHit &hit : m_searchFn(text.trimmed())) {
        auto *item = new QStandardItem(QStringLiteral("%1  %2  · %3")
                                           .arg(hit.name, hit.code, regionLevelLabel(hit.level)));
        item->setData(hit.code, kCodeRole);
        m_hits->appendRow(item);
    }
    m_completer->complete();
}

bool MapDock::jumpTo(const QString &text)
{
    if (!m_searchFn || text.trimmed().isEmpty())
        return false;
    const QList<SearchHit> hits = m_searchFn(text.trimmed());
    if (hits.isEmpty())
        return false;
    Q_EMIT regionFound(hits.first().code);
    return true;
}

void MapDock::layersChanged()
{
    geo::MapStyle style = m_view->mapStyle();
    style.showGrids = m_showGrids->isChecked();
    style.showVillages = m_showVillages->isChecked();
    style.showLabels = m_showLabels->isChecked();
    style.showPlatforms = m_showPlatforms->isChecked();
    style.showDisputes = m_showDisputes->isChecked();
    style.showIncidents = m_showIncidents->isChecked();
    m_view->setMapStyle(style, m_view->legend());
}
