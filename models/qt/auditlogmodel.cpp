#include "auditlogmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

#include <algorithm>

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_rows = entries;
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
}

QModelIndex AuditLogModel::indexForSeq(qint64 seq) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).seq == seq)
            return index(i, 0);
    }
    return {};
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.at).toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn: return e.login;
        case ActionColumn: return e.action;
        case ObjectColumn: return e.object;
        case DetailColumn: return e.detail;
        case ResultColumn: return e.result;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && e.result != QLatin1String("ok"))
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return {};
    case int(Role::Seq): return e.seq;
    case int(Role::At): return e.at;
    case int(Role::Result): return e.result;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case ObjectColumn: return tr("Object");
    case DetailColumn: return tr("Detail");
    case ResultColumn: return tr("Result");
    }
    return {};
}
