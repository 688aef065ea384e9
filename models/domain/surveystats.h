#pragma once

#include "domain/region.h"
#include "domain/surveyscheme.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

// Survey statistics per region and wave (DESIGN §8): rate, Wilson interval, sample size, the
// population-weighted county figure, township ranks with the last five (后五位), and change
// against the previous wave. Pure functions over answer counts; the store gathers the counts
// (store/surveyrepository.h).
//
// Definitions (z = 1.959964 for 95 %):
// - n: respondents who answered the question (code ≥ 1); unanswered ones are left out.
// - rate form: rate = positive / n; interval = Wilson score interval
//   (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
// - index form: rate = mean of the answers' weights / 100 (shown as an index 0–100); interval
//   = mean ± z·s/√n with s the sample standard deviation of the scores, clipped to [0, 1].
// - township and village figures are their respondents' own (unweighted).
// - county figure = Σ_t pop_t · rate_t / Σ_t pop_t over the townships with answers (pop_t =
//   the township's registered population; townships without population count as 1). Its
//   variance is Σ w_t² · v_t / n_t (w_t = pop_t / Σ pop, v_t = p_t(1−p_t) or s_t²); the interval
//   is Wilson's at the effective sample size p(1−p)/variance (rate form) or normal (index).
// - rank among townships with answers: 1 = highest rate; equal rates share the better rank
//   ("1224"). Last five (后五位): the townships with fewer than five ranked townships below
//   them (so ties at the boundary are all flagged); none when five or fewer are ranked.
// - a last-five township is distinct from the rest when it is lower than all other
//   townships' respondents taken together and a two-sided two-proportion z test (pooled;
//   Welch's z for the index form) of the two gives p < 0.05.
// - change against the previous wave: the same test on this region's respondents of the two
//   waves; for the county's weighted figure z = Δ / √(variance now + variance before).
//   Significant when p < 0.05.
// - small sample: n < 30.

namespace SurveyMath {
constexpr double Z95 = 1.959963984540054;
constexpr int SmallSample = 30;
constexpr double Alpha = 0.05;
struct Interval
{
    double low = 0;
    double high = 0;
};
// Wilson score interval of `positive` of `n` (n may be fractional: an effective sample size).
// [0, 1] when n ≤ 0.
Interval wilson(double positive, double n, double z = Z95);
// Two-sided p value of the standard normal for |z|.
double twoSidedP(double z);
// Two-sided p of the pooled two-proportion z test of x1/n1 against x2/n2; none when a sample
// is empty; 1 when the pooled proportion is 0 or 1 (both rates equal, no variance).
std::optional<double> twoProportionP(double x1, double n1, double x2, double n2);
// Two-sided p of Welch's z test of two means with sample variances; none when a sample has
// < 2 values; 1 or 0 when both variances are 0 (equal or different means).
std::optional<double> meanDifferenceP(double mean1, double var1, double n1, double mean2,
                                      double var2, double n2);
} // namespace SurveyMath

// One wave's answers counted per region where they were given (a village, or a township when
// the village is unknown) and per indicator and answer code. Sufficient for every figure.
struct SurveyTally
{
    using Counts = std::array<qint64, SurveyMaxAnswers + 1>;   // by code; [0] = unanswered
    using RegionCounts = std::array<Counts, SurveyIndicatorCount>;

    QStringList regions;                 // region codes as answered
    std::vector<RegionCounts> counts;    // parallel to regions
    qint64 responses = 0;

    // The row of `code`, added when new.
    int regionIndex(const QString &code);
    // Adds one respondent's answers (codes 0..SurveyMaxAnswers; larger codes count as 0).
    void add(int region, const std::array<int, SurveyIndicatorCount> &answers, qint64 times = 1);
    bool operator==(const SurveyTally &o) const;   // the same counts per region (any order)

private:
    QHash<QString, int> m_index;
};

// The regions the figures are about: the county, its townships and their villages.
struct SurveyGeography
{
    struct Area
    {
        QString code;
        QString name;
        RegionLevel level = RegionLevel::Township;
        qint64 population = 0;
        int township = -1;   // villages: index into townships
    };
    Area county;
    std::vector<Area> townships;   // in code order
    std::vector<Area> villages;    // in code order

    // The township (index) and village (index, or -1) of an answered region code (a village,
    // a township, or a grid under either); false when the code is not in the county.
    bool locate(const QString &code, int *township, int *village) const;
    void buildIndex();   // call after filling townships and villages

private:
    QHash<QString, int> m_township;
    QHash<QString, int> m_village;
};

// One indicator of one region in one wave.
struct SurveyFigure
{
    QString regionCode;
    QString regionName;
    RegionLevel level = RegionLevel::Township;
    SurveyIndicator indicator = SurveyIndicator::Security;
    bool indexForm = false;
    qint64 n = 0;                   // respondents who answered
    double positive = 0;            // Σ scores (rate form: positive answers)
    std::optional<double> rate;     // 0..1; none when n = 0
    SurveyMath::Interval ci;        // 95 %
    bool smallSample = false;       // n < 30
    bool weighted = false;          // the county's population-weighted figure
    qint64 population = 0;
    SurveyTally::Counts answers{};  // respondents per answer code ([0] = unanswered)
    int answerCount = 0;            // answers the scheme lists for the indicator

    // Townships only.
    int rank = 0;                   // 0 = not ranked (no answers)
    int ranked = 0;                 // townships ranked
    bool lastFive = false;
    std::optional<double> restP;    // last five: p of the test against the other townships
    bool distinctFromRest = false;  // restP < 0.05

    // Against the previous wave (none when there is none or the region had no answers then).
    std::optional<double> previousRate;
    qint64 previousN = 0;
    std::optional<double> changeP;
    bool changeSignificant = false;

    // {region_code, region_name, level, indicator, n, rate, ci_low, ci_high, small_sample,
    //  weighted, rank, last_five, distinct_from_rest, rest_p, previous_rate, previous_n,
    //  change, change_p, change_significant, answers: [per code 1..]} (null where none).
    QJsonObject toJson() const;
};

namespace SurveyStats {
struct Options
{
    // Villages of this township are added after the townships (empty: none).
    QString villagesOf;
    // Only these indicators (empty: all five).
    QList<SurveyIndicator> indicators;
};
// Figures of the county, every township (code order) and, when asked, the villages of one
// township, for each indicator in order. `previous` may be null.
QList<SurveyFigure> compute(const SurveyGeography &geography, const SurveyTally &wave,
                            const SurveyTally *previous, const SurveyScheme &scheme,
                            const Options &options = {});
} // namespace SurveyStats
