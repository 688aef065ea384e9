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

#include <QHash>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class CoverageAnalysis;
class CoverageSettingsDialog;
class Database;
class CoverageDock;
class CoverageProposalModel;
class CoverageTableModel;

class CoverageDesk : public QObject
{
    Q_OBJECT
public:
    CoverageDesk(Database &db, CoverageDock *dock, QWidget *dialogParent,
                 QObject *parent = nullptr);
    ~CoverageDesk() override;

    // Reads the store and analyses again (after platforms or roads changed); drops proposals.
    void refresh();
    // Up to `count` new sites for the band with this index; runs until done or cancel().
    void suggest(int count, int band);
    void cancel();
    // The settings form; a saved change is analysed at once.
    void editSettings();
    void setActor(const QString &login) { m_actor = login; }
    // Whether the signed-in account may change the settings (EditSettings); otherwise the form
    // is not opened and the panel says why.
    void setSettingsAllowed(bool allowed) { m_settingsAllowed = allowed; }
    // Tests answer the form instead of a person (return false to cancel).
    void setSettingsHook(std::function<bool(CoverageSettingsDialog &)> hook)
    {
        m_settingsHook = std::move(hook);
    }
    // "Response: 2.4 min from 某平台 (≤3)" for a grid of the last analysis; empty otherwise.
    QString gridResponseText(const QString &gridCode) const;

    bool isBusy() const { return m_busy; }
    // The last analysis (empty before the first).
    const CoverageReport &report() const;
    CoverageTableModel *townshipModel() const { return m_townships.get(); }
    CoverageProposalModel *proposalModel() const { return m_proposals.get(); }
    // The proposed sites in the order chosen (lon/lat) — the map's markers.
    QList<QPointF> proposedPlaces() const;
    // The coverage the map shows by band: with the proposed sites when the operator asked to
    // see the map with them, else as it is; null before an analysis or without platforms.
    std::shared_ptr<const CoverageReport> reportShownOnMap() const;

Q_SIGNALS:
    void analysed();              // the report is new (or the analysis failed: see the dock)
    void suggested();             // proposals are new (or cancelled / none)
    // The proposals or the choice to show the map with them changed: redraw markers/colours.
    void mapChanged();
    void showOnMapRequested();

private:
    Database &m_db;
    QWidget *m_dialogParent;
    QString m_actor;
    std::function<bool(CoverageSettingsDialog &)> m_settingsHook;
    bool m_settingsAllowed = true;
    QHash<QString, int> m_gridRow; // grid code → row of m_report.grids
    QString m_path;
    CoverageDock *m_dock;
    std::unique_ptr<CoverageTableModel> m_townships;
    std::unique_ptr<CoverageProposalModel> m_proposals;
    std::shared_ptr<const CoverageAnalysis> m_analysis;
    std::shared_ptr<const CoverageReport> m_report;
    std::shared_ptr<const CoverageReport> m_afterReport; // with the proposed sites
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
    int m_generation = 0;
};
