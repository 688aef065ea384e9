#include "democountyspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace {

[[noreturn]] void fail(const QString &what)
{
    throw std::runtime_error(("demo county parameters: " + what).toStdString());
}

QJsonObject object(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isObject())
        fail(QStringLiteral("missing object \"%1\"").arg(QLatin1String(key)));
    return v.toObject();
}

QJsonArray array(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        fail(QStringLiteral("missing array \"%1\"").arg(QLatin1String(key)));
    return v.toArray();
}

QString string(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        fail(QStringLiteral("missing text \"%1\"").arg(QLatin1String(key)));
    return v.toString();
}

double number(const QJsonObject &o, const char *key, double fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : fallback;
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : array(o, key))
        out << v.toString();
    if (out.isEmpty())
        fail(QStringLiteral("empty list \"%1\"").arg(QLatin1String(key)));
    return out;
}

std::vector<DemoCountySpec::Weighted> weighted(const QJsonArray &a)
{
    std::vector<DemoCountySpec::Weighted> out;
    for (const QJsonValue &v : a) {
        const QJsonArray pair = v.toArray();
        out.push_back({pair.at(0).toString(), pair.at(1).toDouble()});
    }
    if (out.empty())
        fail(QStringLiteral("empty weighted list"));
    return out;
}

template <size_t N>
std::array<double, N> fixedArray(const QJsonObject &o, const char *key)
{
    const QJsonArray a = array(o, key);
    if (a.size() != qsizetype(N))
        fail(QStringLiteral("\"%1\" needs %2 numbers").arg(QLatin1String(key)).arg(N));
    std::array<double, N> out{};
    for (size_t i = 0; i < N; ++i)
        out[i] = a.at(qsizetype(i)).toDouble();
    return out;
}

DemoCountySpec::GridProfile profile(const QJsonObject &o)
{
    DemoCountySpec::GridProfile p;
    const QJsonArray g = array(o, "grids");
    const QJsonArray h = array(o, "households");
    const QJsonArray pp = array(o, "personsPerHousehold");
    p.gridsMin = g.at(0).toInt();
    p.gridsMax = g.at(1).toInt();
    p.householdsMin = h.at(0).toInt();
    p.householdsMax = h.at(1).toInt();
    p.personsMin = pp.at(0).toDouble();
    p.personsMax = pp.at(1).toDouble();
    return p;
}

} // namespace

DemoCountySpec DemoCountySpec::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        fail(QStringLiteral("%1: %2").arg(path, error.errorString()));
    const QJsonObject root = doc.object();
    DemoCountySpec s;

    const QJsonObject county = object(root, "county");
    s.countyName = string(county, "name");
    s.countyShortName = string(county, "shortName");
    s.countyCode = string(county, "code");
    if (s.countyCode.size() != 12 || !s.countyCode.endsWith(QLatin1String("000000")))
        fail(QStringLiteral("county code must be 12 digits ending in 000000"));
    s.seatLon = number(county, "seatLon", 112);
    s.seatLat = number(county, "seatLat", 26);
    s.areaKm2 = number(county, "areaKm2", 1800);
    s.outlineVertices = int(number(county, "outlineVertices", 240));
    const QJsonArray offset = array(county, "outlineOffsetKm");
    s.outlineOffsetXKm = offset.at(0).toDouble();
    s.outlineOffsetYKm = offset.at(1).toDouble();
    for (const QJsonValue &v : county.value(QLatin1String("bulges")).toArray()) {
        const QJsonArray b = v.toArray();
        s.bulges.push_back({b.at(0).toDouble(), b.at(1).toDouble(), b.at(2).toDouble()});
    }

    const QJsonObject period = object(root, "period");
    s.start = QDate::fromString(string(period, "start"), Qt::ISODate);
    s.end = QDate::fromString(string(period, "end"), Qt::ISODate);
    s.endTime = QTime::fromString(string(period, "endTime"), QStringLiteral("HH:mm"));
    if (!s.start.isValid() || !s.end.isValid() || !s.endTime.isValid() || s.end <= s.start)
        fail(QStringLiteral("bad period"));
    s.utcOffsetHours = int(number(period, "utcOffsetHours", 8));
    s.disputes = number(period, "disputes", 20000);
    s.yearlyTrend = number(period, "yearlyTrend", 0);

    for (const QJsonValue &v : array(root, "townships")) {
        const QJsonObject t = v.toObject();
        Township tw;
        tw.name = string(t, "name");
        tw.kind = string(t, "kind");
        tw.terrain = string(t, "terrain");
        tw.angleDeg = number(t, "angle", 0);
        tw.radius = number(t, "radius", 0.5);
        tw.villages = int(number(t, "villages", 0));
        tw.communities = int(number(t, "communities", 0));
        const QJsonArray survey = array(t, "survey");
        tw.surveyBase = survey.at(0).toDouble();
        tw.surveyTrend = survey.at(1).toDouble();
        if (tw.villages + tw.communities < 1)
            fail(QStringLiteral("%1 has no villages").arg(tw.name));
        s.townships.push_back(tw);
    }
    if (s.townships.empty())
        fail(QStringLiteral("no townships"));

    const QJsonObject profiles = object(root, "gridProfiles");
    s.urbanCommunity = profile(object(profiles, "urbanCommunity"));
    s.townCommunity = profile(object(profiles, "townCommunity"));
    s.village = profile(object(profiles, "village"));
    s.mountainVillage = profile(object(profiles, "mountainVillage"));

    const QJsonObject names = object(root, "names");
    s.surnames = weighted(array(names, "surnames"));
    s.maleChars = string(names, "maleChars");
    s.femaleChars = string(names, "femaleChars");
    s.villageFirst = string(names, "villageFirst");
    s.villageSecond = string(names, "villageSecond");
    s.villageFamilies = string(names, "villageFamilies");
    s.urbanCommunities = strings(names, "urbanCommunities");
    s.townCommunities = strings(names, "townCommunities");
    s.estates = strings(names, "estates");
    s.companies = strings(names, "companies");
    s.companyTrades = strings(names, "companyTrades");
    s.shops = strings(names, "shops");
    s.hospitals = strings(names, "hospitals");
    s.propertyCompanies = strings(names, "propertyCompanies");
    s.roads = strings(names, "roads");

    const QJsonObject templates = object(root, "templates");
    for (const QJsonValue &v : array(root, "categories")) {
        const QJsonObject c = v.toObject();
        Category cat;
        cat.key = string(c, "key");
        cat.urban = number(c, "urban", 1);
        cat.rural = number(c, "rural", 1);
        cat.season = fixedArray<12>(c, "season");
        cat.levels = fixedArray<3>(c, "levels");
        cat.countyBody = c.value(QLatin1String("county")).toString();
        cat.complexity = fixedArray<3>(c, "complexity");
        const QJsonArray amount = array(c, "amount");
        cat.amountMin = amount.at(0).toInt();
        cat.amountMax = amount.at(1).toInt();
        const QJsonArray parties = array(c, "parties");
        cat.partiesMin = parties.at(0).toInt();
        cat.partiesMax = parties.at(1).toInt();
        for (const QJsonValue &pair : array(templates, cat.key.toUtf8().constData())) {
            const QJsonArray a = pair.toArray();
            if (a.size() != 2)
                fail(QStringLiteral("%1: each case template is [title, summary]").arg(cat.key));
            cat.titles << a.at(0).toString();
            cat.summaries << a.at(1).toString();
        }
        if (cat.titles.isEmpty())
            fail(QStringLiteral("%1: no case templates").arg(cat.key));
        s.categories.push_back(cat);
    }
    s.sources = weighted(array(root, "sources"));

    const QJsonObject mediation = object(root, "mediation");
    s.villageCommitteeShare = number(mediation, "villageCommitteeShare", 0.3);
    const QJsonArray vm = array(mediation, "villageMediators");
    s.villageMediatorsMin = vm.at(0).toInt();
    s.villageMediatorsMax = vm.at(1).toInt();
    const QJsonArray tm = array(mediation, "townshipMediators");
    s.townshipMediatorsMin = tm.at(0).toInt();
    s.townshipMediatorsMax = tm.at(1).toInt();
    for (const QJsonValue &v : array(mediation, "countyBodies")) {
        const QJsonObject b = v.toObject();
        s.countyBodies.push_back(
            {string(b, "name"), string(b, "kind"), int(number(b, "mediators", 3))});
    }

    const QJsonObject platforms = object(root, "platforms");
    s.rapidPolice = int(number(platforms, "rapidPolice", 12));
    s.patrol = int(number(platforms, "patrol", 38));
    s.communityWatch = int(number(platforms, "communityWatch", 70));
    s.shiftDays = int(number(platforms, "shiftDays", 90));
    const QJsonObject incidents = object(root, "incidents");
    s.incidents = int(number(incidents, "count", 4000));
    s.incidentDays = int(number(incidents, "days", 90));
    s.incidentKinds = weighted(array(incidents, "kinds"));

    const QJsonObject survey = object(root, "survey");
    s.firstWave = string(survey, "firstWave");
    s.waves = int(number(survey, "waves", 8));
    s.responsesPerWave = int(number(survey, "responsesPerWave", 4000));
    s.surveyMethods = weighted(array(survey, "methods"));
    s.schemeName = string(survey, "schemeName");
    s.scheme = object(survey, "scheme");
    return s;
}
