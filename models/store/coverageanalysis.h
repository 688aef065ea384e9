#pragma once

#include "geo/responsecoverage.h"
#include "store/coveragerepository.h"

#include <QString>

#include <memory>

class Database;

// The coverage engine over what the store holds: grids, live platforms, the settings and the
// road network when one was imported. The CLI, the map and the coverage panel all analyse
// through this, so they agree on every figure.
class CoverageAnalysis
{
public:
    // Reads everything in one go; throws StoreError. Unusable stored settings fall back to
    // the defaults and settingsProblem() says why.
    static std::unique_ptr<CoverageAnalysis> load(Database &db);

    CoverageAnalysis(const CoverageAnalysis &) = delete;
    CoverageAnalysis &operator=(const CoverageAnalysis &) = delete;

    const CoverageRepository::Inputs &inputs() const { return m_inputs; }
    const coverage::ResponseCoverage &engine() const { return *m_engine; }
    const coverage::RoadNetwork &roads() const { return m_roads; }
    bool withRoads() const { return m_withRoads; }
    QString settingsProblem() const { return m_settingsProblem; }

    // The live platforms' coverage, plus `extraSites` (proposed platforms) when given.
    coverage::Result compute(const std::vector<coverage::Site> &extraSites = {},
                             const std::atomic_bool *cancel = nullptr) const;

private:
    CoverageAnalysis() = default;

    CoverageRepository::Inputs m_inputs;
    coverage::RoadNetwork m_roads;            // the engine points into this: never moved
    std::unique_ptr<coverage::ResponseCoverage> m_engine;
    bool m_withRoads = false;
    QString m_settingsProblem;
};
