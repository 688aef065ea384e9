#include "monthlyreport.h"

#include "geo/mapscene.h"
#include "store/database.h"
#include "store/disputestatsrepository.h"
#include "store/regionrepository.h"
#include "store/responsestatsrepository.h"

#include <QCoreApplication>

namespace {

// lupdate reads Text::tr("…") and QT_TRANSLATE_NOOP into the context MonthlyReport.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)
};

// The latest wave with responses that ended by `lastDay`, and the one before it.
void pickWave(const SurveyRepository &survey, QDate lastDay, MonthlyReportData &data)
{
    const QList<SurveyRepository::Wave> waves = survey.waves();
    for (qsizetype i = waves.size() - 1; i >= 0; --i) {
        const SurveyRepository::Wave &w = waves.at(i);
        if (w.responses > 0 && w.endsOn.isValid() && w.endsOn <= lastDay) {
            data.wave = w;
            data.previousWave = survey.previousWave(w.name);
            return;
        }
    }
}

// Outlines of the scope and its children, projected around the scope's centre.
std::shared_ptr<const geo::MapScene> mapSceneOf(const RegionRepository &regions,
                                                const MonthlyReportData &data,
                                                const QList<Region> &children)
{
    const std::optional<Region> scope = regions.byCode(data.scope.code, true);
    if (!scope)
        return nullptr;
    geo::MapScene::Builder builder{geo::LocalProjection(scope->centroid)};
    for (const Region &child : children) {
        if (!child.wkb.isEmpty()) {
            builder.add(child.code, child.name, child.level,
                        geo::MapScene::ringsOf(child.wkb), child.centroid);
        }
    }
    if (!scope->wkb.isEmpty())
        builder.add(scope->code, scope->name, scope->level, geo::MapScene::ringsOf(scope->wkb));
    if (builder.size() == 0)
        return nullptr;
    return builder.build();
}

} // namespace

std::optional<MonthlyReportData> MonthlyReportReader::read(Database &db,
                                                           const MonthlyReportRequest &request,
                                                           const Progress &progress)
{
    auto step = [&](int percent, const char *stage) {
        return !progress || progress(percent, Text::tr(stage));
    };

    MonthlyReportData data;
    data.request = request;
    data.period = StatsPeriod::month(request.year, request.month);
    if (!data.period.isValid()) {
        throw MonthlyReportError(Text::tr("%1-%2 is not a month")
                                     .arg(request.year)
                                     .arg(request.month, 2, 10, QLatin1Char('0')).toStdString());
    }
    if (!data.request.asOf.isValid())
        data.request.asOf = QDate::currentDate();
    if (data.period.from() > data.request.asOf) {
        throw MonthlyReportError(Text::tr("%1 has not begun on %2: there is nothing to report yet")
                                     .arg(data.period.from().toString(QStringLiteral("yyyy-MM")),
                                          data.request.asOf.toString(Qt::ISODate))
                                     .toStdString());
    }

    RegionRepository regions(db);
    const std::optional<Region> county = regions.county();
    if (!county)
        throw MonthlyReportError(Text::tr("the store holds no county").toStdString());
    data.county = *county;
    if (request.regionCode.isEmpty() || request.regionCode == county->code) {
        data.scope = *county;
    } else {
        const std::optional<Region> scope = regions.byCode(request.regionCode);
        if (!scope) {
            throw MonthlyReportError(
                Text::tr("no region has the code %1").arg(request.regionCode).toStdString());
        }
        if (scope->level != RegionLevel::Township) {
            throw MonthlyReportError(
                Text::tr("%1 %2 is not a township: a monthly report covers the county or one "
                         "township")
                                         .arg(scope->code, scope->name).toStdString());
        }
        data.scope = *scope;
    }
    if (data.request.issuer.isEmpty())
        data.request.issuer = defaultIssuer(county->name);

    if (!step(5, QT_TRANSLATE_NOOP("MonthlyReport", "Disputes")))
        return std::nullopt;
    const DisputeStatsRepository stats(db);
    data.disputes = *stats.stats(data.scope.code, data.period, data.request.asOf);
    if (!step(30, QT_TRANSLATE_NOOP("MonthlyReport", "Major and overdue disputes")))
        return std::nullopt;
    data.lists = *stats.lists(data.scope.code, data.period, data.request.asOf);
    if (!step(40, QT_TRANSLATE_NOOP("MonthlyReport", "Monthly trend")))
        return std::nullopt;
    DisputeFilter filter(RegionCodes::descendantPrefix(data.scope.code, data.scope.level));
    filter.today = data.request.asOf;
    data.trend = DisputeRepository(db).monthly(filter, data.period.from(), 12);

    if (!step(55, QT_TRANSLATE_NOOP("MonthlyReport", "Survey indicators")))
        return std::nullopt;
    const SurveyRepository survey(db);
    pickWave(survey, data.period.to(), data);
    data.scheme = survey.currentScheme();
    if (data.wave) {
        const SurveyGeography geography = survey.geography();
        const SurveyTally tally = survey.tally(data.wave->id);
        std::optional<SurveyTally> previous;
        if (data.previousWave)
            previous = survey.tally(data.previousWave->id);
        SurveyStats::Options options;
        if (!data.isCounty())
            options.villagesOf = data.scope.code;
        data.survey = SurveyStats::compute(geography, tally, previous ? &*previous : nullptr,
                                           data.scheme, options);
    }

    if (!step(70, QT_TRANSLATE_NOOP("MonthlyReport", "Patrol and responses")))
        return std::nullopt;
    const ResponseStatsRepository responses(db);
    const ResponseScope responseScope = data.isCounty() ? ResponseScope {}
                                                        : ResponseScope::township(data.scope.code);
    data.response = responses.report(data.period.from(), data.period.to().addDays(1),
                                     responses.bands(), ResponseTimes::DefaultHistogramMinutes,
                                     responseScope);

    if (!step(85, QT_TRANSLATE_NOOP("MonthlyReport", "Map")))
        return std::nullopt;
    RegionRepository::Query children;
    children.parentCode = data.scope.code;
    children.withGeometry = true;
    const QList<Region> childRegions = regions.list(children);
    for (const Region &child : childRegions)
        data.childPopulation.insert(child.code, child.population);
    data.mapScene = mapSceneOf(regions, data, childRegions);
    if (!step(100, QT_TRANSLATE_NOOP("MonthlyReport", "Done")))
        return std::nullopt;
    return data;
}

QString MonthlyReportReader::defaultIssuer(const QString &countyName)
{
    return Text::tr("%1 Social Governance Centre").arg(countyName);
}
