#pragma once

// Measured response times of every platform as a table (出警响应): name, kind, township,
// incidents, median, P90, share within each target band and incidents without an arrival.
// One row per platform of a ResponseReport, in the report's (code) order; sort it through a
// QSortFilterProxyModel on Role::SortKey, which gives numbers for the numeric columns.

#include "domain/responsestats.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

class ResponseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The fixed leading columns; one column per band follows P90Column, then the column of
    // incidents without arrival (bandColumn(), withoutArrivalColumn()).
    enum Column {
        NameColumn, KindColumn, TownshipColumn, IncidentsColumn, MedianColumn, P90Column,
        FirstBandColumn
    };
    enum class Role : int {
        Code = Qt::UserRole,  // the platform's code
        SortKey,              // what the column sorts by: numbers for numeric columns; none
                              // (sorted last, ascending) where a figure has no value
        KindKey,              // rapid_police, patrol, community_watch
        TownshipCode,
        Value,                // the column's figure as a number (minutes, share 0–1, count)
    };
    Q_ENUM(Role)

    explicit ResponseTableModel(QObject *parent = nullptr);

    // Replaces the rows and band columns with the report's platforms, in one model reset.
    void setReport(const ResponseReport &report);
    void clear();

    const QList<PlatformResponse> &platforms() const { return m_rows; }
    const std::vector<double> &bands() const { return m_bands; }
    const PlatformResponse *platform(const QString &code) const;
    QModelIndex indexForCode(const QString &code) const;   // column 0; invalid when not listed

    int bandColumn(int band) const { return FirstBandColumn + band; }
    int withoutArrivalColumn() const { return FirstBandColumn + int(m_bands.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant value(const PlatformResponse &row, int column) const;
    QString display(const PlatformResponse &row, int column) const;

    QList<PlatformResponse> m_rows;
    std::vector<double> m_bands;
    QHash<QString, int> m_rowOfCode;
};
