#include "regiontreemodel.h"

#include "store/regionrepository.h"

#include <QLocale>

namespace {

QString prefixOf(const Region &r)
{
    return RegionCodes::descendantPrefix(r.code, r.level);
}

// The codes from the county down to `code`, e.g. county, township, village, grid.
QStringList pathTo(const QString &code)
{
    QStringList path;
    if (!RegionCodes::isValid(code))
        return path;
    path << code.left(6) + QStringLiteral("000000");
    const RegionLevel level = RegionCodes::levelOf(code);
    if (level >= RegionLevel::Township)
        path << code.left(9) + QStringLiteral("000");
    if (level >= RegionLevel::Village)
        path << code.left(12);
    if (level == RegionLevel::Grid)
        path << code;
    return path;
}

} // namespace

RegionTreeModel::RegionTreeModel(RegionRepository &regions, DisputeRepository &disputes,
                                 QObject *parent)
    : QAbstractItemModel(parent)
    , m_regions(regions)
    , m_disputes(disputes)
    , m_root(std::make_unique<Node>())
{
    m_root->fetchedAll = true;
    reload();
}

RegionTreeModel::~RegionTreeModel() = default;

void RegionTreeModel::reload()
{
    m_notifying = true;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->fetchedAll = true;
    if (const std::optional<Region> county = m_regions.county()) {
        auto node = std::make_unique<Node>();
        node->region = *county;
        node->parent = m_root.get();
        node->row = 0;
        // One grouped pass gives the townships' counts and, summed, the county's.
        node->childCounts = m_disputes.countsByChild(
            DisputeFilter {prefixOf(*county)}, RegionCodes::prefixLength(RegionLevel::Township));
        node->childCountsLoaded = true;
        for (const DisputeRepository::Counts &c : std::as_const(node->childCounts)) {
            node->counts.total += c.total;
            node->counts.open += c.open;
        }
        m_root->children.push_back(std::move(node));
    }
    endResetModel();
    m_notifying = false;
}

void RegionTreeModel::refreshCounts()
{
    if (m_root->children.empty())
        return;
    Node *county = m_root->children.front().get();
    const DisputeRepository::Counts before = county->counts;
    refreshCountsUnder(county);
    county->counts = {};
    for (const DisputeRepository::Counts &c : std::as_const(county->childCounts)) {
        county->counts.total += c.total;
        county->counts.open += c.open;
    }
    if (county->counts.total != before.total || county->counts.open != before.open)
        Q_EMIT dataChanged(createIndex(0, 0, county),
                           createIndex(0, int(Column::Count) - 1, county));
}

void RegionTreeModel::refreshCountsUnder(Node *node)
{
    if (!node->childCountsLoaded)
        return;
    const RegionLevel childLevel
        = static_cast<RegionLevel>(static_cast<int>(node->region.level) + 1);
    node->childCounts = m_disputes.countsByChild(DisputeFilter {prefixOf(node->region)},
                                                 RegionCodes::prefixLength(childLevel));
    for (const auto &child : node->children) {
        const DisputeRepository::Counts now = node->childCounts.value(prefixOf(child->region));
        if (now.total != child->counts.total || now.open != child->counts.open) {
            child->counts = now;
            Q_EMIT dataChanged(createIndex(child->row, 0, child.get()),
                               createIndex(child->row, int(Column::Count) - 1, child.get()));
        }
        refreshCountsUnder(child.get());
    }
}

void RegionTreeModel::setBatchSize(int rows)
{
    m_batchSize = qMax(1, rows);
}

RegionTreeModel::Node *RegionTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex RegionTreeModel::indexFor(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children.at(row).get());
}

QModelIndex RegionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int RegionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int RegionTreeModel::columnCount(const QModelIndex &) const
{
    return static_cast<int>(Column::Count);
}

bool RegionTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    if (!node->children.empty())
        return true;
    // Not read yet: anything above grid level may have children.
    return !node->fetchedAll && node != m_root.get() && node->region.level < RegionLevel::Grid;
}

bool RegionTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0 || m_notifying)
        return false;
    const Node *node = nodeFor(parent);
    return !node->fetchedAll && node != m_root.get() && node->region.level < RegionLevel::Grid;
}

void RegionTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeFor(parent);
    const RegionLevel childLevel
        = static_cast<RegionLevel>(static_cast<int>(node->region.level) + 1);
    if (!node->childCountsLoaded) {
        node->childCounts = m_disputes.countsByChild(DisputeFilter {prefixOf(node->region)},
                                                     RegionCodes::prefixLength(childLevel));
        node->childCountsLoaded = true;
    }
    const QString after = node->children.empty() ? QString() : node->children.back()->region.code;
    const QList<Region> batch = m_regions.children(node->region.code, after, m_batchSize);
    node->fetchedAll = batch.size() < m_batchSize;
    if (batch.isEmpty())
        return;
    const int first = static_cast<int>(node->children.size());
    const QModelIndex parentIndex = indexFor(node);
    m_notifying = true;
    beginInsertRows(parentIndex, first, first + batch.size() - 1);
    for (const Region &r : batch) {
        auto child = std::make_unique<Node>();
        child->region = r;
        child->parent = node;
        child->row = static_cast<int>(node->children.size());
        child->counts = node->childCounts.value(prefixOf(r));
        child->fetchedAll = r.level == RegionLevel::Grid;
        node->children.push_back(std::move(child));
    }
    endInsertRows();
    m_notifying = false;
}

QModelIndex RegionTreeModel::indexForCode(const QString &code)
{
    Node *node = m_root.get();
    for (const QString &step : pathTo(code)) {
        Node *found = nullptr;
        for (;;) {
            for (const auto &child : node->children) {
                if (child->region.code == step) {
                    found = child.get();
                    break;
                }
            }
            if (found)
                break;
            // Children are read in code order: once a loaded code passes the step, stop.
            if (!node->children.empty() && node->children.back()->region.code > step)
                return {};
            const QModelIndex parentIndex = indexFor(node);
            if (!canFetchMore(parentIndex))
                return {};
            fetchMore(parentIndex);
        }
        node = found;
    }
    return indexFor(node);
}

Region RegionTreeModel::regionAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->region : Region();
}

QVariant RegionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const Region &r = node->region;
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name: return r.name;
        case Column::Open: return node->counts.open;
        case Column::Total: return node->counts.total;
        case Column::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 %2 (%3)\nPopulation %4\nOpen disputes %5 of %6")
            .arg(regionLevelLabel(r.level), r.name, r.code, QLocale().toString(r.population))
            .arg(node->counts.open)
            .arg(node->counts.total);
    case Qt::TextAlignmentRole:
        if (column != Column::Name)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case static_cast<int>(Role::Id): return r.id;
    case static_cast<int>(Role::Code): return r.code;
    case static_cast<int>(Role::Level): return static_cast<int>(r.level);
    case static_cast<int>(Role::Name): return r.name;
    case static_cast<int>(Role::OpenDisputes): return node->counts.open;
    case static_cast<int>(Role::TotalDisputes): return node->counts.total;
    case static_cast<int>(Role::Population): return r.population;
    case static_cast<int>(Role::DescendantPrefix): return prefixOf(r);
    default: return {};
    }
}

QVariant RegionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Name: return tr("Region");
    case Column::Open: return tr("Open");
    case Column::Total: return tr("Total");
    case Column::Count: break;
    }
    return {};
}

QHash<int, QByteArray> RegionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(static_cast<int>(Role::Id), "regionId");
    names.insert(static_cast<int>(Role::Code), "code");
    names.insert(static_cast<int>(Role::Level), "level");
    names.insert(static_cast<int>(Role::Name), "name");
    names.insert(static_cast<int>(Role::OpenDisputes), "openDisputes");
    names.insert(static_cast<int>(Role::TotalDisputes), "totalDisputes");
    names.insert(static_cast<int>(Role::Population), "population");
    names.insert(static_cast<int>(Role::DescendantPrefix), "descendantPrefix");
    return names;
}
