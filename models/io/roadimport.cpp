#include "roadimport.h"

#include "gdalsupport.h"

#include "geo/gcj02.h"
#include "store/database.h"
#include "store/roadrepository.h"

#include <QDateTime>
#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>
#include <mutex>

namespace {

const char *const kNameFields[] = {"name", "NAME", "Name", "RNAME", "rname", "road_name",
                                   "ROADNAME", "名称", "道路名称", "路名", "DLMC"};
const char *const kKindFields[] = {"fclass", "class", "highway", "kind", "KIND", "CLASS",
                                   "FCLASS", "roadclass", "ROADCLASS", "道路等级", "等级",
                                   "DLDJ"};

// More rejections than this are summed up in one last line.
constexpr int kMaxErrors = 40;

QString fieldText(OGRFeature &f, int index)
{
    if (index < 0 || !f.IsFieldSetAndNotNull(index))
        return {};
    return QString::fromUtf8(f.GetFieldAsString(index)).trimmed();
}

QString guessField(const QStringList &fields, const char *const *names, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        if (fields.contains(QString::fromUtf8(names[i])))
            return QString::fromUtf8(names[i]);
    }
    return {};
}


bool isLineType(OGRwkbGeometryType type)
{
    const OGRwkbGeometryType flat = wkbFlatten(type);
    return flat == wkbLineString || flat == wkbMultiLineString || flat == wkbCircularString
        || flat == wkbCompoundCurve || flat == wkbMultiCurve;
}

// The line parts of a line geometry (curves made linear), in order.
std::vector<const OGRLineString *> lineParts(const OGRGeometry &g,
                                             std::vector<std::unique_ptr<OGRGeometry>> &keep)
{
    std::vector<const OGRLineString *> out;
    const OGRwkbGeometryType flat = wkbFlatten(g.getGeometryType());
    if (flat == wkbLineString) {
        out.push_back(g.toLineString());
    } else if (flat == wkbMultiLineString) {
        for (const OGRLineString *part : *g.toMultiLineString())
            out.push_back(part);
    } else {
        // Curves: their linear approximation.
        keep.emplace_back(g.getLinearGeometry());
        const OGRGeometry *linear = keep.back().get();
        if (linear && wkbFlatten(linear->getGeometryType()) != flat)
            return lineParts(*linear, keep);
    }
    return out;
}

} // namespace

double RoadImportPreview::lengthKm() const
{
    double m = 0;
    for (const RoadImportLine &l : lines)
        m += l.lengthM;
    return m / 1000.0;
}

std::vector<coverage::RoadNetwork::Line> RoadImportPreview::networkLines() const
{
    std::vector<coverage::RoadNetwork::Line> out;
    out.reserve(lines.size());
    for (const RoadImportLine &l : lines)
        out.push_back(l.points);
    return out;
}

QString RoadImport::guessNameField(const QStringList &fields)
{
    return guessField(fields, kNameFields, std::size(kNameFields));
}

QString RoadImport::guessKindField(const QStringList &fields)
{
    return guessField(fields, kKindFields, std::size(kKindFields));
}

RoadImportPreview RoadImport::read(const RoadImportOptions &options, const Progress &progress,
                                   const std::atomic_bool *cancel)
{
    Gdal::QuietErrors quiet;
    RoadImportPreview preview;
    preview.options = options;
    const QString &file = options.file;
    Gdal::ErrorList errors(preview.errors, kMaxErrors);
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    QString why;
    Gdal::OpenedLayer opened;
    const bool found = Gdal::openLayer(file, options.layer, &opened, &why);
    preview.driver = opened.driver;
    preview.layers = opened.layers;
    if (!found) {
        preview.errors << why;
        return preview;
    }
    OGRLayer *layer = opened.layer;
    preview.layer = opened.name;
    preview.fields = opened.fields;
    const QString fieldList = preview.fields.isEmpty() ? tr("(no fields)")
                                                       : preview.fields.join(QStringLiteral(", "));

    // Fields: optional, but a field the caller names must be there.
    auto pickField = [&](const QString &given, const QString &guessed, const QString &what) {
        if (given.isEmpty())
            return guessed;
        if (!preview.fields.contains(given)) {
            errors.add(tr("%1: layer '%2' has no field '%3' (%4); its fields are: %5")
                           .arg(file, preview.layer, given, what, fieldList));
        }
        return given;
    };
    preview.nameField = pickField(options.nameField, guessNameField(preview.fields), tr("name"));
    preview.kindField = pickField(options.kindField, guessKindField(preview.fields), tr("kind"));
    if (!preview.errors.isEmpty())
        return preview;
    const int nameIndex = preview.nameField.isEmpty()
        ? -1
        : int(preview.fields.indexOf(preview.nameField));
    const int kindIndex = preview.kindField.isEmpty()
        ? -1
        : int(preview.fields.indexOf(preview.kindField));

    // A layer declared as points or areas holds no roads.
    const OGRwkbGeometryType declared = wkbFlatten(layer->GetGeomType());
    if (declared != wkbUnknown && declared != wkbNone && declared != wkbGeometryCollection
        && !isLineType(declared)) {
        preview.errors << tr("%1: layer '%2' holds %3 geometry, not lines; give a file of road "
                             "lines")
                              .arg(file, preview.layer,
                                   QString::fromUtf8(OGRGeometryTypeToName(declared)));
        return preview;
    }

    // Filter and CRS.
    Gdal::LonLatSource lonLat;
    if (!Gdal::prepareLayer(*layer, file, options.where, options.sourceCrs, &lonLat, &why)) {
        preview.errors << why;
        return preview;
    }
    preview.crs = lonLat.crs;
    const std::unique_ptr<OGRCoordinateTransformation> &transform = lonLat.transform;

    // Features.
    const qint64 total = layer->GetFeatureCount(TRUE);
    layer->ResetReading();
    qint64 nonLines = 0;
    QString firstNonLine;
    while (true) {
        std::unique_ptr<OGRFeature> f(layer->GetNextFeature());
        if (!f)
            break;
        if (cancelled()) {
            preview.cancelled = true;
            return preview;
        }
        ++preview.featuresRead;
        if (progress)
            progress(preview.featuresRead, std::max(total, preview.featuresRead));
        const qint64 fid = f->GetFID();
        const QString where = tr("%1: feature %2").arg(file).arg(fid);
        const QString name = fieldText(*f, nameIndex);
        const QString kind = fieldText(*f, kindIndex);

        const OGRGeometry *geometry = f->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            errors.add(tr("%1: no line geometry").arg(where));
            continue;
        }
        if (!isLineType(geometry->getGeometryType())) {
            ++nonLines;
            const QString type = QString::fromUtf8(
                OGRGeometryTypeToName(wkbFlatten(geometry->getGeometryType())));
            if (firstNonLine.isEmpty())
                firstNonLine = type;
            errors.add(tr("%1: a %2, not a line").arg(where, type));
            continue;
        }
        std::unique_ptr<OGRGeometry> g(geometry->clone());
        g->flattenTo2D();
        QString sample;
        if (Gdal::projectedAsDegrees(*g, lonLat, &sample)) {
            if (!lonLat.declared) {
                preview.errors << tr("%1: the file declares no CRS (no .prj or crs member) and "
                                     "its coordinates such as %2 are projected, not "
                                     "longitude/latitude; give the CRS with --source-crs EPSG:N "
                                     "(e.g. EPSG:4547 for CGCS2000 3-degree Gauss-Kruger, "
                                     "CM 114E)")
                                      .arg(file, sample);
            } else {
                preview.errors << tr("%1: coordinates such as %2 are not longitude/latitude, "
                                     "but the file is read as %3; give the real CRS with "
                                     "--source-crs EPSG:N")
                                      .arg(file, sample, preview.crs);
            }
            return preview;
        }
        if (transform) {
            CPLErrorReset();
            if (g->transform(transform.get()) != OGRERR_NONE) {
                errors.add(tr("%1: cannot transform to longitude/latitude: %2")
                               .arg(where, Gdal::lastError()));
                continue;
            }
        }
        std::vector<std::unique_ptr<OGRGeometry>> keep;
        const std::vector<const OGRLineString *> parts = lineParts(*g, keep);
        int partNo = 0;
        for (const OGRLineString *part : parts) {
            ++partNo;
            RoadImportLine line;
            line.feature = fid;
            line.name = name;
            line.kind = kind;
            bool finite = true;
            for (int i = 0; i < part->getNumPoints(); ++i) {
                coverage::LonLat v{part->getX(i), part->getY(i)};
                if (!std::isfinite(v.lon) || !std::isfinite(v.lat)) {
                    finite = false;
                    break;
                }
                if (options.gcj02) {
                    const geo::Point w = geo::gcj02::toWgs84(geo::Point(v.lon, v.lat));
                    v = {w.x(), w.y()};
                }
                // Repeated vertices add nothing to a road.
                if (!line.points.empty() && line.points.back().lon == v.lon
                    && line.points.back().lat == v.lat) {
                    continue;
                }
                line.points.push_back(v);
            }
            if (!finite) {
                errors.add(tr("%1: part %2 has a coordinate that is not a number")
                               .arg(where)
                               .arg(partNo));
                continue;
            }
            if (line.points.size() < 2) {
                ++preview.skipped;
                preview.warnings << tr("%1: part %2 has fewer than two distinct vertices; skipped")
                                        .arg(where)
                                        .arg(partNo);
                continue;
            }
            line.lengthM = RoadRepository::lengthMetres(line.points);
            preview.lines.push_back(std::move(line));
        }
    }
    if (preview.featuresRead == 0 && preview.errors.isEmpty()) {
        errors.add(options.where.isEmpty()
                       ? tr("%1: layer '%2' holds no features").arg(file, preview.layer)
                       : tr("%1: no feature matches '%2'").arg(file, options.where));
    } else if (nonLines == preview.featuresRead && nonLines > 0) {
        // Nothing but points or areas: one clear line before the per-feature ones.
        preview.errors.prepend(tr("%1: holds no lines (its features are %2 and the like); give "
                                  "a file of road lines")
                                   .arg(file, firstNonLine));
    } else if (preview.lines.empty() && preview.errors.isEmpty()) {
        errors.add(tr("%1: no feature has a line to import").arg(file));
    }
    errors.finish();
    return preview;
}

RoadImportSummary RoadImport::write(Database &db, const RoadImportPreview &preview, Mode mode,
                                    const QString &actor, const std::atomic_bool *cancel)
{
    if (preview.cancelled)
        throw RoadImportError(tr("the reading was cancelled; nothing was written"), true);
    if (!preview.errors.isEmpty()) {
        throw RoadImportError(tr("%1: %n problem(s); nothing was written", nullptr,
                                 int(preview.errors.size()))
                                  .arg(preview.options.file));
    }
    if (db.isReadOnly())
        throw RoadImportError(tr("the database is open read-only; nothing was written"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RoadImportSummary summary;
    WriteTransaction tx(db);
    RoadRepository roads(db);
    const qint64 rev = roads.nextRevision(now);
    if (mode == Mode::Replace)
        summary.removed = roads.removeAll(actor, now, rev);
    for (const RoadImportLine &line : preview.lines) {
        if (cancel && cancel->load())
            throw RoadImportError(tr("cancelled; nothing was written"), true);
        roads.insert({line.name, line.kind, line.points}, actor, now, rev);
        ++summary.inserted;
    }
    const RoadRepository::Summary live = roads.summary();
    tx.commit();
    summary.liveLines = live.lines;
    summary.liveLengthKm = live.lengthKm;
    return summary;
}
