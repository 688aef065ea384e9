#pragma once

// Audit log rows as a table for the audit admin: time (local), user, action, object, detail and
// result, newest first. The rows are read by the app layer (AuditLog::list) and handed in.

#include "store/auditlog.h"

#include <QAbstractTableModel>
#include <QList>

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn, UserColumn, ActionColumn, ObjectColumn, DetailColumn, ResultColumn,
        ColumnCount
    };
    enum class Role : int { Seq = Qt::UserRole, At, Result };
    Q_ENUM(Role)

    explicit AuditLogModel(QObject *parent = nullptr);

    // Replaces the rows; `entries` oldest first, as AuditLog::list gives them.
    void setEntries(const QList<AuditEntry> &entries);
    const AuditEntry &entry(int row) const { return m_rows.at(row); }
    QModelIndex indexForSeq(qint64 seq) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_rows;   // newest first
};
