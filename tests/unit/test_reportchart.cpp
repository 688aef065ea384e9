#include <catch2/catch.hpp>

#include "report/reportchartpainter.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace {

using PixelTest = std::function<bool(QRgb)>;

// A contiguous stretch of rows or columns: [first, last].
struct Run
{
    int first = 0;
    int last = 0;
};

QFont bodyFont()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10.5);
    return font;
}

// A white page of `widthMm` × `heightMm` at `dpi`.
QImage page(double widthMm, double heightMm, double dpi)
{
    const double perMm = dpi / 25.4;
    QImage image(qRound(widthMm * perMm), qRound(heightMm * perMm), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    return image;
}

// The chart drawn over the whole of a 160 × 70 mm page (its default size on paper).
QImage render(const ReportChart &chart, double dpi = 150)
{
    QImage image = page(chart.sizeMm.width(), chart.sizeMm.height(), dpi);
    QPainter painter(&image);
    ReportChartPainter::paint(painter, QRectF(image.rect()), chart, bodyFont());
    painter.end();
    return image;
}

bool near(QRgb pixel, QRgb target, int tolerance = 30)
{
    return std::abs(qRed(pixel) - qRed(target)) <= tolerance
        && std::abs(qGreen(pixel) - qGreen(target)) <= tolerance
        && std::abs(qBlue(pixel) - qBlue(target)) <= tolerance;
}

const PixelTest isBlue = [](QRgb c) { return near(c, 0x2f6fb0); };
const PixelTest isRed = [](QRgb c) { return near(c, 0xc0392b); };
// Blue, or blue thinned by antialiasing on white (a sloping line); not grey, not text.
const PixelTest isBluish = [](QRgb c) { return qBlue(c) - qRed(c) > 50 && qBlue(c) > qGreen(c); };
const PixelTest isInk = [](QRgb c) { return qGray(c) < 160; };
const PixelTest isNotWhite = [](QRgb c) { return (c & 0xffffff) != 0xffffff; };

bool matchesAt(const QImage &image, int x, int y, const PixelTest &test)
{
    return test(image.pixel(x, y));
}

// Runs of rows (vertical = false) or columns (true) holding a matching pixel inside `area`.
QList<Run> runs(const QImage &image, const PixelTest &test, bool columns, QRect area = {})
{
    if (area.isNull())
        area = image.rect();
    QList<Run> found;
    const int count = columns ? area.width() : area.height();
    bool inRun = false;
    for (int k = 0; k < count; ++k) {
        bool hit = false;
        const int across = columns ? area.height() : area.width();
        for (int j = 0; j < across && !hit; ++j) {
            const int x = columns ? area.left() + k : area.left() + j;
            const int y = columns ? area.top() + j : area.top() + k;
            hit = matchesAt(image, x, y, test);
        }
        const int at = (columns ? area.left() : area.top()) + k;
        if (hit && !inRun)
            found.append({at, at});
        else if (hit)
            found.last().last = at;
        inRun = hit;
    }
    return found;
}

// Runs closer than `gap` taken as one (a marker's white rim crossing a line).
QList<Run> joined(const QList<Run> &found, int gap)
{
    QList<Run> out;
    for (const Run &r : found) {
        if (!out.isEmpty() && r.first - out.last().last <= gap)
            out.last().last = r.last;
        else
            out.append(r);
    }
    return out;
}

int countPixels(const QImage &image, const PixelTest &test, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            n += matchesAt(image, x, y, test) ? 1 : 0;
    }
    return n;
}

// The width of the blue pixels on row y.
int blueWidth(const QImage &image, int y)
{
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x) {
        if (isBlue(image.pixel(x, y))) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    return first < 0 ? 0 : last - first + 1;
}

ReportChart townshipBars()
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.title = QStringLiteral("图1 各乡镇群众安全感");
    chart.categories = {QStringLiteral("城关镇"), QStringLiteral("石门镇"),
                        QStringLiteral("柳树湾乡"), QStringLiteral("白沙镇"),
                        QStringLiteral("青龙山乡")};
    chart.series = {{QStringLiteral("安全感"), {0.97, 0.95, 0.84, 0.93, 0.91}, {}}};
    chart.percent = true;
    chart.highlighted = {false, false, true};
    return chart;
}

ReportChart monthColumns(std::optional<double> third)
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Columns;
    chart.title = QStringLiteral("图2 矛盾纠纷受理数");
    chart.categories = {QStringLiteral("6月"), QStringLiteral("7月"), QStringLiteral("8月"),
                        QStringLiteral("9月"), QStringLiteral("10月")};
    chart.series = {{QStringLiteral("受理"), {5, 8, third, 6, 7}, {}}};
    chart.unit = QStringLiteral("件");
    return chart;
}

ReportChart monthLines(std::optional<double> third)
{
    ReportChart chart = monthColumns(third);
    chart.kind = ReportChart::Kind::Lines;
    chart.title = QStringLiteral("图3 受理数走势");
    chart.series[0].values = {3, 5, third, 4, 6};
    return chart;
}

// Every feature at once: legend, reference, unit, highlights, long and many names.
ReportChart crowded(ReportChart::Kind kind)
{
    ReportChart chart;
    chart.kind = kind;
    chart.title = QStringLiteral("图9 一个非常非常长的标题，长到一行放不下，"
                                 "也不能画到框外面去，还要再长一些才行，"
                                 "再长一些");
    for (int i = 0; i < 24; ++i)
        chart.categories << QStringLiteral("第%1个很长的乡镇名称").arg(i + 1);
    ReportChart::Series a {QStringLiteral("本月"), {}, {}};
    ReportChart::Series b {QStringLiteral("上月"), {}, {}};
    for (int i = 0; i < 24; ++i) {
        a.values << 0.80 + 0.008 * i;
        b.values << 0.99 - 0.007 * i;
    }
    chart.series = {a, b};
    chart.percent = true;
    chart.highlighted = {true, false, false, true};
    chart.reference = 0.9;
    chart.referenceLabel = QStringLiteral("全县平均 90.0%");
    return chart;
}

} // namespace

TEST_CASE("A highlighted township's bar is red, in its own row band", "[reportchart]")
{
    const QImage image = render(townshipBars());

    const QList<Run> blue = runs(image, isBlue, false);
    const QList<Run> red = runs(image, isRed, false);
    // Townships 1, 2, 4, 5 in blue; the third (the highlighted one) red, between them.
    REQUIRE(blue.size() == 4);
    REQUIRE(red.size() == 1);
    CHECK(red[0].first > blue[1].last);
    CHECK(red[0].last < blue[2].first);
    // Its bar, not only its name, is red: a solid red stretch of at least 5 mm on some row.
    int longestRed = 0;
    for (int y = red[0].first; y <= red[0].last; ++y) {
        int stretch = 0;
        for (int x = 0; x < image.width(); ++x) {
            stretch = isRed(image.pixel(x, y)) ? stretch + 1 : 0;
            longestRed = std::max(longestRed, stretch);
        }
    }
    CHECK(longestRed > 5 * 150 / 25.4);
}

TEST_CASE("Rates bunched near 100 % get an axis that tells them apart", "[reportchart]")
{
    const QImage image = render(townshipBars());
    const QList<Run> blue = runs(image, isBlue, false);
    REQUIRE(blue.size() == 4);
    // 97 % against 91 %: from a 0 % axis the shorter bar would be 94 % of the longer.
    const int longest = blueWidth(image, (blue[0].first + blue[0].last) / 2);
    const int shortest = blueWidth(image, (blue[3].first + blue[3].last) / 2);
    REQUIRE(longest > 0);
    CHECK(double(shortest) / longest < 0.85);
}

TEST_CASE("Columns of counts start at 0, so their heights compare", "[reportchart]")
{
    ReportChart chart = monthColumns(6);
    chart.categories = {QStringLiteral("9月"), QStringLiteral("10月")};
    chart.series[0].values = {10, 20};
    const QImage image = render(chart);
    const QList<Run> columns = runs(image, isBlue, true);
    REQUIRE(columns.size() == 2);
    const auto height = [&](const Run &run) {
        return runs(image, isBlue, false, QRect(run.first, 0, run.last - run.first + 1,
                                                 image.height())).constFirst();
    };
    const Run low = height(columns[0]);
    const Run high = height(columns[1]);
    // Both stand on the same baseline; the first is half as tall.
    CHECK(std::abs(low.last - high.last) <= 1);
    const double ratio = double(low.last - low.first + 1) / (high.last - high.first + 1);
    CHECK(ratio == Approx(0.5).margin(0.04));
}

TEST_CASE("A month without a figure has no column", "[reportchart]")
{
    const QImage full = render(monthColumns(6));
    const QImage gap = render(monthColumns(std::nullopt));

    const QList<Run> fullColumns = runs(full, isBlue, true);
    const QList<Run> gapColumns = runs(gap, isBlue, true);
    REQUIRE(fullColumns.size() == 5);
    CHECK(gapColumns.size() == 4);
    // Where August's column stands in the full chart, the gap chart is free of blue.
    const Run august = fullColumns[2];
    const QRect strip(august.first, 0, august.last - august.first + 1, gap.height());
    CHECK(countPixels(gap, isBlue, strip) == 0);
    CHECK(countPixels(full, isBlue, strip) > 100);
}

TEST_CASE("A line breaks where a month has no figure", "[reportchart]")
{
    const QImage full = render(monthLines(4));
    const QImage gap = render(monthLines(std::nullopt));

    const int halfMm = 3; // pixels at 150 dpi
    const QList<Run> fullLine = joined(runs(full, isBluish, true), halfMm);
    REQUIRE(fullLine.size() == 1);
    // Five months evenly spaced: August is in the middle of the line's extent.
    const int left = fullLine[0].first;
    const int right = fullLine[0].last;
    const double spacing = (right - left) / 4.0;
    const int august = (left + right) / 2;
    const QRect aroundAugust(qRound(august - spacing / 2), 0, qRound(spacing), gap.height());
    const QRect julyToAugust(qRound(left + spacing * 0.3), 0, qRound(spacing * 0.4),
                             gap.height());

    CHECK(countPixels(full, isBluish, aroundAugust) > 20);
    CHECK(countPixels(gap, isBluish, aroundAugust) == 0);
    CHECK(countPixels(gap, isBluish, julyToAugust) > 5); // June–July is still joined
    CHECK(joined(runs(gap, isBluish, true), halfMm).size() == 2);
}

TEST_CASE("A chart draws nothing outside its rectangle and restores the painter",
          "[reportchart]")
{
    const auto kind = GENERATE(ReportChart::Kind::Bars, ReportChart::Kind::Columns,
                               ReportChart::Kind::Lines);
    QImage image = page(170, 110, 150);
    const QRect rect(120, 90, image.width() - 240, image.height() - 180);

    QPainter painter(&image);
    const QPen pen(Qt::green, 3);
    const QFont font(QStringLiteral("Serif"), 20);
    painter.setPen(pen);
    painter.setBrush(Qt::yellow);
    painter.setFont(font);
    ReportChartPainter::paint(painter, rect, crowded(kind), bodyFont());
    CHECK(painter.pen() == pen);
    CHECK(painter.brush() == QBrush(Qt::yellow));
    CHECK(painter.font() == font);
    CHECK_FALSE(painter.hasClipping());
    CHECK_FALSE(painter.testRenderHint(QPainter::Antialiasing));
    painter.end();

    CHECK(countPixels(image, isNotWhite, rect) > 1000);
    QImage outside = image;
    {
        QPainter blank(&outside);
        blank.fillRect(rect, Qt::white);
    }
    CHECK(countPixels(outside, isNotWhite, outside.rect()) == 0);
}

TEST_CASE("An empty chart prints its title and says there is no data", "[reportchart]")
{
    ReportChart noCategories;
    noCategories.title = QStringLiteral("图4 各类纠纷构成");
    ReportChart allNone = monthColumns(std::nullopt);
    allNone.series[0].values = {std::nullopt, std::nullopt, std::nullopt};
    ReportChart noSeries = monthLines(1);
    noSeries.series.clear();

    for (const ReportChart &chart : {noCategories, allNone, noSeries}) {
        const QImage image = render(chart);
        const QList<Run> inkRows = runs(image, isInk, false);
        // The title at the top, the note in the middle.
        REQUIRE(inkRows.size() >= 2);
        CHECK(inkRows.first().first < image.height() / 6);
        const int middle = image.height() * 4 / 7;
        const bool noteNearMiddle = std::any_of(inkRows.begin(), inkRows.end(), [&](Run r) {
            return r.first < middle + image.height() / 8 && r.last > middle - image.height() / 8;
        });
        CHECK(noteNearMiddle);
        CHECK(runs(image, isBlue, true).isEmpty());
    }
}

TEST_CASE("The same chart has the same size on paper at any resolution", "[reportchart]")
{
    ReportChart chart = monthColumns(6);
    chart.reference = 6.5;
    chart.referenceLabel = QStringLiteral("平均 6.5");
    const QImage low = render(chart, 100);
    const QImage high = render(chart, 300);

    const auto extent = [](const QImage &image, const PixelTest &test, bool columns) {
        const QList<Run> found = runs(image, test, columns);
        return found.isEmpty() ? 0 : found.last().last - found.first().first + 1;
    };
    // Columns and the title's letters scale with the dots per inch.
    const double columnsRatio = double(extent(high, isBlue, true)) / extent(low, isBlue, true);
    CHECK(columnsRatio == Approx(3).epsilon(0.06));
    const int titleLow = runs(low, isInk, false).constFirst().last
        - runs(low, isInk, false).constFirst().first;
    const int titleHigh = runs(high, isInk, false).constFirst().last
        - runs(high, isInk, false).constFirst().first;
    CHECK(double(titleHigh) / titleLow == Approx(3).epsilon(0.15));
}

TEST_CASE("Charts draw onto a 300-dpi PDF", "[reportchart]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&pdf);
        const double perMm = 300 / 25.4;
        double top = 0;
        for (const auto kind : {ReportChart::Kind::Bars, ReportChart::Kind::Columns,
                                ReportChart::Kind::Lines}) {
            const ReportChart chart = crowded(kind);
            const QRectF rect(0, top, chart.sizeMm.width() * perMm,
                              chart.sizeMm.height() * perMm);
            ReportChartPainter::paint(painter, rect, chart, bodyFont());
            top += rect.height() + 10 * perMm;
        }
    }
    CHECK(buffer.data().startsWith("%PDF"));
    CHECK(buffer.data().size() > 5000);
}

TEST_CASE("Series colours start with the house blue and differ in greyscale",
          "[reportchart]")
{
    CHECK(ReportChartPainter::seriesColour(0) == QColor(0x2f, 0x6f, 0xb0));
    for (int i = 0; i < 4; ++i) {
        for (int j = i + 1; j < 4; ++j) {
            const int a = qGray(ReportChartPainter::seriesColour(i).rgb());
            const int b = qGray(ReportChartPainter::seriesColour(j).rgb());
            CHECK(std::abs(a - b) >= 25);
        }
    }
    for (int i = 0; i < 12; ++i)
        CHECK(ReportChartPainter::seriesColour(i) != ReportChartPainter::seriesColour(i + 1));
}
