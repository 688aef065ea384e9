#include "widgettesthelpers.h"

#include "patrolfixture.h"

#include "domain/surveyscheme.h"
#include "domain/surveystats.h"
#include "io/surveyimport.h"
#include "store/database.h"
#include "store/regionwriter.h"
#include "store/surveyrepository.h"
#include "survey/surveydock.h"
#include "survey/surveyimportdialog.h"
#include "survey/surveyschemedialog.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QPainter>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

using PatrolFixture::squareRegion;

namespace {

const QString kCounty = QStringLiteral("990300000000");

QString townshipCode(int i)
{
    return QStringLiteral("990300") + QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'))
           + QStringLiteral("000");
}

// Wilson's 95 % interval, written out here so the test does not lean on the code under test.
SurveyMath::Interval wilson(double positive, double n)
{
    const double z = 1.959963984540054, p = positive / n, z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return {centre - half, centre + half};
}

SurveyFigure figure(const QString &code, const QString &name, RegionLevel level, qint64 n,
                    qint64 positive)
{
    SurveyFigure f;
    f.regionCode = code;
    f.regionName = name;
    f.level = level;
    f.indicator = SurveyIndicator::Security;
    f.n = n;
    f.positive = double(positive);
    f.rate = double(positive) / double(n);
    f.ci = wilson(double(positive), double(n));
    f.smallSample = n < 30;
    // Answers: the positives split over 很安全/安全/基本安全, the rest over 不太安全/不安全.
    f.answers[1] = positive / 2;
    f.answers[2] = positive / 4;
    f.answers[3] = positive - f.answers[1] - f.answers[2];
    f.answers[4] = (n - positive) / 2;
    f.answers[5] = n - positive - f.answers[4];
    return f;
}

// One wave of eight townships (town 1 … town 8); `shift` moves every rate. Ranks, the last
// five and their test against the rest are given by hand: towns 7 and 8 are significantly
// below the others, towns 4–6 are not. Town 6 has a small sample.
QList<SurveyFigure> wave(int shift, bool previous)
{
    struct Row
    {
        int town;
        qint64 n;
        qint64 positive;
    };
    // In rank order, best first.
    const Row rows[] = {{3, 200, 196 - shift}, {1, 180, 172 - shift}, {5, 150, 141 - shift},
                        {2, 160, 148 - shift}, {4, 170, 155 - shift}, {6, 25, 22},
                        {8, 150, 120 - shift}, {7, 140, 105 - shift}};
    QList<SurveyFigure> out;
    qint64 n = 0, positive = 0;
    int rank = 0;
    for (const Row &r : rows) {
        ++rank;
        SurveyFigure f = figure(townshipCode(r.town), QStringLiteral("%1号镇").arg(r.town),
                                RegionLevel::Township, r.n, r.positive);
        f.rank = rank;
        f.ranked = 8;
        f.lastFive = rank > 3;
        f.distinctFromRest = r.town == 7 || r.town == 8;
        f.restP = f.distinctFromRest ? 0.001 : 0.4;
        if (previous) {
            f.previousRate = *f.rate - 0.02;
            f.previousN = r.n;
            f.changeP = r.town == 3 ? 0.01 : 0.3;
            f.changeSignificant = r.town == 3;
        }
        n += r.n;
        positive += r.positive;
        out << f;
    }
    SurveyFigure county = figure(kCounty, QStringLiteral("测试县"), RegionLevel::County, n,
                                 positive);
    county.weighted = true;
    out.prepend(county);
    return out;
}

QList<SurveyWaveFigures> twoWaves()
{
    return {{QStringLiteral("2026Q1"), wave(6, false)}, {QStringLiteral("2026Q2"), wave(0, true)}};
}

const SurveyFigure *find(const QList<SurveyFigure> &figures, const QString &code)
{
    for (const SurveyFigure &f : figures) {
        if (f.regionCode == code)
            return &f;
    }
    return nullptr;
}

QBarSet *barSet(QChartView *view, const QString &name)
{
    for (QAbstractSeries *s : view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->objectName() == name)
                    return set;
            }
        }
    }
    return nullptr;
}

template<typename T>
T *series(QChartView *view, const QString &name)
{
    for (QAbstractSeries *s : view->chart()->series()) {
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

QBarCategoryAxis *categoryAxis(QChartView *view)
{
    for (QAbstractAxis *a : view->chart()->axes(Qt::Vertical)) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
            return c;
    }
    return nullptr;
}

// The ranking row the selection outline surrounds; -1 when there is none.
int outlinedRow(QChartView *view)
{
    auto *outline = series<QLineSeries>(view, QStringLiteral("selection"));
    if (!outline || outline->count() == 0)
        return -1;
    double y = 0;
    for (const QPointF &p : outline->points())
        y += p.y();
    return int(std::lround((y - outline->at(0).y()) / (outline->count() - 1)));
}

// Saves a picture of `w` for a person to look at, when PINGAN_SCREENSHOT_DIR names a folder.
void screenshot(QWidget *w, const QString &name)
{
    const QByteArray dir = qgetenv("PINGAN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QStringLiteral("%1/%2.png").arg(QString::fromLocal8Bit(dir), name));
}

bool isRed(const QColor &c)
{
    return c.red() > 180 && c.green() < 140 && c.blue() < 140;
}

// A small county written through the store's own writers: two townships with a village each.
class SurveyStore
{
public:
    SurveyStore()
    {
        m_path = m_dir.filePath(QStringLiteral("survey.db"));
        auto db = Database::open(m_path);
        WriteTransaction tx(*db);
        RegionWriter regions(*db);
        squareRegion(regions, kCounty, QStringLiteral("测试县"), RegionLevel::County, {}, 0);
        squareRegion(regions, townshipCode(1), QStringLiteral("城关镇"), RegionLevel::Township,
                     kCounty, 1);
        squareRegion(regions, townshipCode(2), QStringLiteral("东风乡"), RegionLevel::Township,
                     kCounty, 2);
        squareRegion(regions, QStringLiteral("990300001001"), QStringLiteral("东街社区"),
                     RegionLevel::Village, townshipCode(1), 3);
        squareRegion(regions, QStringLiteral("990300002001"), QStringLiteral("红旗村"),
                     RegionLevel::Village, townshipCode(2), 4);
        tx.commit();
    }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

class TestSurvey : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SurveyDock> openDock()
    {
        auto dock = std::make_unique<SurveyDock>();
        dock->resize(700, 500);
        dock->show();
        if (!QTest::qWaitForWindowExposed(dock.get()))
            return {};
        dock->setScheme(SurveyScheme::standard());
        dock->setWaves({QStringLiteral("2026Q1"), QStringLiteral("2026Q2")});
        dock->setFigures(twoWaves());
        return dock;
    }

    WidgetTest::LeakGuard m_leaks;
    QTemporaryDir m_out;

private Q_SLOTS:
    void init() { m_leaks.begin(); }
    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(QStringLiteral("leaked windows: ") + leaked));
    }

    void theDockShowsTheNewestWaveAndReportsChoices()
    {
        auto dock = openDock();
        QVERIFY(dock);
        QCOMPARE(dock->objectName(), QStringLiteral("surveyDock"));
        QVERIFY(dock->isShowingContent());
        QCOMPARE(dock->wave(), QStringLiteral("2026Q2"));
        QCOMPARE(dock->indicator(), SurveyIndicator::Security);
        QVERIFY(dock->summaryText().contains(QStringLiteral("测试县")));

        QSignalSpy query(dock.get(), &SurveyDock::queryChanged);
        QSignalSpy clicked(dock.get(), &SurveyDock::townshipClicked);
        auto *indicators = dock->findChild<QComboBox *>(QStringLiteral("surveyIndicator"));
        QVERIFY(indicators);
        QCOMPARE(indicators->count(), SurveyIndicatorCount);
        indicators->setCurrentIndex(1);
        QCOMPARE(query.count(), 1);
        // No order-satisfaction figures were given: nothing ranked, no crash.
        QVERIFY(dock->rankingOrder().isEmpty());
        indicators->setCurrentIndex(0);
        QCOMPARE(query.count(), 2);
        auto *waves = dock->findChild<QComboBox *>(QStringLiteral("surveyWave"));
        waves->setCurrentIndex(0);
        QCOMPARE(query.count(), 3);
        QCOMPARE(dock->wave(), QStringLiteral("2026Q1"));
        auto *townships = dock->findChild<QComboBox *>(QStringLiteral("surveyTownship"));
        QCOMPARE(townships->count(), 9);   // (none) and eight townships
        townships->setCurrentIndex(townships->findData(townshipCode(5)));
        QCOMPARE(query.count(), 4);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), townshipCode(5));
        QCOMPARE(dock->township(), townshipCode(5));

        // The app's setters report nothing.
        dock->setWaves({QStringLiteral("2026Q1"), QStringLiteral("2026Q2")},
                       QStringLiteral("2026Q2"));
        dock->setFigures(twoWaves());
        dock->selectTownship(townshipCode(2));
        QCOMPARE(query.count(), 4);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(dock->wave(), QStringLiteral("2026Q2"));
    }

    void theRankingIsSortedWithTheLastFiveInRed()
    {
        auto dock = openDock();
        QVERIFY(dock);
        const QList<SurveyFigure> figures = wave(0, true);
        const QStringList order = dock->rankingOrder();
        QCOMPARE(order.size(), 8);
        for (int i = 1; i < order.size(); ++i)
            QVERIFY(*find(figures, order.at(i - 1))->rate >= *find(figures, order.at(i))->rate);
        QCOMPARE(order.first(), townshipCode(3));
        QCOMPARE(order.last(), townshipCode(7));

        QChartView *view = dock->chartView(SurveyDock::Chart::Ranking);
        QBarSet *others = barSet(view, QStringLiteral("others"));
        QBarSet *distinct = barSet(view, QStringLiteral("lastFiveDistinct"));
        QBarSet *similar = barSet(view, QStringLiteral("lastFiveSimilar"));
        QVERIFY(others && distinct && similar);
        QVERIFY(!isRed(others->color()));
        QVERIFY(isRed(distinct->color()));
        QVERIFY(similar->color().red() > 200 && similar->color().green() < 140);
        QBarCategoryAxis *axis = categoryAxis(view);
        QVERIFY(axis);
        QCOMPARE(axis->count(), 8);
        // Each bar stands on a transparent base that reaches the axis start.
        QBarSet *base = barSet(view, QStringLiteral("base"));
        QVERIFY(base);
        QCOMPARE(base->brush().style(), Qt::NoBrush);
        // Rows from the bottom: the worst first, so the best reads at the top.
        for (int row = 0; row < 8; ++row) {
            const SurveyFigure &f = *find(figures, order.at(7 - row));
            QVERIFY(axis->at(row).contains(f.regionName));
            QBarSet *expected = !f.lastFive ? others : f.distinctFromRest ? distinct : similar;
            for (QBarSet *set : {others, distinct, similar}) {
                if (set == expected)
                    QCOMPARE(base->at(row) + set->at(row), *f.rate * 100);
                else
                    QCOMPARE(set->at(row), 0.0);
            }
        }
        // The county as a reference line at its rate.
        auto *county = series<QLineSeries>(view, QStringLiteral("countyReference"));
        QVERIFY(county && county->isVisible());
        QCOMPARE(county->count(), 2);
        QCOMPARE(county->at(0).x(), *figures.first().rate * 100);

        // The note names the distinct ones and the others of the last five.
        const QString note = dock->lastFiveNote();
        const int towns7 = int(note.indexOf(QStringLiteral("7号镇")));
        const int towns4 = int(note.indexOf(QStringLiteral("4号镇")));
        QVERIFY(towns7 >= 0 && towns4 > towns7);
        QVERIFY(!note.contains(QStringLiteral("3号镇")));
    }

    void theWhiskersSpanTheIntervals()
    {
        auto dock = openDock();
        QVERIFY(dock);
        const QList<SurveyFigure> figures = wave(0, true);
        const QStringList order = dock->rankingOrder();
        QChartView *view = dock->chartView(SurveyDock::Chart::Ranking);
        int whiskers = 0;
        for (QAbstractSeries *s : view->chart()->series()) {
            if (s->objectName() != QStringLiteral("whisker"))
                continue;
            ++whiskers;
            auto *line = qobject_cast<QLineSeries *>(s);
            QVERIFY(line && line->isVisible());
            const QString code = line->property("regionCode").toString();
            const SurveyFigure &f = *find(figures, code);
            double low = 1e9, high = -1e9, y = 0;
            for (const QPointF &p : line->points()) {
                low = std::min(low, p.x());
                high = std::max(high, p.x());
                y += p.y();
            }
            QCOMPARE(low, f.ci.low * 100);
            QCOMPARE(high, f.ci.high * 100);
            // Centred on the township's bar.
            QCOMPARE(std::lround(y / line->count()), 7 - order.indexOf(code));
        }
        QCOMPARE(whiskers, 8);
    }

    void clickingABarChoosesTheTownship()
    {
        auto dock = openDock();
        QVERIFY(dock);
        QSignalSpy clicked(dock.get(), &SurveyDock::townshipClicked);
        const QStringList order = dock->rankingOrder();
        QChartView *view = dock->chartView(SurveyDock::Chart::Ranking);
        // The bottom bar is the worst township.
        Q_EMIT barSet(view, QStringLiteral("lastFiveDistinct"))->clicked(0);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toString(), order.last());
        QCOMPARE(dock->township(), order.last());
        QCOMPARE(outlinedRow(view), 0);

        // The answers chart: the county on top, then the ranking; row 0 is the bottom.
        QChartView *answers = dock->chartView(SurveyDock::Chart::Answers);
        QBarSet *first = barSet(answers, QStringLiteral("answer1"));
        QVERIFY(first);
        Q_EMIT first->clicked(7);   // second row from the bottom of nine
        QCOMPARE(clicked.count(), 2);
        QCOMPARE(clicked.at(1).at(0).toString(), order.first());
        Q_EMIT first->clicked(8);   // the county: not a township
        QCOMPARE(clicked.count(), 2);

        // The app's selection highlights without a signal; a grid code finds its township.
        dock->selectTownship(townshipCode(4).left(9) + QStringLiteral("001002"));
        QCOMPARE(dock->township(), townshipCode(4));
        QCOMPARE(clicked.count(), 2);
        const int row = 7 - int(order.indexOf(townshipCode(4)));
        QCOMPARE(outlinedRow(view), row);
        QVERIFY(categoryAxis(view)->at(row).startsWith(QStringLiteral("▶")));
        QVERIFY(!categoryAxis(view)->at(0).startsWith(QStringLiteral("▶")));
        auto *outline = series<QLineSeries>(view, QStringLiteral("selection"));
        double right = 0;
        for (const QPointF &p : outline->points())
            right = std::max(right, p.x());
        QCOMPARE(right, *find(wave(0, true), townshipCode(4))->rate * 100);
        dock->selectTownship(kCounty);
        QVERIFY(dock->township().isEmpty());
        QCOMPARE(outlinedRow(view), -1);
    }

    void theTrendHoldsTheFiguresGivenInOneStep()
    {
        auto dock = std::make_unique<SurveyDock>();
        dock->resize(700, 500);
        dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(dock.get()));
        QChartView *view = dock->chartView(SurveyDock::Chart::Trend);
        auto *county = series<QLineSeries>(view, QStringLiteral("countyRate"));
        auto *township = series<QLineSeries>(view, QStringLiteral("townshipRate"));
        auto *countyBand = series<QAreaSeries>(view, QStringLiteral("countyBand"));
        auto *townshipBand = series<QAreaSeries>(view, QStringLiteral("townshipBand"));
        auto *small = series<QScatterSeries>(view, QStringLiteral("smallSamples"));
        QVERIFY(county && township && countyBand && townshipBand && small);
        QSignalSpy added(county, &QXYSeries::pointAdded);
        QSignalSpy replaced(county, &QXYSeries::pointsReplaced);
        QSignalSpy townshipAdded(township, &QXYSeries::pointAdded);
        QSignalSpy bandAdded(countyBand->upperSeries(), &QXYSeries::pointAdded);

        dock->setWaves({QStringLiteral("2026Q1"), QStringLiteral("2026Q2")});
        dock->setFigures(twoWaves());
        dock->selectTownship(townshipCode(6));
        QCOMPARE(added.count(), 0);
        QCOMPARE(townshipAdded.count(), 0);
        QCOMPARE(bandAdded.count(), 0);
        QVERIFY(replaced.count() >= 1);

        const QList<SurveyWaveFigures> waves = twoWaves();
        QCOMPARE(county->count(), 2);
        QCOMPARE(township->count(), 2);
        QVERIFY(township->isVisible() && townshipBand->isVisible());
        for (int i = 0; i < 2; ++i) {
            const SurveyFigure &c = *find(waves.at(i).figures, kCounty);
            QCOMPARE(county->at(i), QPointF(i, *c.rate * 100));
            QCOMPARE(countyBand->upperSeries()->at(i).y(), c.ci.high * 100);
            QCOMPARE(countyBand->lowerSeries()->at(i).y(), c.ci.low * 100);
            const SurveyFigure &t = *find(waves.at(i).figures, townshipCode(6));
            QCOMPARE(township->at(i), QPointF(i, *t.rate * 100));
            QCOMPARE(townshipBand->upperSeries()->at(i).y(), t.ci.high * 100);
            QCOMPARE(townshipBand->lowerSeries()->at(i).y(), t.ci.low * 100);
        }
        // Town 6 has 25 respondents in both waves: both points are marked.
        QCOMPARE(small->count(), 2);
        QVERIFY(small->isVisible());
        QCOMPARE(small->at(1), township->at(1));

        // Without a township: its line and band go, and the small samples with them.
        dock->selectTownship(QString());
        QVERIFY(!township->isVisible());
        QVERIFY(!townshipBand->isVisible());
        QCOMPARE(small->count(), 0);
    }

    void theTableListsEveryTownship()
    {
        auto dock = openDock();
        QVERIFY(dock);
        QTableWidget *table = dock->table();
        QCOMPARE(table->rowCount(), 9);   // the county, then eight townships by rank
        QCOMPARE(table->item(0, SurveyDock::TownshipColumn)->data(Qt::UserRole).toString(),
                 kCounty);
        const QStringList order = dock->rankingOrder();
        for (int r = 1; r < 9; ++r) {
            QCOMPARE(table->item(r, SurveyDock::TownshipColumn)->data(Qt::UserRole).toString(),
                     order.at(r - 1));
            QCOMPARE(table->item(r, SurveyDock::RankColumn)->text(),
                     QStringLiteral("%1/8").arg(r));
        }
        const int small = int(order.indexOf(townshipCode(6))) + 1;
        QVERIFY(table->item(small, SurveyDock::SizeColumn)->text().contains(QStringLiteral("⚠")));
        QVERIFY(!table->item(1, SurveyDock::SizeColumn)->text().contains(QStringLiteral("⚠")));
        // Rates with one decimal, intervals, the significant change marked.
        QCOMPARE(table->item(1, SurveyDock::RateColumn)->text(), QStringLiteral("98.0%"));
        const QString change = table->item(1, SurveyDock::ChangeColumn)->text();
        QVERIFY(change.startsWith(QStringLiteral("+2.0")));
        QVERIFY(change.contains(QStringLiteral("▲")));
        QVERIFY(!table->item(2, SurveyDock::ChangeColumn)->text().contains(QStringLiteral("▲")));
        QVERIFY(table->item(8, SurveyDock::LastFiveColumn)->text().size() > 0);
        QVERIFY(table->item(1, SurveyDock::LastFiveColumn)->text().isEmpty());
    }

    void theIndexFormReadsAsAnIndex()
    {
        auto dock = openDock();
        QVERIFY(dock);
        QList<SurveyWaveFigures> waves = twoWaves();
        for (SurveyWaveFigures &w : waves) {
            for (SurveyFigure &f : w.figures)
                f.indexForm = true;
        }
        dock->setScheme(SurveyScheme::indexForm());
        dock->setFigures(waves);
        QCOMPARE(dock->table()->item(1, SurveyDock::RateColumn)->text(), QStringLiteral("98.0"));
    }

    void aComputedCountyOfEighteenTownshipsReadsWell()
    {
        // Eighteen townships of different sizes and six waves, through SurveyStats::compute.
        SurveyGeography geo;
        geo.county = {kCounty, QStringLiteral("测试县"), RegionLevel::County, 360000, -1};
        const QStringList names = {
            QStringLiteral("城关镇"), QStringLiteral("东风乡"), QStringLiteral("红旗镇"),
            QStringLiteral("新华街道"), QStringLiteral("龙泉镇"), QStringLiteral("石门乡"),
            QStringLiteral("桃源镇"), QStringLiteral("白沙乡"), QStringLiteral("青山镇"),
            QStringLiteral("河西街道"), QStringLiteral("柳林乡"), QStringLiteral("马坪镇"),
            QStringLiteral("双河镇"), QStringLiteral("高庙乡"), QStringLiteral("长岭镇"),
            QStringLiteral("黄土坡乡"), QStringLiteral("金鸡镇"), QStringLiteral("三岔乡")};
        for (int t = 0; t < names.size(); ++t) {
            geo.townships.push_back({townshipCode(t + 1), names.at(t), RegionLevel::Township,
                                     10000 + 2000 * t, -1});
        }
        geo.buildIndex();
        const QStringList waveNames = {QStringLiteral("2025Q2"), QStringLiteral("2025Q3"),
                                       QStringLiteral("2025Q4"), QStringLiteral("2026Q1"),
                                       QStringLiteral("2026Q2"), QStringLiteral("2026Q3")};
        QList<SurveyTally> tallies;
        for (int w = 0; w < waveNames.size(); ++w) {
            SurveyTally tally;
            for (int t = 0; t < names.size(); ++t) {
                const int region = tally.regionIndex(townshipCode(t + 1));
                // Township 6 asks few people; the later townships feel less safe.
                const qint64 n = t == 5 ? 20 : 120 + 10 * t;
                const qint64 unsafe = n * (3 + t + (w % 3)) / 100;
                tally.add(region, {1, 1, 1, 1, 1}, (n - unsafe) / 2);
                tally.add(region, {2, 2, 1, 2, 2}, n - unsafe - (n - unsafe) / 2);
                tally.add(region, {4, 3, 3, 2, 2}, unsafe);
            }
            tallies << tally;
        }
        const SurveyScheme scheme = SurveyScheme::standard();
        QList<SurveyWaveFigures> waves;
        for (int w = 0; w < waveNames.size(); ++w) {
            waves << SurveyWaveFigures {
                waveNames.at(w),
                SurveyStats::compute(geo, tallies.at(w), w > 0 ? &tallies.at(w - 1) : nullptr,
                                     scheme)};
        }

        SurveyDock dock;
        dock.resize(700, 500);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.setScheme(scheme);
        dock.setWaves(waveNames);
        dock.setFigures(waves);
        dock.selectTownship(townshipCode(6));
        QCOMPARE(dock.wave(), waveNames.last());
        QCOMPARE(dock.rankingOrder().size(), 18);
        QChartView *trend = dock.chartView(SurveyDock::Chart::Trend);
        QCOMPARE(series<QLineSeries>(trend, QStringLiteral("countyRate"))->count(), 6);
        QCOMPARE(series<QScatterSeries>(trend, QStringLiteral("smallSamples"))->count(), 6);
        // The red bars are the ones compute() put in the last five.
        QChartView *ranking = dock.chartView(SurveyDock::Chart::Ranking);
        QBarSet *distinct = barSet(ranking, QStringLiteral("lastFiveDistinct"));
        QBarSet *similar = barSet(ranking, QStringLiteral("lastFiveSimilar"));
        const QStringList order = dock.rankingOrder();
        int red = 0;
        for (int row = 0; row < 18; ++row) {
            const SurveyFigure *f = dock.figure(dock.wave(), order.at(17 - row));
            QVERIFY(f);
            const bool inRed = distinct->at(row) > 0 || similar->at(row) > 0;
            QCOMPARE(inRed, f->lastFive);
            QCOMPARE(distinct->at(row) > 0, f->lastFive && f->distinctFromRest);
            red += inRed ? 1 : 0;
        }
        QVERIFY(red >= 5);
        auto *tabs = dock.findChild<QTabWidget *>(QStringLiteral("surveyTabs"));
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QTest::qWait(20);
            screenshot(&dock, QStringLiteral("surveydock-county-%1").arg(t));
        }
    }

    void theChartsExportAsPngAndSvg()
    {
        auto dock = openDock();
        QVERIFY(dock);
        for (SurveyDock::Chart chart : {SurveyDock::Chart::Trend, SurveyDock::Chart::Ranking,
                                        SurveyDock::Chart::Answers}) {
            dock->setCurrentChart(chart);
            QCOMPARE(dock->currentChart(), chart);
            // Into the screenshot folder when there is one, for a person to look at.
            const QString shots = qEnvironmentVariable("PINGAN_SCREENSHOT_DIR");
            const QString base = (shots.isEmpty() ? m_out.path() : shots)
                                 + QStringLiteral("/surveychart%1").arg(int(chart));
            QString error;
            QVERIFY2(dock->exportChart(base + QStringLiteral(".png"), &error), qPrintable(error));
            QImage image(base + QStringLiteral(".png"));
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 400 && image.height() >= 250);
            // Not blank: some pixels are neither white nor transparent.
            int coloured = 0;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    coloured += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
            }
            QVERIFY(coloured > 50);

            QVERIFY2(dock->exportChart(base + QStringLiteral(".svg"), &error), qPrintable(error));
            QFile svg(base + QStringLiteral(".svg"));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            const QByteArray text = svg.readAll();
            QVERIFY(text.contains("<svg"));
            QVERIFY(text.size() > 1000);
            // Qt's own renderer draws it back, for a person to compare with the PNG.
            QSvgRenderer renderer(base + QStringLiteral(".svg"));
            QVERIFY(renderer.isValid());
            if (!shots.isEmpty()) {
                QImage drawn(renderer.defaultSize(), QImage::Format_ARGB32);
                drawn.fill(Qt::white);
                QPainter painter(&drawn);
                renderer.render(&painter);
                painter.end();
                drawn.save(base + QStringLiteral("-svg.png"));
            }
        }
        QString error;
        QVERIFY(!dock->exportChart(m_out.filePath(QStringLiteral("no/such/dir/chart.png")),
                                   &error));
        QVERIFY(!error.isEmpty());
        // The table is no chart.
        auto *tabs = dock->findChild<QTabWidget *>(QStringLiteral("surveyTabs"));
        tabs->setCurrentIndex(3);
        error.clear();
        QVERIFY(!dock->exportChart(m_out.filePath(QStringLiteral("table.png")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!dock->findChild<QPushButton *>(QStringLiteral("surveyExport"))->isEnabled());

        if (!qEnvironmentVariableIsEmpty("PINGAN_SCREENSHOT_DIR")) {
            dock->selectTownship(townshipCode(6));
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QTest::qWait(20);
                screenshot(dock.get(), QStringLiteral("surveydock-%1").arg(t));
            }
        }
    }

    void theSchemeDialogRefusesAnInvalidScheme()
    {
        SurveyScheme current = SurveyScheme::standard();
        current.id = QStringLiteral("scheme-1");
        SurveySchemeDialog dialog(current);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("schemeButtons"));
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.scheme().sameRules(current));

        // No answer counted as positive: refused.
        auto *security = dialog.findChild<QTableWidget *>(QStringLiteral("answers_security"));
        QVERIFY(security);
        QCOMPARE(security->rowCount(), 5);
        for (int row = 0; row < 3; ++row)
            security->item(row, SurveySchemeDialog::PositiveColumn)->setCheckState(Qt::Unchecked);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!dialog.scheme().validate().isEmpty());
        screenshot(&dialog, QStringLiteral("surveyschemedialog-invalid"));
        // Two answers alike: refused too.
        security->item(0, SurveySchemeDialog::PositiveColumn)->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
        security->item(1, SurveySchemeDialog::AnswerColumn)->setText(QStringLiteral("很安全"));
        QVERIFY(!ok->isEnabled());
        security->item(1, SurveySchemeDialog::AnswerColumn)->setText(QStringLiteral("安全"));
        QVERIFY(ok->isEnabled());

        // The satisfaction with order scored as an index, with a weight out of range first.
        auto *form = dialog.findChild<QComboBox *>(QStringLiteral("form_order_satisfaction"));
        auto *order
            = dialog.findChild<QTableWidget *>(QStringLiteral("answers_order_satisfaction"));
        QVERIFY(form && order);
        form->setCurrentIndex(1);
        QVERIFY(ok->isEnabled());   // weights spread from 100 to 0
        order->item(1, SurveySchemeDialog::WeightColumn)->setData(Qt::EditRole, 150.0);
        QVERIFY(!ok->isEnabled());
        order->item(1, SurveySchemeDialog::WeightColumn)->setData(Qt::EditRole, 70.0);
        QVERIFY(ok->isEnabled());

        const SurveyScheme edited = dialog.scheme();
        QCOMPARE(edited.id, current.id);
        QVERIFY(edited.validate().isEmpty());
        QCOMPARE(edited.rule(SurveyIndicator::Security).positive, QList<int>{1});
        const SurveyIndicatorRule &o = edited.rule(SurveyIndicator::OrderSatisfaction);
        QVERIFY(o.isIndex());
        QCOMPARE(o.weights, (std::vector<double>{100, 70, 0}));
        dialog.findChild<QTabWidget *>(QStringLiteral("schemeIndicators"))->setCurrentIndex(1);
        screenshot(&dialog, QStringLiteral("surveyschemedialog-index"));

        // A preset replaces the form.
        auto *preset = dialog.findChild<QComboBox *>(QStringLiteral("schemePreset"));
        QCOMPARE(preset->count(), 1 + int(SurveyScheme::presets().size()));
        preset->setCurrentIndex(3);
        Q_EMIT preset->activated(3);
        QVERIFY(dialog.scheme().sameRules(SurveyScheme::indexForm()));
        QCOMPARE(dialog.scheme().id, current.id);
        QVERIFY(ok->isEnabled());
    }

    void theImportDialogShowsTheMappingAndImports()
    {
        SurveyStore store;
        // Answers as an office exports them; "您对当地治安是否满意" is only a loose match.
        const QString csv = store.filePath(QStringLiteral("answers.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\xEF\xBB\xBF"
                    "问卷编号,乡镇（街道）,村（社区）,调查方式,安全感,您对当地治安是否满意,"
                    "执法满意度,知晓率,参与率\r\n"
                    "A001,城关镇,东街社区,电话,很安全,满意,满意,知道,参加过\r\n"
                    "A002,城关镇,东街社区,面访,安全,基本满意,满意,知道,没参加过\r\n"
                    "A003,东风乡,红旗村,电话,不安全,不满意,基本满意,不知道,没参加过\r\n"
                    "A004,东风乡,,网络,基本安全,满意,满意,知道,参加过\r\n"
                    "A002,东风乡,红旗村,电话,安全,满意,满意,知道,参加过\r\n"
                    "A006,西山镇,,电话,安全,满意,满意,知道,参加过\r\n"
                    "A007,东风乡,红旗村,电话,有点怕,满意,满意,知道,参加过\r\n");
        }
        QString error;
        const auto expected = SurveyImport::preview(csv, SurveyImport::Encoding::Auto, {},
                                                    &error);
        QVERIFY2(expected, qPrintable(error));
        QVERIFY(expected->unsure.contains(SurveyField::OrderSatisfaction));

        SurveyImportDialog dialog(store.path(), QStringLiteral("tester"));
        dialog.setWaves({QStringLiteral("2026Q2")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &SurveyImportDialog::finished);
        QSignalSpy imported(&dialog, &SurveyImportDialog::imported);
        dialog.setFile(csv);
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.mapping(), expected->mapping);
        QCOMPARE(dialog.preview()->rows.size(), 7);
        auto *rows = dialog.findChild<QTableWidget *>(QStringLiteral("previewRows"));
        QCOMPARE(rows->rowCount(), 7);
        QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("A001"));

        // The unsure field is marked and must be confirmed before the import.
        const QList<SurveyField> confirm = dialog.fieldsToConfirm();
        QCOMPARE(confirm.size(), expected->unsure.size() + expected->missing.size());
        auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("mapping"));
        for (SurveyField f : SurveyFields::all()) {
            const bool marked = mapping->item(int(f), SurveyImportDialog::StateColumn)
                                    ->background().style() != Qt::NoBrush;
            QCOMPARE(marked, confirm.contains(f));
        }
        auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        dialog.setWaveName(QStringLiteral("2026Q3"));
        QVERIFY(!importButton->isEnabled());
        screenshot(&dialog, QStringLiteral("surveyimportdialog-preview"));
        dialog.confirmMapping();
        QVERIFY(importButton->isEnabled());

        dialog.startImport();
        QVERIFY(dialog.isBusy());
        QVERIFY(finished.wait(20000));
        QVERIFY(dialog.result());
        const SurveyImport::Result &r = *dialog.result();
        QVERIFY2(r.ok(), qPrintable(r.error));
        // A001, A003, A004 land; A002 twice in the file (the later is refused), 西山镇 is not
        // in the county, and 有点怕 is no answer of the scheme.
        QCOMPARE(r.imported, 4);   // A001, A002, A003, A004
        QCOMPARE(r.rejected, 3);
        QCOMPARE(r.duplicates, 0);
        auto *rejections = dialog.findChild<QTableWidget *>(QStringLiteral("rejections"));
        QCOMPARE(rejections->rowCount(), 3);
        QCOMPARE(rejections->item(0, SurveyImportDialog::LineColumn)->text(), QStringLiteral("6"));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.at(0).at(0).toString(), QStringLiteral("2026Q3"));
        QTest::qWait(50);   // the rejected rows appear: let the layout follow
        screenshot(&dialog, QStringLiteral("surveyimportdialog-result"));

        // In the store.
        {
            auto db = Database::open(store.path());
            const auto wave = SurveyRepository(*db).wave(QStringLiteral("2026Q3"));
            QVERIFY(wave);
            QCOMPARE(wave->responses, 4);
        }

        // The report as JSON.
        const QString reportPath = store.filePath(QStringLiteral("report.json"));
        QVERIFY(dialog.saveReport(reportPath));
        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("rejections")).toArray().size(), 3);

        // The same file again adds nothing: both A002 rows now find their key stored, so five
        // duplicates; no signal.
        dialog.startImport();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog.result()->imported, 0);
        QCOMPARE(dialog.result()->duplicates, 5);
        QCOMPARE(imported.count(), 1);
    }

    void aGb18030FileIsReadAsSuch()
    {
        QStringEncoder gb18030("GB18030");
        if (!gb18030.isValid())
            QSKIP("this Qt has no GB18030 codec");
        SurveyStore store;
        const QString csv = store.filePath(QStringLiteral("gbk.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(gb18030.encode(QStringLiteral(
                "受访者编号,乡镇,安全感,治安满意度,执法满意度,知晓率,参与率\r\n"
                "G001,城关镇,很安全,满意,满意,知道,参加过\r\n")));
        }
        SurveyImportDialog dialog(store.path(), QStringLiteral("tester"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &SurveyImportDialog::finished);
        dialog.setFile(csv);
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.preview()->encoding, SurveyImport::Encoding::Gb18030);
        QCOMPARE(dialog.preview()->rows.value(0).value(1), QStringLiteral("城关镇"));
        QCOMPARE(dialog.mapping().column(SurveyField::Township), 1);
        QVERIFY(dialog.fieldsToConfirm().isEmpty());
        dialog.setWaveName(QStringLiteral("2026Q1"));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    }

    void anImportCanBeCancelled()
    {
        SurveyStore store;
        // Enough rows that the import is still running when Cancel is pressed.
        const QString csv = store.filePath(QStringLiteral("big.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray text = QStringLiteral("问卷编号,乡镇（街道）,安全感,治安满意度,执法满意度,"
                                             "知晓率,参与率\n")
                                  .toUtf8();
            const QByteArray row = QStringLiteral(",城关镇,很安全,满意,满意,知道,参加过\n").toUtf8();
            for (int i = 0; i < 200000; ++i)
                text += "K" + QByteArray::number(i) + row;
            f.write(text);
        }
        SurveyImportDialog dialog(store.path(), QStringLiteral("tester"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &SurveyImportDialog::finished);
        QSignalSpy imported(&dialog, &SurveyImportDialog::imported);
        dialog.setFile(csv);
        QVERIFY(finished.wait(10000));
        dialog.setWaveName(QStringLiteral("2026Q4"));
        dialog.startImport();
        QVERIFY(dialog.isBusy());
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(!close->isEnabled());
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QVERIFY(finished.wait(30000));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.result());
        QVERIFY(dialog.result()->cancelled);
        QCOMPARE(imported.count(), 0);
        QVERIFY(close->isEnabled());
        auto db = Database::open(store.path());
        QVERIFY(!SurveyRepository(*db).wave(QStringLiteral("2026Q4")));
    }
};

PINGAN_WIDGET_TEST_MAIN(TestSurvey)
#include "tst_survey.moc"
