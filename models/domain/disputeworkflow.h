#pragma once

#include "dispute.h"
#include "userrole.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The dispute workflow of DESIGN §5 as one table: (state × action) → state, with the roles that
// may take the action and the fields it requires. The store, the detail panel's buttons, the CLI
// and the demo generator all read this table instead of carrying their own rules.
enum class DisputeAction : int {
    Report,          // 登记: creates the dispute in Reported
    Accept,          // 受理: sets the handling deadline
    Route,           // 分流 to a mediation body (and a mediator)
    StartMediation,  // 开始调处
    RecordSession,   // 调解记录: one mediation session, the state does not change
    Resolve,         // 调解成功 (agreement reached)
    Fail,            // 调解不成
    Refer,           // 转诉讼/仲裁/信访
    Escalate,        // 上交: one level up, back to routing, new deadline
    Extend,          // 延期: more working days, with a reason, by a supervisor
    FollowUp,        // 回访 with the party's satisfaction
    Close,           // 办结
    Withdraw,        // 撤回
    Reopen,          // 重新调处 (agreement not kept)
    Comment,         // 备注 / 领导批示: a note in the history, the state does not change
};

// Fields an action needs (a bit set).
enum class DisputeField : unsigned {
    None = 0,
    Basics = 1u << 0,         // title, category, source, grid
    MediationBody = 1u << 1,
    Mediator = 1u << 2,       // when none is given, the body's least busy mediator is assigned
    Note = 1u << 3,           // reason, agreement or session record (see noteLabel)
    ReferralTarget = 1u << 4, // litigation, arbitration or petition
    Satisfaction = 1u << 5,
    Days = 1u << 6,           // working days (extension)
};

struct DisputeTransition
{
    DisputeAction action;
    std::optional<DisputeStatus> from;   // nullopt: the dispute does not exist yet (report)
    DisputeStatus to;
    UserRoles roles;                     // who may take it (UserRole bits)
    unsigned requiredFields;             // DisputeField bits
};

// What an action carries besides its kind.
struct DisputeActionInput
{
    QString actor;          // login (or name) of who acts
    QString note;           // reason, agreement, session record or comment
    QString bodyId;         // mediation body (route)
    QString mediatorId;     // person id (route, start mediation)
    QString referral;       // litigation | arbitration | petition (refer)
    QString satisfaction;   // satisfied | basically_satisfied | dissatisfied (follow-up)
    int days = 0;           // working days (extend)
};

// The parts of a dispute the rules look at.
struct DisputeState
{
    DisputeStatus status = DisputeStatus::Reported;
    int level = 2;          // handling level: 0 county, 1 township, 2 village
    QString bodyId;
    QString mediatorId;
};

namespace DisputeWorkflow {

// Every transition, in a stable order (the order buttons appear in).
const QList<DisputeTransition> &transitions();

// The state an action leads to from `from`; nullopt when the action is not allowed there.
// `from` = nullopt means "no dispute yet" (only Report is allowed).
std::optional<DisputeStatus> apply(std::optional<DisputeStatus> from, DisputeAction action);
std::optional<DisputeStatus> apply(DisputeStatus from, DisputeAction action);
bool isAllowed(std::optional<DisputeStatus> from, DisputeAction action);
// The transition row, or nullptr when not allowed.
const DisputeTransition *find(std::optional<DisputeStatus> from, DisputeAction action);
// Actions allowed in a state (what the UI offers), optionally only those `role` may take.
QList<DisputeAction> allowedActions(std::optional<DisputeStatus> from,
                                    std::optional<UserRole> role = std::nullopt);

// Why `action` may not be taken now, in words for the person who tried; nullopt when it may.
// `role` is the actor's role, or nullopt while the store has no user accounts (then anybody may).
std::optional<QString> refusal(const DisputeState &state, DisputeAction action,
                               const DisputeActionInput &input, std::optional<UserRole> role);

// Keys as stored in dispute_event.action ("report", "start_mediation", …) and back.
QString actionKey(DisputeAction action);
bool actionFromKey(const QString &key, DisputeAction *action);
// The CLI's names: accept, route, mediate, session, resolve, fail, refer, escalate, extend,
// follow-up, close, withdraw, reopen, comment (event keys are accepted too).
QString actionCliName(DisputeAction action);
std::optional<DisputeAction> actionFromCliName(const QString &name);
// Translated button text (受理, 分流, …).
QString actionLabel(DisputeAction action);
// What the note means for this action (Reason, Agreement, Session record, Comment), translated.
QString noteLabel(DisputeAction action);

// True when a sequence of (action, to_status) events is a legal path from nothing.
struct Step
{
    DisputeAction action;
    DisputeStatus to;
};
bool isLegalPath(const QList<Step> &steps);

} // namespace DisputeWorkflow

// Working days on the built-in China calendar (WorkCalendar::china(), public holidays and
// make-up working days) and the default deadline policy: for the demo generator, which has no
// county settings. Live code takes the store's calendar and policy instead.
namespace WorkingDays {

bool isWorkingDay(const QDate &day);
// The day `days` working days after `start` (start itself is not counted).
QDate add(const QDate &start, int days);
// Default deadline in working days: general 7, complex 15, major 30.
int defaultDeadlineDays(const QString &complexity);

} // namespace WorkingDays
