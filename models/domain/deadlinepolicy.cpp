#include "deadlinepolicy.h"

#include "dispute.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace {

const QString kAny = QStringLiteral("*");

bool isKnownCategory(const QString &key)
{
    for (const DisputeCategory &c : disputeCategories()) {
        if (key == QLatin1String(c.key))
            return true;
    }
    return false;
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return QStringLiteral("'%1'").arg(v.toString());
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

// A JSON number that is a whole number in [min, max].
std::optional<int> wholeNumber(const QJsonValue &v, int min, int max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < min || d > max)
        return std::nullopt;
    return int(d);
}

} // namespace

int DeadlinePolicy::Rule::specificity() const
{
    return (category != kAny ? 1 : 0) + (complexity != kAny ? 1 : 0) + (level != AnyLevel ? 1 : 0);
}

bool DeadlinePolicy::Rule::matches(const QString &cat, const QString &cx, int lvl) const
{
    return (category == kAny || category == cat) && (complexity == kAny || complexity == cx)
           && (level == AnyLevel || level == lvl);
}

DeadlinePolicy::DeadlinePolicy()
{
    for (const QString &c : complexities()) {
        Rule r;
        r.complexity = c;
        r.workingDays = defaultWorkingDays(c);
        m_rules.append(r);
    }
}

const QStringList &DeadlinePolicy::complexities()
{
    static const QStringList keys
        = {QStringLiteral("general"), QStringLiteral("complex"), QStringLiteral("major")};
    return keys;
}

QString DeadlinePolicy::complexityLabel(const QString &key)
{
    if (key == QLatin1String("general"))
        return QCoreApplication::translate("DeadlinePolicy", "General");
    if (key == QLatin1String("complex"))
        return QCoreApplication::translate("DeadlinePolicy", "Complex");
    if (key == QLatin1String("major"))
        return QCoreApplication::translate("DeadlinePolicy", "Major or difficult");
    if (key == kAny)
        return QCoreApplication::translate("DeadlinePolicy", "Any complexity");
    return key;
}

int DeadlinePolicy::defaultWorkingDays(const QString &complexity)
{
    if (complexity == QLatin1String("complex"))
        return 15;
    if (complexity == QLatin1String("major"))
        return 30;
    return 7;
}

int DeadlinePolicy::decidingRule(const QString &category, const QString &complexity,
                                 int level) const
{
    int best = -1;
    int bestSpecificity = -1;
    for (int i = 0; i < m_rules.size(); ++i) {
        const Rule &r = m_rules.at(i);
        // >= : of equally specific rules the later wins.
        if (r.matches(category, complexity, level) && r.specificity() >= bestSpecificity) {
            best = i;
            bestSpecificity = r.specificity();
        }
    }
    return best;
}

int DeadlinePolicy::workingDays(const QString &category, const QString &complexity, int level) const
{
    const int i = decidingRule(category, complexity, level);
    return i >= 0 ? m_rules.at(i).workingDays : defaultWorkingDays(complexity);
}

QJsonArray DeadlinePolicy::toJson() const
{
    QJsonArray out;
    for (const Rule &r : m_rules) {
        out.append(QJsonObject{{QStringLiteral("category"), r.category},
                               {QStringLiteral("complexity"), r.complexity},
                               {QStringLiteral("level"), r.level},
                               {QStringLiteral("working_days"), r.workingDays}});
    }
    return out;
}

QString DeadlinePolicy::validate(const Rule &rule, int index)
{
    const QString where = QStringLiteral("rules[%1].").arg(index);
    if (rule.category != kAny && !isKnownCategory(rule.category)) {
        return where
               + QStringLiteral("category: must be \"*\" or a dispute category key, not '%1'")
                     .arg(rule.category);
    }
    if (rule.complexity != kAny && !complexities().contains(rule.complexity)) {
        return where
               + QStringLiteral("complexity: must be \"*\", general, complex or major, "
                                "not '%1'")
                     .arg(rule.complexity);
    }
    if (rule.level < AnyLevel || rule.level > 2) {
        return where
               + QStringLiteral("level: must be -1 (any), 0 (county), 1 (township) or "
                                "2 (village), not %1")
                     .arg(rule.level);
    }
    if (rule.workingDays < MinDays || rule.workingDays > MaxDays) {
        return where
               + QStringLiteral("working_days: must be a whole number from %1 to %2, not %3")
                     .arg(MinDays)
                     .arg(MaxDays)
                     .arg(rule.workingDays);
    }
    return {};
}

std::optional<DeadlinePolicy> DeadlinePolicy::fromJson(const QJsonValue &json, QString *error)
{
    const auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!json.isArray())
        return failed(
            QStringLiteral("rules: must be an array of rules, not %1").arg(describe(json)));
    const QJsonArray array = json.toArray();
    QList<Rule> rules;
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("rules[%1]").arg(i);
        if (!array.at(i).isObject())
            return failed(
                where + QStringLiteral(": must be an object, not %1").arg(describe(array.at(i))));
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QStringList known
                = {QStringLiteral("category"), QStringLiteral("complexity"),
                   QStringLiteral("level"), QStringLiteral("working_days")};
            if (!known.contains(it.key()))
                return failed(where + QStringLiteral(".%1: unknown field").arg(it.key()));
        }
        Rule r;
        for (const char *field : {"category", "complexity"}) {
            const QJsonValue v = o.value(QLatin1String(field));
            if (v.isUndefined())
                continue;
            if (!v.isString() || v.toString().isEmpty()) {
                return failed(where
                              + QStringLiteral(".%1: must be a key or \"*\", not %2")
                                    .arg(QLatin1String(field), describe(v)));
            }
            (qstrcmp(field, "category") == 0 ? r.category : r.complexity) = v.toString();
        }
        const QJsonValue level = o.value(QLatin1String("level"));
        if (!level.isUndefined()) {
            const std::optional<int> l = wholeNumber(level, AnyLevel, 2);
            if (!l) {
                return failed(where
                              + QStringLiteral(".level: must be -1 (any), 0 (county), "
                                               "1 (township) or 2 (village), not %1")
                                    .arg(describe(level)));
            }
            r.level = *l;
        }
        const QJsonValue days = o.value(QLatin1String("working_days"));
        if (days.isUndefined())
            return failed(where + QStringLiteral(".working_days: missing"));
        const std::optional<int> d = wholeNumber(days, MinDays, MaxDays);
        if (!d) {
            return failed(where
                          + QStringLiteral(".working_days: must be a whole number from %1 "
                                           "to %2, not %3")
                                .arg(MinDays)
                                .arg(MaxDays)
                                .arg(describe(days)));
        }
        r.workingDays = *d;
        const QString problem = validate(r, i);
        if (!problem.isEmpty())
            return failed(problem);
        rules.append(r);
    }
    return DeadlinePolicy(rules);
}
