#include "conflictfieldmodel.h"

#include "domain/dispute.h"
#include "domain/disputeworkflow.h"
#include "domain/masking.h"
#include "domain/platform.h"
#include "domain/region.h"
#include "store/syncrows.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {

struct FieldName
{
    const char *column;
    const char *label;
};

// Column names for people, in the order the fields are listed (columns not named here come
// after them, alphabetically).
const FieldName kFields[] = {
    {"case_no", QT_TRANSLATE_NOOP("ConflictFieldModel", "Case number")},
    {"code", QT_TRANSLATE_NOOP("ConflictFieldModel", "Code")},
    {"name", QT_TRANSLATE_NOOP("ConflictFieldModel", "Name")},
    {"title", QT_TRANSLATE_NOOP("ConflictFieldModel", "Title")},
    {"summary", QT_TRANSLATE_NOOP("ConflictFieldModel", "Summary")},
    {"status", QT_TRANSLATE_NOOP("ConflictFieldModel", "Status")},
    {"category", QT_TRANSLATE_NOOP("ConflictFieldModel", "Category")},
    {"source", QT_TRANSLATE_NOOP("ConflictFieldModel", "Source")},
    {"complexity", QT_TRANSLATE_NOOP("ConflictFieldModel", "Complexity")},
    {"is_major", QT_TRANSLATE_NOOP("ConflictFieldModel", "Major")},
    {"level", QT_TRANSLATE_NOOP("ConflictFieldModel", "Level")},
    {"kind", QT_TRANSLATE_NOOP("ConflictFieldModel", "Kind")},
    {"role", QT_TRANSLATE_NOOP("ConflictFieldModel", "Role")},
    {"grid_code", QT_TRANSLATE_NOOP("ConflictFieldModel", "Grid")},
    {"region_code", QT_TRANSLATE_NOOP("ConflictFieldModel", "Region")},
    {"parent_code", QT_TRANSLATE_NOOP("ConflictFieldModel", "Parent region")},
    {"dispute_id", QT_TRANSLATE_NOOP("ConflictFieldModel", "Dispute")},
    {"platform_id", QT_TRANSLATE_NOOP("ConflictFieldModel", "Platform")},
    {"mediation_body_id", QT_TRANSLATE_NOOP("ConflictFieldModel", "Mediation body")},
    {"mediator_id", QT_TRANSLATE_NOOP("ConflictFieldModel", "Mediator")},
    {"worker_id", QT_TRANSLATE_NOOP("ConflictFieldModel", "Grid worker")},
    {"parties", QT_TRANSLATE_NOOP("ConflictFieldModel", "Parties")},
    {"amount_yuan", QT_TRANSLATE_NOOP("ConflictFieldModel", "Amount (yuan)")},
    {"reported_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Reported")},
    {"accepted_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Accepted")},
    {"due_on", QT_TRANSLATE_NOOP("ConflictFieldModel", "Due")},
    {"resolved_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Resolved")},
    {"closed_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Closed")},
    {"outcome", QT_TRANSLATE_NOOP("ConflictFieldModel", "Outcome")},
    {"satisfaction", QT_TRANSLATE_NOOP("ConflictFieldModel", "Satisfaction")},
    {"at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Time")},
    {"action", QT_TRANSLATE_NOOP("ConflictFieldModel", "Action")},
    {"from_status", QT_TRANSLATE_NOOP("ConflictFieldModel", "Status before")},
    {"to_status", QT_TRANSLATE_NOOP("ConflictFieldModel", "Status after")},
    {"actor", QT_TRANSLATE_NOOP("ConflictFieldModel", "By")},
    {"note", QT_TRANSLATE_NOOP("ConflictFieldModel", "Note")},
    {"gender", QT_TRANSLATE_NOOP("ConflictFieldModel", "Gender")},
    {"id_card", QT_TRANSLATE_NOOP("ConflictFieldModel", "ID number")},
    {"phone", QT_TRANSLATE_NOOP("ConflictFieldModel", "Phone")},
    {"lon", QT_TRANSLATE_NOOP("ConflictFieldModel", "Longitude")},
    {"lat", QT_TRANSLATE_NOOP("ConflictFieldModel", "Latitude")},
    {"staff", QT_TRANSLATE_NOOP("ConflictFieldModel", "Staff")},
    {"vehicles", QT_TRANSLATE_NOOP("ConflictFieldModel", "Vehicles")},
    {"officers", QT_TRANSLATE_NOOP("ConflictFieldModel", "Officers")},
    {"volunteers", QT_TRANSLATE_NOOP("ConflictFieldModel", "Volunteers")},
    {"duty_hours", QT_TRANSLATE_NOOP("ConflictFieldModel", "Duty hours")},
    {"speed_kmh", QT_TRANSLATE_NOOP("ConflictFieldModel", "Speed (km/h)")},
    {"opened_on", QT_TRANSLATE_NOOP("ConflictFieldModel", "In service from")},
    {"retired_on", QT_TRANSLATE_NOOP("ConflictFieldModel", "Retired on")},
    {"start_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Start")},
    {"end_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "End")},
    {"distance_km", QT_TRANSLATE_NOOP("ConflictFieldModel", "Distance (km)")},
    {"called_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Called in")},
    {"dispatched_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Dispatched")},
    {"arrived_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Arrived")},
    {"finished_at", QT_TRANSLATE_NOOP("ConflictFieldModel", "Finished")},
    {"population", QT_TRANSLATE_NOOP("ConflictFieldModel", "Population")},
    {"households", QT_TRANSLATE_NOOP("ConflictFieldModel", "Households")},
    {"urban", QT_TRANSLATE_NOOP("ConflictFieldModel", "Urban")},
    {"is_default", QT_TRANSLATE_NOOP("ConflictFieldModel", "Default")},
    {"value", QT_TRANSLATE_NOOP("ConflictFieldModel", "Value")},
    {"deleted", QT_TRANSLATE_NOOP("ConflictFieldModel", "Deleted")},
};

// The sync bookkeeping every synced row carries: not what people disagree about.
const QSet<QString> &syncColumns()
{
    static const QSet<QString> columns = {
        QStringLiteral("rid"), QStringLiteral("id"), QStringLiteral("rev"),
        QStringLiteral("origin"), QStringLiteral("updated_at"), QStringLiteral("updated_by"),
        QStringLiteral("deleted")};
    return columns;
}

int fieldOrder(const QString &column)
{
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        if (column == QLatin1String(kFields[i].column))
            return i;
    }
    return int(std::size(kFields));
}

const QSet<QString> &flagColumns()
{
    static const QSet<QString> columns = {QStringLiteral("is_major"), QStringLiteral("urban"),
                                          QStringLiteral("is_default"),
                                          QStringLiteral("deleted")};
    return columns;
}

constexpr int kLongText = 200;   // longer values (outlines, scheme definitions) are cut

QString shortened(const QString &text)
{
    return text.size() > kLongText ? text.left(kLongText) + QChar(0x2026) : text;
}

QString keyLabel(const QString &table, const QString &column, const QString &key)
{
    const bool dispute = table == QLatin1String("dispute");
    if (dispute && (column == QLatin1String("status") || column == QLatin1String("outcome")))
        return disputeStatusLabel(key);
    if (table == QLatin1String("dispute_event")
        && (column == QLatin1String("from_status") || column == QLatin1String("to_status")))
        return disputeStatusLabel(key);
    if (table == QLatin1String("dispute_event") && column == QLatin1String("action")) {
        DisputeAction action;
        return DisputeWorkflow::actionFromKey(key, &action) ? DisputeWorkflow::actionLabel(action)
                                                            : key;
    }
    if (dispute && column == QLatin1String("category"))
        return disputeCategoryLabel(key);
    if (dispute && column == QLatin1String("source"))
        return disputeSourceLabel(key);
    if (dispute && column == QLatin1String("complexity"))
        return disputeComplexityLabel(key);
    if (dispute && column == QLatin1String("satisfaction"))
        return disputeSatisfactionLabel(key);
    if (table == QLatin1String("platform") && column == QLatin1String("kind")) {
        const std::optional<PlatformKind> kind = platformKindFromKey(key);
        return kind ? platformKindLabel(*kind) : key;
    }
    const bool personal = table == QLatin1String("person")
                          || table == QLatin1String("dispute_party");
    if (personal && column == QLatin1String("id_card"))
        return Masking::idCard(key);
    if (personal && column == QLatin1String("phone"))
        return Masking::phone(key);
    return key;
}

QString numberText(const QString &table, const QString &column, double value)
{
    const auto integral = qint64(value);
    if (column.endsWith(QLatin1String("_at")) && value > 1e11) {
        return QDateTime::fromMSecsSinceEpoch(integral).toString(
            QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    if (flagColumns().contains(column))
        return value != 0 ? ConflictFieldModel::tr("Yes") : ConflictFieldModel::tr("No");
    if (column == QLatin1String("level") && table == QLatin1String("dispute")
        && value >= 0 && value <= 2)
        return disputeLevelLabel(DisputeLevel(integral));
    if (column == QLatin1String("level") && table == QLatin1String("region")
        && value >= 0 && value <= 3)
        return regionLevelLabel(RegionLevel(integral));
    if (double(integral) == value)
        return QString::number(integral);
    return QString::number(value, 'g', 12);
}

} // namespace

ConflictFieldModel::ConflictFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictFieldModel::setConflict(const SyncConflict &conflict)
{
    beginResetModel();
    m_conflictId = conflict.id;
    m_table = conflict.table;
    m_local = conflict.local;
    m_remote = conflict.remote;
    m_localInTable = conflict.localInTable;
    m_differing = conflict.differingFields();
    std::stable_sort(m_differing.begin(), m_differing.end(),
                     [](const QString &a, const QString &b) {
                         return fieldOrder(a) < fieldOrder(b);
                     });
    m_choice.clear();
    const Side held = m_localInTable ? Side::Local : Side::Remote;
    for (const QString &field : std::as_const(m_differing))
        m_choice.insert(field, held);
    rebuildRows();
    endResetModel();
    Q_EMIT choicesChanged();
}

void ConflictFieldModel::clear()
{
    beginResetModel();
    m_conflictId.clear();
    m_table.clear();
    m_local = {};
    m_remote = {};
    m_differing.clear();
    m_choice.clear();
    m_rows.clear();
    endResetModel();
    Q_EMIT choicesChanged();
}

void ConflictFieldModel::setShowAll(bool all)
{
    if (all == m_showAll)
        return;
    beginResetModel();
    m_showAll = all;
    rebuildRows();
    endResetModel();
}

void ConflictFieldModel::setChoosable(bool choosable)
{
    if (choosable == m_choosable)
        return;
    m_choosable = choosable;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LocalColumn), index(int(m_rows.size()) - 1, RemoteColumn));
}

void ConflictFieldModel::setSideNames(const QString &local, const QString &remote)
{
    m_localName = local;
    m_remoteName = remote;
    Q_EMIT headerDataChanged(Qt::Horizontal, LocalColumn, RemoteColumn);
}

void ConflictFieldModel::rebuildRows()
{
    m_rows.clear();
    if (m_conflictId.isEmpty())
        return;
    if (!m_showAll) {
        m_rows = m_differing;
        return;
    }
    QSet<QString> fields(m_differing.cbegin(), m_differing.cend());
    for (const QJsonObject *side : {&m_local, &m_remote}) {
        for (auto it = side->constBegin(); it != side->constEnd(); ++it) {
            if (!syncColumns().contains(it.key()))
                fields.insert(it.key());
        }
    }
    m_rows = QStringList(fields.cbegin(), fields.cend());
    std::sort(m_rows.begin(), m_rows.end(), [](const QString &a, const QString &b) {
        const int oa = fieldOrder(a);
        const int ob = fieldOrder(b);
        return oa != ob ? oa < ob : a < b;
    });
}

ConflictFieldModel::Side ConflictFieldModel::choice(const QString &field) const
{
    return m_choice.value(field, m_localInTable ? Side::Local : Side::Remote);
}

void ConflictFieldModel::setChoice(const QString &field, Side side)
{
    const auto it = m_choice.find(field);
    if (it == m_choice.end() || *it == side)
        return;
    *it = side;
    const int row = int(m_rows.indexOf(field));
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, LocalColumn), index(row, RemoteColumn),
                           {Qt::CheckStateRole, Qt::BackgroundRole, Qt::FontRole});
    }
    Q_EMIT choicesChanged();
}

bool ConflictFieldModel::allChosen(Side side) const
{
    return std::all_of(m_choice.cbegin(), m_choice.cend(),
                       [side](Side chosen) { return chosen == side; });
}

QVariantMap ConflictFieldModel::mergedFields() const
{
    QVariantMap out;
    for (const QString &field : m_differing) {
        const QJsonObject &from = choice(field) == Side::Local ? m_local : m_remote;
        out.insert(field, SyncRows::fromJson(from.value(field)));
    }
    return out;
}

int ConflictFieldModel::localValueCount(const SyncConflict &conflict, const QVariantMap &fields)
{
    int count = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant local = SyncRows::fromJson(conflict.local.value(it.key()));
        if (local.isNull() ? it.value().isNull() : local == it.value())
            ++count;
    }
    return count;
}

QString ConflictFieldModel::fieldLabel(const QString &column)
{
    for (const FieldName &f : kFields) {
        if (column == QLatin1String(f.column))
            return tr(f.label);
    }
    return column;
}

QString ConflictFieldModel::displayValue(const QString &table, const QString &column,
                                         const QJsonValue &value)
{
    const QString none = QStringLiteral("—");
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return none;
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return numberText(table, column, value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        return text.isEmpty() ? none : shortened(keyLabel(table, column, text));
    }
    case QJsonValue::Array:
        return shortened(QString::fromUtf8(
            QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Object:
        // A blob travels as {"$blob": base64}: an outline, not something to read.
        if (value.toObject().contains(QLatin1String("$blob"))) {
            const qsizetype bytes = QByteArray::fromBase64(
                value.toObject().value(QLatin1String("$blob")).toString().toLatin1()).size();
            return tr("(binary data, %1 bytes)").arg(bytes);
        }
        return shortened(QString::fromUtf8(
            QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    return none;
}

int ConflictFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &field = m_rows.at(index.row());
    const bool differs = m_choice.contains(field);
    const bool valueColumn = index.column() != FieldColumn;
    const bool kept = valueColumn && differs
                      && (choice(field) == Side::Local) == (index.column() == LocalColumn);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FieldColumn:
            return role == Qt::ToolTipRole ? field : fieldLabel(field);
        case LocalColumn: return displayValue(m_table, field, m_local.value(field));
        case RemoteColumn: return displayValue(m_table, field, m_remote.value(field));
        }
        return {};
    case Qt::CheckStateRole:
        if (valueColumn && differs)
            return kept ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole:
        if (!differs)
            return {};
        if (kept)
            return QBrush(QColor(0xdc, 0xfc, 0xe7));   // the value that stays: green
        return QBrush(QColor(0xfe, 0xf3, 0xc7));       // a difference: amber
    case Qt::ForegroundRole:
        if (!differs)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        return QBrush(QColor(0x11, 0x18, 0x27));
    case Qt::FontRole:
        if (differs && (index.column() == FieldColumn || kept)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case int(Role::Field): return field;
    case int(Role::Differs): return differs;
    case int(Role::KeptLocal):
        return differs ? QVariant(choice(field) == Side::Local) : QVariant();
    }
    return {};
}

bool ConflictFieldModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_choosable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == FieldColumn)
        return false;
    const QString &field = m_rows.at(index.row());
    if (!m_choice.contains(field))
        return false;
    // The two values of a field behave like radio buttons: ticking one keeps it, unticking
    // it keeps the other one.
    const bool checked = value.toInt() == Qt::Checked;
    const bool local = index.column() == LocalColumn;
    setChoice(field, local == checked ? Side::Local : Side::Remote);
    return true;
}

Qt::ItemFlags ConflictFieldModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == FieldColumn)
        return f;
    if (m_choosable && m_choice.contains(m_rows.at(index.row())))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ConflictFieldModel::headerData(int section, Qt::Orientation orientation,
                                        int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn: return tr("Field");
    case LocalColumn:
        return m_localName.isEmpty() ? tr("Local") : tr("Local · %1").arg(m_localName);
    case RemoteColumn:
        return m_remoteName.isEmpty() ? tr("Remote") : tr("Remote · %1").arg(m_remoteName);
    }
    return {};
}
