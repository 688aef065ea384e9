#pragma once

#include "common/paneldock.h"

class QTreeView;
class RegionTreeModel;

// Region tree panel (区划): county, townships, villages and grids with dispute counts.
// Selecting a node tells the main window which region the other panels show.
class RegionTreeDock : public PanelDock
{
    Q_OBJECT
public:
    explicit RegionTreeDock(QWidget *parent = nullptr);

    // nullptr shows the "no data" message. The model stays owned by the caller.
    void setModel(RegionTreeModel *model);
    RegionTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Selects (and reveals) a region by code; false when it is not in the tree.
    bool selectRegion(const QString &code);
    QString currentCode() const;

Q_SIGNALS:
    void regionSelected(const QString &code);

private:
    void onCurrentChanged();

    QTreeView *m_view = nullptr;
    RegionTreeModel *m_model = nullptr;
};
