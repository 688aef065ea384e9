#pragma once

#include <QtGlobal>

// Time since the process started, for the first-paint measurement (--quit-after-first-paint).
namespace StartupClock {

// Starts the fallback clock; call first thing in main().
void start();
// Milliseconds since the kernel started this process (/proc/self/stat starttime against
// CLOCK_BOOTTIME), or since start() when /proc is not available.
double millisecondsSinceProcessStart();

} // namespace StartupClock
