#include "reportmapfigure.h"

#include "monthlyreport.h"

#include "geo/choropleth.h"
#include "geo/maprenderer.h"
#include "geo/mapscene.h"
#include "qt/mapcolouring.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>
#include <limits>
#include <vector>

QHash<QString, std::optional<double>> ReportMapFigure::perThousand(const MonthlyReportData &data)
{
    QHash<QString, std::optional<double>> rates;
    for (const DisputeRegionStats &row : data.disputes.byRegion) {
        const qint64 residents = data.childPopulation.value(row.code);
        rates.insert(row.code, residents > 0
                                   ? std::optional<double>(row.current.reported * 1000.0
                                                           / double(residents))
                                   : std::nullopt);
    }
    return rates;
}

QImage ReportMapFigure::render(const MonthlyReportData &data, const QSize &size, double dpi)
{
    if (!data.mapScene || !data.disputes.childLevel())
        return {};
    const geo::MapScene &scene = *data.mapScene;
    const RegionLevel childLevel = *data.disputes.childLevel();

    // Values of the child regions that have outlines, in scene order, for the classes.
    const QHash<QString, std::optional<double>> rates = perThousand(data);
    std::vector<double> values;
    std::vector<int> features;
    for (int i = 0; i < scene.featureCount(); ++i) {
        const geo::MapScene::Feature &f = scene.feature(i);
        if (f.level != childLevel)
            continue;
        const std::optional<double> v = rates.value(f.code);
        values.push_back(v ? *v : std::numeric_limits<double>::quiet_NaN());
        features.push_back(i);
    }
    const int distinct = int(std::count_if(values.begin(), values.end(),
                                           [](double v) { return std::isfinite(v); }));
    const int classes = std::clamp(distinct, kMinClasses, kDefaultClasses);
    const ChoroplethClasses classified =
        Choropleth::classify(values, ClassMethod::NaturalBreaks, classes,
                             ChoroplethPalette::YellowOrangeRed);
    auto fills = std::make_shared<std::vector<QRgb>>(size_t(scene.featureCount()), 0u);
    for (size_t k = 0; k < features.size(); ++k) {
        if (std::isfinite(values[k]))
            (*fills)[size_t(features[k])] = classified.colourOf(values[k]).rgb();
    }

    geo::MapStyle style;
    style.font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")});
    style.fillLevel = childLevel;
    style.fills = fills;
    style.noData = classified.noDataColour;
    style.showGrids = false;
    style.showPlatforms = false;
    style.showDisputes = false;
    style.showIncidents = false;

    // The renderer works in logical pixels times the device pixel ratio.
    const double dpr = dpi / 96.0;
    const QSize logical(qRound(size.width() / dpr), qRound(size.height() / dpr));
    geo::MapViewport vp = geo::MapViewport::fitting(
        scene.extent().marginsAdded(QMarginsF(1, 1, 1, 1) * scene.extent().width() * 0.03),
        logical, 12);
    vp.dpr = dpr;
    QImage image = geo::renderMap(scene, style, nullptr, vp);
    if (image.isNull())
        return image;

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont furniture = style.font;
    furniture.setPixelSize(12);
    p.setFont(furniture);
    const QRectF area(QPointF(0, 0), QSizeF(logical));
    geo::drawScaleBar(p, area, vp.scale);
    geo::drawNorthArrow(p, area);
    geo::drawLegend(p, area,
                    MapColouring::legendOf(
                        QCoreApplication::translate("MonthlyReport", "New disputes per 1,000"),
                        classified.legend(values, ValueFormat::Decimal)));
    p.end();
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    return image;
}
