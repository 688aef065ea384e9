#pragma once

#include "domain/responsestats.h"

#include <QDate>

#include <vector>

class Database;

// Measured response times and patrol effort over the store, for the patrol report and
// `pingan-cli stats response` (domain/responsestats.h says what each figure means).
// One read of the incidents called in the period (every figure — county, platform, township,
// month — is counted from it), one grouped read of the shifts, and small reads of platforms and
// regions.
class ResponseStatsRepository
{
public:
    explicit ResponseStatsRepository(Database &db)
        : m_db(db)
    { }

    // The report of local days [from, to) (to exclusive); `bands` are the target minutes (the
    // caller reads them from settings), `histogramMinutes` the closed whole-minute bins.
    // `scope` chooses which incidents the scope's figures (incidents, withoutArrival,
    // inconsistent, county, byMonth) count: all, one township's (by the byTownship rule) or one
    // platform's (by code); byPlatform, byTownship and shifts are complete whatever the scope.
    // A code that names no township or platform gives zero figures; an empty code counts the
    // incidents with no township (byTownship's last row) or with no platform.
    // An empty period (to ≤ from) gives an empty report. Throws StoreError.
    ResponseReport report(QDate from, QDate to,
                          std::vector<double> bands = ResponseTimes::defaultBands(),
                          int histogramMinutes = ResponseTimes::DefaultHistogramMinutes,
                          const ResponseScope &scope = {}) const;

    // The setting that holds the target minutes, e.g. "1,3,5".
    static inline const QString BandsSetting = QStringLiteral("patrol.response_bands");
    // The stored target minutes; the 1-3-5 defaults when none are stored, or when the stored
    // text is not a list of minutes (then *problem says so).
    std::vector<double> bands(QString *problem = nullptr) const;

private:
    Database &m_db;
};
