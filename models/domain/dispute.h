#pragma once

#include <QString>
#include <QStringList>

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
};
// Every category in display order.
const QList<DisputeCategory> &disputeCategories();
QString disputeCategoryLabel(const QString &key);

struct DisputeSource
{
    const char *key;
    const char *label;
};
const QList<DisputeSource> &disputeSources();
QString disputeSourceLabel(const QString &key);
