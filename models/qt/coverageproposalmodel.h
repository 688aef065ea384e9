#pragma once

// Proposed new platforms (greedy maximal covering) as a table, in the order chosen: where each
// stands, whom it brings within the band, and the coverage once it and those before it exist.

#include <QAbstractTableModel>
#include <QList>
#include <QString>

struct CoverageProposal
{
    double lon = 0;
    double lat = 0;
    QString gridCode;          // the grid whose centroid the site stands on
    QString gridName;
    QString townshipName;
    qint64 residentsAdded = 0; // brought within the band by this site, after the earlier ones
    int gridsAdded = 0;
    qint64 withinAfter = 0;    // residents within the band with this and the earlier sites
    qint64 totalResidents = 0;
};

class CoverageProposalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RankColumn, TownshipColumn, GridColumn, PlaceColumn, ResidentsColumn, GridsColumn,
        CoverageColumn, ColumnCount
    };
    enum class Role : int { Lon = Qt::UserRole, Lat, SortKey };
    Q_ENUM(Role)

    explicit CoverageProposalModel(QObject *parent = nullptr);

    void setProposals(QList<CoverageProposal> proposals, const QString &bandLabel);
    const QList<CoverageProposal> &proposals() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CoverageProposal> m_rows;
    QString m_bandLabel;
};
