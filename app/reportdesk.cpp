#include "reportdesk.h"

#include "report/monthlyreportcontent.h"
#include "report/reportcontent.h"
#include "report/reportdialog.h"
#include "store/database.h"
#include "store/regionrepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <optional>

namespace {

// The reader's steps fill the bar up to here; laying the report out takes the rest.
constexpr int kReadShare = 85;

struct Outcome
{
    std::optional<ReportContent> content;   // none: cancelled or failed
    QString error;
};

// Runs on a worker: reads the month from the store through its own connection and lays the
// report out. `progress` returns false once the request is cancelled.
Outcome makeReport(const QString &path, const MonthlyReportRequest &request,
                   const MonthlyReportReader::Progress &progress)
{
    Outcome out;
    try {
        auto db = Database::open(path, Database::Mode::ReadOnly, false, Database::Check::Deferred);
        const std::optional<MonthlyReportData> data = MonthlyReportReader::read(
            *db, request, [&progress](int percent, const QString &stage) {
                return progress(percent * kReadShare / 100, stage);
            });
        if (!data || !progress(kReadShare + 5, ReportDesk::tr("Laying out the report")))
            return out;
        out.content = MonthlyReportContent::build(*data);
    } catch (const MonthlyReportError &e) {
        out.error = QString::fromStdString(e.what());
    } catch (const StoreError &e) {
        out.error = e.message();
    } catch (const std::exception &e) {
        out.error = QString::fromStdString(e.what());
    }
    return out;
}

} // namespace

ReportDesk::ReportDesk(Database &db, ReportDialog *dialog, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dialog(dialog)
    , m_path(db.path())
{
    connect(dialog, &ReportDialog::generateRequested, this, &ReportDesk::generate);
    connect(dialog, &ReportDialog::cancelRequested, this, &ReportDesk::cancel);
    connect(dialog, &ReportDialog::reportWritten, this, &ReportDesk::recordOutput);
    refreshScopes();
}

ReportDesk::~ReportDesk()
{
    cancel();
}

void ReportDesk::refreshScopes()
{
    if (!m_dialog)
        return;
    try {
        const RegionRepository regions(m_db);
        const std::optional<Region> county = regions.county();
        if (!county) {
            m_dialog->setScopes({}, {});
            return;
        }
        RegionRepository::Query query;
        query.level = RegionLevel::Township;
        QList<ReportDialog::Scope> townships;
        for (const Region &township : regions.list(query)) {
            if (m_scopeLimit.isEmpty() || township.code == m_scopeLimit)
                townships.append({township.code, township.name});
        }
        m_dialog->setScopes(m_scopeLimit.isEmpty() ? ReportDialog::Scope{county->code, county->name}
                                                   : ReportDialog::Scope{},
                            townships);
        // What the reader prints when the issuer is left empty.
        m_dialog->setDefaultIssuer(MonthlyReportReader::defaultIssuer(county->name));
    } catch (const StoreError &e) {
        m_dialog->setScopes({}, {});
        m_dialog->setFailed(e.message());
    }
}

void ReportDesk::setScopeLimit(const QString &townshipCode)
{
    if (townshipCode == m_scopeLimit)
        return;
    m_scopeLimit = townshipCode;
    refreshScopes();
}

void ReportDesk::generate(const MonthlyReportRequest &request)
{
    cancel();   // a request still running is abandoned
    const int generation = m_generation;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    // Progress reaches the GUI thread through the application object, which outlives the
    // desk; the desk itself is looked up there, when it may be gone.
    const QPointer<ReportDesk> desk(this);
    const MonthlyReportReader::Progress progress
        = [desk, generation, cancelled](int percent, const QString &stage) {
              QMetaObject::invokeMethod(
                  QCoreApplication::instance(),
                  [desk, generation, percent, stage] {
                      if (desk && desk->m_generation == generation && desk->m_dialog)
                          desk->m_dialog->setProgress(percent, stage);
                  },
                  Qt::QueuedConnection);
              return !cancelled->load();
          };

    ++m_running;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation != m_generation || !m_dialog)
            return;   // cancelled, or a newer request
        const Outcome outcome = watcher->result();
        if (outcome.content)
            m_dialog->setContent(*outcome.content);
        else if (!outcome.error.isEmpty())
            m_dialog->setFailed(outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(makeReport, m_path, request, progress));
}

void ReportDesk::recordOutput(const QString &kind, const QString &target)
{
    if (m_audit)
        m_audit(QStringLiteral("report.") + kind, target);
}

void ReportDesk::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation;
}
