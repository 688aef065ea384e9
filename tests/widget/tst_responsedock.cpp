#include "widgettesthelpers.h"

#include "patrolfixture.h"

#include "charts/responsedock.h"
#include "domain/platform.h"
#include "geo/geometry.h"
#include "qt/responsetablemodel.h"
#include "store/database.h"
#include "store/patrolrecords.h"
#include "store/platformrepository.h"
#include "store/regionwriter.h"
#include "store/responsestatsrepository.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>

#include <boost/geometry/algorithms/correct.hpp>

#include <algorithm>
#include <memory>
#include <optional>

using PatrolFixture::squareRegion;

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

namespace {

const QString kCounty = QStringLiteral("990300000000");
const QString kTownA = QStringLiteral("990300001000");
const QString kTownB = QStringLiteral("990300002000");
const QString kVillageA1 = QStringLiteral("990300001001");
const QString kVillageB1 = QStringLiteral("990300002001");
const QString kGridA1 = QStringLiteral("990300001001001");
const QString kGridB1 = QStringLiteral("990300002001001");
const QString kRapid = QStringLiteral("KJ-01");    // township A
const QString kPatrol = QStringLiteral("XF-01");   // township B
const QString kWatch = QStringLiteral("QF-01");    // village B1
const QString kRapidName = QStringLiteral("甲镇快警平台");

// A county of two townships and three platforms in a temporary folder, written through the
// store's own writers, with eleven incidents of known response minutes:
//   #   platform  grid  called            minutes
//   1   KJ-01     A1    2026-10-02 10:00  2
//   2   KJ-01     A1    2026-10-03 11:00  0.5
//   3   KJ-01     B1    2026-10-05 12:00  6
//   4   XF-01     B1    2026-10-10 22:00  4
//   5   XF-01     —     2026-10-12 08:00  none
//   6   —         A1    2026-10-20 09:00  3
//   7   —         —     2026-10-25 10:00  10
//   8   QF-01     —     2026-11-01 09:00  1
//   9   KJ-01     —     2026-11-03 14:00  8
//  10   KJ-01     B1    2026-11-15 16:00  1.5
//  11   KJ-01     A1    2026-09-30 23:59  0.5   (before the period)
// October–November 2026, county: 10 incidents, 9 timed: 0.5 1 1.5 2 3 4 6 8 10 — median 3,
// P90 8.4, within 1/3/5 min 2/5/6 (22 %, 56 %, 67 %), one without arrival.
class PatrolStore
{
public:
    PatrolStore()
        : m_db(Database::open(m_dir.filePath(QStringLiteral("patrol.db"))))
    {
        {
            WriteTransaction tx(*m_db);
            RegionWriter regions(*m_db);
            squareRegion(regions, kCounty, QStringLiteral("测试县"), RegionLevel::County, {}, 0);
            squareRegion(regions, kTownA, QStringLiteral("甲镇"), RegionLevel::Township, kCounty, 1);
            squareRegion(regions, kTownB, QStringLiteral("乙乡"), RegionLevel::Township, kCounty, 2);
            squareRegion(regions, kVillageA1, QStringLiteral("甲一村"),
                         RegionLevel::Village, kTownA, 3);
            squareRegion(regions, kVillageB1, QStringLiteral("乙一村"),
                         RegionLevel::Village, kTownB, 4);
            squareRegion(regions, kGridA1, QStringLiteral("甲一网格"),
                         RegionLevel::Grid, kVillageA1, 5);
            squareRegion(regions, kGridB1, QStringLiteral("乙一网格"),
                         RegionLevel::Grid, kVillageB1, 6);
            tx.commit();
        }
        PatrolFixture::platform(*m_db, kRapid, kRapidName, PlatformKind::RapidPolice, kTownA);
        PatrolFixture::platform(*m_db, kPatrol, QStringLiteral("乙乡巡防平台"),
                                PlatformKind::Patrol, kTownB);
        PatrolFixture::platform(*m_db, kWatch, QStringLiteral("乙一村群防点"),
                                PlatformKind::CommunityWatch, kVillageB1);
        incident(kRapid, kGridA1, QStringLiteral("2026-10-02 10:00"), 2);
        incident(kRapid, kGridA1, QStringLiteral("2026-10-03 11:00"), 0.5);
        incident(kRapid, kGridB1, QStringLiteral("2026-10-05 12:00"), 6);
        incident(kPatrol, kGridB1, QStringLiteral("2026-10-10 22:00"), 4);
        incident(kPatrol, QString(), QStringLiteral("2026-10-12 08:00"), std::nullopt);
        incident(QString(), kGridA1, QStringLiteral("2026-10-20 09:00"), 3);
        incident(QString(), QString(), QStringLiteral("2026-10-25 10:00"), 10);
        incident(kWatch, QString(), QStringLiteral("2026-11-01 09:00"), 1);
        incident(kRapid, QString(), QStringLiteral("2026-11-03 14:00"), 8);
        incident(kRapid, kGridB1, QStringLiteral("2026-11-15 16:00"), 1.5);
        incident(kRapid, kGridA1, QStringLiteral("2026-09-30 23:59"), 0.5);
    }

    bool ok() const { return m_ok; }

    ResponseReport report(QDate from, QDate toExclusive, const ResponseScope &scope = {})
    {
        return ResponseStatsRepository(*m_db).report(from, toExclusive,
                                                     ResponseTimes::defaultBands(),
                                                     ResponseTimes::DefaultHistogramMinutes,
                                                     scope);
    }

private:
    void incident(const QString &platform, const QString &grid, const QString &called,
                  std::optional<double> minutes)
    {
        const RecordResult r = PatrolFixture::incident(*m_db, platform, grid, called, minutes);
        if (!r.inserted) {
            qWarning("incident not recorded: %s", qPrintable(r.problems.join(QLatin1Char(' '))));
            m_ok = false;
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    bool m_ok = true;
};

const QDate kFrom(2026, 10, 1);
const QDate kTo(2026, 12, 1);   // exclusive

// What the histogram shows per bin: the stacked band sets add up to the bin's bar.
QList<qreal> barHeights(QChartView *view)
{
    const auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
    QList<qreal> heights;
    if (!series)
        return heights;
    for (QBarSet *set : series->barSets()) {
        heights.resize(std::max<qsizetype>(heights.size(), set->count()), 0.0);
        for (int i = 0; i < set->count(); ++i)
            heights[i] += set->at(i);
    }
    return heights;
}

QBarSet *barSet(QChartView *view, int bandClass)
{
    const auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
    return series ? series->barSets().value(bandClass) : nullptr;
}

QLineSeries *line(QChartView *view, const QString &name)
{
    for (QAbstractSeries *s : view->chart()->series()) {
        if (s->objectName() == name)
            return qobject_cast<QLineSeries *>(s);
    }
    return nullptr;
}

// A column's text down the view, in the order shown.
QStringList shownColumn(QTableView *view, int column)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, column).data().toString();
    return out;
}

int shownRowOf(QTableView *view, const QString &code)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(int(ResponseTableModel::Role::Code)).toString()
            == code)
            return row;
    }
    return -1;
}

} // namespace

class TestResponseDock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ResponseDock> openDock()
    {
        auto dock = std::make_unique<ResponseDock>();
        dock->resize(1100, 700);
        dock->show();
        if (!QTest::qWaitForWindowExposed(dock.get()))
            return {};
        return dock;
    }

    std::unique_ptr<PatrolStore> m_store;
    WidgetTest::LeakGuard m_leaks;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<PatrolStore>();
        QVERIFY(m_store->ok());
    }
    void cleanupTestCase() { m_store.reset(); }
    void init() { m_leaks.begin(); }
    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(QStringLiteral("leaked windows: ") + leaked));
    }

    void theQueryBarStartsOnTheLastTwelveMonthsAndReportsChanges()
    {
        auto dock = openDock();
        QVERIFY(dock);
        QCOMPARE(dock->objectName(), QStringLiteral("responseDock"));
        const QDate today = QDate::currentDate();
        const QDate thisMonth(today.year(), today.month(), 1);
        QCOMPARE(dock->from(), thisMonth.addMonths(-11));
        QCOMPARE(dock->toInclusive(), thisMonth.addMonths(1).addDays(-1));
        QCOMPARE(dock->toExclusive(), thisMonth.addMonths(1));
        QVERIFY(dock->fromEdit()->calendarPopup());
        QVERIFY(dock->scope().isCounty());

        const ResponseReport report = m_store->report(kFrom, kTo);
        dock->setScopes(ResponseDock::scopeChoices(report));
        auto *combo = dock->findChild<QComboBox *>(QStringLiteral("responseScope"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), ResponseDock::tr("Whole county"));
        // County, separator, two townships, separator, three platforms.
        QCOMPARE(combo->count(), 8);
        QCOMPARE(combo->itemText(2), QStringLiteral("甲镇"));
        QCOMPARE(combo->itemText(5), kRapidName);

        QSignalSpy changed(dock.get(), &ResponseDock::queryChanged);
        combo->setCurrentIndex(3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dock->scope(), ResponseScope::township(kTownB));

        // The same list again keeps the choice and asks for nothing.
        dock->setScopes(ResponseDock::scopeChoices(report));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dock->scope(), ResponseScope::township(kTownB));

        dock->setPeriod(kFrom, QDate(2026, 11, 30));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(dock->from(), kFrom);
        QCOMPARE(dock->toExclusive(), kTo);
        dock->setPeriod(kFrom, QDate(2026, 11, 30));
        QCOMPARE(changed.count(), 2);

        // A From after To takes To along: one change, never an empty period.
        dock->fromEdit()->setDate(QDate(2026, 12, 15));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(dock->toInclusive(), QDate(2026, 12, 15));
    }

    void theChartsTheSummaryAndTheTableShowTheReport()
    {
        auto dock = openDock();
        QVERIFY(dock);
        QAbstractItemModelTester tester(dock->tableModel(), Fatal);
        dock->showBusy(true);
        auto *summary = dock->findChild<QLabel *>(QStringLiteral("responseSummary"));
        QVERIFY(summary);
        QCOMPARE(summary->text(), ResponseDock::tr("Computing…"));

        const ResponseReport report = m_store->report(kFrom, kTo);
        dock->setReport(report);
        QVERIFY(dock->isShowingContent());
        QVERIFY(!dock->isBusy());
        QCOMPARE(dock->report().incidents, 10);

        // Summary: 10 incidents, 9 timed, median 3.0, P90 8.4, 22 % / 56 % / 67 %, 1 without.
        const QString text = summary->text();
        for (const char *figure : {"10", "9", "3.0", "8.4", "22%", "56%", "67%"})
            QVERIFY2(text.contains(QLatin1String(figure)), qPrintable(figure + (": " + text)));
        QVERIFY2(text.contains(ResponseDock::tr("%1 without arrival").arg(1)), qPrintable(text));
        QVERIFY(text.startsWith(ResponseDock::tr("Whole county")));

        // Distribution: minutes 0.5 1 1.5 2 3 4 6 8 10 in bins 0–1 … 9–10, ≥10.
        auto *histogram = dock->findChild<QChartView *>(QStringLiteral("responseHistogram"));
        QVERIFY(histogram);
        QCOMPARE(barHeights(histogram),
                 (QList<qreal> {1, 2, 1, 1, 1, 0, 1, 0, 1, 0, 1}));
        auto *bins = qobject_cast<QBarCategoryAxis *>(
            histogram->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(bins);
        QCOMPARE(bins->count(), 11);
        QCOMPARE(bins->at(0), QStringLiteral("0–1"));
        QCOMPARE(bins->at(1), QStringLiteral("1–2"));
        QCOMPARE(bins->at(10), QStringLiteral("≥10"));
        // The bands show as colours: bin 0–1 within 1 min, 2–3 within 3, 3–4 and 4–5 within
        // 5, 6–7 and ≥10 beyond; the legend names each band.
        QCOMPARE(barSet(histogram, 0)->at(0), 1.0);
        QCOMPARE(barSet(histogram, 1)->at(2), 1.0);
        QCOMPARE(barSet(histogram, 2)->at(4), 1.0);
        QCOMPARE(barSet(histogram, 2)->at(3), 1.0);
        QCOMPARE(barSet(histogram, 3)->at(6), 1.0);
        QCOMPARE(barSet(histogram, 3)->at(10), 1.0);
        QCOMPARE(barSet(histogram, 0)->label(), ResponseDock::tr("≤ %1 min").arg(1));
        QCOMPARE(barSet(histogram, 3)->label(), ResponseDock::tr("> %1 min").arg(5));
        QVERIFY(barSet(histogram, 0)->color() != barSet(histogram, 3)->color());

        // Trend: October 0.5 2 3 4 6 10 → median 3.5, P90 8, 4 of 6 within 5 min;
        // November 1 1.5 8 → median 1.5, P90 6.7, 2 of 3 within 5 min.
        auto *trend = dock->findChild<QChartView *>(QStringLiteral("responseTrend"));
        QVERIFY(trend);
        QLineSeries *median = line(trend, QStringLiteral("median"));
        QLineSeries *p90 = line(trend, QStringLiteral("p90"));
        QLineSeries *within = line(trend, QStringLiteral("withinLastBand"));
        QVERIFY(median && p90 && within);
        QCOMPARE(median->points(), (QList<QPointF> {{0, 3.5}, {1, 1.5}}));
        QCOMPARE(p90->count(), 2);
        QCOMPARE(p90->at(0).y(), 8.0);
        QVERIFY(qFuzzyCompare(p90->at(1).y(), 6.7));
        QVERIFY(qFuzzyCompare(within->at(0).y(), 400.0 / 6));
        QVERIFY(qFuzzyCompare(within->at(1).y(), 200.0 / 3));
        auto *months = qobject_cast<QBarCategoryAxis *>(
            trend->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(months);
        QCOMPARE(months->categories(),
                 (QStringList {QStringLiteral("26-10"), QStringLiteral("26-11")}));
        QCOMPARE(trend->chart()->axes(Qt::Vertical).size(), 2);   // minutes left, % right

        // The table: one row per platform; KJ-01's median of 0.5 1.5 2 6 8 is 2.0.
        auto *view = dock->findChild<QTableView *>(QStringLiteral("responsePlatforms"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 3);
        const int kj = shownRowOf(view, kRapid);
        QVERIFY(kj >= 0);
        QAbstractItemModel *shown = view->model();
        QCOMPARE(shown->index(kj, ResponseTableModel::NameColumn).data().toString(), kRapidName);
        QCOMPARE(shown->index(kj, ResponseTableModel::KindColumn).data().toString(),
                 platformKindLabel(PlatformKind::RapidPolice));
        QCOMPARE(shown->index(kj, ResponseTableModel::TownshipColumn).data().toString(),
                 QStringLiteral("甲镇"));
        QCOMPARE(shown->index(kj, ResponseTableModel::IncidentsColumn).data().toString(),
                 QStringLiteral("5"));
        QCOMPARE(shown->index(kj, ResponseTableModel::MedianColumn).data().toString(),
                 QStringLiteral("2.0"));
        QCOMPARE(shown->index(kj, ResponseTableModel::P90Column).data().toString(),
                 QStringLiteral("7.2"));
        const ResponseTableModel *model = dock->tableModel();
        QCOMPARE(shown->headerData(model->bandColumn(2), Qt::Horizontal).toString(),
                 ResponseTableModel::tr("≤ %1 min").arg(5));
        QCOMPARE(shown->index(kj, model->bandColumn(0)).data().toString(),
                 ResponseTableModel::tr("%1%").arg(20));
        QCOMPARE(shown->index(kj, model->bandColumn(1)).data().toString(),
                 ResponseTableModel::tr("%1%").arg(60));
        const int xf = shownRowOf(view, kPatrol);
        QCOMPARE(shown->index(xf, model->withoutArrivalColumn()).data().toString(),
                 QStringLiteral("1"));

        // A new report replaces everything at once: an empty period says so.
        dock->setReport(m_store->report(QDate(2025, 1, 1), QDate(2025, 2, 1)));
        QCOMPARE(summary->text(), ResponseDock::tr("%1: no incidents in this period")
                                      .arg(ResponseDock::tr("Whole county")));
        QCOMPARE(barHeights(histogram), QList<qreal>(11, 0.0));
        QCOMPARE(median->count(), 0);
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(shown->index(kj, ResponseTableModel::MedianColumn).data().toString(),
                 QStringLiteral("–"));
    }

    void clickingTheMedianHeaderSortsThePlatformsByMedian()
    {
        auto dock = openDock();
        QVERIFY(dock);
        QAbstractItemModelTester tester(dock->tableModel(), Fatal);
        dock->setReport(m_store->report(kFrom, kTo));
        QTableView *view = dock->platformView();
        QHeaderView *header = view->horizontalHeader();
        const int column = ResponseTableModel::MedianColumn;
        const QPoint at(header->sectionViewportPosition(column) + 10, header->height() / 2);

        // Medians: QF-01 1.0, KJ-01 2.0, XF-01 4.0.
        const QStringList ascending {QStringLiteral("1.0"), QStringLiteral("2.0"),
                                     QStringLiteral("4.0")};
        const QStringList descending {ascending.at(2), ascending.at(1), ascending.at(0)};
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(header->sortIndicatorSection(), column);
        const bool up = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QCOMPARE(shownColumn(view, column), up ? ascending : descending);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(shownColumn(view, column), up ? descending : ascending);

        // Numbers sort as numbers: incidents 5, 2, 1 descending.
        view->sortByColumn(ResponseTableModel::IncidentsColumn, Qt::DescendingOrder);
        QCOMPARE(shownColumn(view, ResponseTableModel::IncidentsColumn),
                 (QStringList {QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("1")}));
    }

    void doubleClickingAPlatformScopesThePanelToIt()
    {
        auto dock = openDock();
        QVERIFY(dock);
        const ResponseReport county = m_store->report(kFrom, kTo);
        dock->setScopes(ResponseDock::scopeChoices(county));
        dock->setReport(county);
        QTableView *view = dock->platformView();
        QList<ResponseScope> asked;
        connect(dock.get(), &ResponseDock::queryChanged, dock.get(),
                [&] { asked << dock->scope(); });

        const int row = shownRowOf(view, kRapid);
        QVERIFY(row >= 0);
        const QRect cell = view->visualRect(view->model()->index(row, 0));
        QVERIFY(cell.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0), ResponseScope::platform(kRapid));
        QCOMPARE(dock->scopeBox()->currentText(), kRapidName);

        // The owner computes the platform's report: its own figures, by month.
        dock->showBusy(true);
        dock->setReport(m_store->report(kFrom, kTo, dock->scope()));
        const QString text = dock->summaryText();
        QVERIFY2(text.startsWith(kRapidName), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2.0")) && text.contains(QStringLiteral("7.2")),
                 qPrintable(text));
        QLineSeries *median = line(dock->trendView(), QStringLiteral("median"));
        QVERIFY(median);
        // October 0.5 2 6 → 2; November 1.5 8 → 4.75.
        QCOMPARE(median->points(), (QList<QPointF> {{0, 2.0}, {1, 4.75}}));
        QCOMPARE(barHeights(dock->histogramView()),
                 (QList<qreal> {1, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0}));
        // The table still lists every platform.
        QCOMPARE(view->model()->rowCount(), 3);

        // Double-clicking the platform already chosen asks for nothing new.
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {},
                           view->visualRect(view->model()->index(shownRowOf(view, kRapid), 0))
                               .center());
        QCOMPARE(asked.size(), 1);
    }

    void aPlatformMissingFromTheScopeListIsAddedOnDoubleClick()
    {
        auto dock = openDock();
        QVERIFY(dock);
        dock->setReport(m_store->report(kFrom, kTo));
        QCOMPARE(dock->scopeBox()->count(), 1);   // only the county: no list given yet
        QSignalSpy changed(dock.get(), &ResponseDock::queryChanged);
        QTableView *view = dock->platformView();
        const QRect cell = view->visualRect(view->model()->index(shownRowOf(view, kWatch), 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dock->scope(), ResponseScope::platform(kWatch));
        QCOMPARE(dock->scopeBox()->currentText(), QStringLiteral("乙一村群防点"));
    }
};

PINGAN_WIDGET_TEST_MAIN(TestResponseDock)
#include "tst_responsedock.moc"
