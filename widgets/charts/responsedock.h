#pragma once

// Measured response panel (出警响应): for a period and a scope — the county, a township or a
// platform — the spread of response times against the 1-3-5 minute bands, the monthly median,
// P90 and share within the last band, and every platform's figures in a sortable table.
// The dock never reads the store: its owner computes a ResponseReport off the GUI thread when
// queryChanged() fires and hands it over with setReport().

#include "common/paneldock.h"
#include "domain/responsestats.h"

#include <QDate>
#include <QList>
#include <QString>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineSeries;
class QSortFilterProxyModel;
class QStackedBarSeries;
class QTableView;
class QValueAxis;
class ResponseTableModel;

// One entry of the scope list: what the person reads, and the scope it stands for.
struct ResponseScopeChoice
{
    QString label;
    ResponseScope scope;
};

class ResponseDock : public PanelDock
{
    Q_OBJECT
public:
    explicit ResponseDock(QWidget *parent = nullptr);

    // Fills the scope list: "Whole county" first, then the townships, then the platforms of
    // `choices` (each group in the order given; county entries are ignored). The current scope
    // stays selected when it is offered again; otherwise the county is selected and
    // queryChanged() is emitted.
    void setScopes(const QList<ResponseScopeChoice> &choices);
    QList<ResponseScopeChoice> scopes() const;   // without the county entry
    // The townships and platforms a report lists (by name), to pass to setScopes().
    static QList<ResponseScopeChoice> scopeChoices(const ResponseReport &report);

    ResponseScope scope() const;
    // Selects an offered scope (emits queryChanged() when it changes); false when not offered.
    bool setScope(const ResponseScope &scope);

    QDate from() const;
    QDate toInclusive() const;     // the last day shown in the To field
    QDate toExclusive() const;     // the day after it, as the repository takes it
    // Sets both days (a To before From is raised to From); one queryChanged() when changed.
    void setPeriod(QDate from, QDate toInclusive);

    // Shows a report: summary, both charts (data replaced in one step) and the table (one
    // model reset). Ends the busy state.
    void setReport(const ResponseReport &report);
    const ResponseReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    // "Computing…" while a report is being made; the query stays editable meanwhile.
    void showBusy(bool busy);
    bool isBusy() const { return m_busy; }
    QString summaryText() const;

    ResponseTableModel *tableModel() const { return m_model; }
    QTableView *platformView() const { return m_view; }
    QComboBox *scopeBox() const { return m_scope; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QChartView *histogramView() const { return m_histogramView; }
    QChartView *trendView() const { return m_trendView; }

Q_SIGNALS:
    // The period or the scope changed: the owner should compute a new report.
    void queryChanged();

private:
    void createBar(QWidget *content);
    void createHistogram();
    void createTrend();
    void createTable();
    void updateSummary();
    void updateHistogram();
    void updateTrend();
    void onFromChanged();
    void onToChanged();
    void onPlatformActivated(const QModelIndex &proxyIndex);
    int indexOfScope(const ResponseScope &scope) const;
    QString scopeLabel(const ResponseScope &scope) const;

    ResponseReport m_report;
    bool m_hasReport = false;
    bool m_busy = false;
    bool m_filling = false;   // true while the dock itself changes the query fields

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_summary = nullptr;

    QChart *m_histogram = nullptr;
    QChartView *m_histogramView = nullptr;
    QStackedBarSeries *m_bins = nullptr;
    QList<QBarSet *> m_binSets;   // one per band class: within band 0, 1, …, beyond the last
    QBarCategoryAxis *m_binAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;

    QChart *m_trend = nullptr;
    QChartView *m_trendView = nullptr;
    QLineSeries *m_median = nullptr;
    QLineSeries *m_p90 = nullptr;
    QLineSeries *m_withinLast = nullptr;
    QBarCategoryAxis *m_monthAxis = nullptr;
    QValueAxis *m_minutesAxis = nullptr;
    QValueAxis *m_shareAxis = nullptr;

    ResponseTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
};
