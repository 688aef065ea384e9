#include "reportchartpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

using Kind = ReportChart::Kind;

constexpr QRgb kAlertRed = 0xc0392b;
constexpr QRgb kText = 0x222222;
constexpr QRgb kMutedText = 0x555555;
constexpr QRgb kGrid = 0xdcdcdc;
constexpr QRgb kAxis = 0x666666;
constexpr QRgb kReference = 0x333333;

// Greyscale levels (0.299 R + 0.587 G + 0.114 B) of the first four: blue 99, orange 154,
// green 67, grey 200, so a black-and-white print still tells them apart.
constexpr QRgb kPalette[] = {
    0x2f6fb0, // blue
    0xe8892b, // orange
    0x1d5c2a, // dark green
    0xc8c8c8, // light grey
    0x8e6bb8, // purple
    0x8c5a2b, // brown
    0x4aa3a2, // teal
    0x5a5a5a, // dark grey
};
constexpr int kPaletteSize = int(std::size(kPalette));

constexpr double kSin45 = 0.70710678;

// Sizes on paper turned into the painter's device units, and the fonts the chart uses.
struct Metrics
{
    const QPaintDevice *device = nullptr;
    double mm = 1;       // device units per millimetre
    QFont title;         // bold body size
    QFont label;         // axis, categories, legend: 85 % of the body
    QFont labelBold;     // a highlighted category
    QFont value;         // figures at bars and columns: 80 % of the body

    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, device); }
};

double basePoints(const QFont &font)
{
    if (font.pointSizeF() > 0)
        return font.pointSizeF();
    if (font.pixelSize() > 0)
        return font.pixelSize() * 72.0 / 96.0;
    return 10.5;
}

QFont scaledFont(const QFont &font, double factor)
{
    QFont f = font;
    f.setPointSizeF(std::max(5.0, basePoints(font) * factor));
    return f;
}

Metrics metricsFor(const QPaintDevice *device, const QFont &font)
{
    Metrics m;
    m.device = device;
    const int dpi = device->logicalDpiY();
    m.mm = (dpi > 0 ? dpi : 96) / 25.4;
    m.title = scaledFont(font, 1.0);
    m.title.setBold(true);
    m.label = scaledFont(font, 0.85);
    m.labelBold = m.label;
    m.labelBold.setBold(true);
    m.value = scaledFont(font, 0.8);
    return m;
}

QPen solidPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QPen dashedPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCapStyle(Qt::FlatCap);
    pen.setDashPattern({5, 3});
    return pen;
}

std::optional<double> valueAt(const ReportChart &chart, int series, int category)
{
    const auto &values = chart.series.at(series).values;
    if (category >= values.size() || !values.at(category) || !std::isfinite(*values.at(category)))
        return std::nullopt;
    return values.at(category);
}

bool isHighlighted(const ReportChart &chart, int category)
{
    return category < chart.highlighted.size() && chart.highlighted.at(category);
}

QColor seriesFill(const ReportChart &chart, int series)
{
    const QColor own = chart.series.at(series).colour;
    return own.isValid() ? own : ReportChartPainter::seriesColour(series);
}

// The alert red, a shade lighter for each further series of a group.
QColor highlightFill(int series)
{
    const QColor red(kAlertRed);
    return series == 0 ? red : red.lighter(100 + 35 * series).toRgb();
}

// The figures of a chart: their extent (with the reference line) and whether all are counts.
struct DataRange
{
    double lo = 0;
    double hi = 0;
    bool any = false;       // at least one value to draw
    bool integral = true;   // every value whole
};

DataRange dataRange(const ReportChart &chart)
{
    DataRange r;
    auto take = [&r](double v) {
        r.lo = r.any ? std::min(r.lo, v) : v;
        r.hi = r.any ? std::max(r.hi, v) : v;
        r.any = true;
        if (v != std::round(v))
            r.integral = false;
    };
    for (int s = 0; s < chart.series.size(); ++s) {
        for (int i = 0; i < chart.categories.size(); ++i) {
            if (const auto v = valueAt(chart, s, i))
                take(*v);
        }
    }
    if (r.any && chart.reference && std::isfinite(*chart.reference))
        take(*chart.reference);
    return r;
}

QString fixed(double v, int decimals)
{
    // "-0" reads oddly on an axis.
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        v = 0;
    return QString::number(v, 'f', decimals);
}

// How the figures at the marks are printed: rates with one decimal, counts whole.
struct ValueFormat
{
    bool percent = false;
    int decimals = 0;

    QString text(double v) const
    {
        return percent ? fixed(v * 100, decimals) + QLatin1Char('%') : fixed(v, decimals);
    }
};

ValueFormat valueFormat(const ReportChart &chart, const DataRange &range)
{
    if (chart.percent)
        return {true, 1};
    if (range.integral)
        return {false, 0};
    return {false, std::max(std::abs(range.lo), std::abs(range.hi)) < 1 ? 2 : 1};
}

// The value axis: from `min` to `max` in steps of `step` (1, 2 or 5 × 10^k).
struct ValueAxis
{
    double min = 0;
    double max = 1;
    double step = 1;
    bool percent = false;

    int intervals() const { return int(std::lround((max - min) / step)); }
    double tick(int i) const { return min + i * step; }
    double fraction(double v) const { return (v - min) / (max - min); }
    // Where bars and columns start: 0, or the axis end nearest to it.
    double base() const { return std::clamp(0.0, min, max); }

    QString label(double v) const
    {
        const double shown = percent ? step * 100 : step;
        const int decimals = std::max(0, int(-std::floor(std::log10(shown) + 1e-9)));
        return percent ? fixed(v * 100, decimals) + QLatin1Char('%') : fixed(v, decimals);
    }
};

double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

ValueAxis niceAxis(double lo, double hi, int ticks, bool integral, bool percent)
{
    if (!(hi > lo))
        hi = lo + (lo == 0 ? (percent ? 0.1 : 1.0) : std::abs(lo) * 0.1);
    ValueAxis axis;
    axis.percent = percent;
    axis.step = niceStep((hi - lo) / std::max(1, ticks));
    if (integral)
        axis.step = std::max(axis.step, 1.0); // no half cases
    axis.min = std::floor(lo / axis.step + 1e-9) * axis.step;
    axis.max = std::ceil(hi / axis.step - 1e-9) * axis.step;
    if (axis.max <= axis.min)
        axis.max = axis.min + axis.step;
    return axis;
}

ValueAxis chooseAxis(const ReportChart &chart, const DataRange &range, int ticks)
{
    double lo = std::min(0.0, range.lo);
    const double hi = std::max(0.0, range.hi);
    // Rates bunched near the top (80–100 %) would give bars and lines all alike from 0: start
    // the axis a little below the least rate. Columns and counts keep 0, their height is the
    // figure.
    if (chart.percent && chart.kind != Kind::Columns && range.lo > 0.4 * range.hi) {
        const double pad = std::max((range.hi - range.lo) * 0.25, 0.02);
        lo = std::max(0.0, range.lo - pad);
    }
    return niceAxis(lo, hi, ticks, range.integral && !chart.percent, chart.percent);
}

QString unitText(const ReportChart &chart)
{
    if (chart.percent || chart.unit.isEmpty())
        return {};
    return QCoreApplication::translate("ReportChart", "Unit: %1").arg(chart.unit);
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2e80;
}

// A long label in two lines: at the space nearest its middle, or between two Chinese
// characters near its middle; one line when it has no such place.
QStringList splitLabel(const QString &text)
{
    const int n = int(text.size());
    if (n < 4)
        return {text};
    const int middle = n / 2;
    int best = -1;
    for (int i = 1; i < n; ++i) {
        const bool breakable = text.at(i).isSpace()
            || (isCjk(text.at(i - 1)) && isCjk(text.at(i)) && !text.at(i - 1).isSpace());
        if (breakable && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best <= 0)
        return {text};
    const QString first = text.left(best).trimmed();
    const QString second = text.mid(best).trimmed();
    if (first.isEmpty() || second.isEmpty())
        return {text};
    return {first, second};
}

double widestLine(const QFontMetricsF &fm, const QStringList &lines)
{
    double w = 0;
    for (const QString &line : lines)
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

// The height used.
double drawTitle(QPainter &p, const QRectF &area, const QString &title, const Metrics &m)
{
    if (title.isEmpty())
        return 0;
    const QFontMetricsF fm = m.metrics(m.title);
    p.setFont(m.title);
    p.setPen(QColor(kText));
    p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
               fm.elidedText(title, Qt::ElideRight, area.width()));
    return fm.height() + 1.5 * m.mm;
}

void drawMarker(QPainter &p, const QPointF &at, int shape, double size, const QColor &fill,
                const Metrics &m)
{
    p.setPen(QPen(Qt::white, 0.2 * m.mm));
    p.setBrush(fill);
    const double r = size / 2;
    switch (shape % 4) {
    case 0:
        p.drawEllipse(at, r, r);
        break;
    case 1:
        p.drawRect(QRectF(at.x() - 0.9 * r, at.y() - 0.9 * r, 1.8 * r, 1.8 * r));
        break;
    case 2:
        p.drawPolygon(QPolygonF({at + QPointF(0, -1.15 * r), at + QPointF(1.1 * r, 0.8 * r),
                                 at + QPointF(-1.1 * r, 0.8 * r)}));
        break;
    default:
        p.drawPolygon(QPolygonF({at + QPointF(0, -1.25 * r), at + QPointF(1.25 * r, 0),
                                 at + QPointF(0, 1.25 * r), at + QPointF(-1.25 * r, 0)}));
        break;
    }
}

// Series swatches and names, centred in as many rows as they need; the height used.
double drawLegend(QPainter &p, const QRectF &area, const ReportChart &chart, const Metrics &m)
{
    const int ns = int(chart.series.size());
    if (ns < 2)
        return 0;
    const QFontMetricsF fm = m.metrics(m.label);
    const double h = fm.height();
    const bool lines = chart.kind == Kind::Lines;
    const double swatch = lines ? 6 * m.mm : 0.7 * h;
    const double inner = 1.2 * m.mm;
    const double between = 4 * m.mm;
    const double maxText = std::max(area.width() - swatch - inner, 1.0);

    QList<QList<int>> rows;
    QList<double> rowWidths;
    for (int s = 0; s < ns; ++s) {
        const double w = swatch + inner + std::min(fm.horizontalAdvance(chart.series[s].name),
                                                   maxText);
        if (rows.isEmpty() || rowWidths.last() + between + w > area.width()) {
            rows.append(QList<int> {s});
            rowWidths.append(w);
        } else {
            rows.last().append(s);
            rowWidths.last() += between + w;
        }
    }

    p.setFont(m.label);
    const double rowHeight = 1.15 * h;
    for (int r = 0; r < rows.size(); ++r) {
        double x = area.left() + (area.width() - rowWidths[r]) / 2;
        const double y = area.top() + r * rowHeight;
        const double midY = y + h / 2;
        for (const int s : rows[r]) {
            const QColor colour = seriesFill(chart, s);
            if (lines) {
                p.setPen(solidPen(colour, 0.45 * m.mm));
                p.drawLine(QPointF(x, midY), QPointF(x + swatch, midY));
                drawMarker(p, QPointF(x + swatch / 2, midY), s, 1.7 * m.mm, colour, m);
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(colour);
                p.drawRect(QRectF(x, midY - swatch / 2, swatch, swatch));
            }
            x += swatch + inner;
            const QString name = fm.elidedText(chart.series[s].name, Qt::ElideRight, maxText);
            const double w = fm.horizontalAdvance(name);
            p.setPen(QColor(kText));
            p.drawText(QRectF(x, y, w + 1, h), Qt::AlignLeft | Qt::AlignVCenter, name);
            x += w + between;
        }
    }
    return rows.size() * rowHeight + 1.5 * m.mm;
}

void drawNoData(QPainter &p, const QRectF &area, const Metrics &m)
{
    const double edge = 0.1 * m.mm;
    p.setPen(solidPen(QColor(kGrid), 2 * edge));
    p.setBrush(Qt::NoBrush);
    p.drawRect(area.adjusted(edge, edge, -edge, -edge));
    p.setFont(m.label);
    p.setPen(QColor(kMutedText));
    p.drawText(area, Qt::AlignCenter | Qt::TextSingleLine,
               QCoreApplication::translate("ReportChart", "No data"));
}

// A rectangle of width `w` centred at `x`, moved inside [left, right] when it sticks out.
QRectF centredIn(double x, double y, double w, double h, double left, double right)
{
    const double l = std::clamp(x - w / 2, left, std::max(left, right - w));
    return QRectF(l, y, w, h);
}

// Which of n names to print when only every `every`-th fits: highlighted ones first, then
// the others wherever they keep that distance from those already chosen.
QList<bool> namesToPrint(const ReportChart &chart, int every)
{
    const int n = int(chart.categories.size());
    QList<bool> shown(n, every <= 1);
    if (every <= 1)
        return shown;
    auto free = [&](int i) {
        for (int j = std::max(0, i - every + 1); j <= std::min(n - 1, i + every - 1); ++j) {
            if (shown[j])
                return false;
        }
        return true;
    };
    for (const bool highlightedFirst : {true, false}) {
        for (int i = 0; i < n; ++i) {
            if (isHighlighted(chart, i) == highlightedFirst && free(i))
                shown[i] = true;
        }
    }
    return shown;
}

// A figure printed at a bar, column or point.
struct Figure
{
    QRectF rect;
    Qt::Alignment align;
    QString text;
};

// Draws the figures over the marks and the reference line; where a figure crosses the line,
// paper shows behind its text so it stays readable.
void drawFigures(QPainter &p, const QList<Figure> &figures, const QLineF &reference,
                 const Metrics &m)
{
    const QFontMetricsF fm = m.metrics(m.value);
    p.setFont(m.value);
    for (const Figure &f : figures) {
        const QRectF ink = fm.boundingRect(f.rect, f.align, f.text);
        const QRectF paper = ink.adjusted(-0.3 * m.mm, fm.height() * 0.12, 0.3 * m.mm,
                                          -fm.height() * 0.12);
        const bool crosses = !reference.isNull()
            && (reference.x1() == reference.x2()
                    ? paper.left() <= reference.x1() && reference.x1() <= paper.right()
                    : paper.top() <= reference.y1() && reference.y1() <= paper.bottom());
        if (crosses)
            p.fillRect(paper, Qt::white);
        p.setPen(QColor(kText));
        p.drawText(f.rect, int(f.align) | Qt::TextSingleLine, f.text);
    }
}

void paintBars(QPainter &p, const QRectF &area, const ReportChart &chart,
               const DataRange &range, const Metrics &m)
{
    const int n = int(chart.categories.size());
    const int ns = int(chart.series.size());
    const ValueFormat format = valueFormat(chart, range);
    const QFontMetricsF lfm = m.metrics(m.label);
    const QFontMetricsF bfm = m.metrics(m.labelBold);
    const QFontMetricsF vfm = m.metrics(m.value);
    const double lh = lfm.height();
    const double gap = 1.5 * m.mm;

    // Category names on the left, as wide as the widest, at most 30 % of the chart.
    double categoryWidth = 0;
    for (int i = 0; i < n; ++i) {
        const QFontMetricsF &fm = isHighlighted(chart, i) ? bfm : lfm;
        categoryWidth = std::max(categoryWidth, fm.horizontalAdvance(chart.categories[i]));
    }
    categoryWidth = std::min(categoryWidth, area.width() * 0.3);

    double valueWidth = 0;
    for (int s = 0; s < ns; ++s) {
        for (int i = 0; i < n; ++i) {
            if (const auto v = valueAt(chart, s, i))
                valueWidth = std::max(valueWidth, vfm.horizontalAdvance(format.text(*v)));
        }
    }

    const bool hasReference = chart.reference && std::isfinite(*chart.reference);
    const QString unit = unitText(chart);
    const double top = hasReference && !chart.referenceLabel.isEmpty() ? 1.2 * lh : 0.3 * lh;
    const double bottom = 0.6 * gap + lh + (unit.isEmpty() ? 0 : 1.1 * lh);
    double right = valueWidth + gap;
    ValueAxis axis;
    QRectF plot;
    for (int pass = 0; pass < 2; ++pass) {
        plot = QRectF(area.left() + categoryWidth + gap, area.top() + top,
                      area.width() - categoryWidth - gap - right, area.height() - top - bottom);
        if (plot.width() < 5 * m.mm || plot.height() < 3 * m.mm)
            return;
        const QString widest = chart.percent ? QStringLiteral("100%") : format.text(range.hi);
        const double tickWidth = lfm.horizontalAdvance(widest) + 3 * m.mm;
        axis = chooseAxis(chart, range, std::clamp(int(plot.width() / (1.6 * tickWidth)), 2, 8));
        right = std::max(valueWidth + gap, lfm.horizontalAdvance(axis.label(axis.max)) / 2);
    }
    auto xOf = [&](double v) { return plot.left() + axis.fraction(v) * plot.width(); };

    // Grid and ticks.
    p.setBrush(Qt::NoBrush);
    p.setFont(m.label);
    for (int t = 0; t <= axis.intervals(); ++t) {
        const double x = xOf(axis.tick(t));
        p.setPen(solidPen(QColor(kGrid), 0.15 * m.mm));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString label = axis.label(axis.tick(t));
        const double w = lfm.horizontalAdvance(label) + 1;
        p.setPen(QColor(kMutedText));
        p.drawText(centredIn(x, plot.bottom() + 0.6 * gap, w, lh, area.left(), area.right()),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, label);
    }
    if (!unit.isEmpty()) {
        p.drawText(QRectF(area.left(), plot.bottom() + 0.6 * gap + 1.1 * lh, area.width(), lh),
                   Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine, unit);
    }

    // Bars, one group per category band.
    const double band = plot.height() / n;
    const double group = std::min(band * (ns == 1 ? 0.62 : 0.78), ns * 7.0 * m.mm);
    const double barPitch = group / ns;
    const double barHeight = ns == 1 ? barPitch : barPitch * 0.88;
    const bool showValues = (ns == 1 ? band : barPitch) >= 0.9 * vfm.height();
    QList<Figure> figures;
    const double base = xOf(axis.base());
    for (int i = 0; i < n; ++i) {
        const double groupTop = plot.top() + band * i + (band - group) / 2;
        for (int s = 0; s < ns; ++s) {
            const auto v = valueAt(chart, s, i);
            if (!v)
                continue;
            const double y = groupTop + s * barPitch;
            const double end = xOf(*v);
            p.setPen(Qt::NoPen);
            p.setBrush(isHighlighted(chart, i) ? highlightFill(s) : seriesFill(chart, s));
            p.drawRect(QRectF(QPointF(base, y), QPointF(end, y + barHeight)).normalized());
            if (!showValues)
                continue;
            const QString text = format.text(*v);
            const double w = vfm.horizontalAdvance(text) + 1;
            const double midY = y + barHeight / 2;
            const double h = vfm.height();
            figures.append(*v >= axis.base()
                               ? Figure {QRectF(end + 0.8 * m.mm, midY - h / 2, w, h),
                                         Qt::AlignLeft | Qt::AlignVCenter, text}
                               : Figure {QRectF(end - 0.8 * m.mm - w, midY - h / 2, w, h),
                                         Qt::AlignRight | Qt::AlignVCenter, text});
        }
    }
    p.setPen(solidPen(QColor(kAxis), 0.25 * m.mm));
    p.drawLine(QPointF(base, plot.top()), QPointF(base, plot.bottom()));

    // The reference: a vertical dashed line, its label above the plot.
    QLineF referenceLine;
    if (hasReference) {
        const double x = xOf(*chart.reference);
        referenceLine = QLineF(x, plot.top() - 0.2 * lh, x, plot.bottom());
        p.setPen(dashedPen(QColor(kReference), 0.3 * m.mm));
        p.drawLine(referenceLine);
        if (!chart.referenceLabel.isEmpty()) {
            const QString text = lfm.elidedText(chart.referenceLabel, Qt::ElideRight,
                                                area.width());
            const double w = lfm.horizontalAdvance(text) + 1;
            p.setFont(m.label);
            p.setPen(QColor(kReference));
            p.drawText(centredIn(x, area.top(), w, lh, area.left(), area.right()),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, text);
        }
    }
    drawFigures(p, figures, referenceLine, m);

    // Category names; smaller, then every other one, when the bands are thin.
    QFont plain = m.label;
    QFont bold = m.labelBold;
    // A line of CJK type is ~1.45 em high with its leading; names ~1.2 em apart still read.
    constexpr double kPitch = 0.85;
    int every = 1;
    if (band < kPitch * lh) {
        const double points = std::max(6.0, plain.pointSizeF() * band / (kPitch * lh));
        plain.setPointSizeF(points);
        bold.setPointSizeF(points);
        every = std::max(1, int(std::ceil(kPitch * m.metrics(plain).height() / band - 1e-6)));
    }
    const QList<bool> shown = namesToPrint(chart, every);
    for (int i = 0; i < n; ++i) {
        if (!shown[i])
            continue;
        const bool alert = isHighlighted(chart, i);
        const QFont &font = alert ? bold : plain;
        const QFontMetricsF fm = m.metrics(font);
        const double midY = plot.top() + band * (i + 0.5);
        p.setFont(font);
        p.setPen(QColor(alert ? kAlertRed : kText));
        p.drawText(QRectF(area.left(), midY - fm.height(), categoryWidth, 2 * fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                   fm.elidedText(chart.categories[i], Qt::ElideRight, categoryWidth));
    }
}

// How the category names sit under a horizontal axis.
struct CategoryLayout
{
    enum class Shape {
        Level,       // one line
        TwoLines,    // split in the middle
        WordWrapped, // wrapped at spaces, up to three lines
        Turned,      // turned 45°, ending at the tick
    };
    Shape shape = Shape::Level;
    QFont font;
    QFont bold;             // a highlighted name
    int every = 1;          // print only every n-th name (highlighted ones first)
    double textWidth = 0;   // names are elided (or wrapped) to this
    double height = 0;      // the band they take under the axis
    double overhang = 0;    // how far the first name reaches left of its tick
};

CategoryLayout layoutCategories(const ReportChart &chart, double slot, const QRectF &area,
                                const Metrics &m)
{
    CategoryLayout c;
    c.font = m.label;
    c.bold = m.labelBold;
    const int n = int(chart.categories.size());
    auto widest = [&](const CategoryLayout &layout) {
        const QFontMetricsF fm = m.metrics(layout.font);
        const QFontMetricsF bfm = m.metrics(layout.bold);
        double w = 0;
        for (int i = 0; i < n; ++i) {
            const QFontMetricsF &f = isHighlighted(chart, i) ? bfm : fm;
            w = std::max(w, f.horizontalAdvance(chart.categories[i]));
        }
        return w;
    };
    const QFontMetricsF fm = m.metrics(c.font);
    const QFontMetricsF bfm = m.metrics(c.bold);
    const double h = fm.height();
    const double oneLine = widest(c);
    const double room = slot - 1.2 * m.mm;

    c.textWidth = oneLine;
    c.height = h;
    c.overhang = oneLine / 2;
    if (oneLine <= room)
        return c;

    if (chart.kind == Kind::Lines) {
        // Months of a trend: print every k-th name level rather than turning them.
        const int every = int(std::ceil((oneLine + 1.5 * m.mm) / slot));
        if (every <= 4) {
            c.every = every;
            return c;
        }
    } else {
        double twoLines = 0;
        double wrappedHeight = 0;
        bool wraps = true;
        for (int i = 0; i < n; ++i) {
            const QFontMetricsF &f = isHighlighted(chart, i) ? bfm : fm;
            twoLines = std::max(twoLines, widestLine(f, splitLabel(chart.categories[i])));
            const QRectF wrapped = f.boundingRect(QRectF(0, 0, std::max(room, 1.0), 10 * h),
                                                  Qt::AlignHCenter | Qt::TextWordWrap,
                                                  chart.categories[i]);
            wraps = wraps && wrapped.width() <= room + 0.5 && wrapped.height() <= 3.2 * h;
            wrappedHeight = std::max(wrappedHeight, wrapped.height());
        }
        if (twoLines <= room) {
            c.shape = CategoryLayout::Shape::TwoLines;
            c.textWidth = twoLines;
            c.height = 2 * h;
            c.overhang = twoLines / 2;
            return c;
        }
        if (wraps) {
            c.shape = CategoryLayout::Shape::WordWrapped;
            c.textWidth = room;
            c.height = wrappedHeight;
            c.overhang = room / 2;
            return c;
        }
    }

    // Turned names: neighbours stand slot·sin 45° apart. Smaller type before fewer names.
    c.shape = CategoryLayout::Shape::Turned;
    const double spacing = slot * kSin45;
    double turnedHeight = h;
    constexpr double kPitch = 0.85; // of a line's height, as for the bars' names
    if (kPitch * h > spacing) {
        const double points = std::max(6.5, c.font.pointSizeF() * spacing / (kPitch * h));
        c.font.setPointSizeF(points);
        c.bold.setPointSizeF(points);
        turnedHeight = m.metrics(c.font).height();
    }
    c.textWidth = std::min(widest(c), area.height() * 0.4);
    c.every = std::max(1, int(std::ceil(kPitch * turnedHeight / spacing - 1e-6)));
    c.height = (c.textWidth + turnedHeight) * kSin45;
    c.overhang = (c.textWidth + turnedHeight / 2) * kSin45;
    return c;
}

void drawCategories(QPainter &p, const QRectF &area, const QRectF &plot,
                    const ReportChart &chart, const CategoryLayout &layout, double top,
                    const Metrics &m)
{
    using Shape = CategoryLayout::Shape;
    const int n = int(chart.categories.size());
    const double slot = plot.width() / n;
    const QList<bool> shown = namesToPrint(chart, layout.every);
    for (int i = 0; i < n; ++i) {
        if (!shown[i])
            continue;
        const bool alert = isHighlighted(chart, i);
        const QFont &font = alert ? layout.bold : layout.font;
        const QFontMetricsF fm = m.metrics(font);
        const double h = fm.height();
        const double x = plot.left() + slot * (i + 0.5);
        const QString &text = chart.categories[i];
        p.setFont(font);
        p.setPen(QColor(alert ? kAlertRed : kText));
        switch (layout.shape) {
        case Shape::Turned: {
            const QString name = fm.elidedText(text, Qt::ElideRight, layout.textWidth + 1);
            p.save();
            p.translate(x, top + h / 2 * kSin45);
            p.rotate(-45);
            p.drawText(QRectF(-layout.textWidth - 1, -h / 2, layout.textWidth + 1, h),
                       Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, name);
            p.restore();
            break;
        }
        case Shape::TwoLines: {
            const QStringList lines = splitLabel(text);
            const double w = widestLine(fm, lines) + 1;
            p.drawText(centredIn(x, top, w, lines.size() * h, area.left(), area.right()),
                       Qt::AlignHCenter | Qt::AlignTop, lines.join(QLatin1Char('\n')));
            break;
        }
        case Shape::WordWrapped:
            p.drawText(centredIn(x, top, layout.textWidth, layout.height, area.left(),
                                 area.right()),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
            break;
        case Shape::Level: {
            const QString name = fm.elidedText(text, Qt::ElideRight, layout.textWidth + 1);
            const double w = fm.horizontalAdvance(name) + 1;
            p.drawText(centredIn(x, top, w, h, area.left(), area.right()),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, name);
            break;
        }
        }
    }
}

void paintColumnsOrLines(QPainter &p, const QRectF &area, const ReportChart &chart,
                         const DataRange &range, const Metrics &m)
{
    const int n = int(chart.categories.size());
    const int ns = int(chart.series.size());
    const bool lines = chart.kind == Kind::Lines;
    const ValueFormat format = valueFormat(chart, range);
    const QFontMetricsF lfm = m.metrics(m.label);
    const QFontMetricsF vfm = m.metrics(m.value);
    const double lh = lfm.height();
    const double vh = vfm.height();
    const double gap = 1.5 * m.mm;
    const QString unit = unitText(chart);
    const bool hasReference = chart.reference && std::isfinite(*chart.reference);

    // The reference label sits right of the plot, in two lines when it is long.
    QStringList referenceLines;
    double referenceWidth = 0;
    if (hasReference && !chart.referenceLabel.isEmpty()) {
        referenceLines = {chart.referenceLabel};
        if (lfm.horizontalAdvance(chart.referenceLabel) > area.width() * 0.18)
            referenceLines = splitLabel(chart.referenceLabel);
        referenceWidth = std::min(widestLine(lfm, referenceLines) + 1, area.width() * 0.25);
    }

    // Above the plot: the unit, and room for a figure over the tallest column or point.
    const double top = unit.isEmpty() ? std::max(0.5 * lh, vh + 1.2 * m.mm) : 1.6 * lh;
    const double right = referenceWidth > 0 ? referenceWidth + gap : 0.3 * lh;
    double left = lfm.horizontalAdvance(QStringLiteral("000")) + gap;
    double bottom = lh + gap;
    ValueAxis axis;
    CategoryLayout layout;
    QRectF plot;
    for (int pass = 0; pass < 4; ++pass) {
        plot = QRectF(area.left() + left, area.top() + top, area.width() - left - right,
                      area.height() - top - bottom);
        if (plot.width() < 5 * m.mm || plot.height() < 3 * m.mm)
            return;
        axis = chooseAxis(chart, range, std::clamp(int(plot.height() / (2.2 * lh)), 2, 8));
        double tickWidth = 0;
        for (int t = 0; t <= axis.intervals(); ++t)
            tickWidth = std::max(tickWidth, lfm.horizontalAdvance(axis.label(axis.tick(t))));
        layout = layoutCategories(chart, plot.width() / n, area, m);
        const double newLeft = std::max(tickWidth + gap, layout.overhang - plot.width() / n / 2);
        const double newBottom = layout.height + 0.6 * gap;
        if (std::abs(newLeft - left) < 0.5 && std::abs(newBottom - bottom) < 0.5)
            break;
        left = std::min(newLeft, area.width() * 0.4);
        bottom = std::min(newBottom, area.height() * 0.45);
    }
    auto yOf = [&](double v) { return plot.bottom() - axis.fraction(v) * plot.height(); };
    const double slot = plot.width() / n;

    // Grid, ticks and the unit.
    p.setBrush(Qt::NoBrush);
    p.setFont(m.label);
    for (int t = 0; t <= axis.intervals(); ++t) {
        const double y = yOf(axis.tick(t));
        p.setPen(solidPen(QColor(kGrid), 0.15 * m.mm));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(kMutedText));
        p.drawText(QRectF(area.left(), y - lh / 2, plot.left() - gap - area.left(), lh),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                   axis.label(axis.tick(t)));
    }
    if (!unit.isEmpty()) {
        p.drawText(QRectF(area.left(), area.top(), area.width() / 2, lh),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, unit);
    }

    double valueWidth = 0;
    for (int s = 0; s < ns; ++s) {
        for (int i = 0; i < n; ++i) {
            if (const auto v = valueAt(chart, s, i))
                valueWidth = std::max(valueWidth, vfm.horizontalAdvance(format.text(*v)));
        }
    }
    QList<Figure> figures;
    auto addFigure = [&](double x, double edge, double v, bool above) {
        const QString text = format.text(v);
        const double w = vfm.horizontalAdvance(text) + 1;
        const double y = above ? edge - 0.6 * m.mm - vh : edge + 0.6 * m.mm;
        figures.append({centredIn(x, y, w, vh, area.left(), area.right()),
                        Qt::AlignHCenter | Qt::AlignVCenter, text});
    };

    const double base = yOf(axis.base());
    if (!lines) {
        const double group = std::min(slot * (ns == 1 ? 0.6 : 0.78), ns * 12.0 * m.mm);
        const double pitch = group / ns;
        const double inner = ns > 1 ? pitch * 0.1 : 0; // a hairline of paper between columns
        const bool showValues = valueWidth <= (ns == 1 ? slot * 0.95 : pitch * 1.05);
        for (int i = 0; i < n; ++i) {
            const double groupLeft = plot.left() + slot * i + (slot - group) / 2;
            for (int s = 0; s < ns; ++s) {
                const auto v = valueAt(chart, s, i);
                if (!v)
                    continue;
                const double x = groupLeft + s * pitch + inner / 2;
                const double end = yOf(*v);
                p.setPen(Qt::NoPen);
                p.setBrush(isHighlighted(chart, i) ? highlightFill(s) : seriesFill(chart, s));
                p.drawRect(QRectF(QPointF(x, base), QPointF(x + pitch - inner, end)).normalized());
                if (showValues)
                    addFigure(x + (pitch - inner) / 2, end, *v, *v >= axis.base());
            }
        }
    } else {
        const double marker = 1.7 * m.mm;
        const bool showValues = ns == 1 && valueWidth * 1.1 <= slot;
        for (int s = 0; s < ns; ++s) {
            const QColor colour = seriesFill(chart, s);
            QPen pen(colour, 0.45 * m.mm);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            // A none breaks the line: each unbroken run is its own polyline.
            QPolygonF run;
            for (int i = 0; i <= n; ++i) {
                const auto v = i < n ? valueAt(chart, s, i) : std::nullopt;
                if (v) {
                    run << QPointF(plot.left() + slot * (i + 0.5), yOf(*v));
                    continue;
                }
                if (run.size() > 1)
                    p.drawPolyline(run);
                run.clear();
            }
            for (int i = 0; i < n; ++i) {
                const auto v = valueAt(chart, s, i);
                if (!v)
                    continue;
                const QPointF at(plot.left() + slot * (i + 0.5), yOf(*v));
                drawMarker(p, at, s, marker, isHighlighted(chart, i) ? highlightFill(0) : colour,
                           m);
                if (showValues)
                    addFigure(at.x(), at.y() - marker / 2, *v, true);
            }
        }
    }
    p.setPen(solidPen(QColor(kAxis), 0.25 * m.mm));
    p.drawLine(QPointF(plot.left(), base), QPointF(plot.right(), base));

    drawCategories(p, area, plot, chart, layout, plot.bottom() + 0.6 * gap, m);

    // The reference: a horizontal dashed line, its label at its right end.
    QLineF referenceLine;
    if (hasReference) {
        const double y = yOf(*chart.reference);
        referenceLine = QLineF(plot.left(), y, plot.right() + 0.3 * gap, y);
        p.setPen(dashedPen(QColor(kReference), 0.3 * m.mm));
        p.drawLine(referenceLine);
        if (!referenceLines.isEmpty()) {
            const double h = referenceLines.size() * lh;
            const double textTop = std::clamp(y - h / 2, area.top(), area.bottom() - h);
            QStringList elided;
            for (const QString &line : referenceLines)
                elided << lfm.elidedText(line, Qt::ElideRight, referenceWidth);
            p.setFont(m.label);
            p.setPen(QColor(kReference));
            p.drawText(QRectF(plot.right() + 0.6 * gap, textTop, referenceWidth, h),
                       Qt::AlignLeft | Qt::AlignVCenter, elided.join(QLatin1Char('\n')));
        }
    }
    drawFigures(p, figures, referenceLine, m);
}

} // namespace

namespace ReportChartPainter {

void paint(QPainter &painter, const QRectF &rect, const ReportChart &chart, const QFont &font)
{
    const QPaintDevice *device = painter.device();
    if (!painter.isActive() || !device || rect.isEmpty())
        return;
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setOpacity(1.0);

    const Metrics m = metricsFor(device, font);
    // A hair of paper round the edge keeps antialiased strokes inside the rectangle.
    const double edge = 0.3 * m.mm;
    QRectF area = rect.adjusted(edge, edge, -edge, -edge);
    area.setTop(area.top() + drawTitle(painter, area, chart.title, m));

    const DataRange range = dataRange(chart);
    if (chart.categories.isEmpty() || chart.series.isEmpty() || !range.any) {
        drawNoData(painter, area, m);
    } else {
        area.setTop(area.top() + drawLegend(painter, area, chart, m));
        if (chart.kind == Kind::Bars)
            paintBars(painter, area, chart, range, m);
        else
            paintColumnsOrLines(painter, area, chart, range, m);
    }
    painter.restore();
}

QColor seriesColour(int index)
{
    const int i = std::max(0, index);
    // Past the palette the colours repeat, darker each round.
    const QColor colour(kPalette[i % kPaletteSize]);
    const int round = i / kPaletteSize;
    return round == 0 ? colour : colour.darker(100 + 30 * round).toRgb();
}

} // namespace ReportChartPainter
