// The window on a county center's PostgreSQL store (DESIGN §4): it opens the server address,
// leaves out what only a file store has (its backups), is the townships' sync hub, and follows
// the changes other workstations make within a second (LISTEN/NOTIFY). Needs the test server
// that ctest starts (fixture pg_server, tests/pg/pgserver.sh).

#include "mainwindowfixture.h"
#include "pgtestserver.h"

#include "common/paneldock.h"
#include "disputes/disputedetaildock.h"
#include "disputes/disputequeuedock.h"
#include "map/mapdock.h"
#include "qt/disputequeuemodel.h"
#include "qt/regiontreemodel.h"
#include "regions/regiontreedock.h"
#include "sync/conflictdock.h"
#include "store/disputecommands.h"
#include "store/disputerepository.h"
#include "store/storecopier.h"
#include "store/storeerror.h"

#include <QAction>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>

class TestPgWindow : public QObject
{
    Q_OBJECT

private:
    QString m_address;
    WidgetTest::LeakGuard m_leaks;

    std::unique_ptr<MainWindow> openWindow()
    {
        MainWindow::Options options;
        options.dbPath = m_address;
        options.openOnFirstPaint = false;
        options.askForAccounts = false;
        auto w = std::make_unique<MainWindow>(options);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()) || !w->openDatabase(m_address))
            return {};
        return w;
    }

    static qint64 countyTotal(MainWindow &w)
    {
        RegionTreeModel *model = w.regionTreeDock()->model();
        return model->index(0, 0).data(int(RegionTreeModel::Role::TotalDisputes)).toLongLong();
    }

    // What another workstation registers: a new dispute in the first grid.
    static QString registerElsewhere(Database &db)
    {
        QSqlQuery q = db.prepare(
            QStringLiteral("SELECT code FROM region WHERE level = 3 ORDER BY code LIMIT 1"));
        Database::exec(q);
        q.next();
        DisputeIntake in;
        in.title = QStringLiteral("李某与邻居因排水沟堵塞发生纠纷");
        in.summary = QStringLiteral("雨后积水漫入院内，双方争执。");
        in.category = QStringLiteral("neighbour");
        in.source = QStringLiteral("walk_in");
        in.gridCode = q.value(0).toString();
        in.parties = {DisputePartyInput {QStringLiteral("applicant"), QStringLiteral("李桂兰"), {}, {}}};
        return DisputeCommands(db)
            .report(in, QStringLiteral("desk2"), QDateTime::currentMSecsSinceEpoch())
            .id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_address = pgtest::newServerDatabase(&error);
        if (m_address.isEmpty())
            QFAIL(qPrintable(error));
        auto file = Database::open(WidgetTest::demoDatabase(), Database::Mode::ReadOnly);
        auto server = Database::open(m_address);
        StoreCopier(*file, *server).copy();
    }

    void init() { m_leaks.begin(); }
    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(leaked));
    }

    void opensServerStoreWithoutFileOnlyWork()
    {
        auto w = openWindow();
        QVERIFY(w);
        const auto other = Database::open(m_address, Database::Mode::ReadOnly);
        const qint64 total = DisputeRepository(*other).counts(DisputeFilter {}).total;
        QVERIFY(total > 0);
        QCOMPARE(countyTotal(*w), total);
        QVERIFY(w->disputeQueueDock()->model()->rowCount() > 0);
        QVERIFY(w->newDisputeAction()->isEnabled());
        // Every panel reads the server store: none stays on a message once the map is read
        // (the detail panel's hint to pick a case, and the empty conflicts panel, aside).
        QTRY_VERIFY_WITH_TIMEOUT(w->mapDock()->isShowingContent(), 30000);
        for (QDockWidget *dock : w->docks()) {
            auto *panel = static_cast<PanelDock *>(dock);
            if (dock == w->conflictDock() || dock == w->disputeDetailDock())
                continue;
            QTRY_VERIFY2_WITH_TIMEOUT(panel->isShowingContent(),
                                      qPrintable(dock->objectName() + QLatin1String(": ")
                                                 + panel->message()),
                                      10000);
        }
        // A server store is backed up on the server; it exchanges packages with the townships
        // as a file store does.
        QVERIFY(!w->backupAction()->isEnabled());
        QVERIFY(w->syncExportAction()->isEnabled());
        QVERIFY(w->syncImportAction()->isEnabled());
    }

    void followsAnotherWorkstationWithinASecond()
    {
        auto w = openWindow();
        QVERIFY(w);
        const qint64 before = countyTotal(*w);
        const auto desk2 = Database::open(m_address);

        QElapsedTimer clock;
        clock.start();
        const QString id = registerElsewhere(*desk2);
        // The county's count, the status bar and the queue follow without anybody pressing F5.
        QTRY_COMPARE_WITH_TIMEOUT(countyTotal(*w), before + 1, 1000);
        const qint64 latency = clock.elapsed();
        qInfo("the window showed the other workstation's dispute after %lld ms", latency);
        QVERIFY(w->disputeQueueDock()->model()->locate(id));

        // The dispute on show is read again when it is changed elsewhere.
        QVERIFY(w->disputeQueueDock()->selectDispute(id));
        QTRY_COMPARE(w->disputeDetailDock()->disputeId(), id);
        QVERIFY(w->disputeDetailDock()->offeredActions().contains(DisputeAction::Accept));
        DisputeActionInput accept;
        accept.actor = QStringLiteral("desk2");
        DisputeCommands(*desk2).act(id, DisputeAction::Accept, accept,
                                    QDateTime::currentMSecsSinceEpoch());
        QTRY_VERIFY_WITH_TIMEOUT(
            !w->disputeDetailDock()->offeredActions().contains(DisputeAction::Accept), 1000);
        QCOMPARE(w->disputeDetailDock()->disputeId(), id);
    }
};

PINGAN_WIDGET_TEST_MAIN(TestPgWindow)

#include "tst_pgwindow.moc"
