#include "syncfixture.h"
#include "widgettesthelpers.h"

#include "mainwindow.h"
#include "syncdesk.h"

#include "domain/dispute.h"
#include "security/signindialog.h"
#include "store/disputecommands.h"
#include "store/noderepository.h"
#include "store/syncexchange.h"
#include "store/userrepository.h"
#include "sync/conflictdock.h"
#include "sync/nodedialog.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace {


using WidgetTest::whenShown;
using namespace SyncFixture;



QString scalarAt(const QString &path, const QString &sql, const QVariantList &values = {})
{
    auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    return scalar(*db, sql, values);
}


QMap<QString, QByteArray> hashes(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
    return SyncExchange(*db).contentHashes();
}

} // namespace

class TestSyncActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hub;          // the county's store, paired with the township and confirmed
    QString m_town;         // the township's store
    QString m_townId;       // the township node's id
    QString m_disputeId;    // a dispute of the township the hub resolved since
    QString m_townScope;    // the township's region code
    QString m_plain;        // the demo county, no sync node
    WidgetTest::LeakGuard m_leaks;

    std::unique_ptr<MainWindow> open(const QString &path, const QString &login = {})
    {
        auto w = openWindow(path, login, QSize(1400, 900));
        if (w)
            w->syncDesk()->setMessagesShown(false);
        return w;
    }

    static bool waitDone(SyncDesk *desk)
    {
        return QTest::qWaitFor([desk] { return !desk->isBusy(); }, 60000);
    }

    // The hub writes a package for the township into `file` through its window.
    bool exportFromHub(const QString &hub, const QString &file)
    {
        auto w = open(hub);
        if (!w)
            return false;
        SyncDesk *desk = w->syncDesk();
        if (!desk->exportPackageTo(m_townId, file) || !waitDone(desk))
            return false;
        return desk->lastSucceeded();
    }

private Q_SLOTS:
    // A hub and a township with the same demo county, paired, one exchange each way; then the
    // hub resolves a dispute of the township under mediation.
    void initTestCase()
    {
        m_hub = m_dir.filePath(QStringLiteral("hub.db"));
        m_town = m_dir.filePath(QStringLiteral("township.db"));
        m_plain = m_dir.filePath(QStringLiteral("plain.db"));
        makeDemo(m_plain);
        makeDemo(m_hub);    // each store its own node id: made, not copied
        makeDemo(m_town);
        auto hub = Database::open(m_hub);
        auto township = Database::open(m_town);

        m_disputeId = scalar(*hub, QStringLiteral(
            "SELECT id FROM dispute WHERE status = 'mediating' ORDER BY case_no LIMIT 1"));
        QVERIFY(!m_disputeId.isEmpty());
        const QString grid = scalar(*hub, QStringLiteral(
            "SELECT grid_code FROM dispute WHERE id = ?"), {m_disputeId});
        const QString code = grid.left(9) + QStringLiteral("000");
        m_townScope = code;

        qint64 now = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        NodeRepository hubNodes(*hub);
        NodeRepository townNodes(*township);
        hubNodes.init(QStringLiteral("hub"), QString(), kHubName, now);
        townNodes.init(QStringLiteral("township"), code, kTownshipName, now);
        hubNodes.trust(townNodes.identity(), now);
        townNodes.trust(hubNodes.identity(), now);
        m_townId = townNodes.identity().id;

        SyncExchange hubSync(*hub);
        SyncExchange townSync(*township);
        const QString t1 = m_dir.filePath(QStringLiteral("t1.pkg"));
        townSync.exportTo(kHubName, t1, now += 1000);
        QCOMPARE(hubSync.importFrom(t1, now += 1000).conflicts, 0);
        const QString h1 = m_dir.filePath(QStringLiteral("h1.pkg"));
        hubSync.exportTo(kTownshipName, h1, now += 1000);
        QCOMPARE(townSync.importFrom(h1, now += 1000).conflicts, 0);

        DisputeActionInput resolve;
        resolve.actor = QStringLiteral("county-op");
        resolve.note = QStringLiteral("双方达成调解协议，赔偿款当场结清");
        DisputeCommands(*hub).act(m_disputeId, DisputeAction::Resolve, resolve, now += 60000);
    }

    void init() { m_leaks.begin(); }

    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(QStringLiteral("leaked windows: ") + leaked));
    }

    void theFileMenuOffersTheExchange()
    {
        auto w = open(copyOf(m_town, m_dir, QStringLiteral("menu.db")));
        QVERIFY(w);
        QVERIFY(w->syncExportAction()->isEnabled());
        QVERIFY(w->syncImportAction()->isEnabled());
        QCOMPARE(w->syncExportAction()->text(), MainWindow::tr("&Export sync package…"));
        auto *menu = w->findChild<QMenu *>(QStringLiteral("syncMenu"));
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(w->syncExportAction()));
        QVERIFY(menu->actions().contains(w->syncImportAction()));
        QCOMPARE(SyncDesk::defaultPackageName(
                     kTownshipName, kHubName,
                     QDateTime(QDate(2026, 12, 6), QTime(9, 5)).toMSecsSinceEpoch()),
                 QStringLiteral("同步包-乡镇节点-to-县综治中心-20261206-0905.pingan-sync"));
    }

    void theHubExportsAndTheTownshipImports()
    {
        const QString hub = copyOf(m_hub, m_dir, QStringLiteral("export-hub.db"));
        const QString town = copyOf(m_town, m_dir, QStringLiteral("import-town.db"));
        const QString file = m_dir.filePath(QStringLiteral("hub-to-town.pingan-sync"));
        {
            auto w = open(hub);
            QVERIFY(w);
            SyncDesk *desk = w->syncDesk();
            QVERIFY(desk->exportPackageTo(m_townId, file));
            QVERIFY(desk->isBusy());
            QVERIFY(waitDone(desk));
            QVERIFY2(desk->lastSucceeded(), qPrintable(desk->lastMessage()));
            QVERIFY(QFile::exists(file));
            QVERIFY(desk->lastMessage().contains(QDir::toNativeSeparators(file)));
            QVERIFY(desk->lastMessage().contains(kTownshipName));
        }
        QCOMPARE(scalarAt(hub, QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'sync.export' AND object = ?"),
                          {QDir::toNativeSeparators(file)}),
                 QStringLiteral("1"));
        QCOMPARE(scalarAt(town, QStringLiteral("SELECT status FROM dispute WHERE id = ?"),
                          {m_disputeId}),
                 QStringLiteral("mediating"));

        auto w = open(town);
        QVERIFY(w);
        SyncDesk *desk = w->syncDesk();
        QSignalSpy imported(desk, &SyncDesk::packageImported);
        QVERIFY(desk->importPackageFrom(file));
        QVERIFY(waitDone(desk));
        QVERIFY2(desk->lastSucceeded(), qPrintable(desk->lastMessage()));
        QCOMPARE(imported.size(), 1);
        const qint64 applied = imported.first().at(0).toLongLong();
        QVERIFY(applied >= 1);
        QCOMPARE(imported.first().at(1).toLongLong(), 0);
        // "已导入 N 条，跳过 S 条，冲突 0 条" (the rows skipped are those the township had).
        const QRegularExpression counts(
            QRegularExpression::escape(
                SyncDesk::tr("Package from %1: imported %2, skipped %3, conflicts %4.")
                    .arg(kHubName)
                    .arg(applied)
                    .arg(QStringLiteral("SKIPPED"))
                    .arg(0))
                .replace(QStringLiteral("SKIPPED"), QStringLiteral("\\d+")));
        QVERIFY2(counts.match(desk->lastMessage()).hasMatch(), qPrintable(desk->lastMessage()));
        // The township's store holds the hub's work on its dispute now.
        QCOMPARE(scalarAt(town, QStringLiteral("SELECT status FROM dispute WHERE id = ?"),
                          {m_disputeId}),
                 QStringLiteral("resolved"));
        QCOMPARE(scalarAt(town, QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'sync.import'")),
                 QStringLiteral("1"));

        // The same package again is a replay: refused, said so, nothing changed.
        const QMap<QString, QByteArray> before = hashes(town);
        QVERIFY(desk->importPackageFrom(file));
        QVERIFY(waitDone(desk));
        QVERIFY(!desk->lastSucceeded());
        QVERIFY(desk->lastMessage().contains(
            SyncDesk::rejectionName(SyncRejected::Kind::Replayed)));
        QVERIFY(desk->lastMessage().contains(SyncDesk::tr("Nothing was changed.")));
        QCOMPARE(hashes(town), before);
    }

    void aBrokenOrTamperedPackageIsRefused()
    {
        const QString hub = copyOf(m_hub, m_dir, QStringLiteral("bad-hub.db"));
        const QString town = copyOf(m_town, m_dir, QStringLiteral("bad-town.db"));
        const QString good = m_dir.filePath(QStringLiteral("good.pingan-sync"));
        QVERIFY(exportFromHub(hub, good));

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.pingan-sync"));
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("这不是同步包 — not a package at all\n");
        }
        // The signed package with one of its rows changed afterwards.
        const QString tampered = copyOf(good, m_dir, QStringLiteral("tampered.pingan-sync"));
        {
            auto db = Database::open(tampered, Database::Mode::ReadWrite, false,
                                     Database::Check::Deferred);
            QSqlQuery q = db->prepare(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rows_%' "
                "ORDER BY name"));
            Database::exec(q);
            QStringList tables;
            while (q.next())
                tables << q.value(0).toString();
            QVERIFY(tables.contains(QStringLiteral("rows_dispute")));
            QSqlQuery change = db->prepare(QStringLiteral(
                "UPDATE rows_dispute SET title = title || '（改）'"));
            Database::exec(change);
        }

        const QMap<QString, QByteArray> before = hashes(town);
        auto w = open(town);
        QVERIFY(w);
        SyncDesk *desk = w->syncDesk();
        QSignalSpy imported(desk, &SyncDesk::packageImported);

        QVERIFY(desk->importPackageFrom(garbage));
        QVERIFY(waitDone(desk));
        QVERIFY(!desk->lastSucceeded());
        QVERIFY2(desk->lastMessage().contains(
                     SyncDesk::rejectionName(SyncRejected::Kind::Damaged)),
                 qPrintable(desk->lastMessage()));
        QVERIFY(desk->lastMessage().contains(SyncDesk::tr("Nothing was changed.")));

        QVERIFY(desk->importPackageFrom(tampered));
        QVERIFY(waitDone(desk));
        QVERIFY(!desk->lastSucceeded());
        const bool named = desk->lastMessage().contains(
                               SyncDesk::rejectionName(SyncRejected::Kind::Tampered))
            || desk->lastMessage().contains(SyncDesk::rejectionName(SyncRejected::Kind::Damaged));
        QVERIFY2(named, qPrintable(desk->lastMessage()));
        QVERIFY(desk->lastMessage().contains(SyncDesk::tr("Nothing was changed.")));

        QCOMPARE(imported.size(), 0);
        QCOMPARE(hashes(town), before);
        QCOMPARE(scalarAt(town, QStringLiteral("SELECT status FROM dispute WHERE id = ?"),
                          {m_disputeId}),
                 QStringLiteral("mediating"));

        // The untouched package still goes in afterwards.
        QVERIFY(desk->importPackageFrom(good));
        QVERIFY(waitDone(desk));
        QVERIFY2(desk->lastSucceeded(), qPrintable(desk->lastMessage()));
    }

    void aConflictBringsThePanelForward()
    {
        const QString hub = copyOf(m_hub, m_dir, QStringLiteral("conflict-hub.db"));
        const QString town = copyOf(m_town, m_dir, QStringLiteral("conflict-town.db"));
        const QString file = m_dir.filePath(QStringLiteral("conflict.pingan-sync"));
        QVERIFY(exportFromHub(hub, file));
        {
            // Meanwhile the township withdrew the dispute the hub resolved.
            auto db = Database::open(town);
            DisputeActionInput withdraw;
            withdraw.actor = QStringLiteral("township-clerk");
            withdraw.note = QStringLiteral("当事人已自行和解，申请撤回");
            DisputeCommands(*db).act(m_disputeId, DisputeAction::Withdraw, withdraw,
                                     QDateTime::currentMSecsSinceEpoch() - 1000);
        }
        auto w = open(town);
        QVERIFY(w);
        QVERIFY(!w->conflictDock()->isVisible());
        SyncDesk *desk = w->syncDesk();
        QVERIFY(desk->importPackageFrom(file));
        QVERIFY(waitDone(desk));
        QVERIFY2(desk->lastSucceeded(), qPrintable(desk->lastMessage()));
        QVERIFY(desk->lastMessage().contains(
            SyncDesk::tr("Rows changed on both nodes wait in the sync conflicts panel.")));
        QVERIFY(desk->openCount() >= 1);
        QVERIFY(w->conflictDock()->isVisible());
    }

    void theNodeDialogShowsPeersAndPairs()
    {
        const QString hub = copyOf(m_hub, m_dir, QStringLiteral("pair-hub.db"));
        // Another township's store, made a node: the hub comes to trust it.
        const QString other = copyOf(m_plain, m_dir, QStringLiteral("pair-other.db"));
        const QString otherFile = m_dir.filePath(QStringLiteral("other.json"));
        QString otherId;
        {
            auto fresh = Database::open(other);
            const QString code = scalar(*fresh, QStringLiteral(
                "SELECT substr(grid_code, 1, 9) || '000' FROM dispute "
                "WHERE substr(grid_code, 1, 9) || '000' <> ? ORDER BY 1 LIMIT 1"),
                {m_townScope});
            QVERIFY(!code.isEmpty());
            NodeRepository nodes(*fresh);
            nodes.init(QStringLiteral("township"), code, QStringLiteral("另一乡镇"),
                       QDateTime::currentMSecsSinceEpoch());
            otherId = nodes.identity().id;
            QFile f(otherFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(nodes.identity().toJson());
        }

        auto w = open(hub);
        QVERIFY(w);
        QVERIFY(w->syncNodeAction()->isEnabled());
        w->syncNodeAction()->trigger();
        SyncDesk *desk = w->syncDesk();
        NodeDialog *dialog = desk->nodeDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->selfText().contains(kHubName));
        QVERIFY(dialog->selfText().contains(NodeDialog::roleLabel(QStringLiteral("hub"))));
        QCOMPARE(dialog->peerTable()->rowCount(), 1);
        QCOMPARE(dialog->peerTable()->item(0, 0)->text(), kTownshipName);
        QVERIFY(dialog->exportIdentityButton()->isEnabled());
        QVERIFY(dialog->trustButton()->isEnabled());

        // This node's identity, as the township would read it.
        const QString mine = m_dir.filePath(QStringLiteral("hub.json"));
        QVERIFY(desk->exportIdentityTo(mine));
        QFile in(mine);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const NodeIdentity identity = NodeIdentity::fromJson(in.readAll(), mine);
        QCOMPARE(identity.name, kHubName);
        QCOMPARE(dialog->feedbackText(), desk->lastMessage());

        // A file that is no identity is refused; the other township's is trusted.
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.json"));
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"id\": 1}");
        }
        QVERIFY(!desk->trustIdentityFrom(garbage));
        QVERIFY(desk->lastMessage().startsWith(SyncDesk::tr("Not trusted: %1").arg(QString())));
        QCOMPARE(dialog->peerTable()->rowCount(), 1);
        QVERIFY(desk->trustIdentityFrom(otherFile));
        QCOMPARE(dialog->peerTable()->rowCount(), 2);
        QVERIFY(desk->lastMessage().contains(QStringLiteral("另一乡镇")));
        dialog->close();
        QCOMPARE(scalarAt(hub, QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'node.trust' AND object = ?"),
                          {otherId}),
                 QStringLiteral("1"));
    }

    void aStoreThatIsNoNodeBecomesOneInTheNodeDialog()
    {
        const QString path = copyOf(m_plain, m_dir, QStringLiteral("nonode.db"));
        auto w = open(path);
        QVERIFY(w);
        SyncDesk *desk = w->syncDesk();
        desk->exportPackage();
        QVERIFY(!desk->isBusy());
        QVERIFY(!desk->lastSucceeded());
        QVERIFY(desk->lastMessage().contains(QStringLiteral("pingan-cli")));
        QVERIFY(desk->lastMessage().contains(QStringLiteral("node init")));

        // The node dialog offers the form instead: a township office makes itself a node.
        w->syncNodeAction()->trigger();
        NodeDialog *dialog = desk->nodeDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->initForm()->isVisible());
        QVERIFY(!dialog->exportIdentityButton()->isEnabled());
        QVERIFY(!dialog->initButton()->isEnabled());    // no role chosen yet
        dialog->roleBox()->setCurrentIndex(
            dialog->roleBox()->findData(QStringLiteral("township")));
        QVERIFY(dialog->townshipBox()->isEnabled());
        QVERIFY(!dialog->initButton()->isEnabled());    // no township chosen yet
        QVERIFY(dialog->townshipBox()->count() >= 10);  // the demo county's townships
        const int town = dialog->townshipBox()->findData(m_townScope);
        QVERIFY(town >= 0);
        dialog->townshipBox()->setCurrentIndex(town);
        // The township's name is offered as the node's.
        QVERIFY(!dialog->nameEdit()->text().isEmpty());
        QVERIFY(dialog->townshipBox()->currentText().startsWith(dialog->nameEdit()->text()));
        QVERIFY(dialog->initButton()->isEnabled());
        QTest::mouseClick(dialog->initButton(), Qt::LeftButton);
        QVERIFY2(desk->lastSucceeded(), qPrintable(desk->lastMessage()));
        QVERIFY(!dialog->initForm()->isVisible());
        QVERIFY(dialog->exportIdentityButton()->isEnabled());
        QVERIFY(dialog->selfText().contains(NodeDialog::roleLabel(QStringLiteral("township"))));
        QVERIFY(dialog->selfText().contains(m_townScope));
        dialog->close();
        QCOMPARE(scalarAt(path, QStringLiteral("SELECT role || ' ' || scope_code FROM node "
                                               "WHERE is_self = 1")),
                 QStringLiteral("township ") + m_townScope);
        QCOMPARE(scalarAt(path, QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'node.init'")),
                 QStringLiteral("1"));
    }

    void anExchangeCanBeCancelledAndWritesNothing()
    {
        const QString hub = copyOf(m_hub, m_dir, QStringLiteral("cancel-hub.db"));
        const QString town = copyOf(m_town, m_dir, QStringLiteral("cancel-town.db"));
        const QString sentBefore = scalarAt(
            hub, QStringLiteral("SELECT sent_seq FROM sync_peer WHERE node_id = ?"), {m_townId});
        const QString file = m_dir.filePath(QStringLiteral("cancelled.pkg"));
        {
            auto w = open(hub);
            QVERIFY(w);
            SyncDesk *desk = w->syncDesk();
            QVERIFY(desk->exportPackageTo(m_townId, file));
            QVERIFY(desk->isBusy());
            desk->cancelExchange();
            QVERIFY(waitDone(desk));
            QVERIFY(!desk->lastSucceeded());
            QCOMPARE(desk->lastMessage(), SyncDesk::tr("Cancelled: no package was written."));
        }
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QCOMPARE(scalarAt(hub, QStringLiteral("SELECT sent_seq FROM sync_peer WHERE node_id = ?"),
                          {m_townId}),
                 sentBefore);

        // A package written in full, then an import cancelled: the township is as it was.
        QVERIFY(exportFromHub(hub, file));
        const QString countBefore
            = scalarAt(town, QStringLiteral("SELECT count(*) FROM sync_received"));
        const QString hashBefore = scalarAt(
            town, QStringLiteral("SELECT group_concat(id || ':' || rev || ':' || status) FROM "
                                 "(SELECT id, rev, status FROM dispute ORDER BY id)"));
        auto w = open(town);
        QVERIFY(w);
        SyncDesk *desk = w->syncDesk();
        QVERIFY(desk->importPackageFrom(file));
        desk->cancelExchange();
        QVERIFY(waitDone(desk));
        QVERIFY(!desk->lastSucceeded());
        QCOMPARE(desk->lastMessage(), SyncDesk::tr("Cancelled: nothing was changed."));
        QCOMPARE(scalarAt(town, QStringLiteral("SELECT count(*) FROM sync_received")), countBefore);
        QCOMPARE(scalarAt(town, QStringLiteral("SELECT group_concat(id || ':' || rev || ':' || "
                                               "status) FROM (SELECT id, rev, status FROM dispute "
                                               "ORDER BY id)")),
                 hashBefore);
        // Not cancelled, the same package goes in.
        QVERIFY(desk->importPackageFrom(file));
        QVERIFY(waitDone(desk));
        QVERIFY2(desk->lastSucceeded(), qPrintable(desk->lastMessage()));
        QCOMPARE(scalarAt(town, QStringLiteral("SELECT status FROM dispute WHERE id = ?"),
                          {m_disputeId}),
                 QStringLiteral("resolved"));
    }

    void anAccountWithoutSyncCannotExchange()
    {
        const QString path = copyOf(m_town, m_dir, QStringLiteral("accounts.db"));
        addLeaderAndSupervisor(path);
        {
            auto w = open(path, QStringLiteral("leader"));
            QVERIFY(w);
            QVERIFY(!w->syncExportAction()->isEnabled());
            QVERIFY(!w->syncImportAction()->isEnabled());
            QVERIFY(!w->syncNodeAction()->isEnabled());
        }
        auto w = open(path, QStringLiteral("chief"));
        QVERIFY(w);
        QVERIFY(w->syncExportAction()->isEnabled());
        QVERIFY(w->syncImportAction()->isEnabled());
    }
};

PINGAN_WIDGET_TEST_MAIN(TestSyncActions)

#include "tst_syncactions.moc"
