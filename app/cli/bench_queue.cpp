#include "bench.h"

// Placeholder until the queue benchmarks land.
QStringList BenchQueue::names()
{
    return {};
}

void BenchQueue::run(Bench &)
{
}
