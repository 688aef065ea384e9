#pragma once

#include <QHash>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

struct MonthlyReportData;

// The report's map figure: the month's new disputes per 1,000 residents of each child region
// (townships of a county, villages of a township) as a choropleth, with legend, scale bar and
// north arrow. Draws with the map's own renderer (geo/maprenderer.h).
namespace ReportMapFigure {

// New disputes of the month × 1,000 / residents, per child region code; none for a region
// without residents.
QHash<QString, std::optional<double>> perThousand(const MonthlyReportData &data);

// The figure, `size` device pixels at `dpi`; a null image when the store has no outlines.
QImage render(const MonthlyReportData &data, const QSize &size, double dpi);

} // namespace ReportMapFigure
