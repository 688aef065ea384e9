#include "mapcolouring.h"

#include <QCoreApplication>

namespace MapColouring {

geo::MapLegend legendOf(const QString &title, const QList<LegendEntry> &entries)
{
    geo::MapLegend legend;
    legend.title = title;
    for (const LegendEntry &e : entries)
        legend.entries.append({e.colour, e.label, int(e.count)});
    return legend;
}

Result colour(const MapMetrics &metrics, MapMetric metric, ClassMethod method, int classes,
              const geo::MapScene &scene)
{
    Result out;
    out.level = metrics.level;
    out.values = metrics.values(metric);
    if (metric == MapMetric::RiskLevel)
        out.classes = Choropleth::riskLevelClasses();
    else if (metric == MapMetric::ResponseBand)
        out.classes = Choropleth::responseBandClasses(metrics.responseBandLabels);
    else
        out.classes = Choropleth::classify(out.values, method, classes, mapMetricPalette(metric));
    auto fills = std::make_shared<std::vector<QRgb>>(size_t(scene.featureCount()), 0u);
    for (size_t i = 0; i < metrics.regions.size(); ++i) {
        const int index = scene.find(metrics.regions[i].code);
        if (index < 0)
            continue;
        const int cls = out.classes.classOf(out.values[i]);
        if (cls >= 0)
            (*fills)[size_t(index)] = out.classes.colours.at(cls).rgb();
    }
    out.fills = fills;
    const QString title = QCoreApplication::translate("MapColouring", "%1 · %2")
                              .arg(mapMetricLabel(metric), regionLevelLabel(metrics.level));
    out.legend = legendOf(title, out.classes.legend(out.values, mapMetricFormat(metric)));
    return out;
}

} // namespace MapColouring
