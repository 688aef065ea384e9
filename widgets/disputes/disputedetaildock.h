#pragma once

#include "common/paneldock.h"

#include "domain/disputeworkflow.h"
#include "domain/workcalendar.h"

#include <QDate>
#include <QList>

#include <optional>

class QGridLayout;
class QPushButton;
class QTextBrowser;
struct DisputeDetail;

// Dispute detail panel: facts, parties (ID-card numbers and phones masked), the deadline in
// working days, the timeline of the case's events, and a button for each workflow action the
// current role may take now (from DisputeWorkflow's table). A button asks for the action by
// actionRequested(); whoever handles it collects the fields and writes.
class DisputeDetailDock : public PanelDock
{
    Q_OBJECT
public:
    explicit DisputeDetailDock(QWidget *parent = nullptr);

    // Deadlines are shown in working days on this calendar, as seen on `today` (invalid: the
    // real today).
    void setCalendar(const WorkCalendar &calendar, QDate today = {});
    // The role of the person at the desk; nullopt while the store has no user accounts (then
    // every action of the state is offered).
    void setRole(std::optional<UserRole> role);
    // False while the store is read-only: no action buttons.
    void setEditable(bool editable);

    void showDispute(const DisputeDetail &detail);
    // Nothing selected: a hint instead of the detail.
    void clearDispute();
    QString text() const; // plain text of what is shown (tests)
    QString disputeId() const { return m_id; }
    // The actions offered now, in the table's order (tests).
    QList<DisputeAction> offeredActions() const { return m_offered; }
    QPushButton *actionButton(DisputeAction action) const;

    // How the deadline is coloured: red overdue, amber due soon.
    enum class DeadlineLook { Plain, DueSoon, Overdue };
    // The detail as HTML (also usable for printing). `deadline`: the deadline in words.
    static QString toHtml(const DisputeDetail &detail, const QString &deadline = {},
                          DeadlineLook look = DeadlineLook::Plain);

Q_SIGNALS:
    void actionRequested(const QString &disputeId, DisputeAction action);

private:
    void rebuildButtons(const QString &status);

    QTextBrowser *m_browser = nullptr;
    QWidget *m_actions = nullptr;
    QGridLayout *m_actionLayout = nullptr;
    QList<QPushButton *> m_buttons;
    QList<DisputeAction> m_offered;
    WorkCalendar m_calendar;
    QDate m_today;
    std::optional<UserRole> m_role;
    bool m_editable = true;
    QString m_id;
};
