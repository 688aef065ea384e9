#include "demowriter.h"

#include "database.h"
#include "storeerror.h"

#include "domain/ids.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

// One prepared statement with positional binding; step() runs and resets it.
class DemoWriter::Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
        , m_sql(sql)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK) {
            throw Database::failure(db, QString::fromUtf8(sql));
        }
    }
    ~Statement() { sqlite3_finalize(m_stmt); }

    Statement &text(const QByteArray &v)
    {
        check(sqlite3_bind_text(m_stmt, ++m_pos, v.constData(), int(v.size()), SQLITE_STATIC));
        return *this;
    }
    // NULL when empty.
    Statement &textOrNull(const QByteArray &v)
    {
        if (v.isEmpty())
            check(sqlite3_bind_null(m_stmt, ++m_pos));
        else
            text(v);
        return *this;
    }
    Statement &integer(qint64 v)
    {
        check(sqlite3_bind_int64(m_stmt, ++m_pos, v));
        return *this;
    }
    // NULL when 0.
    Statement &integerOrNull(qint64 v)
    {
        if (v == 0)
            check(sqlite3_bind_null(m_stmt, ++m_pos));
        else
            integer(v);
        return *this;
    }
    Statement &real(double v)
    {
        check(sqlite3_bind_double(m_stmt, ++m_pos, v));
        return *this;
    }
    Statement &blobOrNull(const QByteArray &v)
    {
        if (v.isEmpty())
            check(sqlite3_bind_null(m_stmt, ++m_pos));
        else
            check(sqlite3_bind_blob(m_stmt, ++m_pos, v.constData(), int(v.size()), SQLITE_STATIC));
        return *this;
    }
    void step()
    {
        const int rc = sqlite3_step(m_stmt);
        m_pos = 0;
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (rc != SQLITE_DONE)
            throw Database::failure(m_db, QString::fromUtf8(m_sql));
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            throw Database::failure(m_db, QString::fromUtf8(m_sql));
    }

    sqlite3 *m_db;
    const char *m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    int m_pos = 0;
};

namespace {

// The sync columns every statement ends with.
#define SYNC_COLUMNS "rev, origin, updated_at, updated_by"
#define SYNC_VALUES "?, ?, ?, 'demo'"

} // namespace

DemoWriter::DemoWriter(Database &db)
    : m_db(db)
    , m_origin(db.nodeId().toUtf8())
{
    sqlite3 *h = db.handle();
    // Before preparing: dropping triggers would make SQLite prepare the statements again.
    suspendSearchTriggers();
    // The demo county is a starting state, not a change to log row by row: a first sync
    // package carries every row of its scope whatever the log says (finish() turns it back on,
    // inside the same transaction). Stores older than the sync schema (tests of migrations)
    // have no log.
    QSqlQuery guard = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'sync_guard'"));
    Database::exec(guard);
    m_syncGuard = guard.next();
    guard.finish();
    if (m_syncGuard)
        m_db.execScript(QStringLiteral("UPDATE sync_guard SET applying = 1"));
    m_region = std::make_unique<Statement>(h,
        "INSERT INTO region (id, code, name, level, kind, parent_code, urban, population, "
        "households, area_km2, centroid_lon, centroid_lat, min_lon, min_lat, max_lon, max_lat, "
        "geom, worker_id, " SYNC_COLUMNS ") "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " SYNC_VALUES ")");
    m_regionWorker = std::make_unique<Statement>(h,
        "UPDATE region SET worker_id = ? WHERE code = ?");
    m_person = std::make_unique<Statement>(h,
        "INSERT INTO person (id, name, role, gender, phone, id_card, region_code, "
        "mediation_body_id, " SYNC_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, " SYNC_VALUES ")");
    m_body = std::make_unique<Statement>(h,
        "INSERT INTO mediation_body (id, name, kind, level, region_code, phone, " SYNC_COLUMNS
        ") VALUES (?, ?, ?, ?, ?, ?, " SYNC_VALUES ")");
    m_dispute = std::make_unique<Statement>(h,
        "INSERT INTO dispute (id, case_no, title, summary, category, source, complexity, "
        "is_major, status, level, grid_code, mediation_body_id, mediator_id, parties, "
        "amount_yuan, reported_at, accepted_at, due_on, resolved_at, closed_at, outcome, "
        "satisfaction, handler, escalations, referral, extended_days, " SYNC_COLUMNS ") "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, "
        SYNC_VALUES ")");
    m_party = std::make_unique<Statement>(h,
        "INSERT INTO dispute_party (id, dispute_id, role, name, id_card, phone, " SYNC_COLUMNS
        ") VALUES (?, ?, ?, ?, ?, ?, " SYNC_VALUES ")");
    m_event = std::make_unique<Statement>(h,
        "INSERT INTO dispute_event (id, dispute_id, at, action, from_status, to_status, actor, "
        "note, " SYNC_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, " SYNC_VALUES ")");
    m_platform = std::make_unique<Statement>(h,
        "INSERT INTO platform (id, code, name, kind, region_code, lon, lat, staff, vehicles, "
        "volunteers, duty_hours, speed_kmh, opened_on, " SYNC_COLUMNS ") VALUES (?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, " SYNC_VALUES ")");
    m_shift = std::make_unique<Statement>(h,
        "INSERT INTO patrol_shift (id, platform_id, start_at, end_at, officers, volunteers, "
        "distance_km, " SYNC_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, " SYNC_VALUES ")");
    m_incident = std::make_unique<Statement>(h,
        "INSERT INTO incident (id, platform_id, grid_code, kind, lon, lat, called_at, "
        "dispatched_at, arrived_at, finished_at, " SYNC_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, " SYNC_VALUES ")");
    m_scheme = std::make_unique<Statement>(h,
        "INSERT INTO survey_scheme (id, name, definition, is_default, " SYNC_COLUMNS
        ") VALUES (?, ?, ?, ?, " SYNC_VALUES ")");
    m_wave = std::make_unique<Statement>(h,
        "INSERT INTO survey_wave (id, name, starts_on, ends_on, " SYNC_COLUMNS
        ") VALUES (?, ?, ?, ?, " SYNC_VALUES ")");
    m_response = std::make_unique<Statement>(h,
        "INSERT INTO survey_response (id, wave_id, respondent_key, region_code, method, "
        "security, order_satisfaction, enforcement_satisfaction, awareness, participation, "
        SYNC_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " SYNC_VALUES ")");
}

DemoWriter::~DemoWriter()
{
    if (!m_searchTriggers.empty()) {
        try {
            restoreSearchTriggers();
        } catch (const StoreError &) {
            // The transaction is failing already and will roll back the drop as well.
        }
    }
    if (m_cacheChanged) {
        const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(m_savedCacheSize);
        sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, nullptr);
    }
}

bool DemoWriter::hasCounty(Database &db)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT 1 FROM region WHERE level = 0 AND deleted = 0 LIMIT 1"));
    Database::exec(q);
    return q.next();
}

void DemoWriter::useLargeCache(int megabytes)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), "PRAGMA cache_size", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        m_savedCacheSize = sqlite3_column_int(stmt, 0);
        m_cacheChanged = true;
    }
    sqlite3_finalize(stmt);
    if (!m_cacheChanged)
        return;
    const QByteArray sql = "PRAGMA cache_size = -" + QByteArray::number(qint64(megabytes) * 1024);
    m_db.execScript(QString::fromLatin1(sql));
}

void DemoWriter::suspendSearchTriggers()
{
    // The triggers of migration 0004 are named dispute_fts_*; their text is kept to create
    // them again exactly as the migration wrote them.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name GLOB 'dispute_fts_*' "
        "ORDER BY rowid"));
    Database::exec(q);
    while (q.next()) {
        m_searchTriggers.emplace_back(q.value(0).toString().toUtf8(),
                                      q.value(1).toString().toUtf8());
    }
    q.finish();
    if (m_searchTriggers.empty())
        return;
    QSqlQuery last = m_db.prepare(QStringLiteral("SELECT coalesce(max(rid), 0) FROM dispute"));
    Database::exec(last);
    if (last.next())
        m_firstDisputeRid = last.value(0).toLongLong() + 1;
    last.finish();
    for (const auto &trigger : m_searchTriggers) {
        // Names come from sqlite_schema and match dispute_fts_*: no quote to escape.
        m_db.execScript(
            QStringLiteral("DROP TRIGGER \"%1\"").arg(QString::fromUtf8(trigger.first)));
    }
}

void DemoWriter::restoreSearchTriggers()
{
    while (!m_searchTriggers.empty()) {
        m_db.execScript(QString::fromUtf8(m_searchTriggers.front().second));
        m_searchTriggers.erase(m_searchTriggers.begin());
    }
}

void DemoWriter::finish(const std::function<void(double)> &progress)
{
    if (m_syncGuard)
        m_db.execScript(QStringLiteral("UPDATE sync_guard SET applying = 0"));
    if (m_searchTriggers.empty())
        return;   // no search index in this store, or finished already
    QSqlQuery last = m_db.prepare(QStringLiteral("SELECT coalesce(max(rid), 0) FROM dispute"));
    Database::exec(last);
    const qint64 lastRid = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    // The same rows as the triggers would give (0004_dispute_search.sql), in batches of rids
    // so that progress shows and a cancel is heard.
    Statement index(m_db.handle(),
        "INSERT INTO dispute_fts (rowid, title, summary, parties) "
        "SELECT d.rid, d.title, d.summary, coalesce(("
        "    SELECT group_concat(name, char(10)) FROM ("
        "        SELECT name FROM dispute_party WHERE dispute_id = d.id AND deleted = 0 "
        "        ORDER BY rid)), '') "
        "FROM dispute d WHERE d.rid BETWEEN ? AND ? AND d.deleted = 0 ORDER BY d.rid");
    constexpr qint64 kBatch = 20000;
    for (qint64 from = m_firstDisputeRid; from <= lastRid; from += kBatch) {
        index.integer(from).integer(std::min(lastRid, from + kBatch - 1)).step();
        if (progress)
            progress(std::min(1.0, double(from + kBatch - m_firstDisputeRid)
                                       / double(lastRid - m_firstDisputeRid + 1)));
    }
    restoreSearchTriggers();
}

std::int64_t DemoWriter::nextRev(qint64 updatedAt)
{
    return HybridClock::fromMillis(updatedAt, m_counter++);
}

void DemoWriter::insert(const RegionRow &r)
{
    m_region->text(r.id).text(r.code).text(r.name).integer(r.level).text(r.kind)
        .textOrNull(r.parentCode).integer(r.urban ? 1 : 0).integer(r.population)
        .integer(r.households).real(r.areaKm2).real(r.centroidLon).real(r.centroidLat)
        .real(r.minLon).real(r.minLat).real(r.maxLon).real(r.maxLat).blobOrNull(r.wkb)
        .textOrNull(r.workerId).integer(nextRev(r.updatedAt)).text(m_origin).integer(r.updatedAt)
        .step();
}

void DemoWriter::setRegionWorker(const QByteArray &regionCode, const QByteArray &workerId)
{
    m_regionWorker->text(workerId).text(regionCode).step();
}

void DemoWriter::insert(const PersonRow &r)
{
    m_person->text(r.id).text(r.name).text(r.role).text(r.gender).text(r.phone).text(r.idCard)
        .textOrNull(r.regionCode).textOrNull(r.mediationBodyId).integer(nextRev(r.updatedAt))
        .text(m_origin).integer(r.updatedAt).step();
}

void DemoWriter::insert(const MediationBodyRow &r)
{
    m_body->text(r.id).text(r.name).text(r.kind).integer(r.level).text(r.regionCode)
        .text(r.phone).integer(nextRev(r.updatedAt)).text(m_origin).integer(r.updatedAt).step();
}

void DemoWriter::insert(const DisputeRow &r)
{
    m_dispute->text(r.id).text(r.caseNo).text(r.title).text(r.summary).text(r.category)
        .text(r.source).text(r.complexity).integer(r.isMajor ? 1 : 0).text(r.status)
        .integer(r.level).text(r.gridCode).textOrNull(r.mediationBodyId).textOrNull(r.mediatorId)
        .integer(r.parties).integer(r.amountYuan).integer(r.reportedAt)
        .integerOrNull(r.acceptedAt).textOrNull(r.dueOn).integerOrNull(r.resolvedAt)
        .integerOrNull(r.closedAt).text(r.outcome).text(r.satisfaction).text(r.handler)
        .integer(r.escalations).text(r.referral).integer(nextRev(r.updatedAt)).text(m_origin)
        .integer(r.updatedAt).step();
}

void DemoWriter::insert(const PartyRow &r)
{
    m_party->text(r.id).text(r.disputeId).text(r.role).text(r.name).text(r.idCard).text(r.phone)
        .integer(nextRev(r.updatedAt)).text(m_origin).integer(r.updatedAt).step();
}

void DemoWriter::insert(const EventRow &r)
{
    m_event->text(r.id).text(r.disputeId).integer(r.at).text(r.action).text(r.fromStatus)
        .text(r.toStatus).text(r.actor).text(r.note).integer(nextRev(r.updatedAt)).text(m_origin)
        .integer(r.updatedAt).step();
}

void DemoWriter::insert(const PlatformRow &r)
{
    m_platform->text(r.id).text(r.code).text(r.name).text(r.kind).text(r.regionCode).real(r.lon)
        .real(r.lat).integer(r.staff).integer(r.vehicles).integer(r.volunteers).text(r.dutyHours)
        .real(r.speedKmh).textOrNull(r.openedOn).integer(nextRev(r.updatedAt)).text(m_origin)
        .integer(r.updatedAt).step();
}

void DemoWriter::insert(const PatrolShiftRow &r)
{
    m_shift->text(r.id).text(r.platformId).integer(r.startAt).integer(r.endAt)
        .integer(r.officers).integer(r.volunteers).real(r.distanceKm)
        .integer(nextRev(r.updatedAt)).text(m_origin).integer(r.updatedAt).step();
}

void DemoWriter::insert(const IncidentRow &r)
{
    m_incident->text(r.id).textOrNull(r.platformId).textOrNull(r.gridCode).text(r.kind)
        .real(r.lon).real(r.lat).integer(r.calledAt).integerOrNull(r.dispatchedAt)
        .integerOrNull(r.arrivedAt).integerOrNull(r.finishedAt).integer(nextRev(r.updatedAt))
        .text(m_origin).integer(r.updatedAt).step();
}

void DemoWriter::insert(const SurveySchemeRow &r)
{
    m_scheme->text(r.id).text(r.name).text(r.definition).integer(r.isDefault ? 1 : 0)
        .integer(nextRev(r.updatedAt)).text(m_origin).integer(r.updatedAt).step();
}

void DemoWriter::insert(const SurveyWaveRow &r)
{
    m_wave->text(r.id).text(r.name).text(r.startsOn).text(r.endsOn)
        .integer(nextRev(r.updatedAt)).text(m_origin).integer(r.updatedAt).step();
}

void DemoWriter::insert(const SurveyResponseRow &r)
{
    m_response->text(r.id).text(r.waveId).text(r.respondentKey).text(r.regionCode)
        .text(r.method).integer(r.security).integer(r.orderSatisfaction)
        .integer(r.enforcementSatisfaction).integer(r.awareness).integer(r.participation)
        .integer(nextRev(r.updatedAt)).text(m_origin).integer(r.updatedAt).step();
}
