#include "mainwindowfixture.h"

#include "coveragedesk.h"
#include "mainwindow.h"
#include "platformdesk.h"

#include "domain/coveragereport.h"
#include "map/mapdock.h"
#include "map/mapview.h"
#include "charts/responsedock.h"
#include "patrol/coveragedock.h"
#include "patrol/coveragesettingsdialog.h"
#include "patrol/patrolrecorddialog.h"
#include "patrol/platformdialog.h"
#include "patrol/platformdock.h"
#include "qt/coverageproposalmodel.h"
#include "qt/coveragetablemodel.h"
#include "qt/platformtablemodel.h"
#include "store/platformrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QTemporaryDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

#include <memory>

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class TestPatrol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openWindow()
    {
        return WidgetTest::openMainWindow(QSize(1400, 900));
    }

    static void sendMouse(QWidget *to, QEvent::Type type, const QPointF &at,
                          Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, at, to->mapToGlobal(at), Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(to, &event);
    }

    static std::optional<Platform> platformNamed(const QString &name)
    {
        auto db = Database::open(WidgetTest::demoDatabase());
        for (const Platform &p : PlatformRepository(*db).all(true)) {
            if (p.input.name == name)
                return p;
        }
        return std::nullopt;
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

    void registryAddsEditsAndRetiresAPlatform()
    {
        auto w = openWindow();
        QVERIFY(w);
        PlatformDock *dock = w->platformDock();
        PlatformDesk *desk = w->platformDesk();
        QVERIFY(desk);
        PlatformTableModel *model = desk->model();
        QAbstractItemModelTester tester(model, Fatal);
        const int before = model->rowCount();
        QVERIFY(before > 0);

        // Register: the form is filled in as an operator would and saved.
        desk->setFormHook([](PlatformDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("code"))->setText(QStringLiteral("XF-99"));
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))
                ->setText(QStringLiteral("测试巡防平台"));
            auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
            kind->setCurrentIndex(kind->findData(int(PlatformKind::Patrol)));
            dialog.findChild<QSpinBox *>(QStringLiteral("staff"))->setValue(6);
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        });
        dock->addAction()->trigger();
        QCOMPARE(model->rowCount(), before + 1);
        const std::optional<Platform> added = platformNamed(QStringLiteral("测试巡防平台"));
        QVERIFY(added);
        QCOMPARE(added->input.code, QStringLiteral("XF-99"));
        QCOMPARE(added->input.staff, 6);
        QCOMPARE(dock->currentPlatformId(), added->id);
        const QModelIndex row = model->indexForId(added->id);
        QCOMPARE(model->index(row.row(), PlatformTableModel::NameColumn).data().toString(),
                 QStringLiteral("测试巡防平台"));

        // Edit: more staff.
        desk->setFormHook([](PlatformDialog &dialog) {
            dialog.findChild<QSpinBox *>(QStringLiteral("staff"))->setValue(9);
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        });
        dock->editAction()->trigger();
        QCOMPARE(platformNamed(QStringLiteral("测试巡防平台"))->input.staff, 9);
        QCOMPARE(model->index(model->indexForId(added->id).row(), PlatformTableModel::StaffColumn)
                     .data()
                     .toString(),
                 QStringLiteral("9"));

        // Retire: it leaves the list of platforms in service, its record stays.
        const QDate today = QDate::currentDate();
        desk->setRetireHook([today](const QString &) { return today; });
        QVERIFY(dock->selectPlatform(added->id));
        dock->retireAction()->trigger();
        QCOMPARE(model->rowCount(), before);
        QVERIFY(!model->indexForId(added->id).isValid());
        QVERIFY2(desk->lastRefusal().isEmpty(), qPrintable(desk->lastRefusal()));
        QCOMPARE(platformNamed(QStringLiteral("测试巡防平台"))->retiredOn, today);
    }

    void draggingAPlatformOnTheMapMovesIt()
    {
        auto w = openWindow();
        QVERIFY(w);
        MapView *map = w->mapDock()->view();
        QTRY_VERIFY(map->hasScene());
        PlatformDesk *desk = w->platformDesk();
        map->fitAll();
        QTRY_VERIFY(map->isRenderCurrent());
        // A platform with no other symbol near it, so that the press picks this one.
        const QList<Platform> all = desk->model()->platforms();
        std::optional<Platform> chosen;
        for (const Platform &p : all) {
            const QPointF at = map->platformScreenPos(p.id);
            if (at.isNull() || !map->rect().adjusted(60, 60, -60, -60).contains(at.toPoint()))
                continue;
            bool alone = true;
            for (const Platform &q : all)
                alone = alone
                    && (q.id == p.id || QLineF(map->platformScreenPos(q.id), at).length() > 24);
            if (alone) {
                chosen = p;
                break;
            }
        }
        QVERIFY(chosen);
        const Platform platform = *chosen;
        const QPointF from = map->platformScreenPos(platform.id);
        const QPointF to = from + QPointF(40, 25);
        const QPointF expected = map->scene()->projection().unproject(map->toMap(to));

        // Off (the default): a drag pans, the platform stays.
        desk->setMoveHook([](const QString &) { return true; });
        sendMouse(map, QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(map, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
        sendMouse(map, QEvent::MouseMove, to, Qt::LeftButton);
        sendMouse(map, QEvent::MouseButtonRelease, to, Qt::NoButton);
        QCOMPARE(platformNamed(platform.input.name)->input.lon, platform.input.lon);

        // On: the symbol goes where it is dropped, after the operator confirms.
        map->fitAll();
        QTRY_VERIFY(map->isRenderCurrent());
        w->platformDock()->moveOnMapAction()->setChecked(true);
        QVERIFY(map->platformsMovable());
        QSignalSpy reloaded(w.get(), &MainWindow::mapPointsReloaded);
        sendMouse(map, QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(map, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
        sendMouse(map, QEvent::MouseMove, to, Qt::LeftButton);
        sendMouse(map, QEvent::MouseButtonRelease, to, Qt::NoButton);
        QVERIFY2(desk->lastRefusal().isEmpty(), qPrintable(desk->lastRefusal()));
        const std::optional<Platform> moved = platformNamed(platform.input.name);
        QVERIFY(moved);
        QVERIFY2(std::abs(moved->input.lon - expected.x()) < 1e-4
                     && std::abs(moved->input.lat - expected.y()) < 1e-4,
                 qPrintable(QStringLiteral("moved to %1,%2; dropped at %3,%4")
                                .arg(moved->input.lon).arg(moved->input.lat)
                                .arg(expected.x()).arg(expected.y())));
        QTRY_VERIFY(reloaded.count() > 0);
        const QPointF now = map->platformScreenPos(platform.id);
        QVERIFY2(QLineF(now, to).length() < 2,
                 qPrintable(QStringLiteral("drawn %1 px from the drop")
                                .arg(QLineF(now, to).length())));
    }

    void recordingAnIncidentAndImportingShiftsReachTheResponsePanel()
    {
        auto w = openWindow();
        QVERIFY(w);
        PlatformDesk *desk = w->platformDesk();
        ResponseDock *response = w->responseDock();
        QTRY_VERIFY(response->hasReport() && !response->isBusy());
        const qint64 before = response->report().incidents;
        const Platform platform = desk->model()->platforms().first();

        // An incident called in an hour ago, the police there 3 minutes later.
        const QDateTime called = QDateTime::currentDateTime().addSecs(-3600);
        desk->setRecordHook([&](PatrolRecordDialog &dialog) {
            dialog.setPlatform(platform.input.code);
            auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("theft")));
            dialog.findChild<QDateTimeEdit *>(QStringLiteral("called"))->setDateTime(called);
            dialog.findChild<QDateTimeEdit *>(QStringLiteral("dispatched"))
                ->setDateTime(called.addSecs(60));
            dialog.findChild<QDateTimeEdit *>(QStringLiteral("arrived"))
                ->setDateTime(called.addSecs(180));
            dialog.findChild<QDateTimeEdit *>(QStringLiteral("finished"))
                ->setDateTime(called.addSecs(1800));
            dialog.accept();
            return dialog.result() == QDialog::Accepted;
        });
        w->platformDock()->recordIncidentAction()->trigger();
        QTRY_COMPARE(response->report().incidents, before + 1);

        // Arrival before the call: refused in the form, which stays open saying so.
        QString problems;
        desk->setRecordHook([&](PatrolRecordDialog &dialog) {
            dialog.setPlatform(platform.input.code);
            dialog.findChild<QDateTimeEdit *>(QStringLiteral("called"))->setDateTime(called);
            dialog.findChild<QDateTimeEdit *>(QStringLiteral("arrived"))
                ->setDateTime(called.addSecs(-600));
            dialog.accept();
            problems = dialog.problemsText();
            return dialog.result() == QDialog::Accepted;
        });
        w->platformDock()->recordIncidentAction()->trigger();
        QVERIFY2(!problems.isEmpty(), "no problem shown");

        // Shifts from a CSV file: two rows in; a file with a bad row writes nothing.
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("shifts.csv"));
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        auto write = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        const QByteArray code = platform.input.code.toUtf8();
        write(good, "platform,start,end,officers,volunteers,distance_km\n" + code
                        + ",2026-11-01 08:00,2026-11-01 16:00,3,2,41.5\n" + code
                        + ",2026-11-01 16:00,2026-11-02 00:00,2,0,30\n");
        write(bad, "platform,start,end,officers,volunteers,distance_km\n" + code
                       + ",2026-11-03 08:00,2026-11-03 16:00,3,2,41.5\n" + code
                       + ",2026-11-03 16:00,2026-11-03 12:00,2,0,30\n");
        QString file = good;
        desk->setImportPathHook([&file](bool) { return file; });
        QSignalSpy finished(desk, &PlatformDesk::importFinished);
        w->platformDock()->importShiftsAction()->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY2(desk->lastImportReport().contains(QStringLiteral("2")),
                 qPrintable(desk->lastImportReport()));
        file = bad;
        w->platformDock()->importShiftsAction()->trigger();
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(!finished.at(1).at(0).toBool());
        QVERIFY2(desk->lastImportReport().contains(QStringLiteral(":3")),
                 qPrintable(desk->lastImportReport())); // the file's line 3 is named
    }

    void coveragePanelAndMapAgreeOnTheBands()
    {
        auto w = openWindow();
        QVERIFY(w);
        CoverageDesk *desk = w->coverageDesk();
        QVERIFY(desk);
        QTRY_VERIFY(!desk->report().grids.empty());
        QTRY_VERIFY(!desk->isBusy());
        const CoverageReport &report = desk->report();
        CoverageTableModel *model = desk->townshipModel();
        QAbstractItemModelTester tester(model, Fatal);
        QCOMPARE(model->rowCount(), int(report.townships.size()) + 1);
        QCOMPARE(model->headerData(CoverageTableModel::FirstBandColumn, Qt::Horizontal).toString(),
                 QStringLiteral("≤1 分钟"));
        // The total row adds up to the county's residents and its band shares to 100 %.
        const int total = model->rowCount() - 1;
        QCOMPARE(model->index(total, CoverageTableModel::ResidentsColumn)
                     .data(int(CoverageTableModel::Role::SortKey))
                     .toLongLong(),
                 report.total.totalResidents());
        double shares = 0;
        for (int b = 0; b < report.bandCount(); ++b)
            shares += model->index(total, CoverageTableModel::FirstBandColumn + b)
                          .data(int(CoverageTableModel::Role::SortKey))
                          .toDouble();
        QVERIFY(std::abs(shares - 1.0) < 1e-9);

        // "Colour the map by band": every grid in the class of its band, as in the table.
        MapView *map = w->mapDock()->view();
        QTRY_VERIFY(map->hasScene());
        QSignalSpy coloured(w.get(), &MainWindow::mapColoured);
        w->coverageDock()->findChild<QPushButton *>(QStringLiteral("showCoverageOnMap"))->click();
        QTRY_VERIFY(coloured.count() > 0);
        const geo::MapLegend &legend = map->legend();
        QCOMPARE(legend.entries.size(), report.bandCount() + 1); // the bands, then "no data"
        for (int b = 0; b < report.bandCount(); ++b) {
            QCOMPARE(legend.entries[b].label, report.bandLabel(b));
            QCOMPARE(legend.entries[b].count, report.total.grids[size_t(b)]);
        }

        // Suggest three sites for the 5-minute band.
        CoverageDock *dock = w->coverageDock();
        dock->findChild<QSpinBox *>(QStringLiteral("suggestCount"))->setValue(3);
        auto *band = dock->findChild<QComboBox *>(QStringLiteral("suggestBand"));
        QCOMPARE(band->currentText(), QStringLiteral("≤5"));
        QSignalSpy suggested(desk, &CoverageDesk::suggested);
        dock->findChild<QPushButton *>(QStringLiteral("suggestSites"))->click();
        QTRY_COMPARE(suggested.count(), 1);
        CoverageProposalModel *proposals = desk->proposalModel();
        QAbstractItemModelTester proposalTester(proposals, Fatal);
        QVERIFY(proposals->rowCount() >= 1 && proposals->rowCount() <= 3);
        qint64 added = 0;
        for (const CoverageProposal &p : proposals->proposals()) {
            QVERIFY2(p.residentsAdded > 0, "a proposed site adds nobody");
            added += p.residentsAdded;
        }
        QCOMPARE(map->proposedSites().size(), proposals->rowCount());
        // The table's before/after columns: the county gains exactly what the sites promised.
        const int after = CoverageTableModel::FirstBandColumn + report.bandCount() + 2;
        QCOMPARE(model->index(total, after).data(int(CoverageTableModel::Role::SortKey))
                     .toLongLong(),
                 added);
        QVERIFY(dock->resultText().contains(QLocale().toString(added)));

        // The map with them: fewer residents' grids beyond reach, never more.
        const int beyondBefore = legend.entries[report.bandCount() - 1].count;
        coloured.clear();
        dock->findChild<QCheckBox *>(QStringLiteral("showAfter"))->setChecked(true);
        QTRY_VERIFY(coloured.count() > 0);
        QVERIFY(map->legend().entries[report.bandCount() - 1].count <= beyondBefore);
        int withinFive = 0;
        for (int b = 0; b + 1 < report.bandCount(); ++b)
            withinFive += map->legend().entries[b].count;
        int withinFiveBefore = 0;
        for (int b = 0; b + 1 < report.bandCount(); ++b)
            withinFiveBefore += report.total.grids[size_t(b)];
        QVERIFY(withinFive > withinFiveBefore);
    }

    // Last: it changes the store's settings.
    void coverageSettingsChangeTheBandsEverywhere()
    {
        auto w = openWindow();
        QVERIFY(w);
        CoverageDesk *desk = w->coverageDesk();
        QTRY_VERIFY(!desk->report().grids.empty() && !desk->isBusy());
        const CoverageReport::GridRow grid = desk->report().grids.front();
        // Hovering a grid tells its travel time and where help comes from.
        const QString hover = desk->gridResponseText(grid.code);
        QVERIFY2(hover.contains(grid.platformName) && hover.contains(QStringLiteral("分钟")),
                 qPrintable(hover));

        bool saveOffered = true;
        desk->setSettingsHook([&](CoverageSettingsDialog &dialog) {
            auto *bands = dialog.findChild<QLineEdit *>(QStringLiteral("bands"));
            auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            bands->setText(QStringLiteral("3, x"));
            saveOffered = save->isEnabled();
            bands->setText(QStringLiteral("2, 4, 8"));
            return save->isEnabled();
        });
        QSignalSpy analysed(desk, &CoverageDesk::analysed);
        w->coverageDock()->findChild<QPushButton *>(QStringLiteral("coverageSettings"))->click();
        QVERIFY(!saveOffered); // "3, x" is not a list of minutes
        QTRY_COMPARE(analysed.count(), 1);
        QCOMPARE(desk->report().bandMinutes, std::vector<double>({2, 4, 8}));
        QCOMPARE(desk->townshipModel()
                     ->headerData(CoverageTableModel::FirstBandColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("≤2 分钟"));
        auto *band = w->coverageDock()->findChild<QComboBox *>(QStringLiteral("suggestBand"));
        QCOMPARE(band->currentText(), QStringLiteral("≤8"));
    }
};

PINGAN_WIDGET_TEST_MAIN(TestPatrol)
#include "tst_patrol.moc"
