#pragma once

#include "report/monthlyreport.h"
#include "report/reportcontent.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class ReportDocument;

// The monthly report (月报) as a person makes it: the month, the county or one township, the
// day overdue counts are taken on and the issuing office. Generate asks for the report (the
// desk reads it off the GUI thread and reports progress; Cancel stops it); the report shows in
// an A4 print preview and is printed, or exported as PDF or as a workbook of its tables.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    using Scope = std::pair<QString, QString>;   // region code, name

    explicit ReportDialog(QWidget *parent = nullptr);
    ~ReportDialog() override;

    // What a report can cover: the county first, then its townships. An empty county code
    // means there is no store: nothing can be generated. Ends a generation under way.
    void setScopes(const Scope &county, const QList<Scope> &townships);
    // The issuing office printed when the issuer field is left empty (shown as its placeholder).
    void setDefaultIssuer(const QString &issuer);

    // The request as the form holds it.
    MonthlyReportRequest request() const;
    // Puts a request into the form: month, scope (empty: the county), as-of day, issuer.
    void setRequest(const MonthlyReportRequest &request);

    // The report on show: null before the first, while one is generated and after a failure.
    const ReportContent *content() const;
    // Pages of the report on show (0 when none).
    int pageCount() const;
    bool isGenerating() const { return m_generating; }
    QString statusText() const;

    // Write the report on show; false (and *error, translated) when there is none or the file
    // cannot be written. The export buttons call these after asking for the file.
    bool exportPdf(const QString &path, QString *error = nullptr);
    bool exportXlsx(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    // Asks for the report the form describes (generateRequested).
    void generate();
    // Stops the generation under way (cancelRequested); nothing is shown.
    void cancel();
    // The generation's progress: percent done and the stage running now.
    void setProgress(int percent, const QString &stage);
    // The generated report: shown in the preview, ready to print and export.
    void setContent(const ReportContent &content);
    // The report could not be made; `message` says why.
    void setFailed(const QString &message);
    // Closing cancels a generation under way.
    void reject() override;

    // Whether the Excel export is offered (the permission to export data; printing and PDF
    // are the report's own).
    void setExcelAllowed(bool allowed);

Q_SIGNALS:
    // The report went to a printer or a file: `kind` is "print", "pdf" or "xlsx".
    void reportWritten(const QString &kind, const QString &target);
    void generateRequested(const MonthlyReportRequest &request);
    void cancelRequested();
    // A generation ended: with a report, a failure, or cancelled.
    void finished();

private:
    void createWidgets();
    void layOut();
    void setGenerating(bool generating);
    void clearReport(const QString &placeholder);
    void showStatus(const QString &text, bool error = false);
    void updateButtons();
    // Draws the report on show on every page of `printer`; the number of pages.
    int paintReport(QPrinter *printer);
    void print();
    void printPreview();
    void choosePdfFile();
    void chooseXlsxFile();
    // Asks where to save, starting from the report's default name with `suffix`.
    QString chooseFile(const QString &title, const QString &suffix, const QString &filter);
    QString defaultFileBase() const;

    bool m_generating = false;
    QString m_requestedScopeName;   // of the generation under way
    QString m_requestedMonth;       // yyyy-MM
    std::optional<ReportContent> m_content;
    std::unique_ptr<ReportDocument> m_document;
    QString m_contentScopeName;     // of the report on show
    QString m_contentMonth;
    QString m_exportDir;

    std::unique_ptr<QPrinter> m_previewPrinter;   // A4 at the PDF's resolution, for the preview
    std::unique_ptr<QPrinter> m_printer;          // the person's printer and its settings

    QDateEdit *m_month = nullptr;
    QComboBox *m_scope = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLineEdit *m_issuer = nullptr;
    QPushButton *m_generate = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_printPreview = nullptr;
    QPushButton *m_exportPdf = nullptr;
    bool m_excelAllowed = true;
    QPushButton *m_exportXlsx = nullptr;
    QPushButton *m_close = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QWidget *m_zoomBar = nullptr;
    QLabel *m_pageLabel = nullptr;
};
