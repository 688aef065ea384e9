#pragma once

#include "common/paneldock.h"

class DisputeQueueModel;
class QLabel;
class QTableView;

// Dispute queue panel (纠纷台账): the disputes under the selected region, newest first, with
// overdue cases in red and those due within three days in amber, and the total count.
class DisputeQueueDock : public PanelDock
{
    Q_OBJECT
public:
    explicit DisputeQueueDock(QWidget *parent = nullptr);

    // nullptr shows the "no data" message. The model stays owned by the caller.
    void setModel(DisputeQueueModel *model);
    DisputeQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // What the list covers, e.g. the region's name.
    void setScope(const QString &scope);
    QString countText() const;

Q_SIGNALS:
    void disputeSelected(const QString &id);

private:
    void updateCount();
    void onCurrentChanged();

    QLabel *m_scope = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    DisputeQueueModel *m_model = nullptr;
};
