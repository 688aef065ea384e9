#pragma once

#include "domain/disputestats.h"
#include "domain/region.h"
#include "domain/responsestats.h"
#include "domain/surveyscheme.h"
#include "domain/surveystats.h"
#include "store/disputerepository.h"
#include "store/surveyrepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

class Database;
namespace geo {
class MapScene;
}

// The monthly report (月报, DESIGN §9) of a county or one township: what it covers and the
// figures it prints, read from the store by the same functions the panels and `pingan-cli stats`
// use (dispute statistics and lists, the trend dock's monthly counts, the survey dock's
// indicators, the response dock's report), so the print and the screen never disagree.

struct MonthlyReportRequest
{
    int year = 0;
    int month = 0;          // 1–12
    QString regionCode;     // the county or one township; empty: the county
    QDate asOf;             // overdue cut-off and the issue date; invalid: today
    QString issuer;         // the issuing office; empty: "<county>社会治安综合治理中心"
};

// A request that cannot be reported on: an unknown region, a region that is neither the
// county nor a township, a month that has not begun. The message is translated.
class MonthlyReportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct MonthlyReportData
{
    MonthlyReportRequest request;   // with asOf and issuer filled in
    StatsPeriod period;             // the calendar month
    Region county;
    Region scope;                   // the county itself, or the township

    DisputeStats disputes;          // the month, with the previous month and the year before
    DisputeReportLists lists;       // the major and the overdue disputes among them
    QList<DisputeMonthCount> trend; // twelve months ending with the report's month

    // Survey (一感两度两率): the latest wave that ended by the month's last day, if any.
    std::optional<SurveyRepository::Wave> wave;
    std::optional<SurveyRepository::Wave> previousWave;
    SurveyScheme scheme;
    QList<SurveyFigure> survey;     // county, every township (and the scope township's villages)

    // Patrol platforms and responses (出警) in the month: the scope's figures are the scope's.
    ResponseReport response;

    // The map figure: outlines of the scope and its child regions (townships of the county,
    // villages of a township), null when the store holds no outlines; residents per child.
    std::shared_ptr<const geo::MapScene> mapScene;
    QHash<QString, qint64> childPopulation;

    bool isCounty() const { return scope.level == RegionLevel::County; }
};

namespace MonthlyReportReader {
// Percent done and the stage now running; returning false cancels (read() then returns none).
using Progress = std::function<bool(int percent, const QString &stage)>;

// Reads everything the report prints. Throws MonthlyReportError for a request that cannot be
// reported on and StoreError when the store fails; nullopt when cancelled.
std::optional<MonthlyReportData> read(Database &db, const MonthlyReportRequest &request,
                                      const Progress &progress = {});
// The issuing office when the request names none: "<county>社会治安综合治理中心".
QString defaultIssuer(const QString &countyName);
} // namespace MonthlyReportReader
