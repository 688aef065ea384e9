#pragma once

#include "reportcontent.h"

struct MonthlyReportData;

// Lays out the monthly report (月报) the way a county office circulates its bulletin: the
// masthead, 一、总体情况 (summary figures with month-on-month and year-on-year change),
// 二、矛盾纠纷 (by township or village, by category, the trend, the major and the overdue
// lists), 三、一感两度两率 (the latest wave's indicators and ranking), 四、巡防与出警 (1-3-5
// response compliance, platforms), 五、地图 (new disputes per 1,000 residents) and the
// signature. Every figure is taken from MonthlyReportData as it stands; nothing is recounted.
namespace MonthlyReportContent {

struct Options
{
    int listRowsPrinted = 30;   // rows of the major and overdue lists the print shows
    double mapDpi = 200;        // resolution of the map figure
    bool withMap = true;
};

// The table keys (ReportTable::key), for tests and the workbook.
namespace Tables {
inline constexpr const char *Summary = "summary";
inline constexpr const char *ByRegion = "disputes_by_region";
inline constexpr const char *ByCategory = "disputes_by_category";
inline constexpr const char *Major = "major_disputes";
inline constexpr const char *Overdue = "overdue_disputes";
inline constexpr const char *Survey = "survey_indicators";
inline constexpr const char *SurveyRanking = "survey_by_region";
inline constexpr const char *Response = "response_by_region";
inline constexpr const char *Patrols = "patrols_by_township";
inline constexpr const char *Platforms = "platforms";
} // namespace Tables

ReportContent build(const MonthlyReportData &data, const Options &options = {});

} // namespace MonthlyReportContent
