#pragma once

// The platform registry as a table: one row per platform with its kind, area, people, duty
// hours and speed; retired platforms greyed with the day they left service.

#include "domain/platform.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class PlatformTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn, NameColumn, KindColumn, AreaColumn, StaffColumn, VehiclesColumn,
        VolunteersColumn, DutyColumn, SpeedColumn, OpenedColumn, StatusColumn, ColumnCount
    };
    enum class Role : int { Id = Qt::UserRole, Rev, Retired, SortKey };
    Q_ENUM(Role)

    explicit PlatformTableModel(QObject *parent = nullptr);

    // Replaces the rows (a registry is at most a few thousand platforms).
    void setPlatforms(QList<Platform> platforms);
    const QList<Platform> &platforms() const { return m_rows; }
    const Platform *platform(const QString &id) const;
    QModelIndex indexForId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Platform> m_rows;
    QHash<QString, int> m_rowOfId;
};
