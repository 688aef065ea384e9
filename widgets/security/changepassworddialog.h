#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

// 修改密码: the account holder's own change — the old password (unless the desk already has it
// from a sign-in that must change it), the new one twice with live policy feedback.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // Changes the password; returns why it was refused (translated), or empty on success.
    using Change = std::function<QString(const QString &oldPassword, const QString &newPassword)>;

    ChangePasswordDialog(const QString &login, Change change, int minPasswordLength = 8,
                         QWidget *parent = nullptr);

    // After a sign-in whose password expired or was reset: says why, and the old password is
    // the one just entered.
    void setForced(const QString &reason, const QString &oldPassword);
    void setPasswords(const QString &oldPassword, const QString &newPassword,
                      const QString &repeat);
    QString problem() const;
    QString message() const;
    QPushButton *changeButton() const { return m_change; }

    void accept() override;

private:
    void updateFeedback();

    QString m_login;
    Change m_changePassword;
    int m_minLength;
    QLabel *m_intro = nullptr;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_change = nullptr;
};
