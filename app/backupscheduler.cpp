#include "backupscheduler.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// How often the schedule is looked at; a backup is made when the newest is older than the
// interval, so a desk that is off at night catches up when it starts.
constexpr int kCheckEveryMs = 10 * 60 * 1000;

QSettings appSettings()
{
    return QSettings(QStringLiteral("pingan"), QStringLiteral("pingan"));
}

struct Outcome
{
    QString file;
    QString keptAs;
    QString error;
};

} // namespace

BackupScheduler::BackupScheduler(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(dbPath)
    , m_settings(loadSettings())
    , m_timer(new QTimer(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::checkDue);
}

BackupScheduler::~BackupScheduler()
{
    // A copy under way is cancelled; its worker holds only shared state and its own connection.
    m_cancel->store(true);
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
}

QString BackupScheduler::defaultFolder()
{
    return QFileInfo(Database::defaultPath()).absolutePath() + QStringLiteral("/backups");
}

BackupScheduler::Settings BackupScheduler::loadSettings()
{
    const QSettings s = appSettings();
    Settings settings;
    settings.folder = s.value(QStringLiteral("backup/folder"), defaultFolder()).toString();
    settings.intervalHours
        = qBound(0, s.value(QStringLiteral("backup/intervalHours"), 24).toInt(), 24 * 365);
    settings.keep = qBound(1, s.value(QStringLiteral("backup/keep"), 14).toInt(), 10000);
    if (settings.folder.isEmpty())
        settings.folder = defaultFolder();
    return settings;
}

void BackupScheduler::saveSettings(const Settings &settings)
{
    QSettings s = appSettings();
    s.setValue(QStringLiteral("backup/folder"), settings.folder);
    s.setValue(QStringLiteral("backup/intervalHours"), settings.intervalHours);
    s.setValue(QStringLiteral("backup/keep"), settings.keep);
}

void BackupScheduler::setSettings(const Settings &settings)
{
    m_settings = settings;
    saveSettings(settings);
    if (m_timer->isActive())
        checkDue();
}

void BackupScheduler::start()
{
    // The first look is at the first tick, not at opening: a desk opened for a moment (a quick
    // look, a test, a benchmark) does not copy the whole store during its start-up, and a desk
    // that stays open backs up within ten minutes when a backup is due.
    m_timer->start();
}

QString BackupScheduler::storeFolder() const
{
    // Each store's backups apart, so that one store's newest backup is never taken for
    // another's, nor pruned by another's schedule.
    return QDir(m_settings.folder).absoluteFilePath(QFileInfo(m_dbPath).completeBaseName());
}

void BackupScheduler::stop()
{
    m_timer->stop();
}

QString BackupScheduler::newestBackup() const
{
    const QDir dir(storeFolder());
    QStringList names = dir.entryList({QStringLiteral("pingan-*.db")}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : dir.absoluteFilePath(names.last());
}

void BackupScheduler::checkDue()
{
    if (m_busy || m_settings.intervalHours <= 0)
        return;
    const QString newest = newestBackup();
    const qint64 dueAfterMs = qint64(m_settings.intervalHours) * 3600 * 1000;
    if (!newest.isEmpty()
        && QFileInfo(newest).lastModified().msecsTo(QDateTime::currentDateTime()) < dueAfterMs)
        return;
    backupNow();
}

void BackupScheduler::emitProgress(int percent)
{
    Q_EMIT progress(percent);
}

void BackupScheduler::cancel()
{
    m_cancel->store(true);
}

bool BackupScheduler::backupNow()
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel->store(false);
    const QString dbPath = m_dbPath;
    const QString actor = m_actor;
    const Settings settings = m_settings;
    const QString folder = storeFolder();
    const auto cancelled = m_cancel;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        Q_EMIT finished(o.file, o.error);
    });
    watcher->setFuture(QtConcurrent::run([this, dbPath, actor, settings, folder, cancelled] {
        Outcome o;
        try {
            const QString target = QDir(folder).absoluteFilePath(
                BackupService::scheduledName(QDateTime::currentDateTime()));
            // Its own connection: the GUI's stays free, and the copy is one read snapshot.
            auto db = Database::open(dbPath, Database::Mode::ReadWrite, false,
                                     Database::Check::Deferred);
            const BackupInfo info = BackupService(actor).backup(
                *db, target, [this, cancelled](int percent) {
                    QMetaObject::invokeMethod(this, [this, percent] { emitProgress(percent); },
                                              Qt::QueuedConnection);
                    return !cancelled->load();
                });
            if (info.cancelled) {
                o.error = QCoreApplication::translate("BackupScheduler",
                                                      "The backup was cancelled.");
                return o;
            }
            o.file = info.file;
            if (!db->isReadOnly()) {
                AuditLog(*db).append(AuditRecord{actor, QStringLiteral("backup"), info.file,
                                                 QStringLiteral("scheduled or from the desk, "
                                                                "audit head %1")
                                                     .arg(info.auditHeadSeq),
                                                 QStringLiteral("ok")},
                                     QDateTime::currentMSecsSinceEpoch());
            }
            BackupService::prune(folder, settings.keep);
        } catch (const StoreError &e) {
            o.error = e.message();
        }
        return o;
    }));
    return true;
}

bool BackupScheduler::restore(const QString &backupFile)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel->store(false);
    const QString dbPath = m_dbPath;
    const QString actor = m_actor;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, backupFile] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        Q_EMIT restoreFinished(backupFile, o.keptAs, o.error);
    });
    watcher->setFuture(QtConcurrent::run([this, dbPath, actor, backupFile] {
        Outcome o;
        try {
            const RestoreInfo r = BackupService(actor).restore(
                dbPath, backupFile, [this](int percent) {
                    QMetaObject::invokeMethod(this, [this, percent] { emitProgress(percent); },
                                              Qt::QueuedConnection);
                    return true;   // a restore under way is not cancelled halfway
                });
            o.file = r.dbPath;
            o.keptAs = r.keptAs;
            auto db = Database::open(dbPath, Database::Mode::ReadWrite, true,
                                     Database::Check::Deferred);
            AuditLog(*db).append(AuditRecord{actor, QStringLiteral("restore"), r.backupFile,
                                             QStringLiteral("previous database kept as %1")
                                                 .arg(r.keptAs),
                                             QStringLiteral("ok")},
                                 QDateTime::currentMSecsSinceEpoch());
        } catch (const StoreError &e) {
            o.error = e.message();
        }
        return o;
    }));
    return true;
}
