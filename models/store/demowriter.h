#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class Database;
struct sqlite3_stmt;

// Bulk writer for the demo generator: prepared statements on SQLite's own API, to be used
// inside one WriteTransaction. Every row gets the sync columns: id (given), rev (from
// updated_at and a running counter), origin (this node), updated_by 'demo'.
// Text fields are UTF-8.
// The dispute search index is not kept row by row while the writer lives (its triggers would
// rewrite a dispute's index row for every party): finish() indexes the new disputes at the end.
class DemoWriter
{
public:
    struct RegionRow
    {
        QByteArray id, code, name, kind, parentCode, workerId;
        int level = 0;
        bool urban = false;
        qint64 population = 0, households = 0;
        double areaKm2 = 0, centroidLon = 0, centroidLat = 0;
        double minLon = 0, minLat = 0, maxLon = 0, maxLat = 0;
        QByteArray wkb;
        qint64 updatedAt = 0;
    };
    struct PersonRow
    {
        QByteArray id, name, role, gender, phone, idCard, regionCode, mediationBodyId;
        qint64 updatedAt = 0;
    };
    struct MediationBodyRow
    {
        QByteArray id, name, kind, regionCode, phone;
        int level = 0;
        qint64 updatedAt = 0;
    };
    struct DisputeRow
    {
        QByteArray id, caseNo, title, summary, category, source, complexity, status, gridCode,
            mediationBodyId, mediatorId, dueOn, outcome, satisfaction;
        QByteArray handler;    // actor of the last acceptance, empty when never accepted
        QByteArray referral;   // litigation, arbitration, petition, or empty
        int escalations = 0;
        bool isMajor = false;
        int level = 2;
        int parties = 2;
        qint64 amountYuan = 0;
        qint64 reportedAt = 0, acceptedAt = 0, resolvedAt = 0, closedAt = 0;   // 0 = NULL
        qint64 updatedAt = 0;
    };
    struct PartyRow
    {
        QByteArray id, disputeId, role, name, idCard, phone;
        qint64 updatedAt = 0;
    };
    struct EventRow
    {
        QByteArray id, disputeId, action, fromStatus, toStatus, actor, note;
        qint64 at = 0;
        qint64 updatedAt = 0;
    };
    struct PlatformRow
    {
        QByteArray id, code, name, kind, regionCode, dutyHours, openedOn;
        double lon = 0, lat = 0, speedKmh = 30;
        int staff = 0, vehicles = 0, volunteers = 0;
        qint64 updatedAt = 0;
    };
    struct PatrolShiftRow
    {
        QByteArray id, platformId;
        qint64 startAt = 0, endAt = 0;
        int officers = 0, volunteers = 0;
        double distanceKm = 0;
        qint64 updatedAt = 0;
    };
    struct IncidentRow
    {
        QByteArray id, platformId, gridCode, kind;
        double lon = 0, lat = 0;
        qint64 calledAt = 0, dispatchedAt = 0, arrivedAt = 0, finishedAt = 0;   // 0 = NULL
        qint64 updatedAt = 0;
    };
    struct SurveySchemeRow
    {
        QByteArray id, name, definition;
        bool isDefault = true;
        qint64 updatedAt = 0;
    };
    struct SurveyWaveRow
    {
        QByteArray id, name, startsOn, endsOn;
        qint64 updatedAt = 0;
    };
    struct SurveyResponseRow
    {
        QByteArray id, waveId, respondentKey, regionCode, method;
        int security = 0, orderSatisfaction = 0, enforcementSatisfaction = 0, awareness = 0,
            participation = 0;
        qint64 updatedAt = 0;
    };

    // Prepares the statements and suspends the search index triggers; the caller holds the
    // WriteTransaction.
    explicit DemoWriter(Database &db);
    // Restores the search triggers if finish() was not called (the transaction is then
    // expected to roll back: the disputes written are not indexed).
    ~DemoWriter();
    DemoWriter(const DemoWriter &) = delete;
    DemoWriter &operator=(const DemoWriter &) = delete;

    // True when the store holds a county (a live region of level 0).
    static bool hasCounty(Database &db);
    // A larger page cache for the duration of a big fill (restored by the destructor).
    void useLargeCache(int megabytes);

    // region.worker_id is a deferred reference without an index: a person inserted after a
    // region naming them would make SQLite scan all regions. So insert the region without the
    // worker, then the person, then link them.
    void insert(const RegionRow &row);
    void setRegionWorker(const QByteArray &regionCode, const QByteArray &workerId);
    void insert(const PersonRow &row);
    void insert(const MediationBodyRow &row);
    void insert(const DisputeRow &row);
    void insert(const PartyRow &row);
    void insert(const EventRow &row);
    void insert(const PlatformRow &row);
    void insert(const PatrolShiftRow &row);
    void insert(const IncidentRow &row);
    void insert(const SurveySchemeRow &row);
    void insert(const SurveyWaveRow &row);
    void insert(const SurveyResponseRow &row);

    // Indexes the disputes written by this writer for full-text search, in one pass, and
    // restores the search triggers. Call once after the last row, before the commit.
    // `progress` gets the fraction done between batches; it may throw to stop.
    void finish(const std::function<void(double fraction)> &progress = {});

private:
    class Statement;
    std::int64_t nextRev(qint64 updatedAt);
    void suspendSearchTriggers();
    void restoreSearchTriggers();

    Database &m_db;
    QByteArray m_origin;
    std::uint16_t m_counter = 0;
    int m_savedCacheSize = 0;
    bool m_cacheChanged = false;
    std::vector<std::pair<QByteArray, QByteArray>> m_searchTriggers;   // name, CREATE statement
    qint64 m_firstDisputeRid = 1;   // the first dispute rid this writer may write
    std::unique_ptr<Statement> m_region, m_person, m_body, m_dispute, m_party, m_event,
        m_platform, m_shift, m_incident, m_scheme, m_wave, m_response, m_regionWorker;
    bool m_syncGuard = false;   // the store has sync_guard (set while the demo writes)
};
