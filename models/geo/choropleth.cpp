#include "choropleth.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr quint64 kSignBit = quint64(1) << 63;

// ColorBrewer YlOrRd, 3 to 7 classes (each list is ColorBrewer's own, not a resampling).
const char *const kYlOrRd[5][7] = {
    {"#ffeda0", "#feb24c", "#f03b20"},
    {"#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"},
    {"#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"},
    {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"},
    {"#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"},
};

// viridis (viridisLite::viridis(k)), 3 to 7 steps.
const char *const kViridis[5][7] = {
    {"#440154", "#21908c", "#fde725"},
    {"#440154", "#31688e", "#35b779", "#fde725"},
    {"#440154", "#3b528b", "#21908c", "#5dc863", "#fde725"},
    {"#440154", "#414487", "#2a788e", "#22a884", "#7ad151", "#fde725"},
    {"#440154", "#443a83", "#31688e", "#21908c", "#35b779", "#8fd744", "#fde725"},
};

struct RiskLevel
{
    const char *colour;
    const char *label;
};
// 红黄蓝绿, indexed by risk level (0 = low).
const RiskLevel kRiskLevelStyles[] = {
    {"#33a02c", QT_TRANSLATE_NOOP("Choropleth", "Low risk (green)")},
    {"#1f78b4", QT_TRANSLATE_NOOP("Choropleth", "General risk (blue)")},
    {"#ffd700", QT_TRANSLATE_NOOP("Choropleth", "Elevated risk (yellow)")},
    {"#e31a1c", QT_TRANSLATE_NOOP("Choropleth", "Major risk (red)")},
};

struct MethodName
{
    ClassMethod method;
    const char *key;
    const char *label;
};
const MethodName kMethods[] = {
    {ClassMethod::Quantile, "quantile", QT_TRANSLATE_NOOP("Choropleth", "Quantiles")},
    {ClassMethod::NaturalBreaks, "natural-breaks",
     QT_TRANSLATE_NOOP("Choropleth", "Natural breaks (Jenks)")},
    {ClassMethod::EqualInterval, "equal-interval",
     QT_TRANSLATE_NOOP("Choropleth", "Equal intervals")},
};

const char *const kPaletteKeys[] = {"ylorrd", "ylorrd-reversed", "viridis"};

bool isWhole(double v)
{
    return std::abs(v) < 9.0e15 && std::floor(v) == v;
}

// The sorted distinct finite values and how often each occurs.
struct Distinct
{
    std::vector<double> values;
    std::vector<qint64> counts;
    qint64 total = 0;
    bool integral = true;
};

// Doubles as unsigned keys that sort in the same order (sign flipped, negatives inverted).
quint64 sortKey(double v)
{
    quint64 u;
    std::memcpy(&u, &v, sizeof u);
    return (u & kSignBit) ? ~u : (u | kSignBit);
}

double fromSortKey(quint64 k)
{
    const quint64 u = (k & kSignBit) ? (k & ~kSignBit) : ~k;
    double v;
    std::memcpy(&v, &u, sizeof v);
    return v;
}

// LSD radix sort of the keys, 11 bits at a time (six passes; a digit that all keys share, such
// as the exponent of values of one magnitude, is skipped). Several times faster than
// std::sort at 400,000 values.
void radixSort(std::vector<quint64> &keys)
{
    constexpr int kBits = 11;
    constexpr int kPasses = (64 + kBits - 1) / kBits;
    constexpr size_t kBuckets = size_t(1) << kBits;
    const size_t n = keys.size();
    std::vector<size_t> counts(kPasses * kBuckets, 0);
    for (quint64 k : keys) {
        for (int p = 0; p < kPasses; ++p)
            ++counts[size_t(p) * kBuckets + ((k >> (kBits * p)) & (kBuckets - 1))];
    }
    std::vector<quint64> other(n);
    for (int p = 0; p < kPasses; ++p) {
        size_t *c = counts.data() + size_t(p) * kBuckets;
        if (std::find(c, c + kBuckets, n) != c + kBuckets)
            continue; // every key has the same digit here
        size_t offset = 0;
        for (size_t i = 0; i < kBuckets; ++i) {
            const size_t count = c[i];
            c[i] = offset;
            offset += count;
        }
        const int shift = kBits * p;
        for (quint64 k : keys)
            other[c[(k >> shift) & (kBuckets - 1)]++] = k;
        keys.swap(other);
    }
}

Distinct distinctOf(const std::vector<double> &input)
{
    std::vector<quint64> keys;
    keys.reserve(input.size());
    Distinct d;
    for (double v : input) {
        if (!std::isfinite(v))
            continue;
        keys.push_back(sortKey(v));
        if (d.integral && !isWhole(v))
            d.integral = false;
    }
    radixSort(keys);
    d.total = qint64(keys.size());
    d.values.reserve(keys.size());
    d.counts.reserve(keys.size());
    for (size_t i = 0; i < keys.size();) {
        const double v = fromSortKey(keys[i]);
        size_t j = i + 1;
        while (j < keys.size() && fromSortKey(keys[j]) == v) // -0 and +0 are one value
            ++j;
        d.values.push_back(v);
        d.counts.push_back(qint64(j - i));
        i = j;
    }
    return d;
}

// What equal intervals need, without sorting: the extremes, and the distinct values when
// there are at most `classes` of them (else only the first and last; counts are not needed).
Distinct fewDistinctOf(const std::vector<double> &input, int classes)
{
    Distinct d;
    double lo = kInf;
    double hi = -kInf;
    std::vector<double> seen;
    for (double v : input) {
        if (!std::isfinite(v))
            continue;
        ++d.total;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        if (d.integral && !isWhole(v))
            d.integral = false;
        if (seen.size() <= size_t(classes)
            && std::find(seen.cbegin(), seen.cend(), v) == seen.cend())
            seen.push_back(v);
    }
    if (d.total == 0)
        return d;
    if (seen.size() <= size_t(classes)) {
        std::sort(seen.begin(), seen.end());
        d.values = seen;
    } else {
        d.values = {lo, hi};
        // Stands for "more distinct values than classes"; only the ends are read.
        d.values.insert(d.values.begin() + 1, size_t(classes) - 1, lo);
    }
    d.counts.assign(d.values.size(), 0);
    return d;
}

// Quantile breaks, greedily: each class in turn takes the run of distinct values whose count
// comes nearest to an equal share of what is left for the classes left.
QList<double> quantileBreaks(const Distinct &d, int classes)
{
    QList<double> breaks;
    const size_t m = d.values.size();
    size_t start = 0;
    qint64 remaining = d.total;
    for (int c = 0; c < classes - 1 && start < m; ++c) {
        const double target = double(remaining) / double(classes - c);
        qint64 acc = 0;
        size_t j = start;
        for (; j < m; ++j) {
            acc += d.counts[j];
            if (double(acc) >= target)
                break;
        }
        if (j >= m) { // everything left fits in this class
            j = m - 1;
        } else if (j > start) {
            const qint64 before = acc - d.counts[j];
            if (target - double(before) < double(acc) - target) {
                --j;
                acc = before;
            }
        }
        breaks << d.values[j];
        remaining -= acc;
        start = j + 1;
    }
    if (start < m)
        breaks << d.values[m - 1];
    return breaks;
}

QList<double> equalIntervalBreaks(const Distinct &d, int classes)
{
    const double lo = d.values.front();
    const double hi = d.values.back();
    QList<double> breaks;
    const double width = (hi - lo) / classes;
    for (int i = 1; i < classes; ++i) {
        double b = lo + width * i;
        if (d.integral)
            b = std::floor(b); // same classes for whole numbers, plainer labels
        if (breaks.isEmpty() || b > breaks.last())
            breaks << b;
    }
    if (breaks.isEmpty() || hi > breaks.last())
        breaks << hi;
    return breaks;
}

// Weighted points for natural breaks: the distinct values, or bins of them (see classify()).
struct Points
{
    std::vector<double> x;     // value (or a bin's mean)
    std::vector<double> w;     // how many values it stands for
    std::vector<double> upper; // largest value it stands for
};

Points pointsOf(const Distinct &d, size_t limit)
{
    Points p;
    const size_t m = d.values.size();
    if (m <= limit) {
        p.x = d.values;
        p.upper = d.values;
        p.w.reserve(m);
        for (qint64 c : d.counts)
            p.w.push_back(double(c));
        return p;
    }
    // Bins of about total/limit values each; a bin closes only between distinct values.
    const double perBin = double(d.total) / double(limit);
    double weight = 0;
    double sum = 0;
    for (size_t j = 0; j < m; ++j) {
        weight += double(d.counts[j]);
        sum += double(d.counts[j]) * d.values[j];
        if (weight >= perBin || j + 1 == m) {
            p.x.push_back(sum / weight);
            p.w.push_back(weight);
            p.upper.push_back(d.values[j]);
            weight = 0;
            sum = 0;
        }
    }
    return p;
}

// Fisher's exact optimal partition of the weighted points into `classes` runs, minimising the
// weighted sum of squared deviations from the run means. Each layer of the programme is
// filled by divide and conquer: the best start of the last run never moves left as the end
// moves right (the cost is a Monge array), so a layer costs O(m log m) instead of O(m²).
QList<double> naturalBreaks(const Points &p, int classes)
{
    const size_t m = p.x.size();
    // Prefix sums of weight, weighted value and weighted square, about the mean (for accuracy).
    double shift = 0;
    double totalWeight = 0;
    for (size_t i = 0; i < m; ++i) {
        shift += p.w[i] * p.x[i];
        totalWeight += p.w[i];
    }
    shift /= totalWeight;
    std::vector<double> pw(m + 1, 0.0), ps(m + 1, 0.0), pq(m + 1, 0.0);
    for (size_t i = 0; i < m; ++i) {
        const double y = p.x[i] - shift;
        pw[i + 1] = pw[i] + p.w[i];
        ps[i + 1] = ps[i] + p.w[i] * y;
        pq[i + 1] = pq[i] + p.w[i] * y * y;
    }
    // Cost of the run of points [a, b).
    auto cost = [&](size_t a, size_t b) {
        const double w = pw[b] - pw[a];
        const double s = ps[b] - ps[a];
        return std::max(0.0, (pq[b] - pq[a]) - s * s / w);
    };

    const size_t k = size_t(classes);
    std::vector<double> prev(m + 1, kInf), cur(m + 1, kInf);
    for (size_t j = 1; j <= m; ++j)
        prev[j] = cost(0, j);
    // start[c][j]: where the last of c+1 runs covering points [0, j) begins.
    std::vector<std::vector<quint32>> start(k, std::vector<quint32>(m + 1, 0));

    for (size_t c = 1; c < k; ++c) {
        std::fill(cur.begin(), cur.end(), kInf);
        std::vector<quint32> &from = start[c];
        // Only j = m matters for the last layer.
        const size_t jlo = c == k - 1 ? m : c + 1;
        struct Task
        {
            size_t jlo, jhi, ilo, ihi;
        };
        std::vector<Task> tasks {{jlo, m, c, m - 1}};
        while (!tasks.empty()) {
            const Task t = tasks.back();
            tasks.pop_back();
            if (t.jlo > t.jhi)
                continue;
            const size_t mid = (t.jlo + t.jhi) / 2;
            double best = kInf;
            size_t bestI = std::max(t.ilo, c);
            const size_t last = std::min(t.ihi, mid - 1);
            for (size_t i = std::max(t.ilo, c); i <= last; ++i) {
                const double v = prev[i] + cost(i, mid);
                if (v < best) {
                    best = v;
                    bestI = i;
                }
            }
            cur[mid] = best;
            from[mid] = quint32(bestI);
            if (mid > t.jlo)
                tasks.push_back({t.jlo, mid - 1, t.ilo, bestI});
            tasks.push_back({mid + 1, t.jhi, bestI, t.ihi});
        }
        std::swap(prev, cur);
    }

    QList<double> breaks(qsizetype(k), 0.0);
    size_t end = m;
    for (size_t c = k - 1; c > 0; --c) {
        breaks[qsizetype(c)] = p.upper[end - 1];
        end = start[c][end];
    }
    breaks[0] = p.upper[end - 1];
    return breaks;
}

// The fewest decimals (from `least`, at most 6) that print the numbers all apart.
int decimalsFor(const QList<double> &numbers, int least)
{
    for (int d = least; d < 6; ++d) {
        bool apart = true;
        for (qsizetype i = 1; i < numbers.size() && apart; ++i) {
            apart = numbers.at(i - 1) == numbers.at(i)
                    || QString::number(numbers.at(i - 1), 'f', d)
                           != QString::number(numbers.at(i), 'f', d);
        }
        if (apart)
            return d;
    }
    return 6;
}

QString range(const QString &lo, const QString &hi)
{
    if (lo == hi)
        return lo;
    //: A class range of a map legend, e.g. 1.5–3.0
    return QCoreApplication::translate("Choropleth", "%1–%2").arg(lo, hi);
}

} // namespace

// --- ChoroplethClasses -----------------------------------------------------------------------

int ChoroplethClasses::classOf(double value) const
{
    if (!std::isfinite(value) || breaks.isEmpty())
        return -1;
    // The number of breaks below the value, all but the last compared (a handful; no branch
    // per break, which matters at 400,000 regions).
    const double *b = breaks.constData();
    const qsizetype last = breaks.size() - 1;
    int c = 0;
    for (qsizetype i = 0; i < last; ++i)
        c += value > b[i] ? 1 : 0;
    return c;
}

QColor ChoroplethClasses::colourOf(double value) const
{
    const int c = classOf(value);
    return c < 0 ? noDataColour : colours.value(c, noDataColour);
}

std::vector<int> ChoroplethClasses::classesOf(const std::vector<double> &values) const
{
    std::vector<int> out;
    out.reserve(values.size());
    for (double v : values)
        out.push_back(classOf(v));
    return out;
}

QString ChoroplethClasses::classLabel(int classIndex, ValueFormat format) const
{
    if (classIndex < 0 || classIndex >= classCount())
        return QCoreApplication::translate("Choropleth", "No data");
    if (isCategorical())
        return categoryLabels.value(classIndex);
    if (format == ValueFormat::Auto)
        format = integral ? ValueFormat::Count : ValueFormat::Decimal;

    const double hi = breaks.at(classIndex);
    const double lo = classIndex == 0 ? minimum : breaks.at(classIndex - 1);
    switch (format) {
    case ValueFormat::Count: {
        const double first = classIndex == 0 ? std::ceil(lo) : std::floor(lo) + 1;
        const double last = std::floor(hi);
        const QString hiText = QString::number(qint64(last));
        return first >= last ? hiText : range(QString::number(qint64(first)), hiText);
    }
    case ValueFormat::Auto:
    case ValueFormat::Decimal: {
        const int d = decimalsFor(QList<double> {minimum} + breaks, 1);
        return range(QString::number(lo, 'f', d), QString::number(hi, 'f', d));
    }
    case ValueFormat::Percent: {
        QList<double> numbers {minimum * 100};
        for (double b : breaks)
            numbers << b * 100;
        const int d = decimalsFor(numbers, 0);
        auto percent = [&](double v) {
            //: A percentage in a map legend
            return QCoreApplication::translate("Choropleth", "%1%")
                .arg(QString::number(v * 100, 'f', d));
        };
        return range(percent(lo), percent(hi));
    }
    }
    return {};
}

QList<LegendEntry> ChoroplethClasses::legend(const std::vector<double> &values,
                                             ValueFormat format) const
{
    std::vector<qint64> counts(size_t(classCount()) + 1, 0); // last: no data
    for (double v : values) {
        const int c = classOf(v);
        ++counts[c < 0 ? counts.size() - 1 : size_t(c)];
    }
    QList<LegendEntry> out;
    for (int c = 0; c < classCount(); ++c)
        out << LegendEntry {c, colours.value(c), classLabel(c, format), counts[size_t(c)]};
    out << LegendEntry {-1, noDataColour, classLabel(-1), counts.back()};
    return out;
}

// --- Choropleth ------------------------------------------------------------------------------

namespace Choropleth {

QColor noDataColour()
{
    return QColor(0xbd, 0xbd, 0xbd);
}

QList<QColor> paletteColours(ChoroplethPalette palette, int classes)
{
    classes = std::clamp(classes, 1, kMaxClasses);
    const int listClasses = std::max(classes, kMinClasses);
    const auto &lists = palette == ChoroplethPalette::Viridis ? kViridis : kYlOrRd;
    QList<QColor> list;
    for (int i = 0; i < listClasses; ++i)
        list << QColor(QLatin1String(lists[listClasses - kMinClasses][i]));
    if (classes == 1)
        list = {list.at(1)};
    else if (classes == 2)
        list = {list.at(0), list.at(2)};
    if (palette == ChoroplethPalette::YellowOrangeRedReversed)
        std::reverse(list.begin(), list.end());
    return list;
}

ChoroplethClasses classify(const std::vector<double> &values, ClassMethod method, int classes,
                           ChoroplethPalette palette)
{
    classes = std::clamp(classes, kMinClasses, kMaxClasses);
    ChoroplethClasses out;
    out.noDataColour = noDataColour();
    const Distinct d = method == ClassMethod::EqualInterval ? fewDistinctOf(values, classes)
                                                            : distinctOf(values);
    out.integral = d.integral;
    if (d.values.empty())
        return out;
    out.minimum = d.values.front();

    if (d.values.size() <= size_t(classes)) {
        // One class per distinct value (this also covers all values equal).
        for (double v : d.values)
            out.breaks << v;
    } else {
        switch (method) {
        case ClassMethod::Quantile:
            out.breaks = quantileBreaks(d, classes);
            break;
        case ClassMethod::NaturalBreaks:
            out.breaks = naturalBreaks(pointsOf(d, size_t(kNaturalBreaksExactLimit)), classes);
            break;
        case ClassMethod::EqualInterval:
            out.breaks = equalIntervalBreaks(d, classes);
            break;
        }
    }
    out.colours = paletteColours(palette, int(out.breaks.size()));
    return out;
}

ChoroplethClasses riskLevelClasses()
{
    ChoroplethClasses out;
    out.noDataColour = noDataColour();
    out.integral = true;
    for (int level = 0; level < kRiskLevels; ++level) {
        out.breaks << double(level);
        out.colours << QColor(QLatin1String(kRiskLevelStyles[level].colour));
        out.categoryLabels
            << QCoreApplication::translate("Choropleth", kRiskLevelStyles[level].label);
    }
    return out;
}

ChoroplethClasses responseBandClasses(const QStringList &labels)
{
    // ColorBrewer RdYlBu (colour-blind safe), blue for the nearest band to red beyond the last.
    static const char *const kRdYlBu[][8] = {
        {"#2c7bb6", "#d7191c"},
        {"#91bfdb", "#ffffbf", "#fc8d59"},
        {"#2c7bb6", "#abd9e9", "#fdae61", "#d7191c"},
        {"#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c"},
        {"#4575b4", "#91bfdb", "#e0f3f8", "#fee090", "#fc8d59", "#d73027"},
        {"#4575b4", "#91bfdb", "#e0f3f8", "#ffffbf", "#fee090", "#fc8d59", "#d73027"},
        {"#4575b4", "#74add1", "#abd9e9", "#e0f3f8", "#fee090", "#fdae61", "#f46d43", "#d73027"},
    };
    ChoroplethClasses out;
    out.noDataColour = noDataColour();
    out.integral = true;
    const int count = std::clamp(int(labels.size()), 2, 8);
    for (int band = 0; band < count; ++band) {
        out.breaks << double(band);
        out.colours << QColor(QLatin1String(kRdYlBu[count - 2][band]));
        out.categoryLabels << labels.value(band);
    }
    return out;
}

QString classMethodKey(ClassMethod method)
{
    return QString::fromLatin1(kMethods[int(method)].key);
}

bool classMethodFromKey(const QString &key, ClassMethod *method)
{
    for (const MethodName &m : kMethods) {
        if (key == QLatin1String(m.key)) {
            *method = m.method;
            return true;
        }
    }
    return false;
}

QString classMethodLabel(ClassMethod method)
{
    return QCoreApplication::translate("Choropleth", kMethods[int(method)].label);
}

QString paletteKey(ChoroplethPalette palette)
{
    return QString::fromLatin1(kPaletteKeys[int(palette)]);
}

bool paletteFromKey(const QString &key, ChoroplethPalette *palette)
{
    for (int i = 0; i < int(std::size(kPaletteKeys)); ++i) {
        if (key == QLatin1String(kPaletteKeys[i])) {
            *palette = static_cast<ChoroplethPalette>(i);
            return true;
        }
    }
    return false;
}

double squaredDeviations(const std::vector<double> &values, const QList<double> &breaks)
{
    ChoroplethClasses classes;
    classes.breaks = breaks;
    std::vector<double> sum(size_t(breaks.size()), 0.0), count(size_t(breaks.size()), 0.0);
    for (double v : values) {
        const int c = classes.classOf(v);
        if (c >= 0) {
            sum[size_t(c)] += v;
            count[size_t(c)] += 1;
        }
    }
    double total = 0;
    for (double v : values) {
        const int c = classes.classOf(v);
        if (c >= 0) {
            const double dev = v - sum[size_t(c)] / count[size_t(c)];
            total += dev * dev;
        }
    }
    return total;
}

} // namespace Choropleth
