#pragma once

#include <QString>

#include <cstdint>
#include <functional>

class Database;

// Options of the deterministic demo county (示范县). The same seed and scales give the same
// store, row for row.
struct DemoOptions
{
    std::uint64_t seed = 20261121;
    double scale = 1.0;        // multiplies disputes (and grids, unless gridScale is set)
    double gridScale = -1.0;   // multiplies grids; < 0 means "same as scale"
    int surveyResponsesPerWave = -1;   // responses of each survey wave; < 1: the spec's
    int surveyWaves = -1;              // survey waves (the last ones of the spec's); < 1: all
};

// Fills an empty store with the demo county in one transaction. Progress reports a percentage
// and a stage name; returning false from it cancels, and then nothing is written.
//
// What it writes (parameters in data/demo-county.json, resource ":/data/demo-county.json"):
// the county, townships (街道/镇/乡), villages and communities (村/社区) and grids with WKB
// shapes that tile each level; a grid worker per grid; mediation bodies with mediators,
// township clerks and county officers; patrol platforms with shifts and incidents of the last
// weeks; disputes with parties and event histories that follow DisputeWorkflow, ending at the
// history's end date (not the wall clock); quarterly survey waves with responses and the
// default survey scheme. Row ids are version-4 UUIDs drawn from the seeded generator, and all
// sync columns are fixed by the data, so a seed and scales give the same rows every time.
class DemoGenerator
{
public:
    using Progress = std::function<bool(int percent, const QString &stage)>;

    struct Result
    {
        bool created = false;        // false: the store already held a county; nothing added
        bool cancelled = false;
        qint64 regions = 0;
        qint64 disputes = 0;
        qint64 events = 0;
        qint64 surveyResponses = 0;
    };

    explicit DemoGenerator(Database &db) : m_db(db) {}

    // True when the store already holds a county (then generate() adds nothing).
    bool isFilled() const;
    // Runs on the calling thread (give it a connection of its own when run off the GUI
    // thread). Throws StoreError when the store fails and std::runtime_error when the
    // parameters cannot be read; the store is then left as it was.
    Result generate(const DemoOptions &options, const Progress &progress = {});

private:
    Database &m_db;
};
