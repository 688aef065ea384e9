#include "appoptions.h"
#include "apptranslations.h"
#include "firstpaintwatcher.h"
#include "mainwindow.h"
#include "startupclock.h"

#include <QApplication>
#include <QMainWindow>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    StartupClock::start();
    // Parse before QApplication: wrong usage must not need a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const AppOptions options = AppOptions::parse(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "pingan: %s\n%s\n", qPrintable(options.error),
                     qPrintable(AppOptions::usage()));
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pingan"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pingan Command Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PINGAN_VERSION));

    AppTranslations::install(options.language);
    QApplication::setApplicationDisplayName(
        QApplication::translate("MainWindow", "Pingan Command Desk"));

    std::unique_ptr<QMainWindow> window;
    if (options.baselineEmptyWindow) {
        // The benchmark's same-run baseline: a bare main window, no database.
        window = std::make_unique<QMainWindow>();
        window->resize(1600, 1000);
    } else {
        MainWindow::Options windowOptions;
        windowOptions.dbPath = options.dbPath;
        windowOptions.openOnFirstPaint = !options.quitAfterFirstPaint || options.quitWhenReady;
        // Benchmarks open stores without accounts: they must not stop at the first-admin form.
        windowOptions.askForAccounts = !options.quitAfterFirstPaint && !options.quitWhenReady;
        auto mainWindow = std::make_unique<MainWindow>(windowOptions);
        if (options.quitWhenReady) {
            QObject::connect(mainWindow.get(), &MainWindow::panelsReady, &app, [] {
                std::printf("ready_ms=%.0f\n", StartupClock::millisecondsSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        window = std::move(mainWindow);
    }
    if (options.quitWhenReady) {
        // The benchmark of time to a filled window: report the first paint on the way.
        auto *watcher = new FirstPaintWatcher(window.get());
        QObject::connect(watcher, &FirstPaintWatcher::firstPainted, &app, [] {
            std::printf("first_paint_ms=%.0f\n", StartupClock::millisecondsSinceProcessStart());
            std::fflush(stdout);
        });
    } else if (options.quitAfterFirstPaint) {
        auto *watcher = new FirstPaintWatcher(window.get());
        QObject::connect(watcher, &FirstPaintWatcher::firstPainted, &app, [] {
            std::printf("first_paint_ms=%.0f\n", StartupClock::millisecondsSinceProcessStart());
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    window->show();
    window->activateWindow(); // take the keyboard where no window manager hands it over (kiosk X sessions)
    return app.exec();
}
