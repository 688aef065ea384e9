#include "widgettesthelpers.h"

#include "disputes/disputefilterbar.h"
#include "disputes/disputequeuedock.h"
#include "qt/disputequeuemodel.h"
#include "store/database.h"
#include "store/disputerepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>

#include <memory>

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

class TestDisputeQueue : public QObject
{
    Q_OBJECT

private:
    // The dock on the demo store, shown, with its model's counts in.
    struct Desk
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<DisputeRepository> repo;
        std::unique_ptr<DisputeQueueModel> model;
        std::unique_ptr<DisputeQueueDock> dock;
    };

    std::unique_ptr<Desk> openDesk()
    {
        auto desk = std::make_unique<Desk>();
        desk->db = Database::open(WidgetTest::demoDatabase());
        desk->repo = std::make_unique<DisputeRepository>(*desk->db);
        desk->model = std::make_unique<DisputeQueueModel>(*desk->repo);
        desk->model->setToday(QDate(2026, 11, 15)); // the demo's last day
        desk->dock = std::make_unique<DisputeQueueDock>();
        desk->dock->setModel(desk->model.get());
        desk->dock->setRegion(QString());
        desk->dock->resize(1000, 500);
        desk->dock->show();
        if (!QTest::qWaitForWindowExposed(desk->dock.get()))
            return {};
        return desk;
    }

    static bool countsIn(DisputeQueueModel *model)
    {
        return model->queueCounts().has_value() && !model->isCounting();
    }

    QStringList plainIds(Database &db, const QString &where, const QString &orderBy)
    {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM dispute WHERE deleted = 0 AND "
                                                "%1 ORDER BY %2")
                                     .arg(where, orderBy));
        Database::exec(q);
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    static QStringList loadedIds(DisputeQueueModel *model)
    {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->idAt(row);
        return ids;
    }

    static bool rowVisible(QTableView *view, int row)
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        return rect.isValid() && view->viewport()->rect().intersects(rect);
    }

    WidgetTest::LeakGuard m_leaks;

private Q_SLOTS:
    void initTestCase() { QVERIFY(!WidgetTest::demoDatabase().isEmpty()); }
    void init() { m_leaks.begin(); }
    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(QStringLiteral("leaked windows: ") + leaked));
    }

    void everyQueueIsATabWithItsCount()
    {
        auto desk = openDesk();
        QVERIFY(desk);
        DisputeQueueModel *model = desk->model.get();
        QAbstractItemModelTester tester(model, Fatal);
        QTabBar *tabs = desk->dock->queueBar();
        QCOMPARE(tabs->count(), kDisputeQueueCount);
        QCOMPARE(desk->dock->currentQueue(), DisputeQueue::All);
        QTRY_VERIFY(countsIn(model));
        const DisputeQueueCounts counts = *model->queueCounts();
        const QLocale locale;
        for (int i = 0; i < tabs->count(); ++i) {
            const QString count = locale.toString(counts.queue[size_t(i)]);
            // "待受理（5）" in Chinese, "To accept (5)" in English.
            const QString shown = tabs->tabText(i);
            QVERIFY2(shown.contains(QStringLiteral("(%1)").arg(count))
                         || shown.contains(QStringLiteral("（%1）").arg(count)),
                     qPrintable(shown));
        }
        QVERIFY(desk->dock->countText().contains(locale.toString(counts.count(DisputeQueue::All))));

        // Clicking the Overdue tab lists the overdue cases, each marked.
        const int overdue = int(DisputeQueue::Overdue);
        QVERIFY(counts.count(DisputeQueue::Overdue) > 0);
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(overdue).center());
        QCOMPARE(model->queue(), DisputeQueue::Overdue);
        QCOMPARE(model->rowCount(), int(std::min<qint64>(counts.count(DisputeQueue::Overdue),
                                                         model->batchSize())));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->deadlineState(row), DisputeQueueModel::DeadlineState::Overdue);
        QVERIFY(desk->dock->countText().contains(
            locale.toString(counts.count(DisputeQueue::Overdue))));

        // The region narrows the queue and keeps it.
        QSqlQuery q = desk->db->prepare(QStringLiteral(
            "SELECT substr(grid_code, 1, 9) FROM dispute GROUP BY 1 ORDER BY count(*) DESC"));
        Database::exec(q);
        QVERIFY(q.next());
        const QString township = q.value(0).toString() + QStringLiteral("000");
        desk->dock->setRegion(township);
        QCOMPARE(model->queue(), DisputeQueue::Overdue);
        QCOMPARE(model->filter().codePrefix, township.left(9));
        QTRY_VERIFY(countsIn(model));
        QVERIFY(model->queueCounts()->count(DisputeQueue::All) < counts.count(DisputeQueue::All));
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->index(row, 0)
                        .data(int(DisputeQueueModel::Role::GridCode))
                        .toString()
                        .startsWith(township.left(9)));
        }
    }

    void clickingAHeaderSortsByItsColumn()
    {
        auto desk = openDesk();
        QVERIFY(desk);
        DisputeQueueModel *model = desk->model.get();
        QAbstractItemModelTester tester(model, Fatal);
        QHeaderView *header = desk->dock->view()->horizontalHeader();
        const int title = int(DisputeQueueModel::Column::Title);
        const QPoint at(header->sectionViewportPosition(title) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(model->sortOrder().column, DisputeSortColumn::Title);
        const bool descending = model->sortOrder().descending;
        const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        QStringList expected = plainIds(*desk->db, QStringLiteral("1"),
                                        QStringLiteral("title%1, reported_at%1, rid%1").arg(dir));
        QCOMPARE(loadedIds(model), expected.mid(0, model->rowCount()));

        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(model->sortOrder().descending, !descending);
        const QString back = descending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        expected = plainIds(*desk->db, QStringLiteral("1"),
                            QStringLiteral("title%1, reported_at%1, rid%1").arg(back));
        QCOMPARE(loadedIds(model), expected.mid(0, model->rowCount()));
        QCOMPARE(header->sortIndicatorSection(), title);
    }

    void ctrlEndShowsTheLastRowAndCtrlHomeTheFirst()
    {
        auto desk = openDesk();
        QVERIFY(desk);
        DisputeQueueModel *model = desk->model.get();
        QAbstractItemModelTester tester(model, Fatal);
        QTableView *view = desk->dock->view();
        const QStringList all = plainIds(*desk->db, QStringLiteral("1"),
                                         QStringLiteral("reported_at DESC, rid DESC"));
        QVERIFY(all.size() > 2 * model->batchSize());
        QSignalSpy selected(desk->dock.get(), &DisputeQueueDock::disputeSelected);

        view->setFocus();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(model->reachesEnd());
        QCOMPARE(model->rowCount(), model->batchSize()); // the last batch only
        const int last = model->rowCount() - 1;
        QCOMPARE(model->idAt(last), all.constLast());
        QCOMPARE(view->currentIndex().row(), last);
        QVERIFY(rowVisible(view, last));
        QCOMPARE(selected.constLast().at(0).toString(), all.constLast());

        // Scrolling to the top loads the rows before and keeps the same rows in view.
        view->scrollToTop();
        QTRY_VERIFY(model->rowCount() > model->batchSize());
        const int added = model->rowCount() - model->batchSize();
        QVERIFY(rowVisible(view, added));
        QCOMPARE(loadedIds(model), all.mid(all.size() - model->rowCount()));

        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QVERIFY(model->reachesStart());
        QCOMPARE(model->idAt(0), all.constFirst());
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(rowVisible(view, 0));
    }

    void draggingTheScrollBarToTheBottomShowsTheEnd()
    {
        auto desk = openDesk();
        QVERIFY(desk);
        DisputeQueueModel *model = desk->model.get();
        QScrollBar *bar = desk->dock->view()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setSliderDown(true);
        bar->setValue(bar->maximum());
        QTRY_VERIFY(model->reachesEnd());
        QCOMPARE(model->rowCount(), model->batchSize()); // the last batch, not all before it
        bar->setSliderDown(false);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void theFilterBarNarrowsTheList()
    {
        auto desk = openDesk();
        QVERIFY(desk);
        DisputeQueueModel *model = desk->model.get();
        QAbstractItemModelTester tester(model, Fatal);
        QTRY_VERIFY(countsIn(model));
        const qint64 everything = model->totalCount();
        DisputeFilterBar *bar = desk->dock->filterBar();

        QComboBox *category = bar->categoryBox();
        const int neighbour = category->findData(QStringLiteral("neighbour"));
        QVERIFY(neighbour > 0);
        category->setCurrentIndex(neighbour);
        QCOMPARE(model->filter().category, QStringLiteral("neighbour"));
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, 0).data(int(DisputeQueueModel::Role::CategoryKey)).toString(),
                     QStringLiteral("neighbour"));
        }
        QTRY_VERIFY(countsIn(model) && model->totalCount() >= 0);
        QVERIFY(model->totalCount() < everything);
        const QStringList neighbours = plainIds(*desk->db, QStringLiteral("category = 'neighbour'"),
                                                QStringLiteral("reported_at DESC, rid DESC"));
        QCOMPARE(model->totalCount(), qint64(neighbours.size()));

        // Typing a search term narrows further once the typing pauses.
        // (an input method commits Chinese text in one go, as insert() does)
        bar->searchEdit()->setFocus();
        bar->searchEdit()->insert(QStringLiteral("邻里"));
        QCOMPARE(model->filter().text, QString()); // not while typing
        QTRY_COMPARE(model->filter().text, QStringLiteral("邻里"));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(int(DisputeQueueModel::Role::CategoryKey)).toString(),
                     QStringLiteral("neighbour"));
        QTRY_VERIFY(countsIn(model) && model->totalCount() >= 0);
        QVERIFY(model->totalCount() <= neighbours.size());

        // Clear shows the whole queue again.
        bar->clear();
        QVERIFY(model->filter().category.isEmpty());
        QVERIFY(model->filter().text.isEmpty());
        QTRY_VERIFY(countsIn(model) && model->totalCount() == everything);
    }

    void selectingADisputeFarDownLoadsItsRows()
    {
        auto desk = openDesk();
        QVERIFY(desk);
        DisputeQueueModel *model = desk->model.get();
        const QStringList all = plainIds(*desk->db, QStringLiteral("1"),
                                         QStringLiteral("reported_at DESC, rid DESC"));
        const QString far = all.at(all.size() * 2 / 3);
        QVERIFY(!model->indexForId(far).isValid());
        QSignalSpy selected(desk->dock.get(), &DisputeQueueDock::disputeSelected);
        QVERIFY(desk->dock->selectDispute(far));
        QCOMPARE(desk->dock->currentDisputeId(), far);
        QVERIFY(rowVisible(desk->dock->view(), model->indexForId(far).row()));
        QCOMPARE(selected.constLast().at(0).toString(), far);
        QVERIFY(!desk->dock->selectDispute(QStringLiteral("no-such-dispute")));

        // After the store changed, the list is read again and the dispute stays selected when
        // it is still listed.
        desk->dock->reload();
        QCOMPARE(desk->dock->currentDisputeId(), far);
        QVERIFY(rowVisible(desk->dock->view(), model->indexForId(far).row()));
    }
};

PINGAN_WIDGET_TEST_MAIN(TestDisputeQueue)

#include "tst_disputequeue.moc"
