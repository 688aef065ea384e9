#include "region.h"

namespace RegionCodes {

int prefixLength(RegionLevel level)
{
    switch (level) {
    case RegionLevel::County: return 6;
    case RegionLevel::Township: return 9;
    case RegionLevel::Village: return 12;
    case RegionLevel::Grid: return 15;
    }
    return 15;
}

QString descendantPrefix(const QString &code, RegionLevel level)
{
    return code.left(prefixLength(level));
}

bool isValid(const QString &code)
{
    if (code.size() != 12 && code.size() != 15)
        return false;
    for (QChar c : code) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

RegionLevel levelOf(const QString &code)
{
    if (code.size() == 15)
        return RegionLevel::Grid;
    if (code.mid(6, 6) == QLatin1String("000000"))
        return RegionLevel::County;
    if (code.mid(9, 3) == QLatin1String("000"))
        return RegionLevel::Township;
    return RegionLevel::Village;
}

} // namespace RegionCodes

QString regionLevelKey(RegionLevel level)
{
    switch (level) {
    case RegionLevel::County: return QStringLiteral("county");
    case RegionLevel::Township: return QStringLiteral("township");
    case RegionLevel::Village: return QStringLiteral("village");
    case RegionLevel::Grid: return QStringLiteral("grid");
    }
    return {};
}

bool regionLevelFromKey(const QString &key, RegionLevel *level)
{
    for (RegionLevel l : {RegionLevel::County, RegionLevel::Township, RegionLevel::Village,
                          RegionLevel::Grid}) {
        if (regionLevelKey(l) == key) {
            *level = l;
            return true;
        }
    }
    return false;
}

QString regionLevelLabel(RegionLevel level)
{
    switch (level) {
    case RegionLevel::County: return QCoreApplication::translate("Region", "County");
    case RegionLevel::Township: return QCoreApplication::translate("Region", "Township");
    case RegionLevel::Village: return QCoreApplication::translate("Region", "Village");
    case RegionLevel::Grid: return QCoreApplication::translate("Region", "Grid");
    }
    return {};
}
