#include "disputeworkflow.h"

#include "deadlinepolicy.h"
#include "workcalendar.h"

#include <QCoreApplication>

#include <iterator>

namespace {

using S = DisputeStatus;
using A = DisputeAction;

constexpr unsigned bits(DisputeField f)
{
    return static_cast<unsigned>(f);
}

struct ActionName
{
    DisputeAction action;
    const char *key;      // dispute_event.action
    const char *cli;      // pingan-cli dispute act NAME
    const char *label;
};

const ActionName kActions[] = {
    {A::Report, "report", "report", QT_TRANSLATE_NOOP("DisputeWorkflow", "Report")},
    {A::Accept, "accept", "accept", QT_TRANSLATE_NOOP("DisputeWorkflow", "Accept")},
    {A::Route, "route", "route", QT_TRANSLATE_NOOP("DisputeWorkflow", "Route")},
    {A::StartMediation, "start_mediation", "mediate", QT_TRANSLATE_NOOP("DisputeWorkflow", "Start mediation")},
    {A::RecordSession, "session", "session", QT_TRANSLATE_NOOP("DisputeWorkflow", "Record a session")},
    {A::Resolve, "resolve", "resolve", QT_TRANSLATE_NOOP("DisputeWorkflow", "Resolved")},
    {A::Fail, "fail", "fail", QT_TRANSLATE_NOOP("DisputeWorkflow", "Mediation failed")},
    {A::Refer, "refer", "refer", QT_TRANSLATE_NOOP("DisputeWorkflow", "Refer")},
    {A::Escalate, "escalate", "escalate", QT_TRANSLATE_NOOP("DisputeWorkflow", "Escalate")},
    {A::Extend, "extend", "extend", QT_TRANSLATE_NOOP("DisputeWorkflow", "Extend deadline")},
    {A::FollowUp, "follow_up", "follow-up", QT_TRANSLATE_NOOP("DisputeWorkflow", "Follow up")},
    {A::Close, "close", "close", QT_TRANSLATE_NOOP("DisputeWorkflow", "Close")},
    {A::Withdraw, "withdraw", "withdraw", QT_TRANSLATE_NOOP("DisputeWorkflow", "Withdraw")},
    {A::Reopen, "reopen", "reopen", QT_TRANSLATE_NOOP("DisputeWorkflow", "Reopen")},
    {A::Comment, "comment", "comment", QT_TRANSLATE_NOOP("DisputeWorkflow", "Comment")},
};
static_assert(std::size(kActions) == size_t(A::Comment) + 1, "one name per action, in order");

constexpr unsigned kBasics = bits(DisputeField::Basics);
constexpr unsigned kBody = bits(DisputeField::MediationBody);
constexpr unsigned kMediator = bits(DisputeField::Mediator);
constexpr unsigned kNote = bits(DisputeField::Note);
constexpr unsigned kReferral = bits(DisputeField::ReferralTarget);
constexpr unsigned kSatisfaction = bits(DisputeField::Satisfaction);
constexpr unsigned kDays = bits(DisputeField::Days);

// Who handles cases: the county operator, the supervisor and the township clerk (the clerk's
// region scope is checked where users are, not here).
constexpr UserRoles kHandlers = UserRole::Operator | UserRole::Supervisor | UserRole::Clerk;
constexpr UserRoles kSupervisor = roles(UserRole::Supervisor);
constexpr UserRoles kEscalators = UserRole::Supervisor | UserRole::Clerk;
// A leader may write instructions (领导批示) into the history.
constexpr UserRoles kCommenters = kHandlers | UserRole::Leader;

QString tr(const char *text)
{
    return QCoreApplication::translate("DisputeWorkflow", text);
}

bool hasField(const DisputeTransition &t, DisputeField f)
{
    return (t.requiredFields & bits(f)) != 0;
}

} // namespace

namespace DisputeWorkflow {

const QList<DisputeTransition> &transitions()
{
    // action, from, to, roles, required fields
    static const QList<DisputeTransition> table = [] {
        QList<DisputeTransition> t = {
            {A::Report, std::nullopt, S::Reported, kHandlers, kBasics},
            {A::Accept, S::Reported, S::Accepted, kHandlers, 0},
            {A::Route, S::Accepted, S::Routed, kHandlers, kBody},
            {A::StartMediation, S::Routed, S::Mediating, kHandlers, kMediator},
            {A::RecordSession, S::Mediating, S::Mediating, kHandlers, kNote},
            {A::Resolve, S::Mediating, S::Resolved, kHandlers, kNote},
            {A::Fail, S::Mediating, S::Failed, kHandlers, kNote},
            {A::Refer, S::Failed, S::Referred, kHandlers, kReferral},
        };
        for (S from : {S::Accepted, S::Routed, S::Mediating, S::Failed})
            t << DisputeTransition{A::Escalate, from, S::Accepted, kEscalators, kNote};
        for (S from : {S::Accepted, S::Routed, S::Mediating})
            t << DisputeTransition{A::Extend, from, from, kSupervisor, kNote | kDays};
        for (S from : {S::Resolved, S::Failed, S::Referred})
            t << DisputeTransition{A::FollowUp, from, S::FollowedUp, kHandlers, kSatisfaction};
        t << DisputeTransition{A::Close, S::FollowedUp, S::Closed, kHandlers, 0};
        // Closing without a follow-up visit is the supervisor's call, with a reason.
        for (S from : {S::Resolved, S::Failed, S::Referred})
            t << DisputeTransition{A::Close, from, S::Closed, kSupervisor, kNote};
        for (S from : {S::Reported, S::Accepted, S::Routed, S::Mediating})
            t << DisputeTransition{A::Withdraw, from, S::Withdrawn, kHandlers, kNote};
        for (S from : {S::Resolved, S::FollowedUp, S::Closed})
            t << DisputeTransition{A::Reopen, from, S::Mediating, kSupervisor, kNote};
        for (int s = 0; s <= int(S::Withdrawn); ++s)
            t << DisputeTransition{A::Comment, S(s), S(s), kCommenters, kNote};
        return t;
    }();
    return table;
}

const DisputeTransition *find(std::optional<DisputeStatus> from, DisputeAction action)
{
    for (const DisputeTransition &t : transitions()) {
        if (t.action == action && t.from == from)
            return &t;
    }
    return nullptr;
}

std::optional<DisputeStatus> apply(std::optional<DisputeStatus> from, DisputeAction action)
{
    const DisputeTransition *t = find(from, action);
    if (!t)
        return std::nullopt;
    return t->to;
}

std::optional<DisputeStatus> apply(DisputeStatus from, DisputeAction action)
{
    return apply(std::optional<DisputeStatus>(from), action);
}

bool isAllowed(std::optional<DisputeStatus> from, DisputeAction action)
{
    return find(from, action) != nullptr;
}

QList<DisputeAction> allowedActions(std::optional<DisputeStatus> from, std::optional<UserRole> role)
{
    QList<DisputeAction> out;
    for (const DisputeTransition &t : transitions()) {
        if (t.from == from && !out.contains(t.action) && (!role || (t.roles & roles(*role))))
            out << t.action;
    }
    return out;
}

std::optional<QString> refusal(const DisputeState &state, DisputeAction action,
                               const DisputeActionInput &input, std::optional<UserRole> role)
{
    const DisputeTransition *t = find(state.status, action);
    if (!t) {
        QStringList allowed;
        for (DisputeAction a : allowedActions(state.status))
            allowed << actionLabel(a);
        return tr("%1 is not possible while the dispute is %2; possible now: %3")
            .arg(actionLabel(action), disputeStatusLabel(state.status),
                 allowed.join(QStringLiteral("、")));
    }
    if (role && !(t->roles & roles(*role))) {
        return tr("%1 needs the role %2; %3 is %4")
            .arg(actionLabel(action), userRolesText(t->roles, true), input.actor,
                 userRoleLabel(*role));
    }
    if (hasField(*t, DisputeField::Note) && input.note.trimmed().isEmpty())
        return tr("%1 needs a note: %2").arg(actionLabel(action), noteLabel(action));
    if (hasField(*t, DisputeField::MediationBody) && input.bodyId.isEmpty())
        return tr("%1 needs a mediation body").arg(actionLabel(action));
    if (hasField(*t, DisputeField::ReferralTarget) && !disputeReferralKeys().contains(input.referral)) {
        return tr("%1 needs where the case goes: one of %2")
            .arg(actionLabel(action), disputeReferralKeys().join(QStringLiteral(", ")));
    }
    if (hasField(*t, DisputeField::Satisfaction)
        && !disputeSatisfactionKeys().contains(input.satisfaction)) {
        return tr("%1 needs the party's satisfaction: one of %2")
            .arg(actionLabel(action), disputeSatisfactionKeys().join(QStringLiteral(", ")));
    }
    if (hasField(*t, DisputeField::Days) && (input.days < 1 || input.days > 90))
        return tr("%1 needs a number of working days from 1 to 90").arg(actionLabel(action));
    if (action == A::Escalate && state.level <= int(DisputeLevel::County))
        return tr("The dispute is already handled at county level and cannot be escalated further");
    return std::nullopt;
}

QString actionKey(DisputeAction action)
{
    return QString::fromLatin1(kActions[static_cast<int>(action)].key);
}

bool actionFromKey(const QString &key, DisputeAction *action)
{
    for (const ActionName &a : kActions) {
        if (key == QLatin1String(a.key)) {
            *action = a.action;
            return true;
        }
    }
    return false;
}

QString actionCliName(DisputeAction action)
{
    return QString::fromLatin1(kActions[static_cast<int>(action)].cli);
}

std::optional<DisputeAction> actionFromCliName(const QString &name)
{
    for (const ActionName &a : kActions) {
        if (name == QLatin1String(a.cli) || name == QLatin1String(a.key))
            return a.action;
    }
    return std::nullopt;
}

QString actionLabel(DisputeAction action)
{
    return tr(kActions[static_cast<int>(action)].label);
}

QString noteLabel(DisputeAction action)
{
    switch (action) {
    case A::Resolve: return tr("the agreement reached");
    case A::RecordSession: return tr("what happened in the session");
    case A::Comment: return tr("the comment");
    default: return tr("the reason");
    }
}

bool isLegalPath(const QList<Step> &steps)
{
    std::optional<DisputeStatus> state;
    for (const Step &s : steps) {
        const std::optional<DisputeStatus> next = apply(state, s.action);
        if (!next || *next != s.to)
            return false;
        state = next;
    }
    return !steps.isEmpty();
}

} // namespace DisputeWorkflow

namespace WorkingDays {

bool isWorkingDay(const QDate &day)
{
    return WorkCalendar::china().isWorkingDay(day);
}

QDate add(const QDate &start, int days)
{
    return WorkCalendar::china().addWorkingDays(start, days);
}

int defaultDeadlineDays(const QString &complexity)
{
    return DeadlinePolicy::defaults().workingDays(QStringLiteral("other"), complexity,
                                                  int(DisputeLevel::Village));
}

} // namespace WorkingDays
