#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

// The first start of a store without accounts: create the system administrator (login, name,
// the password twice, checked against the password policy as it is typed). There are no
// default credentials. "Not now" leaves the store without accounts.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    // Creates the account; returns why it was refused (translated), or empty on success.
    using Create = std::function<QString(const QString &login, const QString &name,
                                         const QString &password)>;

    FirstAdminDialog(Create create, int minPasswordLength = 8, QWidget *parent = nullptr);

    void setLogin(const QString &login);
    void setName(const QString &name);
    void setPasswords(const QString &password, const QString &repeat);
    QString login() const;
    // What is wrong with the form now (empty when it can be sent).
    QString problem() const;
    QPushButton *createButton() const { return m_create; }
    QPushButton *notNowButton() const { return m_notNow; }

    void accept() override;

private:
    void updateFeedback();

    Create m_createAccount;
    int m_minLength;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_feedback = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_notNow = nullptr;
};
