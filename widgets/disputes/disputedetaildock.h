#pragma once

#include "common/paneldock.h"

class QTextBrowser;
struct DisputeDetail;

// Dispute detail panel: facts, parties (ID-card numbers and phones masked) and the timeline
// of the case's events.
class DisputeDetailDock : public PanelDock
{
    Q_OBJECT
public:
    explicit DisputeDetailDock(QWidget *parent = nullptr);

    void showDispute(const DisputeDetail &detail);
    // Nothing selected: a hint instead of the detail.
    void clearDispute();
    QString text() const; // plain text of what is shown (tests)

    // The detail as HTML (also usable for printing).
    static QString toHtml(const DisputeDetail &detail);

private:
    QTextBrowser *m_browser = nullptr;
};
