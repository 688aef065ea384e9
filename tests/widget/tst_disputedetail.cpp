#include "widgettesthelpers.h"

#include "disputeactionhandler.h"

#include "disputes/disputeactiondialog.h"
#include "disputes/disputedetaildock.h"
#include "store/disputecommands.h"
#include "store/disputerepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

// A copy of the shared demo store that this test may write.
struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString grid;

    Store()
    {
        const QString path = dir.filePath(QStringLiteral("d.db"));
        {
            // The shared store is in WAL mode: open and close it once so its content is in the file.
            auto shared = Database::open(WidgetTest::demoDatabase());
        }
        QFile::copy(WidgetTest::demoDatabase(), path);
        db = Database::open(path);
        QSqlQuery q = db->prepare(QStringLiteral("SELECT code FROM region WHERE level = 3 ORDER BY code LIMIT 1"));
        Database::exec(q);
        q.next();
        grid = q.value(0).toString();
    }

    QString report()
    {
        DisputeIntake in;
        in.title = QStringLiteral("李某与王某因宅基地界址发生纠纷");
        in.category = QStringLiteral("homestead");
        in.source = QStringLiteral("walk_in");
        in.gridCode = grid;
        in.parties = {DisputePartyInput{QStringLiteral("applicant"), QStringLiteral("李明"), {}, {}}};
        return DisputeCommands(*db).report(in, QStringLiteral("op1"), QDateTime::currentMSecsSinceEpoch() - 3600000).id;
    }

    DisputeDetail detail(const QString &id) { return *DisputeRepository(*db).detail(id); }

    void addUser(const QString &login, const QString &role)
    {
        QSqlQuery q = db->prepare(QStringLiteral(
            "INSERT INTO app_user (login, role, password_hash, password_changed_at, created_at) VALUES (?, ?, 'x', 0, 0)"));
        q.addBindValue(login);
        q.addBindValue(role);
        Database::exec(q);
    }
};

QPushButton *okButton(DisputeActionDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestDisputeDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Report → close through the panel's buttons, with an escalation and an extension; every
    // click goes through the same dialog a person fills in.
    void walkFromReportToClose()
    {
        Store s;
        const QString id = s.report();
        DisputeDetailDock dock;
        DisputeActionHandler handler(*s.db, &dock);
        handler.setActor(QStringLiteral("op1"));
        QString note;
        QString choice;
        int days = 0;
        handler.setDialogHook([&](DisputeActionDialog &d) {
            d.noteEdit()->setPlainText(note);
            if (d.choiceBox() && !choice.isEmpty())
                d.choiceBox()->setCurrentIndex(d.choiceBox()->findData(choice));
            if (d.daysBox() && days > 0)
                d.daysBox()->setValue(days);
            if (!okButton(d)->isEnabled())
                return false;
            okButton(d)->click();
            return d.result() == QDialog::Accepted;
        });
        connect(&handler, &DisputeActionHandler::disputeChanged, &dock,
                [&](const QString &changed) { dock.showDispute(s.detail(changed)); });
        connect(&dock, &DisputeDetailDock::actionRequested, &handler, &DisputeActionHandler::handle);
        dock.showDispute(s.detail(id));
        QCOMPARE(dock.offeredActions(),
                 (QList<DisputeAction>{DisputeAction::Accept, DisputeAction::Withdraw, DisputeAction::Comment}));

        auto click = [&](DisputeAction action, const QString &expectedStatus) {
            QPushButton *b = dock.actionButton(action);
            QVERIFY2(b, qPrintable(DisputeWorkflow::actionKey(action)));
            b->click();
            QCOMPARE(s.detail(id).status, expectedStatus);
        };
        click(DisputeAction::Accept, QStringLiteral("accepted"));
        QVERIFY(dock.text().contains(QStringLiteral("个工作日")) || dock.text().contains(QStringLiteral("working day")));
        click(DisputeAction::Route, QStringLiteral("routed"));
        click(DisputeAction::StartMediation, QStringLiteral("mediating"));
        // PINGAN_SHOT_DIR: keep a picture of the panel mid-way, to look at.
        if (const QByteArray dir = qgetenv("PINGAN_SHOT_DIR"); !dir.isEmpty()) {
            dock.resize(520, 640);
            dock.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/dispute-detail.png"));
        }
        note = QStringLiteral("双方各执一词");
        click(DisputeAction::Fail, QStringLiteral("failed"));
        note = QStringLiteral("跨村界址，报请乡镇");
        click(DisputeAction::Escalate, QStringLiteral("accepted"));
        QCOMPARE(s.detail(id).level, 1);
        note = QStringLiteral("需实地测量");
        days = 10;
        const QDate before = s.detail(id).dueOn;
        click(DisputeAction::Extend, QStringLiteral("accepted"));
        QCOMPARE(s.detail(id).dueOn > before, true);
        note.clear();
        click(DisputeAction::Route, QStringLiteral("routed"));
        click(DisputeAction::StartMediation, QStringLiteral("mediating"));
        note = QStringLiteral("重新确认界址，双方签字");
        click(DisputeAction::Resolve, QStringLiteral("resolved"));
        note.clear();
        choice = QStringLiteral("satisfied");
        click(DisputeAction::FollowUp, QStringLiteral("followed_up"));
        click(DisputeAction::Close, QStringLiteral("closed"));
        QCOMPARE(s.detail(id).events.size(), 12);
        QVERIFY(dock.text().contains(QStringLiteral("办结")));
    }

    // A refused or incomplete action changes nothing; roles decide which buttons appear.
    void refusalsChangeNothing()
    {
        Store s;
        const QString id = s.report();
        DisputeDetailDock dock;
        DisputeActionHandler handler(*s.db, &dock);
        handler.setActor(QStringLiteral("op1"));
        bool okWasEnabled = true;
        handler.setDialogHook([&](DisputeActionDialog &d) {
            okWasEnabled = okButton(d)->isEnabled();
            return false;   // the person gives up
        });
        const DisputeDetail before = s.detail(id);
        // Withdraw needs a reason: OK stays disabled while the note is empty.
        QVERIFY(!handler.handle(id, DisputeAction::Withdraw));
        QVERIFY(!okWasEnabled);
        QCOMPARE(s.detail(id).status, before.status);
        QCOMPARE(s.detail(id).events.size(), before.events.size());

        // With accounts, an operator is not offered an extension and a leader only comments.
        s.addUser(QStringLiteral("op1"), QStringLiteral("operator"));
        s.addUser(QStringLiteral("boss"), QStringLiteral("leader"));
        DisputeActionInput accept;
        accept.actor = QStringLiteral("op1");
        DisputeCommands(*s.db).act(id, DisputeAction::Accept, accept, QDateTime::currentMSecsSinceEpoch());
        dock.setRole(UserRole::Operator);
        dock.showDispute(s.detail(id));
        QVERIFY(dock.actionButton(DisputeAction::Route));
        QVERIFY(!dock.actionButton(DisputeAction::Extend));
        dock.setRole(UserRole::Leader);
        dock.showDispute(s.detail(id));
        QCOMPARE(dock.offeredActions(), QList<DisputeAction>{DisputeAction::Comment});

        // Asked anyway (an old window, a script): the store refuses and says why.
        handler.setDialogHook([](DisputeActionDialog &d) {
            d.noteEdit()->setPlainText(QStringLiteral("延期"));
            okButton(d)->click();
            return true;
        });
        const DisputeDetail accepted = s.detail(id);
        QVERIFY(!handler.handle(id, DisputeAction::Extend));
        QVERIFY2(!handler.lastRefusal().isEmpty(), "no reason given");
        QCOMPARE(s.detail(id).dueOn, accepted.dueOn);
        QCOMPARE(s.detail(id).events.size(), accepted.events.size());
    }

    void readOnlyShowsNoButtons()
    {
        Store s;
        const QString id = s.report();
        DisputeDetailDock dock;
        dock.setEditable(false);
        dock.showDispute(s.detail(id));
        QVERIFY(dock.offeredActions().isEmpty());
    }
};

PINGAN_WIDGET_TEST_MAIN(TestDisputeDetail)

#include "tst_disputedetail.moc"
