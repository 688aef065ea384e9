#include "mapview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace {

const QColor kBackground(0xe9, 0xee, 0xf3);
constexpr int kDragThreshold = 4;
constexpr int kFlashMs = 1600;

QPen cosmeticPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

bool sameView(const geo::MapViewport &a, const geo::MapViewport &b)
{
    return a.size == b.size && qFuzzyCompare(a.scale, b.scale) && a.centre == b.centre
           && qFuzzyCompare(a.dpr, b.dpr);
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    m_pool.setMaxThreadCount(1);
    m_style.font = font();
    m_flash.setInterval(40);
    connect(&m_flash, &QTimer::timeout, this, [this] {
        if (m_flashClock.elapsed() > kFlashMs)
            m_flash.stop();
        update();
    });
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &MapView::renderArrived);
}

MapView::~MapView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void MapView::setScene(std::shared_ptr<const geo::MapScene> scene)
{
    m_scene = std::move(scene);
    m_points.reset();
    m_style.fills = m_scene ? geo::MapStyle::townshipTints(*m_scene) : nullptr;
    m_style.fillLevel = RegionLevel::Grid;
    m_legend = {};
    m_image = QImage();
    m_hovered = -1;
    m_hoveredPath = {};
    const QString selected = m_selected;
    const QString highlighted = m_highlighted;
    m_selected.clear();
    m_highlighted.clear();
    m_userView = false;
    fitAll();
    setSelectedRegion(selected);
    setHighlightedGrid(highlighted);
}

void MapView::setPoints(std::shared_ptr<const geo::MapPoints> points)
{
    m_points = std::move(points);
    requestRender();
}

void MapView::setMapStyle(const geo::MapStyle &style, const geo::MapLegend &legend)
{
    m_style = style;
    m_legend = legend;
    requestRender();
    update();
}

void MapView::setHoverText(std::function<QString(const QString &)> provider)
{
    m_hoverText = std::move(provider);
}

void MapView::setSelectedRegion(const QString &code)
{
    if (m_selected == code)
        return;
    m_selected = code;
    const int index = m_scene ? m_scene->find(code) : -1;
    m_selectedPath = index >= 0 ? m_scene->path(index) : QPainterPath();
    m_selectedIsCounty = index >= 0 && m_scene->feature(index).level == RegionLevel::County;
    // Townships and villages are brought into view; the county shows whole; a grid (often
    // picked on the map itself) is brought into view only when it is off screen.
    if (index >= 0) {
        const geo::MapScene::Feature &f = m_scene->feature(index);
        if (f.level == RegionLevel::County)
            fitAll();
        else if (f.level != RegionLevel::Grid)
            zoomTo(f.bounds);
        else if (!viewport().mapRect().intersects(f.bounds))
            zoomTo(f.bounds.marginsAdded(QMarginsF(1, 1, 1, 1) * f.bounds.width() * 3));
    }
    update();
}

void MapView::setHighlightedGrid(const QString &code, bool flash)
{
    if (m_highlighted != code) {
        m_highlighted = code;
        const int index = m_scene ? m_scene->find(code) : -1;
        m_highlightedPath = index >= 0 ? m_scene->path(index) : QPainterPath();
        if (index >= 0) {
            m_flashAt = m_scene->feature(index).labelAt;
            if (!viewport().mapRect().contains(m_scene->feature(index).bounds))
                zoomTo(m_scene->feature(index).bounds.marginsAdded(
                    QMarginsF(1, 1, 1, 1) * m_scene->feature(index).bounds.width() * 3));
        }
    }
    if (flash && !m_highlightedPath.isEmpty()) {
        m_flashClock.start();
        m_flash.start();
    }
    update();
}

geo::MapViewport MapView::viewport() const
{
    geo::MapViewport vp;
    vp.centre = m_centre;
    vp.scale = m_scale;
    vp.size = size();
    vp.dpr = devicePixelRatioF();
    return vp;
}

void MapView::fitAll()
{
    if (!hasScene() || width() <= 0 || height() <= 0) {
        update();
        return;
    }
    const geo::MapViewport fit = geo::MapViewport::fitting(m_scene->extent(), size());
    m_scale = fit.scale;
    m_centre = fit.centre;
    m_userView = false;
    viewMoved();
}

void MapView::zoomTo(const QRectF &bounds)
{
    if (bounds.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const QRectF target = bounds.marginsAdded(QMarginsF(bounds.width() * 0.15,
                                                        bounds.height() * 0.15,
                                                        bounds.width() * 0.15,
                                                        bounds.height() * 0.15));
    const geo::MapViewport fit = geo::MapViewport::fitting(target, size(), 0);
    m_scale = fit.scale;
    m_centre = fit.centre;
    m_userView = true;
    viewMoved();
}

void MapView::zoomToSelection()
{
    const int index = m_scene ? m_scene->find(m_selected) : -1;
    if (index < 0)
        fitAll();
    else
        zoomTo(m_scene->feature(index).bounds);
}

void MapView::zoomAt(double factor, const QPointF &anchor)
{
    if (!hasScene())
        return;
    const QPointF fixed = toMap(anchor);
    m_scale = std::clamp(m_scale * factor, 1e-4, 2e5);
    // Keep the point under the anchor where it is.
    m_centre = fixed
        - QPointF((anchor.x() - width() / 2.0) / m_scale, (anchor.y() - height() / 2.0) / m_scale);
    m_userView = true;
    viewMoved();
}

void MapView::panBy(const QPointF &pixels)
{
    if (!hasScene())
        return;
    m_centre -= pixels / m_scale;
    m_userView = true;
    viewMoved();
}

void MapView::viewMoved()
{
    requestRender();
    update();
    Q_EMIT viewChanged();
}

QString MapView::regionAt(const QPointF &screen) const
{
    if (!hasScene())
        return {};
    const int index = m_scene->pickDeepest(toMap(screen));
    return index >= 0 ? m_scene->feature(index).code : QString();
}

bool MapView::isRenderCurrent() const
{
    return !m_rendering && !m_renderWanted && !m_image.isNull()
           && sameView(m_imageViewport, viewport());
}

// ---- background rendering ------------------------------------------------------------

void MapView::requestRender()
{
    if (!hasScene() || width() <= 0 || height() <= 0)
        return;
    if (m_rendering) {
        // Draw the newest view when this render ends. A zoom makes the image in progress
        // useless, so it is cancelled; a pan lets it finish, as it still covers most of the
        // view and keeps the picture refining while the map is dragged.
        m_renderWanted = true;
        if (!qFuzzyCompare(m_renderingViewport.scale, m_scale)
            || m_renderingViewport.size != size())
            m_cancel->store(true);
        return;
    }
    startRender();
}

void MapView::startRender()
{
    m_renderWanted = false;
    m_rendering = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_renderingViewport = viewport();
    // Everything the thread reads is shared, immutable data or a copy.
    auto scene = m_scene;
    auto points = m_points;
    auto cancel = m_cancel;
    const geo::MapStyle style = m_style;
    const geo::MapViewport vp = m_renderingViewport;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [scene, points, cancel, style, vp] {
        return geo::renderMap(*scene, style, points.get(), vp, cancel.get());
    }));
}

void MapView::renderArrived()
{
    m_rendering = false;
    const QImage image = m_watcher.result();
    if (!image.isNull() && !m_cancel->load()) {
        m_image = image;
        m_imageViewport = m_renderingViewport;
        ++m_delivered;
        update();
        Q_EMIT renderDelivered();
    }
    if (m_renderWanted || !sameView(m_imageViewport, viewport()))
        startRender();
}

// ---- painting ------------------------------------------------------------------------

void MapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), kBackground);
    if (!hasScene())
        return;
    const geo::MapViewport vp = viewport();
    if (!m_image.isNull()) {
        // The last image, moved and scaled to where its corner lies in the current view.
        const double k = m_scale / m_imageViewport.scale;
        const QPointF corner = vp.toScreen(m_imageViewport.toMap(QPointF(0, 0)));
        p.drawImage(QRectF(corner, QSizeF(m_imageViewport.size) * k), m_image);
    } else {
        p.setPen(QColor(0x64, 0x74, 0x8b));
        p.drawText(rect(), Qt::AlignCenter, tr("Drawing the map…"));
    }
    drawOverlay(p, vp, true);
}

void MapView::drawOverlay(QPainter &p, const geo::MapViewport &vp, bool furniture) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QTransform t;
    t.translate(vp.size.width() / 2.0, vp.size.height() / 2.0);
    t.scale(vp.scale, vp.scale);
    t.translate(-vp.centre.x(), -vp.centre.y());
    p.setTransform(t, true);
    if (!m_hoveredPath.isEmpty()) {
        p.setPen(cosmeticPen(QColor(0x0f, 0x17, 0x2a, 160), 1.5));
        p.setBrush(QColor(255, 255, 255, 60));
        p.drawPath(m_hoveredPath);
    }
    if (!m_selectedPath.isEmpty()) {
        p.setPen(cosmeticPen(QColor(0x1d, 0x4e, 0xd8), 2.5));
        p.setBrush(QColor(0x1d, 0x4e, 0xd8, m_selectedIsCounty ? 0 : 45));
        p.drawPath(m_selectedPath);
    }
    if (!m_highlightedPath.isEmpty()) {
        p.setPen(cosmeticPen(QColor(0xb9, 0x1c, 0x1c), 2.2));
        p.setBrush(QColor(0xdc, 0x26, 0x26, 90));
        p.drawPath(m_highlightedPath);
    }
    p.restore();
    if (m_points && (!m_selectedPlatform.isEmpty() || m_dragPlatform >= 0)) {
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        const QPointF at = m_selectedPlatform.isEmpty() ? QPointF() : platformScreenPos(m_selectedPlatform);
        if (!at.isNull()) {
            p.setPen(QPen(QColor(0x1d, 0x4e, 0xd8), 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, 12, 12);
        }
        if (m_dragPlatform >= 0 && m_dragging) {
            const geo::MapPoint &pt = m_points->platforms[size_t(m_dragPlatform)];
            const QPointF from = vp.toScreen(pt.at), to = vp.toScreen(m_dragPlatformAt);
            p.setPen(QPen(QColor(0x0f, 0x17, 0x2a), 1.5, Qt::DashLine));
            p.drawLine(from, to);
            geo::drawPlatformIcon(p, to, pt.kind, 1.3);
        }
        p.restore();
    }
    if (m_scene && !m_proposedSites.isEmpty()) {
        // Numbered diamonds: where the coverage panel proposes new platforms, in its order.
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        QFont font = p.font();
        font.setPixelSize(11);
        font.setBold(true);
        p.setFont(font);
        for (int i = 0; i < m_proposedSites.size(); ++i) {
            const QPointF at = vp.toScreen(m_scene->projection().project(m_proposedSites[i]));
            QPolygonF diamond;
            diamond << at + QPointF(0, -11) << at + QPointF(11, 0) << at + QPointF(0, 11)
                    << at + QPointF(-11, 0);
            p.setPen(QPen(Qt::white, 2));
            p.setBrush(QColor(0x7c, 0x3a, 0xed));
            p.drawPolygon(diamond);
            p.setPen(Qt::white);
            p.drawText(QRectF(at - QPointF(11, 11), QSizeF(22, 22)), Qt::AlignCenter,
                       QString::number(i + 1));
        }
        p.restore();
    }
    if (m_flash.isActive() && !m_highlightedPath.isEmpty()) {
        // Two expanding rings at the dispute's grid.
        const double phase = (m_flashClock.elapsed() % 800) / 800.0;
        const QPointF at = vp.toScreen(m_flashAt);
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        for (double offset : {0.0, 0.5}) {
            const double f = std::fmod(phase + offset, 1.0);
            QColor c(0xdc, 0x26, 0x26, int(230 * (1 - f)));
            p.setPen(QPen(c, 3));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, 6 + 26 * f, 6 + 26 * f);
        }
        p.setBrush(QColor(0xdc, 0x26, 0x26));
        p.setPen(QPen(Qt::white, 1.5));
        p.drawEllipse(at, 5, 5);
        p.restore();
    }
    if (furniture) {
        const QRectF area(QPointF(0, 0), QSizeF(vp.size));
        geo::drawScaleBar(p, area, vp.scale);
        geo::drawNorthArrow(p, area);
        if (m_points)
            geo::drawSymbolKey(p, area, m_style, *m_points);
        const QRectF legend = geo::drawLegend(p, area, m_legend);
        if (vp.size == size())
            m_legendRect = legend;
    }
}

QImage MapView::exportImage(double scale) const
{
    if (!hasScene())
        return {};
    geo::MapViewport vp = viewport();
    vp.dpr = scale;
    QImage image = geo::renderMap(*m_scene, m_style, m_points.get(), vp);
    QPainter p(&image);
    QFont f = font();
    p.setFont(f);
    drawOverlay(p, vp, true);
    return image;
}

bool MapView::exportSvg(const QString &path, QString *error) const
{
    if (!hasScene()) {
        if (error)
            *error = tr("There is no map to export.");
        return false;
    }
    const geo::MapViewport vp = viewport();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(vp.size);
    svg.setViewBox(QRect(QPoint(0, 0), vp.size));
    svg.setTitle(tr("Map"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    geo::paintMap(p, *m_scene, m_style, m_points.get(), vp);
    drawOverlay(p, vp, true);
    return p.end();
}

// ---- interaction ---------------------------------------------------------------------

void MapView::resizeEvent(QResizeEvent *)
{
    if (!m_userView)
        fitAll();
    else
        viewMoved();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    zoomAt(std::pow(1.25, event->angleDelta().y() / 120.0), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressAt = event->position().toPoint();
    m_pressCentre = m_centre;
    m_dragging = false;
    m_dragPlatform = -1;
    if (m_platformsMovable && m_style.showPlatforms) {
        const QString id = platformAt(event->position());
        if (!id.isEmpty()) {
            const auto &ids = m_points->platformIds;
            m_dragPlatform = int(std::find(ids.begin(), ids.end(), id) - ids.begin());
            m_dragPlatformAt = m_points->platforms[size_t(m_dragPlatform)].at;
        }
    }
}

void MapView::setPlatformsMovable(bool movable)
{
    m_platformsMovable = movable;
    m_dragPlatform = -1;
    update();
}

QString MapView::platformAt(const QPointF &screen) const
{
    if (!m_points || !m_style.showPlatforms)
        return {};
    const auto &platforms = m_points->platforms;
    const auto &ids = m_points->platformIds;
    const geo::MapViewport vp = viewport();
    double best = 10.0 * 10.0; // the icon's radius and a little more, squared
    QString found;
    for (size_t i = 0; i < platforms.size() && i < ids.size(); ++i) {
        const QPointF d = vp.toScreen(platforms[i].at) - screen;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= best) {
            best = d2;
            found = ids[i];
        }
    }
    return found;
}

void MapView::setProposedSites(const QList<QPointF> &lonLat)
{
    m_proposedSites = lonLat;
    update();
}

void MapView::setSelectedPlatform(const QString &id)
{
    if (id == m_selectedPlatform)
        return;
    m_selectedPlatform = id;
    update();
}

QPointF MapView::platformScreenPos(const QString &id) const
{
    if (!m_points)
        return {};
    const auto &ids = m_points->platformIds;
    const auto it = std::find(ids.begin(), ids.end(), id);
    if (it == ids.end())
        return {};
    return toScreen(m_points->platforms[size_t(it - ids.begin())].at);
}

void MapView::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    m_hoveredPath = index >= 0 ? m_scene->path(index) : QPainterPath();
    update();
    Q_EMIT regionHovered(index >= 0 ? m_scene->feature(index).code : QString());
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPoint delta = event->position().toPoint() - m_pressAt;
        if (!m_dragging && delta.manhattanLength() < kDragThreshold)
            return;
        m_dragging = true;
        if (m_dragPlatform >= 0) {
            setCursor(Qt::SizeAllCursor);
            m_dragPlatformAt = toMap(event->position());
            update();
            return;
        }
        setCursor(Qt::ClosedHandCursor);
        m_centre = m_pressCentre - QPointF(delta) / m_scale;
        m_userView = true;
        viewMoved();
        return;
    }
    if (!hasScene())
        return;
    const int index = m_scene->pickDeepest(toMap(event->position()));
    if (index == m_hovered)
        return;
    setHovered(index);
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    const geo::MapScene::Feature &f = m_scene->feature(index);
    const QString text = m_hoverText ? m_hoverText(f.code)
                                     : QStringLiteral("%1\n%2").arg(f.name, f.code);
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void MapView::leaveEvent(QEvent *)
{
    setHovered(-1);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    unsetCursor();
    const int dragged = m_dragPlatform;
    m_dragPlatform = -1;
    if (m_dragging) {
        m_dragging = false;
        if (dragged >= 0 && m_scene && m_points) {
            // Show it where it was dropped until the owner sets the points again.
            auto moved = std::make_shared<geo::MapPoints>(*m_points);
            moved->platforms[size_t(dragged)].at = toMap(event->position());
            const QString id = moved->platformIds[size_t(dragged)];
            const QPointF lonLat = m_scene->projection().unproject(toMap(event->position()));
            setPoints(moved);
            Q_EMIT platformDropped(id, lonLat);
        }
        return;
    }
    const QString platform = m_style.showPlatforms ? platformAt(event->position()) : QString();
    if (!platform.isEmpty()) {
        setSelectedPlatform(platform);
        Q_EMIT platformClicked(platform);
        return;
    }
    const QString code = regionAt(event->position());
    if (!code.isEmpty())
        Q_EMIT regionClicked(code);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    zoomAt(2.0, event->position());
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double step = std::max(40.0, std::min(width(), height()) / 4.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(1.5, centre);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAt(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}
