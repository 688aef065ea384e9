#pragma once

#include "domain/region.h"
#include "geo/geometry.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <stdexcept>

class Database;

// What to import from a GIS file (shapefile, GeoJSON, GeoPackage, KML, anything OGR reads).
struct GeoImportOptions
{
    enum class ParentMode {
        None,       // counties; other levels are then placed by location
        Fixed,      // every feature under parentCode
        Field,      // the parent's code is in parentField
        Location,   // the live region one level up that holds the largest share of the area
    };

    QString file;
    QString layer;            // empty: the first layer
    RegionLevel level = RegionLevel::Township;
    QString codeField;        // empty: the first of code, adcode, CODE, 区划代码 … the layer has
    QString nameField;        // empty: the first of name, NAME, 名称 … the layer has
    ParentMode parentMode = ParentMode::None;
    QString parentCode;
    QString parentField;
    QString sourceCrs;        // e.g. EPSG:4547; overrides what the file declares
    bool gcj02 = false;       // the coordinates are GCJ-02 lon/lat: convert them to WGS84
    QString where;            // OGR SQL attribute filter
};

// A layer as the dialog shows it before the import options are chosen.
struct GeoLayerInfo
{
    QString name;
    QString geometryType;
    QStringList fields;
    qint64 featureCount = -1;   // -1 when the driver cannot tell cheaply
    QString crs;                // the declared CRS's name, empty when none
};

// One region as it would be written: the features of the file that share a code, merged.
struct GeoImportRegion
{
    enum class Action { Insert, Update, Unchanged };

    QString code;
    QString name;
    QString parentCode;
    double parentShare = 0;      // by location: share of the area inside the parent (0–1)
    QList<qint64> features;      // the feature ids (FID) that make it up
    int parts = 0;               // polygons after repair
    double areaKm2 = 0;
    QRectF bbox;                 // lon/lat
    QPointF centroid;            // lon, lat; inside the shape
    QStringList notes;           // repairs and other remarks, "feature 12: …"
    Action action = Action::Insert;   // against the store when the preview was read
    geo::MultiPolygon shape;     // lon/lat, WGS84/CGCS2000
};

// The result of reading and validating a file: everything the write phase needs, and
// everything a person should see first.
struct GeoImportPreview
{
    GeoImportOptions options;
    QString driver;              // "ESRI Shapefile", "GeoJSON", …
    QString layer;
    QStringList layers;          // every layer of the file
    QStringList fields;          // fields of the chosen layer
    QString crs;                 // the CRS used to read, as a name
    QString codeField;           // the fields actually used
    QString nameField;
    qint64 featuresRead = 0;
    int repaired = 0;            // features that needed a repair
    int skipped = 0;             // features left out (nothing left after repair, not an area)
    QList<GeoImportRegion> regions;   // in order of first appearance in the file
    QStringList errors;          // rejections: any one means nothing may be written
    QStringList warnings;        // repairs and skips, one line each
    bool cancelled = false;

    bool ok() const { return errors.isEmpty() && !cancelled; }
    int count(GeoImportRegion::Action action) const;
};

struct GeoImportSummary
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int repaired = 0;
    int skipped = 0;
};

// The write phase refused or was cancelled; nothing was written.
class GeoImportError : public std::runtime_error
{
public:
    explicit GeoImportError(const QString &message, bool cancelled = false)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_cancelled(cancelled)
    {}
    QString message() const { return m_message; }
    bool cancelled() const { return m_cancelled; }

private:
    QString m_message;
    bool m_cancelled;
};

// Boundary import through GDAL/OGR, in two phases so that a GUI can show a preview: read()
// reads, reprojects to lon/lat, repairs and validates against the store without writing;
// write() upserts the preview's regions in one transaction. Both take a progress callback and
// a cancel flag and may run off the GUI thread (each thread with its own Database).
class GeoImport
{
    Q_DECLARE_TR_FUNCTIONS(GeoImport)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // The layers of a file with their fields. Sets `error` (and returns none) when OGR cannot
    // open it.
    static QList<GeoLayerInfo> inspect(const QString &file, QString *error);

    // Reads and validates. `db` (may be null) is read for parents and codes already taken;
    // without it those checks are left out. Never throws for bad input: see errors.
    static GeoImportPreview read(const GeoImportOptions &options, Database *db,
                                 const Progress &progress = {},
                                 const std::atomic_bool *cancel = nullptr);

    // Previews of several files read with the same options, as one to write in one
    // transaction (e.g. one file per township). A code found in more than one file is refused.
    static GeoImportPreview merge(const QList<GeoImportPreview> &previews);

    // Writes a preview that is ok(), in one transaction, checking again that each code still
    // fits (the store may have changed since the preview). Throws GeoImportError (refused or
    // cancelled: nothing written) or StoreError.
    static GeoImportSummary write(Database &db, const GeoImportPreview &preview,
                                  const QString &actor, const Progress &progress = {},
                                  const std::atomic_bool *cancel = nullptr);

    // The field read for codes (names) when the caller names none: the first of the usual
    // names the layer has, or empty.
    static QString guessCodeField(const QStringList &fields);
    static QString guessNameField(const QStringList &fields);

    // The store code for a code as files give it, or empty when it is not one: 12 or 15 digits
    // as they are; 6 digits (a county adcode) and 9 (a township) padded with zeros to 12.
    static QString normalizeCode(const QString &raw);
    // The kind a new region of this level and name gets: 县, 街道/镇/乡, 社区/村, 网格.
    static QString kindFor(RegionLevel level, const QString &name);
};
