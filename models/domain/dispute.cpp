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
    static const char *const kLevels[] = {
        QT_TRANSLATE_NOOP("Dispute", "County level"),
        QT_TRANSLATE_NOOP("Dispute", "Township level"),
        QT_TRANSLATE_NOOP("Dispute", "Village level"),
    };
    const int i = static_cast<int>(level);
    return i >= 0 && i < 3 ? tr(kLevels[i]) : QString();
}

const QList<DisputeCategory> &disputeCategories()
{
    static const QList<DisputeCategory> categories = {
        {"marriage_family", QT_TRANSLATE_NOOP("Dispute", "Marriage and family"), "婚姻家庭纠纷|婚姻家庭|家庭纠纷|婚姻纠纷"},
        {"neighbour", QT_TRANSLATE_NOOP("Dispute", "Neighbours"), "邻里纠纷|邻里"},
        {"land", QT_TRANSLATE_NOOP("Dispute", "Land and boundaries"), "土地权属纠纷|土地纠纷|土地权属|山林土地纠纷"},
        {"homestead", QT_TRANSLATE_NOOP("Dispute", "Homestead"), "宅基地纠纷|宅基地"},
        {"labour_wage", QT_TRANSLATE_NOOP("Dispute", "Labour and unpaid wages"), "劳动争议与欠薪|劳动争议|劳资纠纷|欠薪纠纷|拖欠工资"},
        {"property_mgmt", QT_TRANSLATE_NOOP("Dispute", "Property management"), "物业管理纠纷|物业纠纷|物业管理"},
        {"consumer", QT_TRANSLATE_NOOP("Dispute", "Consumer"), "消费维权纠纷|消费纠纷|消费维权"},
        {"traffic", QT_TRANSLATE_NOOP("Dispute", "Traffic accident"), "交通事故纠纷|交通事故|道路交通事故纠纷"},
        {"medical", QT_TRANSLATE_NOOP("Dispute", "Medical"), "医疗纠纷|医患纠纷"},
        {"debt", QT_TRANSLATE_NOOP("Dispute", "Debt"), "债权债务纠纷|债务纠纷|债权债务|借贷纠纷"},
        {"contract", QT_TRANSLATE_NOOP("Dispute", "Contract"), "合同纠纷"},
        {"requisition", QT_TRANSLATE_NOOP("Dispute", "Land requisition and demolition"), "征地拆迁纠纷|征地拆迁|拆迁纠纷"},
        {"environment", QT_TRANSLATE_NOOP("Dispute", "Environmental nuisance"), "环境污染纠纷|环境污染|环境纠纷"},
        {"other", QT_TRANSLATE_NOOP("Dispute", "Other"), "其他纠纷|其他"},
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
        {"grid_screening", QT_TRANSLATE_NOOP("Dispute", "Grid worker screening"), "网格员排查|网格排查|网格员上报"},
        {"walk_in", QT_TRANSLATE_NOOP("Dispute", "Walk-in"), "群众来访|来访|当事人来访"},
        {"hotline", QT_TRANSLATE_NOOP("Dispute", "12345 hotline"), "12345热线|12345|热线"},
        {"police_transfer", QT_TRANSLATE_NOOP("Dispute", "Transferred by police (110)"), "110警情移交|公安移交|110移交|公安转办"},
        {"petition_transfer", QT_TRANSLATE_NOOP("Dispute", "Transferred by petition office"), "信访部门转办|信访转办|信访移交"},
        {"court_transfer", QT_TRANSLATE_NOOP("Dispute", "Transferred by court"), "法院委派|法院转办|诉前委派"},
        {"online", QT_TRANSLATE_NOOP("Dispute", "Online"), "网上受理|网上|网上申请"},
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

namespace {

// Matches a key, a Chinese name (also without a trailing 纠纷) or the translated label.
template<typename Entry>
std::optional<QString> keyFromText(const QList<Entry> &entries, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QString bare = t.endsWith(QStringLiteral("纠纷")) ? t.chopped(2) : t;
    for (const Entry &e : entries) {
        if (t == QLatin1String(e.key) || t == tr(e.label)
            || t.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(e.key);
        const QStringList names = QString::fromUtf8(e.names).split(QLatin1Char('|'));
        for (const QString &n : names) {
            const QString nbare = n.endsWith(QStringLiteral("纠纷")) ? n.chopped(2) : n;
            if (t == n || bare == nbare)
                return QString::fromLatin1(e.key);
        }
    }
    return std::nullopt;
}

struct KeyLabel
{
    const char *key;
    const char *label;
};

const KeyLabel kReferrals[] = {
    {"litigation", QT_TRANSLATE_NOOP("Dispute", "Litigation")},
    {"arbitration", QT_TRANSLATE_NOOP("Dispute", "Arbitration")},
    {"petition", QT_TRANSLATE_NOOP("Dispute", "Petition")},
};
const KeyLabel kSatisfactions[] = {
    {"satisfied", QT_TRANSLATE_NOOP("Dispute", "Satisfied")},
    {"basically_satisfied", QT_TRANSLATE_NOOP("Dispute", "Basically satisfied")},
    {"dissatisfied", QT_TRANSLATE_NOOP("Dispute", "Dissatisfied")},
};
const KeyLabel kComplexities[] = {
    {"general", QT_TRANSLATE_NOOP("Dispute", "General")},
    {"complex", QT_TRANSLATE_NOOP("Dispute", "Complex")},
    {"major", QT_TRANSLATE_NOOP("Dispute", "Major or difficult")},
};

template<size_t N>
QStringList keysOf(const KeyLabel (&table)[N])
{
    QStringList out;
    for (const KeyLabel &k : table)
        out << QString::fromLatin1(k.key);
    return out;
}

template<size_t N>
QString labelOf(const KeyLabel (&table)[N], const QString &key)
{
    for (const KeyLabel &k : table) {
        if (key == QLatin1String(k.key))
            return tr(k.label);
    }
    return key;
}

} // namespace

std::optional<QString> disputeCategoryFromText(const QString &text)
{
    return keyFromText(disputeCategories(), text);
}

std::optional<QString> disputeSourceFromText(const QString &text)
{
    return keyFromText(disputeSources(), text);
}

namespace {

template<typename Entry>
QString chineseName(const QList<Entry> &entries, const QString &key)
{
    for (const Entry &e : entries) {
        if (key == QLatin1String(e.key))
            return QString::fromUtf8(e.names).section(QLatin1Char('|'), 0, 0);
    }
    return key;
}

} // namespace

QString disputeSourceChineseName(const QString &key)
{
    return chineseName(disputeSources(), key);
}

QString disputeCategoryChineseName(const QString &key)
{
    return chineseName(disputeCategories(), key);
}

bool disputeDeadlineRuns(DisputeStatus status)
{
    return status == DisputeStatus::Accepted || status == DisputeStatus::Routed
           || status == DisputeStatus::Mediating;
}

bool disputeDeadlineRuns(const QString &statusKey)
{
    DisputeStatus s;
    return disputeStatusFromKey(statusKey, &s) && disputeDeadlineRuns(s);
}

const QStringList &disputeReferralKeys()
{
    static const QStringList keys = keysOf(kReferrals);
    return keys;
}

QString disputeReferralLabel(const QString &key)
{
    return labelOf(kReferrals, key);
}

const QStringList &disputeSatisfactionKeys()
{
    static const QStringList keys = keysOf(kSatisfactions);
    return keys;
}

QString disputeSatisfactionLabel(const QString &key)
{
    return labelOf(kSatisfactions, key);
}

const QStringList &disputeComplexityKeys()
{
    static const QStringList keys = keysOf(kComplexities);
    return keys;
}

QString disputeComplexityLabel(const QString &key)
{
    return labelOf(kComplexities, key);
}
