#include "surveydock.h"

#include "domain/region.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTimer>
#include <QTableWidget>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

const QColor kCountyColour(0x1d, 0x4e, 0xd8);
const QColor kTownshipColour(0xea, 0x58, 0x0c);
const QColor kNeutral(0x94, 0xa3, 0xb8);
const QColor kRed(0xdc, 0x26, 0x26);
const QColor kLightRed(0xf8, 0x71, 0x71);
const QColor kDarkRed(0xb9, 0x1c, 0x1c);
const QColor kSelection(0x1e, 0x40, 0xaf);
const QColor kSmallSampleFlag(0xfe, 0xf3, 0xc7);

QString figureKey(const QString &code, SurveyIndicator indicator)
{
    return code + QLatin1Char('/') + QString::number(int(indicator));
}

void styleChart(QChart *chart)
{
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
}

QChartView *makeView(QChart *chart, const QString &name)
{
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

// A round percent range holding [low, high] (both 0–100), at least 10 wide, within 0–100.
void setPercentRange(QValueAxis *axis, double low, double high)
{
    if (!(low <= high)) {
        low = 0;
        high = 100;
    }
    double min = std::max(0.0, std::floor((low - 1) / 5) * 5);
    double max = std::min(100.0, std::ceil((high + 1) / 5) * 5);
    if (max - min < 10) {
        min = std::max(0.0, max - 10);
        max = std::min(100.0, min + 10);
    }
    const double span = max - min;
    const double step = span <= 20 ? 2.5 : span <= 40 ? 5 : span <= 60 ? 10 : 20;
    axis->setRange(min, max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(min);
    axis->setTickInterval(step);
}

// How good an answer is, 0 (worst) to 1 (best): by weight in the index form; in the rate form
// the positive answers lie in 0.6–1 and the others in 0–0.4, each group most positive first.
double answerGoodness(const SurveyIndicatorRule &rule, int code)
{
    if (rule.isIndex())
        return size_t(code - 1) < rule.weights.size() ? rule.weights[size_t(code - 1)] / 100.0
                                                       : 0.5;
    QList<int> positive, other;
    for (int c = 1; c <= rule.answers.size(); ++c)
        (rule.positive.contains(c) ? positive : other).append(c);
    const QList<int> &group = rule.positive.contains(code) ? positive : other;
    const double place = group.size() > 1 ? double(group.indexOf(code)) / (group.size() - 1) : 0;
    return rule.positive.contains(code) ? 1.0 - 0.4 * place : 0.4 - 0.4 * place;
}

QColor answerColour(double goodness)
{
    // Red through amber to green.
    return QColor::fromHsvF(float(std::clamp(goodness, 0.0, 1.0) * 120.0 / 360.0), 0.70f, 0.85f);
}

// Row names of the horizontal bar charts are drawn by the dock: Qt Charts elides a category
// label taller than its row less 8 px of padding, which Chinese names are from about a dozen
// rows in a small dock. The names are items of the chart, so exports show them too.
constexpr qreal RowNameGap = 8;

// "p = 0.012"; below 0.001 "p < 0.001" (more digits would say nothing a reader can use).
QString pText(double p)
{
    if (p < 0.001)
        return QCoreApplication::translate("SurveyDock", "p < 0.001");
    return QCoreApplication::translate("SurveyDock", "p = %1").arg(QLocale().toString(p, 'g', 2));
}
constexpr qreal SmallestRowName = 7;   // points

// Replaces the names (`bottomUp`: row 0 first) and makes room for them left of the plot.
void setRowNames(QChart *chart, QList<QGraphicsSimpleTextItem *> &items,
                 const QStringList &bottomUp)
{
    qDeleteAll(items);
    items.clear();
    const QFontMetricsF metrics((QFont()));
    qreal widest = 0;
    for (const QString &name : bottomUp) {
        auto *item = new QGraphicsSimpleTextItem(name, chart);
        item->setZValue(10);
        items << item;
        widest = std::max(widest, metrics.horizontalAdvance(name));
    }
    chart->setMargins(QMargins(int(std::ceil(widest + RowNameGap)), 4, 4, 4));
}

// Puts each name beside its row, in a font that fits the rows (down to 7 pt).
void placeRowNames(const QChart *chart, const QList<QGraphicsSimpleTextItem *> &items)
{
    if (items.isEmpty())
        return;
    const QRectF area = chart->plotArea();
    const qreal row = area.height() / items.size();
    QFont font;
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 9;
    for (qreal size = base; size >= SmallestRowName; size -= 0.5) {
        font.setPointSizeF(size);
        if (QFontMetricsF(font).height() <= row)
            break;
    }
    for (int i = 0; i < items.size(); ++i) {
        QGraphicsSimpleTextItem *item = items.at(i);
        item->setFont(font);
        const QRectF box = item->boundingRect();
        item->setPos(area.left() - box.width() - RowNameGap + 2,
                     area.bottom() - (i + 0.5) * row - box.height() / 2);
    }
}

// Tall enough for rows of a 7-point name at least; in a small dock the chart then scrolls.
void fitRowHeight(QChartView *view, int rows)
{
    QFont font;
    font.setPointSizeF(SmallestRowName);
    const qreal row = QFontMetricsF(font).height() + 1;
    const QChart *chart = view->chart();
    const qreal laidOut = chart->size().height() - chart->plotArea().height();
    const qreal overhead = chart->size().height() > 150 && laidOut > 60 ? laidOut : 130;
    view->setMinimumHeight(std::max(200, int(std::ceil(rows * row + overhead))));
}

QScrollArea *scrolling(QWidget *chart)
{
    auto *area = new QScrollArea;
    area->setWidget(chart);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

} // namespace

SurveyDock::SurveyDock(QWidget *parent)
    : PanelDock(tr("Survey indicators"), QStringLiteral("surveyDock"), parent)
    , m_scheme(SurveyScheme::standard())
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    createBar(content);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("surveySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    createTrend();
    createRanking();
    createAnswers();
    createTable();

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("surveyTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_trendView, tr("Trend"));
    auto *rankingPage = new QWidget;
    auto *rankingLayout = new QVBoxLayout(rankingPage);
    rankingLayout->setContentsMargins(0, 0, 0, 0);
    m_rankingScroll = scrolling(m_rankingView);
    rankingLayout->addWidget(m_rankingScroll, 1);
    rankingLayout->addWidget(m_rankingNote);
    m_tabs->addTab(rankingPage, tr("Ranking"));
    m_tabs->addTab(scrolling(m_answersView), tr("Answers"));
    auto *tablePage = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_tableNote);
    m_tabs->addTab(tablePage, tr("Table"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_export->setEnabled(index <= int(Chart::Answers));
        if (index == int(Chart::Ranking))   // once the page is laid out
            QTimer::singleShot(0, this, &SurveyDock::showChosenBar);
    });
    layout->addWidget(m_tabs, 1);
    setContent(content);

    setScheme(m_scheme);
    showMessage(tr("No survey data yet"));
}

void SurveyDock::createBar(QWidget *content)
{
    auto *bar = new QHBoxLayout;
    m_wave = new QComboBox(content);
    m_wave->setObjectName(QStringLiteral("surveyWave"));
    m_wave->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_indicator = new QComboBox(content);
    m_indicator->setObjectName(QStringLiteral("surveyIndicator"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_townshipBox = new QComboBox(content);
    m_townshipBox->setObjectName(QStringLiteral("surveyTownship"));
    m_townshipBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_townshipBox->setMinimumContentsLength(6);
    m_export = new QPushButton(tr("Export chart…"), content);
    m_export->setObjectName(QStringLiteral("surveyExport"));
    m_export->setToolTip(tr("Save the chart shown as a PNG image or an SVG drawing"));

    auto *waveLabel = new QLabel(tr("Wave"), content);
    waveLabel->setBuddy(m_wave);
    auto *indicatorLabel = new QLabel(tr("Indicator"), content);
    indicatorLabel->setBuddy(m_indicator);
    auto *townshipLabel = new QLabel(tr("Township"), content);
    townshipLabel->setBuddy(m_townshipBox);
    bar->addWidget(waveLabel);
    bar->addWidget(m_wave);
    bar->addSpacing(8);
    bar->addWidget(indicatorLabel);
    bar->addWidget(m_indicator);
    bar->addSpacing(8);
    bar->addWidget(townshipLabel);
    bar->addWidget(m_townshipBox);
    bar->addStretch(1);
    bar->addWidget(m_export);
    static_cast<QVBoxLayout *>(content->layout())->addLayout(bar);

    m_townshipBox->addItem(tr("(none)"), QString());
    for (SurveyIndicator i : SurveyIndicators::all())
        m_indicator->addItem(SurveyIndicators::label(i), int(i));

    auto queryEdited = [this] {
        if (m_filling)
            return;
        redraw();
        Q_EMIT queryChanged();
    };
    connect(m_wave, &QComboBox::currentIndexChanged, this, queryEdited);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, queryEdited);
    connect(m_townshipBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            chooseTownship(m_townshipBox->currentData().toString(), true);
    });
    connect(m_export, &QPushButton::clicked, this, &SurveyDock::chooseExportFile);
}

void SurveyDock::createTrend()
{
    m_trend = new QChart;
    styleChart(m_trend);

    auto band = [this](QLineSeries **high, QLineSeries **low, const QColor &colour,
                       const QString &name) {
        *high = new QLineSeries(this);
        *low = new QLineSeries(this);
        auto *area = new QAreaSeries(*high, *low);
        area->setObjectName(name);
        QColor fill = colour;
        fill.setAlphaF(0.16f);
        area->setBrush(fill);
        QColor edge = colour;
        edge.setAlphaF(0.35f);
        area->setPen(QPen(edge, 0.8));
        m_trend->addSeries(area);
        return area;
    };
    m_countyBand = band(&m_countyHigh, &m_countyLow, kCountyColour,
                        QStringLiteral("countyBand"));
    m_townshipBand = band(&m_townshipHigh, &m_townshipLow, kTownshipColour,
                          QStringLiteral("townshipBand"));

    auto line = [this](const QColor &colour, const QString &name) {
        auto *series = new QLineSeries;
        series->setObjectName(name);
        QPen pen(colour);
        pen.setWidthF(2.0);
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setMarkerSize(7);
        m_trend->addSeries(series);
        connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &p, bool on) {
            const int index = int(std::lround(p.x()));
            if (!on || index < 0 || index >= m_waves.size()) {
                QToolTip::hideText();
                return;
            }
            const bool county = series == m_countyLine;
            const SurveyFigure *f = figure(m_waves.at(index), county ? countyCode() : m_township);
            if (!f || !f->rate)
                return;
            QToolTip::showText(QCursor::pos(),
                               tr("%1, %2: %3 (95 % interval %4), n = %5")
                                   .arg(f->regionName, m_waves.at(index), valueText(*f->rate),
                                        intervalText(*f), QLocale().toString(f->n)),
                               m_trendView);
        });
        return series;
    };
    m_countyLine = line(kCountyColour, QStringLiteral("countyRate"));
    m_townshipLine = line(kTownshipColour, QStringLiteral("townshipRate"));

    m_smallSamples = new QScatterSeries;
    m_smallSamples->setObjectName(QStringLiteral("smallSamples"));
    // Legend labels are rich text: "<" must be escaped.
    m_smallSamples->setName(tr("Small sample (n < 30)").toHtmlEscaped());
    m_smallSamples->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_smallSamples->setMarkerSize(11);
    m_smallSamples->setBrush(Qt::white);
    m_smallSamples->setPen(QPen(QColor(0x33, 0x41, 0x55), 2.0));
    m_trend->addSeries(m_smallSamples);

    m_waveAxis = new QBarCategoryAxis;
    m_trendAxis = new QValueAxis;
    m_trendAxis->setLabelFormat(QStringLiteral("%.1f"));
    setPercentRange(m_trendAxis, 0, 100);
    m_trend->addAxis(m_waveAxis, Qt::AlignBottom);
    m_trend->addAxis(m_trendAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : m_trend->series()) {
        s->attachAxis(m_waveAxis);
        s->attachAxis(m_trendAxis);
    }
    // The bands explain themselves in the title.
    for (QAreaSeries *a : {m_countyBand, m_townshipBand}) {
        for (QLegendMarker *marker : m_trend->legend()->markers(a))
            marker->setVisible(false);
    }
    m_trendView = makeView(m_trend, QStringLiteral("surveyTrend"));
}

void SurveyDock::createRanking()
{
    m_ranking = new QChart;
    styleChart(m_ranking);
    m_bars = new QHorizontalStackedBarSeries;
    m_bars->setObjectName(QStringLiteral("ranking"));
    m_bars->setBarWidth(0.7);
    m_ranking->addSeries(m_bars);

    m_countyReference = new QLineSeries;
    m_countyReference->setObjectName(QStringLiteral("countyReference"));
    QPen pen(kCountyColour);
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    m_countyReference->setPen(pen);
    m_ranking->addSeries(m_countyReference);

    // The chosen township: an outline around its bar, whatever the bar's colour.
    m_selection = new QLineSeries;
    m_selection->setObjectName(QStringLiteral("selection"));
    m_selection->setPen(QPen(kSelection, 2.5));
    m_ranking->addSeries(m_selection);

    m_rankAxis = new QBarCategoryAxis;
    m_rankAxis->setLabelsVisible(false);   // drawn by setRowNames()
    m_rankValueAxis = new QValueAxis;
    m_rankValueAxis->setLabelFormat(QStringLiteral("%.1f"));
    setPercentRange(m_rankValueAxis, 0, 100);
    m_ranking->addAxis(m_rankAxis, Qt::AlignLeft);
    m_ranking->addAxis(m_rankValueAxis, Qt::AlignBottom);
    for (QAbstractSeries *s : m_ranking->series()) {
        s->attachAxis(m_rankAxis);
        s->attachAxis(m_rankValueAxis);
    }
    for (QLegendMarker *marker : m_ranking->legend()->markers(m_selection))
        marker->setVisible(false);
    m_rankingView = makeView(m_ranking, QStringLiteral("surveyRanking"));
    connect(m_ranking, &QChart::plotAreaChanged, this,
            [this] { placeRowNames(m_ranking, m_rankNames); });

    m_rankingNote = new QLabel;
    m_rankingNote->setObjectName(QStringLiteral("lastFiveNote"));
    m_rankingNote->setWordWrap(true);
    m_rankingNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void SurveyDock::createAnswers()
{
    m_answers = new QChart;
    styleChart(m_answers);
    m_answerBars = new QHorizontalPercentBarSeries;
    m_answerBars->setObjectName(QStringLiteral("answers"));
    m_answerBars->setBarWidth(0.7);
    m_answers->addSeries(m_answerBars);
    m_answerAxis = new QBarCategoryAxis;
    m_answerAxis->setLabelsVisible(false);   // drawn by setRowNames()
    m_shareAxis = new QValueAxis;
    m_shareAxis->setRange(0, 100);
    m_shareAxis->setLabelFormat(QStringLiteral("%d%%"));
    m_shareAxis->setTickType(QValueAxis::TicksDynamic);
    m_shareAxis->setTickAnchor(0);
    m_shareAxis->setTickInterval(20);
    m_answers->addAxis(m_answerAxis, Qt::AlignLeft);
    m_answers->addAxis(m_shareAxis, Qt::AlignBottom);
    m_answerBars->attachAxis(m_answerAxis);
    m_answerBars->attachAxis(m_shareAxis);
    m_answersView = makeView(m_answers, QStringLiteral("surveyAnswers"));
    connect(m_answers, &QChart::plotAreaChanged, this,
            [this] { placeRowNames(m_answers, m_answerNames); });
}

void SurveyDock::createTable()
{
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("surveyTable"));
    m_table->setHorizontalHeaderLabels({tr("Township"), tr("n"), tr("Rate"), tr("95% interval"),
                                        tr("Rank"), tr("Last five"), tr("Change")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Compact rows: a county has up to some thirty townships.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString code = m_table->item(row, TownshipColumn)->data(Qt::UserRole).toString();
        if (!code.isEmpty() && code != countyCode())
            chooseTownship(code, true);
    });
    m_tableNote = new QLabel;
    m_tableNote->setObjectName(QStringLiteral("surveyTableNote"));
    m_tableNote->setWordWrap(true);
    m_tableNote->setText(tr("⚠ small sample (n < 30), read with care. ▲/▼ the change against "
                            "the previous wave is significant (p < 0.05). The county figure is "
                            "weighted by township population."));
}

// --- data ----------------------------------------------------------------------------------

void SurveyDock::setScheme(const SurveyScheme &scheme)
{
    m_scheme = scheme;
    m_filling = true;
    for (int row = 0; row < m_indicator->count(); ++row) {
        const auto i = SurveyIndicator(m_indicator->itemData(row).toInt());
        m_indicator->setItemText(row, m_scheme.label(i));
    }
    m_filling = false;
    redraw();
}

void SurveyDock::setWaves(const QStringList &names, const QString &current)
{
    const QString chosen = wave();
    m_waves = names;
    m_filling = true;
    m_wave->clear();
    m_wave->addItems(names);
    int index = int(names.indexOf(current));
    if (index < 0)
        index = int(names.indexOf(chosen));
    if (index < 0)
        index = int(names.size()) - 1;
    m_wave->setCurrentIndex(index);
    m_filling = false;
    redraw();
}

void SurveyDock::setFigures(const QList<SurveyWaveFigures> &waves)
{
    m_figures.clear();
    for (const SurveyWaveFigures &w : waves) {
        QHash<QString, SurveyFigure> &byKey = m_figures[w.wave];
        for (const SurveyFigure &f : w.figures) {
            if (f.level == RegionLevel::County || f.level == RegionLevel::Township)
                byKey.insert(figureKey(f.regionCode, f.indicator), f);
        }
    }
    fillTownships();
    redraw();
    showContent();
}

void SurveyDock::setWaveFigures(const QString &wave, const QList<SurveyFigure> &figures)
{
    QHash<QString, SurveyFigure> &byKey = m_figures[wave];
    byKey.clear();
    for (const SurveyFigure &f : figures) {
        if (f.level == RegionLevel::County || f.level == RegionLevel::Township)
            byKey.insert(figureKey(f.regionCode, f.indicator), f);
    }
    fillTownships();
    redraw();
    showContent();
}

void SurveyDock::clearFigures()
{
    m_figures.clear();
    fillTownships();
    redraw();
}

void SurveyDock::showBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        showContent();
    updateSummary();
}

void SurveyDock::fillTownships()
{
    QHash<QString, QString> names;
    for (const auto &byKey : std::as_const(m_figures)) {
        for (const SurveyFigure &f : byKey) {
            if (f.level == RegionLevel::Township)
                names.insert(f.regionCode, f.regionName);
        }
    }
    m_townships.clear();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_townships.append({it.key(), it.value()});
    std::sort(m_townships.begin(), m_townships.end(),
              [](const TownshipEntry &a, const TownshipEntry &b) { return a.code < b.code; });

    m_filling = true;
    m_townshipBox->clear();
    m_townshipBox->addItem(tr("(none)"), QString());
    for (const TownshipEntry &t : std::as_const(m_townships))
        m_townshipBox->addItem(t.name, t.code);
    m_townshipBox->setCurrentIndex(std::max(0, m_townshipBox->findData(m_township)));
    m_filling = false;
}

// --- the choice ----------------------------------------------------------------------------

QString SurveyDock::wave() const
{
    return m_wave->currentText();
}

bool SurveyDock::setWave(const QString &name)
{
    const int index = m_wave->findText(name);
    if (index < 0)
        return false;
    m_filling = true;
    m_wave->setCurrentIndex(index);
    m_filling = false;
    redraw();
    return true;
}

SurveyIndicator SurveyDock::indicator() const
{
    return SurveyIndicator(std::max(0, m_indicator->currentData().toInt()));
}

void SurveyDock::setIndicator(SurveyIndicator indicator)
{
    m_filling = true;
    m_indicator->setCurrentIndex(m_indicator->findData(int(indicator)));
    m_filling = false;
    redraw();
}

void SurveyDock::selectTownship(const QString &code)
{
    QString township;
    if (RegionCodes::isValid(code)) {
        const RegionLevel level = RegionCodes::levelOf(code);
        if (level != RegionLevel::County)
            township = RegionCodes::descendantPrefix(code, RegionLevel::Township)
                           .leftJustified(12, QLatin1Char('0'));
    }
    chooseTownship(township, false);
}

void SurveyDock::chooseTownship(const QString &code, bool byPerson)
{
    const bool changed = code != m_township;
    m_township = code;
    m_filling = true;
    m_townshipBox->setCurrentIndex(std::max(0, m_townshipBox->findData(m_township)));
    m_filling = false;
    if (changed) {
        updateSummary();
        updateTrend();
        updateSelection();
    }
    if (byPerson) {
        if (!code.isEmpty())
            Q_EMIT townshipClicked(code);
        if (changed)
            Q_EMIT queryChanged();
    }
}

// --- figures -------------------------------------------------------------------------------

const SurveyFigure *SurveyDock::figure(const QString &wave, const QString &regionCode) const
{
    const auto w = m_figures.constFind(wave);
    if (w == m_figures.cend() || regionCode.isEmpty())
        return nullptr;
    const auto f = w->constFind(figureKey(regionCode, indicator()));
    return f == w->cend() ? nullptr : &*f;
}

QString SurveyDock::countyCode() const
{
    // The county of the chosen wave, else of any wave.
    auto find = [](const QHash<QString, SurveyFigure> &byKey) {
        for (const SurveyFigure &f : byKey) {
            if (f.level == RegionLevel::County)
                return f.regionCode;
        }
        return QString();
    };
    const auto w = m_figures.constFind(wave());
    if (w != m_figures.cend()) {
        const QString code = find(*w);
        if (!code.isEmpty())
            return code;
    }
    for (const auto &byKey : m_figures) {
        const QString code = find(byKey);
        if (!code.isEmpty())
            return code;
    }
    return {};
}

QString SurveyDock::regionName(const QString &code) const
{
    for (const TownshipEntry &t : m_townships) {
        if (t.code == code)
            return t.name;
    }
    for (const auto &byKey : m_figures) {
        for (const SurveyFigure &f : byKey) {
            if (f.regionCode == code)
                return f.regionName;
        }
    }
    return code;
}

bool SurveyDock::indexForm() const
{
    if (const SurveyFigure *f = figure(wave(), countyCode()))
        return f->indexForm;
    return m_scheme.rule(indicator()).isIndex();
}

QString SurveyDock::valueText(double rate) const
{
    const QString number = QLocale().toString(rate * 100, 'f', 1);
    return indexForm() ? number : number + QLatin1Char('%');
}

QString SurveyDock::intervalText(const SurveyFigure &f) const
{
    const QLocale locale;
    return QStringLiteral("%1–%2%3")
        .arg(locale.toString(f.ci.low * 100, 'f', 1), locale.toString(f.ci.high * 100, 'f', 1),
             indexForm() ? QString() : QStringLiteral("%"));
}

QString SurveyDock::changeText(const SurveyFigure &f, bool *significant) const
{
    if (significant)
        *significant = false;
    if (!f.rate || !f.previousRate)
        return {};
    const double delta = (*f.rate - *f.previousRate) * 100;
    QString text = QLocale().toString(delta, 'f', 1);
    if (delta >= 0.05)
        text.prepend(QLatin1Char('+'));
    if (f.changeSignificant) {
        text += delta >= 0 ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
        if (significant)
            *significant = true;
    }
    return text;
}

QList<const SurveyFigure *> SurveyDock::rankedTownships(const QString &wave) const
{
    QList<const SurveyFigure *> out;
    const auto w = m_figures.constFind(wave);
    if (w == m_figures.cend())
        return out;
    const SurveyIndicator i = indicator();
    for (const SurveyFigure &f : *w) {
        if (f.level == RegionLevel::Township && f.indicator == i && f.rate)
            out.append(&f);
    }
    std::sort(out.begin(), out.end(), [](const SurveyFigure *a, const SurveyFigure *b) {
        if (*a->rate != *b->rate)
            return *a->rate > *b->rate;
        return a->regionCode < b->regionCode;
    });
    return out;
}

QString SurveyDock::summaryText() const
{
    return m_summary->text();
}

QString SurveyDock::lastFiveNote() const
{
    return m_rankingNote->text();
}

// --- drawing -------------------------------------------------------------------------------

void SurveyDock::redraw()
{
    updateSummary();
    updateTrend();
    updateRanking();
    updateAnswers();
    updateTable();
    updateSelection();
}

void SurveyDock::updateSummary()
{
    if (m_busy) {
        m_summary->setText(tr("Computing…"));
        return;
    }
    const QString w = wave();
    const QString indicatorName = m_scheme.label(indicator());
    const SurveyFigure *county = figure(w, countyCode());
    if (!county) {
        m_summary->setText(w.isEmpty() ? tr("No survey wave yet")
                                       : tr("%1, %2: no figures").arg(indicatorName, w));
        return;
    }
    // One short line per region (the charts need the height); the tooltip says it in full.
    const QLocale locale;
    QStringList tips;
    auto describe = [&](const SurveyFigure &f) {
        if (!f.rate)
            return tr("%1: no answers").arg(f.regionName);
        QString text = tr("%1 %2 (%3), n = %4")
                           .arg(f.regionName, valueText(*f.rate), intervalText(f),
                                locale.toString(f.n));
        QString tip = tr("%1: %2, 95% interval %3, %4 respondents")
                          .arg(f.regionName, valueText(*f.rate), intervalText(f),
                               locale.toString(f.n));
        if (f.smallSample) {
            text += QStringLiteral(" ⚠");
            tip += QStringLiteral("; ") + tr("small sample (n < 30): read with care");
        }
        if (f.rank > 0) {
            text += QStringLiteral(" · ") + tr("rank %1/%2").arg(f.rank).arg(f.ranked);
            tip += QStringLiteral("; ") + tr("rank %1 of %2").arg(f.rank).arg(f.ranked);
        }
        bool significant = false;
        const QString change = changeText(f, &significant);
        if (!change.isEmpty()) {
            text += QStringLiteral(" · ") + tr("%1 vs previous wave").arg(change);
            tip += QStringLiteral("; ")
                   + (significant ? tr("%1 against the previous wave (significant)")
                                  : tr("%1 against the previous wave (not significant)"))
                         .arg(change);
        }
        tips << tip;
        return text;
    };
    QStringList lines;
    lines << describe(*county);
    if (const SurveyFigure *t = figure(w, m_township))
        lines << describe(*t);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setToolTip(tips.join(QLatin1Char('\n')));
}

void SurveyDock::updateTrend()
{
    QList<QPointF> county, countyHigh, countyLow, township, townshipHigh, townshipLow, small;
    double low = 100, high = 0;
    const QString countyRegion = countyCode();
    for (int i = 0; i < m_waves.size(); ++i) {
        auto add = [&](const SurveyFigure *f, QList<QPointF> &line, QList<QPointF> &up,
                       QList<QPointF> &down) {
            if (!f || !f->rate)
                return;
            const double x = i;
            line << QPointF(x, *f->rate * 100);
            up << QPointF(x, f->ci.high * 100);
            down << QPointF(x, f->ci.low * 100);
            low = std::min(low, f->ci.low * 100);
            high = std::max(high, f->ci.high * 100);
            if (f->smallSample)
                small << QPointF(x, *f->rate * 100);
        };
        add(figure(m_waves.at(i), countyRegion), county, countyHigh, countyLow);
        add(figure(m_waves.at(i), m_township), township, townshipHigh, townshipLow);
    }
    m_waveAxis->setCategories(m_waves);
    m_countyLine->replace(county);
    m_countyHigh->replace(countyHigh);
    m_countyLow->replace(countyLow);
    m_townshipLine->replace(township);
    m_townshipHigh->replace(townshipHigh);
    m_townshipLow->replace(townshipLow);
    m_smallSamples->replace(small);

    m_countyLine->setName(countyRegion.isEmpty() ? tr("County") : regionName(countyRegion));
    const bool hasTownship = !township.isEmpty();
    m_townshipLine->setName(hasTownship ? regionName(m_township) : QString());
    m_townshipLine->setVisible(hasTownship);
    m_townshipBand->setVisible(hasTownship);
    m_smallSamples->setVisible(!small.isEmpty());
    // Hiding a series shows its legend marker again.
    for (QAreaSeries *a : {m_countyBand, m_townshipBand}) {
        for (QLegendMarker *marker : m_trend->legend()->markers(a))
            marker->setVisible(false);
    }
    setPercentRange(m_trendAxis, low, high);
    m_trendAxis->setTitleText(indexForm() ? tr("Index") : tr("Rate (%)"));
    m_trend->setTitle(tr("%1 by wave (shaded: 95 % interval)").arg(m_scheme.label(indicator())));
}

void SurveyDock::updateRanking()
{
    const QString w = wave();
    const QList<const SurveyFigure *> ranked = rankedTownships(w);
    const int n = int(ranked.size());
    m_rankCodes.clear();
    for (const SurveyFigure *f : ranked)
        m_rankCodes << f->regionCode;

    // Rows from the bottom: the worst first, so that the best stands at the top.
    QStringList categories;
    QSet<QString> seen;
    double low = 100, high = 0;
    for (int row = 0; row < n; ++row) {
        const SurveyFigure &f = *ranked.at(n - 1 - row);
        QString label = tr("%1. %2").arg(f.rank).arg(f.regionName);
        if (seen.contains(label))
            label += QStringLiteral(" (%1)").arg(f.regionCode);
        seen.insert(label);
        categories << label;
        low = std::min(low, f.ci.low * 100);
        high = std::max(high, f.ci.high * 100);
    }
    const SurveyFigure *county = figure(w, countyCode());
    if (county && county->rate && n > 0) {
        low = std::min(low, *county->rate * 100);
        high = std::max(high, *county->rate * 100);
    }
    setPercentRange(m_rankValueAxis, low, high);

    // The axis does not start at 0, and Qt 6.4's SVG export does not clip: each bar stands on
    // a transparent base up to the axis start, and its coloured part begins there.
    const double start = n > 0 ? m_rankValueAxis->min() : 0;
    QList<qreal> base(n, start), others(n, 0.0), distinct(n, 0.0), similar(n, 0.0);
    for (int row = 0; row < n; ++row) {
        const SurveyFigure &f = *ranked.at(n - 1 - row);
        (f.lastFive ? (f.distinctFromRest ? distinct : similar) : others)[row]
            = *f.rate * 100 - start;
    }

    // New sets, given to the series in one call (the old ones are deleted by clear()).
    m_bars->clear();
    auto makeSet = [this](const QString &name, const QString &objectName, const QColor &colour,
                          const QList<qreal> &values) {
        auto *set = new QBarSet(name);
        set->setObjectName(objectName);
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        set->append(values);
        connect(set, &QBarSet::clicked, this, &SurveyDock::onBarClicked);
        connect(set, &QBarSet::hovered, this, [this, set](bool on, int index) {
            const int rank = int(m_rankCodes.size()) - 1 - index;
            const SurveyFigure *f = on && rank >= 0 && rank < m_rankCodes.size()
                                        ? figure(wave(), m_rankCodes.at(rank))
                                        : nullptr;
            if (!f || set->at(index) <= 0) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 (95 % interval %3), n = %4")
                                   .arg(f->regionName, valueText(*f->rate), intervalText(*f),
                                        QLocale().toString(f->n)),
                               m_rankingView);
        });
        return set;
    };
    auto *baseSet = new QBarSet(QString());
    baseSet->setObjectName(QStringLiteral("base"));
    baseSet->setBrush(Qt::NoBrush);   // not painted at all, not even as a clear shape
    baseSet->setPen(Qt::NoPen);
    baseSet->append(base);
    // Short names: the legend cuts long ones.
    m_others = makeSet(tr("Others"), QStringLiteral("others"), kNeutral, others);
    m_lastFiveDistinct = makeSet(tr("Last five (significant)"),
                                 QStringLiteral("lastFiveDistinct"), kRed, distinct);
    m_lastFiveSimilar = makeSet(tr("Last five (not significant)"),
                                QStringLiteral("lastFiveSimilar"), kLightRed, similar);
    m_rankLabels = categories;
    m_rankAxis->setCategories(categories);
    fitRowHeight(m_rankingView, n);
    m_bars->append({baseSet, m_others, m_lastFiveDistinct, m_lastFiveSimilar});

    // Interval whiskers: one small series per township, built before it is added.
    for (QLineSeries *whisker : std::as_const(m_whiskers)) {
        m_ranking->removeSeries(whisker);
        delete whisker;
    }
    m_whiskers.clear();
    QPen whiskerPen(QColor(0x1f, 0x29, 0x37));
    whiskerPen.setWidthF(1.5);
    for (int row = 0; row < n; ++row) {
        const SurveyFigure &f = *ranked.at(n - 1 - row);
        const double lo = f.ci.low * 100, hi = f.ci.high * 100, cap = 0.15;
        auto *whisker = new QLineSeries;
        whisker->setObjectName(QStringLiteral("whisker"));
        whisker->setProperty("regionCode", f.regionCode);
        whisker->setName(tr("95% interval"));
        whisker->setPen(whiskerPen);
        whisker->replace({QPointF(lo, row - cap), QPointF(lo, row + cap), QPointF(lo, row),
                          QPointF(hi, row), QPointF(hi, row + cap), QPointF(hi, row - cap)});
        m_ranking->addSeries(whisker);
        whisker->attachAxis(m_rankAxis);
        whisker->attachAxis(m_rankValueAxis);
        for (QLegendMarker *marker : m_ranking->legend()->markers(whisker))
            marker->setVisible(row == 0);
        m_whiskers << whisker;
    }

    if (county && county->rate && n > 0) {
        const double x = *county->rate * 100;
        m_countyReference->replace({QPointF(x, -0.5), QPointF(x, n - 0.5)});
        m_countyReference->setName(tr("%1 %2").arg(county->regionName, valueText(*county->rate)));
        m_countyReference->setVisible(true);
    } else {
        m_countyReference->replace(QList<QPointF>());
        m_countyReference->setVisible(false);
    }
    m_rankValueAxis->setTitleText(indexForm() ? tr("Index") : tr("Rate (%)"));
    m_ranking->setTitle(tr("%1, %2: townships ranked").arg(m_scheme.label(indicator()), w));
    // Legend entries only for what is drawn.
    const auto sets = m_bars->barSets();
    const auto markers = m_ranking->legend()->markers(m_bars);
    for (int s = 0; s < sets.size() && s < markers.size(); ++s) {
        bool used = false;
        for (int k = 0; k < sets.at(s)->count(); ++k)
            used = used || sets.at(s)->at(k) > 0;
        markers.at(s)->setVisible(used && sets.at(s) != baseSet);
    }

    // The note under the chart.
    QStringList distinctNames, similarNames;
    for (const SurveyFigure *f : ranked) {
        if (!f->lastFive)
            continue;
        const QString p = f->restP ? pText(*f->restP)
                                   : QString();
        const QString entry = p.isEmpty() ? f->regionName
                                          : tr("%1 (%2)").arg(f->regionName, p);
        (f->distinctFromRest ? distinctNames : similarNames) << entry;
    }
    QStringList note;
    if (!distinctNames.isEmpty()) {
        note << tr("Significantly below the other townships: %1")
                    .arg(distinctNames.join(tr(", ")));
    }
    if (!similarNames.isEmpty()) {
        note << tr("Last five, but no significant difference from the other townships: %1")
                    .arg(similarNames.join(tr(", ")));
    }
    m_rankingNote->setText(note.join(QLatin1Char('\n')));
    m_rankingNote->setVisible(!note.isEmpty());
}

void SurveyDock::updateAnswers()
{
    const QString w = wave();
    const SurveyIndicatorRule &rule = m_scheme.rule(indicator());
    const QList<const SurveyFigure *> ranked = rankedTownships(w);
    QList<const SurveyFigure *> rows;   // from the top
    if (const SurveyFigure *county = figure(w, countyCode()); county && county->n > 0)
        rows << county;
    rows << ranked;
    m_answerCodes.clear();
    for (const SurveyFigure *f : rows)
        m_answerCodes << f->regionCode;

    QStringList categories;
    QSet<QString> seen;
    for (qsizetype r = rows.size() - 1; r >= 0; --r) {
        QString label = rows.at(r)->regionName;
        if (seen.contains(label))
            label += QStringLiteral(" (%1)").arg(rows.at(r)->regionCode);
        seen.insert(label);
        categories << label;
    }

    m_answerBars->clear();
    QList<QBarSet *> sets;
    for (int code = 1; code <= rule.answers.size() && code <= SurveyMaxAnswers; ++code) {
        auto *set = new QBarSet(rule.answers.at(code - 1));
        set->setObjectName(QStringLiteral("answer%1").arg(code));
        const QColor colour = answerColour(answerGoodness(rule, code));
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        QList<qreal> values;
        for (qsizetype r = rows.size() - 1; r >= 0; --r)
            values << qreal(rows.at(r)->answers[size_t(code)]);
        set->append(values);
        connect(set, &QBarSet::clicked, this, &SurveyDock::onAnswerBarClicked);
        connect(set, &QBarSet::hovered, this, [this, set](bool on, int index) {
            const int row = int(m_answerCodes.size()) - 1 - index;
            const SurveyFigure *f = on && row >= 0 && row < m_answerCodes.size()
                                        ? figure(wave(), m_answerCodes.at(row))
                                        : nullptr;
            if (!f || f->n <= 0) {
                QToolTip::hideText();
                return;
            }
            qint64 answered = 0;
            for (int c = 1; c <= SurveyMaxAnswers; ++c)
                answered += f->answers[size_t(c)];
            const double share = answered > 0 ? 100.0 * set->at(index) / double(answered) : 0;
            QToolTip::showText(QCursor::pos(),
                               tr("%1, %2: %3 (%4%)")
                                   .arg(f->regionName, set->label(),
                                        QLocale().toString(qint64(set->at(index))),
                                        QLocale().toString(share, 'f', 1)),
                               m_answersView);
        });
        sets << set;
    }
    m_answerAxis->setCategories(categories);
    m_answerBars->append(sets);
    setRowNames(m_answers, m_answerNames, categories);
    placeRowNames(m_answers, m_answerNames);
    fitRowHeight(m_answersView, int(categories.size()));
    m_answers->setTitle(tr("%1, %2: answers given").arg(m_scheme.label(indicator()), w));
}

void SurveyDock::updateTable()
{
    const QString w = wave();
    QList<const SurveyFigure *> rows;
    if (const SurveyFigure *county = figure(w, countyCode()))
        rows << county;
    const QList<const SurveyFigure *> ranked = rankedTownships(w);
    rows << ranked;
    // Townships without answers in this wave, at the end.
    for (const TownshipEntry &t : std::as_const(m_townships)) {
        const SurveyFigure *f = figure(w, t.code);
        if (f && !f->rate)
            rows << f;
    }

    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int row = 0; row < rows.size(); ++row) {
        const SurveyFigure &f = *rows.at(row);
        const bool county = f.level == RegionLevel::County;
        auto *name = cell(county ? tr("%1 (weighted)").arg(f.regionName) : f.regionName);
        name->setData(Qt::UserRole, f.regionCode);
        auto *size = cell(locale.toString(f.n), Qt::AlignRight);
        if (f.smallSample && !county) {
            size->setText(QStringLiteral("⚠ ") + size->text());
            size->setToolTip(tr("Small sample (n < 30): read with care"));
            size->setBackground(kSmallSampleFlag);
        }
        auto *rate = cell(f.rate ? valueText(*f.rate) : QStringLiteral("—"), Qt::AlignRight);
        auto *interval = cell(f.rate ? intervalText(f) : QString(), Qt::AlignRight);
        auto *rank = cell(f.rank > 0 ? QStringLiteral("%1/%2").arg(f.rank).arg(f.ranked)
                                     : QString(),
                          Qt::AlignRight);
        QString lastFive;
        if (f.lastFive)
            lastFive = f.distinctFromRest ? tr("yes, significantly below the others")
                                          : tr("yes, no significant difference");
        auto *lastFiveItem = cell(lastFive);
        if (f.lastFive) {
            lastFiveItem->setForeground(f.distinctFromRest ? kRed : kDarkRed);
            if (f.restP)
                lastFiveItem->setToolTip(tr("%1 against the other townships")
                                             .arg(pText(*f.restP)));
        }
        bool significant = false;
        auto *change = cell(changeText(f, &significant), Qt::AlignRight);
        if (f.previousRate) {
            change->setToolTip(
                tr("Previous wave: %1 (n = %2)%3")
                    .arg(valueText(*f.previousRate), locale.toString(f.previousN),
                         f.changeP ? QStringLiteral(", ") + pText(*f.changeP)
                                   : QString()));
        }
        if (significant) {
            QFont bold = change->font();
            bold.setBold(true);
            change->setFont(bold);
        }
        if (county) {
            QFont bold = name->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {name, rate})
                item->setFont(bold);
        }
        const std::array<QTableWidgetItem *, ColumnCount> items = {
            name, size, rate, interval, rank, lastFiveItem, change};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, items[size_t(c)]);
    }
    m_table->horizontalHeaderItem(RateColumn)->setText(indexForm() ? tr("Index") : tr("Rate"));
    m_table->resizeColumnsToContents();
}

void SurveyDock::updateSelection()
{
    const int rank = int(m_rankCodes.indexOf(m_township));
    const int row = rank < 0 ? -1 : int(m_rankCodes.size()) - 1 - rank;
    QStringList labels = m_rankLabels;
    const SurveyFigure *chosen = row >= 0 ? figure(wave(), m_township) : nullptr;
    if (chosen && chosen->rate) {
        const double left = m_rankValueAxis->min(), right = *chosen->rate * 100, h = 0.42;
        m_selection->replace({QPointF(left, row - h), QPointF(right, row - h),
                              QPointF(right, row + h), QPointF(left, row + h),
                              QPointF(left, row - h)});
        labels[row] = QStringLiteral("▶ ") + labels.at(row);
    } else {
        m_selection->replace(QList<QPointF>());
    }
    if (m_rankAxis->categories() != labels)
        m_rankAxis->setCategories(labels);
    setRowNames(m_ranking, m_rankNames, labels);
    placeRowNames(m_ranking, m_rankNames);
    showChosenBar();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, TownshipColumn)->data(Qt::UserRole).toString() == m_township) {
            m_table->selectRow(r);
            return;
        }
    }
    m_table->clearSelection();
}

void SurveyDock::showChosenBar()
{
    // In a low dock the ranking scrolls: bring the chosen township's bar into view.
    const int rank = int(m_rankCodes.indexOf(m_township));
    if (rank < 0 || !m_rankingScroll->isVisible())
        return;
    const int row = int(m_rankCodes.size()) - 1 - rank;
    const QPointF at = m_ranking->mapToPosition(QPointF(m_rankValueAxis->min(), row), m_bars);
    const QPoint inView = m_rankingView->mapFromScene(m_ranking->mapToScene(at));
    m_rankingScroll->ensureVisible(inView.x(), inView.y(), 0, 40);
}

void SurveyDock::onBarClicked(int index)
{
    const int rank = int(m_rankCodes.size()) - 1 - index;
    if (rank >= 0 && rank < m_rankCodes.size())
        chooseTownship(m_rankCodes.at(rank), true);
}

void SurveyDock::onAnswerBarClicked(int index)
{
    const int row = int(m_answerCodes.size()) - 1 - index;
    if (row < 0 || row >= m_answerCodes.size())
        return;
    const QString code = m_answerCodes.at(row);
    if (code != countyCode())
        chooseTownship(code, true);
}

// --- export --------------------------------------------------------------------------------

SurveyDock::Chart SurveyDock::currentChart() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index <= int(Chart::Answers) ? Chart(index) : Chart::Ranking;
}

void SurveyDock::setCurrentChart(Chart chart)
{
    m_tabs->setCurrentIndex(int(chart));
}

QChartView *SurveyDock::chartView(Chart chart) const
{
    switch (chart) {
    case Chart::Trend: return m_trendView;
    case Chart::Ranking: return m_rankingView;
    case Chart::Answers: return m_answersView;
    }
    return nullptr;
}

bool SurveyDock::exportChart(const QString &path, QString *error) const
{
    QChartView *view = chartView(currentChart());
    // The chart as laid out on screen (a hidden one has no layout to draw).
    if (m_tabs->currentIndex() > int(Chart::Answers) || !view->isVisible()) {
        if (error)
            *error = tr("Show a chart to export it.");
        return false;
    }
    const QSize size = view->size();
    const QRectF target(QPointF(0, 0), QSizeF(size));
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        svg.setDescription(tr("Pingan Command Desk survey chart"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("Cannot write %1").arg(path);
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, target, view->rect());
        if (!painter.end() || QFileInfo(path).size() == 0) {
            if (error)
                *error = tr("Cannot write %1").arg(path);
            return false;
        }
        return true;
    }
    constexpr int Scale = 2;
    QImage image(size * Scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(Scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, target, view->rect());
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

void SurveyDock::chooseExportFile()
{
    const QString pngFilter = tr("PNG image (*.png)");
    const QString svgFilter = tr("SVG drawing (*.svg)");
    QString filter = pngFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                                pngFilter + QStringLiteral(";;") + svgFilter,
                                                &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svgFilter ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportChart(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}
