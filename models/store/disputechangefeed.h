#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Tells a workstation that another workstation changed disputes, so that its queues and counts
// are read again. On a PostgreSQL store every change to dispute or dispute_event notifies the
// channel `pingan_dispute` (a trigger, resources/sql/pg); this listens on the store's own
// connection, whose thread must run an event loop. A burst of changes becomes one signal, at
// most kCoalesceMs after the first. On a SQLite store (one workstation) it never fires.
class DisputeChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCoalesceMs = 150;

    explicit DisputeChangeFeed(Database &db, QObject *parent = nullptr);
    ~DisputeChangeFeed() override;

    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void disputesChanged();

private:
    Database &m_db;
    QTimer m_coalesce;
    bool m_listening = false;
};
