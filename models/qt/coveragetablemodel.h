#pragma once

// The 1-3-5 coverage by township as a table: grids, residents and the share of residents in
// each band, a county total last; with proposed platforms, the share within the chosen band
// before and after them.

#include "domain/coveragereport.h"

#include <QAbstractTableModel>

#include <optional>

class CoverageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Role : int { Code = Qt::UserRole, SortKey, IsTotal };
    Q_ENUM(Role)

    explicit CoverageTableModel(QObject *parent = nullptr);

    // Replaces the rows; clears any "after".
    void setReport(const CoverageReport &report);
    // Adds the columns of the coverage with proposed platforms: the share within band
    // `afterBand` before and after, and the residents gained. nullopt removes them.
    void setAfter(const std::optional<CoverageReport> &after, int afterBand);
    const CoverageReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Fixed columns before the bands.
    enum Column { TownshipColumn, GridsColumn, ResidentsColumn, FirstBandColumn };

private:
    const CoverageReport::Totals &totalsOf(int row, const CoverageReport &report) const;
    int afterColumn() const { return FirstBandColumn + m_report.bandCount(); }

    CoverageReport m_report;
    std::optional<CoverageReport> m_after;
    int m_afterBand = 0;
};
