#pragma once

#include "store/backupservice.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QTimer;

// Scheduled backups of the store (issue 9): every `intervalHours` a copy into `folder`, keeping
// the newest `keep`, made on a connection of its own in a worker thread. Also runs "back up now"
// and restores for the GUI. Settings live in QSettings under backup/folder,
// backup/intervalHours and backup/keep.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString folder;          // default: <data dir>/backups
        int intervalHours = 24;  // 0: no scheduled backups
        int keep = 14;
    };

    explicit BackupScheduler(const QString &dbPath, QObject *parent = nullptr);
    ~BackupScheduler() override;

    static Settings loadSettings();
    static void saveSettings(const Settings &settings);
    static QString defaultFolder();

    QString dbPath() const { return m_dbPath; }
    Settings settings() const { return m_settings; }
    // Stores the settings and applies them to the schedule.
    void setSettings(const Settings &settings);
    void setActor(const QString &login) { m_actor = login; }

    // Checks every ten minutes (the first time ten minutes after start) whether the newest
    // backup is older than the interval, and makes one if so.
    void start();
    void stop();

    // A backup into the folder now (false while a backup or restore is under way).
    bool backupNow();
    // Restores `backupFile` into the store. The caller closes its own connections first and
    // reopens the store on restoreFinished (the restore itself does not need them closed).
    bool restore(const QString &backupFile);
    void cancel();
    bool isBusy() const { return m_busy; }

    // The newest scheduled backup of this store (in the folder's subfolder named after the
    // store's file); empty when there is none.
    QString newestBackup() const;

Q_SIGNALS:
    void progress(int percent);
    // `file`: the backup made; `error`: why none was (translated), empty on success.
    void finished(const QString &file, const QString &error);
    // `keptAs`: where the previous store went; `error` empty on success.
    void restoreFinished(const QString &backupFile, const QString &keptAs, const QString &error);

private:
    void checkDue();
    QString storeFolder() const;
    void emitProgress(int percent);

    QString m_dbPath;
    QString m_actor;
    Settings m_settings;
    QTimer *m_timer = nullptr;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
