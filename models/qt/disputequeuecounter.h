#pragma once

#include "store/disputerepository.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThreadPool;

// Counts every dispute queue under a filter off the GUI thread, on a read-only connection of
// its own opened in the worker (QSqlDatabase connections stay on their thread). Only the newest
// request is answered: a newer request cancels the running count, whose result is dropped.
class DisputeQueueCounter : public QObject
{
    Q_OBJECT
public:
    explicit DisputeQueueCounter(const QString &databasePath, QObject *parent = nullptr);
    // Cancels the running count and waits for its worker to let go of the file.
    ~DisputeQueueCounter() override;

    // Starts counting under `filter` (its queue and sort do not matter); counted() follows.
    void request(const DisputeFilter &filter);
    // Drops the running count, if any.
    void cancel();
    // True from request() until its answer is delivered (or dropped by cancel()).
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void counted(const DisputeQueueCounts &counts, const DisputeFilter &filter);
    void failed(const QString &message, const DisputeFilter &filter);

private:
    QString m_path;
    QThreadPool *m_pool = nullptr; // one worker: a superseded count ends before the next starts
    std::shared_ptr<std::atomic<quint64>> m_latest; // the newest request's number
    quint64 m_requests = 0;
    bool m_busy = false;
};
