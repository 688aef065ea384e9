#include "geoimport.h"

#include "gdalsupport.h"

#include "geo/gcj02.h"
#include "geo/shaperepair.h"
#include "store/database.h"
#include "store/regionrepository.h"
#include "store/regionwriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>

#include <boost/geometry.hpp>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <optional>

namespace bg = boost::geometry;

namespace {

// Fields tried, in this order, when the caller names none.
const char *const kCodeFields[] = {"code", "adcode", "CODE", "ADCODE", "Code", "AdCode",
                                   "区划代码", "行政区划代码", "行政区代码", "统计用区划代码",
                                   "XZQDM", "XZQHDM", "QHDM", "DM"};
const char *const kNameFields[] = {"name", "NAME", "Name", "名称", "区划名称", "行政区名称",
                                   "行政区划名称", "XZQMC", "QHMC", "MC"};

// More rejections than this are summed up in one last line.
constexpr int kMaxErrors = 40;

// The text of a field as a code: numbers without a fraction or exponent.
QString fieldText(OGRFeature &f, int index)
{
    if (!f.IsFieldSetAndNotNull(index))
        return {};
    const OGRFieldType type = f.GetFieldDefnRef(index)->GetType();
    if (type == OFTInteger || type == OFTInteger64)
        return QString::number(f.GetFieldAsInteger64(index));
    if (type == OFTReal) {
        const double v = f.GetFieldAsDouble(index);
        if (std::floor(v) == v && std::abs(v) < 1e15)
            return QString::number(qint64(v));
    }
    return QString::fromUtf8(f.GetFieldAsString(index)).trimmed();
}

// The level as a word inside a sentence ("a township code"), translated.
QString levelName(RegionLevel level)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("GeoImport", "county"), QT_TRANSLATE_NOOP("GeoImport", "township"),
        QT_TRANSLATE_NOOP("GeoImport", "village"), QT_TRANSLATE_NOOP("GeoImport", "grid")};
    return QCoreApplication::translate("GeoImport", names[static_cast<int>(level)]);
}


QString featureLabel(qint64 fid)
{
    return GeoImport::tr("feature %1").arg(fid);
}

RegionWriter::Boundary boundaryOf(const GeoImportRegion &r, RegionLevel level)
{
    RegionWriter::Boundary b;
    b.code = r.code;
    b.name = r.name;
    b.level = level;
    b.parentCode = r.parentCode;
    b.kind = GeoImport::kindFor(level, r.name);
    b.urban = b.kind == QStringLiteral("街道") || b.kind == QStringLiteral("社区");
    b.wkb = geo::toWkb(r.shape);
    b.areaKm2 = r.areaKm2;
    b.centroid = r.centroid;
    b.bbox = r.bbox;
    return b;
}

// Share (0–1) of `shape`'s area inside `outline`.
double shareInside(const geo::MultiPolygon &shape, const geo::MultiPolygon &outline,
                   double shapeArea)
{
    if (shapeArea <= 0)
        return 0;
    try {
        geo::MultiPolygon common;
        bg::intersection(shape, outline, common);
        return std::abs(bg::area(common)) / shapeArea;
    } catch (const std::exception &) {
        // Boost's overlay refuses some inputs it deems invalid; GEOS is more forgiving.
        std::unique_ptr<OGRGeometry> a(geo::toOgr(shape));
        std::unique_ptr<OGRGeometry> b(geo::toOgr(outline));
        std::unique_ptr<OGRGeometry> common(a->Intersection(b.get()));
        if (!common)
            return 0;
        return std::abs(bg::area(geo::fromOgr(*common))) / shapeArea;
    }
}

QString regionListing(const QList<Region> &regions)
{
    if (regions.isEmpty())
        return GeoImport::tr("none");
    QStringList items;
    for (const Region &r : regions) {
        if (items.size() == 12) {
            items << GeoImport::tr("… %n more", nullptr, int(regions.size()) - 12);
            break;
        }
        items << QStringLiteral("%1 %2").arg(r.code, r.name);
    }
    return items.join(QStringLiteral(", "));
}

} // namespace

int GeoImportPreview::count(GeoImportRegion::Action action) const
{
    int n = 0;
    for (const GeoImportRegion &r : regions)
        n += r.action == action ? 1 : 0;
    return n;
}

QString GeoImport::guessCodeField(const QStringList &fields)
{
    for (const char *name : kCodeFields) {
        if (fields.contains(QString::fromUtf8(name)))
            return QString::fromUtf8(name);
    }
    return {};
}

QString GeoImport::guessNameField(const QStringList &fields)
{
    for (const char *name : kNameFields) {
        if (fields.contains(QString::fromUtf8(name)))
            return QString::fromUtf8(name);
    }
    return {};
}

QString GeoImport::normalizeCode(const QString &raw)
{
    const QString code = raw.trimmed();
    if (code.isEmpty())
        return {};
    for (QChar c : code) {
        if (!c.isDigit() || c.unicode() > 127)
            return {};
    }
    if (code.size() == 6)
        return code + QStringLiteral("000000");
    if (code.size() == 9)
        return code + QStringLiteral("000");
    if (code.size() == 12 || code.size() == 15)
        return code;
    return {};
}

QString GeoImport::kindFor(RegionLevel level, const QString &name)
{
    switch (level) {
    case RegionLevel::County:
        return QStringLiteral("县");
    case RegionLevel::Township:
        if (name.endsWith(QStringLiteral("街道")) || name.endsWith(QStringLiteral("办事处")))
            return QStringLiteral("街道");
        if (name.endsWith(QStringLiteral("乡")))
            return QStringLiteral("乡");
        return QStringLiteral("镇");
    case RegionLevel::Village:
        if (name.endsWith(QStringLiteral("村")) || name.endsWith(QStringLiteral("村委会")))
            return QStringLiteral("村");
        return QStringLiteral("社区");
    case RegionLevel::Grid:
        return QStringLiteral("网格");
    }
    return {};
}

QList<GeoLayerInfo> GeoImport::inspect(const QString &file, QString *error)
{
    Gdal::QuietErrors quiet;
    QString why;
    Gdal::DatasetPtr ds = Gdal::openVector(file, &why);
    if (!ds) {
        if (error)
            *error = why;
        return {};
    }
    QList<GeoLayerInfo> out;
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        OGRLayer *layer = ds->GetLayer(i);
        GeoLayerInfo info;
        info.name = QString::fromUtf8(layer->GetName());
        info.geometryType = QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType()));
        info.fields = Gdal::fieldsOf(*layer);
        info.featureCount = layer->GetFeatureCount(FALSE);
        if (const OGRSpatialReference *srs = layer->GetSpatialRef())
            info.crs = Gdal::crsName(*srs);
        out << info;
    }
    return out;
}

GeoImportPreview GeoImport::read(const GeoImportOptions &options, Database *db,
                                 const Progress &progress, const std::atomic_bool *cancel)
{
    Gdal::QuietErrors quiet;
    GeoImportPreview preview;
    preview.options = options;
    Gdal::ErrorList errors(preview.errors, kMaxErrors);
    const QString file = options.file;
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

    // Fields.
    auto pickField = [&](const QString &given, const char *const *candidates, std::size_t n,
                         const QString &what, const QString &option) -> int {
        if (!given.isEmpty()) {
            const int index = preview.fields.indexOf(given);
            if (index < 0) {
                errors.add(tr("%1: layer '%2' has no field '%3' (%4); its fields are: %5")
                               .arg(file, preview.layer, given, what, fieldList));
            }
            return index;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const int index = preview.fields.indexOf(QString::fromUtf8(candidates[i]));
            if (index >= 0)
                return index;
        }
        errors.add(tr("%1: layer '%2' has no %3 field that is known by name; give it with %4. "
                      "Its fields are: %5")
                       .arg(file, preview.layer, what, option, fieldList));
        return -1;
    };
    const int codeIndex = pickField(options.codeField, kCodeFields, std::size(kCodeFields),
                                    tr("code"), QStringLiteral("--code-field"));
    const int nameIndex = pickField(options.nameField, kNameFields, std::size(kNameFields),
                                    tr("name"), QStringLiteral("--name-field"));
    if (codeIndex >= 0)
        preview.codeField = preview.fields.at(codeIndex);
    if (nameIndex >= 0)
        preview.nameField = preview.fields.at(nameIndex);

    using ParentMode = GeoImportOptions::ParentMode;
    ParentMode parentMode = options.parentMode;
    if (options.level == RegionLevel::County && parentMode != ParentMode::None) {
        errors.add(tr("%1: a county has no parent region; leave out the parent option").arg(file));
    }
    if (options.level != RegionLevel::County && parentMode == ParentMode::None)
        parentMode = ParentMode::Location;
    int parentIndex = -1;
    if (parentMode == ParentMode::Field) {
        parentIndex = preview.fields.indexOf(options.parentField);
        if (parentIndex < 0) {
            errors.add(tr("%1: layer '%2' has no field '%3' (parent code); its fields are: %4")
                           .arg(file, preview.layer, options.parentField, fieldList));
        }
    }
    QString fixedParent;
    if (parentMode == ParentMode::Fixed) {
        fixedParent = normalizeCode(options.parentCode);
        if (fixedParent.isEmpty()) {
            errors.add(tr("%1: parent '%2' is not a division code").arg(file, options.parentCode));
        }
    }
    if (!preview.errors.isEmpty())
        return preview;

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
    QHash<QString, int> regionIndex;
    QHash<QString, QString> parentOfCode;   // --parent-field: the first value seen per code
    layer->ResetReading();
    // Progress: features count one unit each, then the regions share as many units again.
    const qint64 units = 2 * std::max<qint64>(total, 1);
    qint64 done = 0;
    while (true) {
        std::unique_ptr<OGRFeature> f(layer->GetNextFeature());
        if (!f)
            break;
        if (cancelled()) {
            preview.cancelled = true;
            return preview;
        }
        ++done;
        ++preview.featuresRead;
        if (progress)
            progress(std::min(done, units / 2), units);
        const qint64 fid = f->GetFID();
        const QString where = QStringLiteral("%1: %2").arg(file, featureLabel(fid));

        const QString rawCode = fieldText(*f, codeIndex);
        const QString code = normalizeCode(rawCode);
        if (rawCode.isEmpty()) {
            errors.add(tr("%1: field '%2' is empty").arg(where, preview.codeField));
            continue;
        }
        if (code.isEmpty()) {
            errors.add(tr("%1: field '%2' holds '%3', which is not a division code (12 digits, "
                          "15 for a grid; a 6-digit county or 9-digit township code is padded)")
                           .arg(where, preview.codeField, rawCode));
            continue;
        }
        const QString name = fieldText(*f, nameIndex);
        if (name.isEmpty()) {
            errors.add(tr("%1: field '%2' (name) is empty").arg(where, preview.nameField));
            continue;
        }
        if (parentIndex >= 0) {
            const QString rawParent = fieldText(*f, parentIndex);
            const QString parent = normalizeCode(rawParent);
            if (parent.isEmpty()) {
                errors.add(tr("%1: field '%2' holds '%3', which is not a parent's division code")
                               .arg(where, options.parentField, rawParent));
                continue;
            }
            const auto seen = parentOfCode.constFind(code);
            if (seen != parentOfCode.constEnd() && *seen != parent) {
                errors.add(tr("%1: parent %2 differs from %3 given by another part of %4")
                               .arg(where, parent, *seen, code));
                continue;
            }
            parentOfCode.insert(code, parent);
        }

        const OGRGeometry *geometry = f->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            ++preview.skipped;
            preview.warnings << tr("%1 (%2): no geometry; skipped").arg(where, code);
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
                                     "but the file is read as %3 (GeoJSON without a crs member "
                                     "counts as longitude/latitude); give the real CRS with "
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
        int ignored = 0;
        geo::MultiPolygon shape = geo::fromOgr(*g, &ignored);
        if (shape.empty()) {
            ++preview.skipped;
            preview.warnings << tr("%1 (%2): a %3, not an area; skipped")
                                    .arg(where, code,
                                         QString::fromUtf8(OGRGeometryTypeToName(
                                             geometry->getGeometryType())));
            continue;
        }
        if (options.gcj02)
            geo::gcj02::toWgs84(shape);
        const QStringList repairs = geo::repairShape(shape);
        for (const QString &note : repairs)
            preview.warnings << QStringLiteral("%1 (%2): %3").arg(where, code, note);
        if (!repairs.isEmpty())
            ++preview.repaired;
        if (shape.empty()) {
            ++preview.skipped;
            preview.warnings << tr("%1 (%2): nothing left after repair; skipped").arg(where, code);
            continue;
        }

        auto it = regionIndex.constFind(code);
        if (it == regionIndex.constEnd()) {
            GeoImportRegion r;
            r.code = code;
            r.name = name;
            it = regionIndex.insert(code, int(preview.regions.size()));
            preview.regions << r;
        }
        GeoImportRegion &r = preview.regions[*it];
        if (r.name != name) {
            r.notes << tr("%1: name '%2' differs from '%3'; the first is kept")
                           .arg(featureLabel(fid), name, r.name);
        }
        r.features << fid;
        for (const QString &note : repairs)
            r.notes << QStringLiteral("%1: %2").arg(featureLabel(fid), note);
        for (geo::Polygon &p : shape)
            r.shape.push_back(std::move(p));
    }
    if (preview.featuresRead == 0 && preview.errors.isEmpty()) {
        errors.add(options.where.isEmpty()
                       ? tr("%1: layer '%2' holds no features").arg(file, preview.layer)
                       : tr("%1: no feature matches '%2'").arg(file, options.where));
    } else if (preview.regions.isEmpty() && preview.errors.isEmpty()) {
        errors.add(tr("%1: no feature has an area to import").arg(file));
    }

    // Regions: merged parts, figures, level and parent.
    const RegionLevel level = options.level;
    const RegionLevel parentLevel = level == RegionLevel::County
        ? RegionLevel::County
        : static_cast<RegionLevel>(int(level) - 1);
    QList<Region> parents;
    QList<geo::MultiPolygon> parentShapes;
    QList<geo::Box> parentBoxes;
    if (db && level != RegionLevel::County) {
        RegionRepository::Query q;
        q.level = parentLevel;
        q.withGeometry = parentMode == ParentMode::Location;
        parents = RegionRepository(*db).list(q);
        if (parentMode == ParentMode::Location) {
            for (const Region &p : parents) {
                geo::MultiPolygon s;
                geo::fromWkb(p.wkb, &s);
                geo::Box b;
                if (!s.empty())
                    bg::envelope(s, b);
                parentShapes << s;
                parentBoxes << b;
            }
        }
    }
    auto parentByCode = [&parents](const QString &code) -> const Region * {
        for (const Region &p : parents) {
            if (p.code == code)
                return &p;
        }
        return nullptr;
    };
    if (db && level != RegionLevel::County && parentMode == ParentMode::Location
        && parents.isEmpty() && !preview.regions.isEmpty()) {
        errors.add(tr("%1: the store holds no %2 to place the features in; import the %2 "
                      "first or give --parent")
                       .arg(file, levelName(parentLevel)));
    }
    std::optional<RegionWriter> writer;
    if (db)
        writer.emplace(*db);
    qint64 step = 0;
    for (GeoImportRegion &r : preview.regions) {
        if (cancelled()) {
            preview.cancelled = true;
            return preview;
        }
        if (progress)
            progress(units / 2 + (++step) * (units / 2) / preview.regions.size(), units);
        const QString where = QStringLiteral("%1: %2 (%3)")
                                  .arg(file, featureLabel(r.features.value(0)), r.code);
        if (r.features.size() > 1) {
            // Parts of one region may overlap or touch; that has to become one valid shape.
            for (const QString &note : geo::repairShape(r.shape))
                r.notes << tr("parts merged: %1").arg(note);
        }
        r.parts = int(r.shape.size());
        r.areaKm2 = geo::areaKm2(r.shape);
        geo::Box box;
        bg::envelope(r.shape, box);
        r.bbox = geo::toRect(box);
        const geo::Point label = geo::labelPoint(r.shape);
        r.centroid = QPointF(label.x(), label.y());

        const RegionLevel codeLevel = RegionCodes::levelOf(r.code);
        if (codeLevel != level) {
            errors.add(tr("%1: code %2 is a %3 code, not a %4 code")
                           .arg(where, r.code, levelName(codeLevel), levelName(level)));
        }

        if (level != RegionLevel::County) {
            if (parentMode == ParentMode::Fixed) {
                r.parentCode = fixedParent;
            } else if (parentMode == ParentMode::Field) {
                r.parentCode = parentOfCode.value(r.code);
            } else if (db) {
                const double area = std::abs(bg::area(r.shape));
                double best = 0;
                for (int i = 0; i < parents.size(); ++i) {
                    if (parentShapes.at(i).empty() || !bg::intersects(box, parentBoxes.at(i)))
                        continue;
                    const double share = shareInside(r.shape, parentShapes.at(i), area);
                    if (share > best) {
                        best = share;
                        r.parentCode = parents.at(i).code;
                    }
                }
                r.parentShare = best;
                if (best <= 0 && !parents.isEmpty()) {
                    errors.add(tr("%1: lies outside every %2 in the store")
                                   .arg(where, levelName(parentLevel)));
                } else if (best > 0 && best < 0.999) {
                    r.notes << tr("%1% inside parent %2")
                                   .arg(QString::number(best * 100, 'f', 1), r.parentCode);
                }
            }
            if (db && !r.parentCode.isEmpty() && parentMode != ParentMode::Location
                && !parentByCode(r.parentCode)) {
                errors.add(tr("%1: parent %2 is not a %3 in the store; the store has: %4")
                               .arg(where, r.parentCode, levelName(parentLevel),
                                    regionListing(parents)));
            }
            if (!r.parentCode.isEmpty()) {
                const int n = RegionCodes::prefixLength(parentLevel);
                if (r.code.left(n) != r.parentCode.left(n)) {
                    errors.add(tr("%1: code %2 does not begin with the first %3 digits of its "
                                  "parent %4")
                                   .arg(where, r.code)
                                   .arg(n)
                                   .arg(r.parentCode));
                }
            }
        }

        if (writer) {
            if (const auto stored = writer->byCode(r.code)) {
                if (stored->level != level) {
                    errors.add(tr("%1: code %2 is already used by %3 '%4'; a code names one "
                                  "region")
                                   .arg(where, r.code, levelName(stored->level), stored->name));
                } else if (stored->parentCode != r.parentCode) {
                    errors.add(tr("%1: code %2 is already used by '%3' under parent %4, not %5")
                                   .arg(where, r.code, stored->name,
                                        stored->parentCode.isEmpty() ? tr("(none)")
                                                                     : stored->parentCode,
                                        r.parentCode.isEmpty() ? tr("(none)") : r.parentCode));
                }
            }
            switch (writer->plan(boundaryOf(r, level))) {
            case RegionWriter::Outcome::Inserted: r.action = GeoImportRegion::Action::Insert; break;
            case RegionWriter::Outcome::Updated: r.action = GeoImportRegion::Action::Update; break;
            case RegionWriter::Outcome::Unchanged:
                r.action = GeoImportRegion::Action::Unchanged;
                break;
            }
        }
    }
    errors.finish();
    if (progress)
        progress(units, units);
    return preview;
}

GeoImportPreview GeoImport::merge(const QList<GeoImportPreview> &previews)
{
    if (previews.isEmpty())
        return {};
    if (previews.size() == 1)
        return previews.first();
    GeoImportPreview out = previews.first();
    QHash<QString, QString> fileOfCode;
    for (const GeoImportRegion &r : out.regions)
        fileOfCode.insert(r.code, out.options.file);
    for (int i = 1; i < previews.size(); ++i) {
        const GeoImportPreview &p = previews.at(i);
        if (!out.crs.split(QStringLiteral("; ")).contains(p.crs))
            out.crs += QStringLiteral("; ") + p.crs;
        out.featuresRead += p.featuresRead;
        out.repaired += p.repaired;
        out.skipped += p.skipped;
        out.cancelled = out.cancelled || p.cancelled;
        out.errors << p.errors;
        out.warnings << p.warnings;
        for (const GeoImportRegion &r : p.regions) {
            const auto seen = fileOfCode.constFind(r.code);
            if (seen != fileOfCode.constEnd()) {
                out.errors << tr("%1: code %2 is also in %3; give the parts of a region in one "
                                 "file")
                                  .arg(p.options.file, r.code, *seen);
                continue;
            }
            fileOfCode.insert(r.code, p.options.file);
            out.regions << r;
        }
    }
    return out;
}

GeoImportSummary GeoImport::write(Database &db, const GeoImportPreview &preview,
                                  const QString &actor, const Progress &progress,
                                  const std::atomic_bool *cancel)
{
    if (preview.cancelled)
        throw GeoImportError(tr("the reading was cancelled; nothing was written"), true);
    if (!preview.errors.isEmpty()) {
        throw GeoImportError(tr("%1: %n problem(s); nothing was written", nullptr,
                                int(preview.errors.size()))
                                 .arg(preview.options.file));
    }
    if (db.isReadOnly())
        throw GeoImportError(tr("the database is open read-only; nothing was written"));
    const RegionLevel level = preview.options.level;
    const RegionLevel parentLevel = level == RegionLevel::County
        ? RegionLevel::County
        : static_cast<RegionLevel>(int(level) - 1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    GeoImportSummary summary;
    summary.repaired = preview.repaired;
    summary.skipped = preview.skipped;

    WriteTransaction tx(db);
    RegionWriter writer(db);
    qint64 done = 0;
    const qint64 total = preview.regions.size();
    for (const GeoImportRegion &r : preview.regions) {
        if (cancel && cancel->load())
            throw GeoImportError(tr("cancelled; nothing was written"), true);
        // The store may have changed since the preview was read.
        if (const auto stored = writer.byCode(r.code)) {
            if (stored->level != level || stored->parentCode != r.parentCode) {
                throw GeoImportError(tr("code %1 is now used by '%2' (%3, parent %4); nothing "
                                        "was written")
                                         .arg(r.code, stored->name, levelName(stored->level),
                                              stored->parentCode));
            }
        }
        if (!r.parentCode.isEmpty()) {
            const auto parent = writer.byCode(r.parentCode);
            if (!parent || parent->deleted || parent->level != parentLevel) {
                throw GeoImportError(tr("parent %1 of %2 is no longer a %3 in the store; "
                                        "nothing was written")
                                         .arg(r.parentCode, r.code, levelName(parentLevel)));
            }
        }
        switch (writer.upsert(boundaryOf(r, level), actor, now)) {
        case RegionWriter::Outcome::Inserted: ++summary.inserted; break;
        case RegionWriter::Outcome::Updated: ++summary.updated; break;
        case RegionWriter::Outcome::Unchanged: ++summary.unchanged; break;
        }
        if (progress)
            progress(++done, total);
    }
    tx.commit();
    return summary;
}
