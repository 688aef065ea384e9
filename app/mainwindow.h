#pragma once

#include "disputeactionhandler.h"
#include "domain/permissions.h"
#include "store/database.h"
#include "store/disputerepository.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class AuditDock;
class Database;
class DisputeDetailDock;
class DisputeQueueDock;
class DisputeQueueModel;
class DisputeTrendDock;
class MapDock;
class CoverageDesk;
class ResponseDock;
class SurveyDesk;
class SurveyDock;
class CoverageDock;
class PlatformDesk;
class PlatformDock;
class DisputeChangeFeed;
class DisputeCommands;
class DisputeIntakeDialog;
class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QToolBar;
class RegionRepository;
class RegionTreeDock;
class RegionTreeModel;
class ReportDesk;
class ReportDialog;
class BackupScheduler;
class ConflictDock;
class SessionDesk;
class SyncDesk;
struct DemoOptions;
struct SyncConflict;

// The desk's main window: region tree, map, dispute queue, dispute detail and trend chart as
// docks around each other, wired so that choosing a region or a dispute drives every panel.
// The window shows before the database is opened; the store is read right after the first
// paint so that starting never waits for it. A store with accounts asks who signs in before
// any panel is filled, and the menus and panels follow that account's permissions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString dbPath; // empty: Database::defaultPath()
        bool openOnFirstPaint = true; // open dbPath (or offer a demo) after the first paint
        // Offer to create the system administrator when a store has no accounts (a store with
        // accounts always asks who signs in).
        bool askForAccounts = true;
    };

    // Saved layouts carry this number; a layout saved by another version is not restored.
    static constexpr int kLayoutVersion = 3;

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a store now, replacing the open one. Shows a message and returns false on failure.
    bool openDatabase(const QString &path,
                      Database::Check check = Database::Check::Deferred);
    void closeDatabase();
    QString databasePath() const;
    // Creates the demo county in `path` in the background with a cancellable progress dialog,
    // then opens it (databaseOpened). Returns at once.
    void createDemoDatabase(const QString &path, const DemoOptions &options);

    RegionTreeDock *regionTreeDock() const { return m_regionTreeDock; }
    MapDock *mapDock() const { return m_mapDock; }
    DisputeQueueDock *disputeQueueDock() const { return m_disputeQueueDock; }
    DisputeDetailDock *disputeDetailDock() const { return m_disputeDetailDock; }
    DisputeTrendDock *disputeTrendDock() const { return m_disputeTrendDock; }
    PlatformDock *platformDock() const { return m_platformDock; }
    PlatformDesk *platformDesk() const { return m_platformDesk.get(); }
    CoverageDock *coverageDock() const { return m_coverageDock; }
    CoverageDesk *coverageDesk() const { return m_coverageDesk.get(); }
    ResponseDock *responseDock() const { return m_responseDock; }
    SurveyDock *surveyDock() const { return m_surveyDock; }
    SurveyDesk *surveyDesk() const { return m_surveyDesk.get(); }
    // Sync conflicts (hidden unless some are open) and their desk while a store is open.
    ConflictDock *conflictDock() const { return m_conflictDock; }
    SyncDesk *syncDesk() const { return m_syncDesk.get(); }
    QAction *syncConflictsAction() const { return m_syncConflictsAction; }
    // File ▸ Sync ▸ Export / Import sync package… (need Permission::Sync).
    QAction *syncExportAction() const { return m_syncExportAction; }
    QAction *syncImportAction() const { return m_syncImportAction; }
    QAction *syncNodeAction() const { return m_syncNodeAction; }
    // "3 个同步冲突待处理" in the status bar, or empty when none are open.
    QString conflictsStatusText() const;
    QList<QDockWidget *> docks() const;
    QMenu *viewMenu() const { return m_viewMenu; }
    QAction *resetLayoutAction() const { return m_resetLayoutAction; }

    // Who is signed in (null while no store is open).
    SessionDesk *sessionDesk() const { return m_sessionDesk.get(); }
    // The audit dock once an audit admin signed in (null before).
    AuditDock *auditDock() const { return m_auditDock; }
    QMenu *accountMenu() const { return m_accountMenu; }
    QAction *newDisputeAction() const { return m_newDisputeAction; }
    QAction *changePasswordAction() const { return m_changePasswordAction; }
    QAction *lockAction() const { return m_lockAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    QAction *manageUsersAction() const { return m_manageUsersAction; }
    QAction *auditLogAction() const { return m_auditLogAction; }
    QAction *importSurveyAction() const { return m_importSurveyAction; }
    QAction *deadlinePolicyAction() const { return m_deadlinePolicyAction; }
    // "Signed in: …" or the warning that the store has no accounts.
    QString sessionStatusText() const;
    // The panels with cases are withheld from an account without ViewCases (admins).
    bool casePanelsWithheld() const { return m_casePanelsWithheld; }

    // Window geometry and dock layout in the user's settings.
    void saveLayout() const;
    bool restoreLayout();
    void resetLayout();

Q_SIGNALS:
    void databaseOpened(const QString &path);
    // Every panel of the opened store has its data (the map outlines come last).
    void panelsReady();
    void demoCreationFinished(bool ok);
    // The map's colours for the chosen metric arrived and are shown.
    void mapColoured();
    // The map shows the platforms as they are in the store (after an edit).
    void mapPointsReloaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void arrangeDefaultLayout();
    void applyDefaultSizes();

    void openInitialDatabase();
    void offerNoDatabase(const QString &path);
    void chooseDatabaseToOpen();
    void chooseDemoDatabaseToCreate();
    void showAbout();
    void refresh();
    void loadMapShapes();
    // The map's points again (a platform was added, moved or retired), read off the GUI thread.
    void reloadMapPoints();
    // Measured response times for the response panel's period and scope, read by a worker.
    void loadResponseReport();
    // Colours the map by the metric the map panel shows (or tints townships).
    void applyMapColouring();
    void exportMap();
    void importBoundaries();
    QString mapHoverText(const QString &code) const;
    void startIntegrityCheck();
    void updateStatusCounts();
    void updateTitle();

    void onRegionSelected(const QString &code);
    void onDisputeSelected(const QString &id);
    // After a workflow action or a registration: the detail, the queue and the counts again.
    void onDisputeChanged(const QString &id);
    // Another workstation changed disputes (a server store's notification): counts, queue and
    // the dispute shown are read again.
    void onDisputesChangedElsewhere();
    void editDeadlinePolicy();
    void setUpDisputeActions();
    void openIntake();
    // The monthly report dialog: created once, not modal, reused for every report.
    void openMonthlyReport();
    // File ▸ 备份与恢复…: the schedule, a backup now, a restore (system admin).
    void openBackups();
    // A damaged store, once somebody who may restore is signed in: offers the newest backup.
    void offerRestore();
    void applyReportSession();
    void makeReportDesk();
    // File ▸ 同步冲突…: the conflicts panel in front, read again.
    void showConflicts();
    // The status bar's note of open conflicts.
    void updateConflictStatus(int open);
    // A resolved conflict wrote a row: the panels that show it read it again.
    void onSyncRecordChanged(const QString &table, const QString &rowId);
    // Why the signed-in account may not resolve `conflict` (the panel's read-only line), or
    // empty when it may.
    QString conflictRefusal(const SyncConflict &conflict) const;

    // Sign-in state → actors, enabled actions, panels, the audit dock, status and title.
    void applySession();
    void withholdCasePanels(bool withhold);
    void ensureAuditDock();
    // A clerk's township: the only one in the tree, selected.
    void pinScope();
    void showLockCover(bool locked);
    void signOut();
    void manageUsers();
    // The login actions are recorded under: the signed-in account, else currentUser().
    QString currentActor() const;

public:
    // Who sits at the desk: PINGAN_USER or the system login (accounts arrive with security).
    static QString currentUser();
    DisputeActionHandler *disputeActionHandler() const { return m_actionHandler.get(); }
    DisputeIntakeDialog *intakeDialog() const;
    // The monthly report dialog once it has been opened (null before), and its desk while a
    // store is open.
    ReportDialog *reportDialog() const;
    ReportDesk *reportDesk() const { return m_reportDesk.get(); }
    QAction *monthlyReportAction() const { return m_monthlyReportAction; }
    QAction *backupAction() const { return m_backupAction; }

private:

    Options m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegionRepository> m_regionRepo;
    std::unique_ptr<DisputeRepository> m_disputeRepo;
    std::unique_ptr<RegionTreeModel> m_regionModel;
    std::unique_ptr<DisputeQueueModel> m_queueModel;
    std::unique_ptr<DisputeActionHandler> m_actionHandler;
    std::unique_ptr<DisputeCommands> m_commands;
    std::unique_ptr<DisputeChangeFeed> m_changeFeed;   // on a server store only
    QString m_selectedRegion;
    QString m_countyName;
    QDate m_lastMonth; // the chart ends with the month of the newest dispute

    std::shared_ptr<std::atomic_bool> m_demoCancel;
    QFuture<void> m_demoFuture;
    QPointer<QProgressDialog> m_demoProgress;

    RegionTreeDock *m_regionTreeDock = nullptr;
    MapDock *m_mapDock = nullptr;
    DisputeQueueDock *m_disputeQueueDock = nullptr;
    DisputeDetailDock *m_disputeDetailDock = nullptr;
    DisputeTrendDock *m_disputeTrendDock = nullptr;
    PlatformDock *m_platformDock = nullptr;
    std::unique_ptr<PlatformDesk> m_platformDesk;
    CoverageDock *m_coverageDock = nullptr;
    std::unique_ptr<CoverageDesk> m_coverageDesk;
    ResponseDock *m_responseDock = nullptr;
    SurveyDock *m_surveyDock = nullptr;
    std::unique_ptr<SurveyDesk> m_surveyDesk;
    ConflictDock *m_conflictDock = nullptr;
    std::unique_ptr<SyncDesk> m_syncDesk;
    QAction *m_syncConflictsAction = nullptr;
    QAction *m_syncExportAction = nullptr;
    QAction *m_syncImportAction = nullptr;
    QAction *m_syncNodeAction = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    QString m_conflictsText;
    int m_responseGeneration = 0;
    bool m_responseScopesPending = true; // fill the scope list from the next report

    QMenu *m_fileMenu = nullptr;
    QMenu *m_disputeMenu = nullptr;
    QAction *m_newDisputeAction = nullptr;
    QPointer<DisputeIntakeDialog> m_intake;
    QAction *m_deadlinePolicyAction = nullptr;
    QAction *m_importGeoAction = nullptr;
    QAction *m_importSurveyAction = nullptr;
    QAction *m_surveySchemeAction = nullptr;
    QAction *m_monthlyReportAction = nullptr;
    QAction *m_backupAction = nullptr;
    std::unique_ptr<BackupScheduler> m_backupScheduler;
    QPointer<ReportDialog> m_reportDialog;
    std::unique_ptr<ReportDesk> m_reportDesk;
    std::unique_ptr<SessionDesk> m_sessionDesk;
    AuditDock *m_auditDock = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_manageUsersAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    QHash<QDockWidget *, QAction *> m_goToActions;
    bool m_casePanelsWithheld = false;
    QByteArray m_stateBeforeWithholding;
    QWidget *m_lockCover = nullptr;
    bool m_signInCancelled = false;
    int m_mapGeneration = 0;    // map reads under way belong to this store
    int m_colourGeneration = 0; // only the newest metric choice is applied
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_createDemoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_fitMapAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLabel *m_dbLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_sessionLabel = nullptr;

    bool m_layoutRestored = false;
    bool m_defaultSizesPending = true;
};
