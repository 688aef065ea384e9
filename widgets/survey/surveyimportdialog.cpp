#include "surveyimportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

// The rejections table shows at most this many rows; the saved report holds them all.
constexpr int MaxRejectionsShown = 10000;

const QColor kUnsure(0xfe, 0xf3, 0xc7);
const QColor kMissing(0xfe, 0xe2, 0xe2);

// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
QString columnLetters(int column)
{
    QString out;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

QString encodingText(SurveyImport::Encoding encoding)
{
    switch (encoding) {
    case SurveyImport::Encoding::Auto: return SurveyImportDialog::tr("Detect");
    case SurveyImport::Encoding::Utf8: return QStringLiteral("UTF-8");
    case SurveyImport::Encoding::Utf8WithBom: return SurveyImportDialog::tr("UTF-8 with BOM");
    case SurveyImport::Encoding::Gb18030: return QStringLiteral("GB18030 (GBK)");
    }
    return {};
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

SurveyImportDialog::SurveyImportDialog(const QString &dbPath, const QString &actor,
                                       QWidget *parent)
    : QDialog(parent)
    , m_dbPath(dbPath)
    , m_actor(actor)
    , m_progress(std::make_shared<Progress>())
{
    setObjectName(QStringLiteral("surveyImportDialog"));
    setWindowTitle(tr("Import survey answers"));
    createWidgets();
    layOut();
    connect(&m_previewWatcher, &QFutureWatcher<PreviewResult>::finished, this,
            &SurveyImportDialog::previewArrived);
    connect(&m_importWatcher, &QFutureWatcher<SurveyImport::Result>::finished, this,
            &SurveyImportDialog::importArrived);
    setPhase(Phase::Idle);
    showStatus(tr("Choose a CSV or XLSX file of answers."));
    resize(1000, 740);
}

SurveyImportDialog::~SurveyImportDialog()
{
    // The workers hold no pointer to the dialog; an import cancelled here rolls back.
    m_progress->cancel = true;
    m_previewWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void SurveyImportDialog::createWidgets()
{
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("CSV (UTF-8 or GB18030) or XLSX, one row per respondent"));
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_previewFile)
            setFile(m_file->text());
    });
    m_browse = new QPushButton(tr("Browse…"));
    m_browse->setObjectName(QStringLiteral("browse"));
    connect(m_browse, &QPushButton::clicked, this, &SurveyImportDialog::browse);

    m_wave = new QComboBox;
    m_wave->setObjectName(QStringLiteral("wave"));
    m_wave->setEditable(true);
    m_wave->setInsertPolicy(QComboBox::NoInsert);
    m_wave->lineEdit()->setPlaceholderText(tr("e.g. 2026Q3"));
    connect(m_wave, &QComboBox::currentTextChanged, this, &SurveyImportDialog::updateButtons);

    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encoding"));
    for (auto e : {SurveyImport::Encoding::Auto, SurveyImport::Encoding::Utf8,
                   SurveyImport::Encoding::Gb18030}) {
        m_encoding->addItem(encodingText(e), int(e));
    }
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reread();
    });
    m_sheetLabel = new QLabel(tr("Sheet:"));
    m_sheet = new QComboBox;
    m_sheet->setObjectName(QStringLiteral("sheet"));
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reread();
    });
    m_detected = new QLabel;
    m_detected->setObjectName(QStringLiteral("detected"));

    m_mapping = new QTableWidget(SurveyFieldCount, MappingColumnCount);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("Match")});
    m_mapping->verticalHeader()->hide();
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    QHeaderView *columns = m_mapping->horizontalHeader();
    columns->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    // Every field in sight at once: the ones to check must not hide below a scroll bar.
    constexpr int RowHeight = 28;
    m_mapping->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_mapping->verticalHeader()->setDefaultSectionSize(RowHeight);
    m_mapping->setMinimumHeight(RowHeight * SurveyFieldCount + columns->sizeHint().height()
                                + 2 * m_mapping->frameWidth() + 2);
    for (SurveyField f : SurveyFields::all()) {
        const int row = int(f);
        m_mapping->setItem(row, FieldColumn, readOnly(SurveyFields::label(f)));
        m_mapping->setItem(row, StateColumn, readOnly(QString()));
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("column_") + SurveyFields::key(f));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
        m_columns[size_t(row)] = box;
        m_mapping->setCellWidget(row, SourceColumn, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, f] {
            if (m_filling)
                return;
            if (!m_chosen.contains(f))
                m_chosen << f;
            mappingEdited();
        });
    }

    m_rows = new QTableWidget;
    m_rows->setObjectName(QStringLiteral("previewRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setAlternatingRowColors(true);

    m_mappingProblem = new QLabel;
    m_mappingProblem->setObjectName(QStringLiteral("mappingProblem"));
    m_mappingProblem->setWordWrap(true);
    m_mappingProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_confirm = new QCheckBox(tr("I have checked the marked columns: they are right"));
    m_confirm->setObjectName(QStringLiteral("confirmMapping"));
    connect(m_confirm, &QCheckBox::toggled, this, &SurveyImportDialog::updateButtons);

    m_import = new QPushButton(tr("Import"));
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(m_import, &QPushButton::clicked, this, &SurveyImportDialog::startImport);
    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("progress"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &SurveyImportDialog::cancel);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, &SurveyImportDialog::pollProgress);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejections = new QTableWidget(0, RejectionColumnCount);
    m_rejections->setObjectName(QStringLiteral("rejections"));
    m_rejections->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Reason")});
    m_rejections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejections->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejections->verticalHeader()->hide();
    m_rejections->horizontalHeader()->setStretchLastSection(true);
    m_saveReport = new QPushButton(tr("Save report…"));
    m_saveReport->setObjectName(QStringLiteral("saveReport"));
    connect(m_saveReport, &QPushButton::clicked, this, &SurveyImportDialog::chooseReportFile);
    m_close = new QPushButton(tr("Close"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

void SurveyImportDialog::layOut()
{
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_encoding);
    optionsRow->addWidget(m_sheetLabel);
    optionsRow->addWidget(m_sheet);
    optionsRow->addWidget(m_detected, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Wave:"), m_wave);
    form->addRow(tr("Encoding:"), optionsRow);

    auto *mappingBox = new QGroupBox(tr("Columns"));
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mapping, 1);
    mappingLayout->addWidget(m_mappingProblem);
    mappingLayout->addWidget(m_confirm);
    auto *rowsBox = new QGroupBox(tr("First rows of the file"));
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->addWidget(m_rows);
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(mappingBox);
    top->addWidget(rowsBox);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({580, 400});

    // Shown once there is a result.
    m_resultBox = new QGroupBox(tr("Rejected rows"));
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->addWidget(m_rejections);
    m_resultBox->hide();
    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(top);
    vertical->addWidget(m_resultBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_import);
    runRow->addWidget(m_progressBar, 1);
    runRow->addWidget(m_cancel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_saveReport);
    buttons->addWidget(m_close);

    auto *main = new QVBoxLayout(this);
    main->addLayout(form);
    main->addWidget(vertical, 1);
    main->addLayout(runRow);
    main->addLayout(buttons);
}

// --- form ----------------------------------------------------------------------------------

void SurveyImportDialog::setWaves(const QStringList &waves, const QString &current)
{
    const QString typed = m_wave->currentText();
    m_wave->clear();
    m_wave->addItems(waves);
    m_wave->setEditText(current.isEmpty() ? typed : current);
    updateButtons();
}

QString SurveyImportDialog::waveName() const
{
    return m_wave->currentText().trimmed();
}

void SurveyImportDialog::setWaveName(const QString &name)
{
    m_wave->setEditText(name);
    updateButtons();
}

SurveyImport::Encoding SurveyImportDialog::encodingChoice() const
{
    return SurveyImport::Encoding(m_encoding->currentData().toInt());
}

SurveyColumnMapping SurveyImportDialog::mapping() const
{
    SurveyColumnMapping m;
    for (SurveyField f : SurveyFields::all()) {
        const QComboBox *box = m_columns[size_t(f)];
        m.set(f, box->currentIndex() < 0 ? -1 : box->currentData().toInt());
    }
    return m;
}

void SurveyImportDialog::setColumn(SurveyField field, int column)
{
    QComboBox *box = m_columns[size_t(field)];
    box->setCurrentIndex(std::max(0, box->findData(column)));   // a person's choice
}

QList<SurveyField> SurveyImportDialog::fieldsToConfirm() const
{
    QList<SurveyField> out;
    if (!m_preview)
        return out;
    for (SurveyField f : SurveyFields::all()) {
        if ((m_preview->unsure.contains(f) || m_preview->missing.contains(f))
            && !m_chosen.contains(f)) {
            out << f;
        }
    }
    return out;
}

QString SurveyImportDialog::statusText() const
{
    return m_status->text();
}

bool SurveyImportDialog::isBusy() const
{
    return m_phase != Phase::Idle;
}

void SurveyImportDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QString() : QFileInfo(m_file->text()).path();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Survey answers"), start,
        tr("Survey files (*.csv *.xlsx *.txt);;All files (*)"));
    if (!file.isEmpty())
        setFile(file);
}

void SurveyImportDialog::setFile(const QString &file)
{
    if (isBusy())
        return;
    m_file->setText(file);
    m_filling = true;
    m_sheet->clear();
    m_filling = false;
    reread();
}

void SurveyImportDialog::reread()
{
    if (isBusy())
        return;
    const QString file = m_file->text().trimmed();
    m_previewFile = file;
    m_preview.reset();
    m_chosen.clear();
    m_rejections->setRowCount(0);
    m_resultBox->hide();
    showPreview();
    showMapping();
    if (file.isEmpty()) {
        updateButtons();
        return;
    }
    setPhase(Phase::Previewing);
    showStatus(tr("Reading %1…").arg(QFileInfo(file).fileName()));
    const SurveyImport::Encoding encoding = encodingChoice();
    const QString sheet = m_sheet->currentText();
    m_previewWatcher.setFuture(QtConcurrent::run([file, encoding, sheet] {
        PreviewResult r;
        try {
            r.preview = SurveyImport::preview(file, encoding, sheet, &r.error);
        } catch (const std::exception &e) {
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    }));
}

void SurveyImportDialog::previewArrived()
{
    const PreviewResult r = m_previewWatcher.result();
    setPhase(Phase::Idle);
    m_preview = r.preview;
    m_chosen.clear();
    m_confirm->setChecked(false);
    showPreview();
    showMapping();
    if (!m_preview) {
        showStatus(r.error.isEmpty() ? tr("The file could not be read.") : r.error, true);
    } else if (!fieldsToConfirm().isEmpty()) {
        showStatus(tr("Check the marked columns, correct them if need be, and confirm."));
    } else {
        showStatus(tr("All columns recognised. Name the wave and import."));
    }
    updateButtons();
    Q_EMIT finished();
}

void SurveyImportDialog::showPreview()
{
    m_rows->clear();
    m_rows->setRowCount(0);
    m_rows->setColumnCount(0);
    m_detected->clear();
    const bool xlsx = m_preview && m_preview->format == SurveyImport::Format::Xlsx;
    m_sheetLabel->setVisible(xlsx);
    m_sheet->setVisible(xlsx);
    m_encoding->setEnabled(!xlsx && !isBusy());
    if (!m_preview)
        return;
    const SurveyImport::Preview &p = *m_preview;
    if (xlsx) {
        m_filling = true;
        m_sheet->clear();
        m_sheet->addItems(p.sheets);
        m_sheet->setCurrentIndex(int(p.sheets.indexOf(p.sheet)));
        m_filling = false;
        m_detected->setText(tr("XLSX, sheet %1").arg(p.sheet));
    } else {
        m_detected->setText(tr("CSV, %1, header on line %2")
                                .arg(encodingText(p.encoding))
                                .arg(p.headerLine));
    }

    m_rows->setColumnCount(int(p.header.size()));
    m_rows->setRowCount(int(p.rows.size()));
    QStringList labels;
    for (int row = 0; row < p.rowLines.size(); ++row)
        labels << QString::number(p.rowLines.at(row));
    m_rows->setVerticalHeaderLabels(labels);
    for (int row = 0; row < p.rows.size(); ++row) {
        const QStringList &cells = p.rows.at(row);
        for (int c = 0; c < cells.size() && c < p.header.size(); ++c)
            m_rows->setItem(row, c, readOnly(cells.at(c)));
    }
    mappingEdited();   // the header labels say which field each column feeds
}

void SurveyImportDialog::showMapping()
{
    m_filling = true;
    const QStringList header = m_preview ? m_preview->header : QStringList();
    for (SurveyField f : SurveyFields::all()) {
        QComboBox *box = m_columns[size_t(f)];
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int c = 0; c < header.size(); ++c)
            box->addItem(QStringLiteral("%1 · %2").arg(columnLetters(c), header.at(c)), c);
        const int column = m_preview ? m_preview->mapping.column(f) : -1;
        box->setCurrentIndex(std::max(0, box->findData(column)));
        box->setEnabled(m_preview.has_value() && !isBusy());
    }
    m_filling = false;
    mappingEdited();
}

void SurveyImportDialog::mappingEdited()
{
    const SurveyColumnMapping m = mapping();
    for (SurveyField f : SurveyFields::all()) {
        const int row = int(f);
        QString state;
        QColor colour;
        if (m_preview) {
            if (m_chosen.contains(f)) {
                state = tr("chosen by you");
            } else if (m_preview->missing.contains(f)) {
                state = tr("missing: choose");
                colour = kMissing;
            } else if (m_preview->unsure.contains(f)) {
                state = tr("unsure: check");
                colour = kUnsure;
            } else if (m_preview->absent.contains(f) || !m.has(f)) {
                state = tr("none (left empty)");
            } else {
                state = tr("recognised");
            }
        }
        for (int c : {int(FieldColumn), int(StateColumn)}) {
            QTableWidgetItem *item = m_mapping->item(row, c);
            item->setBackground(colour.isValid() ? QBrush(colour) : QBrush());
        }
        m_mapping->item(row, StateColumn)->setText(state);
    }

    // The preview's header says which field each column feeds.
    if (m_preview) {
        const QStringList &header = m_preview->header;
        for (int c = 0; c < header.size() && c < m_rows->columnCount(); ++c) {
            QString text = QStringLiteral("%1 · %2").arg(columnLetters(c), header.at(c));
            QColor colour;
            for (SurveyField f : SurveyFields::all()) {
                if (m.column(f) != c)
                    continue;
                text += QStringLiteral("\n→ ") + SurveyFields::label(f);
                if (fieldsToConfirm().contains(f))
                    colour = kUnsure;
            }
            auto *item = new QTableWidgetItem(text);
            if (colour.isValid())
                item->setBackground(colour);
            m_rows->setHorizontalHeaderItem(c, item);
        }
        m_rows->resizeColumnsToContents();
    }
    updateButtons();
}

void SurveyImportDialog::confirmMapping(bool confirmed)
{
    m_confirm->setChecked(confirmed);
}

void SurveyImportDialog::updateButtons()
{
    const bool idle = m_phase == Phase::Idle;
    QString problem;
    if (m_preview) {
        problem = mapping().problem(int(m_preview->header.size()));
        if (problem.isEmpty() && waveName().isEmpty())
            problem = tr("Name the wave the answers belong to.");
    }
    m_mappingProblem->setText(problem);
    m_mappingProblem->setVisible(!problem.isEmpty());
    const bool mustConfirm = !fieldsToConfirm().isEmpty();
    m_confirm->setVisible(m_preview.has_value() && mustConfirm);
    m_import->setEnabled(idle && m_preview && problem.isEmpty()
                         && (!mustConfirm || m_confirm->isChecked()));
    m_saveReport->setEnabled(idle && m_result.has_value());
}

// --- import --------------------------------------------------------------------------------

void SurveyImportDialog::startImport()
{
    if (!m_import->isEnabled())
        return;
    SurveyImport::Options o;
    o.file = m_previewFile;
    o.wave = waveName();
    o.encoding = encodingChoice();
    if (m_preview && m_preview->format == SurveyImport::Format::Xlsx)
        o.sheet = m_preview->sheet;
    o.mapping = mapping();
    o.actor = m_actor;

    m_progress = std::make_shared<Progress>();
    m_result.reset();
    m_rejections->setRowCount(0);
    setPhase(Phase::Importing);
    showStatus(tr("Importing %1 into %2…").arg(QFileInfo(o.file).fileName(), o.wave));
    m_resultFile = o.file;
    m_resultWave = o.wave;
    const QString dbPath = m_dbPath;
    const std::shared_ptr<Progress> progress = m_progress;
    m_importWatcher.setFuture(QtConcurrent::run([o, dbPath, progress] {
        SurveyImport::Result r;
        try {
            // run() opens the worker's own connection: connections belong to their thread.
            r = SurveyImport::run(dbPath, o, [progress](double fraction, qint64 rows) {
                progress->fraction = fraction;
                progress->rows = rows;
                return !progress->cancel.load();
            });
        } catch (const std::exception &e) {
            r = SurveyImport::Result();
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    }));
}

void SurveyImportDialog::importArrived()
{
    m_result = m_importWatcher.result();
    setPhase(Phase::Idle);
    showResult();
    updateButtons();
    const SurveyImport::Result &r = *m_result;
    if (r.ok() && (r.imported > 0 || r.waveCreated))
        Q_EMIT imported(m_resultWave);
    Q_EMIT finished();
}

void SurveyImportDialog::showResult()
{
    const SurveyImport::Result &r = *m_result;
    const QLocale locale;
    if (r.cancelled) {
        showStatus(tr("Import cancelled; nothing was written."));
    } else if (!r.error.isEmpty()) {
        showStatus(tr("Import failed; nothing was written: %1").arg(r.error), true);
    } else {
        showStatus(tr("%1: %2 imported, %3 duplicate(s) already stored, %4 rejected.")
                       .arg(m_resultWave, locale.toString(r.imported),
                            locale.toString(r.duplicates), locale.toString(r.rejected)),
                   false);
    }
    const int shown = int(std::min<qsizetype>(r.rejections.size(), MaxRejectionsShown));
    m_resultBox->setVisible(!r.rejections.isEmpty());
    m_rejections->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const SurveyImport::Rejection &j = r.rejections.at(row);
        auto *line = readOnly(locale.toString(j.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QString field = j.field;
        if (const auto f = SurveyFields::fromKey(j.field))
            field = SurveyFields::label(*f);
        m_rejections->setItem(row, LineColumn, line);
        m_rejections->setItem(row, RejectedFieldColumn, readOnly(field));
        auto *reason = readOnly(j.reason);
        reason->setToolTip(j.reason);
        m_rejections->setItem(row, ReasonColumn, reason);
    }
    m_rejections->resizeColumnToContents(LineColumn);
    m_rejections->resizeColumnToContents(RejectedFieldColumn);
    if (r.rejections.size() > shown) {
        showStatus(m_status->text() + QLatin1Char(' ')
                   + tr("The first %1 rejected rows are listed; the report holds all.")
                         .arg(locale.toString(shown)));
    }
}

void SurveyImportDialog::cancel()
{
    m_progress->cancel = true;
}

void SurveyImportDialog::reject()
{
    if (m_phase == Phase::Importing)
        return;
    QDialog::reject();
}

void SurveyImportDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool idle = phase == Phase::Idle;
    for (QWidget *w : std::initializer_list<QWidget *>{m_file, m_browse, m_wave, m_sheet,
                                                      m_confirm}) {
        w->setEnabled(idle);
    }
    m_encoding->setEnabled(idle
                           && !(m_preview && m_preview->format == SurveyImport::Format::Xlsx));
    for (QComboBox *box : m_columns)
        box->setEnabled(idle && m_preview.has_value());
    m_cancel->setEnabled(phase == Phase::Importing);
    m_close->setEnabled(phase != Phase::Importing);
    if (phase == Phase::Importing) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(0);
        m_progressTimer->start();
    } else if (phase == Phase::Previewing) {
        m_progressBar->setRange(0, 0);   // reading a header reports no steps
    } else {
        m_progressTimer->stop();
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(m_result && m_result->ok() ? 1000 : 0);
    }
    updateButtons();
}

void SurveyImportDialog::pollProgress()
{
    m_progressBar->setValue(int(std::clamp(m_progress->fraction.load(), 0.0, 1.0) * 1000));
    const qint64 rows = m_progress->rows;
    if (rows > 0)
        showStatus(tr("Importing into %1… %2 rows read")
                       .arg(m_resultWave, QLocale().toString(rows)));
}

void SurveyImportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

// --- report --------------------------------------------------------------------------------

bool SurveyImportDialog::saveReport(const QString &path, QString *error) const
{
    if (!m_result) {
        if (error)
            *error = tr("There is no import to report yet.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonObject report = m_result->report(m_resultFile, m_resultWave);
    file.write(QJsonDocument(report).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SurveyImportDialog::chooseReportFile()
{
    const QString suggested = QFileInfo(m_resultFile).completeBaseName()
                              + QStringLiteral("-report.json");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save import report"), QFileInfo(m_resultFile).dir().filePath(suggested),
        tr("JSON report (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, &error))
        showStatus(error, true);
    else
        showStatus(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
}
