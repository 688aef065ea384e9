#include "coverageproposalmodel.h"

#include <QLocale>

CoverageProposalModel::CoverageProposalModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CoverageProposalModel::setProposals(QList<CoverageProposal> proposals,
                                         const QString &bandLabel)
{
    beginResetModel();
    m_rows = std::move(proposals);
    m_bandLabel = bandLabel;
    endResetModel();
}

int CoverageProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoverageProposal &p = m_rows[index.row()];
    if (role == int(Role::Lon))
        return p.lon;
    if (role == int(Role::Lat))
        return p.lat;
    if (role == Qt::TextAlignmentRole && index.column() != TownshipColumn
        && index.column() != GridColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == int(Role::SortKey);
    if (role != Qt::DisplayRole && !sort)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case RankColumn: return index.row() + 1;
    case TownshipColumn: return p.townshipName;
    case GridColumn: return p.gridName.isEmpty() ? p.gridCode : p.gridName;
    case PlaceColumn:
        return sort ? QVariant(p.lon)
                    : QVariant(QStringLiteral("%1, %2").arg(p.lon, 0, 'f', 5).arg(p.lat, 0, 'f', 5));
    case ResidentsColumn:
        return sort ? QVariant(p.residentsAdded)
                    : QVariant(QStringLiteral("+%1").arg(locale.toString(p.residentsAdded)));
    case GridsColumn: return p.gridsAdded;
    case CoverageColumn:
        if (sort || p.totalResidents <= 0)
            return sort ? QVariant(p.withinAfter) : QVariant(QStringLiteral("–"));
        return locale.toString(100.0 * double(p.withinAfter) / double(p.totalResidents), 'f', 1)
            + QLatin1Char('%');
    default: return {};
    }
}

QVariant CoverageProposalModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("#");
    case TownshipColumn: return tr("Township");
    case GridColumn: return tr("At grid");
    case PlaceColumn: return tr("Lon, lat");
    case ResidentsColumn: return tr("Residents added");
    case GridsColumn: return tr("Grids added");
    case CoverageColumn:
        return m_bandLabel.isEmpty() ? tr("Coverage after")
                                     : tr("Within %1 min after").arg(m_bandLabel);
    default: return {};
    }
}
