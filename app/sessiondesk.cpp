#include "sessiondesk.h"

#include "idlelock.h"

#include "security/changepassworddialog.h"
#include "security/firstadmindialog.h"
#include "security/signindialog.h"
#include "store/accesscontrol.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QMessageBox>
#include <QWidget>

SessionDesk::SessionDesk(Database &db, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dialogParent(dialogParent)
    , m_access(std::make_unique<AccessControl>(db))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_idle(new IdleLock(this))
{
    connect(m_idle, &IdleLock::idle, this, &SessionDesk::lock);
    m_accounts = hasAccounts();
}

SessionDesk::~SessionDesk()
{
    // Their callbacks use the desk.
    delete m_lockScreen;
    delete m_firstAdmin;
}

void SessionDesk::setClock(Clock clock)
{
    m_clock = clock;
    m_idle->setClock(std::move(clock));
}

bool SessionDesk::hasAccounts() const
{
    try {
        return UserRepository(m_db).anyAccounts();
    } catch (const StoreError &) {
        // A store from before accounts (or unreadable): nobody can sign in to it.
        return false;
    }
}

SecurityPolicy SessionDesk::policy() const
{
    try {
        return UserRepository(m_db).policy();
    } catch (const StoreError &) {
        return {};
    }
}

QString SessionDesk::actor() const
{
    return m_session ? m_session->login : m_fallbackActor;
}

QString SessionDesk::sessionText() const
{
    if (!m_session)
        return {};
    const QString who = m_session->name.isEmpty()
        ? m_session->login
        : tr("%1 (%2)").arg(m_session->name, m_session->login);
    QString text = tr("%1 · %2").arg(who, userRoleLabel(m_session->role));
    if (m_session->scoped())
        text += tr(" · region %1").arg(m_session->scopeCode);
    return text;
}

QString SessionDesk::forcedChangeReason(const QString &login) const
{
    return tr("The password of %1 has expired or was reset by an administrator. Choose a new "
              "one to go on.")
        .arg(login);
}

QString SessionDesk::attemptSignIn(const QString &login, const QString &password,
                                   bool *mustChange)
{
    try {
        const UserRepository::SignIn in
            = UserRepository(m_db).signIn(login, password, now(), true);
        if (mustChange)
            *mustChange = in.mustChangePassword;
        if (!in.mustChangePassword)
            startSession(in.session);
        return {};
    } catch (const AccessRefused &e) {
        return e.message();
    } catch (const StoreError &e) {
        return e.message();
    }
}

bool SessionDesk::signIn()
{
    bool mustChange = false;
    QString login;
    QString password;
    SignInDialog dialog(
        [&](const QString &l, const QString &p) {
            const QString refusal = attemptSignIn(l, p, &mustChange);
            login = l;
            password = p;
            return refusal;
        },
        m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!mustChange)
        return true;
    ChangePasswordDialog change(
        login,
        passwordChanger(login),
        policy().minPasswordLength, m_dialogParent);
    change.setForced(forcedChangeReason(login), password);
    if (change.exec() != QDialog::Accepted)
        return false;
    const std::optional<Session> session = UserRepository(m_db).session(login);
    if (!session)
        return false;
    startSession(*session);
    return true;
}

void SessionDesk::startSession(const Session &session)
{
    m_session = session;
    m_idle->setTimeoutMinutes(policy().idleLockMinutes);
    m_idle->setActive(true);
    Q_EMIT sessionChanged();
}

void SessionDesk::offerFirstAdmin()
{
    auto *dialog = new FirstAdminDialog(
        [this](const QString &login, const QString &name, const QString &password) {
            return createFirstAdmin(login, name, password);
        },
        policy().minPasswordLength, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_firstAdmin = dialog;
    connect(dialog, &QDialog::finished, this, [this](int result) {
        Q_EMIT firstAdminAnswered(result == QDialog::Accepted);
    });
    dialog->open();
}

QString SessionDesk::createFirstAdmin(const QString &login, const QString &name,
                                      const QString &password)
{
    try {
        NewAccount account;
        account.login = login;
        account.name = name;
        account.role = UserRole::Admin;
        const Session admin = UserRepository(m_db).addFirstAdmin(account, password, now());
        m_accounts = true;
        startSession(admin);
        return {};
    } catch (const AccessRefused &e) {
        return e.message();
    } catch (const StoreError &e) {
        return e.message();
    } catch (const std::runtime_error &e) {
        return QString::fromUtf8(e.what());
    }
}

void SessionDesk::changePassword()
{
    if (!m_session)
        return;
    const QString login = m_session->login;
    ChangePasswordDialog dialog(
        login,
        passwordChanger(login),
        policy().minPasswordLength, m_dialogParent);
    dialog.exec();
}

UserDialog::Callbacks SessionDesk::userCallbacks()
{
    // Each change runs as the session at the time it is made.
    const auto refused = [this](const std::function<void(const Session &)> &change) {
        if (!m_session)
            return tr("Nobody is signed in.");
        try {
            change(*m_session);
            return QString();
        } catch (const AccessRefused &e) {
            return e.message();
        } catch (const StoreError &e) {
            return e.message();
        }
    };
    UserDialog::Callbacks c;
    c.list = [this] {
        try {
            return UserRepository(m_db).list();
        } catch (const StoreError &) {
            return QList<UserAccount>();
        }
    };
    c.add = [this, refused](const NewAccount &account, const QString &password) {
        return refused([&](const Session &by) {
            UserRepository(m_db).add(account, password, by, now());
        });
    };
    c.setLocked = [this, refused](const QString &login, bool locked) {
        return refused([&](const Session &by) {
            UserRepository(m_db).setLocked(login, locked, by, now());
        });
    };
    c.resetPassword = [this, refused](const QString &login, const QString &password) {
        return refused([&](const Session &by) {
            UserRepository(m_db).resetPassword(login, password, by, now());
        });
    };
    return c;
}

void SessionDesk::signOut()
{
    if (!m_session)
        return;
    audit(QStringLiteral("logout"), m_session->login);
    m_session.reset();
    m_idle->setActive(false);
    if (m_lockScreen) {
        m_lockScreen->deleteLater();
        m_lockScreen.clear();
    }
    if (m_locked) {
        m_locked = false;
        Q_EMIT lockedChanged(false);
    }
    Q_EMIT sessionChanged();
}

void SessionDesk::lock()
{
    if (!m_session || m_locked)
        return;
    m_locked = true;
    m_idle->setActive(false);
    audit(QStringLiteral("lock"), m_session->login);
    Q_EMIT lockedChanged(true);
    const QString login = m_session->login;
    auto *dialog = new SignInDialog(
        [this, login](const QString &, const QString &password) {
            // A sign-in like any other: audited, and wrong passwords count towards the lockout.
            try {
                UserRepository(m_db).signIn(login, password, now(), true);
                return QString();
            } catch (const AccessRefused &e) {
                return e.message();
            } catch (const StoreError &e) {
                return e.message();
            }
        },
        m_dialogParent);
    dialog->setLockedLogin(login, m_session->name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lockScreen = dialog;
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted) {
            Q_EMIT quitRequested();
            return;
        }
        m_locked = false;
        m_idle->setActive(true);
        Q_EMIT lockedChanged(false);
    });
    dialog->open();
}

bool SessionDesk::may(Permission p, const QString &regionCode) const
{
    if (!m_session)
        return !m_accounts;
    if (regionCode.isEmpty() || !permissionIsRegional(p))
        return m_session->may(p);
    try {
        return m_access->allows(*m_session, p, regionCode);
    } catch (const StoreError &) {
        return false;
    }
}

bool SessionDesk::inScope(const QString &regionCode) const
{
    if (!m_session || !m_session->scoped())
        return true;
    try {
        return m_access->inScope(m_session->scopeCode, regionCode);
    } catch (const StoreError &) {
        return false;
    }
}

QString SessionDesk::disputeRegion(const QString &disputeId) const
{
    try {
        return m_access->disputeRegion(disputeId);
    } catch (const StoreError &) {
        return {};
    }
}

bool SessionDesk::unmask(const QString &disputeId, const QString &reason)
{
    m_lastRefusal.clear();
    try {
        if (!m_session && m_accounts) {
            m_lastRefusal = tr("Nobody is signed in.");
            return false;
        }
        if (m_session) {
            m_access->require(*m_session, Permission::ViewPersonalData,
                              m_access->disputeRegion(disputeId), disputeId, now());
        }
        AuditLog(m_db).append({actor(), QStringLiteral("personal.unmask"), disputeId, reason,
                               QStringLiteral("ok")},
                              now());
        return true;
    } catch (const AccessRefused &e) {
        m_lastRefusal = e.message();
    } catch (const StoreError &e) {
        // Not audited, not shown.
        m_lastRefusal = e.message();
    }
    if (m_dialogParent)
        QMessageBox::warning(m_dialogParent, tr("Show full numbers"), m_lastRefusal);
    return false;
}

bool SessionDesk::audit(const QString &action, const QString &object, const QString &detail,
                        const QString &result)
{
    try {
        AuditLog(m_db).append({actor(), action, object, detail, result}, now());
        return true;
    } catch (const StoreError &e) {
        m_lastRefusal = e.message();
        return false;
    }
}

QList<AuditEntry> SessionDesk::auditRows(const AuditFilter &filter) const
{
    if (!may(Permission::ViewAudit))
        return {};
    try {
        return AuditLog(m_db).list(filter);
    } catch (const StoreError &) {
        return {};
    }
}

AuditVerdict SessionDesk::verifyAudit() const
{
    AuditVerdict verdict;
    if (!may(Permission::ViewAudit)) {
        verdict.problem = AuditVerdict::Problem::Changed;
        verdict.message = tr("Only the audit admin verifies the audit log.");
        return verdict;
    }
    try {
        return AuditLog(m_db).verify();
    } catch (const StoreError &e) {
        verdict.problem = AuditVerdict::Problem::Changed;
        verdict.message = e.message();
        return verdict;
    }
}

std::function<QString(const QString &, const QString &)>
SessionDesk::passwordChanger(const QString &login)
{
    return [this, login](const QString &oldPassword, const QString &newPassword) {
        try {
            UserRepository(m_db).changePassword(login, oldPassword, newPassword, now());
            return QString();
        } catch (const AccessRefused &e) {
            return e.message();
        } catch (const StoreError &e) {
            return e.message();
        }
    };
}
