#pragma once

#include "geo/choropleth.h"
#include "geo/maprenderer.h"
#include "geo/mapscene.h"
#include "store/mapmetricsrepository.h"

#include <memory>
#include <vector>

// Turns one metric of one level into map colours: the classes of its values (or the four
// risk colours), a fill per scene feature and the legend that explains them.
namespace MapColouring {

struct Result
{
    RegionLevel level = RegionLevel::Grid;
    std::shared_ptr<const std::vector<QRgb>> fills; // per scene feature; alpha 0 = no data
    geo::MapLegend legend;
    ChoroplethClasses classes;
    std::vector<double> values; // parallel to metrics.regions
};

Result colour(const MapMetrics &metrics, MapMetric metric, ClassMethod method, int classes,
              const geo::MapScene &scene);

// The legend of a classification in the renderer's terms.
geo::MapLegend legendOf(const QString &title, const QList<LegendEntry> &entries);

} // namespace MapColouring
