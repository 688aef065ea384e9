#include "syncfixture.h"
#include "widgettesthelpers.h"

#include "mainwindow.h"
#include "sessiondesk.h"
#include "syncdesk.h"

#include "disputes/disputedetaildock.h"
#include "domain/dispute.h"
#include "qt/conflictfieldmodel.h"
#include "qt/conflictmodel.h"
#include "security/signindialog.h"
#include "store/conflictrepository.h"
#include "store/disputecommands.h"
#include "store/noderepository.h"
#include "store/syncexchange.h"
#include "store/userrepository.h"
#include "sync/conflictdock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace {


using WidgetTest::whenShown;
using namespace SyncFixture;




} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hub;          // the county's store, holding one open conflict
    QString m_town;         // the township's store, without conflicts
    QString m_disputeId;    // the dispute both nodes acted on
    QString m_township;
    WidgetTest::LeakGuard m_leaks;

    std::unique_ptr<MainWindow> open(const QString &path, const QString &login = {})
    {
        auto w = openWindow(path, login, QSize(1500, 950));
        return w;
    }

    static QString disputeValue(const QString &path, const QString &id, const QString &column)
    {
        auto db = Database::open(path, Database::Mode::ReadOnly, false,
                                 Database::Check::Deferred);
        return scalar(*db, QStringLiteral("SELECT %1 FROM dispute WHERE id = ?").arg(column),
                      {id});
    }

    static QList<SyncConflict> openConflicts(const QString &path)
    {
        auto db = Database::open(path, Database::Mode::ReadOnly, false,
                                 Database::Check::Deferred);
        return ConflictRepository(*db).list();
    }

    static QModelIndex fieldIndex(ConflictFieldModel *model, const QString &field, int column)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(int(ConflictFieldModel::Role::Field)).toString()
                == field)
                return model->index(row, column);
        }
        return {};
    }

private Q_SLOTS:
    // A county hub and a township node with the same demo county; one exchange each way so
    // that each has confirmed the other's rows; then the township withdraws a dispute under
    // mediation while the hub, a minute later, records it as resolved, and the township's
    // next package reaches the hub: a conflict (the table keeps the hub's later version).
    void initTestCase()
    {
        m_hub = m_dir.filePath(QStringLiteral("hub.db"));
        m_town = m_dir.filePath(QStringLiteral("township.db"));
        makeDemo(m_hub);
        makeDemo(m_town);
        auto hub = Database::open(m_hub);
        auto township = Database::open(m_town);

        m_disputeId = scalar(*hub, QStringLiteral(
            "SELECT id FROM dispute WHERE status = 'mediating' ORDER BY case_no LIMIT 1"));
        QVERIFY(!m_disputeId.isEmpty());
        const QString grid = scalar(*hub, QStringLiteral(
            "SELECT grid_code FROM dispute WHERE id = ?"), {m_disputeId});
        m_township = grid.left(9) + QStringLiteral("000");

        qint64 now = QDateTime::currentMSecsSinceEpoch();
        NodeRepository hubNodes(*hub);
        NodeRepository townNodes(*township);
        hubNodes.init(QStringLiteral("hub"), QString(), kHubName, now);
        townNodes.init(QStringLiteral("township"), m_township, kTownshipName, now);
        hubNodes.trust(townNodes.identity(), now);
        townNodes.trust(hubNodes.identity(), now);

        SyncExchange hubSync(*hub);
        SyncExchange townSync(*township);
        const auto townToHub = [&](const QString &name) {
            const QString file = m_dir.filePath(name);
            townSync.exportTo(kHubName, file, now += 1000);
            return hubSync.importFrom(file, now += 1000);
        };
        const auto hubToTown = [&](const QString &name) {
            const QString file = m_dir.filePath(name);
            hubSync.exportTo(kTownshipName, file, now += 1000);
            return townSync.importFrom(file, now += 1000);
        };
        QCOMPARE(townToHub(QStringLiteral("t1.pkg")).conflicts, 0);
        QCOMPARE(hubToTown(QStringLiteral("h1.pkg")).conflicts, 0);

        DisputeActionInput withdraw;
        withdraw.actor = QStringLiteral("township-clerk");
        withdraw.note = QStringLiteral("当事人已自行和解，申请撤回");
        DisputeCommands(*township).act(m_disputeId, DisputeAction::Withdraw, withdraw,
                                       now += 60000);
        DisputeActionInput resolve;
        resolve.actor = QStringLiteral("county-op");
        resolve.note = QStringLiteral("双方达成调解协议，赔偿款当场结清");
        DisputeCommands(*hub).act(m_disputeId, DisputeAction::Resolve, resolve, now += 60000);

        const SyncExchange::Imported imported = townToHub(QStringLiteral("t2.pkg"));
        QVERIFY(imported.conflicts >= 1);
        const QList<SyncConflict> open = ConflictRepository(*hub).list();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().table, QStringLiteral("dispute"));
        QCOMPARE(open.first().rowId, m_disputeId);
    }

    void init() { m_leaks.begin(); }

    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(QStringLiteral("leaked windows: ") + leaked));
    }

    void theConflictIsListedWithBothVersions()
    {
        const QString path = copyOf(m_hub, m_dir, QStringLiteral("list.db"));
        auto w = open(path);
        QVERIFY(w);
        ConflictDock *dock = w->conflictDock();
        QAbstractItemModelTester listTester(dock->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester fieldTester(
            dock->fieldModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        // Open conflicts bring the panel to the front and a note into the status bar.
        QVERIFY(dock->isVisible());
        QCOMPARE(w->conflictsStatusText(),
                 MainWindow::tr("%n sync conflict(s) to resolve", nullptr, 1));
        QVERIFY(w->syncConflictsAction()->isEnabled());

        QCOMPARE(dock->model()->rowCount(), 1);
        const QModelIndex row = dock->model()->index(0, ConflictModel::TableColumn);
        QCOMPARE(row.data().toString(), ConflictModel::tr("Dispute"));
        QCOMPARE(dock->model()->index(0, ConflictModel::StatusColumn).data().toString(),
                 ConflictModel::tr("Open"));
        QCOMPARE(dock->currentConflictId(), dock->model()->conflict(0).id);

        // Both versions, the hub's and the township's, with the nodes they came from.
        QVERIFY(dock->versionsText().contains(kHubName));
        QVERIFY(dock->versionsText().contains(kTownshipName));
        ConflictFieldModel *fields = dock->fieldModel();
        QVERIFY(fields->differingFields().contains(QStringLiteral("status")));
        QCOMPARE(fields->rowCount(), int(fields->differingFields().size()));
        QCOMPARE(fieldIndex(fields, QStringLiteral("status"), ConflictFieldModel::FieldColumn)
                     .data().toString(),
                 ConflictFieldModel::tr("Status"));
        QCOMPARE(fieldIndex(fields, QStringLiteral("status"), ConflictFieldModel::LocalColumn)
                     .data().toString(),
                 disputeStatusLabel(DisputeStatus::Resolved));
        QCOMPARE(fieldIndex(fields, QStringLiteral("status"), ConflictFieldModel::RemoteColumn)
                     .data().toString(),
                 disputeStatusLabel(DisputeStatus::Withdrawn));
        // Every field on request, the unchanged ones included.
        dock->showAllFieldsBox()->setChecked(true);
        QVERIFY(fields->rowCount() > int(fields->differingFields().size()));
        QVERIFY(fieldIndex(fields, QStringLiteral("title"), 0).isValid());
        QCOMPARE(fieldIndex(fields, QStringLiteral("title"), 0)
                     .data(int(ConflictFieldModel::Role::Differs)).toBool(), false);
        dock->showAllFieldsBox()->setChecked(false);

        // Without accounts anybody may resolve.
        QVERIFY(dock->keepLocalButton()->isEnabled());
        QVERIFY(dock->keepRemoteButton()->isEnabled());
        QVERIFY(dock->mergeButton()->isEnabled());
        QVERIFY(dock->refusalText().isEmpty());

        // The menu brings it back after it was closed.
        dock->close();
        QVERIFY(!dock->isVisible());
        w->syncConflictsAction()->trigger();
        QVERIFY(dock->isVisible());
    }

    void keepingTheRemoteVersionWritesItAndClosesTheConflict()
    {
        const QString path = copyOf(m_hub, m_dir, QStringLiteral("remote.db"));
        auto w = open(path);
        QVERIFY(w);
        ConflictDock *dock = w->conflictDock();
        QCOMPARE(dock->model()->rowCount(), 1);
        QVERIFY(dock->model()->conflict(0).localInTable);
        QCOMPARE(disputeValue(path, m_disputeId, QStringLiteral("status")),
                 QStringLiteral("resolved"));

        QTest::mouseClick(dock->keepRemoteButton(), Qt::LeftButton);

        QCOMPARE(disputeValue(path, m_disputeId, QStringLiteral("status")),
                 QStringLiteral("withdrawn"));
        QVERIFY(openConflicts(path).isEmpty());
        QCOMPARE(dock->model()->rowCount(), 0);
        QVERIFY(dock->feedbackText().contains(ConflictModel::tr("Dispute")));
        QVERIFY(w->conflictsStatusText().isEmpty());
        QVERIFY(!dock->keepRemoteButton()->isEnabled());
        // The dispute's panel shows the version kept.
        QCOMPARE(w->disputeDetailDock()->disputeId(), m_disputeId);

        // The resolved conflict stays on record.
        dock->setShowResolved(true);
        QCOMPARE(dock->model()->rowCount(), 1);
        QCOMPARE(dock->model()->index(0, ConflictModel::StatusColumn).data().toString(),
                 ConflictModel::tr("Kept remote"));
        QVERIFY(!dock->keepLocalButton()->isEnabled());
    }

    void mergingTakesTheChosenValueOfEachField()
    {
        const QString path = copyOf(m_hub, m_dir, QStringLiteral("merge.db"));
        auto w = open(path);
        QVERIFY(w);
        ConflictDock *dock = w->conflictDock();
        ConflictFieldModel *fields = dock->fieldModel();
        QVERIFY(dock->model()->conflict(0).localInTable);
        const QStringList differing = fields->differingFields();
        QVERIFY(differing.contains(QStringLiteral("status")));
        QVERIFY(differing.size() >= 2);
        QHash<QString, QString> before;
        for (const QString &field : differing)
            before.insert(field, disputeValue(path, m_disputeId, field));

        // The township's status, the hub's value in every other field. The choice starts at
        // the version the table holds (the hub's); the check boxes work like radio buttons.
        QVERIFY(fields->allChosen(ConflictFieldModel::Side::Local));
        const QModelIndex statusRemote
            = fieldIndex(fields, QStringLiteral("status"), ConflictFieldModel::RemoteColumn);
        QVERIFY(fields->flags(statusRemote) & Qt::ItemIsUserCheckable);
        QVERIFY(fields->setData(statusRemote, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(statusRemote.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(fieldIndex(fields, QStringLiteral("status"), ConflictFieldModel::LocalColumn)
                     .data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QCOMPARE(fields->choice(QStringLiteral("status")), ConflictFieldModel::Side::Remote);

        QTest::mouseClick(dock->mergeButton(), Qt::LeftButton);

        QCOMPARE(disputeValue(path, m_disputeId, QStringLiteral("status")),
                 QStringLiteral("withdrawn"));
        for (const QString &field : differing) {
            if (field != QLatin1String("status"))
                QCOMPARE(disputeValue(path, m_disputeId, field), before.value(field));
        }
        QVERIFY(openConflicts(path).isEmpty());
        QVERIFY(!dock->feedbackText().isEmpty());
        QVERIFY(w->conflictsStatusText().isEmpty());
    }

    void aReadOnlyAccountSeesTheConflictButCannotResolveIt()
    {
        const QString path = copyOf(m_hub, m_dir, QStringLiteral("accounts.db"));
        addLeaderAndSupervisor(path);

        {
            auto w = open(path, QStringLiteral("leader"));
            QVERIFY(w);
            ConflictDock *dock = w->conflictDock();
            QVERIFY(dock->isVisible());
            QCOMPARE(dock->model()->rowCount(), 1);
            QVERIFY(!dock->keepLocalButton()->isEnabled());
            QVERIFY(!dock->keepRemoteButton()->isEnabled());
            QVERIFY(!dock->mergeButton()->isEnabled());
            QVERIFY(!dock->refusalText().isEmpty());
            const QModelIndex status = fieldIndex(dock->fieldModel(), QStringLiteral("status"),
                                                  ConflictFieldModel::RemoteColumn);
            QVERIFY(!(dock->fieldModel()->flags(status) & Qt::ItemIsUserCheckable));
        }
        QCOMPARE(openConflicts(path).size(), 1);

        // A supervisor handles disputes and exchanges packages: it may resolve.
        auto w = open(path, QStringLiteral("chief"));
        QVERIFY(w);
        ConflictDock *dock = w->conflictDock();
        QVERIFY(dock->keepLocalButton()->isEnabled());
        QVERIFY(dock->refusalText().isEmpty());
        QTest::mouseClick(dock->keepLocalButton(), Qt::LeftButton);
        QVERIFY(openConflicts(path).isEmpty());
        QCOMPARE(disputeValue(path, m_disputeId, QStringLiteral("status")),
                 QStringLiteral("resolved"));
        auto db = Database::open(path, Database::Mode::ReadOnly, false,
                                 Database::Check::Deferred);
        const QList<SyncConflict> all = ConflictRepository(*db).list(true);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().resolvedBy, QStringLiteral("chief"));
    }

    void aStoreWithoutConflictsKeepsThePanelHidden()
    {
        auto w = open(copyOf(m_town, m_dir, QStringLiteral("township-copy.db")));
        QVERIFY(w);
        QVERIFY(!w->conflictDock()->isVisible());
        QVERIFY(w->conflictsStatusText().isEmpty());
        w->syncConflictsAction()->trigger();
        QVERIFY(w->conflictDock()->isVisible());
        QCOMPARE(w->conflictDock()->model()->rowCount(), 0);
        QVERIFY(!w->conflictDock()->keepLocalButton()->isEnabled());
    }
};

PINGAN_WIDGET_TEST_MAIN(TestSync)

#include "tst_sync.moc"
