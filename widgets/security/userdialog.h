#pragma once

#include "store/userrepository.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <utility>

class QLabel;
class QPushButton;
class QTableWidget;

// 用户管理, for the system and security admins: the accounts with role, township, and whether
// locked; add an account (a clerk with its township), lock or unlock one, reset a password
// (the holder chooses a new one at the next sign-in). The desk does the work through callbacks
// that return why a change was refused (empty when done).
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    using Township = std::pair<QString, QString>;   // code, name
    struct Callbacks
    {
        std::function<QList<UserAccount>()> list;
        std::function<QString(const NewAccount &account, const QString &password)> add;
        std::function<QString(const QString &login, bool locked)> setLocked;
        std::function<QString(const QString &login, const QString &password)> resetPassword;
    };

    UserDialog(Callbacks callbacks, const QList<Township> &townships, int minPasswordLength,
               QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString message() const;
    void reload();

private:
    QString currentLogin() const;
    void addAccount();
    void toggleLock();
    void resetPassword();
    void showResult(const QString &refusal, const QString &done);
    void updateButtons();

    Callbacks m_callbacks;
    QList<Township> m_townships;
    int m_minLength;
    QList<UserAccount> m_accounts;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_lock = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_message = nullptr;
};
