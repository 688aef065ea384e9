#include "mainwindowfixture.h"

#include "disputes/disputequeuedock.h"
#include "map/mapdock.h"
#include "map/mapview.h"
#include "mainwindow.h"
#include "qt/disputequeuemodel.h"
#include "regions/regiontreedock.h"

#include "demo/demoprovince.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QToolTip>
#include <QAbstractItemView>
#include <QCompleter>

#include <set>

// The map panel in the main window over the demo county, and the map view alone over a
// synthetic province.
class TestMap : public QObject
{
    Q_OBJECT

    WidgetTest::LeakGuard m_leaks;

    std::unique_ptr<MainWindow> openWindow()
    {
        return WidgetTest::openMainWindow(QSize(1500, 950));
    }

    static void keepPicture(QWidget *widget, const QString &name)
    {
        if (const QByteArray dir = qgetenv("PINGAN_SHOT_DIR"); !dir.isEmpty())
            widget->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
    }

    // A grid whose label point is on screen and inside the grid.
    static int visibleGrid(MapView *map, int skip = 0)
    {
        const geo::MapScene &scene = *map->scene();
        for (int index : scene.featuresOf(RegionLevel::Grid)) {
            const QPointF at = map->toScreen(scene.feature(index).labelAt);
            // Not under a platform's symbol: a click there selects the platform.
            if (scene.pick(RegionLevel::Grid, scene.feature(index).labelAt) == index
                && map->rect().adjusted(20, 20, -20, -20).contains(at.toPoint())
                && map->platformAt(at).isEmpty() && skip-- <= 0)
                return index;
        }
        return -1;
    }

private Q_SLOTS:
    void init() { m_leaks.begin(); }
    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(leaked));
    }

    void theMapIsDrawnInTheBackgroundAndKeepsUp()
    {
        MapView view;
        view.resize(640, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setScene(DemoProvince::scene(25600, 12));
        QTRY_VERIFY(view.isRenderCurrent());
        const int first = view.rendersDelivered();
        // A pan shows the old image moved at once; a new image follows.
        const double scale = view.viewport().scale;
        view.panBy(QPointF(40, 0));
        QVERIFY(!view.isRenderCurrent());
        view.repaint();
        QTRY_VERIFY(view.isRenderCurrent());
        QVERIFY(view.rendersDelivered() > first);
        QCOMPARE(view.viewport().scale, scale);
        // Keys zoom about the centre and Home shows everything again.
        const QPointF centre = view.viewport().centre;
        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(view.viewport().scale, scale * 1.5);
        QVERIFY((view.viewport().centre - centre).manhattanLength() < 1e-9);
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(view.viewport().scale, scale);
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.viewport().centre.x() > centre.x());
        QTest::keyClick(&view, Qt::Key_Home);
        QVERIFY(view.viewport().mapRect().contains(view.scene()->extent()));
        // The wheel zooms about the cursor: the map point under it stays under it.
        const QPointF cursor(150, 120);
        const QPointF before = view.toMap(cursor);
        QWheelEvent wheel(cursor, view.mapToGlobal(cursor), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        QVERIFY(view.viewport().scale > scale * 1.5);
        QVERIFY((view.toMap(cursor) - before).manhattanLength() < 1e-6);
        // Many moves in a row: the view ends on an image of where it stopped.
        for (int i = 0; i < 30; ++i) {
            view.panBy(QPointF(i % 2 ? 17 : -11, 7));
            view.repaint();
        }
        QTRY_VERIFY(view.isRenderCurrent());
    }

    void clickingAGridSelectsItEverywhereAndADisputeHighlightsItsGrid()
    {
        auto w = openWindow();
        QVERIFY(w);
        MapView *map = w->mapDock()->view();
        QTRY_VERIFY(map->hasScene());
        QTRY_VERIFY(map->isRenderCurrent());
        const int grid = visibleGrid(map);
        QVERIFY(grid >= 0);
        const QString code = map->scene()->feature(grid).code;
        QTest::mouseClick(map, Qt::LeftButton, {},
                          map->toScreen(map->scene()->feature(grid).labelAt).toPoint());
        QCOMPARE(w->regionTreeDock()->currentCode(), code);
        QCOMPARE(w->disputeQueueDock()->model()->filter().codePrefix, code);
        QCOMPARE(map->selectedRegion(), code);

        // Selecting a township in the tree brings it into view on the map.
        w->regionTreeDock()->selectRegion(code.left(9) + QStringLiteral("000"));
        QCOMPARE(map->selectedRegion(), code.left(9) + QStringLiteral("000"));
        const int township = map->scene()->find(map->selectedRegion());
        QVERIFY(map->viewport().mapRect().contains(map->scene()->feature(township).bounds));

        // Selecting a dispute in the queue highlights its grid and flashes there.
        DisputeQueueModel *queue = w->disputeQueueDock()->model();
        QTRY_VERIFY(queue->rowCount() > 0);
        auto *table = w->disputeQueueDock()->findChild<QTableView *>();
        QVERIFY(table);
        table->setCurrentIndex(queue->index(0, 1));
        const QString disputeGrid
            = queue->index(0, 0).data(int(DisputeQueueModel::Role::GridCode)).toString();
        QTRY_COMPARE(map->highlightedGrid(), disputeGrid);
        QVERIFY(map->isFlashing());
        const int highlighted = map->scene()->find(disputeGrid);
        QVERIFY(highlighted >= 0);
        QVERIFY(map->viewport().mapRect().intersects(map->scene()->feature(highlighted).bounds));
        QTRY_VERIFY(map->isRenderCurrent());
        keepPicture(w.get(), QStringLiteral("map-selection.png"));
    }

    void aMetricColoursTheGridsWithALegend()
    {
        auto w = openWindow();
        QVERIFY(w);
        MapDock *dock = w->mapDock();
        MapView *map = dock->view();
        QTRY_VERIFY(map->hasScene());
        auto *metric = dock->findChild<QComboBox *>(QStringLiteral("mapMetric"));
        QVERIFY(metric);
        const int open = metric->findData(QStringLiteral("open-per-1000"));
        QVERIFY(open > 0);
        metric->setCurrentIndex(open);
        // The figures are read in the background; the colours follow.
        QTRY_VERIFY(!map->legend().isEmpty());
        int counted = 0;
        for (const geo::MapLegend::Entry &e : map->legend().entries)
            counted += e.count;
        QCOMPARE(counted, map->scene()->count(RegionLevel::Grid));
        QVERIFY(map->legend().entries.size() >= 3);
        // On screen each grid shows the colour of its class.
        map->fitAll();
        QTRY_VERIFY(map->isRenderCurrent());
        std::set<QRgb> legendColours;
        for (const geo::MapLegend::Entry &e : map->legend().entries)
            legendColours.insert(e.colour.rgb());
        const QImage shown = map->grab().toImage();
        const geo::MapScene &scene = *map->scene();
        QRandomGenerator random(3);
        int matched = 0;
        int wrong = 0;
        for (int index : scene.featuresOf(RegionLevel::Grid)) {
            const QRgb expected = (*map->mapStyle().fills)[size_t(index)];
            const QRectF b = scene.feature(index).bounds;
            for (int i = 0; i < 30; ++i) {
                const QPointF p(b.left() + random.generateDouble() * b.width(),
                                b.top() + random.generateDouble() * b.height());
                const QPointF at = map->toScreen(p);
                // Well inside the grid (no edge within 3 px) and inside the view.
                bool inside = map->rect().adjusted(4, 4, -4, -4).contains(at.toPoint())
                              && !map->legendRect().adjusted(-4, -4, 4, 4).contains(at);
                for (const QPointF d : {QPointF(3, 0), QPointF(-3, 0), QPointF(0, 3), QPointF(0, -3)})
                    inside = inside && scene.pick(RegionLevel::Grid, map->toMap(at + d)) == index;
                if (!inside)
                    continue;
                // Names, points and the legend may cover the grid: judge only plain fill.
                const QRgb got = shown.pixel((at * shown.devicePixelRatio()).toPoint());
                if (!legendColours.count(got))
                    continue;
                (got == expected ? matched : wrong) += 1;
            }
        }
        QVERIFY2(matched > 200 && wrong == 0,
                 qPrintable(QStringLiteral("%1 right, %2 wrong").arg(matched).arg(wrong)));
        keepPicture(w.get(), QStringLiteral("map-choropleth.png"));

        // Townships coloured by risk: four fixed colours.
        auto *level = dock->findChild<QComboBox *>(QStringLiteral("mapLevel"));
        dock->setMetric(QStringLiteral("risk"), RegionLevel::Township);
        QCOMPARE(level->currentData().toInt(), int(RegionLevel::Township));
        QTRY_COMPARE(map->mapStyle().fillLevel, RegionLevel::Township);
        QTRY_COMPARE(map->legend().entries.size(), 5); // red, yellow, blue, green, no data
        // Back to plain township tints: no legend.
        metric->setCurrentIndex(0);
        QVERIFY(map->legend().isEmpty());
    }

    void searchJumpsToARegion()
    {
        auto w = openWindow();
        QVERIFY(w);
        MapDock *dock = w->mapDock();
        QTRY_VERIFY(dock->view()->hasScene());
        const geo::MapScene &scene = *dock->view()->scene();
        const int township = scene.featuresOf(RegionLevel::Township).back();
        const QString name = scene.feature(township).name;
        QVERIFY(dock->jumpTo(name));
        QCOMPARE(w->regionTreeDock()->currentCode(), scene.feature(township).code);
        QCOMPARE(dock->view()->selectedRegion(), scene.feature(township).code);
        // By code.
        const int grid = scene.featuresOf(RegionLevel::Grid).front();
        QVERIFY(dock->jumpTo(scene.feature(grid).code));
        QCOMPARE(w->regionTreeDock()->currentCode(), scene.feature(grid).code);
        QVERIFY(!dock->jumpTo(QStringLiteral("不存在的地方")));
        // By pinyin initials: 白水乡 → bsx.
        const int baishui = [&scene] {
            for (int t : scene.featuresOf(RegionLevel::Township)) {
                if (scene.feature(t).name == QStringLiteral("白水乡"))
                    return t;
            }
            return -1;
        }();
        QVERIFY(baishui >= 0);
        QVERIFY(dock->jumpTo(QStringLiteral("bsx")));
        QCOMPARE(w->regionTreeDock()->currentCode(), scene.feature(baishui).code);
        // Typing offers the matches in the completer.
        QLineEdit *search = dock->searchEdit();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("bs"));
        QVERIFY(search->completer()->completionModel()->rowCount() > 0);
    }

    void hoverTellsNameCodeWorkerAndCounts()
    {
        auto w = openWindow();
        QVERIFY(w);
        MapView *map = w->mapDock()->view();
        QTRY_VERIFY(map->hasScene());
        QTRY_VERIFY(map->isRenderCurrent());
        const int grid = visibleGrid(map, 3);
        QVERIFY(grid >= 0);
        QSignalSpy hovered(map, &MapView::regionHovered);
        const QPoint at = map->toScreen(map->scene()->feature(grid).labelAt).toPoint();
        QMouseEvent move(QEvent::MouseMove, at, map->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(map, &move);
        QCOMPARE(hovered.count(), 1);
        QCOMPARE(hovered.at(0).at(0).toString(), map->scene()->feature(grid).code);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(map->scene()->feature(grid).code), qPrintable(tip));
        QVERIFY2(tip.contains(map->scene()->feature(grid).name), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("网格员")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("在办")), qPrintable(tip));
        QTRY_VERIFY(map->isRenderCurrent());
        keepPicture(w.get(), QStringLiteral("map-hover.png"));
        QToolTip::hideText();
    }

    void exportsPngAtPrintResolutionAndSvg()
    {
        auto w = openWindow();
        QVERIFY(w);
        MapView *map = w->mapDock()->view();
        QTRY_VERIFY(map->hasScene());
        const QImage image = map->exportImage(300.0 / 96.0);
        QCOMPARE(image.width(), qRound(map->width() * map->devicePixelRatioF() * 300.0 / 96.0));
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(map->exportSvg(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<path") || text.contains("<polyline") || text.contains("<polygon"));
    }
};

PINGAN_WIDGET_TEST_MAIN(TestMap)
#include "tst_map.moc"
