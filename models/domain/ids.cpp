#include "ids.h"

#include <QUuid>

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::int64_t HybridClock::fromMillis(std::int64_t ms, int counter)
{
    return (ms << 16) | (counter & 0xffff);
}
