#pragma once

#include "geo/responsecoverage.h"
#include "store/coveragerepository.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

// The 1-3-5 coverage of a county (or part of it) as people read it: one row per grid with its
// travel time, band and nearest platform, and residents and grids per band for each township
// and in all. Built from the store's inputs and the engine's result; no formatting here.
class CoverageReport
{
    Q_DECLARE_TR_FUNCTIONS(CoverageReport)
public:
    struct Totals
    {
        std::vector<qint64> residents; // per band (bands + 1 entries, the last "beyond")
        std::vector<int> grids;
        qint64 totalResidents() const;
        int totalGrids() const;
        // Residents in the bands 0 … band (those within bandMinutes[band]).
        qint64 residentsUpTo(int band) const;
    };

    struct GridRow
    {
        QString code;
        QString name;
        QString townshipCode;
        QString townshipName;
        qint64 residents = 0;
        double minutes = 0;   // +infinity when there is no platform
        int band = 0;
        int platform = -1;    // index into Inputs::platforms; -1 none
        QString platformCode;
        QString platformName;
    };

    struct TownshipRow
    {
        QString code;
        QString name;
        Totals totals;
    };

    // Rows for the grids under `regionCode` (a county, township, village or grid code; empty:
    // every grid), townships in code order with only those that have rows.
    static CoverageReport build(const CoverageRepository::Inputs &inputs,
                                const coverage::Result &result, const QString &regionCode = {});

    // Whether a grid lies under (or is) the region with this code; empty: always.
    static bool isUnder(const CoverageRepository::Grid &grid, const QString &regionCode);

    // "≤1", "≤3", "≤5" for the limits and ">5" beyond the last.
    static QString bandLabel(const std::vector<double> &bandMinutes, int band);
    QString bandLabel(int band) const { return bandLabel(bandMinutes, band); }
    int bandCount() const { return int(bandMinutes.size()) + 1; }

    // Residents of demands whose travel time is within `minutes`.
    static qint64 residentsWithin(const std::vector<coverage::Demand> &demands,
                                  const coverage::Result &result, double minutes);

    std::vector<double> bandMinutes;
    std::vector<GridRow> grids;
    std::vector<TownshipRow> townships;
    Totals total;
};
