#include "backupdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

BackupDialog::BackupDialog(const Settings &settings, const Actions &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Backups"));

    auto *intro = new QLabel(tr("Backups are consistent copies of the database, made while you "
                                "work. Keep the folder on another disk or a network share."));
    intro->setWordWrap(true);

    m_folder = new QLineEdit(QDir::toNativeSeparators(settings.folder));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    auto *browse = new QPushButton(tr("Choose…"));
    browse->setObjectName(QStringLiteral("chooseFolderButton"));
    connect(browse, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(0, 24 * 30);
    m_interval->setSuffix(tr(" h"));
    m_interval->setSpecialValueText(tr("Off"));
    m_interval->setValue(settings.intervalHours);

    m_keep = new QSpinBox;
    m_keep->setObjectName(QStringLiteral("keepSpin"));
    m_keep->setRange(1, 1000);
    m_keep->setValue(settings.keep);

    m_last = new QLabel(tr("No backup yet"));
    m_last->setObjectName(QStringLiteral("lastBackupLabel"));
    m_last->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Back up every:"), m_interval);
    form->addRow(tr("Backups kept:"), m_keep);
    form->addRow(tr("Latest backup:"), m_last);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_backupButton = new QPushButton(tr("Back up now"));
    m_backupButton->setObjectName(QStringLiteral("backupNowButton"));
    connect(m_backupButton, &QPushButton::clicked, this, &BackupDialog::startBackup);
    m_cancelButton = new QPushButton(tr("Cancel backup"));
    m_cancelButton->setObjectName(QStringLiteral("cancelBackupButton"));
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_actions.cancelBackup)
            m_actions.cancelBackup();
    });
    m_restoreButton = new QPushButton(tr("Restore…"));
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupDialog::chooseRestore);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_backupButton);
    actionRow->addWidget(m_cancelButton);
    actionRow->addStretch(1);
    actionRow->addWidget(m_restoreButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actionRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

BackupDialog::Settings BackupDialog::settings() const
{
    Settings s;
    s.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    s.intervalHours = m_interval->value();
    s.keep = m_keep->value();
    return s;
}

void BackupDialog::setLastBackup(const QString &text)
{
    m_last->setText(text.isEmpty() ? tr("No backup yet") : text);
}

void BackupDialog::accept()
{
    if (m_folder->text().trimmed().isEmpty()) {
        m_status->setText(tr("Choose a folder for the backups."));
        return;
    }
    if (m_actions.saveSettings)
        m_actions.saveSettings(settings());
    QDialog::accept();
}

void BackupDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"),
                                                          m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void BackupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_backupButton->setEnabled(!busy);
    m_restoreButton->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
}

void BackupDialog::startBackup()
{
    // The folder chosen here is the one the backup goes to.
    if (m_actions.saveSettings)
        m_actions.saveSettings(settings());
    if (!m_actions.backupNow || !m_actions.backupNow()) {
        m_status->setText(tr("A backup or restore is already under way."));
        return;
    }
    m_status->setText(tr("Backing up…"));
    setBusy(true);
}

void BackupDialog::setProgress(int percent)
{
    m_progress->setValue(percent);
}

void BackupDialog::backupFinished(const QString &file, const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_status->setText(tr("No backup was made: %1").arg(error));
        return;
    }
    m_status->setText(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)));
    setLastBackup(QDir::toNativeSeparators(file));
}

void BackupDialog::chooseRestore()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Restore from backup"), m_folder->text(),
        tr("Pingan backups (*.db);;All files (*)"));
    if (file.isEmpty())
        return;
    QString error;
    const QString description
        = m_actions.describeBackup ? m_actions.describeBackup(file, &error) : QString();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Restore from backup"),
                             tr("%1 cannot be restored:\n%2")
                                 .arg(QDir::toNativeSeparators(file), error));
        return;
    }
    const auto answer = QMessageBox::warning(
        this, tr("Restore from backup"),
        tr("Replace the database with the backup %1?\n%2\n\nEverything entered since that "
           "backup is replaced. The current database is kept beside it (…before-restore-…) "
           "and can be restored in turn.")
            .arg(QDir::toNativeSeparators(file), description),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !m_actions.restore)
        return;
    m_status->setText(tr("Restoring…"));
    setBusy(true);
    m_cancelButton->setVisible(false);   // a restore is not stopped halfway
    m_actions.restore(file);
}

void BackupDialog::restoreFinished(const QString &backupFile, const QString &keptAs,
                                   const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_status->setText(tr("Nothing was restored: %1").arg(error));
        return;
    }
    m_status->setText(tr("Restored from %1. The previous database was kept as %2.")
                          .arg(QDir::toNativeSeparators(backupFile),
                               QDir::toNativeSeparators(keptAs)));
}
