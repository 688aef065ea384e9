#pragma once

#include "common/paneldock.h"
#include "store/disputerepository.h"

#include <optional>

class DisputeFilterBar;
class DisputeQueueModel;
class QLabel;
class QTabBar;
class QTableView;

// Dispute queue panel (纠纷台账): the queues of DESIGN §5 as tabs with live counts (to accept,
// mine, due soon, overdue, major, awaiting follow-up, escalated to county, all), a filter bar
// and the list of the chosen queue under the selected region, sortable by any column, with
// overdue cases in red and those due soon in amber. Ctrl+End (or dragging the scroll bar to the
// bottom) shows the end of the list at once, Ctrl+Home its start.
class DisputeQueueDock : public PanelDock
{
    Q_OBJECT
public:
    explicit DisputeQueueDock(QWidget *parent = nullptr);

    // nullptr shows the "no data" message. The model stays owned by the caller.
    void setModel(DisputeQueueModel *model);
    DisputeQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTabBar *queueBar() const { return m_queues; }
    DisputeFilterBar *filterBar() const { return m_filterBar; }
    // What the list covers, e.g. the region's name.
    void setScope(const QString &scope);
    QString countText() const;

    // Lists the disputes under a region (its code; empty = the whole store), keeping the queue,
    // the filter bar and the sort. `known`: the region's total and open count when the caller
    // has them (shown at once while the queues are counted).
    void setRegion(const QString &code,
                   const std::optional<DisputeRepository::Counts> &known = std::nullopt);
    // Whose cases the "Mine" queue lists (a login).
    void setCurrentUser(const QString &login);
    // Reads the list and the counts again after the store changed, keeping the current dispute
    // selected when it is still listed.
    void reload();
    // The same for a change made at another workstation: the operator's view stays where it
    // is (scroll position and current dispute); only the rows and counts are new.
    void refresh();
    // Selects a dispute of the shown list, loading the rows around it; false when the list does
    // not hold it.
    bool selectDispute(const QString &id);
    QString currentDisputeId() const;

    void showQueue(DisputeQueue queue);
    DisputeQueue currentQueue() const;
    // Shows the end (start) of the list; `moveCurrent` makes its last (first) row current.
    void jumpToEnd(bool moveCurrent = true);
    void jumpToStart(bool moveCurrent = true);

Q_SIGNALS:
    void disputeSelected(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void updateQueueTabs();
    void applyFilterBar();
    void onCurrentChanged();
    void onScrolled(int value);
    void fetchEarlierKeepingView();
    void restoreCurrent(const QString &id);

    QLabel *m_scope = nullptr;
    QLabel *m_count = nullptr;
    QTabBar *m_queues = nullptr;
    DisputeFilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    DisputeQueueModel *m_model = nullptr;
    QString m_currentId; // the dispute last announced by disputeSelected
};
