#include "responsedock.h"

#include "qt/responsetablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

constexpr int ScopeKindRole = Qt::UserRole;
constexpr int ScopeCodeRole = Qt::UserRole + 1;

// A round axis maximum (1, 2, 2.5, 5 × 10^n, at least 5) above the largest value; a fifth of it
// is a whole number, so five ticks read as whole counts or minutes.
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

void setNiceRange(QValueAxis *axis, double top)
{
    const double max = niceCeiling(top);
    axis->setRange(0, max);
    axis->setTickAnchor(0);
    axis->setTickInterval(max / 5);
}

QString minutesText(double minutes)
{
    return QLocale().toString(minutes, 'g', QLocale::FloatingPointShortest);
}

// Bars within the first band are green, beyond the last red, the bands between in yellows.
QColor bandColour(int bandClass, int classes)
{
    static const QColor within[] = {QColor(0x16, 0xa3, 0x4a), QColor(0x84, 0xcc, 0x16),
                                    QColor(0xea, 0xb3, 0x08), QColor(0xf9, 0x73, 0x16)};
    if (classes > 1 && bandClass == classes - 1)
        return QColor(0xdc, 0x26, 0x26);
    return within[size_t(bandClass) % std::size(within)];
}

// Category labels stand upright when they would not fit side by side (Qt Charts would cut
// them to "…" instead).
void fitCategoryLabels(QBarCategoryAxis *axis, qreal plotWidth)
{
    const int count = axis->count();
    if (count == 0 || plotWidth <= 0)
        return;
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = 0;
    for (const QString &label : axis->categories())
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const int angle = widest + 8 > plotWidth / count ? -90 : 0;
    if (axis->labelsAngle() != angle)
        axis->setLabelsAngle(angle);
}

void styleChart(QChart *chart)
{
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
}

} // namespace

ResponseDock::ResponseDock(QWidget *parent)
    : PanelDock(tr("Response times"), QStringLiteral("responseDock"), parent)
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    createBar(content);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("responseSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    createHistogram();
    createTrend();
    createTable();
    auto *charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_histogramView);
    charts->addWidget(m_trendView);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(charts);
    split->addWidget(m_view);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // Charts need height to be read; the table scrolls.
    charts->setMinimumHeight(230);
    m_view->setMinimumHeight(90);
    layout->addWidget(split, 1);
    setContent(content);

    // The 12 whole months up to and including this one.
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    m_filling = true;
    m_to->setDate(thisMonth.addMonths(1).addDays(-1));
    m_from->setDate(thisMonth.addMonths(-11));
    m_filling = false;
    setScopes({});
}

void ResponseDock::createBar(QWidget *content)
{
    auto *bar = new QHBoxLayout;
    auto dateEdit = [&](const QString &name) {
        auto *edit = new QDateEdit(content);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // One query when a typed date is finished, not one per digit.
        edit->setKeyboardTracking(false);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("responseFrom"));
    m_to = dateEdit(QStringLiteral("responseTo"));
    m_to->setToolTip(tr("The last day included"));
    m_scope = new QComboBox(content);
    m_scope->setObjectName(QStringLiteral("responseScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scope->setMinimumContentsLength(12);

    auto *fromLabel = new QLabel(tr("From"), content);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("To"), content);
    toLabel->setBuddy(m_to);
    auto *scopeLabel = new QLabel(tr("Scope"), content);
    scopeLabel->setBuddy(m_scope);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addStretch(1);
    static_cast<QVBoxLayout *>(content->layout())->addLayout(bar);

    connect(m_from, &QDateEdit::dateChanged, this, &ResponseDock::onFromChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ResponseDock::onToChanged);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT queryChanged();
    });
}

void ResponseDock::createHistogram()
{
    m_histogram = new QChart;
    styleChart(m_histogram);
    m_histogram->setTitle(tr("How long until arrival"));
    m_bins = new QStackedBarSeries;
    m_bins->setBarWidth(0.9);
    m_histogram->addSeries(m_bins);
    m_binAxis = new QBarCategoryAxis;
    m_binAxis->setTitleText(tr("Minutes from call to arrival"));
    m_countAxis = new QValueAxis;
    m_countAxis->setTitleText(tr("Incidents"));
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    setNiceRange(m_countAxis, 0);
    m_histogram->addAxis(m_binAxis, Qt::AlignBottom);
    m_histogram->addAxis(m_countAxis, Qt::AlignLeft);
    m_bins->attachAxis(m_binAxis);
    m_bins->attachAxis(m_countAxis);

    connect(m_histogram, &QChart::plotAreaChanged, this,
            [this](const QRectF &area) { fitCategoryLabels(m_binAxis, area.width()); });

    m_histogramView = new QChartView(m_histogram);
    m_histogramView->setObjectName(QStringLiteral("responseHistogram"));
    m_histogramView->setRenderHint(QPainter::Antialiasing);
    m_histogramView->setMinimumSize(240, 180);
}

void ResponseDock::createTrend()
{
    m_trend = new QChart;
    styleChart(m_trend);
    m_median = new QLineSeries;
    m_median->setObjectName(QStringLiteral("median"));
    m_median->setName(tr("Median"));
    m_p90 = new QLineSeries;
    m_p90->setObjectName(QStringLiteral("p90"));
    m_p90->setName(tr("P90"));
    m_withinLast = new QLineSeries;
    m_withinLast->setObjectName(QStringLiteral("withinLastBand"));
    struct Look
    {
        QLineSeries *series;
        QColor colour;
        Qt::PenStyle style;
    };
    for (const Look &look : {Look {m_median, QColor(0x1d, 0x4e, 0xd8), Qt::SolidLine},
                             Look {m_p90, QColor(0x7c, 0x3a, 0xed), Qt::DashLine},
                             Look {m_withinLast, QColor(0x16, 0xa3, 0x4a), Qt::SolidLine}}) {
        QPen pen(look.colour);
        pen.setWidthF(2.0);
        pen.setStyle(look.style);
        look.series->setPen(pen);
        // Dots show which months have a figure: a month without timed responses has none.
        look.series->setPointsVisible(true);
        m_trend->addSeries(look.series);
    }

    m_monthAxis = new QBarCategoryAxis;
    m_minutesAxis = new QValueAxis;
    m_minutesAxis->setTitleText(tr("Minutes"));
    m_minutesAxis->setLabelFormat(QStringLiteral("%d"));
    m_minutesAxis->setTickType(QValueAxis::TicksDynamic);
    setNiceRange(m_minutesAxis, 0);
    m_shareAxis = new QValueAxis;
    m_shareAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_shareAxis->setRange(0, 100);
    m_shareAxis->setTickType(QValueAxis::TicksDynamic);
    m_shareAxis->setTickAnchor(0);
    m_shareAxis->setTickInterval(20);
    m_shareAxis->setGridLineVisible(false);
    m_trend->addAxis(m_monthAxis, Qt::AlignBottom);
    m_trend->addAxis(m_minutesAxis, Qt::AlignLeft);
    m_trend->addAxis(m_shareAxis, Qt::AlignRight);
    for (QLineSeries *s : {m_median, m_p90, m_withinLast})
        s->attachAxis(m_monthAxis);
    m_median->attachAxis(m_minutesAxis);
    m_p90->attachAxis(m_minutesAxis);
    m_withinLast->attachAxis(m_shareAxis);

    connect(m_trend, &QChart::plotAreaChanged, this,
            [this](const QRectF &area) { fitCategoryLabels(m_monthAxis, area.width()); });

    m_trendView = new QChartView(m_trend);
    m_trendView->setObjectName(QStringLiteral("responseTrend"));
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setMinimumSize(240, 180);
}

void ResponseDock::createTable()
{
    m_model = new ResponseTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(int(ResponseTableModel::Role::SortKey));
    m_proxy->setSortLocaleAware(true);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("responsePlatforms"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ResponseTableModel::IncidentsColumn, Qt::DescendingOrder);
    m_view->setToolTip(tr("Double-click a platform to see its own figures"));
    connect(m_view, &QTableView::doubleClicked, this, &ResponseDock::onPlatformActivated);
}

// --- query -------------------------------------------------------------------------------

void ResponseDock::setScopes(const QList<ResponseScopeChoice> &choices)
{
    const ResponseScope current = scope();
    m_filling = true;
    m_scope->clear();
    m_scope->addItem(tr("Whole county"), int(ResponseScope::Kind::County));
    for (ResponseScope::Kind kind : {ResponseScope::Kind::Township,
                                     ResponseScope::Kind::Platform}) {
        bool first = true;
        for (const ResponseScopeChoice &c : choices) {
            if (c.scope.kind != kind)
                continue;
            if (first)
                m_scope->insertSeparator(m_scope->count());
            first = false;
            m_scope->addItem(c.label, int(kind));
            m_scope->setItemData(m_scope->count() - 1, c.scope.code, ScopeCodeRole);
        }
    }
    const int index = indexOfScope(current);
    m_scope->setCurrentIndex(std::max(0, index));
    m_filling = false;
    if (scope() != current)
        Q_EMIT queryChanged();
}

QList<ResponseScopeChoice> ResponseDock::scopes() const
{
    QList<ResponseScopeChoice> out;
    for (int i = 0; i < m_scope->count(); ++i) {
        const QVariant kind = m_scope->itemData(i, ScopeKindRole);
        if (!kind.isValid() || kind.toInt() == int(ResponseScope::Kind::County))
            continue;
        out.append({m_scope->itemText(i),
                    ResponseScope {ResponseScope::Kind(kind.toInt()),
                                   m_scope->itemData(i, ScopeCodeRole).toString()}});
    }
    return out;
}

QList<ResponseScopeChoice> ResponseDock::scopeChoices(const ResponseReport &report)
{
    QList<ResponseScopeChoice> out;
    for (const TownshipResponse &t : report.byTownship) {
        if (!t.code.isEmpty())
            out.append({t.name, ResponseScope::township(t.code)});
    }
    for (const PlatformResponse &p : report.byPlatform)
        out.append({p.name, ResponseScope::platform(p.code)});
    return out;
}

ResponseScope ResponseDock::scope() const
{
    const int i = m_scope->currentIndex();
    const QVariant kind = m_scope->itemData(i, ScopeKindRole);
    if (i < 0 || !kind.isValid())
        return {};
    return ResponseScope {ResponseScope::Kind(kind.toInt()),
                          m_scope->itemData(i, ScopeCodeRole).toString()};
}

bool ResponseDock::setScope(const ResponseScope &scope)
{
    const int index = indexOfScope(scope);
    if (index < 0)
        return false;
    m_scope->setCurrentIndex(index);   // emits queryChanged() when it moves
    return true;
}

int ResponseDock::indexOfScope(const ResponseScope &scope) const
{
    for (int i = 0; i < m_scope->count(); ++i) {
        const QVariant kind = m_scope->itemData(i, ScopeKindRole);
        if (!kind.isValid())
            continue;   // a separator
        const ResponseScope item {ResponseScope::Kind(kind.toInt()),
                                  m_scope->itemData(i, ScopeCodeRole).toString()};
        if (item == scope)
            return i;
    }
    return -1;
}

QString ResponseDock::scopeLabel(const ResponseScope &scope) const
{
    if (scope.isCounty())
        return tr("Whole county");
    const int index = indexOfScope(scope);
    if (index >= 0)
        return m_scope->itemText(index);
    if (scope.kind == ResponseScope::Kind::Platform) {
        if (const PlatformResponse *p = m_model->platform(scope.code))
            return p->name;
    }
    for (const TownshipResponse &t : m_report.byTownship) {
        if (scope.kind == ResponseScope::Kind::Township && t.code == scope.code)
            return t.name;
    }
    return scope.code;
}

QDate ResponseDock::from() const
{
    return m_from->date();
}

QDate ResponseDock::toInclusive() const
{
    return m_to->date();
}

QDate ResponseDock::toExclusive() const
{
    return m_to->date().addDays(1);
}

void ResponseDock::setPeriod(QDate from, QDate toInclusive)
{
    if (!from.isValid() || !toInclusive.isValid())
        return;
    toInclusive = std::max(from, toInclusive);
    if (from == m_from->date() && toInclusive == m_to->date())
        return;
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(toInclusive);
    m_filling = false;
    Q_EMIT queryChanged();
}

void ResponseDock::onFromChanged()
{
    if (m_filling)
        return;
    if (m_from->date() > m_to->date()) {
        m_filling = true;
        m_to->setDate(m_from->date());
        m_filling = false;
    }
    Q_EMIT queryChanged();
}

void ResponseDock::onToChanged()
{
    if (m_filling)
        return;
    if (m_to->date() < m_from->date()) {
        m_filling = true;
        m_from->setDate(m_to->date());
        m_filling = false;
    }
    Q_EMIT queryChanged();
}

void ResponseDock::onPlatformActivated(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString code = proxyIndex.data(int(ResponseTableModel::Role::Code)).toString();
    const ResponseScope platform = ResponseScope::platform(code);
    if (indexOfScope(platform) < 0) {
        // A platform the scope list does not offer (yet): offer it, under its name.
        const PlatformResponse *row = m_model->platform(code);
        m_filling = true;
        m_scope->addItem(row ? row->name : code, int(ResponseScope::Kind::Platform));
        m_scope->setItemData(m_scope->count() - 1, code, ScopeCodeRole);
        m_filling = false;
    }
    setScope(platform);
}

// --- report ------------------------------------------------------------------------------

void ResponseDock::setReport(const ResponseReport &report)
{
    m_report = report;
    m_hasReport = true;
    m_model->setReport(m_report);
    m_view->resizeColumnsToContents();
    updateHistogram();
    updateTrend();
    showBusy(false);
    showContent();
}

void ResponseDock::showBusy(bool busy)
{
    m_busy = busy;
    m_histogramView->setEnabled(!busy);
    m_trendView->setEnabled(!busy);
    m_view->setEnabled(!busy);
    if (busy)
        showContent();
    updateSummary();
}

QString ResponseDock::summaryText() const
{
    return m_summary->text();
}

void ResponseDock::updateSummary()
{
    if (m_busy) {
        m_summary->setText(tr("Computing…"));
        return;
    }
    if (!m_hasReport) {
        m_summary->clear();
        return;
    }
    const ResponseReport &r = m_report;
    const QLocale locale;
    const QString scope = scopeLabel(r.scope);
    if (r.incidents == 0) {
        m_summary->setText(tr("%1: no incidents in this period").arg(scope));
        return;
    }
    const ResponseStats &s = r.county;
    QStringList parts;
    parts << tr("%1 incidents (%2 timed)")
                 .arg(locale.toString(r.incidents), locale.toString(s.count));
    if (s.count > 0) {
        parts << tr("median %1 min").arg(locale.toString(*s.median, 'f', 1));
        parts << tr("P90 %1 min").arg(locale.toString(*s.p90, 'f', 1));
        for (size_t b = 0; b < s.bands.size(); ++b) {
            parts << tr("≤ %1 min: %2%")
                         .arg(minutesText(s.bands[b]),
                              locale.toString(*s.shareWithin(b) * 100, 'f', 0));
        }
    }
    parts << tr("%1 without arrival").arg(locale.toString(r.withoutArrival));
    if (r.inconsistent > 0) {
        parts << tr("%1 with arrival before call, left out")
                     .arg(locale.toString(r.inconsistent));
    }
    m_summary->setText(tr("%1: %2").arg(scope, parts.join(QStringLiteral(" · "))));
}

void ResponseDock::updateHistogram()
{
    const ResponseStats &s = m_report.county;
    const std::vector<double> &bands = s.bands;
    const int bins = int(s.histogram.size());
    const int classes = int(bands.size()) + 1;

    // Categories "0–1" … "9–10", then "≥10".
    QStringList categories;
    for (int i = 0; i < bins; ++i) {
        categories << (i + 1 < bins ? QStringLiteral("%1–%2").arg(i).arg(i + 1)
                                    : QStringLiteral("≥%1").arg(i));
    }
    // A bin is coloured by the first band it lies wholly within; the open bin lies in none.
    QList<QList<qreal>> values(classes, QList<qreal>(bins, 0.0));
    qint64 top = 0;
    for (int i = 0; i < bins; ++i) {
        int bandClass = classes - 1;
        if (i + 1 < bins) {
            const auto it = std::lower_bound(bands.begin(), bands.end(), double(i + 1));
            bandClass = int(it - bands.begin());
        }
        values[bandClass][i] = qreal(s.histogram[size_t(i)]);
        top = std::max(top, s.histogram[size_t(i)]);
    }

    // New sets, given to the series in one call (the old ones are deleted with clear()).
    m_bins->clear();
    m_binSets.clear();
    for (int c = 0; c < classes; ++c) {
        QString name;
        if (bands.empty())
            name = tr("Incidents");
        else if (c == 0)
            name = tr("≤ %1 min").arg(minutesText(bands.front()));
        else if (c == classes - 1)
            name = tr("> %1 min").arg(minutesText(bands.back()));
        else
            name = tr("%1–%2 min").arg(minutesText(bands[size_t(c - 1)]),
                                       minutesText(bands[size_t(c)]));
        auto *set = new QBarSet(name);
        set->setObjectName(QStringLiteral("band%1").arg(c));
        set->setColor(bandColour(c, classes));
        set->setBorderColor(bandColour(c, classes));
        set->append(values[c]);
        connect(set, &QBarSet::hovered, this, [this, set](bool status, int index) {
            if (!status || set->at(index) <= 0) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1 min: %2 incidents")
                                   .arg(m_binAxis->at(index), QLocale().toString(set->at(index))),
                               m_histogramView);
        });
        m_binSets << set;
    }
    m_binAxis->setCategories(categories);
    m_bins->append(m_binSets);
    setNiceRange(m_countAxis, double(top));
    fitCategoryLabels(m_binAxis, m_histogram->plotArea().width());
}

void ResponseDock::updateTrend()
{
    const ResponseReport &r = m_report;
    QStringList months;
    QList<QPointF> median, p90, within;
    double top = r.bands.empty() ? 0 : r.bands.back();
    const size_t lastBand = r.bands.empty() ? 0 : r.bands.size() - 1;
    for (qsizetype i = 0; i < r.byMonth.size(); ++i) {
        const MonthlyResponse &m = r.byMonth.at(i);
        // "26-03", as the dispute trend writes months: twelve of them fit side by side.
        months << QStringLiteral("%1-%2").arg(m.year % 100, 2, 10, QLatin1Char('0'))
                      .arg(m.month, 2, 10, QLatin1Char('0'));
        const double x = double(i);
        if (m.stats.median)
            median << QPointF(x, *m.stats.median);
        if (m.stats.p90) {
            p90 << QPointF(x, *m.stats.p90);
            top = std::max(top, *m.stats.p90);
        }
        if (const auto share = m.stats.shareWithin(lastBand))
            within << QPointF(x, *share * 100);
    }
    m_monthAxis->setCategories(months);
    m_median->replace(median);
    m_p90->replace(p90);
    m_withinLast->replace(within);
    m_withinLast->setVisible(!r.bands.empty());
    m_shareAxis->setVisible(!r.bands.empty());
    fitCategoryLabels(m_monthAxis, m_trend->plotArea().width());
    setNiceRange(m_minutesAxis, top * 1.1);
    if (r.bands.empty()) {
        m_trend->setTitle(tr("Median and P90 per month"));
    } else {
        const QString band = minutesText(r.bands.back());
        m_withinLast->setName(tr("Within %1 min").arg(band));
        m_trend->setTitle(tr("Median, P90 and share within %1 min per month").arg(band));
    }
}
