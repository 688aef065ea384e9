#include "disputechangefeed.h"

#include "database.h"

#include <QSqlDriver>

namespace {

const QString kChannel = QStringLiteral("pingan_dispute");

} // namespace

DisputeChangeFeed::DisputeChangeFeed(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DisputeChangeFeed::disputesChanged);
    if (!db.isPostgres())
        return;
    QSqlDriver *driver = db.connection().driver();
    m_listening = driver->subscribeToNotification(kChannel);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                // This connection's own changes are shown already by whoever made them.
                if (name == kChannel && source == QSqlDriver::OtherSource && !m_coalesce.isActive())
                    m_coalesce.start();
            });
}

DisputeChangeFeed::~DisputeChangeFeed()
{
    if (m_listening && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(kChannel);
}
