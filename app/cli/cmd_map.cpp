#include "cmd_map.h"

#include "cliapp.h"

#include "apptranslations.h"

#include "geo/choropleth.h"
#include "geo/maprenderer.h"
#include "qt/mapcolouring.h"
#include "qt/mapsceneloader.h"
#include "store/database.h"
#include "store/mapmetricsrepository.h"
#include "store/migrator.h"
#include "store/regionrepository.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QSvgGenerator>

namespace {

int run(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("render-map"), words,
                       {{QStringLiteral("region"), QStringLiteral("metric"), QStringLiteral("level"),
                         QStringLiteral("method"), QStringLiteral("classes"), QStringLiteral("png"),
                         QStringLiteral("svg"), QStringLiteral("width"), QStringLiteral("height"),
                         QStringLiteral("dpi"), QStringLiteral("lang")},
                        {},
                        0});
    if (!args.has(QStringLiteral("png")) && !args.has(QStringLiteral("svg")))
        throw CliError {ExitUsage, QStringLiteral("render-map: say where to write: --png FILE or --svg FILE")};
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw CliError {ExitFailure, QStringLiteral("render-map: needs a GUI application")};
    // Names on the map are Chinese like the app's; --lang en for English furniture.
    const QString lang = args.value(QStringLiteral("lang"), QStringLiteral("zh_CN"));
    if (lang != QLatin1String("zh_CN") && lang != QLatin1String("en"))
        throw CliError {ExitUsage, QStringLiteral("render-map: --lang must be zh_CN or en, not '%1'").arg(lang)};
    AppTranslations::install(lang);
    const QSize size(int(args.number(QStringLiteral("width"), 1200, 100, 10000)),
                     int(args.number(QStringLiteral("height"), 900, 100, 10000)));
    const double dpi = args.number(QStringLiteral("dpi"), 96, 24, 1200);
    const int classes = int(args.number(QStringLiteral("classes"), kDefaultClasses, kMinClasses,
                                        kMaxClasses));
    MapMetric metric = MapMetric::OpenPerThousand;
    const bool coloured = args.has(QStringLiteral("metric"));
    if (coloured && !mapMetricFromKey(args.value(QStringLiteral("metric")), &metric)) {
        QStringList keys;
        for (MapMetric m : mapMetrics())
            keys << mapMetricKey(m);
        throw CliError {ExitUsage, QStringLiteral("render-map: unknown --metric '%1' (there are: %2)")
                                       .arg(args.value(QStringLiteral("metric")),
                                            keys.join(QStringLiteral(", ")))};
    }
    RegionLevel level = RegionLevel::Grid;
    if (args.has(QStringLiteral("level"))
        && (!regionLevelFromKey(args.value(QStringLiteral("level")), &level)
            || level == RegionLevel::County)) {
        throw CliError {ExitUsage, QStringLiteral("render-map: --level must be grid, village or "
                                                  "township, not '%1'")
                                       .arg(args.value(QStringLiteral("level")))};
    }
    ClassMethod method = ClassMethod::Quantile;
    if (args.has(QStringLiteral("method"))
        && !Choropleth::classMethodFromKey(args.value(QStringLiteral("method")), &method)) {
        throw CliError {ExitUsage, QStringLiteral("render-map: --method must be quantile, "
                                                  "natural-breaks or equal-interval, not '%1'")
                                       .arg(args.value(QStringLiteral("method")))};
    }

    auto db = openStoreForReading(dbPath);
    RegionRepository regions(*db);
    const auto scene = MapSceneLoader::regions(regions);
    if (scene->isEmpty())
        throw CliError {ExitRejected, QStringLiteral("%1: no region outlines to draw").arg(dbPath)};
    QRectF bounds = scene->extent();
    if (args.has(QStringLiteral("region"))) {
        const int index = scene->find(args.value(QStringLiteral("region")));
        if (index < 0) {
            throw CliError {ExitRejected, QStringLiteral("render-map: no region with code '%1' "
                                                         "has an outline")
                                              .arg(args.value(QStringLiteral("region")))};
        }
        bounds = scene->feature(index).bounds;
    }

    geo::MapStyle style;
    style.font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    style.fills = geo::MapStyle::townshipTints(*scene);
    geo::MapLegend legend;
    const QDateTime now = QDateTime::currentDateTime();
    if (coloured) {
        const MapMetricsRepository repository(*db);
        MapMetrics metrics = repository.metrics(level, now);
        if (metric == MapMetric::ResponseBand)
            repository.attachCoverage(metrics);
        if (!metrics.available(metric)) {
            throw CliError {ExitRejected, QStringLiteral("render-map: %1: %2")
                                              .arg(mapMetricKey(metric),
                                                   metrics.unavailableReason(metric))};
        }
        const MapColouring::Result colours
            = MapColouring::colour(metrics, metric, method, classes, *scene);
        style.fillLevel = level;
        style.fills = colours.fills;
        style.noData = colours.classes.noDataColour;
        legend = colours.legend;
    }
    const auto points = MapSceneLoader::points(*db, *scene, now.toMSecsSinceEpoch());
    geo::MapViewport vp = geo::MapViewport::fitting(
        bounds.marginsAdded(QMarginsF(1, 1, 1, 1) * bounds.width() * 0.04), size, 24);
    vp.dpr = dpi / 96.0;

    QFont furniture = style.font;
    furniture.setPixelSize(13);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    if (args.has(QStringLiteral("png"))) {
        const QString path = args.value(QStringLiteral("png"));
        QImage image = geo::renderMap(*scene, style, points.get(), vp);
        QPainter p(&image);
        p.setFont(furniture);
        geo::drawScaleBar(p, area, vp.scale);
        geo::drawNorthArrow(p, area);
        geo::drawSymbolKey(p, area, style, *points);
        geo::drawLegend(p, area, legend);
        p.end();
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        if (!image.save(path, "PNG"))
            throw CliError {ExitFailure, QStringLiteral("%1: cannot write the picture").arg(path)};
        out << path << ": " << image.width() << " × " << image.height() << " px, " << dpi
            << " dpi\n";
    }
    if (args.has(QStringLiteral("svg"))) {
        const QString path = args.value(QStringLiteral("svg"));
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        QPainter p;
        if (!p.begin(&svg))
            throw CliError {ExitFailure, QStringLiteral("%1: cannot write the drawing").arg(path)};
        vp.dpr = 1;
        geo::paintMap(p, *scene, style, points.get(), vp);
        p.setFont(furniture);
        geo::drawScaleBar(p, area, vp.scale);
        geo::drawNorthArrow(p, area);
        geo::drawSymbolKey(p, area, style, *points);
        geo::drawLegend(p, area, legend);
        if (!p.end())
            throw CliError {ExitFailure, QStringLiteral("%1: cannot write the drawing").arg(path)};
        out << path << ": SVG " << size.width() << " × " << size.height() << "\n";
    }
    return ExitOk;
}

} // namespace

QString renderMapUsage()
{
    return QStringLiteral(
        "  render-map [--region CODE] [--metric KEY] [--level grid|village|township]\n"
        "             [--method quantile|natural-breaks|equal-interval] [--classes 3-7]\n"
        "             (--png FILE | --svg FILE) [--width W] [--height H] [--dpi D]\n"
        "             [--lang zh_CN|en]\n"
        "                        draw the map of a region (default: the county) to a file;\n"
        "                        metrics: open-per-1000, overdue, last-30-days, security-rate,\n"
        "                        order-satisfaction, enforcement-satisfaction, awareness,\n"
        "                        participation, response-band, risk\n");
}

int runRenderMapCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                        QTextStream &err)
{
    return runCliCommand(err, [&] { return run(dbPath, words, out); });
}
