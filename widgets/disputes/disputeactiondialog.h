#pragma once

#include "domain/disputeworkflow.h"
#include "store/mediationrepository.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

// Asks for what a workflow action needs before it is taken: the fields of its row in
// DisputeWorkflow's table (a reason or agreement, a mediation body and mediator, where a case is
// referred, the party's satisfaction, working days). OK is enabled once they are filled.
class DisputeActionDialog : public QDialog
{
    Q_OBJECT
public:
    // `bodies`: where the dispute can be routed; `mediatorsOf` lists a body's mediators.
    DisputeActionDialog(DisputeAction action, const DisputeTransition &transition,
                        const QString &caseTitle, const QList<MediationBodyRow> &bodies,
                        std::function<QList<MediatorRow>(const QString &bodyId)> mediatorsOf,
                        QWidget *parent = nullptr);

    // What was entered (the actor is the caller's to fill in).
    DisputeActionInput input() const;
    // True when every required field is filled (OK is enabled).
    bool isComplete() const;

    QPlainTextEdit *noteEdit() const { return m_note; }
    QComboBox *bodyBox() const { return m_body; }
    QComboBox *mediatorBox() const { return m_mediator; }
    QComboBox *choiceBox() const { return m_choice; }
    QSpinBox *daysBox() const { return m_days; }

private:
    void fillMediators();
    void updateState();

    DisputeAction m_action;
    unsigned m_required = 0;
    std::function<QList<MediatorRow>(const QString &)> m_mediatorsOf;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_body = nullptr;
    QComboBox *m_mediator = nullptr;
    QComboBox *m_choice = nullptr;   // referral target or satisfaction
    QSpinBox *m_days = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
