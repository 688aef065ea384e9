#pragma once

// What the GIS imports (region boundaries, roads) share about reading a vector file through
// GDAL/OGR: opening it with GDAL's messages kept off stderr, naming its CRS, and how its
// coordinates become longitude/latitude.

#include <QString>
#include <QStringList>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace Gdal {

// GDAL's messages go to this thread's error state rather than to stderr while it lives.
class QuietErrors
{
public:
    QuietErrors();
    ~QuietErrors();
    QuietErrors(const QuietErrors &) = delete;
    QuietErrors &operator=(const QuietErrors &) = delete;
};

// The last message GDAL left on this thread.
QString lastError();

struct DatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// Opens a vector file for reading (drivers registered once); null with *error saying why
// ("FILE: cannot read: …", "FILE: the file holds no layer").
DatasetPtr openVector(const QString &file, QString *error);

QStringList fieldsOf(OGRLayer &layer);

// A file's layer as an import reads it: which driver, which layers, the one chosen (by name, or
// the first) and its fields.
struct OpenedLayer
{
    DatasetPtr dataset;
    OGRLayer *layer = nullptr;
    QString driver;
    QStringList layers;
    QString name;
    QStringList fields;
};
// Opens `file` and picks layer `name` (empty: the first); false with *error naming the file
// (and, for a missing layer, the layers there are).
bool openLayer(const QString &file, const QString &name, OpenedLayer *out, QString *error);
// "CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)".
QString crsName(const OGRSpatialReference &srs);
// CGCS2000 and WGS84 are the same for our purposes (they differ by centimetres).
bool onWgs84OrCgcs2000(const OGRSpatialReference &srs);

// How a layer's coordinates become lon/lat.
struct LonLatSource
{
    std::unique_ptr<OGRCoordinateTransformation> transform; // null: they already are
    QString crs; // the CRS read from, or "none declared (read as longitude/latitude)"
    bool declared = false;  // a CRS was given or declared (else lon/lat is assumed)
    bool geographic = true; // the file's numbers are meant as degrees (no CRS, or a geographic one)
};

// Sets the attribute filter `where` (when given) and works out the transformation: from
// `sourceCrs` when given (e.g. "EPSG:4547"), else from the CRS the layer declares, else none
// (lon/lat). Projected CGCS2000/WGS84 goes to lon/lat on its own datum; anything else to WGS84.
// False with *error ("FILE: …") when the filter or the CRS is not usable.
bool prepareLayer(OGRLayer &layer, const QString &file, const QString &where,
                  const QString &sourceCrs, LonLatSource *out, QString *error);

// True when a geometry read as degrees (`source.geographic`) has numbers beyond ±180/±90, that
// is projected metres with no (or a wrong) CRS; *sample gets one of them as "(x, y)".
bool projectedAsDegrees(const OGRGeometry &geometry, const LonLatSource &source, QString *sample);

// Collects an import's rejections: the first `limit`, then one line that sums up the rest.
class ErrorList
{
public:
    explicit ErrorList(QStringList &out, int limit = 40)
        : m_out(out)
        , m_limit(limit)
    { }
    void add(const QString &message);
    // Appends "… and N more problem(s)" when some were left out.
    void finish();

private:
    QStringList &m_out;
    int m_limit;
    int m_more = 0;
};

} // namespace Gdal
