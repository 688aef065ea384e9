#include "coveragerepository.h"

#include "database.h"
#include "settingsrepository.h"
#include "storestatement.h"
#include "storeerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>

namespace {

// A REAL column read as text: SQLite renders a REAL with 15 significant digits (well under a
// millimetre in lon/lat). A PostgreSQL double is rounded the same way, so that both stores give
// the same centroids.
double realOf(bool postgres, const StoreStatement &s, int column)
{
    if (postgres)
        return QByteArray::number(s.real(column), 'g', 15).toDouble();
    return std::strtod(s.text(column).data(), nullptr); // sqlite's text is NUL-terminated
}

} // namespace

std::vector<coverage::Demand> CoverageRepository::Inputs::demands() const
{
    std::vector<coverage::Demand> out;
    out.reserve(grids.size());
    for (const Grid &g : grids)
        out.push_back({g.centroid, g.population, g.township});
    return out;
}

std::vector<coverage::Site> CoverageRepository::Inputs::sites() const
{
    std::vector<coverage::Site> out;
    out.reserve(platforms.size());
    for (const Platform &p : platforms)
        out.push_back({p.at, p.speedKmh});
    return out;
}

CoverageRepository::Inputs CoverageRepository::load() const
{
    Inputs in;
    in.grids = grids(&in.townships, &in.gridsWithoutCentroid);
    in.platforms = platforms();
    in.settings = settings();
    return in;
}

std::vector<CoverageRepository::Grid> CoverageRepository::grids(std::vector<Township> *townships,
                                                                int *withoutCentroid) const
{
    // The parent chain grid → village → township → county in one pass. A grid placed directly
    // under a township (imported data may skip the village) is taken as it is.
    const bool postgres = m_db.isPostgres();
    StoreStatement s(m_db,
                     "SELECT g.code, g.name, g.centroid_lon, g.centroid_lat, g.population, "
                     "p.code, p.level, p.name, pp.code, pp.name, pp.parent_code "
                     "FROM region g "
                     "LEFT JOIN region p ON p.code = g.parent_code "
                     "LEFT JOIN region pp ON pp.code = p.parent_code "
                     "WHERE g.level = 3 AND g.deleted = 0 ORDER BY g.code");
    std::vector<Grid> out;
    std::vector<Township> found;
    QHash<QString, int> townshipIndex;
    int unplaced = 0;
    while (s.next()) {
        if (s.isNull(2) || s.isNull(3)) {
            ++unplaced;
            continue;
        }
        Grid g;
        g.code = s.string(0);
        g.name = s.string(1);
        g.centroid = {realOf(postgres, s, 2), realOf(postgres, s, 3)};
        g.population = s.integer(4);
        const int parentLevel = s.isNull(6) ? -1 : int(s.integer(6));
        QString townshipName;
        if (parentLevel == 2) {
            g.villageCode = s.string(5);
            g.townshipCode = s.string(8);
            townshipName = s.string(9);
            g.countyCode = s.string(10);
        } else if (parentLevel == 1) {
            g.townshipCode = s.string(5);
            townshipName = s.string(7);
            g.countyCode = s.string(8);
        }
        if (!g.townshipCode.isEmpty()) {
            auto it = townshipIndex.constFind(g.townshipCode);
            if (it == townshipIndex.constEnd()) {
                it = townshipIndex.insert(g.townshipCode, int(found.size()));
                found.push_back({g.townshipCode, townshipName});
            }
            g.township = *it;
        }
        out.push_back(std::move(g));
    }
    // Townships by code, the grids' indices renumbered to match.
    std::vector<int> order(found.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(),
              [&found](int a, int b) { return found[a].code < found[b].code; });
    std::vector<int> newIndex(found.size());
    std::vector<Township> sorted;
    sorted.reserve(found.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = int(i);
        sorted.push_back(found[order[i]]);
    }
    for (Grid &g : out) {
        if (g.township >= 0)
            g.township = newIndex[g.township];
    }
    if (townships)
        *townships = std::move(sorted);
    if (withoutCentroid)
        *withoutCentroid = unplaced;
    return out;
}

std::vector<CoverageRepository::Platform> CoverageRepository::platforms() const
{
    // Live: the same rule as the map's platforms.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, code, name, kind, lon, lat, speed_kmh FROM platform "
        "WHERE deleted = 0 AND (retired_on IS NULL OR retired_on = '') ORDER BY code"));
    Database::exec(q);
    std::vector<Platform> out;
    while (q.next()) {
        Platform p;
        p.id = q.value(0).toString();
        p.code = q.value(1).toString();
        p.name = q.value(2).toString();
        p.kind = q.value(3).toString();
        p.at = {q.value(4).toDouble(), q.value(5).toDouble()};
        p.speedKmh = q.value(6).toDouble();
        out.push_back(std::move(p));
    }
    return out;
}

QString CoverageRepository::settingsJson(const coverage::Settings &settings)
{
    QJsonArray bands;
    for (double b : settings.bandMinutes)
        bands.append(b);
    const QJsonObject o{{QStringLiteral("bands"), bands},
                        {QStringLiteral("detour"), settings.detourFactor},
                        {QStringLiteral("walk_in_m"), settings.walkInMetres},
                        {QStringLiteral("new_site_speed_kmh"), settings.newSiteSpeedKmh},
                        {QStringLiteral("join_crossings"), settings.joinCrossings}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool CoverageRepository::settingsFromJson(const QString &json, coverage::Settings *settings,
                                          QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject()) {
        *problem = doc.isNull() ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
                                : QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    coverage::Settings s;
    auto number = [&o, problem](const char *key, double *target) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble()) {
            *problem = QStringLiteral("'%1' must be a number").arg(QLatin1String(key));
            return false;
        }
        *target = v.toDouble();
        return true;
    };
    if (o.contains(QStringLiteral("bands"))) {
        const QJsonValue v = o.value(QStringLiteral("bands"));
        if (!v.isArray()) {
            *problem = QStringLiteral("'bands' must be an array of minutes");
            return false;
        }
        s.bandMinutes.clear();
        for (const QJsonValue &b : v.toArray()) {
            if (!b.isDouble()) {
                *problem = QStringLiteral("'bands' must be an array of minutes");
                return false;
            }
            s.bandMinutes.push_back(b.toDouble());
        }
    }
    if (!number("detour", &s.detourFactor) || !number("walk_in_m", &s.walkInMetres)
        || !number("new_site_speed_kmh", &s.newSiteSpeedKmh)) {
        return false;
    }
    if (o.contains(QStringLiteral("join_crossings"))) {
        const QJsonValue v = o.value(QStringLiteral("join_crossings"));
        if (!v.isBool()) {
            *problem = QStringLiteral("'join_crossings' must be true or false");
            return false;
        }
        s.joinCrossings = v.toBool();
    }
    const QString wrong = s.problem();
    if (!wrong.isEmpty()) {
        *problem = wrong;
        return false;
    }
    *settings = s;
    return true;
}

coverage::Settings CoverageRepository::settings(QString *problem) const
{
    const std::optional<QString> stored = SettingsRepository(m_db).value(SettingsKey);
    if (!stored)
        return {};
    coverage::Settings s;
    QString why;
    if (settingsFromJson(*stored, &s, &why))
        return s;
    if (problem)
        *problem = QStringLiteral("%1: %2").arg(SettingsKey, why);
    return {};
}

void CoverageRepository::setSettings(const coverage::Settings &settings, const QString &actor)
{
    const QString problem = settings.problem();
    if (!problem.isEmpty())
        throw StoreError(QStringLiteral("%1: %2").arg(SettingsKey, problem));
    SettingsRepository(m_db).setValue(SettingsKey, settingsJson(settings), actor);
}
