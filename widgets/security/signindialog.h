#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// 登录: login and password, checked by a callback that returns why they were refused (empty on
// success). A refusal stays in the dialog so the person can try again. The same dialog is the
// idle-lock screen: the login is fixed and the choice is to unlock or to quit.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns the refusal (translated), or an empty string when signed in.
    using Attempt = std::function<QString(const QString &login, const QString &password)>;

    SignInDialog(Attempt attempt, QWidget *parent = nullptr);

    // The idle lock: only `login` may unlock; Cancel becomes Quit.
    void setLockedLogin(const QString &login, const QString &name);
    void setInformation(const QString &text);

    QString login() const;
    QString password() const;
    void setLogin(const QString &login);
    void setPassword(const QString &password);
    // The refusal on show (empty when none).
    QString message() const;
    QPushButton *signInButton() const { return m_signIn; }
    bool isLockScreen() const { return m_lockScreen; }

    void accept() override;

private:
    void updateButtons();

    Attempt m_attempt;
    QLabel *m_information = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_lockScreen = false;
};
