#include "mainwindowfixture.h"

#include "coveragedesk.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "sessiondesk.h"

#include "disputes/disputedetaildock.h"
#include "disputes/disputequeuedock.h"
#include "qt/auditlogmodel.h"
#include "qt/disputequeuemodel.h"
#include "qt/regiontreemodel.h"
#include "regions/regiontreedock.h"
#include "security/auditdock.h"
#include "security/firstadmindialog.h"
#include "security/signindialog.h"
#include "security/unmaskdialog.h"
#include "security/userdialog.h"
#include "report/reportdialog.h"
#include "store/auditlog.h"
#include "store/userrepository.h"

#include <QAction>
#include <QComboBox>
#include <QTableWidget>
#include <QDateTime>
#include <QFile>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace {

const QString kPassword = QStringLiteral("Pingan#2026");

using WidgetTest::whenShown;

void signInWith(const QString &login, const QString &password = kPassword)
{
    whenShown<SignInDialog>([login, password](SignInDialog *d) {
        d->setLogin(login);
        d->setPassword(password);
        d->signInButton()->click();
    });
}

// A copy of the demo store that this test may write.
QString copyOfDemo(QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    {
        // The shared store is in WAL mode: open and close it once so its content is in the file.
        auto shared = Database::open(WidgetTest::demoDatabase());
    }
    QFile::copy(WidgetTest::demoDatabase(), path);
    return path;
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;     // the demo county with accounts
    QString m_township; // the clerk's
    WidgetTest::LeakGuard m_leaks;

    std::unique_ptr<MainWindow> openAs(const QString &login)
    {
        MainWindow::Options options;
        options.dbPath = m_path;
        options.openOnFirstPaint = false;
        options.askForAccounts = false;
        auto w = std::make_unique<MainWindow>(options);
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return {};
        signInWith(login);
        if (!w->openDatabase(m_path))
            return {};
        return w;
    }

    static QList<AuditEntry> auditRows(const QString &path, const QString &action)
    {
        auto db = Database::open(path, Database::Mode::ReadOnly, false,
                                 Database::Check::Deferred);
        AuditFilter filter;
        filter.action = action;
        return AuditLog(*db).list(filter);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = copyOfDemo(m_dir, QStringLiteral("accounts.db"));
        auto db = Database::open(m_path);
        QSqlQuery q = db->prepare(
            QStringLiteral("SELECT code FROM region WHERE level = 1 ORDER BY code LIMIT 1"));
        Database::exec(q);
        QVERIFY(q.next());
        m_township = q.value(0).toString();

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        UserRepository users(*db);
        const Session admin = users.addFirstAdmin(
            {QStringLiteral("admin"), QStringLiteral("系统管理员"), UserRole::Admin, {}}, kPassword,
            now);
        // An account an admin adds chooses its own password at the first sign-in.
        const QString initial = QStringLiteral("Initial#2026");
        const auto add = [&](const NewAccount &account) {
            users.add(account, initial, admin, now);
            users.changePassword(account.login, initial, kPassword, now);
        };
        add({QStringLiteral("security"), QStringLiteral("安全管理员"), UserRole::SecurityAdmin, {}});
        const Session security = users.signIn(QStringLiteral("security"), kPassword, now).session;
        // Cheap hashes keep the test fast; a short idle lock.
        SecurityPolicy policy = users.policy();
        policy.hashCost = Password::minimumCost();
        policy.idleLockMinutes = 5;
        users.setPolicy(policy, security, now);
        add({QStringLiteral("op"), QStringLiteral("值班员"), UserRole::Operator, {}});
        add({QStringLiteral("clerk"), QStringLiteral("专干"), UserRole::Clerk, m_township});
        add({QStringLiteral("leader"), QStringLiteral("县领导"), UserRole::Leader, {}});
        add({QStringLiteral("auditor"), QStringLiteral("审计员"), UserRole::AuditAdmin, {}});
    }

    void init() { m_leaks.begin(); }

    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(QStringLiteral("leaked windows: ") + leaked));
    }

    void signInRefusesAWrongPasswordAndAcceptsTheRightOne()
    {
        MainWindow::Options options;
        options.dbPath = m_path;
        options.openOnFirstPaint = false;
        MainWindow w(options);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString refusal;
        bool stayedOpen = false;
        whenShown<SignInDialog>([&](SignInDialog *d) {
            d->setLogin(QStringLiteral("op"));
            d->setPassword(QStringLiteral("wrong-Password1"));
            d->signInButton()->click();
            refusal = d->message();
            stayedOpen = d->isVisible();
            d->setPassword(kPassword);
            d->signInButton()->click();
        });
        QVERIFY(w.openDatabase(m_path));
        QVERIFY(!refusal.isEmpty());
        QVERIFY(stayedOpen);
        QVERIFY(w.sessionDesk()->session());
        QCOMPARE(w.sessionDesk()->session()->login, QStringLiteral("op"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("op")));
        QVERIFY(w.sessionStatusText().contains(QStringLiteral("op")));
        QCOMPARE(w.disputeDetailDock()->isVisible(), true);
        QVERIFY(!auditRows(m_path, QStringLiteral("login.failed")).isEmpty());

        // Cancelling the sign-in leaves the store closed.
        w.closeDatabase();
        whenShown<SignInDialog>([](SignInDialog *d) { d->reject(); });
        QVERIFY(!w.openDatabase(m_path));
        QVERIFY(w.databasePath().isEmpty());
    }

    void operatorSeesTheQueueAndTheReportButNoAuditLog()
    {
        auto w = openAs(QStringLiteral("op"));
        QVERIFY(w);
        QVERIFY(w->disputeQueueDock()->isVisible());
        QVERIFY(w->disputeQueueDock()->model()->totalCount() > 0);
        QVERIFY(w->monthlyReportAction()->isEnabled());
        QVERIFY(w->newDisputeAction()->isEnabled());
        QVERIFY(!w->casePanelsWithheld());
        QVERIFY(!w->auditLogAction()->isEnabled());
        QVERIFY(!w->manageUsersAction()->isEnabled());
        QVERIFY(!w->auditDock() || !w->auditDock()->isVisible());
        QVERIFY(w->lockAction()->isEnabled());
        // Operators do not import or change settings.
        QVERIFY(!w->importSurveyAction()->isEnabled());
        QVERIFY(!w->deadlinePolicyAction()->isEnabled());
        bool formShown = false;
        w->coverageDesk()->setSettingsHook([&formShown](CoverageSettingsDialog &) {
            formShown = true;
            return false;
        });
        w->coverageDesk()->editSettings();
        QVERIFY(!formShown);
    }

    void leaderCannotRegisterOrAct()
    {
        auto w = openAs(QStringLiteral("leader"));
        QVERIFY(w);
        QVERIFY(!w->newDisputeAction()->isEnabled());
        QVERIFY(w->monthlyReportAction()->isEnabled());
        const QString id = anyDisputeWithIdCard();
        QVERIFY(!id.isEmpty());
        Q_EMIT w->disputeQueueDock()->disputeSelected(id);
        QCOMPARE(w->disputeDetailDock()->disputeId(), id);
        QVERIFY(w->disputeDetailDock()->offeredActions().isEmpty());
        QVERIFY(!w->disputeDetailDock()->unmaskButton()->isVisible());
    }

    void clerkStaysInTheTownship()
    {
        auto w = openAs(QStringLiteral("clerk"));
        QVERIFY(w);
        QTRY_COMPARE(w->regionTreeDock()->currentCode(), m_township);
        const QString county = w->regionTreeDock()->model()->index(0, 0).data(
            int(RegionTreeModel::Role::Code)).toString();
        w->regionTreeDock()->selectRegion(county);
        QTRY_COMPARE(w->regionTreeDock()->currentCode(), m_township);
    }

    void auditAdminSeesTheAuditLogAndVerifiesIt()
    {
        auto w = openAs(QStringLiteral("auditor"));
        QVERIFY(w);
        QVERIFY(w->casePanelsWithheld());
        QVERIFY(!w->disputeQueueDock()->isVisible());
        QVERIFY(!w->disputeQueueDock()->toggleViewAction()->isEnabled());
        AuditDock *dock = w->auditDock();
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        bool auditorLogin = false;
        for (int row = 0; row < dock->model()->rowCount(); ++row) {
            const AuditEntry &e = dock->model()->entry(row);
            auditorLogin = auditorLogin
                || (e.action == QLatin1String("login") && e.login == QLatin1String("auditor"));
        }
        QVERIFY(auditorLogin);
        dock->verifyButton()->click();
        QVERIFY(dock->verdictSound());
        QVERIFY(!dock->verdictText().isEmpty());
    }

    void idleLockNeedsThePasswordAgain()
    {
        auto w = openAs(QStringLiteral("op"));
        QVERIFY(w);
        SessionDesk *desk = w->sessionDesk();
        qint64 clock = QDateTime::currentMSecsSinceEpoch();
        desk->setClock([&clock] { return clock; });
        desk->idleLock()->setCheckInterval(10);
        QTest::qWait(50);
        QVERIFY(!desk->isLocked());
        clock += 4 * 60000;   // less than the policy's five minutes
        QTest::qWait(50);
        QVERIFY(!desk->isLocked());
        clock += 2 * 60000;
        QTRY_VERIFY(desk->isLocked());
        SignInDialog *screen = desk->lockScreen();
        QVERIFY(screen);
        QTRY_VERIFY(screen->isVisible());
        QVERIFY(screen->isLockScreen());
        QCOMPARE(screen->login(), QStringLiteral("op"));
        QVERIFY(w->findChild<QWidget *>(QStringLiteral("lockCover")));
        screen->setPassword(QStringLiteral("Not-the-password1"));
        screen->signInButton()->click();
        QVERIFY(desk->isLocked());
        QVERIFY(!screen->message().isEmpty());
        screen->setPassword(kPassword);
        screen->signInButton()->click();
        QTRY_VERIFY(!desk->isLocked());
        QVERIFY(!w->findChild<QWidget *>(QStringLiteral("lockCover")));
        QVERIFY(!auditRows(m_path, QStringLiteral("lock")).isEmpty());
    }

    void unmaskingAsksForAReasonAndIsAudited()
    {
        auto w = openAs(QStringLiteral("op"));
        QVERIFY(w);
        const QString id = anyDisputeWithIdCard();
        QVERIFY(!id.isEmpty());
        const QString idCard = idCardOf(id);
        Q_EMIT w->disputeQueueDock()->disputeSelected(id);
        DisputeDetailDock *detail = w->disputeDetailDock();
        QCOMPARE(detail->disputeId(), id);
        QVERIFY(!detail->text().contains(idCard));
        QVERIFY(detail->unmaskButton()->isVisible());

        bool asked = false;
        bool shortReasonRefused = false;
        detail->setReasonHook([&](UnmaskDialog &d) {
            asked = true;
            d.setReason(QStringLiteral("ab"));
            shortReasonRefused = !d.showButton()->isEnabled();
            d.setReason(QStringLiteral("回访申请人核实身份"));
            return true;
        });
        detail->unmaskButton()->click();
        QVERIFY(asked);
        QVERIFY(shortReasonRefused);
        QVERIFY(detail->isUnmasked());
        QVERIFY(detail->text().contains(idCard));
        QVERIFY(!detail->unmaskButton()->isVisible());

        const QList<AuditEntry> rows = auditRows(m_path, QStringLiteral("personal.unmask"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.last().object, id);
        QCOMPARE(rows.last().login, QStringLiteral("op"));
        QCOMPARE(rows.last().detail, QStringLiteral("回访申请人核实身份"));

        // Another dispute, and back: masked again.
        const QString other = anyDisputeWithIdCard(id);
        Q_EMIT w->disputeQueueDock()->disputeSelected(other);
        Q_EMIT w->disputeQueueDock()->disputeSelected(id);
        QVERIFY(!detail->isUnmasked());
        QVERIFY(!detail->text().contains(idCard));
    }

    void firstAdminIsCreatedWithAnArgon2idHash()
    {
        QTemporaryDir dir;
        const QString path = copyOfDemo(dir, QStringLiteral("fresh.db"));
        MainWindow::Options options;
        options.dbPath = path;
        options.openOnFirstPaint = false;
        MainWindow w(options);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openDatabase(path));
        QVERIFY(!w.sessionDesk()->session());
        QVERIFY(!w.sessionStatusText().isEmpty());   // the store has no accounts
        FirstAdminDialog *form = nullptr;
        QTRY_VERIFY((form = w.findChild<FirstAdminDialog *>()) && form->isVisible());
        form->setLogin(QStringLiteral("root"));
        form->setName(QStringLiteral("系统管理员"));
        form->setPasswords(QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(!form->createButton()->isEnabled());
        QVERIFY(!form->problem().isEmpty());
        form->setPasswords(kPassword, kPassword + QStringLiteral("x"));
        QVERIFY(!form->createButton()->isEnabled());
        form->setPasswords(kPassword, kPassword);
        QVERIFY(form->createButton()->isEnabled());
        form->createButton()->click();
        QTRY_VERIFY(!w.findChild<FirstAdminDialog *>());
        QVERIFY(w.sessionDesk()->session());
        QCOMPARE(w.sessionDesk()->session()->role, UserRole::Admin);
        QVERIFY(w.casePanelsWithheld());
        QVERIFY(w.manageUsersAction()->isEnabled());

        auto db = Database::open(path, Database::Mode::ReadOnly, false,
                                 Database::Check::Deferred);
        QSqlQuery q = db->prepare(
            QStringLiteral("SELECT password_hash FROM app_user WHERE login = 'root'"));
        Database::exec(q);
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
    }

    void notNowLeavesTheStoreWithoutAccounts()
    {
        QTemporaryDir dir;
        const QString path = copyOfDemo(dir, QStringLiteral("later.db"));
        MainWindow::Options options;
        options.dbPath = path;
        options.openOnFirstPaint = false;
        MainWindow w(options);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openDatabase(path));
        FirstAdminDialog *form = nullptr;
        QTRY_VERIFY((form = w.findChild<FirstAdminDialog *>()) && form->isVisible());
        form->notNowButton()->click();
        QTRY_VERIFY(!w.findChild<FirstAdminDialog *>());
        QVERIFY(!w.sessionDesk()->session());
        QVERIFY(w.newDisputeAction()->isEnabled());
        QVERIFY(!w.casePanelsWithheld());
        QVERIFY(!w.sessionStatusText().isEmpty());
    }

    void clerkDoesNotSeeADisputeOfAnotherTownship()
    {
        auto w = openAs(QStringLiteral("clerk"));
        QVERIFY(w);
        auto db = Database::open(m_path, Database::Mode::ReadOnly, false,
                                 Database::Check::Deferred);
        QSqlQuery q = db->prepare(QStringLiteral(
            "SELECT d.id FROM dispute d WHERE substr(d.grid_code, 1, 9) <> substr(?, 1, 9) "
            "AND d.deleted = 0 LIMIT 1"));
        q.addBindValue(m_township);
        Database::exec(q);
        QVERIFY(q.next());
        const QString elsewhere = q.value(0).toString();
        q.finish();
        Q_EMIT w->disputeQueueDock()->disputeSelected(elsewhere);
        QVERIFY(w->disputeDetailDock()->disputeId().isEmpty());
    }

    void clerkReportsOnItsTownshipOnly()
    {
        auto w = openAs(QStringLiteral("clerk"));
        QVERIFY(w);
        w->monthlyReportAction()->trigger();
        ReportDialog *dialog = w->reportDialog();
        QVERIFY(dialog);
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scope"));
        QVERIFY(scope);
        QCOMPARE(scope->count(), 1);
        QCOMPARE(scope->itemData(0).toString(), m_township);
        // A clerk prints, but does not export data.
        const QString tip
            = dialog->findChild<QPushButton *>(QStringLiteral("exportXlsxButton"))->toolTip();
        QCOMPARE(tip, ReportDialog::tr("This account may not export data"));
        dialog->close();
    }

    void adminLocksAnAccountInTheUserDialog()
    {
        auto w = openAs(QStringLiteral("admin"));
        QVERIFY(w);
        QVERIFY(w->casePanelsWithheld());
        QVERIFY(w->manageUsersAction()->isEnabled());
        QVERIFY(!w->auditLogAction()->isEnabled());
        bool locked = false;
        whenShown<UserDialog>([&locked](UserDialog *d) {
            for (int row = 0; row < d->table()->rowCount(); ++row) {
                if (d->table()->item(row, 0)->text() == QLatin1String("leader"))
                    d->table()->selectRow(row);
            }
            d->findChild<QPushButton *>(QStringLiteral("lockButton"))->click();
            locked = d->message().contains(QStringLiteral("leader"));
            d->reject();
        });
        w->manageUsersAction()->trigger();
        QVERIFY(locked);
        w.reset();
        {
            auto db = Database::open(m_path);
            UserRepository users(*db);
            QVERIFY(users.account(QStringLiteral("leader"))->disabled);
            const QList<AuditEntry> rows = auditRows(m_path, QStringLiteral("user.lock"));
            QVERIFY(!rows.isEmpty());
            QCOMPARE(rows.last().login, QStringLiteral("admin"));
            QCOMPARE(rows.last().object, QStringLiteral("leader"));
            // Unlocked again for the other tests.
            users.setLocked(QStringLiteral("leader"), false, *users.session(QStringLiteral("admin")),
                            QDateTime::currentMSecsSinceEpoch());
        }
    }

private:
    QString anyDisputeWithIdCard(const QString &besides = {}) const
    {
        auto db = Database::open(m_path, Database::Mode::ReadOnly, false,
                                 Database::Check::Deferred);
        QSqlQuery q = db->prepare(QStringLiteral(
            "SELECT dispute_id FROM dispute_party WHERE length(id_card) = 18 "
            "AND dispute_id <> ? ORDER BY rid LIMIT 1"));
        q.addBindValue(besides.isEmpty() ? QStringLiteral("-") : besides);
        Database::exec(q);
        return q.next() ? q.value(0).toString() : QString();
    }

    QString idCardOf(const QString &disputeId) const
    {
        auto db = Database::open(m_path, Database::Mode::ReadOnly, false,
                                 Database::Check::Deferred);
        QSqlQuery q = db->prepare(QStringLiteral(
            "SELECT id_card FROM dispute_party WHERE dispute_id = ? AND length(id_card) = 18 "
            "ORDER BY rid LIMIT 1"));
        q.addBindValue(disputeId);
        Database::exec(q);
        return q.next() ? q.value(0).toString() : QString();
    }

};

PINGAN_WIDGET_TEST_MAIN(TestSecurity)
#include "tst_security.moc"
