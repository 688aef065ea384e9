#include "disputetrenddock.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// A round axis maximum (1, 2, 5 × 10^n) above the largest value.
double niceCeiling(double value)
{
    if (value <= 5)
        return 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

DisputeTrendDock::DisputeTrendDock(QWidget *parent)
    : PanelDock(tr("Dispute trend"), QStringLiteral("disputeTrendDock"), parent)
    , m_chart(new QChart)
    , m_reported(new QLineSeries)
    , m_closed(new QLineSeries)
    , m_axisX(new QDateTimeAxis)
    , m_axisY(new QValueAxis)
{
    m_reported->setName(tr("Reported"));
    m_closed->setName(tr("Closed"));
    QPen reportedPen(QColor(0x1d, 0x4e, 0xd8));
    reportedPen.setWidthF(2.0);
    m_reported->setPen(reportedPen);
    QPen closedPen(QColor(0x16, 0xa3, 0x4a));
    closedPen.setWidthF(2.0);
    m_closed->setPen(closedPen);

    m_chart->addSeries(m_reported);
    m_chart->addSeries(m_closed);
    m_axisX->setFormat(QStringLiteral("yy-MM"));
    m_axisX->setTickCount(5);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setMin(0);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries *s : {m_reported, m_closed}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    setContent(m_view);
}

void DisputeTrendDock::setMonthlyCounts(const QString &scope,
                                        const QList<DisputeMonthCount> &months, QDate dataUntil)
{
    m_months = months;
    QList<QPointF> reported;
    QList<QPointF> closed;
    reported.reserve(months.size());
    closed.reserve(months.size());
    qint64 top = 0;
    for (const DisputeMonthCount &m : months) {
        const double x = QDateTime(m.month, QTime(0, 0)).toMSecsSinceEpoch();
        reported << QPointF(x, m.reported);
        closed << QPointF(x, m.closed);
        top = std::max({top, m.reported, m.closed});
    }
    m_reported->replace(reported);
    m_closed->replace(closed);
    if (!months.isEmpty()) {
        m_axisX->setRange(QDateTime(months.constFirst().month, QTime(0, 0)),
                          QDateTime(months.constLast().month, QTime(0, 0)));
    }
    m_axisY->setRange(0, niceCeiling(top * 1.1));
    QString title = tr("%1 — disputes per month").arg(scope);
    if (!months.isEmpty() && dataUntil.isValid()) {
        const QDate lastMonth = months.constLast().month;
        if (dataUntil >= lastMonth && dataUntil < lastMonth.addMonths(1).addDays(-1)) {
            title += QLatin1Char(' ')
                     + tr("(last month to %1 only)")
                           .arg(QLocale().toString(dataUntil, QLocale::ShortFormat));
        }
    }
    m_chart->setTitle(title);
    showContent();
}
