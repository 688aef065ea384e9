#include "widgettesthelpers.h"

#include "io/geoimport.h"
#include "map/geoimportdialog.h"
#include "store/database.h"
#include "store/regionrepository.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <memory>

namespace {

// The shared real data (outside the repository): PINGAN_SHARED_GEO_DIR, else beside the
// checkout.
QString geoDir()
{
    const QByteArray env = qgetenv("PINGAN_SHARED_GEO_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(
        QStringLiteral("../../../shared/data/geo"));
}

QString geoFile(const QString &relative)
{
    return QDir(geoDir()).filePath(relative);
}

} // namespace

class TestGeoImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    WidgetTest::LeakGuard m_leaks;

    template<typename W>
    static W *find(QWidget *dialog, const char *name)
    {
        W *w = dialog->findChild<W *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(geoFile(QStringLiteral("SOURCES.md"))))
            QSKIP("no shared GIS data (PINGAN_SHARED_GEO_DIR)");
        // A fresh store with the Lianhu county (from DataV, GCJ-02), written through the API.
        m_store = m_dir.filePath(QStringLiteral("geo.db"));
        auto db = Database::open(m_store);
        GeoImportOptions county;
        county.file = geoFile(QStringLiteral("datav_city/610100_full.json"));
        county.level = RegionLevel::County;
        county.codeField = QStringLiteral("adcode");
        county.where = QStringLiteral("adcode = 610104");
        county.gcj02 = true;
        const GeoImportPreview preview = GeoImport::read(county, db.get());
        QVERIFY2(preview.ok(), qPrintable(preview.errors.join(QLatin1Char('\n'))));
        QCOMPARE(GeoImport::write(*db, preview, QStringLiteral("tester")).inserted, 1);
    }

    void init() { m_leaks.begin(); }
    void cleanup()
    {
        QString leaked;
        QVERIFY2(m_leaks.check(&leaked), qPrintable(leaked));
    }

    void previewsAndImportsAStreet()
    {
        auto dialog = std::make_unique<GeoImportDialog>(m_store, QStringLiteral("tester"));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *importButton = find<QPushButton>(dialog.get(), "importButton");
        QVERIFY(!importButton->isEnabled());

        dialog->setFile(geoFile(QStringLiteral("xian_lianhu_streets/beiguan.geojson")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        // The fields come from the file; code and name are guessed from their names.
        auto *codeField = find<QComboBox>(dialog.get(), "codeField");
        auto *nameField = find<QComboBox>(dialog.get(), "nameField");
        QVERIFY(codeField->count() >= 10);
        QCOMPARE(codeField->currentText(), QStringLiteral("code"));
        QCOMPARE(nameField->currentText(), QStringLiteral("NAME"));
        QCOMPARE(find<QComboBox>(dialog.get(), "level")->currentData().toInt(),
                 int(RegionLevel::Township));

        QTest::mouseClick(find<QPushButton>(dialog.get(), "readButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        QVERIFY2(dialog->preview().ok(), qPrintable(dialog->preview().errors.join('\n')));

        auto *table = find<QTableWidget>(dialog.get(), "previewTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("610104003000"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("北关街道"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("610104000000"));
        QVERIFY(QLocale().toDouble(table->item(0, 3)->text()) > 1.0);
        // The widget tests run in the Chinese catalogue, the program's default.
        const QString notes = table->item(0, 4)->text();
        QVERIFY2(notes.contains(QStringLiteral("新增")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("2 个部分")), qPrintable(notes));
        // The exclave outside the county outline shows as a share below 100 %.
        QVERIFY2(notes.contains(QStringLiteral("位于上级区划 610104000000 内")), qPrintable(notes));
        QVERIFY(importButton->isEnabled());

        QSignalSpy imported(dialog.get(), &GeoImportDialog::regionsImported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        QCOMPARE(imported.first().at(0).toInt(), 1);
        QVERIFY(!importButton->isEnabled());
        QVERIFY2(table->item(0, 4)->text().contains(QStringLiteral("无变化")),
                 qPrintable(table->item(0, 4)->text()));

        auto db = Database::open(m_store, Database::Mode::ReadOnly);
        const auto beiguan = RegionRepository(*db).byCode(QStringLiteral("610104003000"));
        QVERIFY(beiguan);
        QCOMPARE(beiguan->name, QStringLiteral("北关街道"));
        QCOMPARE(beiguan->parentCode, QStringLiteral("610104000000"));

        // Read again: the same file now changes nothing.
        QTest::mouseClick(find<QPushButton>(dialog.get(), "readButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        QCOMPARE(dialog->preview().count(GeoImportRegion::Action::Unchanged), 1);
    }

    void showsWhyAFileIsRefused()
    {
        auto dialog = std::make_unique<GeoImportDialog>(m_store, QStringLiteral("tester"));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        dialog->setFile(geoFile(QStringLiteral("hangzhou_xiacheng/xiacheng_grids.geojson")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        auto *level = find<QComboBox>(dialog.get(), "level");
        level->setCurrentIndex(level->findData(int(RegionLevel::Grid)));
        auto *codeField = find<QComboBox>(dialog.get(), "codeField");
        codeField->setCurrentIndex(codeField->findText(QStringLiteral("网格编号")));
        auto *nameField = find<QComboBox>(dialog.get(), "nameField");
        nameField->setCurrentIndex(nameField->findText(QStringLiteral("所属组织")));

        QTest::mouseClick(find<QPushButton>(dialog.get(), "readButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        QVERIFY(!dialog->preview().ok());
        QCOMPARE(find<QTableWidget>(dialog.get(), "previewTable")->rowCount(), 0);
        QVERIFY(!find<QPushButton>(dialog.get(), "importButton")->isEnabled());
        const QString messages = find<QPlainTextEdit>(dialog.get(), "messages")->toPlainText();
        QVERIFY2(messages.contains(QStringLiteral("要素 0：字段“网格编号”的值“SQ-")), qPrintable(messages));
    }
};

PINGAN_WIDGET_TEST_MAIN(TestGeoImportDialog)
#include "tst_geoimportdialog.moc"
