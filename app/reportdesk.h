#pragma once

// The monthly report dialog at work on an open store: fills its scope list with the county and
// its townships, and makes the report it asks for on a worker thread with its own read-only
// connection (progress and cancel through the dialog), handing the laid-out content back.

#include "report/monthlyreport.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
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
    // A worker is still running (a cancelled one included, until it has stopped).
    bool isBusy() const { return m_running > 0; }

private:
    void generate(const MonthlyReportRequest &request);
    void cancel();

    Database &m_db;
    QPointer<ReportDialog> m_dialog;
    QString m_path;
    int m_generation = 0;   // only the newest request's progress and result reach the dialog
    int m_running = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
