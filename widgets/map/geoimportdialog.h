#pragma once

#include "io/geoimport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

class GeoOutlinePreview;

// Boundary import (区划边界导入): the operator picks a GIS file, its layer, level, fields,
// parent rule and coordinate options; the file is read and checked off the GUI thread and shown
// as a table and a drawing; "Import" then writes it in one transaction, also off the GUI thread.
// Talks to GeoImport only: each phase opens its own connection to the store file.
class GeoImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `dbPath`: the store file the regions go into; `actor`: the login recorded as updated_by.
    GeoImportDialog(const QString &dbPath, const QString &actor, QWidget *parent = nullptr);
    ~GeoImportDialog() override;

    // The options as the form holds them now.
    GeoImportOptions options() const;
    // The last preview read (empty before the first).
    const GeoImportPreview &preview() const { return m_preview; }
    // True while a file is inspected, read or written.
    bool isBusy() const;

public Q_SLOTS:
    // Puts a file into the form and lists its layers and fields (off the GUI thread).
    void setFile(const QString &file);
    // Reads and checks the file with the current options; fills the preview.
    void readPreview();
    // Writes the last preview (only when it has no problems).
    void importPreview();
    // Stops the reading or writing under way (a write rolls back).
    void cancel();

Q_SIGNALS:
    // After a successful write.
    void regionsImported(int inserted, int updated, int unchanged);

private:
    enum class Phase { Idle, Inspecting, Reading, Writing };

    void createWidgets();
    void layOut();
    void browse();
    void inspectionArrived();
    void layerChosen();
    void levelChosen();
    void parentModeChosen();
    void optionsEdited();
    void previewArrived();
    void writeArrived();
    void showPreview();
    void setPhase(Phase phase);
    void pollProgress();
    void showStatus(const QString &text, bool error = false);

    QString m_dbPath;
    QString m_actor;
    Phase m_phase = Phase::Idle;
    QList<GeoLayerInfo> m_layers;
    QString m_inspectError;
    GeoImportPreview m_preview;
    bool m_previewCurrent = false;   // the preview was read with the options shown

    // Shared with the worker: progress and the cancel flag outlive the dialog if need be.
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic_bool cancel{false};
    };
    std::shared_ptr<Progress> m_progress;

    struct InspectResult
    {
        QList<GeoLayerInfo> layers;
        QString error;
    };
    struct WriteResult
    {
        GeoImportSummary summary;
        QString error;
        bool cancelled = false;
    };
    QFutureWatcher<InspectResult> m_inspectWatcher;
    QFutureWatcher<GeoImportPreview> m_readWatcher;
    QFutureWatcher<WriteResult> m_writeWatcher;
    QTimer *m_progressTimer = nullptr;

    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_layer = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_codeField = nullptr;
    QComboBox *m_nameField = nullptr;
    QComboBox *m_parentMode = nullptr;
    QLineEdit *m_parentCode = nullptr;
    QComboBox *m_parentField = nullptr;
    QLineEdit *m_sourceCrs = nullptr;
    QCheckBox *m_gcj02 = nullptr;
    QLineEdit *m_where = nullptr;
    QPushButton *m_read = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableWidget *m_table = nullptr;
    GeoOutlinePreview *m_outlines = nullptr;
    QPlainTextEdit *m_messages = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};
