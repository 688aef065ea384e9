#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How many working days a dispute gets to be settled, set at acceptance (DESIGN §5): rules over
// category × complexity × handling level, each field either a value or "any". A setting a county
// edits, not law; stored by SettingsRepository under "dispute.deadline_policy".
class DeadlinePolicy
{
public:
    static constexpr int MinDays = 1;
    static constexpr int MaxDays = 365;
    static constexpr int AnyLevel = -1;

    struct Rule
    {
        QString category = QStringLiteral("*");   // a disputeCategories() key, or "*" for any
        QString complexity = QStringLiteral("*"); // general | complex | major, or "*"
        int level = AnyLevel;                     // DisputeLevel: 0 county, 1 township,
                                                  // 2 village; AnyLevel for any
        int workingDays = 7;

        // Fields that are not "any": the rule with more of them is the more specific.
        int specificity() const;
        bool matches(const QString &category, const QString &complexity, int level) const;
        bool operator==(const Rule &) const = default;
    };

    // The default policy: general 7, complex 15, major 30 working days for every category and
    // level.
    DeadlinePolicy();
    explicit DeadlinePolicy(const QList<Rule> &rules)
        : m_rules(rules)
    {}
    static DeadlinePolicy defaults() { return DeadlinePolicy(); }

    const QList<Rule> &rules() const { return m_rules; }
    void setRules(const QList<Rule> &rules) { m_rules = rules; }

    // Working days for a dispute: the most specific matching rule wins, and of equally specific
    // ones the later. When no rule matches, the default for the complexity (general's for an
    // unknown one).
    int workingDays(const QString &category, const QString &complexity, int level) const;
    // Index of the rule that decides, or -1 when the built-in default does.
    int decidingRule(const QString &category, const QString &complexity, int level) const;

    // [{"category": "*", "complexity": "general", "level": -1, "working_days": 7}, …]
    QJsonArray toJson() const;
    // Reads toJson()'s form. Omitted category/complexity/level mean "any"; working_days is
    // required. On a bad rule: nullopt and *error naming the rule index and the field,
    // e.g. "rules[2].working_days: must be a whole number from 1 to 365, not 400".
    static std::optional<DeadlinePolicy> fromJson(const QJsonValue &json, QString *error = nullptr);
    // The first problem of a rule (same wording as fromJson), or empty when it is sound.
    static QString validate(const Rule &rule, int index);

    // general, complex, major
    static const QStringList &complexities();
    // Translated complexity label (一般, 复杂, 重大疑难); "*" gives "Any complexity".
    static QString complexityLabel(const QString &key);
    // The default working days for a complexity (general 7, complex 15, major 30).
    static int defaultWorkingDays(const QString &complexity);

    bool operator==(const DeadlinePolicy &) const = default;

private:
    QList<Rule> m_rules;
};
