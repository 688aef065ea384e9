#include "gdalsupport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cpl_error.h>

#include <mutex>

namespace Gdal {

namespace {

// The messages were written for the boundary import first; the road import says the same.
QString tr(const char *text)
{
    return QCoreApplication::translate("GeoImport", text);
}

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

} // namespace

QuietErrors::QuietErrors()
{
    CPLPushErrorHandler(CPLQuietErrorHandler);
}

QuietErrors::~QuietErrors()
{
    CPLPopErrorHandler();
}

QString lastError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

DatasetPtr openVector(const QString &file, QString *error)
{
    registerDrivers();
    if (!QFileInfo::exists(file)) {
        *error = tr(QT_TRANSLATE_NOOP("GeoImport", "%1: cannot read: no such file")).arg(file);
        return {};
    }
    CPLErrorReset();
    DatasetPtr ds(GDALDataset::Open(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                    nullptr, nullptr, nullptr));
    if (!ds) {
        const QString why = lastError();
        *error = why.isEmpty()
            ? tr(QT_TRANSLATE_NOOP("GeoImport",
                                   "%1: cannot read: not a vector file GDAL/OGR knows"))
                  .arg(file)
            : tr(QT_TRANSLATE_NOOP("GeoImport", "%1: cannot read: %2")).arg(file, why);
    } else if (ds->GetLayerCount() == 0) {
        *error = tr(QT_TRANSLATE_NOOP("GeoImport", "%1: the file holds no layer")).arg(file);
        ds.reset();
    }
    return ds;
}

QStringList fieldsOf(OGRLayer &layer)
{
    QStringList out;
    OGRFeatureDefn *defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return out;
}

bool openLayer(const QString &file, const QString &name, OpenedLayer *out, QString *error)
{
    out->dataset = openVector(file, error);
    if (!out->dataset)
        return false;
    GDALDataset &ds = *out->dataset;
    out->driver = QString::fromUtf8(ds.GetDriver()->GetDescription());
    for (int i = 0; i < ds.GetLayerCount(); ++i)
        out->layers << QString::fromUtf8(ds.GetLayer(i)->GetName());
    out->layer = name.isEmpty() ? ds.GetLayer(0) : ds.GetLayerByName(name.toUtf8().constData());
    if (!out->layer) {
        *error = tr(QT_TRANSLATE_NOOP("GeoImport", "%1: no layer '%2'; the file has: %3"))
                     .arg(file, name, out->layers.join(QStringLiteral(", ")));
        return false;
    }
    out->name = QString::fromUtf8(out->layer->GetName());
    out->fields = fieldsOf(*out->layer);
    return true;
}

QString crsName(const OGRSpatialReference &srs)
{
    const char *name = srs.GetName();
    const char *auth = srs.GetAuthorityName(nullptr);
    const char *code = srs.GetAuthorityCode(nullptr);
    QString out = QString::fromUtf8(name ? name : "");
    if (auth && code)
        out += QStringLiteral(" (%1:%2)").arg(QString::fromUtf8(auth), QString::fromUtf8(code));
    return out;
}

bool onWgs84OrCgcs2000(const OGRSpatialReference &srs)
{
    const QString code = QString::fromUtf8(srs.GetAuthorityCode("GEOGCS"));
    if (code == QLatin1String("4326") || code == QLatin1String("4490"))
        return true;
    const QString datum = QString::fromUtf8(srs.GetAttrValue("DATUM")).toUpper();
    for (const char *known : {"WGS_1984", "WGS 1984", "CHINA_2000", "CHINA 2000"}) {
        if (datum.contains(QLatin1String(known)))
            return true;
    }
    return false;
}

bool prepareLayer(OGRLayer &layer, const QString &file, const QString &where,
                  const QString &sourceCrs, LonLatSource *out, QString *error)
{
    if (!where.isEmpty()) {
        CPLErrorReset();
        if (layer.SetAttributeFilter(where.toUtf8().constData()) != OGRERR_NONE) {
            *error = tr(QT_TRANSLATE_NOOP("GeoImport",
                                          "%1: the attribute filter '%2' is not valid: %3"))
                         .arg(file, where, lastError());
            return false;
        }
    }
    OGRSpatialReference source;
    bool haveSource = false;
    if (!sourceCrs.isEmpty()) {
        if (source.SetFromUserInput(sourceCrs.toUtf8().constData()) != OGRERR_NONE) {
            *error = tr(QT_TRANSLATE_NOOP("GeoImport", "%1: --source-crs '%2' is not a CRS GDAL "
                                                       "knows (e.g. EPSG:4547)"))
                         .arg(file, sourceCrs);
            return false;
        }
        haveSource = true;
    } else if (const OGRSpatialReference *declared = layer.GetSpatialRef()) {
        source = *declared;
        haveSource = true;
    }
    out->transform.reset();
    out->declared = haveSource;
    out->geographic = !haveSource || source.IsGeographic();
    if (!haveSource) {
        out->crs = tr(QT_TRANSLATE_NOOP("GeoImport", "none declared (read as longitude/latitude)"));
        return true;
    }
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    out->crs = crsName(source);
    const bool sameDatum = onWgs84OrCgcs2000(source);
    if (source.IsGeographic() && sameDatum)
        return true;
    // Projected on CGCS2000/WGS84: lon/lat on the same datum, no datum shift. Anything else:
    // to WGS84 as PROJ knows best.
    std::unique_ptr<OGRSpatialReference> target;
    if (sameDatum) {
        target.reset(source.CloneGeogCS());
    } else {
        target = std::make_unique<OGRSpatialReference>();
        target->importFromEPSG(4326);
    }
    target->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLErrorReset();
    out->transform.reset(OGRCreateCoordinateTransformation(&source, target.get()));
    if (!out->transform) {
        *error = tr(QT_TRANSLATE_NOOP("GeoImport",
                                      "%1: cannot transform from %2 to longitude/latitude: %3"))
                     .arg(file, out->crs, lastError());
        return false;
    }
    return true;
}

bool projectedAsDegrees(const OGRGeometry &geometry, const LonLatSource &source, QString *sample)
{
    if (!source.geographic)
        return false;
    OGREnvelope env;
    geometry.getEnvelope(&env);
    if (env.MinX >= -180 && env.MaxX <= 180 && env.MinY >= -90 && env.MaxY <= 90)
        return false;
    *sample = QStringLiteral("(%1, %2)").arg(QString::number(env.MinX, 'f', 1),
                                             QString::number(env.MinY, 'f', 1));
    return true;
}

void ErrorList::add(const QString &message)
{
    if (m_out.size() < m_limit)
        m_out << message;
    else
        ++m_more;
}

void ErrorList::finish()
{
    if (m_more > 0)
        m_out << QCoreApplication::translate("GeoImport", "… and %n more problem(s)", nullptr,
                                             m_more);
}

} // namespace Gdal
