#include "masking.h"

namespace {

QString keepEnds(const QString &value, int head, int tail)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return v;
    if (v.size() <= head + tail) {
        // Too short to keep both ends: reveal only the last character.
        return QString(v.size() - 1, QLatin1Char('*')) + v.right(1);
    }
    return v.left(head) + QString(v.size() - head - tail, QLatin1Char('*')) + v.right(tail);
}

} // namespace

namespace Masking {

QString idCard(const QString &value)
{
    return keepEnds(value, 4, 4);
}

QString phone(const QString &value)
{
    return keepEnds(value, 3, 4);
}

} // namespace Masking
