#include "demoprovince.h"

#include <QtMath>

#include <cmath>

namespace DemoProvince {

namespace {

constexpr double kCellKm = 1.0;
constexpr int kEdgeSteps = 3;   // points per cell edge (wavy boundaries)
constexpr int kVillageCells = 4;
constexpr int kTownshipCells = 20;
constexpr int kCountyCells = 80;

// A stable pseudo-random value in [-0.5, 0.5) for a lattice key.
double jitter(quint32 seed, qint64 a, qint64 b, int salt)
{
    quint64 h = seed * 0x9E3779B97F4A7C15ull ^ quint64(a) * 0xBF58476D1CE4E5B9ull
                ^ quint64(b) * 0x94D049BB133111EBull ^ quint64(salt) * 0x2545F4914F6CDD1Dull;
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ull;
    h ^= h >> 32;
    return double(h & 0xFFFFFF) / double(0x1000000) - 0.5;
}

class Lattice
{
public:
    explicit Lattice(quint32 seed) : m_seed(seed) {}

    // Corner (i, j) of the cell lattice, jittered.
    QPointF corner(int i, int j) const
    {
        return QPointF((i + 0.35 * jitter(m_seed, i, j, 1)) * kCellKm,
                       (j + 0.35 * jitter(m_seed, i, j, 2)) * kCellKm);
    }
    // The points of the edge from corner (i, j) to the next corner along x (horizontal) or
    // y, excluding its end; shared by the two cells on either side.
    void edge(int i, int j, bool horizontal, bool reverse, QPolygonF &out) const
    {
        const QPointF a = corner(i, j);
        const QPointF b = horizontal ? corner(i + 1, j) : corner(i, j + 1);
        QPointF pts[kEdgeSteps];
        pts[0] = a;
        for (int k = 1; k < kEdgeSteps; ++k) {
            const double t = double(k) / kEdgeSteps;
            const double wobble = 0.12 * kCellKm * jitter(m_seed, i * 2 + horizontal, j, 10 + k);
            const QPointF along = a + (b - a) * t;
            pts[k] = horizontal ? along + QPointF(0, wobble) : along + QPointF(wobble, 0);
        }
        if (!reverse) {
            for (const QPointF &p : pts)
                out << p;
        } else {
            out << b;
            for (int k = kEdgeSteps - 1; k >= 1; --k)
                out << pts[k];
        }
    }
    // The outline of the block of cells [i0, i1) × [j0, j1), clockwise on screen (y down).
    QPolygonF block(int i0, int j0, int i1, int j1) const
    {
        QPolygonF ring;
        for (int i = i0; i < i1; ++i)
            edge(i, j0, true, false, ring);   // top, left to right
        for (int j = j0; j < j1; ++j)
            edge(i1, j, false, false, ring);  // right, top to bottom
        for (int i = i1 - 1; i >= i0; --i)
            edge(i, j1, true, true, ring);    // bottom, right to left
        for (int j = j1 - 1; j >= j0; --j)
            edge(i0, j, false, true, ring);   // left, bottom to top
        ring << ring.first();
        return ring;
    }

private:
    quint32 m_seed;
};

QString code(int county, int township, int village, int grid)
{
    QString c = QStringLiteral("43%1%2%3").arg(county, 4, 10, QLatin1Char('0'))
                    .arg(township, 3, 10, QLatin1Char('0')).arg(village, 3, 10, QLatin1Char('0'));
    if (grid > 0)
        c += QStringLiteral("%1").arg(grid, 3, 10, QLatin1Char('0'));
    return c;
}

} // namespace

std::shared_ptr<const geo::MapScene> scene(int grids, quint32 seed)
{
    // Whole counties across, as square as the count allows.
    const int side = std::max(kCountyCells, int(std::ceil(std::sqrt(double(grids)))));
    const int cols = (side + kCountyCells - 1) / kCountyCells * kCountyCells;
    const int rows = std::max(kCountyCells, (grids + cols - 1) / cols);
    const Lattice lattice(seed);
    geo::MapScene::Builder builder{geo::LocalProjection(QPointF(112, 28))};
    int made = 0;
    const int countiesX = cols / kCountyCells;
    for (int j = 0; j < rows && made < grids; ++j) {
        for (int i = 0; i < cols && made < grids; ++i, ++made) {
            const int county = (j / kCountyCells) * countiesX + i / kCountyCells + 1;
            const int township = ((j % kCountyCells) / kTownshipCells) * (kCountyCells / kTownshipCells)
                                 + (i % kCountyCells) / kTownshipCells + 1;
            const int village = ((j % kTownshipCells) / kVillageCells) * (kTownshipCells / kVillageCells)
                                + (i % kTownshipCells) / kVillageCells + 1;
            const int grid = (j % kVillageCells) * kVillageCells + i % kVillageCells + 1;
            builder.addProjected(code(county, township, village, grid),
                                 QStringLiteral("网格%1").arg(grid), RegionLevel::Grid,
                                 {lattice.block(i, j, i + 1, j + 1)});
        }
    }
    const int usedRows = (made + cols - 1) / cols;
    auto blocks = [&](int cells, RegionLevel level, const QString &prefix) {
        for (int j = 0; j < usedRows; j += cells) {
            for (int i = 0; i < cols; i += cells) {
                const int county = (j / kCountyCells) * countiesX + i / kCountyCells + 1;
                const int township = ((j % kCountyCells) / kTownshipCells) * (kCountyCells / kTownshipCells)
                                     + (i % kCountyCells) / kTownshipCells + 1;
                const int village = ((j % kTownshipCells) / kVillageCells) * (kTownshipCells / kVillageCells)
                                    + (i % kTownshipCells) / kVillageCells + 1;
                const QString c = level == RegionLevel::County   ? code(county, 0, 0, 0)
                                  : level == RegionLevel::Township ? code(county, township, 0, 0)
                                                                   : code(county, township, village, 0);
                builder.addProjected(c, prefix.arg(c.right(6)), level,
                                     {lattice.block(i, j, std::min(cols, i + cells),
                                                    std::min(usedRows, j + cells))});
            }
        }
    };
    blocks(kVillageCells, RegionLevel::Village, QStringLiteral("村%1"));
    blocks(kTownshipCells, RegionLevel::Township, QStringLiteral("镇%1"));
    blocks(kCountyCells, RegionLevel::County, QStringLiteral("县%1"));
    return builder.build();
}

} // namespace DemoProvince
