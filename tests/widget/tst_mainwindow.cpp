#include "mainwindowfixture.h"

#include "apptranslations.h"
#include "mainwindow.h"

#include "charts/disputetrenddock.h"
#include "disputes/disputedetaildock.h"
#include "disputes/disputequeuedock.h"
#include "domain/region.h"
#include "map/mapdock.h"
#include "map/mapview.h"
#include "qt/disputequeuemodel.h"
#include "qt/regiontreemodel.h"
#include "regions/regiontreedock.h"
#include "store/regionrepository.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTreeView>

#include <memory>

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // A main window on the demo store, shown, with the database open.
    std::unique_ptr<MainWindow> openWindow()
    {
        return WidgetTest::openMainWindow();
    }

    static QModelIndex townshipIndex(RegionTreeModel *model, int row)
    {
        const QModelIndex county = model->index(0, 0);
        while (model->canFetchMore(county))
            model->fetchMore(county);
        return model->index(row, 0, county);
    }

    WidgetTest::LeakGuard m_leaks;

private Q_SLOTS:
    void initTestCase() { QVERIFY(!WidgetTest::demoDatabase().isEmpty()); }

    void init()
    {
        QSettings(QStringLiteral("pingan"), QStringLiteral("pingan")).clear();
        m_leaks.begin();
    }

    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(QStringLiteral("leaked windows: ") + leaked));
    }

    void opensWithEveryDockAndItsToggle()
    {
        auto w = openWindow();
        QVERIFY(w);
        const QStringList names
            = {QStringLiteral("regionTreeDock"), QStringLiteral("mapDock"),
               QStringLiteral("disputeQueueDock"), QStringLiteral("disputeDetailDock"),
               QStringLiteral("disputeTrendDock")};
        const QList<QAction *> viewActions = w->viewMenu()->actions();
        for (const QString &name : names) {
            auto *dock = w->findChild<QDockWidget *>(name);
            QVERIFY2(dock, qPrintable(name));
            QVERIFY2(dock->isVisible(), qPrintable(name));
            QVERIFY2(viewActions.contains(dock->toggleViewAction()), qPrintable(name));
        }
        // Patrol and survey panels wait as tabs behind the dispute panels: there, with their
        // toggles.
        const QStringList tabbed
            = {QStringLiteral("platformDock"), QStringLiteral("coverageDock"),
               QStringLiteral("responseDock"), QStringLiteral("surveyDock")};
        for (const QString &name : tabbed) {
            auto *dock = w->findChild<QDockWidget *>(name);
            QVERIFY2(dock, qPrintable(name));
            QVERIFY2(dock->toggleViewAction()->isChecked(), qPrintable(name));
            QVERIFY2(viewActions.contains(dock->toggleViewAction()), qPrintable(name));
            QVERIFY2(!w->tabifiedDockWidgets(dock).isEmpty(), qPrintable(name));
        }
        QCOMPARE(w->docks().size(), names.size() + tabbed.size());
        // Ctrl+<its place in the list> brings a tabbed panel to the front.
        for (const QString &name : tabbed) {
            auto *dock = w->findChild<QDockWidget *>(name);
            const int place = int(w->docks().indexOf(dock)) + 1;
            QVERIFY(place >= 1 && place <= 9);
            QTest::keyClick(w.get(), Qt::Key(Qt::Key_0 + place), Qt::ControlModifier);
            QTRY_VERIFY2(dock->isVisible(), qPrintable(name));
        }
        QVERIFY(viewActions.contains(w->resetLayoutAction()));
        QVERIFY(w->windowTitle().contains(QStringLiteral("示范县")));
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("平安指挥台")));

        // Toggling from the View menu hides and shows the dock.
        QAction *toggle = w->disputeTrendDock()->toggleViewAction();
        toggle->trigger();
        QVERIFY(w->disputeTrendDock()->isHidden());
        toggle->trigger();
        QVERIFY(w->disputeTrendDock()->isVisible());
    }

    void regionTreeShowsTheCountyAndItsTownships()
    {
        auto w = openWindow();
        QVERIFY(w);
        RegionTreeModel *model = w->regionTreeDock()->model();
        QVERIFY(model);
        QAbstractItemModelTester tester(model, Fatal);
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex county = model->index(0, 0);
        QCOMPARE(county.data().toString(), QStringLiteral("示范县"));
        QVERIFY(w->regionTreeDock()->view()->isExpanded(county));

        auto db = Database::open(WidgetTest::demoDatabase(), Database::Mode::ReadOnly);
        const qint64 townships = RegionRepository(*db).count(RegionLevel::Township);
        QVERIFY(townships > 1);
        while (model->canFetchMore(county))
            model->fetchMore(county);
        QCOMPARE(model->rowCount(county), int(townships));
        for (int row = 0; row < model->rowCount(county); ++row) {
            const QModelIndex t = model->index(row, 0, county);
            QCOMPARE(t.data(int(RegionTreeModel::Role::Level)).toInt(), int(RegionLevel::Township));
            QVERIFY(!t.data().toString().isEmpty());
        }
        // The county's open count is the sum of its townships'.
        qint64 open = 0;
        for (int row = 0; row < model->rowCount(county); ++row)
            open += model->index(row, 0, county)
                        .data(int(RegionTreeModel::Role::OpenDisputes))
                        .toLongLong();
        QCOMPARE(county.data(int(RegionTreeModel::Role::OpenDisputes)).toLongLong(), open);
    }

    void selectingATownshipFiltersTheQueue()
    {
        auto w = openWindow();
        QVERIFY(w);
        RegionTreeModel *tree = w->regionTreeDock()->model();
        DisputeQueueModel *queue = w->disputeQueueDock()->model();
        QAbstractItemModelTester treeTester(tree, Fatal);
        QAbstractItemModelTester queueTester(queue, Fatal);
        const QString countyCount = w->disputeQueueDock()->countText();
        QVERIFY(countyCount.startsWith(QStringLiteral("共 ")));
        const qint64 countyTotal = queue->totalCount();

        const QModelIndex township = townshipIndex(tree, 1);
        QVERIFY(township.isValid());
        const QString prefix
            = township.data(int(RegionTreeModel::Role::DescendantPrefix)).toString();
        QCOMPARE(prefix.size(), 9);
        w->regionTreeDock()->view()->setCurrentIndex(township);

        QCOMPARE(queue->filter().codePrefix, prefix);
        QVERIFY(queue->rowCount() > 0);
        QVERIFY(queue->totalCount() < countyTotal);
        QCOMPARE(queue->totalCount(),
                 township.data(int(RegionTreeModel::Role::TotalDisputes)).toLongLong());
        for (int row = 0; row < queue->rowCount(); ++row) {
            const QString grid
                = queue->index(row, 0).data(int(DisputeQueueModel::Role::GridCode)).toString();
            QVERIFY2(grid.startsWith(prefix), qPrintable(grid));
        }
        QVERIFY(w->disputeQueueDock()->countText() != countyCount);
        QCOMPARE(w->mapDock()->view()->selectedRegion(),
                 township.data(int(RegionTreeModel::Role::Code)).toString());
        // The chart follows the region: 24 months, the reported ones within the region's total.
        const QList<DisputeMonthCount> months = w->disputeTrendDock()->monthlyCounts();
        QCOMPARE(months.size(), 24);
        qint64 reported = 0;
        for (const DisputeMonthCount &m : months)
            reported += m.reported;
        QVERIFY(reported > 0);
        QVERIFY(reported <= queue->totalCount());

        // Back to the county: the queue widens again.
        w->regionTreeDock()->view()->setCurrentIndex(tree->index(0, 0));
        QCOMPARE(queue->totalCount(), countyTotal);
    }

    void queueFetchesInBatchesInOrder()
    {
        auto w = openWindow();
        QVERIFY(w);
        DisputeQueueModel *queue = w->disputeQueueDock()->model();
        QAbstractItemModelTester tester(queue, Fatal); // (fetches one batch itself)
        queue->reload();
        // The count follows from a worker thread.
        QTRY_VERIFY(queue->totalCount() > queue->batchSize());
        QCOMPARE(queue->rowCount(), queue->batchSize());
        QVERIFY(queue->canFetchMore({}));
        const int before = queue->rowCount();
        queue->fetchMore({});
        QVERIFY(queue->rowCount() > before);
        QVERIFY(queue->rowCount() <= before + queue->batchSize());
        QVERIFY(queue->rowCount() <= queue->totalCount());
        for (int row = 1; row < queue->rowCount(); ++row) {
            const qint64 a = queue->index(row - 1, 0)
                                 .data(int(DisputeQueueModel::Role::ReportedAt))
                                 .toLongLong();
            const qint64 b
                = queue->index(row, 0).data(int(DisputeQueueModel::Role::ReportedAt)).toLongLong();
            QVERIFY2(a >= b, qPrintable(QStringLiteral("row %1").arg(row)));
        }
        // Scrolling the view to the end asks for the next batch by itself.
        QTableView *view = w->disputeQueueDock()->view();
        const int loaded = queue->rowCount();
        view->scrollToBottom();
        QTRY_VERIFY(queue->rowCount() > loaded);
    }

    void selectingADisputeShowsItsDetailMasked()
    {
        auto w = openWindow();
        QVERIFY(w);
        QTableView *view = w->disputeQueueDock()->view();
        DisputeQueueModel *queue = w->disputeQueueDock()->model();
        view->setCurrentIndex(queue->index(0, 0));
        const QString text = w->disputeDetailDock()->text();
        const QString caseNo
            = queue->index(0, 0).data(int(DisputeQueueModel::Role::CaseNo)).toString();
        QVERIFY2(text.contains(caseNo), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("办理经过")));
        QVERIFY(text.contains(QStringLiteral("登记")));
        // ID-card numbers and phones are masked.
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d{17}[\\dX]"))));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("1\\d{10}"))));
        if (text.contains(QStringLiteral("申请人")))
            QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\d{4}\\*{10}[\\dX]{4}"))));
        QCOMPARE(w->mapDock()->view()->highlightedGrid(),
                 queue->index(0, 0).data(int(DisputeQueueModel::Role::GridCode)).toString());
    }

    void clickingAGridOnTheMapSelectsItInTheTree()
    {
        auto w = openWindow();
        QVERIFY(w);
        MapView *map = w->mapDock()->view();
        QTRY_VERIFY(map->hasScene());
        QTRY_VERIFY(map->isVisible());
        const geo::MapScene &scene = *map->scene();
        int grid = -1;
        for (int index : scene.featuresOf(RegionLevel::Grid)) {
            const QPointF at = map->toScreen(scene.feature(index).labelAt);
            // Not under a platform's symbol: a click there selects the platform.
            if (scene.pick(RegionLevel::Grid, scene.feature(index).labelAt) == index
                && map->rect().contains(at.toPoint()) && map->platformAt(at).isEmpty()) {
                grid = index;
                break;
            }
        }
        QVERIFY(grid >= 0);
        const QString code = scene.feature(grid).code;
        QTest::mouseClick(map, Qt::LeftButton, {},
                          map->toScreen(scene.feature(grid).labelAt).toPoint());
        QCOMPARE(w->regionTreeDock()->currentCode(), code);
        QCOMPARE(w->disputeQueueDock()->model()->filter().codePrefix, code);
        QCOMPARE(map->selectedRegion(), code);
    }

    void createsTheDemoCountyInTheBackgroundAndOpensIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new-demo.db"));
        MainWindow::Options options;
        options.openOnFirstPaint = false;
        MainWindow w(options);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(&w, &MainWindow::demoCreationFinished);
        DemoOptions demo;
        demo.scale = 0.02;
        w.createDemoDatabase(path, demo);
        QVERIFY(w.findChild<QProgressDialog *>());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(w.databasePath(), path);
        QCOMPARE(w.regionTreeDock()->model()->rowCount(), 1);
        QVERIFY(w.disputeQueueDock()->model()->totalCount() > 0);
        QTRY_VERIFY(!w.findChild<QProgressDialog *>());
    }

    void cancellingTheDemoCountyLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.db"));
        MainWindow::Options options;
        options.openOnFirstPaint = false;
        MainWindow w(options);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(&w, &MainWindow::demoCreationFinished);
        DemoOptions demo;
        demo.scale = 0.2;
        w.createDemoDatabase(path, demo);
        auto *progress = w.findChild<QProgressDialog *>();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        // The offer to create or open a database comes back; answer it by closing it.
        QTimer::singleShot(0, &w, [] {
            QTimer *poll = new QTimer;
            QObject::connect(poll, &QTimer::timeout, poll, [poll] {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                        box->done(QMessageBox::Cancel);
                        poll->deleteLater();
                    }
                }
            });
            poll->start(20);
            QTimer::singleShot(10000, poll, &QObject::deleteLater);
        });
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(w.databasePath().isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QTest::qWait(100);
    }

    void layoutRoundTrips()
    {
        {
            auto w = openWindow();
            QVERIFY(w);
            w->disputeTrendDock()->hide();
            QCOMPARE(w->dockWidgetArea(w->disputeDetailDock()), Qt::LeftDockWidgetArea);
            w->addDockWidget(Qt::BottomDockWidgetArea, w->disputeDetailDock());
            QCOMPARE(w->dockWidgetArea(w->disputeDetailDock()), Qt::BottomDockWidgetArea);
            w->close(); // saves the layout
        }
        {
            MainWindow::Options options;
            options.openOnFirstPaint = false;
            MainWindow w(options);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.disputeTrendDock()->isHidden());
            QCOMPARE(w.dockWidgetArea(w.disputeDetailDock()), Qt::BottomDockWidgetArea);
            QVERIFY(!w.disputeTrendDock()->toggleViewAction()->isChecked());

            w.resetLayoutAction()->trigger();
            QVERIFY(w.disputeTrendDock()->isVisible());
            QCOMPARE(w.dockWidgetArea(w.disputeDetailDock()), Qt::LeftDockWidgetArea);
            // Default arrangement: tree | map over queue | detail over chart.
            QVERIFY(w.regionTreeDock()->geometry().right() < w.mapDock()->geometry().left());
            QVERIFY(w.mapDock()->geometry().bottom() < w.disputeQueueDock()->geometry().top());
            QVERIFY(w.mapDock()->geometry().right() < w.disputeDetailDock()->geometry().left());
            QVERIFY(w.disputeDetailDock()->geometry().bottom()
                    < w.disputeTrendDock()->geometry().top());
            w.close();
        }
        {
            // A layout saved by another layout version is ignored.
            QSettings s(QStringLiteral("pingan"), QStringLiteral("pingan"));
            s.setValue(QStringLiteral("mainWindow/layoutVersion"), MainWindow::kLayoutVersion + 1);
            s.sync();
            MainWindow::Options options;
            options.openOnFirstPaint = false;
            MainWindow w(options);
            QCOMPARE(w.dockWidgetArea(w.disputeDetailDock()), Qt::LeftDockWidgetArea);
            QVERIFY(w.disputeTrendDock()->isVisibleTo(&w));
        }
    }

    void chineseByDefaultEnglishOnRequest()
    {
        MainWindow::Options options;
        options.openOnFirstPaint = false;
        {
            MainWindow w(options);
            QCOMPARE(w.regionTreeDock()->windowTitle(), QStringLiteral("区划"));
            QCOMPARE(w.disputeQueueDock()->windowTitle(), QStringLiteral("纠纷台账"));
            QVERIFY(w.windowTitle().startsWith(QStringLiteral("平安指挥台")));
        }
        QVERIFY(AppTranslations::install(QStringLiteral("en")));
        {
            MainWindow w(options);
            QCOMPARE(w.regionTreeDock()->windowTitle(), QStringLiteral("Regions"));
            QCOMPARE(w.disputeQueueDock()->windowTitle(), QStringLiteral("Dispute queue"));
            QVERIFY(w.windowTitle().startsWith(QStringLiteral("Pingan Command Desk")));
        }
        QVERIFY(AppTranslations::install(QStringLiteral("zh_CN")));
        auto w = openWindow();
        QVERIFY(w);
        QCOMPARE(w->disputeQueueDock()->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("案件编号"));
        const QString status = w->disputeQueueDock()
                                   ->model()
                                   ->index(0, int(DisputeQueueModel::Column::Status))
                                   .data()
                                   .toString();
        QVERIFY2(QStringList({QStringLiteral("已登记"), QStringLiteral("已受理"),
                              QStringLiteral("已分流"), QStringLiteral("调处中"),
                              QStringLiteral("调解成功"), QStringLiteral("调解不成"),
                              QStringLiteral("已转办"), QStringLiteral("已回访"),
                              QStringLiteral("办结"), QStringLiteral("已撤回")})
                     .contains(status),
                 qPrintable(status));
    }
};

PINGAN_WIDGET_TEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
