#include "mainwindow.h"

#include "backupscheduler.h"

#include "coveragedesk.h"
#include "platformdesk.h"
#include "reportdesk.h"
#include "sessiondesk.h"
#include "surveydesk.h"
#include "syncdesk.h"

#include "firstpaintwatcher.h"

#include "charts/disputetrenddock.h"
#include "charts/responsedock.h"
#include "demo/demogenerator.h"
#include "disputes/disputedetaildock.h"
#include "disputes/disputeintakedialog.h"
#include "disputes/disputequeuedock.h"
#include "domain/region.h"
#include "map/geoimportdialog.h"
#include "map/mapdock.h"
#include "map/mapview.h"
#include "patrol/coveragedock.h"
#include "patrol/platformdock.h"
#include "qt/disputequeuemodel.h"
#include "qt/mapcolouring.h"
#include "qt/mapsceneloader.h"
#include "store/mapmetricsrepository.h"
#include "qt/regiontreemodel.h"
#include "regions/regiontreedock.h"
#include "report/reportdialog.h"
#include "settings/backupdialog.h"
#include "security/auditdock.h"
#include "security/userdialog.h"
#include "store/coveragerepository.h"
#include "store/responsestatsrepository.h"
#include "store/database.h"
#include "settings/deadlinepolicydialog.h"
#include "store/holidayrepository.h"
#include "store/regionrepository.h"
#include "store/disputechangefeed.h"
#include "store/disputecommands.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "survey/surveydock.h"
#include "sync/conflictdock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QResizeEvent>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace {

constexpr int kTrendMonths = 24;

// QT_LOGGING_RULES="pingan.startup.info=true" shows how long opening and loading take.
Q_LOGGING_CATEGORY(lcStartup, "pingan.startup", QtWarningMsg)

QSettings layoutSettings()
{
    return QSettings(QStringLiteral("pingan"), QStringLiteral("pingan"));
}

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("pingan"));
    setDockNestingEnabled(true);
    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createStatusBar();
    m_layoutRestored = restoreLayout();
    if (!m_layoutRestored)
        resize(1600, 1000);
    updateTitle();

    if (m_options.openOnFirstPaint) {
        auto *watcher = new FirstPaintWatcher(this);
        connect(watcher, &FirstPaintWatcher::firstPainted, this, &MainWindow::openInitialDatabase,
                Qt::QueuedConnection);
    }
}

MainWindow::~MainWindow()
{
    if (m_demoCancel)
        *m_demoCancel = true;
    m_demoFuture.waitForFinished();
    // Views first, then models, then the store they read.
    m_regionTreeDock->setModel(nullptr);
    m_disputeQueueDock->setModel(nullptr);
    m_queueModel.reset();
    m_regionModel.reset();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(icon("open"), tr("&Open database…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another database file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);

    m_createDemoAction = new QAction(icon("demo-database"), tr("Create &demo database…"), this);
    m_createDemoAction->setStatusTip(tr("Create a database with the demo county to try the desk"));
    connect(m_createDemoAction, &QAction::triggered, this, &MainWindow::chooseDemoDatabaseToCreate);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(icon("refresh"), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the counts and lists again from the database"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_fitMapAction = new QAction(icon("fit-map"), tr("&Whole county on map"), this);
    m_fitMapAction->setStatusTip(tr("Zoom the map out to the whole county"));

    m_resetLayoutAction = new QAction(icon("reset-layout"), tr("Reset &layout"), this);
    m_resetLayoutAction->setStatusTip(tr("Put every panel back where it was at first start"));
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    m_newDisputeAction = new QAction(tr("&Register a dispute…"), this);
    m_newDisputeAction->setShortcut(QKeySequence::New);
    m_newDisputeAction->setStatusTip(tr("Register a new dispute (登记); pick its grid in the tree or on the map"));
    m_newDisputeAction->setEnabled(false);
    connect(m_newDisputeAction, &QAction::triggered, this, &MainWindow::openIntake);

    m_deadlinePolicyAction = new QAction(tr("&Deadline rules…"), this);
    m_deadlinePolicyAction->setStatusTip(
        tr("Working days a dispute gets, by category, complexity and handling level"));
    m_deadlinePolicyAction->setEnabled(false);
    connect(m_deadlinePolicyAction, &QAction::triggered, this, &MainWindow::editDeadlinePolicy);

    m_importGeoAction = new QAction(tr("&Import boundaries…"), this);
    m_importGeoAction->setStatusTip(
        tr("Import county, township, village or grid outlines from a shapefile, GeoJSON, "
           "GeoPackage or KML"));
    m_importGeoAction->setEnabled(false);
    connect(m_importGeoAction, &QAction::triggered, this, &MainWindow::importBoundaries);

    m_importSurveyAction = new QAction(tr("Import &survey responses…"), this);
    m_importSurveyAction->setStatusTip(
        tr("Import a wave of the public safety survey (一感两度两率) from CSV or XLSX"));
    m_importSurveyAction->setEnabled(false);
    connect(m_importSurveyAction, &QAction::triggered, this, [this] {
        if (m_surveyDesk) {
            m_surveyDock->show();
            m_surveyDock->raise();
            m_surveyDesk->importResponses();
        }
    });
    m_surveySchemeAction = new QAction(tr("Survey s&coring scheme…"), this);
    m_surveySchemeAction->setStatusTip(
        tr("Which survey answers count as positive, or what each answer weighs"));
    m_surveySchemeAction->setEnabled(false);
    connect(m_surveySchemeAction, &QAction::triggered, this, [this] {
        if (m_surveyDesk)
            m_surveyDesk->editScheme();
    });

    m_monthlyReportAction = new QAction(tr("&Monthly report…"), this);
    m_monthlyReportAction->setObjectName(QStringLiteral("monthlyReportAction"));
    m_monthlyReportAction->setShortcut(QKeySequence::Print);
    m_monthlyReportAction->setStatusTip(
        tr("The monthly report (月报) of the county or a township: preview, print, PDF, Excel"));
    m_monthlyReportAction->setEnabled(false);
    connect(m_monthlyReportAction, &QAction::triggered, this, &MainWindow::openMonthlyReport);

    m_backupAction = new QAction(tr("&Backups…"), this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setStatusTip(tr("Scheduled backups, a backup now, or a restore"));
    m_backupAction->setEnabled(false);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::openBackups);

    m_syncConflictsAction = new QAction(tr("S&ync conflicts…"), this);
    m_syncConflictsAction->setObjectName(QStringLiteral("syncConflictsAction"));
    m_syncConflictsAction->setStatusTip(
        tr("Records changed both here and on another node: keep one version or merge them"));
    m_syncConflictsAction->setEnabled(false);
    connect(m_syncConflictsAction, &QAction::triggered, this, &MainWindow::showConflicts);

    m_syncExportAction = new QAction(tr("&Export sync package…"), this);
    m_syncExportAction->setObjectName(QStringLiteral("syncExportAction"));
    m_syncExportAction->setStatusTip(
        tr("Write the changes a trusted node has not received yet into a signed package"));
    m_syncExportAction->setEnabled(false);
    connect(m_syncExportAction, &QAction::triggered, this, [this] {
        if (m_syncDesk)
            m_syncDesk->exportPackage();
    });
    m_syncImportAction = new QAction(tr("&Import sync package…"), this);
    m_syncImportAction->setObjectName(QStringLiteral("syncImportAction"));
    m_syncImportAction->setStatusTip(tr("Check and apply a package from a trusted node"));
    m_syncImportAction->setEnabled(false);
    connect(m_syncImportAction, &QAction::triggered, this, [this] {
        if (m_syncDesk)
            m_syncDesk->importPackage();
    });
    m_syncNodeAction = new QAction(tr("&Node and pairing…"), this);
    m_syncNodeAction->setObjectName(QStringLiteral("syncNodeAction"));
    m_syncNodeAction->setStatusTip(tr("This sync node, the nodes it trusts, and pairing"));
    m_syncNodeAction->setEnabled(false);
    connect(m_syncNodeAction, &QAction::triggered, this, [this] {
        if (m_syncDesk)
            m_syncDesk->showNodes();
    });

    m_changePasswordAction = new QAction(tr("&Change password…"), this);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_changePasswordAction->setEnabled(false);
    connect(m_changePasswordAction, &QAction::triggered, this, [this] {
        if (m_sessionDesk)
            m_sessionDesk->changePassword();
    });
    m_lockAction = new QAction(tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Lock the desk until your password is entered again"));
    m_lockAction->setEnabled(false);
    connect(m_lockAction, &QAction::triggered, this, [this] {
        if (m_sessionDesk)
            m_sessionDesk->lock();
    });
    m_signOutAction = new QAction(tr("Sign &out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setEnabled(false);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_manageUsersAction = new QAction(tr("&User accounts…"), this);
    m_manageUsersAction->setObjectName(QStringLiteral("manageUsersAction"));
    m_manageUsersAction->setStatusTip(tr("Add accounts, lock and unlock them, reset passwords"));
    m_manageUsersAction->setEnabled(false);
    connect(m_manageUsersAction, &QAction::triggered, this, &MainWindow::manageUsers);
    m_auditLogAction = new QAction(tr("&Audit log"), this);
    m_auditLogAction->setObjectName(QStringLiteral("auditLogAction"));
    m_auditLogAction->setStatusTip(tr("Read and verify the audit log"));
    m_auditLogAction->setEnabled(false);
    connect(m_auditLogAction, &QAction::triggered, this, [this] {
        ensureAuditDock();
        if (m_auditDock) {
            m_auditDock->show();
            m_auditDock->raise();
            m_auditDock->reload();
        }
    });

    m_aboutAction = new QAction(tr("&About Pingan Command Desk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_createDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importGeoAction);
    m_fileMenu->addAction(m_importSurveyAction);
    m_fileMenu->addAction(m_surveySchemeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_monthlyReportAction);
    m_fileMenu->addAction(m_backupAction);
    QMenu *syncMenu = m_fileMenu->addMenu(tr("Sy&nc"));
    syncMenu->setObjectName(QStringLiteral("syncMenu"));
    syncMenu->addAction(m_syncExportAction);
    syncMenu->addAction(m_syncImportAction);
    syncMenu->addSeparator();
    syncMenu->addAction(m_syncNodeAction);
    m_fileMenu->addAction(m_syncConflictsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_disputeMenu = menuBar()->addMenu(tr("&Disputes"));
    m_disputeMenu->setObjectName(QStringLiteral("disputeMenu"));
    m_disputeMenu->addAction(m_newDisputeAction);
    m_disputeMenu->addSeparator();
    m_disputeMenu->addAction(m_deadlinePolicyAction);

    // Panel toggles are added by createDocks().
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->addAction(m_changePasswordAction);
    m_accountMenu->addAction(m_lockAction);
    m_accountMenu->addAction(m_signOutAction);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_manageUsersAction);
    m_accountMenu->addAction(m_auditLogAction);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_createDemoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_fitMapAction);
    m_toolBar->addAction(m_resetLayoutAction);
}

void MainWindow::createDocks()
{
    m_regionTreeDock = new RegionTreeDock(this);
    m_mapDock = new MapDock(this);
    m_disputeQueueDock = new DisputeQueueDock(this);
    m_disputeDetailDock = new DisputeDetailDock(this);
    m_disputeTrendDock = new DisputeTrendDock(this);
    m_platformDock = new PlatformDock(this);
    m_platformDock->setModel(nullptr);
    m_coverageDock = new CoverageDock(this);
    m_coverageDock->showMessage(tr("No database open"));
    m_responseDock = new ResponseDock(this);
    m_responseDock->showMessage(tr("No database open"));
    m_surveyDock = new SurveyDock(this);
    m_surveyDock->showMessage(tr("No database open"));
    // Not one of docks(): it stays hidden while no conflict waits.
    m_conflictDock = new ConflictDock(this);
    m_conflictDock->showMessage(tr("No database open"));
    arrangeDefaultLayout();

    m_viewMenu->addSection(tr("Panels"));
    for (QDockWidget *dock : docks())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(m_conflictDock->toggleViewAction());
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    // Ctrl+1 … Ctrl+9 bring a panel to the front (a tab behind another one included) and put
    // the keyboard in it.
    QMenu *goTo = m_viewMenu->addMenu(tr("&Go to panel"));
    goTo->setObjectName(QStringLiteral("goToPanelMenu"));
    int number = 0;
    for (QDockWidget *dock : docks()) {
        QAction *go = goTo->addAction(dock->windowTitle());
        m_goToActions.insert(dock, go);
        if (++number <= 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        connect(go, &QAction::triggered, this, [dock] {
            dock->show();
            dock->raise();
            for (QWidget *w : dock->widget()->findChildren<QWidget *>()) {
                if (w->isVisibleTo(dock) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                    w->setFocus(Qt::ShortcutFocusReason);
                    break;
                }
            }
        });
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fitMapAction);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayoutAction);

    connect(m_regionTreeDock, &RegionTreeDock::regionSelected, this, &MainWindow::onRegionSelected);
    connect(m_disputeQueueDock, &DisputeQueueDock::disputeSelected, this,
            &MainWindow::onDisputeSelected);
    connect(m_disputeDetailDock, &DisputeDetailDock::actionRequested, this,
            [this](const QString &id, DisputeAction action) {
                if (m_actionHandler)
                    m_actionHandler->handle(id, action);
            });
    m_disputeDetailDock->setUnmask([this](const QString &id, const QString &reason) {
        return m_sessionDesk && m_sessionDesk->unmask(id, reason);
    });
    connect(m_responseDock, &ResponseDock::queryChanged, this, &MainWindow::loadResponseReport);
    connect(m_conflictDock, &ConflictDock::disputeActivated, this, [this](const QString &id) {
        onDisputeSelected(id);
        m_disputeDetailDock->show();
        m_disputeDetailDock->raise();
    });
    connect(m_surveyDock, &SurveyDock::townshipClicked, m_regionTreeDock,
            &RegionTreeDock::selectRegion);
    connect(m_mapDock, &MapDock::regionClicked, m_regionTreeDock, &RegionTreeDock::selectRegion);
    connect(m_fitMapAction, &QAction::triggered, m_mapDock->view(), &MapView::fitAll);
    connect(m_mapDock, &MapDock::regionFound, m_regionTreeDock, &RegionTreeDock::selectRegion);
    connect(m_mapDock, &MapDock::choroplethChanged, this, &MainWindow::applyMapColouring);
    connect(m_mapDock, &MapDock::exportRequested, this, &MainWindow::exportMap);
    m_mapDock->view()->setHoverText([this](const QString &code) { return mapHoverText(code); });
    m_mapDock->setSearch([this](const QString &text) {
        QList<MapDock::SearchHit> hits;
        if (!m_db)
            return hits;
        try {
            for (const RegionMatch &m : MapMetricsRepository(*m_db).search(text, 20))
                hits.append({m.code, m.name, m.level});
        } catch (const StoreError &e) {
            statusBar()->showMessage(e.message(), 10000);
        }
        return hits;
    });
}

QList<QDockWidget *> MainWindow::docks() const
{
    return {m_regionTreeDock, m_mapDock, m_disputeQueueDock, m_disputeDetailDock,
            m_disputeTrendDock, m_platformDock, m_coverageDock, m_responseDock, m_surveyDock};
}

// Tree on the left; the map with the queue below it in the middle; detail over chart on the
// right. There is no central widget (every panel can be closed or moved), and a main window
// without one gives spare width to the side areas, not to top/bottom ones: so the middle
// column is a nested split of the left area, not the top and bottom areas.
void MainWindow::arrangeDefaultLayout()
{
    for (QDockWidget *dock : docks()) {
        removeDockWidget(dock);
        dock->setFloating(false);
    }
    removeDockWidget(m_conflictDock);
    m_conflictDock->setFloating(false);
    addDockWidget(Qt::LeftDockWidgetArea, m_regionTreeDock);
    splitDockWidget(m_regionTreeDock, m_mapDock, Qt::Horizontal);
    splitDockWidget(m_mapDock, m_disputeDetailDock, Qt::Horizontal);
    splitDockWidget(m_mapDock, m_disputeQueueDock, Qt::Vertical);
    splitDockWidget(m_disputeDetailDock, m_disputeTrendDock, Qt::Vertical);
    // Patrol panels share the places of the dispute panels as tabs.
    tabifyDockWidget(m_disputeQueueDock, m_platformDock);
    tabifyDockWidget(m_platformDock, m_coverageDock);
    tabifyDockWidget(m_coverageDock, m_responseDock);
    tabifyDockWidget(m_responseDock, m_surveyDock);
    tabifyDockWidget(m_surveyDock, m_conflictDock);
    for (QDockWidget *dock : docks())
        dock->show();
    m_conflictDock->setVisible(m_syncDesk && m_syncDesk->openCount() > 0
                               && !m_casePanelsWithheld);
    m_disputeQueueDock->raise();
    if (m_toolBar) {
        addToolBar(Qt::TopToolBarArea, m_toolBar);
        m_toolBar->show();
    }
}

void MainWindow::applyDefaultSizes()
{
    const int w = width();
    const int h = height();
    resizeDocks({m_regionTreeDock, m_mapDock, m_disputeDetailDock},
                {w * 17 / 100, w * 57 / 100, w * 26 / 100}, Qt::Horizontal);
    resizeDocks({m_mapDock, m_disputeQueueDock}, {h * 50 / 100, h * 50 / 100}, Qt::Vertical);
    resizeDocks({m_disputeDetailDock, m_disputeTrendDock}, {h * 60 / 100, h * 40 / 100},
                Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_defaultSizesPending) {
        m_defaultSizesPending = false;
        // After the window has its real size (the window manager may still change it).
        if (!m_layoutRestored)
            QTimer::singleShot(0, this, &MainWindow::applyDefaultSizes);
    }
}

void MainWindow::createStatusBar()
{
    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_dbLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    m_conflictsLabel = new QLabel(this);
    m_conflictsLabel->setObjectName(QStringLiteral("conflictsLabel"));
    m_conflictsLabel->setTextFormat(Qt::RichText);
    m_conflictsLabel->setToolTip(tr("Show the sync conflicts"));
    m_conflictsLabel->hide();
    connect(m_conflictsLabel, &QLabel::linkActivated, this, &MainWindow::showConflicts);
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_conflictsLabel);
    statusBar()->addPermanentWidget(m_sessionLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_dbLabel->setText(tr("No database open"));
}

void MainWindow::saveLayout() const
{
    QSettings s = layoutSettings();
    s.beginGroup(QStringLiteral("mainWindow"));
    s.setValue(QStringLiteral("layoutVersion"), kLayoutVersion);
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState(kLayoutVersion));
    s.endGroup();
}

bool MainWindow::restoreLayout()
{
    QSettings s = layoutSettings();
    s.beginGroup(QStringLiteral("mainWindow"));
    if (s.value(QStringLiteral("layoutVersion")).toInt() != kLayoutVersion)
        return false;
    const QByteArray geometry = s.value(QStringLiteral("geometry")).toByteArray();
    const QByteArray state = s.value(QStringLiteral("state")).toByteArray();
    if (geometry.isEmpty() || state.isEmpty())
        return false;
    restoreGeometry(geometry);
    return restoreState(state, kLayoutVersion);
}

void MainWindow::resetLayout()
{
    arrangeDefaultLayout();
    applyDefaultSizes();
    QSettings s = layoutSettings();
    s.remove(QStringLiteral("mainWindow"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An admin's window hides the case panels; the layout kept is the one before.
    if (!m_casePanelsWithheld && !(m_sessionDesk && m_sessionDesk->isLocked()))
        saveLayout();
    if (m_sessionDesk)
        m_sessionDesk->signOut();
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_lockCover)
        m_lockCover->setGeometry(rect());
}

void MainWindow::openInitialDatabase()
{
    const QString path = m_options.dbPath.isEmpty() ? Database::defaultPath() : m_options.dbPath;
    if (QFileInfo::exists(path) || Database::isServerAddress(path)) {
        // Whoever cancels the sign-in at start leaves the desk.
        if (!openDatabase(path) && m_signInCancelled)
            QTimer::singleShot(0, this, &QWidget::close);
    } else
        offerNoDatabase(path);
}

void MainWindow::offerNoDatabase(const QString &path)
{
    for (QDockWidget *dock : docks())
        static_cast<PanelDock *>(dock)->showMessage(tr("No database open"));
    QMessageBox box(QMessageBox::Question, tr("No database"),
                    tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)), {},
                    this);
    box.setInformativeText(tr("Create the demo county there to try the desk, open another "
                              "database file, or quit."));
    QPushButton *demo = box.addButton(tr("Create demo county"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(tr("Open another file…"), QMessageBox::ActionRole);
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(demo);
    box.exec();
    if (box.clickedButton() == demo) {
        createDemoDatabase(path, DemoOptions {});
    } else if (box.clickedButton() == open) {
        const QString other = QFileDialog::getOpenFileName(
            this, tr("Open database"), QFileInfo(path).absolutePath(),
            tr("Pingan databases (*.db *.sqlite);;All files (*)"));
        if (other.isEmpty() || !openDatabase(other))
            QTimer::singleShot(0, this, [this, path] { offerNoDatabase(path); });
    } else if (box.clickedButton() == quit || box.clickedButton() == nullptr) {
        QTimer::singleShot(0, this, &QWidget::close);
    }
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath()
                               : QFileInfo(Database::defaultPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), start, tr("Pingan databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseDemoDatabaseToCreate()
{
    const QString start
        = QFileInfo(Database::defaultPath()).absolutePath() + QStringLiteral("/demo.db");
    const QString path = QFileDialog::getSaveFileName(this, tr("Create demo database"), start,
                                                      tr("Pingan databases (*.db)"));
    if (path.isEmpty())
        return;
    if (m_db && QFileInfo(m_db->path()) == QFileInfo(path))
        closeDatabase();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    createDemoDatabase(path, DemoOptions {});
}

void MainWindow::createDemoDatabase(const QString &path, const DemoOptions &options)
{
    if (m_demoFuture.isRunning())
        return;
    const bool existed = QFileInfo::exists(path);
    m_demoCancel = std::make_shared<std::atomic_bool>(false);
    auto *progress
        = new QProgressDialog(tr("Creating the demo county…"), tr("Cancel"), 0, 100, this);
    progress->setWindowTitle(tr("Demo county"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setMinimumWidth(420);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_demoProgress = progress;
    std::shared_ptr<std::atomic_bool> cancel = m_demoCancel;
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    progress->show();

    m_demoFuture = QtConcurrent::run([this, path, options, cancel, existed] {
        QString error;
        bool cancelled = false;
        try {
            // The worker's own connection: connections belong to the thread that opens them.
            std::unique_ptr<Database> db = Database::open(path);
            DemoGenerator generator(*db);
            const DemoGenerator::Result result
                = generator.generate(options, [this, cancel](int percent, const QString &stage) {
                      QMetaObject::invokeMethod(
                          this,
                          [this, percent, stage] {
                              if (m_demoProgress) {
                                  m_demoProgress->setValue(percent);
                                  if (!stage.isEmpty())
                                      m_demoProgress->setLabelText(
                                          tr("Creating the demo county: %1").arg(stage));
                              }
                          },
                          Qt::QueuedConnection);
                      return !cancel->load();
                  });
            cancelled = result.cancelled;
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, path, error, cancelled, existed] {
                if (m_demoProgress)
                    m_demoProgress->close();
                if (cancelled || !error.isEmpty()) {
                    if (!existed) {
                        for (const char *suffix : {"", "-wal", "-shm"})
                            QFile::remove(path + QLatin1String(suffix));
                    }
                    if (!error.isEmpty()) {
                        QMessageBox::critical(
                            this, tr("Demo county"),
                            tr("The demo county could not be created:\n%1").arg(error));
                    }
                    Q_EMIT demoCreationFinished(false);
                    if (!m_db)
                        QTimer::singleShot(0, this, [this, path] { offerNoDatabase(path); });
                    return;
                }
                const bool ok = openDatabase(path);
                Q_EMIT demoCreationFinished(ok);
            },
            Qt::QueuedConnection);
    });
}

bool MainWindow::openDatabase(const QString &path, Database::Check check)
{
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<Database> db;
    try {
        db = Database::open(path, Database::Mode::ReadWrite, true, check);
    } catch (const StoreError &e) {
        QMessageBox::critical(this, tr("Open database"),
                              tr("The database %1 could not be opened:\n%2")
                                  .arg(QDir::toNativeSeparators(path), e.message()));
        return false;
    }
    closeDatabase();
    m_db = std::move(db);
    // A server store is backed up on the server (pg_dump), not by a workstation.
    if (m_db->isPostgres()) {
        m_backupScheduler.reset();
    } else if (!m_backupScheduler || m_backupScheduler->dbPath() != path) {
        m_backupScheduler = std::make_unique<BackupScheduler>(path);
        connect(m_backupScheduler.get(), &BackupScheduler::restoreFinished, this,
                [this](const QString &, const QString &, const QString &) {
                    // Reopened after a restore, or after a refused one (the store was closed).
                    openDatabase(m_backupScheduler->dbPath(), Database::Check::AtOpen);
                });
    }
    if (m_backupScheduler) {
        m_backupScheduler->setActor(currentUser());
        if (m_db->damaged().isEmpty())
            m_backupScheduler->start();
        else
            m_backupScheduler->stop();
    }
    if (!m_db->damaged().isEmpty()) {
        QMessageBox::warning(this, tr("Damaged database"),
                             tr("The integrity check found problems in %1, so it is open "
                                "read-only:\n%2")
                                 .arg(QDir::toNativeSeparators(path), m_db->damaged()));
    }
    // Nothing of the store is shown before somebody signed in.
    m_signInCancelled = false;
    m_sessionDesk = std::make_unique<SessionDesk>(*m_db, this);
    m_sessionDesk->setFallbackActor(currentUser());
    const bool accounts = m_sessionDesk->hasAccounts();
    if (accounts && !m_sessionDesk->signIn()) {
        m_signInCancelled = true;
        closeDatabase();
        return false;
    }
    connect(m_sessionDesk.get(), &SessionDesk::sessionChanged, this, &MainWindow::applySession);
    connect(m_sessionDesk.get(), &SessionDesk::firstAdminAnswered, this,
            &MainWindow::applySession);
    connect(m_sessionDesk.get(), &SessionDesk::lockedChanged, this, &MainWindow::showLockCover);
    connect(m_sessionDesk.get(), &SessionDesk::quitRequested, this, &QWidget::close,
            Qt::QueuedConnection);
    if (!m_db->damaged().isEmpty())
        QTimer::singleShot(0, this, &MainWindow::offerRestore);
    m_regionRepo = std::make_unique<RegionRepository>(*m_db);
    m_disputeRepo = std::make_unique<DisputeRepository>(*m_db);
    try {
        const std::optional<Region> county = m_regionRepo->county();
        m_countyName = county ? county->name : QString();
        const std::optional<qint64> latest = m_disputeRepo->latestReportedAt();
        m_lastMonth
            = latest ? QDateTime::fromMSecsSinceEpoch(*latest).date() : QDate::currentDate();
        m_regionModel = std::make_unique<RegionTreeModel>(*m_regionRepo, *m_disputeRepo);
        m_queueModel = std::make_unique<DisputeQueueModel>(*m_disputeRepo);
        m_queueModel->setCalendar(HolidayRepository(*m_db).calendar());
    } catch (const StoreError &e) {
        QMessageBox::critical(this, tr("Open database"),
                              tr("The database %1 could not be read:\n%2")
                                  .arg(QDir::toNativeSeparators(path), e.message()));
        closeDatabase();
        return false;
    }
    m_regionTreeDock->setModel(m_regionModel.get());
    m_disputeQueueDock->setModel(m_queueModel.get());
    m_disputeQueueDock->setCurrentUser(currentActor());
    m_disputeDetailDock->clearDispute();
    setUpDisputeActions();
    if (m_db->isPostgres()) {
        m_changeFeed = std::make_unique<DisputeChangeFeed>(*m_db);
        connect(m_changeFeed.get(), &DisputeChangeFeed::disputesChanged, this,
                &MainWindow::onDisputesChangedElsewhere);
    }
    m_platformDesk = std::make_unique<PlatformDesk>(*m_db, m_platformDock, m_mapDock->view(), this);
    m_platformDesk->setActor(currentActor());
    connect(m_platformDesk.get(), &PlatformDesk::platformsChanged, this,
            &MainWindow::reloadMapPoints);
    m_coverageDesk = std::make_unique<CoverageDesk>(*m_db, m_coverageDock, this);
    m_coverageDesk->setActor(currentActor());
    connect(m_platformDesk.get(), &PlatformDesk::platformsChanged, m_coverageDesk.get(),
            &CoverageDesk::refresh);
    connect(m_coverageDesk.get(), &CoverageDesk::mapChanged, this, [this] {
        m_mapDock->view()->setProposedSites(m_coverageDesk->proposedPlaces());
        if (m_mapDock->metricKey() == mapMetricKey(MapMetric::ResponseBand))
            applyMapColouring();
    });
    connect(m_coverageDesk.get(), &CoverageDesk::showOnMapRequested, this, [this] {
        m_mapDock->setMetric(mapMetricKey(MapMetric::ResponseBand), RegionLevel::Grid);
        m_mapDock->raise();
    });
    m_coverageDesk->refresh();
    connect(m_platformDesk.get(), &PlatformDesk::platformsChanged, this, [this] {
        m_responseScopesPending = true; // a new or retired platform changes the scope list
        loadResponseReport();
    });
    connect(m_platformDesk.get(), &PlatformDesk::recordsChanged, this, [this] {
        loadResponseReport();
        reloadMapPoints(); // incidents are drawn on the map
    });
    m_responseScopesPending = true;
    loadResponseReport();
    m_surveyDesk = std::make_unique<SurveyDesk>(*m_db, m_surveyDock, this);
    m_surveyDesk->setActor(currentActor());
    const auto recolourSurvey = [this] {
        MapMetric metric;
        if (mapMetricFromKey(m_mapDock->metricKey(), &metric)
            && (metric == MapMetric::SecurityRate || metric == MapMetric::OrderSatisfaction
                || metric == MapMetric::EnforcementSatisfaction || metric == MapMetric::Awareness
                || metric == MapMetric::Participation || metric == MapMetric::RiskLevel))
            applyMapColouring();
    };
    connect(m_surveyDesk.get(), &SurveyDesk::schemeChanged, this, recolourSurvey);
    connect(m_surveyDesk.get(), &SurveyDesk::imported, this, recolourSurvey);
    m_surveyDesk->refresh();
    m_syncDesk = std::make_unique<SyncDesk>(*m_db, m_conflictDock);
    m_syncDesk->setActor(currentActor());
    m_syncDesk->setClock([this] {
        return m_sessionDesk ? m_sessionDesk->now() : QDateTime::currentMSecsSinceEpoch();
    });
    connect(m_syncDesk.get(), &SyncDesk::conflictsChanged, this,
            &MainWindow::updateConflictStatus);
    connect(m_syncDesk.get(), &SyncDesk::recordChanged, this, &MainWindow::onSyncRecordChanged);
    m_syncDesk->setDialogParent(this);
    m_syncDesk->setAudit([this](const QString &action, const QString &object) {
        if (m_sessionDesk)
            m_sessionDesk->audit(action, object);
    });
    // A package wrote rows: every panel reads the store again, the conflicts come forward.
    connect(m_syncDesk.get(), &SyncDesk::packageImported, this,
            [this](qint64 applied, qint64 conflicts) {
                if (applied > 0) {
                    refresh();
                    loadMapShapes();
                    reloadMapPoints();
                    if (m_surveyDesk)
                        m_surveyDesk->refresh();
                    if (m_coverageDesk)
                        m_coverageDesk->refresh();
                    m_responseScopesPending = true;
                    loadResponseReport();
                }
                if (conflicts > 0)
                    showConflicts();
            });
    m_conflictDock->showContent();
    if (m_reportDialog)
        makeReportDesk();
    m_monthlyReportAction->setEnabled(true);
    m_dbLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db->path())));
    updateStatusCounts();
    updateTitle();
    if (m_countyName.isEmpty()) {
        m_regionTreeDock->showMessage(tr("This database holds no county yet."));
        m_disputeQueueDock->setScope(tr("All disputes"));
        m_disputeQueueDock->setRegion(QString());
    } else {
        m_regionTreeDock->selectRegion(
            m_regionModel->index(0, 0).data(int(RegionTreeModel::Role::Code)).toString());
    }
    // The outlines are the slowest read; let the lists show first.
    m_mapDock->showMessage(tr("Loading map…"));
    QTimer::singleShot(0, this, &MainWindow::loadMapShapes);
    if (check == Database::Check::Deferred && !m_db->isPostgres())
        startIntegrityCheck();
    applySession();
    // Conflicts wait for a person: their panel comes to the front when some are open.
    if (m_syncDesk->openCount() > 0 && !m_casePanelsWithheld) {
        m_conflictDock->show();
        m_conflictDock->raise();
    } else {
        m_conflictDock->hide();
    }
    if (!accounts && m_options.askForAccounts) {
        QTimer::singleShot(0, this, [this] {
            if (m_sessionDesk && !m_sessionDesk->hasAccounts())
                m_sessionDesk->offerFirstAdmin();
        });
    }
    qCInfo(lcStartup) << "database opened and panels filled in" << clock.elapsed() << "ms";
    Q_EMIT databaseOpened(m_db->path());
    return true;
}

// quick_check reads the whole file (half a second for the demo county, far more for large
// ones), so it runs on its own connection off the GUI thread. When it finds damage the store is
// reopened read-only, checked again at open, and the operator is told.
void MainWindow::startIntegrityCheck()
{
    const QString path = m_db->path();
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QStringList problems = watcher->result();
        if (problems.isEmpty() || !m_db || m_db->path() != path || m_db->isReadOnly())
            return;
        openDatabase(path, Database::Check::AtOpen);
    });
    watcher->setFuture(QtConcurrent::run(&Database::quickCheck, path));
}

void MainWindow::setUpDisputeActions()
{
    const bool editable = !m_db->isReadOnly();
    m_actionHandler = std::make_unique<DisputeActionHandler>(*m_db, this);
    m_commands = std::make_unique<DisputeCommands>(*m_db);
    m_actionHandler->setActor(currentActor());
    connect(m_actionHandler.get(), &DisputeActionHandler::disputeChanged, this,
            &MainWindow::onDisputeChanged);
    try {
        m_disputeDetailDock->setCalendar(HolidayRepository(*m_db).calendar());
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message(), 10000);
    }
    m_disputeDetailDock->setEditable(editable);
    m_deadlinePolicyAction->setEnabled(editable);
    m_importGeoAction->setEnabled(editable);
    m_importSurveyAction->setEnabled(editable);
    m_surveySchemeAction->setEnabled(editable);
    m_newDisputeAction->setEnabled(editable);
}

// One intake form at a time, not modal: the clerk picks the grid in the tree or on the map while
// it is open, and registers one case after another.
void MainWindow::openIntake()
{
    if (!m_db || m_db->isReadOnly())
        return;
    if (!m_intake) {
        try {
            m_intake = new DisputeIntakeDialog(*m_commands,
                                               m_regionRepo->list(RegionRepository::Query()),
                                               currentActor(), this);
        } catch (const StoreError &e) {
            QMessageBox::critical(this, tr("Register a dispute"), e.message());
            return;
        }
        m_intake->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_intake, &DisputeIntakeDialog::disputeRegistered, this,
                [this](const QString &id, const QString &caseNo) {
                    statusBar()->showMessage(tr("Registered %1").arg(caseNo), 8000);
                    onDisputeChanged(id);
                });
        if (!m_selectedRegion.isEmpty())
            m_intake->setGrid(m_selectedRegion);
    }
    m_intake->show();
    m_intake->raise();
    m_intake->activateWindow();
}

DisputeIntakeDialog *MainWindow::intakeDialog() const
{
    return m_intake;
}

void MainWindow::openMonthlyReport()
{
    if (!m_db)
        return;
    if (!m_reportDialog) {
        m_reportDialog = new ReportDialog(this);
        makeReportDesk();
    }
    m_reportDialog->show();
    m_reportDialog->raise();
    m_reportDialog->activateWindow();
}

ReportDialog *MainWindow::reportDialog() const
{
    return m_reportDialog;
}

QString MainWindow::currentUser()
{
    const QByteArray login = qgetenv("PINGAN_USER");
    if (!login.isEmpty())
        return QString::fromLocal8Bit(login);
    const QByteArray user = qgetenv("USER");
    return user.isEmpty() ? QStringLiteral("operator") : QString::fromLocal8Bit(user);
}

void MainWindow::onDisputeChanged(const QString &id)
{
    if (!m_db)
        return;
    m_disputeQueueDock->reload();
    onDisputeSelected(id);
    updateStatusCounts();
}

void MainWindow::onDisputesChangedElsewhere()
{
    if (!m_db || !m_regionModel)
        return;
    try {
        m_regionModel->refreshCounts();
        m_disputeQueueDock->refresh();
        updateStatusCounts();
        const QString shown = m_disputeDetailDock->disputeId();
        if (!shown.isEmpty())
            onDisputeSelected(shown);
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message(), 10000);
        return;
    }
    statusBar()->showMessage(tr("Disputes were changed at another workstation; the lists show "
                                "the change"),
                             5000);
}

void MainWindow::editDeadlinePolicy()
{
    if (!m_db)
        return;
    try {
        SettingsRepository settings(*m_db);
        DeadlinePolicyDialog dialog(settings.deadlinePolicy(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        settings.setDeadlinePolicy(dialog.policy(), currentActor());
        statusBar()->showMessage(tr("Deadline rules saved; they apply to disputes accepted from now on"), 8000);
    } catch (const StoreError &e) {
        QMessageBox::critical(this, tr("Deadline rules"), e.message());
    }
}

void MainWindow::closeDatabase()
{
    m_changeFeed.reset();
    if (m_sessionDesk) {
        m_sessionDesk->signOut();
        m_sessionDesk.reset();
    }
    showLockCover(false);
    if (m_intake)
        m_intake->close();
    delete m_intake;
    m_newDisputeAction->setEnabled(false);
    m_actionHandler.reset();
    m_commands.reset();
    m_platformDesk.reset();
    m_coverageDesk.reset();
    m_surveyDesk.reset();
    m_syncDesk.reset();
    m_conflictDock->showMessage(tr("No database open"));
    updateConflictStatus(0);
    m_reportDesk.reset();
    if (m_reportDialog)
        m_reportDialog->setScopes({}, {});
    m_monthlyReportAction->setEnabled(false);
    m_surveyDock->clearFigures();
    m_surveyDock->showMessage(tr("No database open"));
    m_importSurveyAction->setEnabled(false);
    m_surveySchemeAction->setEnabled(false);
    m_mapDock->view()->setProposedSites({});
    ++m_responseGeneration;
    m_responseDock->showBusy(false);
    m_responseDock->showMessage(tr("No database open"));
    m_selectedRegion.clear();
    m_deadlinePolicyAction->setEnabled(false);
    m_importGeoAction->setEnabled(false);
    m_regionTreeDock->setModel(nullptr);
    m_disputeQueueDock->setModel(nullptr);
    m_disputeDetailDock->clearDispute();
    m_queueModel.reset();
    m_regionModel.reset();
    m_disputeRepo.reset();
    m_regionRepo.reset();
    m_db.reset();
    m_countyName.clear();
    ++m_mapGeneration;
    ++m_colourGeneration;
    m_mapDock->view()->setScene(nullptr);
    m_mapDock->showMessage(tr("No database open"));
    m_dbLabel->setText(tr("No database open"));
    m_countsLabel->clear();
    applySession();
}

QString MainWindow::databasePath() const
{
    return m_db ? m_db->path() : QString();
}

namespace {

// What the map needs from the store, read by a worker on its own connection.
struct MapLoad
{
    std::shared_ptr<const geo::MapScene> scene;
    std::shared_ptr<const geo::MapPoints> points;
    QList<MapDock::Metric> metrics;
    QString error;
};

MapLoad readMap(const QString &path)
{
    MapLoad out;
    try {
        auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
        RegionRepository regions(*db);
        out.scene = MapSceneLoader::regions(regions);
        if (out.scene->isEmpty())
            return out;
        out.points = MapSceneLoader::points(*db, *out.scene, QDateTime::currentMSecsSinceEpoch());
        // Which metrics this store can colour the map by (surveys, coverage present?).
        const MapMetrics metrics = MapMetricsRepository(*db).metrics(
            RegionLevel::Township, QDateTime::currentDateTime());
        // Response bands are computed when chosen; they need platforms to measure from.
        const bool platforms = !CoverageRepository(*db).platforms().empty();
        for (MapMetric metric : mapMetrics()) {
            const bool available = metric == MapMetric::ResponseBand
                ? platforms
                : metrics.available(metric);
            out.metrics.append({mapMetricKey(metric), mapMetricLabel(metric), available,
                                available ? QString() : metrics.unavailableReason(metric)});
        }
    } catch (const StoreError &e) {
        out.error = e.message();
    }
    return out;
}

struct MapColours
{
    MapColouring::Result result;
    QString refusal; // the metric has no data here
    QString error;
};

MapColours colourMap(const QString &path, std::shared_ptr<const geo::MapScene> scene,
                     MapMetric metric, RegionLevel level, ClassMethod method,
                     std::shared_ptr<const CoverageReport> coverage)
{
    MapColours out;
    try {
        auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
        const MapMetricsRepository repository(*db);
        MapMetrics metrics = repository.metrics(level, QDateTime::currentDateTime());
        if (metric == MapMetric::ResponseBand) {
            // The coverage panel's analysis when it has one (with its proposals when shown);
            // else the store's, analysed here.
            if (coverage)
                metrics.attachCoverage(*coverage);
            else
                repository.attachCoverage(metrics);
        }
        if (!metrics.available(metric))
            out.refusal = metrics.unavailableReason(metric);
        else
            out.result = MapColouring::colour(metrics, metric, method, kDefaultClasses, *scene);
    } catch (const StoreError &e) {
        out.error = e.message();
    }
    return out;
}

} // namespace

// Outlines, points and metric figures are read off the GUI thread (a second or more for a
// store of a million disputes); the panel says "Loading map…" meanwhile.
void MainWindow::loadMapShapes()
{
    if (!m_db)
        return;
    const int generation = ++m_mapGeneration;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto *watcher = new QFutureWatcher<MapLoad>(this);
    connect(watcher, &QFutureWatcher<MapLoad>::finished, this, [this, watcher, generation, clock] {
        watcher->deleteLater();
        if (generation != m_mapGeneration || !m_db)
            return; // the database was closed or reloaded meanwhile
        const MapLoad load = watcher->result();
        if (!load.error.isEmpty()) {
            m_mapDock->showMessage(tr("The map could not be read:\n%1").arg(load.error));
        } else if (!load.scene || load.scene->isEmpty()) {
            m_mapDock->showMessage(tr("No region outlines in this database"));
        } else {
            m_mapDock->showContent();
            MapView *view = m_mapDock->view();
            view->setScene(load.scene);
            view->setPoints(load.points);
            view->setSelectedRegion(m_regionTreeDock->currentCode());
            m_mapDock->setMetrics(load.metrics);
            applyMapColouring();
        }
        qCInfo(lcStartup) << "map read in" << clock->elapsed() << "ms";
        Q_EMIT panelsReady();
    });
    watcher->setFuture(QtConcurrent::run(readMap, m_db->path()));
}

void MainWindow::reloadMapPoints()
{
    MapView *view = m_mapDock->view();
    if (!m_db || !view->hasScene())
        return;
    const int generation = m_mapGeneration;
    const auto scene = view->scene();
    auto *watcher = new QFutureWatcher<std::shared_ptr<const geo::MapPoints>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const geo::MapPoints>>::finished, this,
            [this, watcher, generation, scene] {
                watcher->deleteLater();
                MapView *view = m_mapDock->view();
                if (generation != m_mapGeneration || view->scene() != scene)
                    return;
                if (const auto points = watcher->result())
                    view->setPoints(points);
                Q_EMIT mapPointsReloaded();
            });
    watcher->setFuture(QtConcurrent::run(
        [path = m_db->path(), scene]() -> std::shared_ptr<const geo::MapPoints> {
            try {
                auto db = Database::open(path, Database::Mode::ReadOnly, false,
                                         Database::Check::Deferred);
                return MapSceneLoader::points(*db, *scene, QDateTime::currentMSecsSinceEpoch());
            } catch (const StoreError &) {
                return nullptr;
            }
        }));
}

namespace {

struct ResponseLoad
{
    ResponseReport report;
    QString error;
    QString settingsProblem;
};

ResponseLoad readResponse(const QString &path, QDate from, QDate toExclusive,
                          const ResponseScope &scope)
{
    ResponseLoad out;
    try {
        auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
        const ResponseStatsRepository repository(*db);
        const std::vector<double> bands = repository.bands(&out.settingsProblem);
        out.report = repository.report(from, toExclusive, bands,
                                       ResponseTimes::DefaultHistogramMinutes, scope);
    } catch (const StoreError &e) {
        out.error = e.message();
    }
    return out;
}

} // namespace

void MainWindow::loadResponseReport()
{
    if (!m_db)
        return;
    const int generation = ++m_responseGeneration;
    m_responseDock->showBusy(true);
    auto *watcher = new QFutureWatcher<ResponseLoad>(this);
    connect(watcher, &QFutureWatcher<ResponseLoad>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_responseGeneration || !m_db)
            return; // a newer period or scope, or another store
        const ResponseLoad load = watcher->result();
        m_responseDock->showBusy(false);
        if (!load.error.isEmpty()) {
            m_responseDock->showMessage(
                tr("The response times could not be read:\n%1").arg(load.error));
            return;
        }
        if (!load.settingsProblem.isEmpty())
            statusBar()->showMessage(load.settingsProblem, 10000);
        m_responseDock->showContent();
        m_responseDock->setReport(load.report);
        if (m_responseScopesPending) {
            m_responseScopesPending = false;
            m_responseDock->setScopes(ResponseDock::scopeChoices(load.report));
        }
    });
    watcher->setFuture(QtConcurrent::run(readResponse, m_db->path(), m_responseDock->from(),
                                         m_responseDock->toExclusive(),
                                         m_responseDock->scope()));
}

void MainWindow::applyMapColouring()
{
    MapView *view = m_mapDock->view();
    if (!m_db || !view->hasScene())
        return;
    const int generation = ++m_colourGeneration;
    MapMetric metric;
    if (!mapMetricFromKey(m_mapDock->metricKey(), &metric)) {
        geo::MapStyle style = view->mapStyle();
        style.fillLevel = RegionLevel::Grid;
        style.fills = geo::MapStyle::townshipTints(*view->scene());
        view->setMapStyle(style, {});
        return;
    }
    const auto scene = view->scene();
    auto *watcher = new QFutureWatcher<MapColours>(this);
    connect(watcher, &QFutureWatcher<MapColours>::finished, this, [this, watcher, generation, scene] {
        watcher->deleteLater();
        MapView *view = m_mapDock->view();
        if (generation != m_colourGeneration || view->scene() != scene)
            return; // a newer choice, or another store
        const MapColours colours = watcher->result();
        if (!colours.error.isEmpty() || !colours.refusal.isEmpty()) {
            statusBar()->showMessage(colours.error.isEmpty() ? colours.refusal : colours.error,
                                     10000);
            return;
        }
        geo::MapStyle style = view->mapStyle();
        style.fillLevel = colours.result.level;
        style.fills = colours.result.fills;
        style.noData = colours.result.classes.noDataColour;
        view->setMapStyle(style, colours.result.legend);
        Q_EMIT mapColoured();
    });
    watcher->setFuture(QtConcurrent::run(
        colourMap, m_db->path(), scene, metric, m_mapDock->metricLevel(),
        m_mapDock->classMethod(),
        m_coverageDesk ? m_coverageDesk->reportShownOnMap() : nullptr));
}

QString MainWindow::mapHoverText(const QString &code) const
{
    if (!m_db)
        return {};
    try {
        const std::optional<MapHoverInfo> info
            = MapMetricsRepository(*m_db).hoverInfo(code, QDateTime::currentDateTime());
        if (!info)
            return code;
        QStringList lines;
        lines << QStringLiteral("<b>%1</b> %2").arg(info->name.toHtmlEscaped(),
                                                    regionLevelLabel(info->level));
        lines << tr("Code: %1").arg(info->code);
        if (!info->workerName.isEmpty())
            lines << tr("Grid worker: %1").arg(info->workerName.toHtmlEscaped());
        const QLocale locale;
        lines << tr("Population: %1 (%2 households)")
                     .arg(locale.toString(info->population), locale.toString(info->households));
        lines << tr("Open disputes: %1 · overdue %2 · last 30 days %3")
                     .arg(info->open)
                     .arg(info->overdue)
                     .arg(info->lastThirtyDays);
        if (m_coverageDesk) {
            const QString response = m_coverageDesk->gridResponseText(info->code);
            if (!response.isEmpty())
                lines << response.toHtmlEscaped();
        }
        return lines.join(QStringLiteral("<br>"));
    } catch (const StoreError &e) {
        return e.message();
    }
}

void MainWindow::exportMap()
{
    MapView *view = m_mapDock->view();
    if (!view->hasScene())
        return;
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the map"), QDir::home().filePath(tr("map.png")),
        tr("PNG image, 300 dpi (*.png);;SVG drawing (*.svg)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        ok = view->exportSvg(path, &error);
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QImage image = view->exportImage(300.0 / 96.0);
        image.setDotsPerMeterX(qRound(300 / 0.0254));
        image.setDotsPerMeterY(qRound(300 / 0.0254));
        ok = image.save(path, "PNG");
        QApplication::restoreOverrideCursor();
        if (!ok)
            error = tr("Cannot write %1").arg(path);
    }
    if (ok && m_sessionDesk)
        m_sessionDesk->audit(QStringLiteral("map.export"), path);
    if (ok)
        statusBar()->showMessage(tr("Map saved to %1").arg(QDir::toNativeSeparators(path)), 10000);
    else
        QMessageBox::warning(this, tr("Export the map"), error);
}

void MainWindow::importBoundaries()
{
    if (!m_db)
        return;
    GeoImportDialog dialog(m_db->path(), currentActor(), this);
    connect(&dialog, &GeoImportDialog::regionsImported, this,
            [this](int inserted, int updated, int) {
                if (inserted + updated == 0)
                    return;
                refresh();
                loadMapShapes();
            });
    dialog.exec();
}

void MainWindow::refresh()
{
    if (!m_db)
        return;
    const QString current = m_regionTreeDock->currentCode();
    m_regionModel->reload();
    m_regionTreeDock->setModel(m_regionModel.get());
    pinScope();
    updateStatusCounts();
    if (m_syncDesk)
        m_syncDesk->reload();
    if (!current.isEmpty() && !m_regionTreeDock->selectRegion(current))
        m_disputeQueueDock->reload();
}

void MainWindow::updateStatusCounts()
{
    if (!m_db)
        return;
    const QLocale locale;
    // The county's counts are the store's; the tree has them already.
    DisputeRepository::Counts counts;
    const QModelIndex county = m_regionModel->index(0, 0);
    if (county.isValid()) {
        counts.total = county.data(int(RegionTreeModel::Role::TotalDisputes)).toLongLong();
        counts.open = county.data(int(RegionTreeModel::Role::OpenDisputes)).toLongLong();
    } else {
        counts = m_disputeRepo->counts(DisputeFilter {});
    }
    m_countsLabel->setText(tr("Regions %1 · Disputes %2 · Open %3")
                               .arg(locale.toString(m_regionRepo->countAll()),
                                    locale.toString(counts.total), locale.toString(counts.open)));
}

void MainWindow::updateTitle()
{
    const QString app = tr("Pingan Command Desk");
    QString title = m_countyName.isEmpty() ? app : tr("%1 — %2").arg(app, m_countyName);
    if (m_sessionDesk && m_sessionDesk->session())
        title = tr("%1 — %2").arg(title, m_sessionDesk->sessionText());
    setWindowTitle(title);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Pingan Command Desk"),
        tr("<h3>Pingan Command Desk %1</h3>"
           "<p>Dispute screening and resolution, grid management, patrol platforms and the "
           "public safety survey for county social-governance centers.</p>")
            .arg(QStringLiteral(PINGAN_VERSION)));
}

void MainWindow::onRegionSelected(const QString &code)
{
    if (!m_db)
        return;
    try {
        const QModelIndex index = m_regionModel->indexForCode(code);
        if (!index.isValid())
            return;
        if (m_sessionDesk && !m_sessionDesk->inScope(code)) {
            // A clerk stays in the township (a click on the map elsewhere, the county at start).
            const QString scope = m_sessionDesk->session()->scopeCode;
            QTimer::singleShot(0, this, [this, scope] {
                if (m_regionModel)
                    m_regionTreeDock->selectRegion(scope);
            });
            return;
        }
        const Region region = m_regionModel->regionAt(index);
        m_selectedRegion = region.code;
        const DisputeFilter filter {RegionCodes::descendantPrefix(region.code, region.level)};
        const DisputeRepository::Counts counts {
            index.data(int(RegionTreeModel::Role::TotalDisputes)).toLongLong(),
            index.data(int(RegionTreeModel::Role::OpenDisputes)).toLongLong()};
        m_disputeQueueDock->setRegion(region.code, counts);
        m_disputeQueueDock->setScope(region.name);
        m_disputeTrendDock->setMonthlyCounts(
            region.name, m_disputeRepo->monthly(filter, m_lastMonth, kTrendMonths), m_lastMonth);
        m_mapDock->view()->setSelectedRegion(code);
        m_mapDock->view()->setHighlightedGrid({});
        m_surveyDock->selectTownship(code);
        if (m_intake && region.level == RegionLevel::Grid)
            m_intake->setGrid(region.code);
        m_disputeDetailDock->clearDispute();
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message(), 10000);
    }
}

void MainWindow::onDisputeSelected(const QString &id)
{
    if (!m_db)
        return;
    try {
        const std::optional<DisputeDetail> detail = m_disputeRepo->detail(id);
        if (!detail) {
            m_disputeDetailDock->clearDispute();
            return;
        }
        // However it was reached (the map shows the whole county), a dispute outside the
        // account's township is not shown.
        if (m_sessionDesk && !m_sessionDesk->may(Permission::ViewCases, detail->gridCode)) {
            m_disputeDetailDock->clearDispute();
            statusBar()->showMessage(tr("This dispute lies outside your township"), 10000);
            return;
        }
        m_disputeDetailDock->setUnmaskOffered(
            !m_db->isReadOnly() && m_sessionDesk
            && m_sessionDesk->may(Permission::ViewPersonalData, detail->gridCode));
        // Opening a dispute shows its parties (masked): a view of a personal record, audited
        // once per opening, not at each refresh.
        const bool opened = detail->id != m_disputeDetailDock->disputeId();
        m_disputeDetailDock->showDispute(*detail);
        if (opened && m_sessionDesk && !m_db->isReadOnly())
            m_sessionDesk->audit(QStringLiteral("dispute.view"), detail->id);
        m_mapDock->view()->setHighlightedGrid(detail->gridCode, true);
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message(), 10000);
    }
}

// --- accounts and permissions ---------------------------------------------------------------

QString MainWindow::currentActor() const
{
    return m_sessionDesk ? m_sessionDesk->actor() : currentUser();
}

QString MainWindow::sessionStatusText() const
{
    return m_sessionLabel->text();
}

void MainWindow::openBackups()
{
    if (!m_backupScheduler)
        return;
    BackupScheduler *scheduler = m_backupScheduler.get();
    const bool mayRestore = !m_sessionDesk || m_sessionDesk->may(Permission::Restore);
    BackupDialog::Actions actions;
    actions.saveSettings = [scheduler](const BackupDialog::Settings &d) {
        scheduler->setSettings({d.folder, d.intervalHours, d.keep});
    };
    actions.backupNow = [scheduler] { return scheduler->backupNow(); };
    actions.cancelBackup = [scheduler] { scheduler->cancel(); };
    actions.describeBackup = [mayRestore](const QString &file, QString *error) -> QString {
        if (!mayRestore) {
            if (error)
                *error = tr("This account may not restore backups");
            return {};
        }
        try {
            const BackupInfo info = BackupService::readInfo(file);
            return tr("Made %1 by %2 (schema %3, audit log up to entry %4).")
                .arg(QDateTime::fromMSecsSinceEpoch(info.madeAt).toString(
                         QStringLiteral("yyyy-MM-dd HH:mm")),
                     info.madeBy.isEmpty() ? tr("unknown") : info.madeBy)
                .arg(info.schemaVersion)
                .arg(info.auditHeadSeq);
        } catch (const StoreError &e) {
            if (error)
                *error = e.message();
            return {};
        }
    };
    actions.restore = [this, scheduler](const QString &file) {
        if (m_sessionDesk)
            m_sessionDesk->audit(QStringLiteral("restore.start"), file);
        closeDatabase();
        scheduler->restore(file);
    };
    const BackupScheduler::Settings current = scheduler->settings();
    BackupDialog dialog({current.folder, current.intervalHours, current.keep}, actions, this);
    dialog.setLastBackup(scheduler->newestBackup());
    connect(scheduler, &BackupScheduler::progress, &dialog, &BackupDialog::setProgress);
    connect(scheduler, &BackupScheduler::finished, &dialog, &BackupDialog::backupFinished);
    connect(scheduler, &BackupScheduler::restoreFinished, &dialog, &BackupDialog::restoreFinished);
    dialog.exec();
}

void MainWindow::offerRestore()
{
    if (!m_db || m_db->damaged().isEmpty() || !m_backupScheduler)
        return;
    if (m_sessionDesk && !m_sessionDesk->may(Permission::Restore))
        return;
    const QString newest = m_backupScheduler->newestBackup();
    if (newest.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Damaged database"),
                              tr("The database is damaged and open read-only. Restore the newest "
                                 "backup (%1)? The damaged file is kept beside it.")
                                  .arg(QDir::toNativeSeparators(newest)))
        == QMessageBox::Yes)
        QTimer::singleShot(0, this, &MainWindow::openBackups);
}

void MainWindow::makeReportDesk()
{
    m_reportDesk = std::make_unique<ReportDesk>(*m_db, m_reportDialog);
    m_reportDesk->setAudit([this](const QString &action, const QString &object) {
        if (m_sessionDesk)
            m_sessionDesk->audit(action, object);
    });
    applyReportSession();
}

// The report follows the account: a township account reports on its township only, and the
// Excel export needs the permission to export data.
void MainWindow::applyReportSession()
{
    if (!m_reportDesk)
        return;
    const std::optional<Session> session
        = m_sessionDesk ? m_sessionDesk->session() : std::optional<Session>();
    m_reportDesk->setScopeLimit(session && session->scoped() ? session->scopeCode : QString());
    if (m_reportDialog)
        m_reportDialog->setExcelAllowed(!m_sessionDesk
                                        || m_sessionDesk->may(Permission::ExportData));
}

void MainWindow::applySession()
{
    const bool open = bool(m_db);
    const bool editable = open && !m_db->isReadOnly();
    const std::optional<Session> session
        = m_sessionDesk ? m_sessionDesk->session() : std::optional<Session>();
    const auto may = [this, open](Permission p) {
        return open && (!m_sessionDesk || m_sessionDesk->may(p));
    };

    const QString actor = currentActor();
    if (m_actionHandler)
        m_actionHandler->setActor(actor);
    if (m_platformDesk)
        m_platformDesk->setActor(actor);
    if (m_coverageDesk)
        m_coverageDesk->setActor(actor);
    if (m_surveyDesk) {
        m_surveyDesk->setActor(actor);
        m_surveyDesk->setReadOnly(!editable || !may(Permission::ImportData));
    }
    if (open)
        m_disputeQueueDock->setCurrentUser(actor);

    // The store refuses what a role may not do; the desk does not offer it either.
    m_disputeDetailDock->setRole(session ? std::optional<UserRole>(session->role) : std::nullopt);
    m_disputeDetailDock->setEditable(editable && may(Permission::WorkDispute));
    m_newDisputeAction->setEnabled(editable && may(Permission::RegisterDispute));
    if (m_intake && !m_newDisputeAction->isEnabled())
        m_intake->close();
    m_deadlinePolicyAction->setEnabled(editable && may(Permission::EditSettings));
    m_importGeoAction->setEnabled(editable && may(Permission::ImportData));
    m_importSurveyAction->setEnabled(editable && may(Permission::ImportData));
    m_surveySchemeAction->setEnabled(editable && may(Permission::ImportData));
    m_monthlyReportAction->setEnabled(open && may(Permission::PrintReport));
    // Backups are a file store's; a server store has its own (README, "PostgreSQL").
    const bool file = open && !m_db->isPostgres();
    m_backupAction->setEnabled(file && may(Permission::Backup));
    if (m_coverageDesk)
        m_coverageDesk->setSettingsAllowed(editable && may(Permission::EditSettings));
    if (m_backupScheduler && session)
        m_backupScheduler->setActor(session->login);
    applyReportSession();
    if (open && m_reportDialog && !m_monthlyReportAction->isEnabled())
        m_reportDialog->close();
    if (m_platformDesk)
        m_platformDock->setEditable(editable && may(Permission::EditPlatforms));
    m_syncConflictsAction->setEnabled(open && may(Permission::ViewCases));
    m_syncExportAction->setEnabled(editable && may(Permission::Sync));
    m_syncImportAction->setEnabled(editable && may(Permission::Sync));
    m_syncNodeAction->setEnabled(open && may(Permission::Sync));
    if (m_syncDesk) {
        m_syncDesk->setActor(actor);
        m_syncDesk->setScope(session && session->scoped() ? session->scopeCode : QString());
        m_syncDesk->setRefusal([this](const SyncConflict &c) { return conflictRefusal(c); });
        m_syncDesk->setPairingAllowed(editable && may(Permission::Sync));
        m_syncDesk->reload();
    }

    m_changePasswordAction->setEnabled(bool(session));
    m_lockAction->setEnabled(bool(session));
    m_signOutAction->setEnabled(bool(session));
    m_manageUsersAction->setEnabled(session && editable && may(Permission::ManageUsers));
    m_auditLogAction->setEnabled(session && may(Permission::ViewAudit));

    withholdCasePanels(open && !may(Permission::ViewCases));
    if (m_auditLogAction->isEnabled()) {
        ensureAuditDock();
        m_auditDock->show();
        m_auditDock->raise();
        m_auditDock->reload();
    } else if (m_auditDock) {
        m_auditDock->hide();
        m_auditDock->toggleViewAction()->setEnabled(false);
    }
    if (open && session && session->scoped())
        pinScope();

    // The workflow buttons of the dispute on show follow the role.
    if (open && !m_disputeDetailDock->disputeId().isEmpty())
        onDisputeSelected(m_disputeDetailDock->disputeId());

    if (!open) {
        m_sessionLabel->clear();
        m_sessionLabel->setStyleSheet(QString());
    } else if (session) {
        m_sessionLabel->setText(tr("Signed in: %1").arg(m_sessionDesk->sessionText()));
        m_sessionLabel->setStyleSheet(QString());
    } else if (m_sessionDesk && m_sessionDesk->hasAccounts()) {
        m_sessionLabel->setText(tr("Nobody is signed in"));
        m_sessionLabel->setStyleSheet(QString());
    } else {
        m_sessionLabel->setText(
            tr("This database has no user accounts: everybody may do everything"));
        m_sessionLabel->setStyleSheet(QStringLiteral("color:#b91c1c; font-weight:600"));
    }
    updateTitle();
}

// Admin duties (系统/安全/审计管理员) hold no case permission: the case panels are hidden and
// cannot be brought back, and the middle of the window says what the account is for.
void MainWindow::withholdCasePanels(bool withhold)
{
    if (withhold != m_casePanelsWithheld) {
        m_casePanelsWithheld = withhold;
        if (withhold)
            m_stateBeforeWithholding = saveState(kLayoutVersion);
        for (QDockWidget *dock : docks()) {
            dock->toggleViewAction()->setEnabled(!withhold);
            if (QAction *go = m_goToActions.value(dock))
                go->setEnabled(!withhold);
            if (withhold)
                dock->hide();
        }
        // The conflicts are records of cases too.
        m_conflictDock->toggleViewAction()->setEnabled(!withhold);
        if (withhold)
            m_conflictDock->hide();
        m_fitMapAction->setEnabled(!withhold);
        m_resetLayoutAction->setEnabled(!withhold);
        // The county's counts are case statistics too.
        m_countsLabel->setVisible(!withhold);
        m_conflictsLabel->setVisible(!withhold && !m_conflictsLabel->text().isEmpty());
        if (!withhold) {
            delete takeCentralWidget();
            if (m_stateBeforeWithholding.isEmpty()
                || !restoreState(m_stateBeforeWithholding, kLayoutVersion)) {
                for (QDockWidget *dock : docks())
                    dock->show();
            }
        }
    }
    if (!withhold)
        return;
    auto *label = qobject_cast<QLabel *>(centralWidget());
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("dutiesLabel"));
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setMargin(40);
        // Beside the audit dock the text keeps a readable width.
        label->setMinimumWidth(360);
        setCentralWidget(label);
    }
    QStringList duties;
    if (m_sessionDesk && m_sessionDesk->session()) {
        for (Permission p : allPermissions()) {
            if (m_sessionDesk->session()->may(p))
                duties << QStringLiteral("<li>%1</li>").arg(permissionLabel(p).toHtmlEscaped());
        }
    }
    if (duties.isEmpty()) {
        label->setText(tr("<h3>Nobody is signed in</h3>"));
        return;
    }
    label->setText(
        tr("<h3>%1</h3><p>This account does not see disputes, parties or statistics. "
           "Its duties:</p><ul>%2</ul><p>They are in the Account and File menus.</p>")
            .arg(m_sessionDesk->sessionText().toHtmlEscaped(), duties.join(QString())));
}

void MainWindow::ensureAuditDock()
{
    if (m_auditDock || !m_sessionDesk)
        return;
    m_auditDock = new AuditDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_auditDock);
    m_auditDock->setQuery([this](const AuditFilter &filter) {
        return m_sessionDesk ? m_sessionDesk->auditRows(filter) : QList<AuditEntry>();
    });
    m_auditDock->setVerify([this] {
        if (m_sessionDesk)
            return m_sessionDesk->verifyAudit();
        AuditVerdict none;
        return none;
    });
    m_viewMenu->insertAction(m_toolBar->toggleViewAction(), m_auditDock->toggleViewAction());
}

void MainWindow::pinScope()
{
    if (!m_regionModel || !m_sessionDesk || !m_sessionDesk->session()
        || !m_sessionDesk->session()->scoped())
        return;
    const QString scope = m_sessionDesk->session()->scopeCode;
    const QModelIndex township = m_regionModel->indexForCode(scope);
    if (!township.isValid())
        return;
    const QModelIndex county = township.parent();
    while (m_regionModel->canFetchMore(county))
        m_regionModel->fetchMore(county);
    QTreeView *view = m_regionTreeDock->view();
    for (int row = 0; row < m_regionModel->rowCount(county); ++row)
        view->setRowHidden(row, county, row != township.row());
    if (m_regionTreeDock->currentCode() != scope)
        m_regionTreeDock->selectRegion(scope);
}

void MainWindow::showLockCover(bool locked)
{
    if (!locked) {
        delete m_lockCover;
        m_lockCover = nullptr;
        return;
    }
    if (m_lockCover)
        return;
    // Covers the panels while the lock screen is up (floating panels are hidden meanwhile).
    auto *cover = new QLabel(tr("Locked"), this);
    cover->setObjectName(QStringLiteral("lockCover"));
    cover->setAlignment(Qt::AlignCenter);
    cover->setAutoFillBackground(true);
    cover->setStyleSheet(
        QStringLiteral("background:#1f2937; color:#e5e7eb; font-size:28px; font-weight:600"));
    cover->setGeometry(rect());
    cover->show();
    cover->raise();
    m_lockCover = cover;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->isFloating() && dock->isVisible()) {
            dock->hide();
            connect(m_sessionDesk.get(), &SessionDesk::lockedChanged, dock,
                    [dock](bool locked) {
                        if (!locked)
                            dock->show();
                    },
                    Qt::SingleShotConnection);
        }
    }
}

void MainWindow::signOut()
{
    if (!m_sessionDesk || !m_sessionDesk->session())
        return;
    m_sessionDesk->signOut();
    if (!m_sessionDesk->signIn())
        closeDatabase();
}

void MainWindow::manageUsers()
{
    if (!m_db || !m_sessionDesk || !m_sessionDesk->session()
        || !m_sessionDesk->may(Permission::ManageUsers))
        return;
    QList<UserDialog::Township> townships;
    try {
        RegionRepository::Query query;
        query.level = RegionLevel::Township;
        for (const Region &r : m_regionRepo->list(query))
            townships.append({r.code, r.name});
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message(), 10000);
    }
    UserDialog dialog(m_sessionDesk->userCallbacks(), townships,
                      m_sessionDesk->policy().minPasswordLength, this);
    dialog.exec();
}

void MainWindow::showConflicts()
{
    if (!m_syncDesk || m_casePanelsWithheld)
        return;
    m_syncDesk->reload();
    m_conflictDock->show();
    m_conflictDock->raise();
}

void MainWindow::updateConflictStatus(int open)
{
    m_conflictsText = open > 0 ? tr("%n sync conflict(s) to resolve", nullptr, open) : QString();
    if (open > 0) {
        m_conflictsLabel->setText(
            QStringLiteral("<a href=\"conflicts\" style=\"color:#b45309\">%1</a>")
                .arg(m_conflictsText.toHtmlEscaped()));
    } else {
        m_conflictsLabel->clear();
    }
    m_conflictsLabel->setVisible(open > 0 && !m_casePanelsWithheld);
}

QString MainWindow::conflictsStatusText() const
{
    return m_conflictsText;
}

QString MainWindow::conflictRefusal(const SyncConflict &conflict) const
{
    if (!m_db)
        return tr("No database open");
    if (m_db->isReadOnly())
        return tr("Read-only: the database is open read-only, so conflicts cannot be resolved.");
    if (!m_sessionDesk)
        return {};
    const std::optional<Session> &session = m_sessionDesk->session();
    if (session && session->scoped() && conflict.regionCode.isEmpty())
        return tr("Read-only: this record belongs to the whole county; a county account resolves "
                  "it.");
    if (!m_sessionDesk->may(Permission::WorkDispute, conflict.regionCode)
        || !m_sessionDesk->may(Permission::Sync, conflict.regionCode))
        return tr("Read-only: resolving a sync conflict needs an account that handles disputes "
                  "and exchanges sync packages (a supervisor, or a township clerk within its "
                  "township).");
    return {};
}

void MainWindow::onSyncRecordChanged(const QString &table, const QString &rowId)
{
    if (!m_db)
        return;
    if (table == QLatin1String("dispute")) {
        onDisputeChanged(rowId);
    } else if (table.startsWith(QLatin1String("dispute_"))) {
        const QString shown = m_disputeDetailDock->disputeId();
        m_disputeQueueDock->reload();
        if (!shown.isEmpty())
            onDisputeSelected(shown);
    } else if (table == QLatin1String("platform") || table == QLatin1String("patrol_shift")
               || table == QLatin1String("incident")) {
        if (m_platformDesk)
            m_platformDesk->reload();
        if (m_coverageDesk && table == QLatin1String("platform"))
            m_coverageDesk->refresh();
        reloadMapPoints();
        loadResponseReport();
    } else {
        refresh();
    }
}
