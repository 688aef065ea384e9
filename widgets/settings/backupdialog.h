#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// Backup settings (folder, interval, how many to keep), "Back up now" with its progress, and
// "Restore…" with a confirmation. Runs no SQL and makes no copies itself: the caller hands it
// the actions (the app layer's BackupScheduler) and reports back through the slots.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    struct Settings
    {
        QString folder;
        int intervalHours = 24;   // 0: no scheduled backups
        int keep = 14;
    };

    struct Actions
    {
        std::function<void(const Settings &)> saveSettings;
        // Starts a backup now; false when one cannot start (one is under way).
        std::function<bool()> backupNow;
        std::function<void()> cancelBackup;
        // What a backup file holds, for the confirmation ("made …, by …"); *error when it is not
        // a usable backup (then no restore is offered).
        std::function<QString(const QString &file, QString *error)> describeBackup;
        // Starts the restore of a confirmed backup file.
        std::function<void(const QString &file)> restore;
    };

    BackupDialog(const Settings &settings, const Actions &actions, QWidget *parent = nullptr);

    Settings settings() const;
    void setLastBackup(const QString &text);

    void accept() override;

public Q_SLOTS:
    void setProgress(int percent);
    void backupFinished(const QString &file, const QString &error);
    void restoreFinished(const QString &backupFile, const QString &keptAs, const QString &error);

private:
    void chooseFolder();
    void startBackup();
    void chooseRestore();
    void setBusy(bool busy);

    Actions m_actions;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_backupButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    bool m_busy = false;
};
