#include "responsetablemodel.h"

#include "domain/platform.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {

QString bandText(double minutes)
{
    return QLocale().toString(minutes, 'g', QLocale::FloatingPointShortest);
}

QVariant orNone(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

ResponseTableModel::ResponseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResponseTableModel::setReport(const ResponseReport &report)
{
    beginResetModel();
    m_rows = report.byPlatform;
    m_bands = report.bands;
    m_rowOfCode.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfCode.insert(m_rows[i].code, i);
    endResetModel();
}

void ResponseTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_bands.clear();
    m_rowOfCode.clear();
    endResetModel();
}

const PlatformResponse *ResponseTableModel::platform(const QString &code) const
{
    const auto it = m_rowOfCode.constFind(code);
    return it == m_rowOfCode.constEnd() ? nullptr : &m_rows[*it];
}

QModelIndex ResponseTableModel::indexForCode(const QString &code) const
{
    const auto it = m_rowOfCode.constFind(code);
    return it == m_rowOfCode.constEnd() ? QModelIndex() : index(*it, 0);
}

int ResponseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResponseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : withoutArrivalColumn() + 1;
}

QVariant ResponseTableModel::value(const PlatformResponse &row, int column) const
{
    switch (column) {
    case NameColumn: return row.name;
    case KindColumn: {
        const auto kind = platformKindFromKey(row.kind);
        return kind ? QVariant(int(*kind)) : QVariant(row.kind);
    }
    case TownshipColumn: return row.townshipName;
    case IncidentsColumn: return row.incidents;
    case MedianColumn: return orNone(row.stats.median);
    case P90Column: return orNone(row.stats.p90);
    default: break;
    }
    if (column == withoutArrivalColumn())
        return row.withoutArrival;
    if (column >= FirstBandColumn && column < withoutArrivalColumn())
        return orNone(row.stats.shareWithin(size_t(column - FirstBandColumn)));
    return {};
}

QString ResponseTableModel::display(const PlatformResponse &row, int column) const
{
    const QLocale locale;
    const QString none = QStringLiteral("–");
    switch (column) {
    case NameColumn: return row.name;
    case KindColumn: {
        const auto kind = platformKindFromKey(row.kind);
        return kind ? platformKindLabel(*kind) : row.kind;
    }
    case TownshipColumn: return row.townshipName;
    case IncidentsColumn: return locale.toString(row.incidents);
    case MedianColumn:
        return row.stats.median ? locale.toString(*row.stats.median, 'f', 1) : none;
    case P90Column: return row.stats.p90 ? locale.toString(*row.stats.p90, 'f', 1) : none;
    default: break;
    }
    if (column == withoutArrivalColumn())
        return locale.toString(row.withoutArrival);
    if (column >= FirstBandColumn && column < withoutArrivalColumn()) {
        const auto share = row.stats.shareWithin(size_t(column - FirstBandColumn));
        return share ? tr("%1%").arg(locale.toString(*share * 100, 'f', 0)) : none;
    }
    return {};
}

QVariant ResponseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlatformResponse &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case int(Role::Code):
        return row.code;
    case int(Role::KindKey):
        return row.kind;
    case int(Role::TownshipCode):
        return row.townshipCode;
    case int(Role::SortKey):
    case int(Role::Value):
        return value(row, column);
    case Qt::TextAlignmentRole:
        return column >= IncidentsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
    case Qt::ForegroundRole:
        // A platform with no incidents in the period has nothing to measure.
        return row.incidents == 0 ? QVariant(QBrush(QColor(0x94, 0xa3, 0xb8))) : QVariant();
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return row.code;
        if (column >= FirstBandColumn && column < withoutArrivalColumn()) {
            const auto band = size_t(column - FirstBandColumn);
            return tr("%1 of %2 timed responses within %3 min")
                .arg(QLocale().toString(row.stats.within[band]),
                     QLocale().toString(row.stats.count), bandText(m_bands[band]));
        }
        return {};
    default:
        return {};
    }
}

QVariant ResponseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MedianColumn: return tr("Median minutes from call to arrival");
        case P90Column: return tr("90 % of timed responses arrived within this many minutes");
        default: break;
        }
        if (section == withoutArrivalColumn())
            return tr("Incidents with no recorded arrival: counted, not timed");
        if (section >= FirstBandColumn)
            return tr("Share of timed responses arriving within %1 min")
                .arg(bandText(m_bands[size_t(section - FirstBandColumn)]));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Platform");
    case KindColumn: return tr("Kind");
    case TownshipColumn: return tr("Township");
    case IncidentsColumn: return tr("Incidents");
    case MedianColumn: return tr("Median (min)");
    case P90Column: return tr("P90 (min)");
    default: break;
    }
    if (section == withoutArrivalColumn())
        return tr("Without arrival");
    return tr("≤ %1 min").arg(bandText(m_bands[size_t(section - FirstBandColumn)]));
}
