#include "mapdock.h"

#include "mapview.h"

MapDock::MapDock(QWidget *parent)
    : PanelDock(tr("Map"), QStringLiteral("mapDock"), parent)
    , m_view(new MapView(this))
{
    setContent(m_view);
    connect(m_view, &MapView::regionClicked, this, &MapDock::regionClicked);
}

void MapDock::setShapes(const RegionShapes &shapes)
{
    if (shapes.isEmpty()) {
        showMessage(tr("No region outlines in this database"));
        return;
    }
    showContent();
    m_view->setShapes(shapes);
}
