#pragma once

#include "common/paneldock.h"
#include "domain/region.h"
#include "geo/choropleth.h"

#include <QList>
#include <QString>

#include <functional>

class MapView;
class QAction;
class QComboBox;
class QLineEdit;
class QStandardItemModel;
class QCompleter;
class QToolButton;

// Map panel (地图): the map canvas under a bar that picks what colours it (metric, level,
// classes), which layers show, jumps to a region by name, code or pinyin initials, zooms to
// the county or the selection, and exports the view.
class MapDock : public PanelDock
{
    Q_OBJECT
public:
    // A metric the map can be coloured by (the "none" entry tints by township).
    struct Metric
    {
        QString key;
        QString label;
        bool available = true;
        QString whyNot; // shown when unavailable
    };
    struct SearchHit
    {
        QString code;
        QString name;
        RegionLevel level = RegionLevel::Grid;
    };
    explicit MapDock(QWidget *parent = nullptr);

    MapView *view() const { return m_view; }
    void setMetrics(const QList<Metric> &metrics);
    QString metricKey() const;
    RegionLevel metricLevel() const;
    ClassMethod classMethod() const;
    // Chooses a metric by key (and level); emits choroplethChanged.
    void setMetric(const QString &key, RegionLevel level = RegionLevel::Grid);
    // How typed search text is answered (by the main window, from the store).
    void setSearch(std::function<QList<SearchHit>(const QString &text)> search);
    QLineEdit *searchEdit() const { return m_search; }
    // Jumps to the first hit of a search as if typed and Enter pressed.
    bool jumpTo(const QString &text);

Q_SIGNALS:
    void regionClicked(const QString &code);
    // The colouring was changed by the user (or setMetric).
    void choroplethChanged();
    // A region was picked from the search box.
    void regionFound(const QString &code);
    void exportRequested();

private:
    void searchEdited(const QString &text);
    void layersChanged();

    MapView *m_view = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_method = nullptr;
    QToolButton *m_layers = nullptr;
    QAction *m_showGrids = nullptr;
    QAction *m_showVillages = nullptr;
    QAction *m_showLabels = nullptr;
    QAction *m_showPlatforms = nullptr;
    QAction *m_showDisputes = nullptr;
    QAction *m_showIncidents = nullptr;
    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_hits = nullptr;
    std::function<QList<SearchHit>(const QString &)> m_searchFn;
};
