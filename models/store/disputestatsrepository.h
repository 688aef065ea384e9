#pragma once

#include "domain/disputestats.h"

#include <QDate>
#include <QString>

#include <optional>

class Database;

// Computes dispute statistics (domain/disputestats.h says what each figure means) over the
// store. One pass per period: a single statement reads the live disputes reported in the period
// in the region, through the report-time index (the grid index below county level), and every
// figure of the total, each category and each child region is counted from that one read, so a
// month of a 1,000,000-dispute county costs three passes over ~25,000 rows.
//
// The counting is done here rather than by SUM(CASE …) … GROUP BY category, child in SQL:
// SQLite groups by sorting every row together with its aggregate arguments, and at 1,000,000
// disputes that costs three to four times as much as reading the rows (the same month and its
// two comparisons, both on SQLite's own API: ~220–400 ms against ~65–100 ms of processor time
// on a busy two-core machine).
class DisputeStatsRepository
{
public:
    explicit DisputeStatsRepository(Database &db)
        : m_db(db)
    { }

    // Statistics of the disputes reported in `period` in the region `regionCode` (any level),
    // with the previous period and the year before; running cases whose deadline lies before
    // `asOf` count as overdue. nullopt when no live region has this code.
    // Throws StoreError when the store fails.
    std::optional<DisputeStats> stats(const QString &regionCode, const StatsPeriod &period,
                                      QDate asOf) const;

    // The same figures, computed the straightforward way a hand-written report would: one
    // COUNT(*) statement per figure (11) for the total, for each category and for each live
    // child region, in each of the three periods. Slow; the benchmark's baseline and a
    // cross-check of stats(). `statements` receives how many statements ran.
    std::optional<DisputeStats> statsByCountQueries(const QString &regionCode,
                                                    const StatsPeriod &period, QDate asOf,
                                                    int *statements = nullptr) const;

    // The major and overdue disputes among those stats() counts for the same region, period and
    // as-of day (domain/disputestats.h: DisputeReportLists). nullopt when no live region has
    // this code. Throws StoreError.
    std::optional<DisputeReportLists> lists(const QString &regionCode, const StatsPeriod &period,
                                            QDate asOf) const;

private:
    Database &m_db;
};
