#include "disputeworkflow.h"

#include <QCoreApplication>

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
    const char *key;
    const char *label;
};

const ActionName kActions[] = {
    {A::Report, "report", QT_TRANSLATE_NOOP("DisputeWorkflow", "Report")},
    {A::Accept, "accept", QT_TRANSLATE_NOOP("DisputeWorkflow", "Accept")},
    {A::Route, "route", QT_TRANSLATE_NOOP("DisputeWorkflow", "Route")},
    {A::StartMediation, "start_mediation", QT_TRANSLATE_NOOP("DisputeWorkflow", "Start mediation")},
    {A::Resolve, "resolve", QT_TRANSLATE_NOOP("DisputeWorkflow", "Resolved")},
    {A::Fail, "fail", QT_TRANSLATE_NOOP("DisputeWorkflow", "Mediation failed")},
    {A::Refer, "refer", QT_TRANSLATE_NOOP("DisputeWorkflow", "Refer")},
    {A::Escalate, "escalate", QT_TRANSLATE_NOOP("DisputeWorkflow", "Escalate")},
    {A::FollowUp, "follow_up", QT_TRANSLATE_NOOP("DisputeWorkflow", "Follow up")},
    {A::Close, "close", QT_TRANSLATE_NOOP("DisputeWorkflow", "Close")},
    {A::Withdraw, "withdraw", QT_TRANSLATE_NOOP("DisputeWorkflow", "Withdraw")},
    {A::Reopen, "reopen", QT_TRANSLATE_NOOP("DisputeWorkflow", "Reopen")},
};

constexpr unsigned kBasics = bits(DisputeField::Basics);
constexpr unsigned kDeadline = bits(DisputeField::Deadline);
constexpr unsigned kBody = bits(DisputeField::MediationBody);
constexpr unsigned kMediator = bits(DisputeField::Mediator);
constexpr unsigned kOutcome = bits(DisputeField::Outcome);
constexpr unsigned kReferral = bits(DisputeField::ReferralTarget);
constexpr unsigned kSatisfaction = bits(DisputeField::Satisfaction);
constexpr unsigned kReason = bits(DisputeField::Reason);

} // namespace

namespace DisputeWorkflow {

const QList<DisputeTransition> &transitions()
{
    // action, from, to, role, required fields, raises level
    static const QList<DisputeTransition> table = {
        {A::Report, std::nullopt, S::Reported, "operator", kBasics, false},
        {A::Accept, S::Reported, S::Accepted, "operator", kDeadline, false},
        {A::Route, S::Accepted, S::Routed, "operator", kBody, false},
        {A::StartMediation, S::Routed, S::Mediating, "mediator", kMediator, false},
        {A::Resolve, S::Mediating, S::Resolved, "mediator", kOutcome, false},
        {A::Fail, S::Mediating, S::Failed, "mediator", kOutcome, false},
        {A::Refer, S::Failed, S::Referred, "operator", kReferral, false},
        {A::Escalate, S::Accepted, S::Accepted, "supervisor", kReason | kDeadline, true},
        {A::Escalate, S::Routed, S::Accepted, "supervisor", kReason | kDeadline, true},
        {A::Escalate, S::Mediating, S::Accepted, "supervisor", kReason | kDeadline, true},
        {A::Escalate, S::Failed, S::Accepted, "supervisor", kReason | kDeadline, true},
        {A::FollowUp, S::Resolved, S::FollowedUp, "operator", kSatisfaction, false},
        {A::FollowUp, S::Failed, S::FollowedUp, "operator", kSatisfaction, false},
        {A::FollowUp, S::Referred, S::FollowedUp, "operator", kSatisfaction, false},
        {A::Close, S::Resolved, S::Closed, "supervisor", 0, false},
        {A::Close, S::Failed, S::Closed, "supervisor", 0, false},
        {A::Close, S::Referred, S::Closed, "supervisor", 0, false},
        {A::Close, S::FollowedUp, S::Closed, "supervisor", 0, false},
        {A::Withdraw, S::Reported, S::Withdrawn, "operator", kReason, false},
        {A::Withdraw, S::Accepted, S::Withdrawn, "operator", kReason, false},
        {A::Withdraw, S::Routed, S::Withdrawn, "operator", kReason, false},
        {A::Withdraw, S::Mediating, S::Withdrawn, "operator", kReason, false},
        {A::Reopen, S::Resolved, S::Mediating, "supervisor", kReason, false},
        {A::Reopen, S::FollowedUp, S::Mediating, "supervisor", kReason, false},
        {A::Reopen, S::Closed, S::Mediating, "supervisor", kReason, false},
    };
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

QList<DisputeAction> allowedActions(std::optional<DisputeStatus> from)
{
    QList<DisputeAction> out;
    for (const DisputeTransition &t : transitions()) {
        if (t.from == from && !out.contains(t.action))
            out << t.action;
    }
    return out;
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

QString actionLabel(DisputeAction action)
{
    return QCoreApplication::translate("DisputeWorkflow", kActions[static_cast<int>(action)].label);
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
    return day.dayOfWeek() <= 5;
}

QDate add(const QDate &start, int days)
{
    QDate d = start;
    while (days > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --days;
    }
    return d;
}

int defaultDeadlineDays(const QString &complexity)
{
    if (complexity == QLatin1String("major"))
        return 30;
    if (complexity == QLatin1String("complex"))
        return 15;
    return 7;
}

} // namespace WorkingDays
