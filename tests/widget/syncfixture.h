#pragma once

// Helpers of the sync widget tests (tst_sync, tst_syncactions): demo stores for a hub and a
// township, reading one value back, and a main window opened on a store (signed in when a
// login is given).

#include "mainwindowfixture.h"

#include "demo/demogenerator.h"
#include "security/signindialog.h"
#include "store/database.h"
#include "store/userrepository.h"

#include <QDateTime>
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

// Accounts in the store at `path`: the system admin, a leader (read only) and a supervisor
// ("chief"), all with kPassword.
inline void addLeaderAndSupervisor(const QString &path)
{
    auto db = Database::open(path);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    UserRepository users(*db);
    const Session admin = users.addFirstAdmin(
        {QStringLiteral("admin"), QStringLiteral("系统管理员"), UserRole::Admin, {}}, kPassword,
        now);
    const QString initial = QStringLiteral("Initial#2026");
    const auto add = [&](const NewAccount &account) {
        users.add(account, initial, admin, now);
        users.changePassword(account.login, initial, kPassword, now);
    };
    add({QStringLiteral("leader"), QStringLiteral("县领导"), UserRole::Leader, {}});
    add({QStringLiteral("chief"), QStringLiteral("值班长"), UserRole::Supervisor, {}});
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
