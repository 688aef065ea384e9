#include "platform.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Platform", text);
}

struct KindName
{
    PlatformKind kind;
    const char *key;
    const char *label;
    double speed;
};

const KindName kKinds[] = {
    {PlatformKind::RapidPolice, "rapid_police",
     QT_TRANSLATE_NOOP("Platform", "Rapid-police district post"), 40},
    {PlatformKind::Patrol, "patrol", QT_TRANSLATE_NOOP("Platform", "Patrol post"), 30},
    {PlatformKind::CommunityWatch, "community_watch",
     QT_TRANSLATE_NOOP("Platform", "Community-watch post"), 15},
};

const KindName &entry(PlatformKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[1];
}

} // namespace

QString platformKindKey(PlatformKind kind)
{
    return QString::fromLatin1(entry(kind).key);
}

std::optional<PlatformKind> platformKindFromKey(const QString &key)
{
    for (const KindName &k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString platformKindLabel(PlatformKind kind)
{
    return tr(entry(kind).label);
}

const QList<PlatformKind> &allPlatformKinds()
{
    static const QList<PlatformKind> all{PlatformKind::RapidPolice, PlatformKind::Patrol,
                                         PlatformKind::CommunityWatch};
    return all;
}

double defaultPlatformSpeed(PlatformKind kind)
{
    return entry(kind).speed;
}

bool PlatformRules::parseDutyHours(const QString &text, double *from, double *to)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("24h"), Qt::CaseInsensitive) == 0) {
        if (from)
            *from = 0;
        if (to)
            *to = 24;
        return true;
    }
    static const QRegularExpression span(
        QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*[-–~至]\\s*(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch m = span.match(t);
    if (!m.hasMatch())
        return false;
    const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
    const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
    if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59 || (h1 == 24 && m1) || (h2 == 24 && m2))
        return false;
    const double a = h1 + m1 / 60.0, b = h2 + m2 / 60.0;
    if (a == b)
        return false;
    if (from)
        *from = a;
    if (to)
        *to = b;
    return true;
}

QList<PlatformProblem> PlatformRules::check(const PlatformInput &in)
{
    QList<PlatformProblem> out;
    auto problem = [&](const char *field, const QString &message) {
        out.append({QString::fromLatin1(field), message});
    };
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"));
    if (in.code.trimmed().isEmpty())
        problem("code", tr("a platform needs a code"));
    else if (!codeShape.match(in.code).hasMatch())
        problem("code", tr("'%1' is not a platform code (letters, digits, - and _, at most 32)")
                            .arg(in.code));
    if (in.name.trimmed().isEmpty())
        problem("name", tr("a platform needs a name"));
    else if (in.name.size() > 60)
        problem("name", tr("a name of at most 60 characters"));
    if (in.regionCode.trimmed().isEmpty())
        problem("region", tr("choose the area the platform is responsible for"));
    if (!std::isfinite(in.lon) || in.lon < 73 || in.lon > 136)
        problem("lon", tr("longitude %1 lies outside China (73–136° E)").arg(in.lon));
    if (!std::isfinite(in.lat) || in.lat < 3 || in.lat > 54)
        problem("lat", tr("latitude %1 lies outside China (3–54° N)").arg(in.lat));
    if (in.staff < 0 || in.staff > 10000)
        problem("staff", tr("staff must be between 0 and 10,000"));
    if (in.vehicles < 0 || in.vehicles > 1000)
        problem("vehicles", tr("vehicles must be between 0 and 1,000"));
    if (in.volunteers < 0 || in.volunteers > 100000)
        problem("volunteers", tr("volunteers must be between 0 and 100,000"));
    if (!parseDutyHours(in.dutyHours))
        problem("duty_hours",
                tr("'%1' is not a duty time: write 24h or a span such as 08:00-22:00")
                    .arg(in.dutyHours));
    if (!std::isfinite(in.speedKmh) || in.speedKmh < 3 || in.speedKmh > 120)
        problem("speed_kmh", tr("a travel speed between 3 and 120 km/h"));
    return out;
}
