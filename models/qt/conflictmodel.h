#pragma once

// Sync conflicts (DESIGN §10) as a table: which kind of record, which record, its region, when
// the conflict was found and whether it is still open. The rows are read by the app layer
// (ConflictRepository::list) and handed in, newest first.

#include "store/conflictrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TableColumn, LabelColumn, RegionColumn, DetectedColumn, StatusColumn, ColumnCount
    };
    enum class Role : int { Id = Qt::UserRole, Table, RowId, Open, DetectedAt };
    Q_ENUM(Role)

    explicit ConflictModel(QObject *parent = nullptr);

    // Replaces the rows (a store holds a handful of conflicts, not thousands).
    void setConflicts(const QList<SyncConflict> &conflicts);
    const QList<SyncConflict> &conflicts() const { return m_rows; }
    const SyncConflict &conflict(int row) const { return m_rows.at(row); }
    QModelIndex indexForId(const QString &id) const;
    int openCount() const;

    // Region code → name for the region column ("镇 · 网格"); codes without a name show as
    // codes.
    void setRegionNames(const QHash<QString, QString> &names);

    // The kind of record a synced table holds, translated (纠纷, 当事人, 巡防平台, …); the table
    // name itself for a table this list does not know.
    static QString tableLabel(const QString &table);
    // 待处理, or how the conflict was resolved (保留本地, 保留对方, 按字段合并).
    static QString statusLabel(const SyncConflict &conflict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString regionText(const QString &code) const;

    QList<SyncConflict> m_rows;
    QHash<QString, int> m_rowOfId;
    QHash<QString, QString> m_regionNames;
};
