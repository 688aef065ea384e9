#pragma once

#include "domain/disputeintake.h"
#include "domain/disputeworkflow.h"
#include "domain/permissions.h"

#include <QDate>
#include <QList>
#include <QString>

#include <exception>
#include <functional>
#include <optional>

class Database;

// An action or an intake that was refused. Nothing was written.
class DisputeRefused : public std::exception
{
public:
    enum class Kind {
        Invalid,     // bad or missing input (a field, a state the action does not apply to)
        Permission,  // the actor's role may not take the action, or the actor is unknown
        NotFound,    // no such dispute (or mediation body, or mediator)
        Conflict,    // the dispute changed since the caller read it
    };

    DisputeRefused(Kind kind, const QString &message, QList<IntakeProblem> problems = {})
        : m_kind(kind)
        , m_message(message)
        , m_problems(std::move(problems))
        , m_utf8(message.toUtf8())
    { }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // For an intake: every field that is wrong, not just the first.
    const QList<IntakeProblem> &problems() const { return m_problems; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QList<IntakeProblem> m_problems;
    QByteArray m_utf8;
};

// A dispute registered within the last 30 days that may be the same case.
struct DuplicateCandidate
{
    QString id;
    QString caseNo;
    QString title;
    QString status;
    qint64 reportedAt = 0;
    QString reason;   // "similar title in the same grid (0.82)", "same party: 张三 (ID number)"
};

// Writes disputes: registration and every workflow action, each in one transaction that also
// appends the dispute_event. Rules come from DisputeWorkflow's table; deadlines from the
// deadline policy and the work calendar in the store's settings. A refused write throws
// DisputeRefused and changes nothing.
class DisputeCommands
{
public:
    explicit DisputeCommands(Database &db)
        : m_db(db)
    { }

    struct Reported
    {
        QString id;
        QString caseNo;
    };
    // Everything wrong with an intake: the domain's checks and whether its grid exists.
    QList<IntakeProblem> problems(const DisputeIntake &intake) const;
    // Registers a dispute (status reported) with its parties. `now` is the registration time.
    Reported report(const DisputeIntake &intake, const QString &actor, qint64 now);

    struct Applied
    {
        DisputeStatus from = DisputeStatus::Reported;
        DisputeStatus to = DisputeStatus::Reported;
        QString eventId;
        QDate dueOn;        // the deadline after the action (invalid when none)
        int level = 2;      // the handling level after the action
        QString note;       // what the history says
        qint64 rev = 0;     // the dispute's new revision
    };
    // Takes a workflow action at time `at` (UTC ms; not before the dispute's last event).
    // `expectedRev`: the revision the caller showed; a different one means someone else changed
    // the dispute meanwhile and the action is refused (Conflict).
    Applied act(const QString &disputeId, DisputeAction action, const DisputeActionInput &input,
                qint64 at, std::optional<qint64> expectedRev = std::nullopt);

    // Disputes reported in the 30 days before `now` in the same grid with a similar title, or
    // with a party of the same ID number or phone (anywhere), newest first, at most `limit`.
    QList<DuplicateCandidate> possibleDuplicates(const DisputeIntake &intake, qint64 now,
                                                 int limit = 10) const;

    // The actor's role, nullopt while the store has no user accounts (then anybody may act).
    // Throws DisputeRefused(Permission) for a login that is unknown or disabled.
    std::optional<UserRole> roleOf(const QString &actor) const;

private:
    QString nextCaseNo(qint64 now);
    // Refuses (Permission) an actor whose role does not hold `p` by the permission matrix, or
    // whose township does not hold the grid `gridOf` gives (asked only when there are
    // accounts). Returns the actor's role as roleOf does.
    std::optional<UserRole> checkAccess(const QString &actor, Permission p,
                                        const std::function<QString()> &gridOf) const;

    Database &m_db;
};
