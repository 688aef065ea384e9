#include "platformtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

PlatformTableModel::PlatformTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlatformTableModel::setPlatforms(QList<Platform> platforms)
{
    beginResetModel();
    m_rows = std::move(platforms);
    m_rowOfId.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows[i].id, i);
    endResetModel();
}

const Platform *PlatformTableModel::platform(const QString &id) const
{
    const auto it = m_rowOfId.constFind(id);
    return it == m_rowOfId.constEnd() ? nullptr : &m_rows[*it];
}

QModelIndex PlatformTableModel::indexForId(const QString &id) const
{
    const auto it = m_rowOfId.constFind(id);
    return it == m_rowOfId.constEnd() ? QModelIndex() : index(*it, 0);
}

int PlatformTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlatformTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlatformTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Platform &p = m_rows[index.row()];
    const PlatformInput &in = p.input;
    switch (role) {
    case int(Role::Id):
        return p.id;
    case int(Role::Rev):
        return p.rev;
    case int(Role::Retired):
        return p.retired();
    case Qt::ForegroundRole:
        return p.retired() ? QVariant(QBrush(QColor(0x94, 0xa3, 0xb8))) : QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case StaffColumn:
        case VehiclesColumn:
        case VolunteersColumn:
        case SpeedColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == AreaColumn)
            return in.regionCode;
        return {};
    case int(Role::SortKey):
    case Qt::DisplayRole: {
        const bool sort = role == int(Role::SortKey);
        const QLocale locale;
        switch (index.column()) {
        case CodeColumn: return in.code;
        case NameColumn: return in.name;
        case KindColumn: return sort ? QVariant(int(in.kind)) : platformKindLabel(in.kind);
        case AreaColumn: return p.regionName.isEmpty() ? in.regionCode : p.regionName;
        case StaffColumn: return sort ? QVariant(in.staff) : locale.toString(in.staff);
        case VehiclesColumn: return sort ? QVariant(in.vehicles) : locale.toString(in.vehicles);
        case VolunteersColumn:
            return sort ? QVariant(in.volunteers) : locale.toString(in.volunteers);
        case DutyColumn:
            return in.dutyHours == QLatin1String("24h") ? tr("24 hours") : in.dutyHours;
        case SpeedColumn:
            return sort ? QVariant(in.speedKmh) : locale.toString(in.speedKmh, 'f', 0);
        case OpenedColumn:
            return in.openedOn.isValid() ? in.openedOn.toString(Qt::ISODate) : QString();
        case StatusColumn:
            if (sort)
                return p.retired() ? p.retiredOn.toString(Qt::ISODate) : QString();
            return p.retired() ? tr("retired %1").arg(p.retiredOn.toString(Qt::ISODate))
                               : tr("in service");
        default: return {};
        }
    }
    default:
        return {};
    }
}

QVariant PlatformTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Platform");
    case KindColumn: return tr("Kind");
    case AreaColumn: return tr("Responsible area");
    case StaffColumn: return tr("Staff");
    case VehiclesColumn: return tr("Vehicles");
    case VolunteersColumn: return tr("Volunteers");
    case DutyColumn: return tr("Duty hours");
    case SpeedColumn: return tr("Speed km/h");
    case OpenedColumn: return tr("Opened");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}
