#pragma once

// Reads and writes the platform registry. Every write is one transaction, checks the actor's
// role (operators, supervisors and admins edit; leaders and clerks read) and the row's
// revision (a platform changed by someone else since it was read is refused, not overwritten).

#include "domain/platform.h"

#include <QList>
#include <QString>

#include <exception>
#include <optional>

class Database;

// A platform write that was refused. Nothing was written.
class PlatformRefused : public std::exception
{
public:
    enum class Kind { Invalid, Permission, NotFound, Conflict };

    PlatformRefused(Kind kind, const QString &message, QList<PlatformProblem> problems = {})
        : m_kind(kind)
        , m_message(message)
        , m_problems(std::move(problems))
        , m_utf8(message.toUtf8())
    {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    const QList<PlatformProblem> &problems() const { return m_problems; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QList<PlatformProblem> m_problems;
    QByteArray m_utf8;
};

class PlatformRepository
{
public:
    explicit PlatformRepository(Database &db) : m_db(db) {}

    // Live platforms by kind and code; retired ones too when asked.
    QList<Platform> all(bool withRetired = false) const;
    std::optional<Platform> byId(const QString &id) const;

    // Registers a platform; returns its id. Throws PlatformRefused (every bad field listed).
    QString add(const PlatformInput &input, const QString &actor);
    // Replaces what a person can edit; `rev` is the revision the editor read.
    void update(const QString &id, qint64 rev, const PlatformInput &input, const QString &actor);
    // Moves a platform (dragged on the map).
    void move(const QString &id, qint64 rev, double lon, double lat, const QString &actor);
    // Takes a platform out of service from `on`; it stays in the records of its shifts and
    // incidents but no longer counts for coverage or the map.
    void retire(const QString &id, qint64 rev, const QDate &on, const QString &actor);

private:
    void checkActor(const QString &actor) const;
    void checkStoreRules(const PlatformInput &input, const QString &id,
                         QList<PlatformProblem> *problems) const;
    Platform current(const QString &id, qint64 rev) const;
    void write(const QString &id, const PlatformInput &input, const QDate &retiredOn,
               qint64 previousRev, const QString &actor);

    Database &m_db;
};
