#pragma once

#include "domain/region.h"
#include "geo/geometry.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <boost/geometry/index/rtree.hpp>

#include <array>
#include <memory>
#include <utility>
#include <vector>

namespace geo {

// lon/lat ↔ map units: kilometres east (x) and south (y) of an origin, a local equirectangular
// projection that is true to well under 1 % across a county and good enough for drawing a
// province.
class LocalProjection
{
public:
    LocalProjection() = default;
    explicit LocalProjection(const QPointF &originLonLat);

    QPointF project(const QPointF &lonLat) const;
    QPointF unproject(const QPointF &map) const;
    QPointF origin() const { return m_origin; }

private:
    QPointF m_origin;
    double m_kmPerLon = 111.32;
    double m_kmPerLat = 110.57;
};

// Every region outline of a store (or of a synthetic province) ready to draw and to hit-test:
// rings projected once, kept at full detail and at coarser levels of detail (Douglas–Peucker,
// tolerances growing by 4× per level), and one R-tree of bounding boxes per administrative
// level that picks what a view shows and what a click hits. Immutable once built, so render
// threads share it without locks.
class MapScene
{
public:
    static constexpr int kLevelsOfDetail = 6;

    struct Feature
    {
        QString code;
        QString name;
        RegionLevel level = RegionLevel::Grid;
        QRectF bounds;    // map units
        QPointF labelAt;  // map units, inside the outline where possible
        quint32 firstRing = 0;
        quint32 ringCount = 0;
        bool hasHoles = false;
    };

    class Builder
    {
    public:
        // The projection every later feature is drawn in (usually centred on the county).
        explicit Builder(const LocalProjection &projection);
        // Rings in lon/lat: outer rings and holes in any order and orientation (a ring inside
        // another of the same feature counts as a hole when drawn, even-odd). A feature with
        // no usable ring is left out. `labelLonLat` may be null: the bounds' centre is used.
        void add(const QString &code, const QString &name, RegionLevel level,
                 const QList<QPolygonF> &lonLatRings, const QPointF &labelLonLat = {});
        // The same with rings already in map units (synthetic scenes, benchmarks).
        void addProjected(const QString &code, const QString &name, RegionLevel level,
                          const QList<QPolygonF> &rings, const QPointF &labelAt = {});
        std::shared_ptr<const MapScene> build();
        int size() const { return int(m_scene->m_features.size()); }

    private:
        std::unique_ptr<MapScene> m_scene;
    };

    // Reads a multipolygon WKB and adds it (a convenience for stored regions).
    static QList<QPolygonF> ringsOf(const QByteArray &wkb) { return wkbToPolygons(wkb); }

    const LocalProjection &projection() const { return m_projection; }
    QRectF extent() const { return m_extent; }
    bool isEmpty() const { return m_features.empty(); }
    int featureCount() const { return int(m_features.size()); }
    const Feature &feature(int index) const { return m_features[size_t(index)]; }
    // Index of the feature with this code, -1 when none.
    int find(const QString &code) const { return m_byCode.value(code, -1); }
    const std::vector<int> &featuresOf(RegionLevel level) const
    {
        return m_byLevel[size_t(static_cast<int>(level))];
    }
    int count(RegionLevel level) const { return int(featuresOf(level).size()); }

    // Features of `level` whose bounds meet `rect` (map units), appended to `out`.
    void visible(RegionLevel level, const QRectF &rect, std::vector<int> *out) const;
    // The feature of `level` whose outline holds `point` (map units); -1 when none.
    int pick(RegionLevel level, const QPointF &point) const;
    // The deepest feature (grid, else village, township, county) under the point; -1 none.
    int pickDeepest(const QPointF &point) const;

    // The level of detail to draw at `pixelsPerKm`: the coarsest whose tolerance stays under
    // about half a pixel.
    int levelOfDetail(double pixelsPerKm) const;
    static double tolerance(int lod); // km
    // Ring `ring` (global index) of a feature at a level of detail; empty when the ring
    // vanished at that tolerance.
    std::pair<const QPointF *, int> ring(int lod, quint32 ring) const
    {
        const Lod &l = m_lods[size_t(lod)];
        const quint32 begin = l.ringStart[ring];
        return {l.points.data() + begin, int(l.ringStart[ring + 1] - begin)};
    }
    // The full-detail outline as a path (even-odd fill), for highlighting one feature.
    QPainterPath path(int index) const;
    // Vertices stored at a level of detail (all rings, all features).
    qint64 vertexCount(int lod) const { return qint64(m_lods[size_t(lod)].points.size()); }

private:
    using BoxValue = std::pair<Box, int>;
    using RTree = boost::geometry::index::rtree<BoxValue, boost::geometry::index::rstar<16>>;

    struct Lod
    {
        std::vector<QPointF> points;
        std::vector<quint32> ringStart; // ring i spans [ringStart[i], ringStart[i + 1])
    };

    MapScene() = default;
    bool contains(int index, const QPointF &point) const;

    LocalProjection m_projection;
    std::vector<Feature> m_features;
    std::array<std::vector<int>, 4> m_byLevel;
    std::array<RTree, 4> m_trees;
    std::array<Lod, kLevelsOfDetail> m_lods;
    QHash<QString, int> m_byCode;
    QRectF m_extent;
};

} // namespace geo
