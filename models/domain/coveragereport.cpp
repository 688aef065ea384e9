#include "coveragereport.h"

#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace {

CoverageReport::Totals emptyTotals(int bands)
{
    CoverageReport::Totals t;
    t.residents.assign(std::size_t(bands), 0);
    t.grids.assign(std::size_t(bands), 0);
    return t;
}

void add(CoverageReport::Totals &t, int band, qint64 residents)
{
    t.residents[std::size_t(band)] += residents;
    t.grids[std::size_t(band)] += 1;
}

} // namespace

qint64 CoverageReport::Totals::totalResidents() const
{
    return std::accumulate(residents.begin(), residents.end(), qint64(0));
}

int CoverageReport::Totals::totalGrids() const
{
    return std::accumulate(grids.begin(), grids.end(), 0);
}

qint64 CoverageReport::Totals::residentsUpTo(int band) const
{
    qint64 n = 0;
    for (int i = 0; i <= band && i < int(residents.size()); ++i)
        n += residents[std::size_t(i)];
    return n;
}

bool CoverageReport::isUnder(const CoverageRepository::Grid &grid, const QString &regionCode)
{
    return regionCode.isEmpty() || grid.code == regionCode || grid.villageCode == regionCode
        || grid.townshipCode == regionCode || grid.countyCode == regionCode;
}

QString CoverageReport::bandLabel(const std::vector<double> &bandMinutes, int band)
{
    if (bandMinutes.empty())
        return QStringLiteral("all");
    if (band < int(bandMinutes.size()))
        return QStringLiteral("≤%1").arg(QString::number(bandMinutes[std::size_t(band)]));
    return QStringLiteral(">%1").arg(QString::number(bandMinutes.back()));
}

qint64 CoverageReport::residentsWithin(const std::vector<coverage::Demand> &demands,
                                       const coverage::Result &result, double minutes)
{
    qint64 n = 0;
    for (std::size_t i = 0; i < demands.size() && i < result.minutes.size(); ++i) {
        if (result.minutes[i] <= minutes)
            n += demands[i].residents;
    }
    return n;
}

CoverageReport CoverageReport::build(const CoverageRepository::Inputs &inputs,
                                     const coverage::Result &result, const QString &regionCode)
{
    CoverageReport report;
    report.bandMinutes = inputs.settings.bandMinutes;
    const int bands = report.bandCount();
    report.total = emptyTotals(bands);
    std::map<int, TownshipRow> byTownship; // by township index = code order
    for (std::size_t i = 0; i < inputs.grids.size(); ++i) {
        const CoverageRepository::Grid &g = inputs.grids[i];
        if (!isUnder(g, regionCode))
            continue;
        GridRow row;
        row.code = g.code;
        row.name = g.name;
        row.residents = g.population;
        if (g.township >= 0) {
            row.townshipCode = inputs.townships[std::size_t(g.township)].code;
            row.townshipName = inputs.townships[std::size_t(g.township)].name;
        }
        row.minutes = i < result.minutes.size() ? result.minutes[i]
                                                : std::numeric_limits<double>::infinity();
        row.band = i < result.band.size() ? result.band[i] : bands - 1;
        row.platform = i < result.nearestSite.size() ? result.nearestSite[i] : -1;
        if (row.platform >= 0 && row.platform < int(inputs.platforms.size())) {
            row.platformCode = inputs.platforms[std::size_t(row.platform)].code;
            row.platformName = inputs.platforms[std::size_t(row.platform)].name;
        }
        add(report.total, row.band, row.residents);
        auto it = byTownship.find(g.township);
        if (it == byTownship.end()) {
            TownshipRow t;
            t.code = row.townshipCode;
            t.name = row.townshipName;
            t.totals = emptyTotals(bands);
            it = byTownship.emplace(g.township, std::move(t)).first;
        }
        add(it->second.totals, row.band, row.residents);
        report.grids.push_back(std::move(row));
    }
    for (auto &[index, row] : byTownship)
        report.townships.push_back(std::move(row));
    return report;
}
