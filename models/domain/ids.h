#pragma once

#include <QString>

#include <cstdint>

// A new random UUID as lower-case text without braces.
QString newUuid();

// Row revisions are hybrid logical clock values: the high 48 bits are UTC milliseconds, the low
// 16 a counter, so revisions from one node increase even within a millisecond. (The clock that
// issues them for live edits comes with editing and sync.)
namespace HybridClock {
// Revision for a given time and counter (the demo writes history with past times).
std::int64_t fromMillis(std::int64_t ms, int counter = 0);
} // namespace HybridClock
