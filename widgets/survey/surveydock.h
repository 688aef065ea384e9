#pragma once

// Survey indicators panel (一感两度两率): for a wave and an indicator, the trend over the waves of
// the county and one township with their 95 % intervals, the townships ranked with the last five
// (后五位) in red, the answers given per township, and the figures in a table.
// The dock never reads the store: its owner gives it the scheme, the waves and the figures
// (SurveyStats::compute) and gives more when queryChanged() fires. Rates read as percentages
// with one decimal, index-form indicators as an index 0–100.

#include "common/paneldock.h"
#include "domain/surveyscheme.h"
#include "domain/surveystats.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QAreaSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QHorizontalPercentBarSeries;
class QHorizontalStackedBarSeries;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QScrollArea;
class QTabWidget;
class QTableWidget;
class QValueAxis;

// The figures of one wave, as SurveyStats::compute gives them: the county and its townships, for
// any of the indicators (village figures are ignored).
struct SurveyWaveFigures
{
    QString wave;                 // the name, as given to setWaves()
    QList<SurveyFigure> figures;
};

class SurveyDock : public PanelDock
{
    Q_OBJECT
public:
    // The chart tabs, in tab order; the table is the tab after them.
    enum class Chart { Trend = 0, Ranking = 1, Answers = 2 };
    Q_ENUM(Chart)

    // Table columns.
    enum Column {
        TownshipColumn, SizeColumn, RateColumn, IntervalColumn, RankColumn, LastFiveColumn,
        ChangeColumn, ColumnCount
    };

    explicit SurveyDock(QWidget *parent = nullptr);

    // --- Data. These never emit queryChanged() or townshipClicked(). ---

    // Indicator names and answer texts (the answers chart). Before the first call the standard
    // preset is used.
    void setScheme(const SurveyScheme &scheme);
    const SurveyScheme &scheme() const { return m_scheme; }
    // The waves, oldest first (the trend's axis). Selects `current` when offered, else keeps
    // the wave chosen when still offered, else the newest.
    void setWaves(const QStringList &names, const QString &current = {});
    QStringList waves() const { return m_waves; }
    // Replaces every figure the dock holds and redraws once; shows the content. Waves not
    // named in setWaves() are kept but not drawn; a wave without figures is a gap in the trend.
    void setFigures(const QList<SurveyWaveFigures> &waves);
    // Adds or replaces one wave's figures and redraws.
    void setWaveFigures(const QString &wave, const QList<SurveyFigure> &figures);
    bool hasFigures(const QString &wave) const { return m_figures.contains(wave); }
    void clearFigures();
    // "Computing…" in the summary line while the owner computes; the choices stay editable.
    void showBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // --- The choice. The person's changes emit queryChanged(); these setters do not. ---

    QString wave() const;
    bool setWave(const QString &name);
    SurveyIndicator indicator() const;
    void setIndicator(SurveyIndicator indicator);
    // The township whose line the trend shows and whose bars are highlighted; empty = none.
    QString township() const { return m_township; }
    // From the app's selection: a township code, or a village or grid code under one (its
    // township is taken); anything else clears the choice. Emits nothing.
    void selectTownship(const QString &code);

    // The figure shown for a region (county or township) in a wave, for the chosen indicator;
    // null when the dock has none.
    const SurveyFigure *figure(const QString &wave, const QString &regionCode) const;
    // The townships of the ranking, best first (as the chart reads from the top).
    QStringList rankingOrder() const { return m_rankCodes; }
    QString summaryText() const;
    // The note under the ranking naming the last five and whether each differs significantly.
    QString lastFiveNote() const;

    // --- Charts ---

    // The chart tab shown (the ranking while the table is shown).
    Chart currentChart() const;
    void setCurrentChart(Chart chart);
    QChartView *chartView(Chart chart) const;
    QTableWidget *table() const { return m_table; }
    // Saves the chart of the current tab as laid out on screen: SVG when the path ends in .svg,
    // else PNG at twice the screen resolution. False with *error when no chart is shown (the
    // table tab, a hidden dock) or the file cannot be written.
    bool exportChart(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    // The person chose another wave, indicator or township. The dock has redrawn from what it
    // holds; the owner gives the figures it lacks (see hasFigures()).
    void queryChanged();
    // The person chose a township here (a bar of the ranking or of the answers chart, the
    // township list, a double-click in the table): the app selects it everywhere. Not emitted
    // by selectTownship().
    void townshipClicked(const QString &code);

private:
    struct TownshipEntry
    {
        QString code;
        QString name;
    };

    void createBar(QWidget *content);
    void createTrend();
    void createRanking();
    void createAnswers();
    void createTable();
    void chooseExportFile();
    void fillTownships();
    void chooseTownship(const QString &code, bool byPerson);
    void redraw();
    void updateSummary();
    void updateTrend();
    void updateRanking();
    void updateAnswers();
    void updateTable();
    void updateSelection();
    void showChosenBar();
    void onBarClicked(int index);
    void onAnswerBarClicked(int index);
    QString regionName(const QString &code) const;
    QString countyCode() const;
    bool indexForm() const;
    QString valueText(double rate) const;
    QString intervalText(const SurveyFigure &f) const;
    QString changeText(const SurveyFigure &f, bool *significant = nullptr) const;
    QList<const SurveyFigure *> rankedTownships(const QString &wave) const;

    SurveyScheme m_scheme;
    QStringList m_waves;
    // Per wave: figure key ("code/indicator") → figure.
    QHash<QString, QHash<QString, SurveyFigure>> m_figures;
    QList<TownshipEntry> m_townships;   // code order
    QString m_township;
    QStringList m_rankCodes;            // best first
    QStringList m_answerCodes;          // the answers chart's rows from the top; county first
    bool m_busy = false;
    bool m_filling = false;

    QComboBox *m_wave = nullptr;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_townshipBox = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;

    QChart *m_trend = nullptr;
    QChartView *m_trendView = nullptr;
    QLineSeries *m_countyLine = nullptr;
    QLineSeries *m_countyHigh = nullptr;
    QLineSeries *m_countyLow = nullptr;
    QAreaSeries *m_countyBand = nullptr;
    QLineSeries *m_townshipLine = nullptr;
    QLineSeries *m_townshipHigh = nullptr;
    QLineSeries *m_townshipLow = nullptr;
    QAreaSeries *m_townshipBand = nullptr;
    QScatterSeries *m_smallSamples = nullptr;
    QBarCategoryAxis *m_waveAxis = nullptr;
    QValueAxis *m_trendAxis = nullptr;

    QChart *m_ranking = nullptr;
    QChartView *m_rankingView = nullptr;
    QHorizontalStackedBarSeries *m_bars = nullptr;
    QBarSet *m_others = nullptr;
    QBarSet *m_lastFiveDistinct = nullptr;
    QBarSet *m_lastFiveSimilar = nullptr;
    QList<QLineSeries *> m_whiskers;
    QLineSeries *m_countyReference = nullptr;
    QLineSeries *m_selection = nullptr;
    QScrollArea *m_rankingScroll = nullptr;
    QStringList m_rankLabels;           // category labels from the bottom, without the mark
    QList<QGraphicsSimpleTextItem *> m_rankNames;     // the labels as drawn (row 0 first)
    QBarCategoryAxis *m_rankAxis = nullptr;
    QValueAxis *m_rankValueAxis = nullptr;
    QLabel *m_rankingNote = nullptr;

    QChart *m_answers = nullptr;
    QChartView *m_answersView = nullptr;
    QHorizontalPercentBarSeries *m_answerBars = nullptr;
    QBarCategoryAxis *m_answerAxis = nullptr;
    QValueAxis *m_shareAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_answerNames;

    QTableWidget *m_table = nullptr;
    QLabel *m_tableNote = nullptr;
};
