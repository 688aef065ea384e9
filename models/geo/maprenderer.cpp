#include "maprenderer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace geo {

namespace {

const QColor kBackground(0xe9, 0xee, 0xf3);
const QRgb kTownshipTints[] = {
    qRgb(0xdb, 0xea, 0xfe), qRgb(0xdc, 0xfc, 0xe7), qRgb(0xfe, 0xf9, 0xc3),
    qRgb(0xfc, 0xe7, 0xf3), qRgb(0xe0, 0xe7, 0xff), qRgb(0xcc, 0xfb, 0xf1),
    qRgb(0xff, 0xed, 0xd5), qRgb(0xf3, 0xe8, 0xff), qRgb(0xec, 0xfc, 0xcb),
    qRgb(0xe0, 0xf2, 0xfe),
};
// Features smaller than this (device pixels) are drawn as their block of pixels.
constexpr double kDotPx = 3.0;
// Cells of this size (device pixels) gather crowded points into one cluster.
constexpr double kClusterPx = 44.0;
constexpr int kMaxLabels = 400;

QPen pen(const QColor &colour, double width)
{
    QPen p(colour, width);
    p.setJoinStyle(Qt::RoundJoin);
    p.setCapStyle(Qt::RoundCap);
    return p;
}

const QColor kDisputeColour(0xdc, 0x26, 0x26);
const QColor kIncidentColour(0x7c, 0x3a, 0xed);


struct Device
{
    double s = 1;   // device pixels per km
    double ox = 0;  // device x of map x = 0
    double oy = 0;
    QPointF map(const QPointF &p) const { return QPointF(p.x() * s + ox, p.y() * s + oy); }
    QRectF map(const QRectF &r) const
    {
        return QRectF(r.left() * s + ox, r.top() * s + oy, r.width() * s, r.height() * s);
    }
};

class Renderer
{
public:
    Renderer(const MapScene &scene, const MapStyle &style, const MapViewport &vp,
             const std::atomic<bool> *cancel, MapRenderStats &stats)
        : m_scene(scene), m_style(style), m_cancel(cancel), m_stats(stats)
    {
        m_size = (QSizeF(vp.size) * vp.dpr).toSize();
        m_dpr = vp.dpr;
        m_dev.s = vp.scale * vp.dpr;
        m_dev.ox = m_size.width() / 2.0 - vp.centre.x() * m_dev.s;
        m_dev.oy = m_size.height() / 2.0 - vp.centre.y() * m_dev.s;
        const QRectF view = vp.mapRect();
        const double pad = 2.0 / vp.scale;
        m_view = view.adjusted(-pad, -pad, pad, pad);
        m_lod = scene.levelOfDetail(m_dev.s);
        stats.levelOfDetail = m_lod;
        // A store without grids (outlines imported down to townships only) is coloured at its
        // deepest level.
        m_fillLevel = style.fillLevel;
        for (int level = static_cast<int>(m_fillLevel); level >= 0 && scene.count(m_fillLevel) == 0;
             --level)
            m_fillLevel = static_cast<RegionLevel>(level);
    }

    QImage run(const MapPoints *points)
    {
        m_image = QImage(m_size, QImage::Format_ARGB32_Premultiplied);
        m_image.fill(kBackground);
        if (m_size.isEmpty())
            return m_image;
        std::vector<int> big;
        dots(m_fillLevel, &big);
        if (cancelled())
            return {};
        QPainter p(&m_image);
        if (!paint(p, big, points))
            return {};
        p.end();
        m_image.setDevicePixelRatio(m_dpr);
        return m_image;
    }

    // Vector output (SVG, print): every feature is a polygon, nothing is drawn as pixels.
    void runVector(QPainter &p, const MapPoints *points)
    {
        p.fillRect(QRectF(0, 0, m_size.width(), m_size.height()), kBackground);
        std::vector<int> all;
        m_scene.visible(m_fillLevel, m_view, &all);
        paint(p, all, points);
    }

private:
    bool paint(QPainter &p, const std::vector<int> &big, const MapPoints *points)
    {
        const RegionLevel fillLevel = m_fillLevel;
        p.setRenderHint(QPainter::Antialiasing, big.size() < 20000);
        fillPolygons(p, big);
        if (cancelled())
            return false;
        // Outlines from the finest level up, so that coarser boundaries draw on top.
        if (m_style.showGrids)
            outlines(p, RegionLevel::Grid, pen(QColor(255, 255, 255, 210), 0.8 * m_dpr),
                     fillLevel == RegionLevel::Grid ? 10 : 14);
        if (m_style.showVillages)
            outlines(p, RegionLevel::Village, pen(QColor(0x6b, 0x7a, 0x8f), 1.0 * m_dpr), 22);
        if (m_style.showTownships)
            outlines(p, RegionLevel::Township, pen(QColor(0x33, 0x41, 0x55), 2.0 * m_dpr), 3);
        outlines(p, RegionLevel::County, pen(QColor(0x0f, 0x17, 0x2a), 2.8 * m_dpr), 3);
        if (cancelled())
            return false;
        if (points)
            drawPoints(p, *points);
        if (m_style.showLabels)
            labels(p);
        return !cancelled();
    }

    bool cancelled()
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_stats.cancelled = true;
            return true;
        }
        return false;
    }

    QRgb fillOf(int index) const
    {
        if (m_style.fills && size_t(index) < m_style.fills->size()) {
            const QRgb c = (*m_style.fills)[size_t(index)];
            if (qAlpha(c) != 0)
                return c;
        }
        return m_style.noData.rgb();
    }

    // Fill-level features of a few pixels are written straight into the image as their block
    // of pixels (at province scale most grids are one or two pixels); larger ones are listed
    // in `big` for the painter.
    void dots(RegionLevel level, std::vector<int> *big)
    {
        m_visible.clear();
        m_scene.visible(level, m_view, &m_visible);
        const int w = m_size.width();
        const int h = m_size.height();
        uchar *bits = m_image.bits();
        const qsizetype bpl = m_image.bytesPerLine();
        int n = 0;
        for (int index : m_visible) {
            if ((++n & 4095) == 0 && cancelled())
                return;
            const QRectF r = m_dev.map(m_scene.feature(index).bounds);
            if (r.width() >= kDotPx || r.height() >= kDotPx) {
                big->push_back(index);
                continue;
            }
            const int x0 = std::max(0, int(std::floor(r.left())));
            const int y0 = std::max(0, int(std::floor(r.top())));
            const int x1 = std::min(w, std::max(x0 + 1, int(std::ceil(r.right()))));
            const int y1 = std::min(h, std::max(y0 + 1, int(std::ceil(r.bottom()))));
            if (x0 >= x1 || y0 >= y1)
                continue; // in the margin just outside the image
            const QRgb c = fillOf(index) | 0xff000000u;
            for (int y = y0; y < y1; ++y) {
                auto *line = reinterpret_cast<QRgb *>(bits + y * bpl);
                std::fill(line + x0, line + x1, c);
            }
            ++m_stats.dots;
        }
    }

    // The rings of a feature at the current level of detail, in device pixels.
    void ringsOf(int index, std::vector<QPolygonF> &out)
    {
        const MapScene::Feature &f = m_scene.feature(index);
        out.resize(f.ringCount);
        for (quint32 r = 0; r < f.ringCount; ++r) {
            const auto [pts, n] = m_scene.ring(m_lod, f.firstRing + r);
            QPolygonF &poly = out[r];
            poly.resize(n);
            for (int i = 0; i < n; ++i)
                poly[i] = m_dev.map(pts[i]);
        }
    }

    void fillPolygons(QPainter &p, const std::vector<int> &features)
    {
        const bool grid = m_fillLevel == RegionLevel::Grid;
        const QPen edge = pen(QColor(255, 255, 255, 200), 0.8 * m_dpr);
        int n = 0;
        for (int index : features) {
            if ((++n & 1023) == 0 && cancelled())
                return;
            const MapScene::Feature &f = m_scene.feature(index);
            const QRectF r = m_dev.map(f.bounds);
            p.setPen(grid && std::max(r.width(), r.height()) >= 10 ? edge : QPen(Qt::NoPen));
            p.setBrush(QColor::fromRgba(fillOf(index)));
            ringsOf(index, m_rings);
            if (f.hasHoles) {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                for (const QPolygonF &ring : m_rings) {
                    if (ring.size() >= 3)
                        path.addPolygon(ring);
                }
                p.drawPath(path);
            } else {
                for (const QPolygonF &ring : m_rings) {
                    if (ring.size() >= 3)
                        p.drawPolygon(ring);
                }
            }
            ++m_stats.polygons;
        }
    }

    void outlines(QPainter &p, RegionLevel level, const QPen &outline, double minPx)
    {
        if (level == m_fillLevel && level == RegionLevel::Grid)
            return; // drawn with the fills
        m_visible.clear();
        m_scene.visible(level, m_view, &m_visible);
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        int n = 0;
        for (int index : m_visible) {
            if ((++n & 1023) == 0 && cancelled())
                return;
            const QRectF r = m_dev.map(m_scene.feature(index).bounds);
            if (std::max(r.width(), r.height()) < minPx)
                continue;
            ringsOf(index, m_rings);
            for (const QPolygonF &ring : m_rings) {
                if (ring.size() >= 2)
                    p.drawPolyline(ring);
            }
        }
    }

    void platformIcon(QPainter &p, const QPointF &at, MapPoint::Kind kind)
    {
        drawPlatformIcon(p, at, kind, m_dpr);
    }

    void cluster(QPainter &p, const std::vector<MapPoint> &points, const QColor &colour)
    {
        struct Cell
        {
            double x = 0, y = 0;
            int count = 0;
            bool major = false;
        };
        std::unordered_map<qint64, Cell> cells;
        const QRectF frame(0, 0, m_size.width(), m_size.height());
        for (const MapPoint &pt : points) {
            const QPointF d = m_dev.map(pt.at);
            if (!frame.contains(d))
                continue;
            const qint64 key = (qint64(std::floor(d.x() / kClusterPx)) << 32)
                               ^ qint64(quint32(std::floor(d.y() / kClusterPx)));
            Cell &c = cells[key];
            c.x += d.x();
            c.y += d.y();
            ++c.count;
            c.major = c.major || pt.kind == MapPoint::MajorDispute;
        }
        QFont font = m_style.font;
        font.setPixelSize(int(10 * m_dpr));
        font.setBold(true);
        p.setFont(font);
        for (const auto &[key, c] : cells) {
            const QPointF at(c.x / c.count, c.y / c.count);
            if (c.count == 1) {
                p.setPen(pen(Qt::white, 1.0 * m_dpr));
                p.setBrush(c.major ? colour.darker(140) : colour);
                p.drawEllipse(at, (c.major ? 4.5 : 3.5) * m_dpr, (c.major ? 4.5 : 3.5) * m_dpr);
                continue;
            }
            const double r = (8 + 3 * std::log10(double(c.count))) * m_dpr;
            QColor fill = colour;
            fill.setAlpha(215);
            p.setPen(pen(c.major ? colour.darker(170) : Qt::white, 1.5 * m_dpr));
            p.setBrush(fill);
            p.drawEllipse(at, r, r);
            p.setPen(Qt::white);
            p.drawText(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                       QString::number(c.count));
            ++m_stats.clusters;
        }
    }

    void drawPoints(QPainter &p, const MapPoints &points)
    {
        p.setRenderHint(QPainter::Antialiasing, true);
        if (m_style.showIncidents)
            cluster(p, points.incidents, kIncidentColour);
        if (m_style.showDisputes)
            cluster(p, points.disputes, kDisputeColour);
        if (m_style.showPlatforms) {
            const QRectF frame(0, 0, m_size.width(), m_size.height());
            for (const MapPoint &pt : points.platforms) {
                const QPointF d = m_dev.map(pt.at);
                if (frame.contains(d))
                    platformIcon(p, d, pt.kind);
            }
        }
    }

    // Names: townships first, then villages and grids large enough to hold them, each level
    // largest first; a label that would overlap one already placed is left out.
    void labels(QPainter &p)
    {
        struct Candidate
        {
            int index;
            int rank;
            double area;
        };
        std::vector<Candidate> candidates;
        const struct
        {
            RegionLevel level;
            double minPx;
        } rules[] = {{RegionLevel::Township, 40}, {RegionLevel::Village, 90},
                     {RegionLevel::Grid, 130}};
        int rank = 0;
        for (const auto &rule : rules) {
            if ((rule.level == RegionLevel::Grid && !m_style.showGrids)
                || (rule.level == RegionLevel::Village && !m_style.showVillages)
                || (rule.level == RegionLevel::Township && !m_style.showTownships))
                continue;
            m_visible.clear();
            m_scene.visible(rule.level, m_view, &m_visible);
            for (int index : m_visible) {
                const QRectF r = m_dev.map(m_scene.feature(index).bounds);
                if (std::min(r.width(), r.height()) >= rule.minPx * m_dpr * 0.5
                    && std::max(r.width(), r.height()) >= rule.minPx * m_dpr)
                    candidates.push_back({index, rank, r.width() * r.height()});
            }
            ++rank;
        }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            return a.rank != b.rank ? a.rank < b.rank : a.area > b.area;
        });
        if (candidates.size() > size_t(kMaxLabels))
            candidates.resize(size_t(kMaxLabels));

        QFont fonts[3] = {m_style.font, m_style.font, m_style.font};
        fonts[0].setPixelSize(int(std::lround(14 * m_dpr)));
        fonts[0].setBold(true);
        fonts[1].setPixelSize(int(std::lround(12 * m_dpr)));
        fonts[2].setPixelSize(int(std::lround(11 * m_dpr)));
        const QColor ink[3] = {QColor(0x0f, 0x17, 0x2a), QColor(0x33, 0x41, 0x55),
                               QColor(0x47, 0x55, 0x69)};
        // The north arrow (top right) and the scale bar (bottom left) keep their corners.
        std::vector<QRectF> placed = {
            QRectF(m_size.width() - 60 * m_dpr, 0, 60 * m_dpr, 70 * m_dpr),
            QRectF(0, m_size.height() - 40 * m_dpr, 200 * m_dpr, 40 * m_dpr)};
        const QRectF frame(0, 0, m_size.width(), m_size.height());
        const QPen halo(QColor(255, 255, 255, 225), 3.2 * m_dpr, Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin);
        p.setRenderHint(QPainter::Antialiasing, true);
        for (const Candidate &c : candidates) {
            const MapScene::Feature &f = m_scene.feature(c.index);
            const QFontMetricsF metrics(fonts[c.rank]);
            const QPointF at = m_dev.map(f.labelAt);
            const double w = metrics.horizontalAdvance(f.name);
            const QRectF box(at.x() - w / 2, at.y() - metrics.ascent() / 2 - 2, w,
                             metrics.height());
            const QRectF footprint = box.adjusted(-3 * m_dpr, -1, 3 * m_dpr, 1);
            if (!frame.contains(footprint))
                continue;
            if (std::any_of(placed.cbegin(), placed.cend(),
                            [&](const QRectF &r) { return r.intersects(footprint); }))
                continue;
            placed.push_back(footprint);
            QPainterPath text;
            text.addText(QPointF(box.left(), box.top() + metrics.ascent()), fonts[c.rank],
                         f.name);
            p.strokePath(text, halo);
            p.fillPath(text, ink[c.rank]);
            ++m_stats.labels;
        }
    }

    const MapScene &m_scene;
    const MapStyle &m_style;
    const std::atomic<bool> *m_cancel;
    MapRenderStats &m_stats;
    QImage m_image;
    QSize m_size;
    qreal m_dpr = 1;
    Device m_dev;
    QRectF m_view;
    int m_lod = 0;
    RegionLevel m_fillLevel = RegionLevel::Grid;
    std::vector<int> m_visible;
    std::vector<QPolygonF> m_rings;
};

} // namespace

// Platform icons: a blue rounded square (rapid-police district), a green triangle (patrol
// post), an orange circle (community watch).
void drawPlatformIcon(QPainter &p, const QPointF &at, MapPoint::Kind kind, double scale)
{
    const double r = 6.5 * scale;
    p.setPen(pen(Qt::white, 1.5 * scale));
    switch (kind) {
    case MapPoint::RapidPolice:
        p.setBrush(QColor(0x1d, 0x4e, 0xd8));
        p.drawRoundedRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), 2 * scale, 2 * scale);
        break;
    case MapPoint::Patrol: {
        p.setBrush(QColor(0x04, 0x78, 0x57));
        const QPointF tri[] = {at + QPointF(0, -1.2 * r), at + QPointF(1.1 * r, 0.8 * r),
                               at + QPointF(-1.1 * r, 0.8 * r)};
        p.drawPolygon(tri, 3);
        break;
    }
    default:
        p.setBrush(QColor(0xd9, 0x77, 0x06));
        p.drawEllipse(at, r * 0.85, r * 0.85);
        break;
    }
}

MapViewport MapViewport::fitting(const QRectF &bounds, const QSize &size, double marginPx)
{
    MapViewport vp;
    vp.size = size;
    vp.centre = bounds.center();
    const double w = std::max(1.0, size.width() - 2 * marginPx);
    const double h = std::max(1.0, size.height() - 2 * marginPx);
    vp.scale = std::max(1e-6, std::min(w / std::max(bounds.width(), 1e-9),
                                       h / std::max(bounds.height(), 1e-9)));
    return vp;
}

std::shared_ptr<const std::vector<QRgb>> MapStyle::townshipTints(const MapScene &scene)
{
    auto fills = std::make_shared<std::vector<QRgb>>(size_t(scene.featureCount()), 0u);
    QHash<QString, QRgb> byPrefix;
    int next = 0;
    std::vector<int> townships = scene.featuresOf(RegionLevel::Township);
    std::sort(townships.begin(), townships.end(), [&scene](int a, int b) {
        return scene.feature(a).code < scene.feature(b).code;
    });
    for (int t : townships) {
        const QRgb c = kTownshipTints[next++ % int(std::size(kTownshipTints))];
        byPrefix.insert(scene.feature(t).code.left(9), c);
        (*fills)[size_t(t)] = c;
    }
    for (int i = 0; i < scene.featureCount(); ++i) {
        const MapScene::Feature &f = scene.feature(i);
        if (f.level == RegionLevel::Grid || f.level == RegionLevel::Village)
            (*fills)[size_t(i)] = byPrefix.value(f.code.left(9), qRgb(0xe2, 0xe8, 0xf0));
    }
    return fills;
}

QImage renderMap(const MapScene &scene, const MapStyle &style, const MapPoints *points,
                 const MapViewport &viewport, const std::atomic<bool> *cancel,
                 MapRenderStats *stats)
{
    MapRenderStats local;
    Renderer renderer(scene, style, viewport, cancel, stats ? *stats : local);
    return renderer.run(points);
}

void paintMap(QPainter &painter, const MapScene &scene, const MapStyle &style,
              const MapPoints *points, const MapViewport &viewport)
{
    MapRenderStats stats;
    MapViewport vp = viewport;
    vp.dpr = 1.0;
    Renderer renderer(scene, style, vp, nullptr, stats);
    renderer.runVector(painter, points);
}

void drawScaleBar(QPainter &p, const QRectF &area, double pixelsPerKm)
{
    // The largest 1/2/5 × 10^n km length that fits in about 120 px.
    const double maxKm = 120.0 / pixelsPerKm;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxKm)));
    double km = magnitude;
    for (double step : {2.0, 5.0}) {
        if (step * magnitude <= maxKm)
            km = step * magnitude;
    }
    const double px = km * pixelsPerKm;
    const QPointF start(area.left() + 14, area.bottom() - 16);
    const QString label = km >= 1
        ? QCoreApplication::translate("MapFurniture", "%1 km").arg(km)
        : QCoreApplication::translate("MapFurniture", "%1 m").arg(km * 1000);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRectF plate(start.x() - 6, start.y() - 18, px + 12 + p.fontMetrics().horizontalAdvance(label) + 10, 26);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRect(plate);
    p.setPen(QPen(QColor(0x1f, 0x29, 0x37), 2));
    p.drawLine(start, start + QPointF(px, 0));
    p.drawLine(start, start + QPointF(0, -6));
    p.drawLine(start + QPointF(px, 0), start + QPointF(px, -6));
    p.drawText(start + QPointF(px + 6, 0), label);
    p.restore();
}

void drawNorthArrow(QPainter &p, const QRectF &area)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPointF tip(area.right() - 26, area.top() + 14);
    const double h = 26;
    const QPointF left = tip + QPointF(-9, h);
    const QPointF right = tip + QPointF(9, h);
    const QPointF notch = tip + QPointF(0, h * 0.72);
    p.setPen(QPen(QColor(0x1f, 0x29, 0x37), 1.2));
    p.setBrush(QColor(0x1f, 0x29, 0x37));
    const QPointF darkHalf[] = {tip, notch, left};
    p.drawPolygon(darkHalf, 3);
    p.setBrush(Qt::white);
    const QPointF lightHalf[] = {tip, right, notch};
    p.drawPolygon(lightHalf, 3);
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(0x1f, 0x29, 0x37));
    p.drawText(QRectF(tip.x() - 20, tip.y() + h + 1, 40, 18), Qt::AlignHCenter | Qt::AlignTop,
               QCoreApplication::translate("MapFurniture", "N"));
    p.restore();
}

QRectF drawSymbolKey(QPainter &p, const QRectF &area, const MapStyle &style,
                     const MapPoints &points)
{
    struct Row
    {
        int kind; // MapPoint::Kind, or -1 for a cluster
        QString text;
    };
    QList<Row> rows;
    if (style.showPlatforms && !points.platforms.empty()) {
        rows.append({MapPoint::RapidPolice, QCoreApplication::translate("MapFurniture", "Rapid-police district")});
        rows.append({MapPoint::Patrol, QCoreApplication::translate("MapFurniture", "Patrol post")});
        rows.append({MapPoint::CommunityWatch, QCoreApplication::translate("MapFurniture", "Community watch")});
    }
    if (style.showDisputes && !points.disputes.empty())
        rows.append({MapPoint::Dispute, QCoreApplication::translate("MapFurniture", "Unfinished disputes (a number: how many close together)")});
    if (style.showIncidents && !points.incidents.empty())
        rows.append({MapPoint::Incident, QCoreApplication::translate("MapFurniture", "Incident, last 30 days")});
    if (rows.isEmpty())
        return {};
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF fm(p.font());
    const double row = std::max(fm.height(), 16.0) + 2;
    double textW = 0;
    for (const Row &r : rows)
        textW = std::max(textW, fm.horizontalAdvance(r.text));
    const double w = textW + 44;
    const double h = row * rows.size() + 12;
    // Above the scale bar, in the lower left corner.
    const QRectF box(area.left() + 10, area.bottom() - 44 - h, w, h);
    p.setPen(QPen(QColor(0x94, 0xa3, 0xb8), 1));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRect(box);
    double y = box.top() + 6;
    for (const Row &r : rows) {
        const QPointF at(box.left() + 18, y + row / 2);
        if (r.kind == MapPoint::Dispute || r.kind == MapPoint::Incident) {
            const QColor c = r.kind == MapPoint::Dispute ? kDisputeColour : kIncidentColour;
            p.setPen(pen(Qt::white, 1.0));
            p.setBrush(c);
            p.drawEllipse(at - QPointF(5, 0), 3.5, 3.5);
            p.setPen(pen(Qt::white, 1.2));
            p.drawEllipse(at + QPointF(5, 0), 6.5, 6.5);
        } else {
            drawPlatformIcon(p, at, MapPoint::Kind(r.kind), 0.9);
        }
        p.setPen(QColor(0x1f, 0x29, 0x37));
        p.drawText(QRectF(box.left() + 36, y, textW + 4, row), Qt::AlignVCenter | Qt::AlignLeft,
                   r.text);
        y += row;
    }
    p.restore();
    return box;
}

QRectF drawLegend(QPainter &p, const QRectF &area, const MapLegend &legend)
{
    if (legend.isEmpty())
        return {};
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF fm(p.font());
    QFont bold = p.font();
    bold.setBold(true);
    const QFontMetricsF bm(bold);
    const double row = std::max(fm.height(), 14.0) + 3;
    const double swatch = 14;
    double textW = bm.horizontalAdvance(legend.title);
    for (const MapLegend::Entry &e : legend.entries) {
        QString text = e.label;
        if (e.count >= 0)
            text += QStringLiteral("  (%1)").arg(e.count);
        textW = std::max(textW, swatch + 8 + fm.horizontalAdvance(text));
    }
    const double w = textW + 20;
    const double h = 10 + bm.height() + 4 + row * legend.entries.size() + 6;
    const QRectF box(area.right() - w - 10, area.bottom() - h - 10, w, h);
    p.setPen(QPen(QColor(0x94, 0xa3, 0xb8), 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRect(box);
    p.setFont(bold);
    p.setPen(QColor(0x0f, 0x17, 0x2a));
    p.drawText(QPointF(box.left() + 10, box.top() + 8 + bm.ascent()), legend.title);
    double y = box.top() + 10 + bm.height() + 4;
    QFont plain = bold;
    plain.setBold(false);
    p.setFont(plain);
    for (const MapLegend::Entry &e : legend.entries) {
        p.setPen(QPen(QColor(0x64, 0x74, 0x8b), 1));
        p.setBrush(e.colour);
        p.drawRect(QRectF(box.left() + 10, y + (row - swatch) / 2, swatch, swatch - 2));
        QString text = e.label;
        if (e.count >= 0)
            text += QStringLiteral("  (%1)").arg(e.count);
        p.setPen(QColor(0x1f, 0x29, 0x37));
        p.drawText(QRectF(box.left() + 10 + swatch + 8, y, textW, row),
                   Qt::AlignVCenter | Qt::AlignLeft, text);
        y += row;
    }
    p.restore();
    return box;
}

} // namespace geo
