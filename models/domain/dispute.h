#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Dispute (矛盾纠纷) vocabulary shared by the store, the workflow, the demo and the views.
// Keys are what the database stores; labels are English source strings for tr().

enum class DisputeStatus : int {
    Reported, Accepted, Routed, Mediating, Resolved, Failed, Referred, FollowedUp, Closed,
    Withdrawn
};

QString disputeStatusKey(DisputeStatus status);               // "reported", …
bool disputeStatusFromKey(const QString &key, DisputeStatus *status);
QString disputeStatusLabel(DisputeStatus status);             // translated: 已登记, …
QString disputeStatusLabel(const QString &key);
// True when the case is finished (closed or withdrawn) and no deadline applies.
bool disputeStatusIsFinal(DisputeStatus status);

// Handling level of a dispute: village, township or county (小事不出村、大事不出镇).
enum class DisputeLevel : int { County = 0, Township = 1, Village = 2 };
QString disputeLevelLabel(DisputeLevel level);

struct DisputeCategory
{
    const char *key;
    const char *label;   // English source string (context "Dispute")
    const char *names;   // Chinese names an office writes, '|'-separated, UTF-8 (first = usual)
};
// Every category in display order.
const QList<DisputeCategory> &disputeCategories();
QString disputeCategoryLabel(const QString &key);

struct DisputeSource
{
    const char *key;
    const char *label;
    const char *names;   // as for DisputeCategory
};
const QList<DisputeSource> &disputeSources();
QString disputeSourceLabel(const QString &key);

// The key of a category or source given by its key, its Chinese name (邻里纠纷, 网格员排查 …,
// with or without the trailing 纠纷) or its label in the current language; nullopt if unknown.
std::optional<QString> disputeCategoryFromText(const QString &text);
std::optional<QString> disputeSourceFromText(const QString &text);
// The usual Chinese name, whatever the UI language: for text stored in the history.
QString disputeSourceChineseName(const QString &key);
QString disputeCategoryChineseName(const QString &key);

// Deadlines run while the case is being handled: accepted, routed or mediating.
bool disputeDeadlineRuns(DisputeStatus status);
bool disputeDeadlineRuns(const QString &statusKey);
// A running deadline within this many working days from today is "due soon" (amber).
inline constexpr int kDisputeDueSoonWorkingDays = 3;

// Where a failed mediation is referred (转诉讼/仲裁/信访), and how the party rated the follow-up.
const QStringList &disputeReferralKeys();      // litigation, arbitration, petition
QString disputeReferralLabel(const QString &key);
const QStringList &disputeSatisfactionKeys();  // satisfied, basically_satisfied, dissatisfied
QString disputeSatisfactionLabel(const QString &key);
const QStringList &disputeComplexityKeys();    // general, complex, major
QString disputeComplexityLabel(const QString &key);
