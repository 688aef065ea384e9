#include "coveragetablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace {

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%');
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : -1.0;
}

} // namespace

CoverageTableModel::CoverageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CoverageTableModel::setReport(const CoverageReport &report)
{
    beginResetModel();
    m_report = report;
    m_after.reset();
    endResetModel();
}

void CoverageTableModel::setAfter(const std::optional<CoverageReport> &after, int afterBand)
{
    beginResetModel();
    m_after = after;
    m_afterBand = afterBand;
    endResetModel();
}

int CoverageTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_report.grids.empty())
        return 0;
    return int(m_report.townships.size()) + 1; // the county total last
}

int CoverageTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return afterColumn() + (m_after ? 3 : 0);
}

const CoverageReport::Totals &CoverageTableModel::totalsOf(int row,
                                                           const CoverageReport &report) const
{
    // Rows follow m_report's townships; the after report may lack a township (no grids there
    // cannot happen: the same grids, other sites), so look it up by code.
    if (row >= int(m_report.townships.size()))
        return report.total;
    const QString &code = m_report.townships[size_t(row)].code;
    for (const CoverageReport::TownshipRow &t : report.townships) {
        if (t.code == code)
            return t.totals;
    }
    return report.total;
}

QVariant CoverageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool isTotal = row == int(m_report.townships.size());
    const CoverageReport::Totals &totals = totalsOf(row, m_report);
    const qint64 residents = totals.totalResidents();

    if (role == int(Role::IsTotal))
        return isTotal;
    if (role == int(Role::Code))
        return isTotal ? QString() : m_report.townships[size_t(row)].code;
    if (role == Qt::FontRole && isTotal) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && column != TownshipColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);

    const bool display = role == Qt::DisplayRole;
    const bool sort = role == int(Role::SortKey);
    if (!display && !sort && role != Qt::ToolTipRole && role != Qt::ForegroundRole)
        return {};

    if (column == TownshipColumn) {
        if (!display && !sort)
            return {};
        if (isTotal)
            return sort ? QStringLiteral("\uffff") : tr("All townships");
        const CoverageReport::TownshipRow &t = m_report.townships[size_t(row)];
        return t.name.isEmpty() ? tr("(no township)") : t.name;
    }
    if (column == GridsColumn)
        return display || sort ? QVariant(totals.totalGrids()) : QVariant();
    if (column == ResidentsColumn) {
        if (sort)
            return residents;
        return display ? QVariant(QLocale().toString(residents)) : QVariant();
    }
    if (column < afterColumn()) {
        const size_t band = size_t(column - FirstBandColumn);
        const qint64 n = totals.residents[band];
        if (sort)
            return share(n, residents);
        if (role == Qt::ToolTipRole)
            return tr("%1 residents in %2 grids")
                .arg(QLocale().toString(n))
                .arg(totals.grids[band]);
        if (role == Qt::ForegroundRole)
            return band + 1 == size_t(m_report.bandCount()) && n > 0
                ? QVariant(QBrush(QColor(0xb9, 0x1c, 0x1c)))
                : QVariant();
        return percent(n, residents);
    }
    if (!m_after || role == Qt::ForegroundRole)
        return {};
    const CoverageReport::Totals &after = totalsOf(row, *m_after);
    const qint64 before = totals.residentsUpTo(m_afterBand);
    const qint64 later = after.residentsUpTo(m_afterBand);
    switch (column - afterColumn()) {
    case 0:
        return sort ? QVariant(share(before, residents)) : QVariant(percent(before, residents));
    case 1:
        return sort ? QVariant(share(later, residents)) : QVariant(percent(later, residents));
    default:
        if (sort)
            return later - before;
        return later > before ? QStringLiteral("+%1").arg(QLocale().toString(later - before))
                              : QStringLiteral("0");
    }
}

QVariant CoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TownshipColumn: return tr("Township");
    case GridsColumn: return tr("Grids");
    case ResidentsColumn: return tr("Residents");
    default: break;
    }
    if (section < afterColumn())
        return tr("%1 min").arg(m_report.bandLabel(section - FirstBandColumn));
    const QString band = m_report.bandLabel(m_afterBand);
    switch (section - afterColumn()) {
    case 0: return tr("%1 min now").arg(band);
    case 1: return tr("%1 min with proposed").arg(band);
    default: return tr("Residents gained");
    }
}
