#include "disputequeuecounter.h"

#include "store/storeerror.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

namespace {

struct Outcome
{
    quint64 request = 0;
    DisputeFilter filter;
    std::optional<DisputeQueueCounts> counts; // nullopt: cancelled or failed
    QString error;
};

} // namespace

DisputeQueueCounter::DisputeQueueCounter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_pool(new QThreadPool(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool->setMaxThreadCount(1);
}

DisputeQueueCounter::~DisputeQueueCounter()
{
    cancel();
    m_pool->waitForDone();
}

void DisputeQueueCounter::request(const DisputeFilter &filter)
{
    const quint64 number = ++m_requests;
    m_latest->store(number);
    m_busy = true;
    const QString path = m_path;
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (outcome.request != m_latest->load())
            return; // superseded
        m_busy = false;
        if (outcome.counts)
            Q_EMIT counted(*outcome.counts, outcome.filter);
        else if (!outcome.error.isEmpty())
            Q_EMIT failed(outcome.error, outcome.filter);
    });
    watcher->setFuture(QtConcurrent::run(m_pool, [path, filter, latest, number] {
        Outcome outcome;
        outcome.request = number;
        outcome.filter = filter;
        if (latest->load() != number)
            return outcome;
        try {
            outcome.counts = DisputeRepository::queueCountsAt(
                path, filter, [&latest, number] { return latest->load() != number; });
        } catch (const StoreError &e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

void DisputeQueueCounter::cancel()
{
    m_latest->store(++m_requests);
    m_busy = false;
}
