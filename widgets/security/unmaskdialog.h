#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Before full ID numbers and phones are shown: why they are needed (at least four characters).
// The reason goes into the audit log with the viewing.
class UnmaskDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMinimumReasonLength = 4;

    explicit UnmaskDialog(const QString &what, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    QPushButton *showButton() const { return m_show; }

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_show = nullptr;
};
