#pragma once

// The two versions of one sync conflict side by side, a row per field: the field, the local
// value and the remote value. The fields that differ carry a choice (a check box in the value
// that is kept), from which the merged version is made. ID numbers and phones are masked.

#include "store/conflictrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <QVariantMap>

class ConflictFieldModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, LocalColumn, RemoteColumn, ColumnCount };
    enum class Role : int { Field = Qt::UserRole, Differs, KeptLocal };
    Q_ENUM(Role)
    enum class Side { Local, Remote };

    explicit ConflictFieldModel(QObject *parent = nullptr);

    // Shows `conflict`; every differing field starts with the version the table holds now.
    void setConflict(const SyncConflict &conflict);
    void clear();
    bool hasConflict() const { return !m_conflictId.isEmpty(); }

    // Only the differing fields (default), or every field of the record.
    void setShowAll(bool all);
    bool showsAll() const { return m_showAll; }
    // Whether the choice can be changed (false: the check boxes only show it).
    void setChoosable(bool choosable);
    // The node names in the value columns' headers ("本地 · 县综治中心").
    void setSideNames(const QString &local, const QString &remote);

    QStringList differingFields() const { return m_differing; }
    Side choice(const QString &field) const;
    void setChoice(const QString &field, Side side);
    // Whether every differing field takes the same side (and which).
    bool allChosen(Side side) const;
    // column → value of every differing field, taken from the side chosen for it, for
    // ConflictRepository::resolveMerged.
    QVariantMap mergedFields() const;
    // How many of `fields` (as mergedFields gives them) hold the local version's value.
    static int localValueCount(const SyncConflict &conflict, const QVariantMap &fields);

    // A column's name for people (标题, 状态, …), or the column itself when unknown.
    static QString fieldLabel(const QString &column);
    // A stored value as text: local times, translated keys (状态 已受理), masked ID numbers
    // and phones, "—" for none.
    static QString displayValue(const QString &table, const QString &column,
                                const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void choicesChanged();

private:
    void rebuildRows();

    QString m_conflictId;
    QString m_table;
    QJsonObject m_local;
    QJsonObject m_remote;
    bool m_localInTable = true;
    QStringList m_differing;
    QStringList m_rows;              // the fields on show, in display order
    QHash<QString, Side> m_choice;   // differing field → side kept
    bool m_showAll = false;
    bool m_choosable = true;
    QString m_localName;
    QString m_remoteName;
};
