#include "bench.h"

// Placeholder until the stats benchmarks land.
QStringList BenchStats::names()
{
    return {};
}

void BenchStats::run(Bench &)
{
}
