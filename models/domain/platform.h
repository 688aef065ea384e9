#pragma once

// A patrol platform (巡防平台): a rapid-police district post (快警区防), a patrol post (巡防)
// or a community-watch post (群防), where it stands, what it has, and the rules its fields
// obey.

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

enum class PlatformKind { RapidPolice, Patrol, CommunityWatch };

QString platformKindKey(PlatformKind kind); // rapid_police, patrol, community_watch
std::optional<PlatformKind> platformKindFromKey(const QString &key);
QString platformKindLabel(PlatformKind kind); // translated: 快警区防平台, …
const QList<PlatformKind> &allPlatformKinds();
// The travel speed a new platform of this kind starts with (km/h).
double defaultPlatformSpeed(PlatformKind kind);

// What a person enters for a platform (new or edited).
struct PlatformInput
{
    QString code;       // unique, e.g. KJ-01
    QString name;
    PlatformKind kind = PlatformKind::Patrol;
    QString regionCode; // the responsible area: a township, village or grid
    double lon = 0;
    double lat = 0;
    int staff = 0;      // police and auxiliary police
    int vehicles = 0;
    int volunteers = 0; // 红袖章, 治安户长 …
    QString dutyHours = QStringLiteral("24h"); // "24h" or "HH:MM-HH:MM"
    double speedKmh = 30;
    QDate openedOn;
};

struct Platform
{
    QString id;
    qint64 rev = 0;
    PlatformInput input;
    QString regionName;
    QDate retiredOn; // null while in service

    bool retired() const { return retiredOn.isValid(); }
};

struct PlatformProblem
{
    QString field; // code, name, kind, region, lon, lat, staff, vehicles, volunteers, duty_hours, speed_kmh
    QString message;

    QString text() const { return field + QStringLiteral(": ") + message; }
};

namespace PlatformRules {
// Everything checkable without the store (the region's existence and the code's uniqueness are
// checked there).
QList<PlatformProblem> check(const PlatformInput &input);
// "24h" → 0–24; "08:00-22:00" → 8–22 (an overnight span such as 20:00-06:00 is allowed).
bool parseDutyHours(const QString &text, double *from = nullptr, double *to = nullptr);
} // namespace PlatformRules
