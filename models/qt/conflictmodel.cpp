#include "conflictmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace {

struct TableName
{
    const char *table;
    const char *label;
};

// The synced tables (SyncExchange::syncedTables) by what a person calls their records.
const TableName kTables[] = {
    {"dispute", QT_TRANSLATE_NOOP("ConflictModel", "Dispute")},
    {"dispute_party", QT_TRANSLATE_NOOP("ConflictModel", "Party")},
    {"dispute_event", QT_TRANSLATE_NOOP("ConflictModel", "Dispute history")},
    {"platform", QT_TRANSLATE_NOOP("ConflictModel", "Patrol platform")},
    {"patrol_shift", QT_TRANSLATE_NOOP("ConflictModel", "Patrol shift")},
    {"incident", QT_TRANSLATE_NOOP("ConflictModel", "Incident")},
    {"region", QT_TRANSLATE_NOOP("ConflictModel", "Region")},
    {"person", QT_TRANSLATE_NOOP("ConflictModel", "Person")},
    {"mediation_body", QT_TRANSLATE_NOOP("ConflictModel", "Mediation body")},
    {"holiday", QT_TRANSLATE_NOOP("ConflictModel", "Holiday")},
    {"setting", QT_TRANSLATE_NOOP("ConflictModel", "Setting")},
    {"survey_scheme", QT_TRANSLATE_NOOP("ConflictModel", "Survey scheme")},
    {"survey_wave", QT_TRANSLATE_NOOP("ConflictModel", "Survey wave")},
    {"road", QT_TRANSLATE_NOOP("ConflictModel", "Road")},
};

bool isOpen(const SyncConflict &c)
{
    return c.status != QLatin1String("resolved");
}

} // namespace

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictModel::setConflicts(const QList<SyncConflict> &conflicts)
{
    beginResetModel();
    m_rows = conflicts;
    m_rowOfId.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, i);
    endResetModel();
}

QModelIndex ConflictModel::indexForId(const QString &id) const
{
    const auto it = m_rowOfId.constFind(id);
    return it == m_rowOfId.constEnd() ? QModelIndex() : index(*it, 0);
}

int ConflictModel::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), isOpen));
}

void ConflictModel::setRegionNames(const QHash<QString, QString> &names)
{
    m_regionNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, RegionColumn), index(int(m_rows.size()) - 1, RegionColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

QString ConflictModel::tableLabel(const QString &table)
{
    for (const TableName &t : kTables) {
        if (table == QLatin1String(t.table))
            return tr(t.label);
    }
    return table;
}

QString ConflictModel::statusLabel(const SyncConflict &c)
{
    if (isOpen(c))
        return tr("Open");
    if (c.resolution == QLatin1String("local"))
        return tr("Kept local");
    if (c.resolution == QLatin1String("remote"))
        return tr("Kept remote");
    if (c.resolution == QLatin1String("merged"))
        return tr("Merged");
    return tr("Resolved");
}

QString ConflictModel::regionText(const QString &code) const
{
    return m_regionNames.value(code, code);
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncConflict &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TableColumn: return tableLabel(c.table);
        case LabelColumn: return c.label.isEmpty() ? c.rowId : c.label;
        case RegionColumn: return regionText(c.regionCode);
        case DetectedColumn:
            return QDateTime::fromMSecsSinceEpoch(c.detectedAt).toString(
                QStringLiteral("yyyy-MM-dd HH:mm"));
        case StatusColumn:
            if (role == Qt::ToolTipRole && !isOpen(c) && c.resolvedAt > 0) {
                return tr("%1 by %2 on %3")
                    .arg(statusLabel(c), c.resolvedBy,
                         QDateTime::fromMSecsSinceEpoch(c.resolvedAt)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            }
            return statusLabel(c);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(isOpen(c) ? QColor(0xb4, 0x53, 0x09) : QColor(0x15, 0x80, 0x3d));
        if (!isOpen(c))
            return QBrush(QColor(0x6b, 0x72, 0x80));
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && isOpen(c)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case int(Role::Id): return c.id;
    case int(Role::Table): return c.table;
    case int(Role::RowId): return c.rowId;
    case int(Role::Open): return isOpen(c);
    case int(Role::DetectedAt): return c.detectedAt;
    }
    return {};
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TableColumn: return tr("Table");
    case LabelColumn: return tr("Record");
    case RegionColumn: return tr("Area");
    case DetectedColumn: return tr("Found");
    case StatusColumn: return tr("Status");
    }
    return {};
}
