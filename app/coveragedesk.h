#pragma once

// The coverage panel at work on an open store: analyses the 1-3-5 coverage on a worker thread
// (its own connection), fills the township table, runs "where to add the next platforms" with
// cancel, and keeps the proposals for the map (markers, and colours with them when asked).

#include "domain/coveragereport.h"
#include "geo/responsecoverage.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class CoverageAnalysis;
class CoverageDock;
class CoverageProposalModel;
class CoverageTableModel;

class CoverageDesk : public QObject
{
    Q_OBJECT
public:
    CoverageDesk(const QString &databasePath, CoverageDock *dock, QObject *parent = nullptr);
    ~CoverageDesk() override;

    // Reads the store and analyses again (after platforms or roads changed); drops proposals.
    void refresh();
    // Up to `count` new sites for the band with this index; runs until done or cancel().
    void suggest(int count, int band);
    void cancel();

    bool isBusy() const { return m_busy; }
    const CoverageReport &report() const { return m_report; }
    CoverageTableModel *townshipModel() const { return m_townships.get(); }
    CoverageProposalModel *proposalModel() const { return m_proposals.get(); }
    // The proposed sites in the order chosen (lon/lat) — the map's markers.
    QList<QPointF> proposedPlaces() const;
    // The proposed sites as the engine takes them, when the operator asked to see the map
    // with them; empty otherwise.
    std::vector<coverage::Site> sitesShownOnMap() const;

Q_SIGNALS:
    void analysed();              // the report is new (or the analysis failed: see the dock)
    void suggested();             // proposals are new (or cancelled / none)
    // The proposals or the choice to show the map with them changed: redraw markers/colours.
    void mapChanged();
    void showOnMapRequested();

private:
    QString m_path;
    CoverageDock *m_dock;
    std::unique_ptr<CoverageTableModel> m_townships;
    std::unique_ptr<CoverageProposalModel> m_proposals;
    std::shared_ptr<const CoverageAnalysis> m_analysis;
    CoverageReport m_report;
    std::vector<coverage::Site> m_proposedSites;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
    int m_generation = 0;
};
