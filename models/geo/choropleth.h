#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// Class breaks, colours and legend of a choropleth map (分级设色): one value per region in, a
// class per region and a legend out. Missing values are NaN (or ±inf) and fall in "no data".

// How values are divided into classes.
enum class ClassMethod : int {
    // Equal numbers of regions per class as far as ties allow (a tie never spans two classes).
    Quantile,
    // Jenks natural breaks: the classes that minimise the sum of squared deviations from the
    // class means (Fisher's exact optimum). See classify() for how large inputs are handled.
    NaturalBreaks,
    // Classes of equal width between the smallest and the largest value; a class may be empty
    // where the data has a gap (that is what the method shows).
    EqualInterval,
};

// Sequential colour schemes, light (low) to dark (high) unless reversed. Both are safe for the
// common forms of colour blindness: ColorBrewer's YlOrRd (its own 3–7 class lists) and viridis
// (viridisLite's 3–7 steps, dark purple low to yellow high).
enum class ChoroplethPalette : int {
    YellowOrangeRed,         // higher is worse: open disputes, overdue
    YellowOrangeRedReversed, // lower is worse: security rate
    Viridis,
};

// How legend labels print the class ranges.
enum class ValueFormat : int {
    Auto,    // Count when every value is a whole number, else Decimal
    Count,   // whole numbers: "0", "1–3", "4–9"
    Decimal, // "0.0–1.5", "1.5–3.2": as few decimals (at least one) as keep the breaks apart
    Percent, // fractions of 1 printed as percentages: "85%–90%"
};

inline constexpr int kMinClasses = 3;
inline constexpr int kMaxClasses = 7;
inline constexpr int kDefaultClasses = 5;

// One row of a legend.
struct LegendEntry
{
    int classIndex = -1; // -1: the "no data" entry
    QColor colour;
    QString label;
    qint64 count = 0; // regions in the class
};

// The classes of one map: class i holds the values in (breaks[i-1], breaks[i]], class 0 those
// in [minimum, breaks[0]]. Values below the minimum fall in class 0, above the last break in
// the last class. Categorical classes (the four-colour risk level) hold the whole numbers
// 0 … count-1 and are labelled by name.
struct ChoroplethClasses
{
    double minimum = 0;
    QList<double> breaks;   // upper bound of each class, ascending, one per class
    QList<QColor> colours;  // one per class
    QColor noDataColour;
    QStringList categoryLabels; // categorical classes only: one per class
    bool integral = false;      // every classified value was a whole number

    int classCount() const { return int(breaks.size()); }
    bool isCategorical() const { return !categoryLabels.isEmpty(); }
    // The class of a value; -1 for no data (NaN, ±inf) or when there are no classes.
    int classOf(double value) const;
    QColor colourOf(double value) const;
    // classOf() of every value, in the same order.
    std::vector<int> classesOf(const std::vector<double> &values) const;
    // One entry per class in class order (empty classes included), then "no data"; counts are
    // over `values` (the regions of the map), so they add up to values.size().
    QList<LegendEntry> legend(const std::vector<double> &values,
                              ValueFormat format = ValueFormat::Auto) const;
    // Label of one class's range (or its category name).
    QString classLabel(int classIndex, ValueFormat format = ValueFormat::Auto) const;
};

namespace Choropleth {

// Grey for regions without data (ColorBrewer's grey #bdbdbd).
QColor noDataColour();
// The palette's colours for `classes` classes; 1 and 2 classes take colours of the 3-class
// list (middle; first and last), more than 7 are not offered (clamped).
QList<QColor> paletteColours(ChoroplethPalette palette, int classes);

// Breaks of the finite values (NaN/inf = no data) by `method` into `classes` classes (clamped
// to 3–7). Fewer classes come out when there are fewer distinct values than classes (one per
// value), when ties leave a quantile class nothing, or when all values are equal (one class);
// none at all when no value is finite. Apart from equal intervals, no class is empty.
//
// Natural breaks are exact (Fisher's dynamic programme over the distinct values, weighted by
// how often each occurs, with the divide-and-conquer speed-up that the convexity of the
// squared-deviation cost allows: O(k·m·log m) for m distinct values) up to
// kNaturalBreaksExactLimit distinct values. Beyond that the sorted values are first gathered
// into that many bins of about equal count (a bin never splits a tie) and the optimum is taken
// over the bins' weighted means, so breaks fall on bin edges: within 1/16,384 of the data
// (by rank) of the exact optimum.
ChoroplethClasses classify(const std::vector<double> &values, ClassMethod method,
                           int classes = kDefaultClasses,
                           ChoroplethPalette palette = ChoroplethPalette::YellowOrangeRed);

inline constexpr int kNaturalBreaksExactLimit = 16384;

// The four-colour risk classes (红黄蓝绿): values 0 green (low risk), 1 blue (general),
// 2 yellow (elevated), 3 red (major risk), in fixed colours.
ChoroplethClasses riskLevelClasses();
inline constexpr int kRiskLevels = 4;

// The response-time bands as categories: values 0 … labels.size()−1 (the nearest band first,
// the last "beyond"), blue for near to red for far; 2–8 bands (labels beyond 8 are dropped).
ChoroplethClasses responseBandClasses(const QStringList &labels);

// Keys for settings and the CLI ("quantile", "natural-breaks", "equal-interval") and
// translated names; fromKey returns false when the key is unknown.
QString classMethodKey(ClassMethod method);
bool classMethodFromKey(const QString &key, ClassMethod *method);
QString classMethodLabel(ClassMethod method);
// "ylorrd", "ylorrd-reversed", "viridis"
QString paletteKey(ChoroplethPalette palette);
bool paletteFromKey(const QString &key, ChoroplethPalette *palette);

// Sum of squared deviations from the class means when the sorted `values` are cut after each
// break (values <= breaks[0] in the first class, …): what natural breaks minimise.
double squaredDeviations(const std::vector<double> &values, const QList<double> &breaks);

} // namespace Choropleth
