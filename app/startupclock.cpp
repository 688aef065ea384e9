#include "startupclock.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>
#include <unistd.h>

namespace {

QElapsedTimer &fallbackClock()
{
    static QElapsedTimer clock;
    return clock;
}

// Process start in clock ticks since boot: field 22 of /proc/self/stat. The command name
// (field 2) may hold spaces, so count fields after its closing parenthesis.
bool processStartTicks(unsigned long long *ticks)
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    if (fields.size() < 20)
        return false;
    bool ok = false;
    *ticks = fields.at(19).toULongLong(&ok);
    return ok;
}

} // namespace

namespace StartupClock {

void start()
{
    fallbackClock().start();
}

double millisecondsSinceProcessStart()
{
    unsigned long long ticks = 0;
    timespec now {};
    const long hz = sysconf(_SC_CLK_TCK);
    if (hz > 0 && processStartTicks(&ticks) && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
        const double nowMs = now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
        const double startMs = ticks * 1000.0 / hz;
        if (nowMs >= startMs)
            return nowMs - startMs;
    }
    return fallbackClock().isValid() ? fallbackClock().nsecsElapsed() / 1e6 : 0.0;
}

} // namespace StartupClock
