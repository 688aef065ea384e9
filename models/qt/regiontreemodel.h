#pragma once

#include "domain/region.h"
#include "store/disputerepository.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

class RegionRepository;

// The region tree (区划): county → townships → villages/communities → grids, with the open and
// total dispute counts under every node. Children are read from the store when a node is
// expanded, a batch at a time, so a county with hundreds of thousands of grids opens at once.
class RegionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Role : int {
        Id = Qt::UserRole,
        Code,
        Level, // RegionLevel as int
        Name,
        OpenDisputes,
        TotalDisputes,
        Population,
        DescendantPrefix // code prefix of the region and everything under it
    };
    Q_ENUM(Role)

    enum class Column : int { Name, Open, Total, Count };
    Q_ENUM(Column)

    static constexpr int kDefaultBatchSize = 500;

    RegionTreeModel(RegionRepository &regions, DisputeRepository &disputes,
                    QObject *parent = nullptr);
    ~RegionTreeModel() override;

    // Reads the county again (children are loaded as they are expanded).
    void reload();
    // Reads the dispute counts of every region shown again, keeping the tree as it is (what is
    // expanded, what is current): for changes made at another workstation.
    void refreshCounts();
    void setBatchSize(int rows);
    int batchSize() const { return m_batchSize; }

    // The index of a region, loading its ancestors' children as needed; invalid if unknown.
    QModelIndex indexForCode(const QString &code);
    Region regionAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        Region region;
        DisputeRepository::Counts counts;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        bool fetchedAll = false;
        bool childCountsLoaded = false;
        QHash<QString, DisputeRepository::Counts> childCounts;
    };

    Node *nodeFor(const QModelIndex &index) const;
    void refreshCountsUnder(Node *node);
    QModelIndex indexFor(Node *node) const;

    RegionRepository &m_regions;
    DisputeRepository &m_disputes;
    std::unique_ptr<Node> m_root;
    int m_batchSize = kDefaultBatchSize;
    // True while change notifications are out: no fetch starts inside another.
    bool m_notifying = false;
};
