#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class Database;

// Writes patrol shifts and incidents (巡防记录, 警情): one record at a time, or a whole CSV file.
// Every write is checked first (known platform and grid codes, times in order, coordinates in
// the county) and goes in one write transaction; a file with any bad row writes nothing.
// Messages are translated (context "PatrolRecords").
//
// CSV columns (header names in English, or the Chinese names in brackets; case and column
// order do not matter, unknown columns are refused):
//   shifts:    platform (平台编号), start (开始时间), end (结束时间), officers (民警人数),
//              volunteers (志愿者人数), distance_km (巡逻里程)
//   incidents: platform (平台编号, may be empty), grid (网格编码, may be empty),
//              kind (警情类型), lon (经度), lat (纬度), called (报警时间),
//              dispatched (派警时间), arrived (到场时间), finished (处置完毕时间)
// Times: local "YYYY-MM-DD HH:MM[:SS]" (also "/" between date parts, "T" before the time), or
// ISO 8601 with an offset ("…+08:00", "…Z"); stored as UTC epoch ms.
//
// Re-importing a file changes nothing: a row equal to a live record with the same key (a
// shift: platform and start; an incident: called time, kind, platform and grid) is counted as
// unchanged; the same key with other figures is a problem (a correction is not an import).

// A patrol shift to record.
struct ShiftInput
{
    QString platformCode;
    qint64 startAt = 0;    // UTC epoch ms
    qint64 endAt = 0;      // after startAt, at most 72 hours later
    int officers = 0;      // ≥ 0
    int volunteers = 0;    // ≥ 0
    double distanceKm = 0; // ≥ 0
};

// An incident to record. Times are UTC epoch ms, ordered called ≤ dispatched ≤ arrived ≤
// finished where given.
struct IncidentInput
{
    QString platformCode;              // empty: none
    QString gridCode;                  // empty: none; else 15 digits of a live grid
    QString kind;                      // one of PatrolRecords::incidentKinds()
    std::optional<double> lon;         // WGS84, both or neither, inside the county's bbox
    std::optional<double> lat;
    qint64 calledAt = 0;
    std::optional<qint64> dispatchedAt;
    std::optional<qint64> arrivedAt;
    std::optional<qint64> finishedAt;
};

// What addShift / addIncident did.
struct RecordResult
{
    QString id;              // the new record's id, or the equal live record's when unchanged
    bool inserted = false;
    QStringList problems;    // "field 'NAME': what is wrong"; nothing written when any
    bool ok() const { return problems.isEmpty(); }
};

// What an import did.
struct ImportResult
{
    int read = 0;            // data rows in the file
    int inserted = 0;
    int unchanged = 0;       // rows equal to live records (or to an earlier row of the file)
    QStringList problems;    // "FILE:LINE: field 'NAME': what is wrong", at most MaxProblems
    int moreProblems = 0;    // problems found beyond those listed
    bool ok() const { return problems.isEmpty(); }
};

class PatrolRecords
{
public:
    static constexpr int MaxProblems = 50;

    explicit PatrolRecords(Database &db)
        : m_db(db)
    { }

    // The incident kinds (keys): dispute, fight, fire, help, noise, other, suspicious, theft,
    // traffic. Imports also accept the Chinese names (纠纷, 打架斗殴, 火情, 求助, 噪音扰民, 其他,
    // 可疑情况, 盗窃, 交通事故).
    static const QStringList &incidentKinds();
    // Parses a time as described above into UTC epoch ms; nullopt with *problem when it is not
    // one.
    static std::optional<qint64> parseTime(const QString &text, QString *problem = nullptr);

    // Records one shift / incident as `actor`. Throws StoreError when the store fails.
    RecordResult addShift(const ShiftInput &shift, const QString &actor);
    RecordResult addIncident(const IncidentInput &incident, const QString &actor);

    // Imports a CSV file (columns above) as `actor`: all rows in one transaction, or none when
    // any row has a problem (or the file cannot be read). Throws StoreError when the store fails.
    ImportResult importShifts(const QString &path, const QString &actor);
    ImportResult importIncidents(const QString &path, const QString &actor);

private:
    Database &m_db;
};
