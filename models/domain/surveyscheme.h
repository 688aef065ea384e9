#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

// The survey indicators (一感两度两率) and the scoring scheme that says, per indicator, which
// answers count as positive (rate form) or what each answer weighs (index form, 0–100).
//
// Answers are stored as codes: 1 = the scheme's first (most positive) answer, 2 the next …;
// 0 = not answered. Unanswered questions count in no indicator's sample.

enum class SurveyIndicator : int {
    Security = 0,                 // 公众安全感
    OrderSatisfaction = 1,        // 治安满意度 (社会治安满意度)
    EnforcementSatisfaction = 2,  // 执法满意度 (政法队伍执法满意度)
    Awareness = 3,                // 平安建设知晓率
    Participation = 4,            // 平安建设参与率
};
constexpr int SurveyIndicatorCount = 5;
// Answer codes a scheme may use: 1..MaxAnswers (0 = unanswered).
constexpr int SurveyMaxAnswers = 9;

namespace SurveyIndicators {
const std::array<SurveyIndicator, SurveyIndicatorCount> &all();
// "security", "order_satisfaction", "enforcement_satisfaction", "awareness", "participation".
QString key(SurveyIndicator indicator);
std::optional<SurveyIndicator> fromKey(const QString &key);
// The indicator's name, translated (context "SurveyIndicator"): 公众安全感 …
QString label(SurveyIndicator indicator);
// The untranslated English source of label() (for QT_TRANSLATE_NOOP users).
const char *labelSource(SurveyIndicator indicator);
} // namespace SurveyIndicators

// How one indicator is scored.
struct SurveyIndicatorRule
{
    QString label;              // as the office names it ("公众安全感"); empty = the default label
    QStringList answers;        // answer texts, code = position + 1 (most positive first)
    QList<int> positive;        // rate form: the codes that count as positive
    std::vector<double> weights;// index form: one weight (0–100) per answer; empty = rate form

    bool isIndex() const { return !weights.empty(); }
    // What one answer scores: rate form 1 (positive) or 0; index form weight / 100. 0 for an
    // unanswered or unknown code.
    double score(int code) const;
    bool operator==(const SurveyIndicatorRule &o) const;
};

class SurveyScheme
{
public:
    QString id;                 // uuid when stored; empty for a preset not yet stored
    QString name;
    std::array<SurveyIndicatorRule, SurveyIndicatorCount> rules;

    const SurveyIndicatorRule &rule(SurveyIndicator i) const { return rules[size_t(i)]; }
    SurveyIndicatorRule &rule(SurveyIndicator i) { return rules[size_t(i)]; }
    // The rule's label, or the indicator's translated name when the rule has none.
    QString label(SurveyIndicator i) const;

    // Presets. The default (宽口径) counts 很安全/安全/基本安全 and 满意/基本满意 as positive.
    static SurveyScheme standard();
    // 严口径: only 很安全/安全 and 满意.
    static SurveyScheme strict();
    // Index form: 100/80/60/20/0 for security, 100/60/0 for the satisfactions, rates for the
    // two 率.
    static SurveyScheme indexForm();
    static QList<SurveyScheme> presets();

    // The stored JSON (survey_scheme.definition): {"security": {"label", "answers",
    // "positive": [codes]} or {…, "weights": [per answer]}, …}. fromJson checks every rule:
    // 2..SurveyMaxAnswers distinct non-empty answers; positive codes within them, at least one
    // and not all; or one weight in 0..100 per answer. nullopt with *error naming the indicator
    // and the field when it is not valid.
    static std::optional<SurveyScheme> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    // Checks the rules as fromJson does; empty when valid.
    QString validate() const;

    bool sameRules(const SurveyScheme &o) const { return rules == o.rules; }
};
