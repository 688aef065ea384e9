#pragma once

// Who sits at the desk: the signed-in Session (none while the store has no accounts, when every
// action is allowed as before accounts existed), sign-in and sign-out, the first administrator,
// the idle lock, the permission questions of the main window, the audited unmasking of personal
// data, and the audit rows for the audit dock. Every sign-in, lock and output is audited.

#include "domain/permissions.h"
#include "security/signindialog.h"
#include "security/userdialog.h"
#include "store/auditlog.h"
#include "store/userrepository.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class AccessControl;
class Database;
class IdleLock;
class QWidget;

class SessionDesk : public QObject
{
    Q_OBJECT
public:
    SessionDesk(Database &db, QWidget *dialogParent, QObject *parent = nullptr);
    ~SessionDesk() override;

    using Clock = std::function<qint64()>;
    // The clock of sign-ins, audit rows and the idle lock (tests advance it).
    void setClock(Clock clock);
    qint64 now() const { return m_clock(); }

    bool hasAccounts() const;
    SecurityPolicy policy() const;
    const std::optional<Session> &session() const { return m_session; }
    // The login actions are recorded under: the session's, else `fallback` (no accounts).
    QString actor() const;
    void setFallbackActor(const QString &login) { m_fallbackActor = login; }
    // "张三 (zhangsan) · 操作员", or empty without a session.
    QString sessionText() const;

    // Asks for login and password (modal) until a sign-in succeeds or the person cancels;
    // an expired or reset password must be changed first. False when cancelled.
    bool signIn();
    // One attempt without a dialog: the refusal (translated), or empty when signed in. With
    // `mustChange` the caller learns that the password must be changed first (no session yet).
    QString attemptSignIn(const QString &login, const QString &password,
                          bool *mustChange = nullptr);
    // The first start of a store without accounts: the administrator's form, window-modal,
    // returning at once; firstAdminAnswered() says whether one was created.
    void offerFirstAdmin();
    QString createFirstAdmin(const QString &login, const QString &name, const QString &password);
    // The signed-in person's own change (修改密码…).
    void changePassword();
    // The account management form's work, as the signed-in account.
    UserDialog::Callbacks userCallbacks();
    // Audits "logout" and forgets the session.
    void signOut();

    // The idle lock (and 锁定): the lock screen shows, window-modal, until the same account's
    // password is entered; Quit asks the window to close.
    void lock();
    bool isLocked() const { return m_locked; }
    SignInDialog *lockScreen() const { return m_lockScreen; }
    IdleLock *idleLock() const { return m_idle; }

    // Whether the session may take `p` (on `regionCode` when given). Always true while the
    // store has no accounts; always false when it has some and nobody is signed in.
    bool may(Permission p, const QString &regionCode = {}) const;
    // Whether a region lies in the session's scope (always true for county-wide accounts).
    bool inScope(const QString &regionCode) const;
    // The grid of a dispute (for may()).
    QString disputeRegion(const QString &disputeId) const;

    // The detail panel's "show full numbers": checks ViewPersonalData in the dispute's scope
    // and audits "personal.unmask" with the reason. False (and a message) when refused.
    bool unmask(const QString &disputeId, const QString &reason);
    QString lastRefusal() const { return m_lastRefusal; }
    // One audit row under the actor; false (nothing written) when the store refuses.
    bool audit(const QString &action, const QString &object, const QString &detail = {},
               const QString &result = QStringLiteral("ok"));
    QList<AuditEntry> auditRows(const AuditFilter &filter) const;
    AuditVerdict verifyAudit() const;

Q_SIGNALS:
    void sessionChanged();
    void lockedChanged(bool locked);
    void quitRequested();
    void firstAdminAnswered(bool created);

private:
    // Changes `login`'s password as its holder (for the change-password dialogs); the refusal's
    // message, or empty.
    std::function<QString(const QString &, const QString &)> passwordChanger(const QString &login);
    void startSession(const Session &session);
    QString forcedChangeReason(const QString &login) const;

    Database &m_db;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<AccessControl> m_access;
    Clock m_clock;
    std::optional<Session> m_session;
    QString m_fallbackActor;
    QString m_lastRefusal;
    IdleLock *m_idle = nullptr;
    QPointer<SignInDialog> m_lockScreen;
    QPointer<QWidget> m_firstAdmin;
    bool m_locked = false;
    bool m_accounts = false;   // the store has accounts (read at start, set by the first admin)
};
