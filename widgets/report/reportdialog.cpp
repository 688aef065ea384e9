#include "reportdialog.h"

#include "report/reportdocument.h"
#include "report/reportxlsx.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace {

// The plain name of a scope item (its text may say "whole county").
constexpr int NameRole = Qt::UserRole + 1;

// The preview and the print are laid out at the PDF's resolution, so that their pages break
// where the PDF's do (the layout is not independent of the resolution).
constexpr int kReportDpi = 300;

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

ReportDialog::ReportDialog(QWidget *parent)
    : QDialog(parent)
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Monthly report"));
    for (QPrinter *printer : {m_previewPrinter.get(), m_printer.get()}) {
        printer->setResolution(kReportDpi);
        printer->setPageLayout(ReportDocument::pageLayout());
    }
    m_exportDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (m_exportDir.isEmpty() || !QFileInfo(m_exportDir).isDir())
        m_exportDir = QDir::homePath();
    createWidgets();
    layOut();
    setGenerating(false);
    setScopes({}, {});
    resize(1180, 860);
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::createWidgets()
{
    const QDate today = QDate::currentDate();
    m_month = new QDateEdit(firstOfMonth(today).addMonths(-1));
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setMinimumDate(QDate(2000, 1, 1));
    m_month->setToolTip(tr("The calendar month the report covers"));

    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setToolTip(tr("The whole county, or one township and its villages"));

    m_asOf = new QDateEdit(today);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setToolTip(tr("Disputes still open past their deadline on this day count as "
                          "overdue; the report is dated this day"));

    m_issuer = new QLineEdit;
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_issuer->setToolTip(tr("The issuing office printed under the title and at the end"));

    m_generate = new QPushButton(tr("Generate"));
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    connect(m_generate, &QPushButton::clicked, this, &ReportDialog::generate);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancel);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_print = new QPushButton(tr("Print…"));
    m_print->setObjectName(QStringLiteral("printButton"));
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::print);
    m_printPreview = new QPushButton(tr("Print preview…"));
    m_printPreview->setObjectName(QStringLiteral("printPreviewButton"));
    connect(m_printPreview, &QPushButton::clicked, this, &ReportDialog::printPreview);
    m_exportPdf = new QPushButton(tr("Export PDF…"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportDialog::choosePdfFile);
    m_exportXlsx = new QPushButton(tr("Export Excel…"));
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    m_exportXlsx->setToolTip(tr("Every table of the report, in full, one sheet each"));
    connect(m_exportXlsx, &QPushButton::clicked, this, &ReportDialog::chooseXlsxFile);
    m_close = new QPushButton(tr("Close"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &ReportDialog::reject);

    m_placeholder = new QLabel;
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);

    m_preview = new QPrintPreviewWidget(m_previewPrinter.get());
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paintReport);

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("previewPages"));
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_preview);

    // The embedded preview's own few controls (the print preview dialog has them all).
    m_zoomBar = new QWidget;
    auto *zoom = new QHBoxLayout(m_zoomBar);
    zoom->setContentsMargins(0, 0, 0, 0);
    const auto addTool = [this, zoom](const QString &text, auto slot) {
        auto *button = new QToolButton;
        button->setText(text);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, m_preview, slot);
        zoom->addWidget(button);
    };
    addTool(tr("Fit width"), &QPrintPreviewWidget::fitToWidth);
    addTool(tr("Whole page"), &QPrintPreviewWidget::fitInView);
    addTool(tr("Zoom in"), [this] { m_preview->zoomIn(); });
    addTool(tr("Zoom out"), [this] { m_preview->zoomOut(); });
    zoom->addStretch(1);
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    zoom->addWidget(m_pageLabel);
}

void ReportDialog::layOut()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Month:"), m_month);
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("As of:"), m_asOf);
    form->addRow(tr("Issuer:"), m_issuer);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);

    auto *outputBox = new QGroupBox(tr("Print and export"));
    auto *output = new QVBoxLayout(outputBox);
    output->addWidget(m_print);
    output->addWidget(m_printPreview);
    output->addWidget(m_exportPdf);
    output->addWidget(m_exportXlsx);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_generate);
    left->addLayout(runRow);
    left->addWidget(m_status);
    left->addStretch(1);
    left->addWidget(outputBox);
    left->addWidget(m_close);

    auto *leftPanel = new QWidget;
    leftPanel->setLayout(left);
    leftPanel->setFixedWidth(300);

    auto *right = new QVBoxLayout;
    right->addWidget(m_zoomBar);
    right->addWidget(m_pages, 1);

    auto *main = new QHBoxLayout(this);
    main->addWidget(leftPanel);
    main->addLayout(right, 1);
}

// --- form ----------------------------------------------------------------------------------

void ReportDialog::setScopes(const Scope &county, const QList<Scope> &townships)
{
    const QString current = m_scope->currentData().toString();
    m_scope->clear();
    // Without a county (an account limited to one township) only the townships are offered.
    if (!county.first.isEmpty() || !townships.isEmpty()) {
        if (!county.first.isEmpty()) {
            m_scope->addItem(tr("%1 (whole county)").arg(county.second), county.first);
            m_scope->setItemData(0, county.second, NameRole);
        }
        for (const Scope &township : townships) {
            m_scope->addItem(township.second, township.first);
            m_scope->setItemData(m_scope->count() - 1, township.second, NameRole);
            m_scope->setItemData(m_scope->count() - 1, township.first, Qt::ToolTipRole);
        }
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
    }
    if (m_generating) {
        setGenerating(false);
        clearReport(QString());
    }
    if (m_scope->count() == 0) {
        showStatus(tr("No database open"));
        if (!m_content)
            clearReport(tr("No database open"));
    } else if (!m_content) {
        showStatus(QString());
        clearReport(tr("Choose the month and the scope, then Generate."));
    }
    updateButtons();
}

void ReportDialog::setDefaultIssuer(const QString &issuer)
{
    m_issuer->setPlaceholderText(issuer);
}

MonthlyReportRequest ReportDialog::request() const
{
    MonthlyReportRequest r;
    const QDate month = m_month->date();
    r.year = month.year();
    r.month = month.month();
    r.regionCode = m_scope->currentData().toString();
    r.asOf = m_asOf->date();
    r.issuer = m_issuer->text().trimmed();
    return r;
}

void ReportDialog::setRequest(const MonthlyReportRequest &request)
{
    if (QDate(request.year, request.month, 1).isValid())
        m_month->setDate(QDate(request.year, request.month, 1));
    const int scope = request.regionCode.isEmpty() ? 0 : m_scope->findData(request.regionCode);
    if (scope >= 0 && scope < m_scope->count())
        m_scope->setCurrentIndex(scope);
    if (request.asOf.isValid())
        m_asOf->setDate(request.asOf);
    m_issuer->setText(request.issuer);
}

const ReportContent *ReportDialog::content() const
{
    return m_content ? &*m_content : nullptr;
}

int ReportDialog::pageCount() const
{
    return m_content ? m_preview->pageCount() : 0;
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

// --- generating ----------------------------------------------------------------------------

void ReportDialog::generate()
{
    if (m_generating || m_scope->count() == 0)
        return;
    const MonthlyReportRequest r = request();
    m_requestedScopeName = m_scope->currentData(NameRole).toString();
    m_requestedMonth = m_month->date().toString(QStringLiteral("yyyy-MM"));
    clearReport(tr("Generating the report of %1 for %2…")
                    .arg(m_requestedScopeName, m_requestedMonth));
    setGenerating(true);
    showStatus(tr("Generating…"));
    Q_EMIT generateRequested(r);
}

void ReportDialog::cancel()
{
    if (!m_generating)
        return;
    setGenerating(false);
    clearReport(tr("Cancelled. Change the form if need be, then Generate."));
    showStatus(tr("Cancelled."));
    Q_EMIT cancelRequested();
    Q_EMIT finished();
}

void ReportDialog::setProgress(int percent, const QString &stage)
{
    if (!m_generating)
        return;
    m_progress->setValue(std::clamp(percent, 0, 100));
    if (!stage.isEmpty())
        showStatus(tr("Generating: %1…").arg(stage));
}

void ReportDialog::setContent(const ReportContent &content)
{
    setGenerating(false);
    m_content = content;
    m_document = std::make_unique<ReportDocument>(*m_content);
    m_contentScopeName = m_requestedScopeName;
    m_contentMonth = m_requestedMonth;
    m_printer->setDocName(defaultFileBase());
    // Laid out before it shows (showing an empty preview would lay it out once more).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_preview->updatePreview();
    QApplication::restoreOverrideCursor();
    m_pages->setCurrentWidget(m_preview);
    const int pages = m_preview->pageCount();
    m_pageLabel->setText(tr("%1 pages").arg(pages));
    showStatus(tr("%1, %2: %3 pages. Print it or export it.")
                   .arg(content.title, content.period)
                   .arg(pages));
    updateButtons();
    Q_EMIT finished();
}

void ReportDialog::setFailed(const QString &message)
{
    setGenerating(false);
    clearReport(tr("The report could not be made:\n%1").arg(message));
    showStatus(tr("The report could not be made: %1").arg(message), true);
    Q_EMIT finished();
}

void ReportDialog::reject()
{
    cancel();
    QDialog::reject();
}

void ReportDialog::setGenerating(bool generating)
{
    m_generating = generating;
    m_progress->setValue(0);
    m_progress->setVisible(generating);
    m_cancel->setVisible(generating);
    updateButtons();
}

void ReportDialog::clearReport(const QString &placeholder)
{
    m_content.reset();
    m_document.reset();
    m_pageLabel->clear();
    m_placeholder->setText(placeholder);
    m_pages->setCurrentWidget(m_placeholder);
    updateButtons();
}

void ReportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ReportDialog::updateButtons()
{
    const bool canGenerate = !m_generating && m_scope->count() > 0;
    for (QWidget *w : std::initializer_list<QWidget *> {m_month, m_scope, m_asOf, m_issuer})
        w->setEnabled(!m_generating);
    m_generate->setEnabled(canGenerate);
    const bool shown = m_content.has_value() && !m_generating;
    for (QWidget *w : std::initializer_list<QWidget *> {m_print, m_printPreview, m_exportPdf,
                                                        m_exportXlsx, m_zoomBar})
        w->setEnabled(shown);
    m_exportXlsx->setEnabled(shown && m_excelAllowed);
}

void ReportDialog::setExcelAllowed(bool allowed)
{
    m_excelAllowed = allowed;
    m_exportXlsx->setToolTip(allowed ? tr("Every table of the report, in full, one sheet each")
                                     : tr("This account may not export data"));
    updateButtons();
}

// --- print and export ----------------------------------------------------------------------

void ReportDialog::print()
{
    if (!m_document)
        return;
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print the monthly report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = paintReport(m_printer.get());
    QApplication::restoreOverrideCursor();
    if (pages == 0)
        QMessageBox::warning(this, tr("Print the monthly report"), tr("The printer refused the "
                                                                      "report."));
    else {
        showStatus(tr("Sent %1 pages to the printer.").arg(pages));
        Q_EMIT reportWritten(QStringLiteral("print"), m_printer->printerName());
    }
}

int ReportDialog::paintReport(QPrinter *printer)
{
    if (!m_document)
        return 0;
    // A printer chosen in the print dialog comes with its own resolution.
    if (printer->resolution() != kReportDpi)
        printer->setResolution(kReportDpi);
    return m_document->paint(printer);
}

void ReportDialog::printPreview()
{
    if (!m_document)
        return;
    QPrintPreviewDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print preview of the monthly report"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportDialog::paintReport);
    dialog.resize(size());
    dialog.exec();
}

QString ReportDialog::defaultFileBase() const
{
    if (m_contentScopeName.isEmpty() || m_contentMonth.isEmpty())
        return m_content ? m_content->title : QString();
    return tr("%1 monthly report %2").arg(m_contentScopeName, m_contentMonth);
}

QString ReportDialog::chooseFile(const QString &title, const QString &suffix,
                                 const QString &filter)
{
    const QString start = QDir(m_exportDir).filePath(defaultFileBase() + suffix);
    QString path = QFileDialog::getSaveFileName(this, title, start, filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    m_exportDir = QFileInfo(path).absolutePath();
    return path;
}

void ReportDialog::choosePdfFile()
{
    const QString title = tr("Export the monthly report as PDF");
    const QString path = chooseFile(title, QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, title, error);
}

void ReportDialog::chooseXlsxFile()
{
    const QString title = tr("Export the report's tables as an Excel workbook");
    const QString path = chooseFile(title, QStringLiteral(".xlsx"),
                                    tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportXlsx(path, &error))
        QMessageBox::warning(this, title, error);
}

bool ReportDialog::exportPdf(const QString &path, QString *error)
{
    if (!m_content) {
        if (error)
            *error = tr("There is no report to export: generate one first.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_document->writePdf(path, error);
    QApplication::restoreOverrideCursor();
    if (ok) {
        showStatus(tr("Saved %1 (%2 pages).")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(m_document->pageCount()));
        Q_EMIT reportWritten(QStringLiteral("pdf"), path);
    }
    return ok;
}

bool ReportDialog::exportXlsx(const QString &path, QString *error)
{
    if (!m_content) {
        if (error)
            *error = tr("There is no report to export: generate one first.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = ReportXlsx::write(path, *m_content, error);
    QApplication::restoreOverrideCursor();
    if (ok) {
        showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT reportWritten(QStringLiteral("xlsx"), path);
    }
    return ok;
}
