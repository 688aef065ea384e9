#pragma once

#include "dispute.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The dispute workflow of DESIGN §5 as one table: (state × action) → state, with the role that
// may take the action and the fields it requires. The store, the UI buttons and the demo
// generator all read this table instead of carrying their own rules.
enum class DisputeAction : int {
    Report,          // 登记: creates the dispute in Reported
    Accept,          // 受理
    Route,           // 分流 to a mediation body
    StartMediation,  // 开始调处
    Resolve,         // 调解成功
    Fail,            // 调解不成
    Refer,           // 转诉讼/仲裁/信访
    Escalate,        // 上交: one level up, back to routing
    FollowUp,        // 回访
    Close,           // 办结
    Withdraw,        // 撤回
    Reopen,          // 重新调处 (agreement not kept)
};

// Fields an action must fill in (a bit set).
enum class DisputeField : unsigned {
    None = 0,
    Basics = 1u << 0,         // title, category, grid, parties
    Deadline = 1u << 1,       // level and due_on
    MediationBody = 1u << 2,
    Mediator = 1u << 3,
    Outcome = 1u << 4,        // agreement or reason
    ReferralTarget = 1u << 5, // court, arbitration or petition office
    Satisfaction = 1u << 6,
    Reason = 1u << 7,
};

struct DisputeTransition
{
    DisputeAction action;
    std::optional<DisputeStatus> from;   // nullopt: the dispute does not exist yet (report)
    DisputeStatus to;
    const char *role;                    // who may do it: operator, supervisor, mediator, clerk
    unsigned requiredFields;             // DisputeField bits
    bool raisesLevel;                    // escalate: the handling level moves up one step
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
// Actions allowed in a state (what the UI offers).
QList<DisputeAction> allowedActions(std::optional<DisputeStatus> from);

// Keys as stored in dispute_event.action ("report", "start_mediation", …) and back.
QString actionKey(DisputeAction action);
bool actionFromKey(const QString &key, DisputeAction *action);
// Translated button text (受理, 分流, …).
QString actionLabel(DisputeAction action);

// True when a sequence of (action, to_status) events is a legal path from nothing.
struct Step
{
    DisputeAction action;
    DisputeStatus to;
};
bool isLegalPath(const QList<Step> &steps);

} // namespace DisputeWorkflow

// Deadlines counted in working days. For now Monday–Friday only; the holiday calendar (with
// make-up working weekends) will replace isWorkingDay() without changing callers.
namespace WorkingDays {

bool isWorkingDay(const QDate &day);
// The day `days` working days after `start` (start itself is not counted).
QDate add(const QDate &start, int days);
// Default deadline in working days: general 7, complex 15, major 30.
int defaultDeadlineDays(const QString &complexity);

} // namespace WorkingDays
