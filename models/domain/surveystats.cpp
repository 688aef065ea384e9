#include "domain/surveystats.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

// --- math ----------------------------------------------------------------------------------

SurveyMath::Interval SurveyMath::wilson(double positive, double n, double z)
{
    if (!(n > 0))
        return {0, 1};
    const double p = std::clamp(positive / n, 0.0, 1.0);
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = p + z2 / (2 * n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At p = 0 or 1 the bound on that side is exact, whatever the rounding.
    return {p <= 0 ? 0.0 : std::clamp((centre - half) / denominator, 0.0, 1.0),
            p >= 1 ? 1.0 : std::clamp((centre + half) / denominator, 0.0, 1.0)};
}

double SurveyMath::twoSidedP(double z)
{
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

std::optional<double> SurveyMath::twoProportionP(double x1, double n1, double x2, double n2)
{
    if (!(n1 > 0) || !(n2 > 0))
        return std::nullopt;
    const double pooled = (x1 + x2) / (n1 + n2);
    if (pooled <= 0 || pooled >= 1)
        return 1.0;   // both all positive or all negative: no difference
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    return twoSidedP((x1 / n1 - x2 / n2) / se);
}

std::optional<double> SurveyMath::meanDifferenceP(double mean1, double var1, double n1,
                                                  double mean2, double var2, double n2)
{
    if (n1 < 2 || n2 < 2)
        return std::nullopt;
    const double se = std::sqrt(std::max(0.0, var1) / n1 + std::max(0.0, var2) / n2);
    if (se <= 0)
        return mean1 == mean2 ? 1.0 : 0.0;
    return twoSidedP((mean1 - mean2) / se);
}

// --- tally ---------------------------------------------------------------------------------

int SurveyTally::regionIndex(const QString &code)
{
    const auto it = m_index.constFind(code);
    if (it != m_index.constEnd())
        return it.value();
    const int index = int(regions.size());
    regions.append(code);
    counts.push_back({});
    m_index.insert(code, index);
    return index;
}

void SurveyTally::add(int region, const std::array<int, SurveyIndicatorCount> &answers,
                      qint64 times)
{
    RegionCounts &c = counts[size_t(region)];
    for (int k = 0; k < SurveyIndicatorCount; ++k) {
        const int code = answers[size_t(k)];
        c[size_t(k)][size_t(code >= 0 && code <= SurveyMaxAnswers ? code : 0)] += times;
    }
    responses += times;
}

bool SurveyTally::operator==(const SurveyTally &o) const
{
    if (responses != o.responses || regions.size() != o.regions.size())
        return false;
    for (qsizetype r = 0; r < regions.size(); ++r) {
        const int other = o.m_index.value(regions.at(r), -1);
        if (other < 0 || counts[size_t(r)] != o.counts[size_t(other)])
            return false;
    }
    return true;
}

// --- geography -----------------------------------------------------------------------------

void SurveyGeography::buildIndex()
{
    m_township.clear();
    m_village.clear();
    for (size_t i = 0; i < townships.size(); ++i)
        m_township.insert(townships[i].code, int(i));
    for (size_t i = 0; i < villages.size(); ++i)
        m_village.insert(villages[i].code, int(i));
}

bool SurveyGeography::locate(const QString &code, int *township, int *village) const
{
    // Codes: 6 county + 3 township + 3 village digits, grids 3 more.
    if (code.size() >= 12) {
        const auto v = m_village.constFind(code.left(12));
        if (v != m_village.constEnd()) {
            *village = v.value();
            *township = villages[size_t(v.value())].township;
            return *township >= 0;
        }
    }
    if (code.size() >= 9) {
        const auto t = m_township.constFind(code.left(9) + QStringLiteral("000"));
        if (t != m_township.constEnd()) {
            *village = -1;
            *township = t.value();
            return true;
        }
    }
    return false;
}

// --- figures -------------------------------------------------------------------------------

namespace {

// Σ of one indicator's answers of some respondents.
struct Sums
{
    SurveyTally::Counts answers{};
    double n = 0;
    double sum = 0;     // Σ scores
    double sumSq = 0;   // Σ scores²

    void add(const SurveyTally::Counts &counts)
    {
        for (size_t c = 0; c < counts.size(); ++c)
            answers[c] += counts[c];
    }
    void score(const SurveyIndicatorRule &rule)
    {
        n = sum = sumSq = 0;
        for (int c = 1; c <= std::min<int>(SurveyMaxAnswers, int(rule.answers.size())); ++c) {
            const double k = double(answers[size_t(c)]);
            const double s = rule.score(c);
            n += k;
            sum += k * s;
            sumSq += k * s * s;
        }
    }
    double mean() const { return n > 0 ? sum / n : 0; }
    // The variance of one score: p(1−p) for rates, the sample variance for an index.
    double variance(bool index) const
    {
        if (n <= 0)
            return 0;
        const double m = mean();
        if (!index)
            return m * (1 - m);
        return n > 1 ? std::max(0.0, (sumSq - n * m * m) / (n - 1)) : 0;
    }
};

// One indicator's sums per township and village, for one wave.
struct WaveSums
{
    std::vector<Sums> townships;
    std::vector<Sums> villages;
    Sums all;   // every located respondent, unweighted
};

WaveSums sumsOf(const SurveyGeography &geo, const SurveyTally &tally, int indicator,
                const SurveyIndicatorRule &rule)
{
    WaveSums w;
    w.townships.resize(geo.townships.size());
    w.villages.resize(geo.villages.size());
    for (qsizetype r = 0; r < tally.regions.size(); ++r) {
        int township = -1;
        int village = -1;
        if (!geo.locate(tally.regions.at(r), &township, &village))
            continue;
        const SurveyTally::Counts &c = tally.counts[size_t(r)][size_t(indicator)];
        w.townships[size_t(township)].add(c);
        if (village >= 0)
            w.villages[size_t(village)].add(c);
        w.all.add(c);
    }
    for (Sums &s : w.townships)
        s.score(rule);
    for (Sums &s : w.villages)
        s.score(rule);
    w.all.score(rule);
    return w;
}

SurveyMath::Interval intervalOf(const Sums &s, bool index)
{
    if (!index)
        return SurveyMath::wilson(s.sum, s.n);
    if (s.n <= 0)
        return {0, 1};
    const double half = SurveyMath::Z95 * std::sqrt(s.variance(true) / s.n);
    return {std::clamp(s.mean() - half, 0.0, 1.0), std::clamp(s.mean() + half, 0.0, 1.0)};
}

std::optional<double> changeOf(const Sums &now, const Sums &before, bool index)
{
    if (index)
        return SurveyMath::meanDifferenceP(now.mean(), now.variance(true), now.n, before.mean(),
                                           before.variance(true), before.n);
    return SurveyMath::twoProportionP(now.sum, now.n, before.sum, before.n);
}

// The population-weighted county estimate and its variance.
struct Weighted
{
    double rate = 0;
    double variance = 0;
    double n = 0;
    bool any = false;
};

Weighted weightedOf(const SurveyGeography &geo, const WaveSums &w, bool index)
{
    Weighted out;
    double total = 0;
    for (size_t t = 0; t < w.townships.size(); ++t)
        if (w.townships[t].n > 0)
            total += double(std::max<qint64>(1, geo.townships[t].population));
    if (total <= 0)
        return out;
    for (size_t t = 0; t < w.townships.size(); ++t) {
        const Sums &s = w.townships[t];
        if (s.n <= 0)
            continue;
        const double weight = double(std::max<qint64>(1, geo.townships[t].population)) / total;
        out.rate += weight * s.mean();
        out.variance += weight * weight * s.variance(index) / s.n;
        out.n += s.n;
    }
    out.any = true;
    return out;
}

void fillOwn(SurveyFigure &f, const Sums &s, const SurveyIndicatorRule &rule)
{
    const bool index = rule.isIndex();
    f.indexForm = index;
    f.answerCount = int(rule.answers.size());
    f.answers = s.answers;
    f.n = qint64(s.n);
    f.positive = s.sum;
    if (s.n > 0)
        f.rate = s.mean();
    f.ci = intervalOf(s, index);
    f.smallSample = s.n < SurveyMath::SmallSample;
}

void fillChange(SurveyFigure &f, const Sums &now, const Sums *before, bool index)
{
    if (!before || before->n <= 0 || now.n <= 0)
        return;
    f.previousRate = before->mean();
    f.previousN = qint64(before->n);
    f.changeP = changeOf(now, *before, index);
    f.changeSignificant = f.changeP && *f.changeP < SurveyMath::Alpha;
}

} // namespace

QList<SurveyFigure> SurveyStats::compute(const SurveyGeography &geo, const SurveyTally &wave,
                                         const SurveyTally *previous,
                                         const SurveyScheme &scheme, const Options &options)
{
    QList<SurveyFigure> figures;
    const QList<SurveyIndicator> indicators
        = options.indicators.isEmpty()
              ? QList<SurveyIndicator>(SurveyIndicators::all().begin(),
                                       SurveyIndicators::all().end())
              : options.indicators;
    for (SurveyIndicator indicator : indicators) {
        const SurveyIndicatorRule &rule = scheme.rule(indicator);
        const bool index = rule.isIndex();
        const WaveSums now = sumsOf(geo, wave, int(indicator), rule);
        std::optional<WaveSums> before;
        if (previous)
            before = sumsOf(geo, *previous, int(indicator), rule);

        // County: population-weighted over townships.
        SurveyFigure county;
        county.regionCode = geo.county.code;
        county.regionName = geo.county.name;
        county.level = RegionLevel::County;
        county.indicator = indicator;
        county.population = geo.county.population;
        county.weighted = true;
        county.indexForm = index;
        county.answerCount = int(rule.answers.size());
        county.answers = now.all.answers;
        county.n = qint64(now.all.n);
        county.positive = now.all.sum;
        county.smallSample = now.all.n < SurveyMath::SmallSample;
        const Weighted w = weightedOf(geo, now, index);
        if (w.any) {
            county.rate = w.rate;
            if (index) {
                const double half = SurveyMath::Z95 * std::sqrt(w.variance);
                county.ci = {std::clamp(w.rate - half, 0.0, 1.0),
                             std::clamp(w.rate + half, 0.0, 1.0)};
            } else {
                // Wilson at the effective sample size of the weighted estimate.
                const double nEff = w.variance > 0 ? w.rate * (1 - w.rate) / w.variance : w.n;
                county.ci = SurveyMath::wilson(w.rate * nEff, nEff);
            }
        } else {
            county.ci = {0, 1};
        }
        if (before && w.any) {
            const Weighted b = weightedOf(geo, *before, index);
            if (b.any) {
                county.previousRate = b.rate;
                county.previousN = qint64(b.n);
                const double se = std::sqrt(w.variance + b.variance);
                county.changeP = se > 0 ? SurveyMath::twoSidedP((w.rate - b.rate) / se)
                                        : (w.rate == b.rate ? 1.0 : 0.0);
                county.changeSignificant = *county.changeP < SurveyMath::Alpha;
            }
        }
        figures.append(county);

        // Townships, with ranks among those with answers.
        std::vector<double> rates;
        for (const Sums &s : now.townships)
            if (s.n > 0)
                rates.push_back(s.mean());
        const int ranked = int(rates.size());
        for (size_t t = 0; t < geo.townships.size(); ++t) {
            const Sums &s = now.townships[t];
            SurveyFigure f;
            f.regionCode = geo.townships[t].code;
            f.regionName = geo.townships[t].name;
            f.level = RegionLevel::Township;
            f.indicator = indicator;
            f.population = geo.townships[t].population;
            fillOwn(f, s, rule);
            fillChange(f, s, before ? &before->townships[t] : nullptr, index);
            if (s.n > 0) {
                const double r = s.mean();
                int higher = 0;
                int lower = 0;
                for (double x : rates) {
                    higher += x > r;
                    lower += x < r;
                }
                f.rank = higher + 1;
                f.ranked = ranked;
                f.lastFive = ranked > 5 && lower < 5;
                if (f.lastFive) {
                    Sums rest;
                    rest.n = now.all.n - s.n;
                    rest.sum = now.all.sum - s.sum;
                    rest.sumSq = now.all.sumSq - s.sumSq;
                    f.restP = changeOf(s, rest, index);
                    f.distinctFromRest = f.restP && *f.restP < SurveyMath::Alpha
                                         && rest.n > 0 && s.mean() < rest.mean();
                }
            }
            figures.append(f);
        }

        // Villages of one township.
        if (!options.villagesOf.isEmpty()) {
            for (size_t v = 0; v < geo.villages.size(); ++v) {
                const SurveyGeography::Area &a = geo.villages[v];
                if (a.township < 0 || geo.townships[size_t(a.township)].code != options.villagesOf)
                    continue;
                SurveyFigure f;
                f.regionCode = a.code;
                f.regionName = a.name;
                f.level = RegionLevel::Village;
                f.indicator = indicator;
                f.population = a.population;
                fillOwn(f, now.villages[v], rule);
                fillChange(f, now.villages[v], before ? &before->villages[v] : nullptr, index);
                figures.append(f);
            }
        }
    }
    return figures;
}

QJsonObject SurveyFigure::toJson() const
{
    const auto orNull = [](const std::optional<double> &v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o;
    o.insert(QStringLiteral("region_code"), regionCode);
    o.insert(QStringLiteral("region_name"), regionName);
    o.insert(QStringLiteral("level"), regionLevelKey(level));
    o.insert(QStringLiteral("indicator"), SurveyIndicators::key(indicator));
    o.insert(QStringLiteral("form"), indexForm ? QStringLiteral("index") : QStringLiteral("rate"));
    o.insert(QStringLiteral("n"), n);
    o.insert(QStringLiteral("rate"), orNull(rate));
    o.insert(QStringLiteral("ci_low"), rate ? QJsonValue(ci.low) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("ci_high"), rate ? QJsonValue(ci.high) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("small_sample"), smallSample);
    o.insert(QStringLiteral("weighted"), weighted);
    o.insert(QStringLiteral("rank"), rank > 0 ? QJsonValue(rank) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("ranked"),
             ranked > 0 ? QJsonValue(ranked) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("last_five"), lastFive);
    o.insert(QStringLiteral("distinct_from_rest"), distinctFromRest);
    o.insert(QStringLiteral("rest_p"), orNull(restP));
    o.insert(QStringLiteral("previous_rate"), orNull(previousRate));
    o.insert(QStringLiteral("previous_n"), previousRate ? QJsonValue(previousN)
                                                        : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("change"), rate && previousRate ? QJsonValue(*rate - *previousRate)
                                                            : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("change_p"), orNull(changeP));
    o.insert(QStringLiteral("change_significant"), changeSignificant);
    QJsonArray a;
    for (int c = 1; c <= std::min(answerCount, SurveyMaxAnswers); ++c)
        a.append(answers[size_t(c)]);
    o.insert(QStringLiteral("answers"), a);
    o.insert(QStringLiteral("unanswered"), answers[0]);
    return o;
}
