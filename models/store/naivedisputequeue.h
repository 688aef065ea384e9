#pragma once

// The dispute queue read the naive ways — one plain SELECT … ORDER BY as QSqlQueryModel takes
// it, OFFSET paging, LIKE '%…%' scans — kept only as the baselines `pingan-cli bench` measures
// the real queue (DisputeRepository) against. The application never reads this way.

#include "store/disputerepository.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

class Database;

class NaiveDisputeQueue
{
public:
    static constexpr int PageRows = 200;

    explicit NaiveDisputeQueue(Database &db)
        : m_db(db)
    { }

    // The list's columns for the disputes under `filter` (only its region prefix, category,
    // status and sort are read), run as QSqlQuery runs by default (scrollable): what a
    // QSqlQueryModel is given.
    QSqlQuery plainQuery(const DisputeFilter &filter) const;
    // Reads (and drops) the rows of one OFFSET page of the whole list in `sort` order.
    void readOffsetPage(const DisputeSort &sort, qint64 offset) const;
    // Counts the live disputes, then reads the last OFFSET page: how an OFFSET list jumps to
    // its end.
    void readLastOffsetPage(const DisputeSort &sort) const;
    // The first page, newest first, of titles, summaries or party names containing `term`.
    void readLikePage(const QString &term) const;

    qint64 liveDisputes() const;
    // Disputes the full-text index finds for `term`.
    qint64 textMatches(const QString &term) const;
    // The 9-digit code prefix of the township with the most disputes, and the commonest
    // category under a prefix.
    QString busiestTownshipPrefix() const;
    QString commonestCategory(const QString &prefix) const;
    // Up to 5,000 titles spread over the store (every 97th row).
    QStringList sampleTitles() const;

private:
    QString listSql(const QString &where, const DisputeSort &sort) const;

    Database &m_db;
};
