#pragma once

// The main window as the widget tests of whole workflows open it.

#include "widgettesthelpers.h"

#include "mainwindow.h"

#include <QSize>

#include <memory>

namespace WidgetTest {

// A main window on the demo store, shown (at `size` when given) with the database open; null
// when it could not be shown or the store could not be opened.
inline std::unique_ptr<MainWindow> openMainWindow(QSize size = {})
{
    MainWindow::Options options;
    options.dbPath = demoDatabase();
    options.openOnFirstPaint = false;
    options.askForAccounts = false;
    auto w = std::make_unique<MainWindow>(options);
    if (size.isValid())
        w->resize(size);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return {};
    if (!w->openDatabase(options.dbPath))
        return {};
    return w;
}

} // namespace WidgetTest
