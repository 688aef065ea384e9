#pragma once

#include "io/surveyimport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

// Survey import (问卷导入): the operator picks a CSV or XLSX file, names the wave and, if need be,
// the encoding; the dialog shows the first rows and the columns the engine matched to each
// field, marking those it is unsure of or could not find — the operator then checks and
// confirms the mapping. "Import" runs SurveyImport on a worker with its own connection to the
// store, with progress and Cancel, and ends with the counts and every rejected row (line, field,
// reason), which can be saved as a JSON report.
class SurveyImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Columns of the mapping table and of the rejections table.
    enum MappingColumn { FieldColumn, SourceColumn, StateColumn, MappingColumnCount };
    enum RejectionColumn { LineColumn, RejectedFieldColumn, ReasonColumn, RejectionColumnCount };

    // `dbPath`: the store file the answers go into; `actor`: the login recorded as updated_by.
    SurveyImportDialog(const QString &dbPath, const QString &actor, QWidget *parent = nullptr);
    ~SurveyImportDialog() override;

    // The waves the store knows (offered in the wave box, newest last); `current` is put in
    // the box (empty: left as typed).
    void setWaves(const QStringList &waves, const QString &current = {});
    QString waveName() const;
    void setWaveName(const QString &name);

    // The mapping as the form holds it now.
    SurveyColumnMapping mapping() const;
    // The column chosen for a field (-1 = none); for tests and scripted use.
    void setColumn(SurveyField field, int column);
    // The last preview (none before a file was read).
    const std::optional<SurveyImport::Preview> &preview() const { return m_preview; }
    // Fields the person must look at: matched loosely or not found.
    QList<SurveyField> fieldsToConfirm() const;
    // The last import's result (none before the first).
    const std::optional<SurveyImport::Result> &result() const { return m_result; }
    QString statusText() const;
    bool isBusy() const;

    // Writes the last result as a JSON report (SurveyImport::Result::report).
    bool saveReport(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    // Puts a file into the form and reads its header and first rows (off the GUI thread).
    void setFile(const QString &file);
    // Ticks "the columns are right" (needed when fieldsToConfirm() is not empty).
    void confirmMapping(bool confirmed = true);
    // Imports the file with the form's options.
    void startImport();
    // Stops the import under way (everything is rolled back).
    void cancel();
    // Closes, except while an import is being written (Cancel stops it first).
    void reject() override;

Q_SIGNALS:
    // Answers were written into `waveName` (or the wave was created).
    void imported(const QString &waveName);
    // A preview or an import finished (tests wait for this).
    void finished();

private:
    enum class Phase { Idle, Previewing, Importing };

    void createWidgets();
    void layOut();
    void browse();
    void reread();
    void previewArrived();
    void importArrived();
    void showPreview();
    void showMapping();
    void showResult();
    void mappingEdited();
    void updateButtons();
    void setPhase(Phase phase);
    void pollProgress();
    void showStatus(const QString &text, bool error = false);
    void chooseReportFile();
    SurveyImport::Encoding encodingChoice() const;

    QString m_dbPath;
    QString m_actor;
    Phase m_phase = Phase::Idle;
    std::optional<SurveyImport::Preview> m_preview;
    QString m_previewFile;
    std::optional<SurveyImport::Result> m_result;
    QString m_resultFile;
    QString m_resultWave;
    QList<SurveyField> m_chosen;   // fields whose column the person chose
    bool m_filling = false;

    // Shared with the worker; outlives the dialog if need be.
    struct Progress
    {
        std::atomic<double> fraction{0};
        std::atomic<qint64> rows{0};
        std::atomic_bool cancel{false};
    };
    std::shared_ptr<Progress> m_progress;

    struct PreviewResult
    {
        std::optional<SurveyImport::Preview> preview;
        QString error;
    };
    QFutureWatcher<PreviewResult> m_previewWatcher;
    QFutureWatcher<SurveyImport::Result> m_importWatcher;
    QTimer *m_progressTimer = nullptr;

    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_wave = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_mapping = nullptr;
    std::array<QComboBox *, SurveyFieldCount> m_columns{};
    QTableWidget *m_rows = nullptr;
    QLabel *m_mappingProblem = nullptr;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_import = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_resultBox = nullptr;
    QTableWidget *m_rejections = nullptr;
    QPushButton *m_saveReport = nullptr;
    QPushButton *m_close = nullptr;
};
