#include "mapview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

const QColor kBackground(0xe8, 0xee, 0xf4);
// Soft fills, one per township, so that townships read apart at a glance.
const QColor kTownshipFills[] = {
    QColor(0xdb, 0xea, 0xfe), QColor(0xdc, 0xfc, 0xe7), QColor(0xfe, 0xf9, 0xc3),
    QColor(0xfc, 0xe7, 0xf3), QColor(0xe0, 0xe7, 0xff), QColor(0xcc, 0xfb, 0xf1),
    QColor(0xff, 0xed, 0xd5), QColor(0xf3, 0xe8, 0xff), QColor(0xec, 0xfc, 0xcb),
    QColor(0xe0, 0xf2, 0xfe),
};
constexpr int kDragThreshold = 4;

QPen cosmeticPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
}

void MapView::setShapes(const RegionShapes &shapes)
{
    m_shapes = shapes;
    m_townshipColour.clear();
    int next = 0;
    for (const RegionShapes::Shape &s : m_shapes.shapes()) {
        if (s.level == RegionLevel::Township)
            m_townshipColour.insert(s.code.left(9), next++ % int(std::size(kTownshipFills)));
    }
    m_userView = false;
    fitAll();
}

void MapView::setSelectedRegion(const QString &code)
{
    if (m_selected == code)
        return;
    m_selected = code;
    // Townships and villages are brought into view; the county shows whole; a grid (often
    // picked on the map itself) leaves the view where the user put it.
    if (const RegionShapes::Shape *s = m_shapes.find(code)) {
        if (s->level == RegionLevel::County)
            fitAll();
        else if (s->level != RegionLevel::Grid)
            zoomTo(s->bounds);
    }
    update();
}

void MapView::zoomTo(const QRectF &bounds)
{
    if (bounds.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const QRectF target = bounds.marginsAdded(QMarginsF(bounds.width() * 0.15,
                                                        bounds.height() * 0.15,
                                                        bounds.width() * 0.15,
                                                        bounds.height() * 0.15));
    m_scale = std::min(width() / target.width(), height() / target.height());
    m_centre = target.center();
    m_userView = true;
    m_cacheValid = false;
    update();
}

void MapView::setHighlightedGrid(const QString &code)
{
    if (m_highlighted == code)
        return;
    m_highlighted = code;
    update();
}

void MapView::fitAll()
{
    const QRectF extent = m_shapes.extent();
    if (extent.isEmpty() || width() <= 0 || height() <= 0) {
        m_cacheValid = false;
        update();
        return;
    }
    const double margin = 16;
    m_scale = std::min((width() - 2 * margin) / extent.width(),
                       (height() - 2 * margin) / extent.height());
    m_scale = std::max(m_scale, 1e-6);
    m_centre = extent.center();
    m_userView = false;
    m_cacheValid = false;
    update();
}

QTransform MapView::mapTransform(double scale, const QPointF &centre) const
{
    QTransform t;
    t.translate(width() / 2.0, height() / 2.0);
    t.scale(scale, scale);
    t.translate(-centre.x(), -centre.y());
    return t;
}

QPointF MapView::toScreen(const QPointF &map) const
{
    return mapTransform(m_scale, m_centre).map(map);
}

QPointF MapView::toMap(const QPointF &screen) const
{
    return QPointF((screen.x() - width() / 2.0) / m_scale + m_centre.x(),
                   (screen.y() - height() / 2.0) / m_scale + m_centre.y());
}

void MapView::renderCache()
{
    const qreal dpr = devicePixelRatioF();
    m_cache = QImage((QSizeF(size()) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(kBackground);
    m_cacheScale = m_scale;
    m_cacheCentre = m_centre;
    m_cacheValid = true;
    if (m_shapes.isEmpty())
        return;

    QPainter p(&m_cache);
    p.setRenderHint(QPainter::Antialiasing);
    const QTransform t = mapTransform(m_scale, m_centre);
    const QRectF visible = t.inverted().mapRect(QRectF(rect()));
    p.setTransform(t);

    // Grids filled by township colour, thin outlines; then villages, townships, the county.
    const QPen gridPen = cosmeticPen(QColor(0xff, 0xff, 0xff, 200), m_scale > 40 ? 1.0 : 0.6);
    const QPen villagePen = cosmeticPen(QColor(0x94, 0xa3, 0xb8), 1.0);
    const QPen townshipPen = cosmeticPen(QColor(0x33, 0x41, 0x55), 2.0);
    const QPen countyPen = cosmeticPen(QColor(0x0f, 0x17, 0x2a), 2.8);
    for (const RegionShapes::Shape &s : m_shapes.shapes()) {
        if (s.level != RegionLevel::Grid || !visible.intersects(s.bounds))
            continue;
        p.setPen(gridPen);
        p.setBrush(kTownshipFills[m_townshipColour.value(s.code.left(9))]);
        p.drawPath(s.path);
    }
    p.setBrush(Qt::NoBrush);
    for (const auto &[level, pen] : {std::pair {RegionLevel::Village, villagePen},
                                     std::pair {RegionLevel::Township, townshipPen},
                                     std::pair {RegionLevel::County, countyPen}}) {
        p.setPen(pen);
        for (const RegionShapes::Shape &s : m_shapes.shapes()) {
            if (s.level == level && visible.intersects(s.bounds))
                p.drawPath(s.path);
        }
    }

    // Township names (and village names when zoomed in), with a light halo.
    p.resetTransform();
    QFont townshipFont = font();
    townshipFont.setBold(true);
    townshipFont.setPointSizeF(font().pointSizeF() + 1);
    QFont villageFont = font();
    villageFont.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    // Townships are placed first; a label that would overlap one already placed is left out.
    QList<QRectF> placed;
    for (const RegionLevel level : {RegionLevel::Township, RegionLevel::Village}) {
        for (const RegionShapes::Shape &s : m_shapes.shapes()) {
            const bool township = level == RegionLevel::Township;
            if (s.level != level || (!township && s.bounds.width() * m_scale <= 90))
                continue;
            const QPointF at = t.map(s.labelAt);
            if (!rect().contains(at.toPoint()))
                continue;
            p.setFont(township ? townshipFont : villageFont);
            const QRectF box = p.fontMetrics().boundingRect(s.name);
            const QPointF origin = at - QPointF(box.width() / 2, -box.height() / 4);
            const QRectF footprint = box.translated(origin).adjusted(-3, -2, 3, 2);
            if (std::any_of(placed.cbegin(), placed.cend(),
                            [&footprint](const QRectF &r) { return r.intersects(footprint); }))
                continue;
            placed << footprint;
            QPainterPath text;
            text.addText(origin, p.font(), s.name);
            p.setPen(QPen(QColor(255, 255, 255, 220), 3, Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(text);
            p.setPen(Qt::NoPen);
            p.setBrush(township ? QColor(0x0f, 0x17, 0x2a) : QColor(0x47, 0x55, 0x69));
            p.drawPath(text);
        }
    }
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_shapes.isEmpty()) {
        p.fillRect(rect(), kBackground);
        return;
    }
    if (!m_cacheValid)
        renderCache();
    // While dragging or before a redraw, draw the cached image shifted and scaled to the view.
    const double k = m_scale / m_cacheScale;
    const QPointF offset
        = toScreen(mapTransform(m_cacheScale, m_cacheCentre).inverted().map(QPointF(0, 0)));
    p.fillRect(rect(), kBackground);
    p.drawImage(QRectF(offset, QSizeF(size()) * k), m_cache);

    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(mapTransform(m_scale, m_centre));
    if (const RegionShapes::Shape *s = m_shapes.find(m_selected)) {
        p.setPen(cosmeticPen(QColor(0x1d, 0x4e, 0xd8), 2.5));
        p.setBrush(QColor(0x1d, 0x4e, 0xd8, s->level == RegionLevel::County ? 0 : 50));
        p.drawPath(s->path);
    }
    if (const RegionShapes::Shape *s = m_shapes.find(m_highlighted)) {
        p.setPen(cosmeticPen(QColor(0xb9, 0x1c, 0x1c), 2.0));
        p.setBrush(QColor(0xdc, 0x26, 0x26, 140));
        p.drawPath(s->path);
    }
    p.resetTransform();
    drawScaleBar(p);
}

void MapView::drawScaleBar(QPainter &p) const
{
    // The largest 1/2/5 × 10^n km length that fits in about 120 px.
    const double maxKm = 120.0 / m_scale;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxKm)));
    double km = magnitude;
    for (double step : {2.0, 5.0}) {
        if (step * magnitude <= maxKm)
            km = step * magnitude;
    }
    const double px = km * m_scale;
    const QPointF start(12, height() - 14);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(QColor(0x1f, 0x29, 0x37), 2));
    p.drawLine(start, start + QPointF(px, 0));
    p.drawLine(start, start + QPointF(0, -5));
    p.drawLine(start + QPointF(px, 0), start + QPointF(px, -5));
    const QString label = km >= 1 ? tr("%1 km").arg(km) : tr("%1 m").arg(km * 1000);
    p.drawText(start + QPointF(px + 6, 0), label);
}

void MapView::resizeEvent(QResizeEvent *)
{
    if (!m_userView)
        fitAll();
    m_cacheValid = false;
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (m_shapes.isEmpty())
        return;
    const double factor = std::pow(1.2, event->angleDelta().y() / 120.0);
    const QPointF cursor = event->position();
    const QPointF anchor = toMap(cursor);
    m_scale = std::clamp(m_scale * factor, 1e-3, 1e5);
    // Keep the point under the cursor where it is.
    m_centre = anchor
        - QPointF((cursor.x() - width() / 2.0) / m_scale, (cursor.y() - height() / 2.0) / m_scale);
    m_userView = true;
    m_cacheValid = false;
    update();
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressAt = event->position().toPoint();
    m_pressCentre = m_centre;
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPoint delta = event->position().toPoint() - m_pressAt;
        if (!m_dragging && delta.manhattanLength() < kDragThreshold)
            return;
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
        m_centre = m_pressCentre - QPointF(delta) / m_scale;
        m_userView = true;
        update();
        return;
    }
    const QString code = m_shapes.gridAt(toMap(event->position()));
    if (const RegionShapes::Shape *s = m_shapes.find(code)) {
        const RegionShapes::Shape *village = m_shapes.find(code.left(12));
        QToolTip::showText(event->globalPosition().toPoint(),
                           village ? village->name + QLatin1Char(' ') + s->name : s->name, this);
    } else {
        QToolTip::hideText();
    }
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        m_cacheValid = false;
        update();
        return;
    }
    const QString code = m_shapes.gridAt(toMap(event->position()));
    if (!code.isEmpty())
        Q_EMIT regionClicked(code);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *)
{
    fitAll();
}
