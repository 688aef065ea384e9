#pragma once

// Helpers of the sync widget tests (tst_sync, tst_syncactions): demo stores for a hub and a
// township, reading one value back, and a main window opened on a store (signed in when a
// login is given).

#include "mainwindowfixture.h"

#include "demo/demogenerator.h"
#include "security/signindialog.h"
#include "store/database.h"

#include <QFile>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace SyncFixture {

inline const QString kPassword = QStringLiteral("Pingan#2026");
inline const QString kHubName = QStringLiteral("县综治中心");
inline const QString kTownshipName = QStringLiteral("乡镇节点");

// The demo county, generated the same way into `path` (the generator's rows and their sync
// columns are fixed by the seed: two stores made so hold the same data, as after a first
// synchronisation).
inline void makeDemo(const QString &path)
{
    auto db = Database::open(path);
    DemoOptions options;
    options.seed = 20261121;
    options.scale = 0.02;
    options.surveyWaves = 1;
    options.surveyResponsesPerWave = 50;
    if (!DemoGenerator(*db).generate(options).created)
        qFatal("the demo county was not created");
}

inline QString scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

inline QString copyOf(const QString &from, QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(from, path))
        qFatal("could not copy the store");
    return path;
}

// A main window of `size` on `path`, signed in as `login` (password kPassword) when given;
// null when it could not be shown or opened.
inline std::unique_ptr<MainWindow> openWindow(const QString &path, const QString &login,
                                              const QSize &size)
{
    MainWindow::Options options;
    options.dbPath = path;
    options.openOnFirstPaint = false;
    options.askForAccounts = false;
    auto w = std::make_unique<MainWindow>(options);
    w->resize(size);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return {};
    if (!login.isEmpty()) {
        WidgetTest::whenShown<SignInDialog>([login](SignInDialog *d) {
            d->setLogin(login);
            d->setPassword(kPassword);
            d->signInButton()->click();
        });
    }
    if (!w->openDatabase(path))
        return {};
    return w;
}

} // namespace SyncFixture
