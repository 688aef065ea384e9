#pragma once

// Test helpers for the GIS import: an independent Gauss-Kruger forward projection (so expected
// coordinates never come from GDAL/PROJ, which the import uses) and a square shapefile in
// EPSG:4547 written with GDAL's C++ API.

#include <QList>
#include <QString>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace GeoTest {

// Transverse Mercator forward on GRS80 (CGCS2000), Krüger's series in n to n⁴ (Karney 2011,
// eq. 35–36): millimetre-exact within a 3° zone. Written here so that the expected coordinates
// do not come from GDAL/PROJ, which the import uses.
struct ProjectedPoint
{
    double easting;
    double northing;
};
inline ProjectedPoint gaussKruger(double lonDeg, double latDeg, double centralMeridianDeg)
{
    const double a = 6378137.0;
    const double f = 1 / 298.257222101;
    const double n = f / (2 - f);
    const double n2 = n * n, n3 = n2 * n, n4 = n3 * n;
    const double A = a / (1 + n) * (1 + n2 / 4 + n4 / 64);
    const double alpha[] = {n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180,
                            13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440,
                            61 * n3 / 240 - 103 * n4 / 140, 49561 * n4 / 161280};
    const double phi = latDeg * M_PI / 180;
    const double lambda = (lonDeg - centralMeridianDeg) * M_PI / 180;
    const double e = 2 * std::sqrt(n) / (1 + n);   // first eccentricity
    const double t = std::sinh(std::atanh(std::sin(phi)) - e * std::atanh(e * std::sin(phi)));
    const double xiP = std::atan2(t, std::cos(lambda));
    const double etaP = std::atanh(std::sin(lambda) / std::sqrt(1 + t * t));
    double xi = xiP, eta = etaP;
    for (int j = 1; j <= 4; ++j) {
        xi += alpha[j - 1] * std::sin(2 * j * xiP) * std::cosh(2 * j * etaP);
        eta += alpha[j - 1] * std::cos(2 * j * xiP) * std::sinh(2 * j * etaP);
    }
    return {500000.0 + A * eta, A * xi};   // k0 = 1, false easting 500 km
}

// A one-feature shapefile in EPSG:4547 with the given projected corners (closed here).
// Returns false when GDAL refuses a step.
inline bool writeSquareShapefile(const QString &path, const QList<ProjectedPoint> &corners,
                                 const char *code = "420102000000")
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    if (!driver)
        return false;
    GDALDatasetUniquePtr ds(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    if (srs.importFromEPSG(4547) != OGRERR_NONE)
        return false;
    OGRLayer *layer = ds->CreateLayer("square", &srs, wkbPolygon, nullptr);
    if (!layer)
        return false;
    OGRFieldDefn codeField("code", OFTString);
    codeField.SetWidth(15);
    OGRFieldDefn nameField("name", OFTString);
    nameField.SetWidth(40);
    if (layer->CreateField(&codeField) != OGRERR_NONE
        || layer->CreateField(&nameField) != OGRERR_NONE) {
        return false;
    }
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("code", code);
    feature.SetField("name", "Test square");
    OGRLinearRing ring;
    for (const ProjectedPoint &p : corners)
        ring.addPoint(p.easting, p.northing);
    ring.addPoint(corners.first().easting, corners.first().northing);
    OGRPolygon polygon;
    polygon.addRing(&ring);
    feature.SetGeometry(&polygon);
    return layer->CreateFeature(&feature) == OGRERR_NONE;
}

// Corners of the test square (lon, lat), 0.02° a side, its south-west corner on the central
// meridian 114°E of EPSG:4547 at 30°N.
constexpr double kSquareLonLat[4][2] = {{114.0, 30.0}, {114.02, 30.0}, {114.02, 30.02},
                                        {114.0, 30.02}};

// Distance in metres between two lon/lat points a few metres apart.
inline double metresBetween(double lon1, double lat1, double lon2, double lat2)
{
    const double kPerDegree = 111319.49;   // metres per degree of a great circle (R = 6378137)
    const double dx = (lon2 - lon1) * kPerDegree * std::cos((lat1 + lat2) / 2 * M_PI / 180);
    const double dy = (lat2 - lat1) * kPerDegree;
    return std::hypot(dx, dy);
}

} // namespace GeoTest
