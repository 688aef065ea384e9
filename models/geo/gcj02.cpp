#include "gcj02.h"

#include <cmath>

namespace geo::gcj02 {

namespace {

// Krasovsky 1940, the ellipsoid the published formula uses.
constexpr double kA = 6378245.0;
constexpr double kEe = 0.00669342162296594323;
constexpr double kPi = 3.14159265358979323846;

double shiftLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y
        + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double shiftLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

// The offset (dlon, dlat) in degrees that GCJ-02 adds at a WGS84 point.
Point offsetAt(double lon, double lat)
{
    double dLat = shiftLat(lon - 105.0, lat - 35.0);
    double dLon = shiftLon(lon - 105.0, lat - 35.0);
    const double radLat = lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kA * (1 - kEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return {dLon, dLat};
}

} // namespace

bool outOfChina(double lon, double lat)
{
    return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

Point fromWgs84(const Point &wgs84)
{
    if (outOfChina(wgs84.x(), wgs84.y()))
        return wgs84;
    const Point d = offsetAt(wgs84.x(), wgs84.y());
    return {wgs84.x() + d.x(), wgs84.y() + d.y()};
}

Point toWgs84(const Point &gcj02)
{
    if (outOfChina(gcj02.x(), gcj02.y()))
        return gcj02;
    // The offset changes slowly (well under 1e-3 per degree), so w ← w − (f(w) − g) contracts
    // fast: three or four rounds reach 1e-9°.
    Point w = gcj02;
    for (int i = 0; i < 30; ++i) {
        const Point f = fromWgs84(w);
        const double ex = f.x() - gcj02.x();
        const double ey = f.y() - gcj02.y();
        w = Point(w.x() - ex, w.y() - ey);
        if (std::abs(ex) < 1e-9 && std::abs(ey) < 1e-9)
            break;
    }
    return w;
}

void toWgs84(MultiPolygon &shape)
{
    auto convert = [](Polygon::ring_type &ring) {
        for (Point &p : ring)
            p = toWgs84(p);
    };
    for (Polygon &poly : shape) {
        convert(poly.outer());
        for (auto &inner : poly.inners())
            convert(inner);
    }
}

} // namespace geo::gcj02
