#include "ids.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::int64_t HybridClock::fromMillis(std::int64_t ms, int counter)
{
    return (ms << 16) | (counter & 0xffff);
}

std::int64_t HybridClock::next()
{
    const std::int64_t wall = fromMillis(QDateTime::currentMSecsSinceEpoch());
    m_last = std::max(wall, m_last + 1);
    return m_last;
}

void HybridClock::observe(std::int64_t rev)
{
    m_last = std::max(m_last, rev);
}
