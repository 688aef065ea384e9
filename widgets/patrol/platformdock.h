#pragma once

// Patrol platform registry panel (巡防平台): the platforms in a sortable table, with buttons to
// register, edit and retire one and a switch that lets platforms be dragged on the map.

#include "common/paneldock.h"

class PlatformTableModel;
class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

class PlatformDock : public PanelDock
{
    Q_OBJECT
public:
    explicit PlatformDock(QWidget *parent = nullptr);

    // nullptr shows the "no data" message. The model stays owned by the caller.
    void setModel(PlatformTableModel *model);
    PlatformTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    QString currentPlatformId() const;
    // Selects the platform's row (from a click on the map); false when it is not listed.
    bool selectPlatform(const QString &id);
    bool showsRetired() const;
    // Whether editing is offered (a read-only store or role turns it off).
    void setEditable(bool editable);

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *retireAction() const { return m_retire; }
    QAction *moveOnMapAction() const { return m_moveOnMap; }
    QAction *recordShiftAction() const { return m_recordShift; }
    QAction *recordIncidentAction() const { return m_recordIncident; }
    QAction *importShiftsAction() const { return m_importShifts; }
    QAction *importIncidentsAction() const { return m_importIncidents; }

Q_SIGNALS:
    void platformSelected(const QString &id);
    void addRequested();
    void editRequested(const QString &id);
    void retireRequested(const QString &id);
    void showRetiredChanged(bool show);
    void moveOnMapToggled(bool on);
    // The platform selected (its code), if any, is the form's first choice.
    void recordShiftRequested();
    void recordIncidentRequested();
    void importRequested(bool incidents);

private:
    void updateActions();
    void updateCount();

    PlatformTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_showRetired = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_retire = nullptr;
    QAction *m_moveOnMap = nullptr;
    QAction *m_recordShift = nullptr;
    QAction *m_recordIncident = nullptr;
    QAction *m_importShifts = nullptr;
    QAction *m_importIncidents = nullptr;
    bool m_editable = true;
};
