#pragma once

#include "common/paneldock.h"

#include <QStringList>

class CoverageProposalModel;
class CoverageTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

// The 1-3-5 response coverage panel: residents and grids per band for each township, and where
// to add the next platforms (greedy maximal covering) with the coverage before and after. The
// panel only shows and asks; the coverage desk runs the analysis on a worker.
class CoverageDock : public PanelDock
{
    Q_OBJECT
public:
    explicit CoverageDock(QWidget *parent = nullptr);

    void setModels(CoverageTableModel *townships, CoverageProposalModel *proposals);
    // What the analysis rests on ("over 71 km of roads, 120 platforms, bands ≤1 ≤3 ≤5 min").
    void setSummary(const QString &text);
    // The bands a suggestion can aim at ("≤1", "≤3", "≤5"); keeps the choice when it still
    // exists, else takes the last (5 minutes).
    void setBands(const QStringList &labels);
    // Busy: the progress bar runs and Cancel is offered; the result line says `text` after.
    void setBusy(bool busy, const QString &text = {});
    bool isBusy() const;
    void setResultText(const QString &text);

    int suggestCount() const;
    int suggestBand() const; // index into the bands
    bool showsAfter() const;
    QString resultText() const;

Q_SIGNALS:
    void refreshRequested();
    void settingsRequested();
    void showOnMapRequested();
    void suggestRequested(int count, int band);
    void cancelRequested();
    // Show the map (colours and markers) with the proposed platforms added, or as it is.
    void showAfterToggled(bool after);
    void proposalActivated(double lon, double lat);

private:
    QLabel *m_summary = nullptr;
    QTableView *m_townships = nullptr;
    QTableView *m_proposals = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_band = nullptr;
    QPushButton *m_suggest = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_showOnMap = nullptr;
    QCheckBox *m_after = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    bool m_busy = false;
};
