#pragma once

// The monthly report dialog at work on an open store: fills its scope list with the county and
// its townships, and makes the report it asks for on a worker thread with its own read-only
// connection (progress and cancel through the dialog), handing the laid-out content back.

#include "report/monthlyreport.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class ReportDialog;

class ReportDesk : public QObject
{
    Q_OBJECT
public:
    ReportDesk(Database &db, ReportDialog *dialog, QObject *parent = nullptr);
    // A report still being made is abandoned (it stops at its next step).
    ~ReportDesk() override;

    // Reads the county and its townships into the dialog again.
    void refreshScopes();
    // An account limited to one township reports on that township only (empty: no limit).
    void setScopeLimit(const QString &townshipCode);
    // A worker is still running (a cancelled one included, until it has stopped).
    bool isBusy() const { return m_running > 0; }

    // Writes an audit row for every print and export of the report ("report.pdf",
    // "report.xlsx", "report.print" with the file or printer).
    using Audit = std::function<void(const QString &action, const QString &object)>;
    void setAudit(Audit audit) { m_audit = std::move(audit); }
    // The dialog wrote the report: `kind` is "pdf", "xlsx" or "print".
    void recordOutput(const QString &kind, const QString &target);

private:
    void generate(const MonthlyReportRequest &request);
    void cancel();

    Database &m_db;
    QPointer<ReportDialog> m_dialog;
    QString m_path;
    QString m_scopeLimit;
    int m_generation = 0;   // only the newest request's progress and result reach the dialog
    int m_running = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Audit m_audit;
};
