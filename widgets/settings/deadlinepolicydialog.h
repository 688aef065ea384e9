#pragma once

#include "domain/deadlinepolicy.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// Edits the deadline policy (category × complexity × level → working days) as a table of rules.
// Runs no SQL: it is given a policy and hands back the edited one; the caller stores it through
// SettingsRepository. OK is refused, with the reason shown, while the rules are not valid.
class DeadlinePolicyDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, ComplexityColumn, LevelColumn, DaysColumn, ColumnCount };

    explicit DeadlinePolicyDialog(const DeadlinePolicy &policy, QWidget *parent = nullptr);

    // The policy as edited (whether valid or not).
    DeadlinePolicy policy() const;
    void setPolicy(const DeadlinePolicy &policy);
    // Why the edited policy cannot be saved; empty when it can.
    QString validationError() const;

    void accept() override;

private:
    void addRule();
    void removeSelectedRules();
    void restoreDefaults();
    void appendRow(const DeadlinePolicy::Rule &rule);
    void clearError();

    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_removeButton = nullptr;
};
