#include "settingsrepository.h"

#include "database.h"
#include "storeerror.h"

#include "domain/ids.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ? AND deleted = 0"));
    q.addBindValue(key);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void SettingsRepository::setValue(const QString &key, const QString &value, const QString &actor)
{
    WriteTransaction tx(m_db);
    QSqlQuery find
        = m_db.prepare(QStringLiteral("SELECT value, rev, deleted FROM setting WHERE key = ?"));
    find.addBindValue(key);
    Database::exec(find);
    const bool exists = find.next();
    if (exists && find.value(2).toInt() == 0 && find.value(0).toString() == value) {
        find.finish();
        return; // unchanged: no new revision to sync
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A later revision than the row's, even when this machine's clock is behind its writer's.
    const qint64 rev = std::max<qint64>(HybridClock::fromMillis(now),
                                        exists ? find.value(1).toLongLong() + 1 : 0);
    find.finish();

    QSqlQuery write = m_db.prepare(
        exists
            ? QStringLiteral("UPDATE setting SET value = ?, rev = ?, origin = ?, updated_at = ?, "
                             "updated_by = ?, deleted = 0 WHERE key = ?")
            : QStringLiteral("INSERT INTO setting (value, rev, origin, updated_at, updated_by, "
                             "key, id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    write.addBindValue(value);
    write.addBindValue(rev);
    write.addBindValue(m_db.nodeId());
    write.addBindValue(now);
    write.addBindValue(actor);
    write.addBindValue(key);
    if (!exists)
        write.addBindValue(newUuid());
    Database::exec(write);
    tx.commit();
}

bool SettingsRepository::remove(const QString &key, const QString &actor)
{
    WriteTransaction tx(m_db);
    QSqlQuery find
        = m_db.prepare(QStringLiteral("SELECT rev FROM setting WHERE key = ? AND deleted = 0"));
    find.addBindValue(key);
    Database::exec(find);
    if (!find.next()) {
        find.finish();
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 rev
        = std::max<qint64>(HybridClock::fromMillis(now), find.value(0).toLongLong() + 1);
    find.finish();
    QSqlQuery write = m_db.prepare(QStringLiteral(
        "UPDATE setting SET deleted = 1, rev = ?, origin = ?, updated_at = ?, updated_by = ? "
        "WHERE key = ?"));
    write.addBindValue(rev);
    write.addBindValue(m_db.nodeId());
    write.addBindValue(now);
    write.addBindValue(actor);
    write.addBindValue(key);
    Database::exec(write);
    tx.commit();
    return true;
}

DeadlinePolicy SettingsRepository::deadlinePolicy(QString *problem) const
{
    const std::optional<QString> stored = value(DeadlinePolicyKey);
    if (!stored)
        return DeadlinePolicy::defaults();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stored->toUtf8(), &parseError);
    QString error;
    std::optional<DeadlinePolicy> policy;
    if (doc.isNull())
        error = QStringLiteral("not JSON: %1").arg(parseError.errorString());
    else
        policy = DeadlinePolicy::fromJson(
            doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &error);
    if (policy)
        return *policy;
    if (problem)
        *problem = QStringLiteral("%1: %2").arg(DeadlinePolicyKey, error);
    return DeadlinePolicy::defaults();
}

void SettingsRepository::setDeadlinePolicy(const DeadlinePolicy &policy, const QString &actor)
{
    for (int i = 0; i < policy.rules().size(); ++i) {
        const QString problem = DeadlinePolicy::validate(policy.rules().at(i), i);
        if (!problem.isEmpty())
            throw StoreError(QStringLiteral("%1: %2").arg(DeadlinePolicyKey, problem));
    }
    setValue(DeadlinePolicyKey,
             QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)),
             actor);
}
