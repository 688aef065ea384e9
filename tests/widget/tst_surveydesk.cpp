// The survey panel in the main window: the figures it shows are the store's, a township chosen
// in the panel is selected everywhere (and the other way round), a new scoring scheme changes
// the figures and the map's colours.

#include "mainwindowfixture.h"

#include "mainwindow.h"
#include "surveydesk.h"

#include "domain/surveystats.h"
#include "map/mapdock.h"
#include "map/mapview.h"
#include "regions/regiontreedock.h"
#include "store/database.h"
#include "store/mapmetricsrepository.h"
#include "store/surveyrepository.h"
#include "survey/surveydock.h"
#include "survey/surveyschemedialog.h"

#include <QSettings>
#include <QSignalSpy>

#include <memory>

class TestSurveyDesk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openWindow()
    {
        return WidgetTest::openMainWindow(QSize(1400, 900));
    }

    // The store's own figures of a wave, computed here through the repository.
    static QList<SurveyFigure> storeFigures(const QString &waveName)
    {
        auto db = Database::open(WidgetTest::demoDatabase());
        SurveyRepository repo(*db);
        const std::optional<SurveyRepository::Wave> wave = repo.wave(waveName);
        const std::optional<SurveyRepository::Wave> before = repo.previousWave(waveName);
        const SurveyTally now = repo.tally(wave->id);
        const SurveyTally then = repo.tally(before->id);
        return SurveyStats::compute(repo.geography(), now, &then, repo.currentScheme());
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

    void panelShowsTheStoresFiguresAndFollowsTheSelection()
    {
        auto w = openWindow();
        QVERIFY(w);
        SurveyDock *dock = w->surveyDock();
        QVERIFY(w->surveyDesk());
        QTRY_VERIFY(!w->surveyDesk()->isBusy() && !dock->waves().isEmpty());
        // The demo's nine quarterly waves, the latest chosen.
        QCOMPARE(dock->waves().size(), 9);
        QCOMPARE(dock->wave(), QStringLiteral("2026Q3"));
        for (const QString &wave : dock->waves())
            QVERIFY2(dock->hasFigures(wave), qPrintable(wave));

        // Every township's security figure is the store's.
        const QList<SurveyFigure> expected = storeFigures(QStringLiteral("2026Q3"));
        int compared = 0;
        for (const SurveyFigure &e : expected) {
            if (e.indicator != SurveyIndicator::Security)
                continue;
            const SurveyFigure *shown = dock->figure(QStringLiteral("2026Q3"), e.regionCode);
            QVERIFY2(shown, qPrintable(e.regionCode));
            QCOMPARE(shown->n, e.n);
            QVERIFY(shown->rate && e.rate && std::abs(*shown->rate - *e.rate) < 1e-12);
            QCOMPARE(shown->rank, e.rank);
            QCOMPARE(shown->lastFive, e.lastFive);
            ++compared;
        }
        QVERIFY(compared > 10);

        // A township chosen in the panel is selected in the tree and on the map …
        const QString township = dock->rankingOrder().last();
        Q_EMIT dock->townshipClicked(township);
        QTRY_COMPARE(w->mapDock()->view()->selectedRegion(), township);
        // … and one chosen in the tree is the panel's township.
        const QString other = dock->rankingOrder().first();
        w->regionTreeDock()->selectRegion(other);
        QTRY_COMPARE(dock->township(), other);

        // A picture of the window for a person to look at, when PINGAN_SCREENSHOT_DIR is set.
        const QString shots = qEnvironmentVariable("PINGAN_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dock->raise();
            w->regionTreeDock()->selectRegion(township);
            for (SurveyDock::Chart chart : {SurveyDock::Chart::Trend, SurveyDock::Chart::Ranking,
                                            SurveyDock::Chart::Answers}) {
                dock->setCurrentChart(chart);
                QTest::qWait(200);
                w->grab().save(QStringLiteral("%1/main-survey-%2.png").arg(shots).arg(int(chart)));
            }
        }
    }

    void aNewSchemeChangesTheFiguresAndTheMap()
    {
        auto w = openWindow();
        QVERIFY(w);
        SurveyDock *dock = w->surveyDock();
        SurveyDesk *desk = w->surveyDesk();
        QTRY_VERIFY(!desk->isBusy() && dock->hasFigures(QStringLiteral("2026Q3")));
        const QString county = storeFigures(QStringLiteral("2026Q3")).first().regionCode;
        const double before = *dock->figure(QStringLiteral("2026Q3"), county)->rate;

        // The map coloured by the security rate of the townships.
        MapView *map = w->mapDock()->view();
        QTRY_VERIFY(map->hasScene());
        QSignalSpy coloured(w.get(), &MainWindow::mapColoured);
        w->mapDock()->setMetric(mapMetricKey(MapMetric::SecurityRate), RegionLevel::Township);
        QTRY_VERIFY(coloured.count() > 0);
        const int colouredBefore = int(coloured.count());

        // The strict preset: only 很安全 and 安全 count.
        desk->setSchemeHook([](SurveySchemeDialog &dialog) {
            dialog.load(SurveyScheme::strict());
            return true;
        });
        QSignalSpy changed(desk, &SurveyDesk::schemeChanged);
        desk->editScheme();
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(!desk->isBusy());
        QTRY_VERIFY(*dock->figure(QStringLiteral("2026Q3"), county)->rate < before - 0.05);
        QCOMPARE(dock->scheme().rule(SurveyIndicator::Security).positive, (QList<int>{1, 2}));
        // The map is coloured again from the new scheme.
        QTRY_VERIFY(coloured.count() > colouredBefore);

        // Back to the standard scheme for the other tests of this file.
        desk->setSchemeHook([](SurveySchemeDialog &dialog) {
            dialog.load(SurveyScheme::standard());
            return true;
        });
        desk->editScheme();
        QTRY_VERIFY(!desk->isBusy());
        QTRY_VERIFY(std::abs(*dock->figure(QStringLiteral("2026Q3"), county)->rate - before)
                    < 1e-12);
    }
};

PINGAN_WIDGET_TEST_MAIN(TestSurveyDesk)
#include "tst_surveydesk.moc"
