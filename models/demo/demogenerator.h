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
};

// Fills an empty store with the demo county in one transaction. Progress reports a percentage
// and a stage name; returning false from it cancels, and then nothing is written.
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
    Result generate(const DemoOptions &options, const Progress &progress = {});

private:
    Database &m_db;
};
