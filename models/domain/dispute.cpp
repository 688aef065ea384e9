#include "dispute.h"

#include <QCoreApplication>

namespace {

struct StatusName
{
    DisputeStatus status;
    const char *key;
    const char *label;
};

const StatusName kStatuses[] = {
    {DisputeStatus::Reported, "reported", QT_TRANSLATE_NOOP("Dispute", "Reported")},
    {DisputeStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Dispute", "Accepted")},
    {DisputeStatus::Routed, "routed", QT_TRANSLATE_NOOP("Dispute", "Routed")},
    {DisputeStatus::Mediating, "mediating", QT_TRANSLATE_NOOP("Dispute", "Mediating")},
    {DisputeStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("Dispute", "Resolved")},
    {DisputeStatus::Failed, "failed", QT_TRANSLATE_NOOP("Dispute", "Mediation failed")},
    {DisputeStatus::Referred, "referred", QT_TRANSLATE_NOOP("Dispute", "Referred")},
    {DisputeStatus::FollowedUp, "followed_up", QT_TRANSLATE_NOOP("Dispute", "Followed up")},
    {DisputeStatus::Closed, "closed", QT_TRANSLATE_NOOP("Dispute", "Closed")},
    {DisputeStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Dispute", "Withdrawn")},
};

QString tr(const char *source)
{
    return QCoreApplication::translate("Dispute", source);
}

} // namespace

QString disputeStatusKey(DisputeStatus status)
{
    return QString::fromLatin1(kStatuses[static_cast<int>(status)].key);
}

bool disputeStatusFromKey(const QString &key, DisputeStatus *status)
{
    for (const StatusName &s : kStatuses) {
        if (key == QLatin1String(s.key)) {
            *status = s.status;
            return true;
        }
    }
    return false;
}

QString disputeStatusLabel(DisputeStatus status)
{
    return tr(kStatuses[static_cast<int>(status)].label);
}

QString disputeStatusLabel(const QString &key)
{
    DisputeStatus s;
    return disputeStatusFromKey(key, &s) ? disputeStatusLabel(s) : key;
}

bool disputeStatusIsFinal(DisputeStatus status)
{
    return status == DisputeStatus::Closed || status == DisputeStatus::Withdrawn;
}

QString disputeLevelLabel(DisputeLevel level)
{
    switch (level) {
    case DisputeLevel::County: return tr(QT_TRANSLATE_NOOP("Dispute", "County level"));
    case DisputeLevel::Township: return tr(QT_TRANSLATE_NOOP("Dispute", "Township level"));
    case DisputeLevel::Village: return tr(QT_TRANSLATE_NOOP("Dispute", "Village level"));
    }
    return {};
}

const QList<DisputeCategory> &disputeCategories()
{
    static const QList<DisputeCategory> categories = {
        {"marriage_family", QT_TRANSLATE_NOOP("Dispute", "Marriage and family")},
        {"neighbour", QT_TRANSLATE_NOOP("Dispute", "Neighbours")},
        {"land", QT_TRANSLATE_NOOP("Dispute", "Land and boundaries")},
        {"homestead", QT_TRANSLATE_NOOP("Dispute", "Homestead")},
        {"labour_wage", QT_TRANSLATE_NOOP("Dispute", "Labour and unpaid wages")},
        {"property_mgmt", QT_TRANSLATE_NOOP("Dispute", "Property management")},
        {"consumer", QT_TRANSLATE_NOOP("Dispute", "Consumer")},
        {"traffic", QT_TRANSLATE_NOOP("Dispute", "Traffic accident")},
        {"medical", QT_TRANSLATE_NOOP("Dispute", "Medical")},
        {"debt", QT_TRANSLATE_NOOP("Dispute", "Debt")},
        {"contract", QT_TRANSLATE_NOOP("Dispute", "Contract")},
        {"requisition", QT_TRANSLATE_NOOP("Dispute", "Land requisition and demolition")},
        {"environment", QT_TRANSLATE_NOOP("Dispute", "Environmental nuisance")},
        {"other", QT_TRANSLATE_NOOP("Dispute", "Other")},
    };
    return categories;
}

QString disputeCategoryLabel(const QString &key)
{
    for (const DisputeCategory &c : disputeCategories()) {
        if (key == QLatin1String(c.key))
            return tr(c.label);
    }
    return key;
}

const QList<DisputeSource> &disputeSources()
{
    static const QList<DisputeSource> sources = {
        {"grid_screening", QT_TRANSLATE_NOOP("Dispute", "Grid worker screening")},
        {"walk_in", QT_TRANSLATE_NOOP("Dispute", "Walk-in")},
        {"hotline", QT_TRANSLATE_NOOP("Dispute", "12345 hotline")},
        {"police_transfer", QT_TRANSLATE_NOOP("Dispute", "Transferred by police (110)")},
        {"petition_transfer", QT_TRANSLATE_NOOP("Dispute", "Transferred by petition office")},
        {"court_transfer", QT_TRANSLATE_NOOP("Dispute", "Transferred by court")},
        {"online", QT_TRANSLATE_NOOP("Dispute", "Online")},
    };
    return sources;
}

QString disputeSourceLabel(const QString &key)
{
    for (const DisputeSource &s : disputeSources()) {
        if (key == QLatin1String(s.key))
            return tr(s.label);
    }
    return key;
}
