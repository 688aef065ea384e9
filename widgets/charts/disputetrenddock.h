#pragma once

#include "common/paneldock.h"
#include "store/disputerepository.h"

#include <QList>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// Dispute trend panel: disputes reported and closed per month for the selected region.
class DisputeTrendDock : public PanelDock
{
    Q_OBJECT
public:
    explicit DisputeTrendDock(QWidget *parent = nullptr);

    // Replaces the data in one step (QXYSeries::replace, never point-by-point appends).
    // `dataUntil`: the last day the data covers; when it ends inside the last month, the title
    // says so, lest a part month read as a fall.
    void setMonthlyCounts(const QString &scope, const QList<DisputeMonthCount> &months,
                          QDate dataUntil = {});
    QList<DisputeMonthCount> monthlyCounts() const { return m_months; }
    QChart *chart() const { return m_chart; }

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_reported = nullptr;
    QLineSeries *m_closed = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QList<DisputeMonthCount> m_months;
};
