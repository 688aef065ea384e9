#pragma once

#include "reportcontent.h"

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;

// Draws a ReportChart as vectors on any painter (the PDF, the printer, an image).
namespace ReportChartPainter {

// Draws `chart` filling `rect` (in the painter's device units). `font` is the body font of the
// report (its point size is the base; labels use ~85 % of it); the painter's device DPI decides
// pixel sizes, so the same call is right on a 300-dpi PDF and a 96-dpi image. Draws nothing
// outside `rect` and leaves the painter's state as it was.
void paint(QPainter &painter, const QRectF &rect, const ReportChart &chart, const QFont &font);

// The colour of series i when the series has none: a print-friendly palette (blue #2f6fb0
// first, then orange, green, grey, …) that stays distinct in greyscale print as far as possible.
QColor seriesColour(int index);

} // namespace ReportChartPainter
