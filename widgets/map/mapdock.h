#pragma once

#include "common/paneldock.h"

class MapView;
class RegionShapes;

// Map panel (地图): the county's regions drawn from their stored outlines.
class MapDock : public PanelDock
{
    Q_OBJECT
public:
    explicit MapDock(QWidget *parent = nullptr);

    MapView *view() const { return m_view; }
    void setShapes(const RegionShapes &shapes);

Q_SIGNALS:
    void regionClicked(const QString &code);

private:
    MapView *m_view = nullptr;
};
