#pragma once

// Helpers shared by the widget tests: a private settings and data folder, Fusion style, the
// Chinese catalogue, one demo store per test executable, and a guard against leaked windows.

#include "apptranslations.h"
#include "demo/demogenerator.h"
#include "store/database.h"

#include <QApplication>
#include <QPointer>
#include <QSet>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace WidgetTest {

// The demo county at a small scale, generated once per executable into a temporary folder.
inline QString demoDatabase()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        const QString file = dir.filePath(QStringLiteral("demo.db"));
        std::unique_ptr<Database> db = Database::open(file);
        DemoOptions options;
        options.seed = 20261121;
        options.scale = 0.05;
        const DemoGenerator::Result result = DemoGenerator(*db).generate(options);
        if (!result.created)
            qFatal("the demo county was not created");
        path = file;
    }
    return path;
}

// Answers the first visible top-level dialog of type D (a modal one included) with `answer`.
template <typename D>
void whenShown(std::function<void(D *)> answer)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<D *>(top); d && d->isVisible()) {
                poll->stop();
                poll->deleteLater();
                answer(d);
                return;
            }
        }
    });
    QTimer::singleShot(20000, poll, &QObject::deleteLater);
    poll->start();
}

// Widgets that are top-level windows right now.
inline QSet<QWidget *> topLevelWindows()
{
    QSet<QWidget *> out;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isWindow() && !w->inherits("QDesktopScreenWidget"))
            out.insert(w);
    }
    return out;
}

// Records the top-level windows at the start of a test and fails if the test left new ones.
class LeakGuard
{
public:
    void begin() { m_before = topLevelWindows(); }
    bool check(QString *leaked)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QStringList names;
        for (QWidget *w : topLevelWindows()) {
            if (!m_before.contains(w) && !w->inherits("QToolTip") && !w->inherits("QTipLabel"))
                names << QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                                      w->objectName());
        }
        *leaked = names.join(QStringLiteral(", "));
        return names.isEmpty();
    }

private:
    QSet<QWidget *> m_before;
};

} // namespace WidgetTest

// A QTest main with a private XDG config/data home (so layouts saved by tests never touch the
// user's), Fusion style and the Chinese catalogue, which is the program's default.
#define PINGAN_WIDGET_TEST_MAIN(TestObject)                                                  \
    int main(int argc, char *argv[])                                                         \
    {                                                                                        \
        QTemporaryDir home;                                                                  \
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());       \
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());           \
        QApplication app(argc, argv);                                                        \
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));             \
        QApplication::setApplicationName(QStringLiteral("pingan-widget-tests"));            \
        AppTranslations::install(QStringLiteral("zh_CN"));                                   \
        TestObject tc;                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                           \
        return QTest::qExec(&tc, argc, argv);                                                \
    }
