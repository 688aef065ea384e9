// The monthly report (月报) from the main window: File › Monthly report opens the form, the
// scope list is the county and its townships, Generate ends with a preview of the report's
// pages, and the report prints to PDF and exports to Excel; a township's report is that
// township's; a cancelled or refused request leaves no report.

#include "mainwindowfixture.h"

#include "mainwindow.h"
#include "reportdesk.h"

#include "report/reportdialog.h"
#include "store/database.h"
#include "store/regionrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace {

// The report the demo store has data for: its disputes end on 2026-11-15.
constexpr int kYear = 2026;
constexpr int kMonth = 10;
const QDate kAsOf(2026, 11, 15);
constexpr int kTimeoutMs = 120000;

QByteArray fileStart(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    // The main window with the report dialog opened from the File menu.
    std::unique_ptr<MainWindow> openWindowAndDialog()
    {
        auto w = WidgetTest::openMainWindow(QSize(1400, 900));
        if (!w || !w->monthlyReportAction()->isEnabled())
            return {};
        w->monthlyReportAction()->trigger();
        return w;
    }

    static QPushButton *button(ReportDialog *dialog, const char *name)
    {
        return dialog->findChild<QPushButton *>(QLatin1String(name));
    }

    static void clickGenerate(ReportDialog *dialog)
    {
        QPushButton *generate = button(dialog, "generateButton");
        QVERIFY(generate && generate->isEnabled());
        QTest::mouseClick(generate, Qt::LeftButton);
    }

    static bool exportsEnabled(ReportDialog *dialog)
    {
        for (const char *name :
             {"printButton", "printPreviewButton", "exportPdfButton", "exportXlsxButton"}) {
            if (!button(dialog, name)->isEnabled())
                return false;
        }
        return true;
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

    void menuActionShowsTheFormWithTheCountyAndItsTownships()
    {
        auto w = WidgetTest::openMainWindow(QSize(1400, 900));
        QVERIFY(w);
        QAction *action = w->monthlyReportAction();
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
        // In the File menu.
        QMenu *fileMenu = w->menuBar()->actions().constFirst()->menu();
        QVERIFY(fileMenu && fileMenu->actions().contains(action));
        QVERIFY(action->isEnabled());
        action->trigger();
        ReportDialog *dialog = w->reportDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->isVisible());

        // The same dialog again on the second time, with the store's county and townships.
        action->trigger();
        QCOMPARE(w->reportDialog(), dialog);

        auto db = Database::open(WidgetTest::demoDatabase(), Database::Mode::ReadOnly);
        const RegionRepository regions(*db);
        const std::optional<Region> county = regions.county();
        QVERIFY(county);
        RegionRepository::Query townships;
        townships.level = RegionLevel::Township;
        const QList<Region> expected = regions.list(townships);
        QVERIFY(expected.size() > 3);

        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scope"));
        QVERIFY(scope);
        QCOMPARE(scope->count(), expected.size() + 1);
        QVERIFY(scope->itemText(0).contains(county->name));
        QCOMPARE(scope->itemData(0).toString(), county->code);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(scope->itemText(int(i) + 1), expected.at(i).name);
            QCOMPARE(scope->itemData(int(i) + 1).toString(), expected.at(i).code);
        }

        // The form starts on the last calendar month, overdue counted as of today, county-wide.
        const QDate today = QDate::currentDate();
        const MonthlyReportRequest request = dialog->request();
        QCOMPARE(QDate(request.year, request.month, 1),
                 QDate(today.year(), today.month(), 1).addMonths(-1));
        QCOMPARE(request.asOf, today);
        QCOMPARE(request.regionCode, county->code);
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("issuer"))
                    ->placeholderText()
                    .contains(county->name));
        // Nothing to print or export yet.
        QVERIFY(!dialog->content());
        QVERIFY(!button(dialog, "exportPdfButton")->isEnabled());
        QVERIFY(!button(dialog, "exportXlsxButton")->isEnabled());
        QVERIFY(!button(dialog, "printButton")->isEnabled());
    }

    void countyReportPreviewsAndExports()
    {
        auto w = openWindowAndDialog();
        QVERIFY(w);
        ReportDialog *dialog = w->reportDialog();
        QVERIFY(dialog);
        dialog->setRequest({kYear, kMonth, QString(), kAsOf, QString()});

        QSignalSpy finished(dialog, &ReportDialog::finished);
        clickGenerate(dialog);
        // While it is made: a progress bar and Cancel, the form locked.
        QVERIFY(dialog->isGenerating());
        QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());
        QVERIFY(button(dialog, "cancelButton")->isVisible());
        QVERIFY(!button(dialog, "generateButton")->isEnabled());
        QVERIFY(!button(dialog, "exportPdfButton")->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
        QVERIFY2(dialog->content(), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->isGenerating());
        QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("progress"))->isVisible());
        const ReportContent *content = dialog->content();
        QVERIFY(content->title.contains(QStringLiteral("示范县")));
        QVERIFY(content->period.contains(QStringLiteral("2026")));
        QVERIFY(content->period.contains(QStringLiteral("10")));

        // The preview shows the report's pages, and everything can be printed and exported.
        auto *preview = dialog->findChild<QPrintPreviewWidget *>(QStringLiteral("preview"));
        QVERIFY(preview);
        QVERIFY(preview->isVisible());
        QVERIFY2(preview->pageCount() > 1, qPrintable(QString::number(preview->pageCount())));
        QCOMPARE(dialog->pageCount(), preview->pageCount());
        QVERIFY(exportsEnabled(dialog));

        // Print preview… opens Qt's print preview of the same pages.
        int previewPages = -1;
        QTimer::singleShot(0, this, [&previewPages] {
            QWidget *modal = QApplication::activeModalWidget();
            auto *previewDialog = qobject_cast<QPrintPreviewDialog *>(modal);
            if (!previewDialog)
                return;
            if (auto *pages = previewDialog->findChild<QPrintPreviewWidget *>())
                previewPages = pages->pageCount();
            previewDialog->reject();
        });
        QTest::mouseClick(button(dialog, "printPreviewButton"), Qt::LeftButton);
        QCOMPARE(previewPages, preview->pageCount());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(QStringLiteral("示范县月报-2026-10.pdf"));
        QString error;
        QVERIFY2(dialog->exportPdf(pdf, &error), qPrintable(error));
        QCOMPARE(fileStart(pdf, 4), QByteArray("%PDF"));
        // The PDF has the preview's pages.
        QVERIFY(dialog->statusText().contains(QString::number(preview->pageCount())));
        const QString xlsx = dir.filePath(QStringLiteral("示范县月报-2026-10.xlsx"));
        QVERIFY2(dialog->exportXlsx(xlsx, &error), qPrintable(error));
        QCOMPARE(fileStart(xlsx, 2), QByteArray("PK"));

        // A file that cannot be written is refused with a message naming it.
        const QString blocked = dir.filePath(QStringLiteral("missing/report.pdf"));
        QVERIFY(!dialog->exportPdf(blocked, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(blocked));

        // A screenshot of the dialog for a person to look at, when PINGAN_SCREENSHOT_DIR is set.
        const QString shots = qEnvironmentVariable("PINGAN_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/report-dialog.png"));
    }

    void townshipReportIsTheTownships()
    {
        auto w = openWindowAndDialog();
        QVERIFY(w);
        ReportDialog *dialog = w->reportDialog();
        QVERIFY(dialog);
        dialog->setRequest({kYear, kMonth, QString(), kAsOf, QString()});
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scope"));
        QVERIFY(scope->count() > 2);
        scope->setCurrentIndex(2);
        const QString township = scope->currentText();
        QCOMPARE(dialog->request().regionCode, scope->itemData(2).toString());

        QSignalSpy finished(dialog, &ReportDialog::finished);
        clickGenerate(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
        QVERIFY2(dialog->content(), qPrintable(dialog->statusText()));
        QVERIFY2(dialog->content()->title.contains(township),
                 qPrintable(dialog->content()->title + QStringLiteral(" / ") + township));
        QVERIFY(dialog->pageCount() > 1);
        QVERIFY(exportsEnabled(dialog));
    }

    void cancelLeavesNoReport()
    {
        auto w = openWindowAndDialog();
        QVERIFY(w);
        ReportDialog *dialog = w->reportDialog();
        QVERIFY(dialog && w->reportDesk());
        dialog->setRequest({kYear, kMonth, QString(), kAsOf, QString()});
        clickGenerate(dialog);
        QVERIFY(dialog->isGenerating());
        QTest::mouseClick(button(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(!dialog->isGenerating());
        QVERIFY(button(dialog, "generateButton")->isEnabled());

        // The worker stops; what it made, if anything, is not shown.
        QTRY_VERIFY_WITH_TIMEOUT(!w->reportDesk()->isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QVERIFY(!dialog->content());
        QCOMPARE(dialog->pageCount(), 0);
        QVERIFY(!button(dialog, "exportPdfButton")->isEnabled());
        QVERIFY(!button(dialog, "exportXlsxButton")->isEnabled());
        QString error;
        QVERIFY(!dialog->exportPdf(QDir::temp().filePath(QStringLiteral("none.pdf")), &error));

        // Cancel and ask again at once: only the second request's report is shown, once.
        QSignalSpy finished(dialog, &ReportDialog::finished);
        clickGenerate(dialog);
        QTest::mouseClick(button(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(!dialog->content());
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scope"));
        scope->setCurrentIndex(1);
        const QString township = scope->currentText();
        clickGenerate(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!w->reportDesk()->isBusy(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 2);   // the cancel, then the report
        QVERIFY2(dialog->content(), qPrintable(dialog->statusText()));
        QVERIFY(dialog->content()->title.contains(township));
    }

    void aMonthNotBegunIsRefusedWithTheReason()
    {
        auto w = openWindowAndDialog();
        QVERIFY(w);
        ReportDialog *dialog = w->reportDialog();
        QVERIFY(dialog);
        // Overdue as of a day before the month began: there is nothing to report.
        dialog->setRequest({kYear, kMonth, QString(), QDate(2026, 9, 20), QString()});
        QSignalSpy finished(dialog, &ReportDialog::finished);
        clickGenerate(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
        QVERIFY(!dialog->content());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("2026-10")),
                 qPrintable(dialog->statusText()));
        QVERIFY(!button(dialog, "exportPdfButton")->isEnabled());
        QVERIFY(button(dialog, "generateButton")->isEnabled());
    }
};

PINGAN_WIDGET_TEST_MAIN(TestReport)
#include "tst_report.moc"
