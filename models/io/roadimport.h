#pragma once

#include "geo/responsecoverage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <stdexcept>
#include <vector>

class Database;

// What to import from a GIS file of road lines (shapefile, GeoJSON, GeoPackage, anything OGR
// reads).
struct RoadImportOptions
{
    QString file;
    QString layer;       // empty: the first layer
    QString nameField;   // empty: the first of name, NAME, RNAME, 名称 … the layer has, or none
    QString kindField;   // empty: the first of fclass, class, highway, kind … or none
    QString where;       // OGR SQL attribute filter
    QString sourceCrs;   // e.g. EPSG:4547; overrides what the file declares
    bool gcj02 = false;  // the coordinates are GCJ-02 lon/lat: convert them to WGS84
};

// One line as it would be written; a multi-line feature gives one per part.
struct RoadImportLine
{
    qint64 feature = -1; // the feature id (FID) it comes from
    QString name;
    QString kind;
    coverage::RoadNetwork::Line points; // lon/lat, WGS84/CGCS2000, ≥ 2 vertices
    double lengthM = 0;
};

// The result of reading and validating a file: everything the write phase needs.
struct RoadImportPreview
{
    RoadImportOptions options;
    QString driver;
    QString layer;
    QStringList layers;
    QStringList fields;
    QString crs;                      // the CRS used to read, as a name
    QString nameField;                // the fields actually used (empty: none)
    QString kindField;
    qint64 featuresRead = 0;
    int skipped = 0;                  // degenerate lines left out (fewer than 2 distinct vertices)
    std::vector<RoadImportLine> lines;
    QStringList errors;               // rejections: any one means nothing may be written
    QStringList warnings;
    bool cancelled = false;

    bool ok() const { return errors.isEmpty() && !cancelled; }
    double lengthKm() const;
    std::vector<coverage::RoadNetwork::Line> networkLines() const;
};

struct RoadImportSummary
{
    int removed = 0;     // live roads tombstoned (replace)
    int inserted = 0;
    qint64 liveLines = 0; // live roads after the write
    double liveLengthKm = 0;
};

// The write phase refused or was cancelled; nothing was written.
class RoadImportError : public std::runtime_error
{
public:
    explicit RoadImportError(const QString &message, bool cancelled = false)
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

// Road network import through GDAL/OGR in two phases, like GeoImport: read() reads line and
// multi-line features, reprojects them to lon/lat and validates without touching a store;
// write() replaces (or extends) the stored network in one transaction.
class RoadImport
{
    Q_DECLARE_TR_FUNCTIONS(RoadImport)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    enum class Mode { Replace, Append };

    // Never throws for bad input: see errors. Refuses a file without line geometry, a feature
    // that is not a line, projected coordinates with no CRS to read them by.
    static RoadImportPreview read(const RoadImportOptions &options, const Progress &progress = {},
                                  const std::atomic_bool *cancel = nullptr);

    // Writes a preview that is ok() in one transaction: Replace tombstones the live roads first.
    // Throws RoadImportError (refused or cancelled: nothing written) or StoreError.
    static RoadImportSummary write(Database &db, const RoadImportPreview &preview, Mode mode,
                                   const QString &actor, const std::atomic_bool *cancel = nullptr);

    // The field read for names (kinds) when the caller names none: the first of the usual
    // names the layer has, or empty.
    static QString guessNameField(const QStringList &fields);
    static QString guessKindField(const QStringList &fields);
};
