#pragma once

#include "common/paneldock.h"

#include "domain/disputeworkflow.h"
#include "domain/workcalendar.h"

#include <QDate>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QGridLayout;
class QPushButton;
class QTextBrowser;
class UnmaskDialog;
struct DisputeDetail;

// Dispute detail panel: facts, parties (ID-card numbers and phones masked), the deadline in
// working days, the timeline of the case's events, and a button for each workflow action the
// current role may take now (from DisputeWorkflow's table). A button asks for the action by
// actionRequested(); whoever handles it collects the fields and writes. Where the desk allows,
// "Show full numbers" asks for a reason and, once the desk's callback agrees (and audits it),
// shows the parties' full numbers until another dispute is shown.
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

    // Whether the person may see full numbers of the dispute on show (the desk answers per
    // dispute, by the grid's scope); the button is offered only then.
    void setUnmaskOffered(bool offered);
    // Asked with the reason given; returns whether the full numbers may be shown (the desk
    // checks the permission and writes the audit row).
    using Unmask = std::function<bool(const QString &disputeId, const QString &reason)>;
    void setUnmask(Unmask unmask) { m_unmask = std::move(unmask); }
    // Tests answer the reason dialog instead of a person (return false to cancel).
    using ReasonHook = std::function<bool(UnmaskDialog &)>;
    void setReasonHook(ReasonHook hook) { m_reasonHook = std::move(hook); }
    QPushButton *unmaskButton() const { return m_unmaskButton; }
    bool isUnmasked() const { return m_unmasked; }
    // Asks for the reason and the desk's consent, then shows the full numbers.
    void requestUnmask();

    // Shows a dispute; the same dispute again keeps full numbers if they were shown.
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
    // With `unmasked` the ID numbers and phones are shown in full.
    static QString toHtml(const DisputeDetail &detail, const QString &deadline = {},
                          DeadlineLook look = DeadlineLook::Plain, bool unmasked = false);

Q_SIGNALS:
    void actionRequested(const QString &disputeId, DisputeAction action);

private:
    void rebuildButtons(const QString &status);
    void render();
    void updateUnmaskButton();

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
    std::shared_ptr<const DisputeDetail> m_detail;
    QPushButton *m_unmaskButton = nullptr;
    Unmask m_unmask;
    ReasonHook m_reasonHook;
    bool m_unmaskOffered = false;
    bool m_unmasked = false;
};
