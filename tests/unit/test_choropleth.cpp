#include <catch2/catch.hpp>

#include "domain/pinyininitials.h"
#include "geo/choropleth.h"

#include <QElapsedTimer>

#include <algorithm>
#include <bit>
#include <cmath>
#include <iostream>
#include <limits>
#include <random>

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> sortedDistinct(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

// The least sum of squared deviations over every way of cutting the distinct values into
// `classes` runs, by trying them all.
double bruteForceOptimum(const std::vector<double> &values, int classes)
{
    const std::vector<double> distinct = sortedDistinct(values);
    const int m = int(distinct.size());
    const int cuts = std::min(classes, m) - 1;
    // Choose `cuts` of the m - 1 gaps between distinct values (a bit mask over the gaps).
    double best = std::numeric_limits<double>::infinity();
    for (unsigned mask = 0; mask < (1u << (m - 1)); ++mask) {
        if (std::popcount(mask) != cuts)
            continue;
        QList<double> breaks;
        for (int gap = 0; gap < m - 1; ++gap) {
            if (mask & (1u << gap))
                breaks << distinct[size_t(gap)];
        }
        breaks << distinct.back();
        best = std::min(best, Choropleth::squaredDeviations(values, breaks));
    }
    return best;
}

// Fisher's programme written out plainly, O(k·n²), on values without ties.
double plainFisherOptimum(std::vector<double> values, int classes)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    // Costs of every run from running sums; every split is tried.
    std::vector<double> s1(n + 1, 0), s2(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        s1[i + 1] = s1[i] + values[i];
        s2[i + 1] = s2[i] + values[i] * values[i];
    }
    auto cost = [&](size_t a, size_t b) {
        const double s = s1[b] - s1[a];
        return std::max(0.0, s2[b] - s2[a] - s * s / double(b - a));
    };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> d(size_t(classes), std::vector<double>(n + 1, inf));
    for (size_t j = 1; j <= n; ++j)
        d[0][j] = cost(0, j);
    for (size_t c = 1; c < size_t(classes); ++c) {
        for (size_t j = c + 1; j <= n; ++j) {
            for (size_t i = c; i < j; ++i)
                d[c][j] = std::min(d[c][j], d[c - 1][i] + cost(i, j));
        }
    }
    return d[size_t(classes) - 1][n];
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

qint64 legendTotal(const QList<LegendEntry> &legend)
{
    qint64 total = 0;
    for (const LegendEntry &e : legend)
        total += e.count;
    return total;
}

} // namespace

TEST_CASE("Natural breaks equal the best of all break placements on small sets",
          "[choropleth]")
{
    std::mt19937 rng(20261122);
    for (int trial = 0; trial < 200; ++trial) {
        const int n = 6 + int(rng() % 12);
        std::vector<double> values;
        // Half the trials draw whole numbers with many ties, half skewed decimals.
        const bool ties = trial % 2 == 0;
        std::uniform_int_distribution<int> small(0, 9);
        std::exponential_distribution<double> skewed(0.5);
        for (int i = 0; i < n; ++i)
            values.push_back(ties ? double(small(rng)) : std::round(skewed(rng) * 1000) / 1000);
        const int k = 3 + trial % 5;
        const ChoroplethClasses c = Choropleth::classify(values, ClassMethod::NaturalBreaks, k);
        const size_t distinct = sortedDistinct(values).size();
        INFO("trial " << trial << ", " << n << " values, " << distinct << " distinct, k " << k);
        REQUIRE(c.classCount() == int(std::min<size_t>(size_t(k), distinct)));
        const double found = Choropleth::squaredDeviations(values, c.breaks);
        const double best = bruteForceOptimum(values, k);
        CHECK(found == Approx(best).margin(1e-9).epsilon(1e-9));
        // No class is empty.
        for (const LegendEntry &e : c.legend(values)) {
            if (e.classIndex >= 0)
                CHECK(e.count > 0);
        }
    }
}

TEST_CASE("Natural breaks equal Fisher's plain programme on 1,500 values", "[choropleth]")
{
    std::mt19937 rng(7);
    std::lognormal_distribution<double> dist(0.0, 0.8);
    std::vector<double> values;
    for (int i = 0; i < 1500; ++i)
        values.push_back(dist(rng));
    for (int k = kMinClasses; k <= kMaxClasses; ++k) {
        const ChoroplethClasses c = Choropleth::classify(values, ClassMethod::NaturalBreaks, k);
        REQUIRE(c.classCount() == k);
        CHECK(Choropleth::squaredDeviations(values, c.breaks)
              == Approx(plainFisherOptimum(values, k)).epsilon(1e-9));
    }
}

TEST_CASE("Quantile classes hold equal numbers of regions, ties kept together",
          "[choropleth]")
{
    SECTION("distinct values: counts differ by at most one")
    {
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> dist(0, 50);
        std::vector<double> values;
        for (int i = 0; i < 1003; ++i)
            values.push_back(dist(rng));
        for (int k = kMinClasses; k <= kMaxClasses; ++k) {
            const ChoroplethClasses c = Choropleth::classify(values, ClassMethod::Quantile, k);
            REQUIRE(c.classCount() == k);
            qint64 least = 1 << 30, most = 0;
            for (const LegendEntry &e : c.legend(values)) {
                if (e.classIndex < 0)
                    continue;
                least = std::min(least, e.count);
                most = std::max(most, e.count);
            }
            CHECK(most - least <= 1);
        }
    }
    SECTION("mostly zeros: the zeros make one class and the rest is shared out")
    {
        // 700 zeros and 300 counts from 1 to 300: five classes.
        std::vector<double> values(700, 0.0);
        for (int i = 1; i <= 300; ++i)
            values.push_back(i);
        const ChoroplethClasses c = Choropleth::classify(values, ClassMethod::Quantile, 5);
        REQUIRE(c.classCount() == 5);
        CHECK(c.breaks.first() == 0);
        const QList<LegendEntry> legend = c.legend(values);
        CHECK(legend.at(0).count == 700);
        for (int i = 1; i < 5; ++i)
            CHECK(legend.at(i).count == 75);
        CHECK(legend.at(0).label == QStringLiteral("0"));
        CHECK(legend.at(1).label == QStringLiteral("1–75"));
        CHECK(legend.at(4).label == QStringLiteral("226–300"));
    }
    SECTION("ties never straddle two classes")
    {
        std::vector<double> values;
        for (int v = 0; v < 10; ++v)
            for (int r = 0; r <= v; ++r)
                values.push_back(v);
        const ChoroplethClasses c = Choropleth::classify(values, ClassMethod::Quantile, 7);
        CHECK(c.classCount() <= 7);
        for (const LegendEntry &e : c.legend(values)) {
            if (e.classIndex >= 0)
                CHECK(e.count > 0);
        }
        CHECK(legendTotal(c.legend(values)) == qint64(values.size()));
    }
}

TEST_CASE("Equal intervals split the range evenly", "[choropleth]")
{
    std::vector<double> values;
    for (int i = 0; i <= 100; ++i)
        values.push_back(i);
    const ChoroplethClasses c = Choropleth::classify(values, ClassMethod::EqualInterval, 5);
    CHECK(c.breaks == QList<double> {20, 40, 60, 80, 100});
    CHECK(c.classOf(0) == 0);
    CHECK(c.classOf(20) == 0);
    CHECK(c.classOf(21) == 1);
    CHECK(c.classOf(100) == 4);
    CHECK(c.classLabel(0) == QStringLiteral("0–20"));
    CHECK(c.classLabel(1) == QStringLiteral("21–40"));

    // A gap in the data leaves an interval empty: that is what the method shows.
    const std::vector<double> gap {0, 1, 2, 9, 10};
    const ChoroplethClasses g = Choropleth::classify(gap, ClassMethod::EqualInterval, 3);
    REQUIRE(g.classCount() == 3);
    CHECK(g.legend(gap).at(1).count == 0);
}

TEST_CASE("Few, equal, missing and odd values give fewer classes and no data",
          "[choropleth]")
{
    for (ClassMethod method :
         {ClassMethod::Quantile, ClassMethod::NaturalBreaks, ClassMethod::EqualInterval}) {
        INFO(Choropleth::classMethodKey(method).toStdString());
        {   // fewer distinct values than classes: one class each
            const std::vector<double> values {1, 1, 2, 2, 3, kNaN};
            const ChoroplethClasses c = Choropleth::classify(values, method, 5);
            CHECK(c.breaks == QList<double> {1, 2, 3});
            CHECK(c.colours.size() == 3);
            const QList<LegendEntry> legend = c.legend(values);
            REQUIRE(legend.size() == 4);
            CHECK(legend.at(0).label == QStringLiteral("1"));
            CHECK(legend.at(0).count == 2);
            CHECK(legend.at(2).label == QStringLiteral("3"));
            CHECK(legend.at(3).classIndex == -1);
            CHECK(legend.at(3).count == 1);
            CHECK(legend.at(3).colour == Choropleth::noDataColour());
        }
        {   // all equal: one class
            const std::vector<double> values(10, 4.5);
            const ChoroplethClasses c = Choropleth::classify(values, method, 5);
            CHECK(c.classCount() == 1);
            CHECK(c.classOf(4.5) == 0);
            CHECK(c.classLabel(0) == QStringLiteral("4.5"));
        }
        {   // all missing: no classes, everything no data
            const std::vector<double> values {kNaN, kNaN,
                                              std::numeric_limits<double>::infinity()};
            const ChoroplethClasses c = Choropleth::classify(values, method, 5);
            CHECK(c.classCount() == 0);
            CHECK(c.classesOf(values) == std::vector<int> {-1, -1, -1});
            const QList<LegendEntry> legend = c.legend(values);
            REQUIRE(legend.size() == 1);
            CHECK(legend.at(0).count == 3);
            CHECK(legend.at(0).label == QStringLiteral("No data"));
        }
        {   // empty input
            const ChoroplethClasses c = Choropleth::classify({}, method, 5);
            CHECK(c.classCount() == 0);
            CHECK(c.legend({}).size() == 1);
        }
    }
    // NaN and infinities are no data, whatever the classes.
    const ChoroplethClasses c = Choropleth::classify({0, 1, 2, 3, 4, 5}, ClassMethod::Quantile);
    CHECK(c.classOf(kNaN) == -1);
    CHECK(c.classOf(-std::numeric_limits<double>::infinity()) == -1);
    CHECK(c.colourOf(kNaN) == Choropleth::noDataColour());
    // Out of range values clamp to the first and last class.
    CHECK(c.classOf(-10) == 0);
    CHECK(c.classOf(99) == c.classCount() - 1);
    // The class count is kept within 3–7.
    std::vector<double> many;
    for (int i = 0; i < 100; ++i)
        many.push_back(i);
    CHECK(Choropleth::classify(many, ClassMethod::Quantile, 1).classCount() == 3);
    CHECK(Choropleth::classify(many, ClassMethod::Quantile, 12).classCount() == 7);
}

TEST_CASE("Legends label counts, rates and percentages and add up to the regions",
          "[choropleth]")
{
    std::mt19937 rng(11);
    std::vector<double> rates;
    std::uniform_real_distribution<double> dist(0, 3);
    for (int i = 0; i < 500; ++i)
        rates.push_back(i % 10 == 0 ? kNaN : dist(rng));
    const ChoroplethClasses c = Choropleth::classify(rates, ClassMethod::NaturalBreaks, 5);
    const QList<LegendEntry> legend = c.legend(rates);
    REQUIRE(legend.size() == 6);
    CHECK(legendTotal(legend) == 500);
    CHECK(legend.last().count == 50);
    CHECK_FALSE(c.integral);
    // Decimals: "a–b" with one decimal at least, the same on every row.
    for (int i = 0; i < 5; ++i) {
        const QString label = legend.at(i).label;
        INFO(label.toStdString());
        CHECK(label.contains(QChar(u'–')));
        CHECK(label.section(QChar(u'–'), 0, 0).contains(QLatin1Char('.')));
    }
    // Each class starts where the previous ended.
    CHECK(legend.at(1).label.section(QChar(u'–'), 0, 0)
          == legend.at(0).label.section(QChar(u'–'), 1, 1));

    // Shares printed as percentages.
    const std::vector<double> shares {0.80, 0.85, 0.9, 0.92, 0.95, 0.97, 1.0};
    const ChoroplethClasses s = Choropleth::classify(shares, ClassMethod::Quantile, 3,
                                                     ChoroplethPalette::YellowOrangeRedReversed);
    CHECK(s.classLabel(0, ValueFormat::Percent) == QStringLiteral("80%–85%"));
    CHECK(s.classLabel(2, ValueFormat::Percent).endsWith(QStringLiteral("100%")));

    // Whole numbers: ranges of whole numbers.
    const std::vector<double> counts {0, 0, 1, 2, 3, 5, 8, 13, 21, 34};
    const ChoroplethClasses n = Choropleth::classify(counts, ClassMethod::NaturalBreaks, 3);
    CHECK(n.integral);
    // The optimum (by trying all placements) cuts after 8 and after 21.
    CHECK(n.breaks == QList<double> {8, 21, 34});
    CHECK(n.classLabel(0) == QStringLiteral("0–8"));
    CHECK(n.classLabel(1) == QStringLiteral("9–21"));
    CHECK(n.classLabel(2) == QStringLiteral("22–34"));
}

TEST_CASE("Palettes are ColorBrewer YlOrRd and viridis steps, grey for no data",
          "[choropleth]")
{
    const QList<QColor> five = Choropleth::paletteColours(ChoroplethPalette::YellowOrangeRed, 5);
    CHECK(five == QList<QColor> {QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xcc, 0x5c),
                                 QColor(0xfd, 0x8d, 0x3c), QColor(0xf0, 0x3b, 0x20),
                                 QColor(0xbd, 0x00, 0x26)});
    for (int k = kMinClasses; k <= kMaxClasses; ++k) {
        for (ChoroplethPalette p :
             {ChoroplethPalette::YellowOrangeRed, ChoroplethPalette::YellowOrangeRedReversed,
              ChoroplethPalette::Viridis}) {
            const QList<QColor> colours = Choropleth::paletteColours(p, k);
            CHECK(colours.size() == k);
            // Sequential: luminance runs one way only.
            const bool rising = p == ChoroplethPalette::YellowOrangeRedReversed
                                || p == ChoroplethPalette::Viridis;
            for (int i = 1; i < k; ++i) {
                const double before = luminance(colours.at(i - 1));
                const double after = luminance(colours.at(i));
                CHECK((rising ? after > before : after < before));
            }
        }
    }
    CHECK(Choropleth::paletteColours(ChoroplethPalette::YellowOrangeRedReversed, 3).first()
          == QColor(0xf0, 0x3b, 0x20));
    CHECK(Choropleth::paletteColours(ChoroplethPalette::Viridis, 5).first()
          == QColor(0x44, 0x01, 0x54));
    CHECK(Choropleth::noDataColour() == QColor(0xbd, 0xbd, 0xbd));
    ChoroplethPalette palette;
    CHECK(Choropleth::paletteFromKey(QStringLiteral("viridis"), &palette));
    CHECK(palette == ChoroplethPalette::Viridis);
    ClassMethod method;
    CHECK(Choropleth::classMethodFromKey(QStringLiteral("natural-breaks"), &method));
    CHECK(method == ClassMethod::NaturalBreaks);
    CHECK_FALSE(Choropleth::classMethodFromKey(QStringLiteral("jenks"), &method));
}

TEST_CASE("The four-colour risk level has fixed red, yellow, blue and green", "[choropleth]")
{
    const ChoroplethClasses risk = Choropleth::riskLevelClasses();
    REQUIRE(risk.classCount() == 4);
    CHECK(risk.isCategorical());
    CHECK(risk.classOf(0) == 0);
    CHECK(risk.classOf(3) == 3);
    CHECK(risk.colourOf(3).red() > 200);
    CHECK(risk.colourOf(3).green() < 60); // red
    CHECK(risk.colourOf(2).red() > 200);
    CHECK(risk.colourOf(2).green() > 180); // yellow
    CHECK(risk.colourOf(1).blue() > risk.colourOf(1).red()); // blue
    CHECK(risk.colourOf(0).green() > risk.colourOf(0).red()); // green
    const std::vector<double> levels {0, 0, 1, 3, kNaN};
    const QList<LegendEntry> legend = risk.legend(levels);
    REQUIRE(legend.size() == 5);
    CHECK(legend.at(0).count == 2);
    CHECK(legend.at(2).count == 0); // every level is listed
    CHECK(legend.at(3).label == QStringLiteral("Major risk (red)"));
    CHECK(legendTotal(legend) == 5);
}

TEST_CASE("Classifying 400,000 values in each method gives consistent classes",
          "[choropleth]")
{
    std::mt19937 rng(400000);
    std::lognormal_distribution<double> dist(0.5, 0.9);
    std::vector<double> values;
    values.reserve(400000);
    for (int i = 0; i < 400000; ++i)
        values.push_back(i % 50 == 0 ? kNaN : dist(rng));
    for (ClassMethod method :
         {ClassMethod::NaturalBreaks, ClassMethod::Quantile, ClassMethod::EqualInterval}) {
        const ChoroplethClasses c = Choropleth::classify(values, method, 7);
        const std::vector<int> classes = c.classesOf(values);
        const QList<LegendEntry> legend = c.legend(values);
        for (size_t i = 0; i < values.size(); i += 997)
            CHECK(classes[i] == c.classOf(values[i]));
        CHECK(c.classCount() == 7);
        CHECK(legendTotal(legend) == 400000);
        CHECK(legend.last().count == 8000);
    }
    // Binned natural breaks stay close to the optimum of a finer binning.
    const ChoroplethClasses coarse = Choropleth::classify(values, ClassMethod::NaturalBreaks, 5);
    std::vector<double> rounded;
    for (double v : values)
        rounded.push_back(std::isnan(v) ? v : std::round(v * 100) / 100);
    const ChoroplethClasses exact = Choropleth::classify(rounded, ClassMethod::NaturalBreaks, 5);
    CHECK(Choropleth::squaredDeviations(values, coarse.breaks)
          <= Choropleth::squaredDeviations(values, exact.breaks) * 1.001);
}

TEST_CASE("Pinyin initials of place names", "[pinyin]")
{
    if (!PinyinInitials::isAvailable()) {
        WARN("GB18030 codec not available: pinyin initials are off");
        return;
    }
    CHECK(PinyinInitials::of(QStringLiteral("城关镇")) == QStringLiteral("cgz"));
    CHECK(PinyinInitials::of(QStringLiteral("莲湖区")) == QStringLiteral("lhq"));
    CHECK(PinyinInitials::of(QStringLiteral("解放路社区第一网格"))
          == QStringLiteral("jflsqdywg"));
    CHECK(PinyinInitials::of(QStringLiteral("黄田铺镇")) == QStringLiteral("htpz"));
    CHECK(PinyinInitials::of(QStringLiteral("A区3号")) == QStringLiteral("aq3h"));
    // 鄞 is a level-2 hanzi (ordered by radical, not by sound): no initial.
    CHECK(PinyinInitials::of(QStringLiteral("鄞州区")) == QStringLiteral("?zq"));
    CHECK(PinyinInitials::initialOf(u'·') == 0);
    CHECK(PinyinInitials::matches(QStringLiteral("莲湖街道"), QStringLiteral("lhj")));
    CHECK(PinyinInitials::matches(QStringLiteral("莲湖街道"), QStringLiteral("LHJD")));
    CHECK_FALSE(PinyinInitials::matches(QStringLiteral("莲湖街道"), QStringLiteral("hj")));
    CHECK(PinyinInitials::matches(QStringLiteral("莲湖街道"), QStringLiteral("hj"), true));
    CHECK_FALSE(PinyinInitials::matches(QStringLiteral("莲湖街道"), QStringLiteral("lhjdx")));
    CHECK_FALSE(PinyinInitials::matches(QStringLiteral("鄞州区"), QStringLiteral("yzq")));
}
