#include "domain/surveyscheme.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {

struct IndicatorName
{
    SurveyIndicator indicator;
    const char *key;
    const char *label;
};

const IndicatorName kNames[SurveyIndicatorCount] = {
    {SurveyIndicator::Security, "security",
     QT_TRANSLATE_NOOP("SurveyIndicator", "Sense of security")},
    {SurveyIndicator::OrderSatisfaction, "order_satisfaction",
     QT_TRANSLATE_NOOP("SurveyIndicator", "Public order satisfaction")},
    {SurveyIndicator::EnforcementSatisfaction, "enforcement_satisfaction",
     QT_TRANSLATE_NOOP("SurveyIndicator", "Law enforcement satisfaction")},
    {SurveyIndicator::Awareness, "awareness",
     QT_TRANSLATE_NOOP("SurveyIndicator", "Awareness of the safety campaign")},
    {SurveyIndicator::Participation, "participation",
     QT_TRANSLATE_NOOP("SurveyIndicator", "Participation in the safety campaign")},
};

SurveyIndicatorRule rateRule(const QString &label, const QStringList &answers,
                             const QList<int> &positive)
{
    SurveyIndicatorRule r;
    r.label = label;
    r.answers = answers;
    r.positive = positive;
    return r;
}

SurveyIndicatorRule indexRule(const QString &label, const QStringList &answers,
                              std::vector<double> weights)
{
    SurveyIndicatorRule r;
    r.label = label;
    r.answers = answers;
    r.weights = std::move(weights);
    return r;
}

const QStringList &securityAnswers()
{
    static const QStringList a
        = {QStringLiteral("很安全"), QStringLiteral("安全"), QStringLiteral("基本安全"),
           QStringLiteral("不太安全"), QStringLiteral("不安全")};
    return a;
}
const QStringList &satisfactionAnswers()
{
    static const QStringList a
        = {QStringLiteral("满意"), QStringLiteral("基本满意"), QStringLiteral("不满意")};
    return a;
}
const QStringList &awarenessAnswers()
{
    static const QStringList a = {QStringLiteral("知道"), QStringLiteral("不知道")};
    return a;
}
const QStringList &participationAnswers()
{
    static const QStringList a = {QStringLiteral("参加过"), QStringLiteral("没参加过")};
    return a;
}

QString problemText(const char *text)
{
    return QCoreApplication::translate("SurveyScheme", text);
}

QString ruleProblem(const SurveyIndicatorRule &r)
{
    if (r.answers.size() < 2 || r.answers.size() > SurveyMaxAnswers)
        return problemText(QT_TRANSLATE_NOOP("SurveyScheme", "'answers' must list 2 to %1 answers"))
            .arg(SurveyMaxAnswers);
    QSet<QString> seen;
    for (const QString &a : r.answers) {
        if (a.trimmed().isEmpty())
            return problemText(QT_TRANSLATE_NOOP("SurveyScheme", "'answers' has an empty answer"));
        if (seen.contains(a.trimmed()))
            return problemText(QT_TRANSLATE_NOOP("SurveyScheme", "'answers' lists '%1' twice"))
                .arg(a);
        seen.insert(a.trimmed());
    }
    if (r.isIndex()) {
        if (qsizetype(r.weights.size()) != r.answers.size())
            return problemText(QT_TRANSLATE_NOOP("SurveyScheme",
                                                 "'weights' must give one weight per answer (%1)"))
                .arg(r.answers.size());
        for (double w : r.weights)
            if (!(w >= 0 && w <= 100))
                return problemText(
                    QT_TRANSLATE_NOOP("SurveyScheme", "'weights' must lie between 0 and 100"));
        return {};
    }
    if (r.positive.isEmpty())
        return problemText(
            QT_TRANSLATE_NOOP("SurveyScheme", "'positive' must name at least one answer"));
    if (r.positive.size() >= r.answers.size())
        return problemText(QT_TRANSLATE_NOOP(
            "SurveyScheme", "'positive' must leave at least one answer not positive"));
    QSet<int> codes;
    for (int c : r.positive) {
        if (c < 1 || c > r.answers.size())
            return problemText(QT_TRANSLATE_NOOP("SurveyScheme",
                                                 "'positive' code %1 is not an answer (1..%2)"))
                .arg(c)
                .arg(r.answers.size());
        if (codes.contains(c))
            return problemText(QT_TRANSLATE_NOOP("SurveyScheme", "'positive' lists code %1 twice"))
                .arg(c);
        codes.insert(c);
    }
    return {};
}

} // namespace

// --- indicators ----------------------------------------------------------------------------

const std::array<SurveyIndicator, SurveyIndicatorCount> &SurveyIndicators::all()
{
    static const std::array<SurveyIndicator, SurveyIndicatorCount> a
        = {SurveyIndicator::Security, SurveyIndicator::OrderSatisfaction,
           SurveyIndicator::EnforcementSatisfaction, SurveyIndicator::Awareness,
           SurveyIndicator::Participation};
    return a;
}

QString SurveyIndicators::key(SurveyIndicator indicator)
{
    return QString::fromLatin1(kNames[int(indicator)].key);
}

std::optional<SurveyIndicator> SurveyIndicators::fromKey(const QString &key)
{
    for (const IndicatorName &n : kNames)
        if (key == QLatin1String(n.key))
            return n.indicator;
    return std::nullopt;
}

QString SurveyIndicators::label(SurveyIndicator indicator)
{
    return QCoreApplication::translate("SurveyIndicator", kNames[int(indicator)].label);
}

const char *SurveyIndicators::labelSource(SurveyIndicator indicator)
{
    return kNames[int(indicator)].label;
}

// --- rules ---------------------------------------------------------------------------------

double SurveyIndicatorRule::score(int code) const
{
    if (code < 1 || code > answers.size())
        return 0;
    if (isIndex())
        return size_t(code - 1) < weights.size() ? weights[size_t(code - 1)] / 100.0 : 0;
    return positive.contains(code) ? 1 : 0;
}

bool SurveyIndicatorRule::operator==(const SurveyIndicatorRule &o) const
{
    return label == o.label && answers == o.answers && positive == o.positive
        && weights == o.weights;
}

// --- scheme --------------------------------------------------------------------------------

QString SurveyScheme::label(SurveyIndicator i) const
{
    const QString &l = rule(i).label;
    return l.isEmpty() ? SurveyIndicators::label(i) : l;
}

SurveyScheme SurveyScheme::standard()
{
    SurveyScheme s;
    s.name = QStringLiteral("默认测评方案（一感两度两率）");
    s.rules = {rateRule(QStringLiteral("公众安全感"), securityAnswers(), {1, 2, 3}),
               rateRule(QStringLiteral("治安满意度"), satisfactionAnswers(), {1, 2}),
               rateRule(QStringLiteral("执法满意度"), satisfactionAnswers(), {1, 2}),
               rateRule(QStringLiteral("平安建设知晓率"), awarenessAnswers(), {1}),
               rateRule(QStringLiteral("平安建设参与率"), participationAnswers(), {1})};
    return s;
}

SurveyScheme SurveyScheme::strict()
{
    SurveyScheme s = standard();
    s.name = QStringLiteral("严口径（仅计很安全、安全、满意）");
    s.rule(SurveyIndicator::Security).positive = {1, 2};
    s.rule(SurveyIndicator::OrderSatisfaction).positive = {1};
    s.rule(SurveyIndicator::EnforcementSatisfaction).positive = {1};
    return s;
}

SurveyScheme SurveyScheme::indexForm()
{
    SurveyScheme s = standard();
    s.name = QStringLiteral("指数口径（按答案赋分）");
    s.rule(SurveyIndicator::Security)
        = indexRule(QStringLiteral("公众安全感指数"), securityAnswers(), {100, 80, 60, 20, 0});
    s.rule(SurveyIndicator::OrderSatisfaction)
        = indexRule(QStringLiteral("治安满意度指数"), satisfactionAnswers(), {100, 60, 0});
    s.rule(SurveyIndicator::EnforcementSatisfaction)
        = indexRule(QStringLiteral("执法满意度指数"), satisfactionAnswers(), {100, 60, 0});
    return s;
}

QList<SurveyScheme> SurveyScheme::presets()
{
    return {standard(), strict(), indexForm()};
}

QString SurveyScheme::validate() const
{
    for (SurveyIndicator i : SurveyIndicators::all()) {
        const QString problem = ruleProblem(rule(i));
        if (!problem.isEmpty())
            return SurveyIndicators::key(i) + QStringLiteral(": ") + problem;
    }
    return {};
}

std::optional<SurveyScheme> SurveyScheme::fromJson(const QJsonObject &json, QString *error)
{
    SurveyScheme s;
    for (SurveyIndicator i : SurveyIndicators::all()) {
        const QString key = SurveyIndicators::key(i);
        const QJsonValue v = json.value(key);
        if (!v.isObject()) {
            if (error)
                *error = QStringLiteral("%1: missing (an object with 'answers' and 'positive' "
                                        "or 'weights')")
                             .arg(key);
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        SurveyIndicatorRule &r = s.rule(i);
        r.label = o.value(QStringLiteral("label")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("answers")).toArray())
            r.answers.append(a.toString().trimmed());
        if (o.contains(QStringLiteral("weights"))) {
            for (const QJsonValue &w : o.value(QStringLiteral("weights")).toArray())
                r.weights.push_back(w.isDouble() ? w.toDouble() : -1);
            if (r.weights.empty())
                r.weights.push_back(-1); // reported as not one weight per answer
        } else {
            for (const QJsonValue &c : o.value(QStringLiteral("positive")).toArray())
                r.positive.append(c.isDouble() ? c.toInt() : -1);
        }
        const QString problem = ruleProblem(r);
        if (!problem.isEmpty()) {
            if (error)
                *error = key + QStringLiteral(": ") + problem;
            return std::nullopt;
        }
    }
    return s;
}

QJsonObject SurveyScheme::toJson() const
{
    QJsonObject json;
    for (SurveyIndicator i : SurveyIndicators::all()) {
        const SurveyIndicatorRule &r = rule(i);
        QJsonObject o;
        if (!r.label.isEmpty())
            o.insert(QStringLiteral("label"), r.label);
        o.insert(QStringLiteral("answers"), QJsonArray::fromStringList(r.answers));
        if (r.isIndex()) {
            QJsonArray w;
            for (double x : r.weights)
                w.append(x);
            o.insert(QStringLiteral("weights"), w);
        } else {
            QJsonArray p;
            for (int c : r.positive)
                p.append(c);
            o.insert(QStringLiteral("positive"), p);
        }
        json.insert(SurveyIndicators::key(i), o);
    }
    return json;
}
