#pragma once

// The dispute queue read the naive ways — one plain SELECT … ORDER BY as QSqlQueryModel takes
// it, OFFSET paging, LIKE '%…%' scans — kept only as the baselines `pingan-cli bench` measures
// the real queue (DisputeRepository) against. The application never reads this way.

#include "store/disputerepository.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

class Database;
class QSqlQueryModel;

// A QSqlQueryModel with its defaults, fetched to the end; kept alive while its memory counts.
class NaiveLoadedList
{
public:
    explicit NaiveLoadedList(std::unique_ptr<QSqlQueryModel> model);
    ~NaiveLoadedList();
    qint64 rows() const;

private:
    std::unique_ptr<QSqlQueryModel> m_model;
};

class NaiveDisputeQueue
{
public:
    static constexpr int PageRows = 200;

    explicit NaiveDisputeQueue(Database &db)
        : m_db(db)
    { }

    // A QSqlQueryModel with its defaults on a plain statement of the list (plainQuery): its
    // first fetch, the first screen.
    // Throws StoreError when the statement fails.
    void loadFirstScreen(const DisputeFilter &filter) const;
    // The same model fetched to the end, as a list jumping to its end needs it.
    std::unique_ptr<NaiveLoadedList> loadToTheEnd(const DisputeFilter &filter) const;
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
    // The list's columns for the disputes under `filter` (only its region prefix, category,
    // status and sort are read), run as QSqlQuery runs by default (scrollable): what a
    // QSqlQueryModel is given.
    QSqlQuery plainQuery(const DisputeFilter &filter) const;
    QString listSql(const QString &where, const DisputeSort &sort) const;

    Database &m_db;
};
