#include "coverageanalysis.h"

#include "roadrepository.h"

std::unique_ptr<CoverageAnalysis> CoverageAnalysis::load(Database &db)
{
    std::unique_ptr<CoverageAnalysis> out(new CoverageAnalysis);
    CoverageRepository repo(db);
    out->m_inputs = repo.load();
    out->m_inputs.settings = repo.settings(&out->m_settingsProblem);
    const auto lines = RoadRepository(db).lines();
    if (!lines.empty())
        out->m_roads = coverage::RoadNetwork::fromLines(lines, out->m_inputs.settings.snapMetres,
                                                        out->m_inputs.settings.joinCrossings);
    out->m_withRoads = !out->m_roads.empty();
    out->m_engine = std::make_unique<coverage::ResponseCoverage>(
        out->m_inputs.demands(), out->m_inputs.settings,
        out->m_withRoads ? &out->m_roads : nullptr);
    return out;
}

coverage::Result CoverageAnalysis::compute(const std::vector<coverage::Site> &extraSites,
                                           const std::atomic_bool *cancel) const
{
    std::vector<coverage::Site> sites = m_inputs.sites();
    sites.insert(sites.end(), extraSites.begin(), extraSites.end());
    return m_engine->compute(sites, cancel);
}
