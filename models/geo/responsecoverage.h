#pragma once

// Response coverage (1-3-5 分钟响应圈): the travel time from the nearest patrol platform to
// every grid, and its band; and where K new platforms would bring the most residents into a
// band (greedy maximal covering).
//
// Travel model (the same in compute() and suggest(), so a suggestion's promise can be checked
// by adding its sites and computing again):
// - Distances are metres on a local plane (equirectangular at the mean latitude of the
//   demands, R = 6,371,008.8 m); within a county this differs from the great circle by < 0.1 %.
// - Without a road network: metres = straight line × detourFactor.
// - With one: metres = access(site → its nearest road node) + shortest road path + access(the
//   demand's nearest road node → demand), access legs being straight line × detourFactor; but
//   a demand within walkInMetres (straight) of a site is reached directly (straight ×
//   detourFactor) when that is shorter. Road edges cost their length; lines join where they
//   share a vertex (within snapMetres) and, unless Settings::joinCrossings is off, where they
//   cross or one ends on another (at-grade junctions few files digitise as shared vertices).
// - minutes = metres / (site speed km/h × 1000 / 60). Each site drives at its own speed: one
//   multi-source pass per distinct speed, the least time wins.
// - band i (0-based) is the first with minutes ≤ bandMinutes[i]; beyond the last limit the
//   band is bandMinutes.size(); a demand with no site at all has minutes = +infinity and that
//   last band too.

#include <QString>

#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace coverage {

struct LonLat
{
    double lon = 0;
    double lat = 0;
};

// A platform (or a proposed one).
struct Site
{
    LonLat at;
    double speedKmh = 30;
};

// A grid: where its people are (the centroid) and how many.
struct Demand
{
    LonLat at;
    std::int64_t residents = 0;
    int group = -1; // caller's grouping (e.g. the township index) for summaries; -1 none
};

struct Settings
{
    std::vector<double> bandMinutes{1, 3, 5}; // ascending, > 0
    double detourFactor = 1.4;                // ≥ 1
    double walkInMetres = 300;                // ≥ 0
    double snapMetres = 1;                    // road vertices this close are one node
    bool joinCrossings = true;                // crossing lines meet (off: shared vertices only)
    double newSiteSpeedKmh = 30;              // the speed suggest() assumes for a new platform

    // Empty when usable, else what is wrong (translatable English naming the setting).
    QString problem() const;
};

// Road lines in lon/lat turned into an undirected graph (Boost.Graph underneath). Immutable
// once built; shared by threads.
class RoadNetwork
{
public:
    using Line = std::vector<LonLat>;

    struct Stats
    {
        std::size_t lines = 0;
        std::size_t nodes = 0;
        std::size_t edges = 0;
        std::size_t components = 0; // connected parts
        // Nodes of parts shorter than a tenth of the longest: not used to get onto the roads
        // (a piece cut off by a digitising gap would strand the grids beside it).
        std::size_t strandedNodes = 0;
        double lengthKm = 0;
    };

    RoadNetwork();
    ~RoadNetwork();
    RoadNetwork(RoadNetwork &&) noexcept;
    RoadNetwork &operator=(RoadNetwork &&) noexcept;

    // Lines with fewer than two vertices are ignored. The plane's origin is the lines' mean.
    // Vertices within `snapMetres` are one node. With `joinCrossings`, lines also join where
    // they cross or where one ends on (or within snapMetres of) another: road files seldom
    // carry a shared vertex at every junction. Without it, only shared vertices join (files
    // with true topology, where a bridge over a road must not become a crossroads).
    static RoadNetwork fromLines(const std::vector<Line> &lines, double snapMetres = 1,
                                 bool joinCrossings = true);

    bool empty() const;
    Stats stats() const;

    struct Impl;
    const Impl &impl() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

struct Result
{
    std::vector<double> minutes;  // per demand
    std::vector<int> band;        // per demand, 0 … bandMinutes.size()
    std::vector<int> nearestSite; // per demand: index of the site reached first, -1 none
    bool cancelled = false;       // the cancel flag was raised; the vectors are incomplete
};

struct BandTotals
{
    std::vector<std::int64_t> residents; // per band (bandMinutes.size() + 1 entries)
    std::vector<int> grids;
};

struct Summary
{
    BandTotals all;
    std::vector<BandTotals> byGroup; // index = Demand::group (size = largest group + 1)
};

struct Suggestion
{
    LonLat at;                      // a demand's centroid
    int demand = -1;                // which demand it stands on
    std::int64_t residentsAdded = 0; // brought within the band by this site, after the earlier ones
    int gridsAdded = 0;
};

class ResponseCoverage
{
public:
    // `roads` may be null or empty (straight-line model); it must outlive this object.
    ResponseCoverage(std::vector<Demand> demands, Settings settings,
                     const RoadNetwork *roads = nullptr);
    ~ResponseCoverage();

    const std::vector<Demand> &demands() const;
    const Settings &settings() const;

    Result compute(const std::vector<Site> &sites,
                   const std::atomic_bool *cancel = nullptr) const;

    int bandOf(double minutes) const;
    Summary summarize(const Result &result) const;

    // Up to `count` new sites (at demand centroids, speed settings().newSiteSpeedKmh), chosen
    // one at a time to bring the most residents not yet within `bandMinutes` (of any existing
    // site or earlier suggestion) within it. Stops early rather than propose a site that adds
    // nobody. Empty when cancelled.
    std::vector<Suggestion> suggest(const std::vector<Site> &sites, int count, double bandMinutes,
                                    const std::atomic_bool *cancel = nullptr) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace coverage
