#pragma once

#include <QString>

#include <cstdint>

// A new random UUID as lower-case text without braces.
QString newUuid();

// Hybrid logical clock for row revisions: the high 48 bits are UTC milliseconds, the low 16 a
// counter, so revisions from one node are strictly increasing even within a millisecond.
class HybridClock
{
public:
    // The next revision at least as new as both the wall clock and every revision seen.
    std::int64_t next();
    // Folds in a revision seen from another node.
    void observe(std::int64_t rev);
    // Revision for a given wall-clock time (used when generating history with past times).
    static std::int64_t fromMillis(std::int64_t ms, int counter = 0);
    static std::int64_t millisOf(std::int64_t rev) { return rev >> 16; }

private:
    std::int64_t m_last = 0;
};
