#pragma once

#include <QList>
#include <QString>

class Database;

// A mediation body (调解组织) as a routing choice.
struct MediationBodyRow
{
    QString id;
    QString name;
    QString kind;         // village_committee, township_committee, medical, …
    int level = 2;        // 0 county, 1 township, 2 village
    QString regionCode;
    int openCases = 0;    // routed or in mediation now
};

struct MediatorRow
{
    QString id;
    QString name;
    int openCases = 0;
};

// Reads mediation bodies and their mediators for routing a dispute.
class MediationRepository
{
public:
    explicit MediationRepository(Database &db)
        : m_db(db)
    { }

    // The bodies a dispute of this grid can be routed to: its village's, its township's and the
    // county's, nearest first (village, then township, then county), each by name.
    QList<MediationBodyRow> bodiesForGrid(const QString &gridCode) const;
    // The mediators of a body, least busy first.
    QList<MediatorRow> mediators(const QString &bodyId) const;

private:
    Database &m_db;
};
