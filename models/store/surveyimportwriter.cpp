#include "surveyimportwriter.h"

#include "database.h"
#include "sqlitestatement.h"
#include "storeerror.h"
#include "storestatement.h"
#include "surveybulktally.h"

#include "domain/ids.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

namespace {

[[noreturn]] void fail(sqlite3 *db, const char *sql)
{
    throw Database::failure(db, QString::fromUtf8(sql));
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        fail(db, sql);
    return stmt;
}

// The insert: constants first (?1 wave, ?2 origin, ?3 updated_at, ?4 updated_by, bound once),
// then the row's values from ?5. (Several rows per statement were measured slower.)
constexpr int kConstants = 4;
const char *const kInsertSql =
    "INSERT INTO survey_response (id, wave_id, respondent_key, region_code, method, security, "
    "order_satisfaction, enforcement_satisfaction, awareness, participation, rev, origin, "
    "updated_at, updated_by) "
    "VALUES (?5, ?1, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?2, ?3, ?4) "
    "ON CONFLICT (wave_id, respondent_key) DO NOTHING";
const char *const kFindSql =
    "SELECT rid FROM survey_response WHERE wave_id = ? AND respondent_key = ?";

// PostgreSQL: rows per INSERT (10 values each, after the 4 constants).
constexpr qsizetype kServerRows = 1000;
constexpr int kServerValues = 10;

QString serverInsertSql(qsizetype rows)
{
    // The constants once, before the rows; the casts give the VALUES columns their types.
    QStringList values;
    values.fill(QStringLiteral("(?, ?, ?, ?, CAST(? AS bigint), CAST(? AS bigint), "
                               "CAST(? AS bigint), CAST(? AS bigint), CAST(? AS bigint), "
                               "CAST(? AS bigint))"),
                rows);
    return QStringLiteral(
               "INSERT INTO survey_response (id, wave_id, respondent_key, region_code, method, "
               "security, order_satisfaction, enforcement_satisfaction, awareness, "
               "participation, rev, origin, updated_at, updated_by) "
               "SELECT v.id, CAST(? AS text), v.k, v.r, v.m, v.s, v.o, v.e, v.a, v.p, v.rev, "
               "CAST(? AS text), CAST(? AS bigint), CAST(? AS text) FROM (VALUES ")
        + values.join(QStringLiteral(", "))
        + QStringLiteral(") AS v(id, k, r, m, s, o, e, a, p, rev) "
                         "ON CONFLICT (wave_id, respondent_key) DO NOTHING");
}

// Text for a bound value on PostgreSQL: never a null QString, which QPSQL sends as NULL (SQLite's
// API binds the empty text of an empty array).
QString serverText(const char *data, qsizetype size)
{
    return size > 0 ? QString::fromUtf8(data, size) : QString(QLatin1String(""));
}

} // namespace

struct SurveyImportWriter::ServerRows
{
    QString wave;
    QSet<QByteArray> storedKeys;         // the wave's keys before this writer, tombstones too
    QHash<QByteArray, qint64> newKeys;   // key → position among the rows this writer inserted
    QVariantList pending;                // kServerValues per row not sent yet
    std::optional<QSqlQuery> full;       // the INSERT of kServerRows rows, prepared once
};

std::vector<SurveyImportWriter::Region> SurveyImportWriter::liveRegions(Database &db)
{
    StoreStatement q(db,
                     "SELECT code, name, coalesce(parent_code, ''), level FROM region "
                     "WHERE level IN (1, 2) AND deleted = 0 ORDER BY code");
    std::vector<Region> out;
    while (q.next()) {
        Region r;
        const std::string_view code = q.text(0);
        const std::string_view name = q.text(1);
        const std::string_view parent = q.text(2);
        r.code = QByteArray(code.data(), qsizetype(code.size()));
        r.name = QByteArray(name.data(), qsizetype(name.size()));
        r.parentCode = QByteArray(parent.data(), qsizetype(parent.size()));
        r.level = int(q.integer(3));
        out.push_back(std::move(r));
    }
    return out;
}

void SurveyImportWriter::waveDates(const QString &name, const QDate &today, QDate *startsOn,
                                   QDate *endsOn)
{
    static const QRegularExpression quarter(
        QStringLiteral("^\\s*(\\d{4})\\s*-?\\s*[Qq]([1-4])\\s*$"));
    const QRegularExpressionMatch m = quarter.match(name);
    int year = today.year();
    int q = (today.month() - 1) / 3 + 1;
    if (m.hasMatch()) {
        year = m.captured(1).toInt();
        q = m.captured(2).toInt();
    }
    *startsOn = QDate(year, (q - 1) * 3 + 1, 1);
    *endsOn = startsOn->addMonths(3).addDays(-1);
}

SurveyImportWriter::SurveyImportWriter(Database &db, const QString &actor, qint64 expectedRows)
    : m_db(db)
    , m_actor(actor.toUtf8())
    , m_origin(db.nodeId().toUtf8())
{
    if (db.isPostgres())
        openServer(expectedRows);
    else
        openFile(expectedRows);
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_rev = HybridClock::fromMillis(m_now);
    m_random = QRandomGenerator::system()->generate64();
}

void SurveyImportWriter::openServer(qint64 expectedRows)
{
    m_server = std::make_unique<ServerRows>();
    qint64 stored = 0;
    {
        StoreStatement count(m_db, "SELECT coalesce(max(rid), 0) FROM survey_response");
        if (count.next())
            stored = count.integer(0);
    }
    // Foreign keys stay on: the server has no switch for them, and checks them in bulk well.
    m_bulk = expectedRows >= BulkRows && expectedRows > stored;
    m_transaction = std::make_unique<WriteTransaction>(m_db);
    // Until commit no other connection writes responses: the keys read in useWave() stay
    // the wave's keys (SurveyBulkTally takes the same lock when it sets the trigger aside).
    m_db.execScript(QStringLiteral("LOCK TABLE survey_response IN SHARE ROW EXCLUSIVE MODE"));
    m_tally = std::make_unique<SurveyBulkTally>(m_db);
}

void SurveyImportWriter::openFile(qint64 expectedRows)
{
    Database &db = m_db;
    sqlite3 *h = db.handle();
    qint64 stored = 0;
    {
        SqliteStatement count(h, "SELECT coalesce(max(rid), 0) FROM survey_response");
        if (count.next())
            stored = count.integer(0);   // an upper bound of the rows, without a scan
    }
    m_bulk = expectedRows >= BulkRows && expectedRows > stored;
    if (m_bulk) {
        // Only outside a transaction does SQLite take this pragma.
        bool on = false;
        {
            SqliteStatement fk(h, "PRAGMA foreign_keys");
            on = fk.next() && fk.integer(0) == 1;
        }
        if (on && sqlite3_get_autocommit(h)) {
            db.execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
            m_foreignKeysOff = true;
        }
    }
    try {
        m_transaction = std::make_unique<WriteTransaction>(db);
        // Before preparing: dropping the trigger would make SQLite prepare the statements again.
        m_tally = std::make_unique<SurveyBulkTally>(db);
        m_insert = prepare(h, kInsertSql);
        m_find = prepare(h, kFindSql);
        SqliteStatement last(h, "SELECT coalesce(max(rid), 0) FROM survey_response");
        if (last.next())
            m_ridBefore = last.integer(0);
    } catch (...) {
        // The destructor does not run for a constructor that throws.
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_find);
        m_tally.reset();
        m_transaction.reset();
        if (m_foreignKeysOff)
            sqlite3_exec(h, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        throw;
    }
}

SurveyImportWriter::~SurveyImportWriter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_find);
    m_tally.reset();         // restores the trigger (rolled back with the rest)
    m_transaction.reset();   // rolls back unless committed
    if (m_foreignKeysOff)
        sqlite3_exec(m_db.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
}

QByteArray SurveyImportWriter::useWave(const QString &name, bool *created)
{
    const QByteArray utf8 = name.trimmed().toUtf8();
    {
        StoreStatement find(m_db, "SELECT id FROM survey_wave WHERE name = ? AND deleted = 0");
        find.bind(1, utf8);
        if (find.next()) {
            const std::string_view id = find.text(0);
            m_waveId = QByteArray(id.data(), qsizetype(id.size()));
            *created = false;
            bindConstants();
            return m_waveId;
        }
    }
    // A deleted wave of the same name keeps the name (it is UNIQUE): bring it back.
    QDate startsOn;
    QDate endsOn;
    waveDates(name, QDate::currentDate(), &startsOn, &endsOn);
    {
        StoreStatement revive(m_db,
                              "UPDATE survey_wave SET deleted = 0, rev = ?, origin = ?, "
                              "updated_at = ?, updated_by = ? WHERE name = ? RETURNING id");
        revive.bind(1, qint64(m_rev++));
        revive.bind(2, m_origin);
        revive.bind(3, m_now);
        revive.bind(4, m_actor);
        revive.bind(5, utf8);
        if (revive.next()) {
            const std::string_view id = revive.text(0);
            m_waveId = QByteArray(id.data(), qsizetype(id.size()));
            while (revive.next()) { }
            *created = true;
            bindConstants();
            return m_waveId;
        }
    }
    m_waveId = newUuid().toLatin1();
    StoreStatement insert(m_db,
                          "INSERT INTO survey_wave (id, name, starts_on, ends_on, rev, origin, "
                          "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, m_waveId);
    insert.bind(2, utf8);
    insert.bind(3, startsOn.toString(Qt::ISODate).toLatin1());
    insert.bind(4, endsOn.toString(Qt::ISODate).toLatin1());
    insert.bind(5, qint64(m_rev++));
    insert.bind(6, m_origin);
    insert.bind(7, m_now);
    insert.bind(8, m_actor);
    insert.next();
    *created = true;
    bindConstants();
    return m_waveId;
}

void SurveyImportWriter::bindConstants()
{
    if (m_server) {
        // The rows so far belong to the wave before; the keys that count are this wave's.
        sendRows();
        m_server->wave = QString::fromLatin1(m_waveId);
        m_server->newKeys.clear();
        m_server->storedKeys.clear();
        StoreStatement keys(m_db, "SELECT respondent_key FROM survey_response WHERE wave_id = ?");
        keys.bind(1, m_waveId);
        while (keys.next()) {
            const std::string_view key = keys.text(0);
            m_server->storedKeys.insert(QByteArray(key.data(), qsizetype(key.size())));
        }
        return;
    }
    // The same for every row; sqlite3_reset() keeps them.
    sqlite3 *h = m_db.handle();
    sqlite3_stmt *s = m_insert;
    if (sqlite3_bind_text(s, 1, m_waveId.constData(), int(m_waveId.size()), SQLITE_STATIC)
            != SQLITE_OK
        || sqlite3_bind_text(s, 2, m_origin.constData(), int(m_origin.size()), SQLITE_STATIC)
            != SQLITE_OK
        || sqlite3_bind_int64(s, 3, m_now) != SQLITE_OK
        || sqlite3_bind_text(s, 4, m_actor.constData(), int(m_actor.size()), SQLITE_STATIC)
            != SQLITE_OK)
        fail(h, kInsertSql);
    if (sqlite3_bind_text(m_find, 1, m_waveId.constData(), int(m_waveId.size()), SQLITE_STATIC)
        != SQLITE_OK)
        fail(h, kFindSql);
}

void SurveyImportWriter::nextId(char *p)
{
    // 48 bits of milliseconds, version 7, 12 bits of counter, variant, 62 random bits. The
    // time is the writer's start; when the counter runs out the time part moves on by one, so
    // ids keep increasing (a million rows move it by a quarter of a second) without reading
    // the clock for every row.
    if (m_idMillis == 0)
        m_idMillis = std::uint64_t(m_now);
    if (++m_idCounter > 0xfff) {
        ++m_idMillis;
        m_idCounter = 0;
    }
    // xorshift64* for the random tail: unpredictability is not needed, uniqueness comes from
    // time and counter.
    m_random ^= m_random >> 12;
    m_random ^= m_random << 25;
    m_random ^= m_random >> 27;
    const std::uint64_t tail = m_random * 0x2545F4914F6CDD1DULL;
    const std::uint64_t hi = (m_idMillis << 16) | 0x7000 | m_idCounter;
    const std::uint64_t lo = (tail >> 2) | 0x8000000000000000ULL;
    static const char digits[] = "0123456789abcdef";
    auto put = [&p](std::uint64_t v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            *p++ = digits[(v >> (i * 4)) & 0xf];
    };
    put(hi >> 32, 8);
    *p++ = '-';
    put((hi >> 16) & 0xffff, 4);
    *p++ = '-';
    put(hi & 0xffff, 4);
    *p++ = '-';
    put(lo >> 48, 4);
    *p++ = '-';
    put(lo & 0xffffffffffffULL, 12);
}

SurveyImportWriter::Outcome SurveyImportWriter::insert(const Response &r, qint64 *firstOrdinal)
{
    if (m_server)
        return insertOnServer(r, firstOrdinal);
    sqlite3 *h = m_db.handle();
    sqlite3_stmt *s = m_insert;
    auto text = [s, h](int index, const char *data, std::size_t size) {
        if (sqlite3_bind_text(s, index, data, int(size), SQLITE_STATIC) != SQLITE_OK)
            fail(h, kInsertSql);
    };
    auto integer = [s, h](int index, qint64 v) {
        if (sqlite3_bind_int64(s, index, v) != SQLITE_OK)
            fail(h, kInsertSql);
    };
    constexpr int b = kConstants + 1;
    nextId(m_id);
    text(b, m_id, 36);
    text(b + 1, r.respondentKey.data(), r.respondentKey.size());
    text(b + 2, r.regionCode.constData(), std::size_t(r.regionCode.size()));
    text(b + 3, r.method.data() ? r.method.data() : "", r.method.size());
    for (int k = 0; k < SurveyIndicatorCount; ++k)
        integer(b + 4 + k, r.answers[size_t(k)]);
    integer(b + 9, m_rev);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        fail(h, kInsertSql);
    if (sqlite3_changes(h) == 1) {
        m_tally->count(m_waveId, r.regionCode, r.answers);
        ++m_rev;
        ++m_inserted;
        return Outcome::Inserted;
    }
    // The key is there: stored before, or by this writer (rids of new rows follow the largest
    // one before, in order: rid - m_ridBefore - 1 is the position among the new rows).
    sqlite3_bind_text(m_find, 2, r.respondentKey.data(), int(r.respondentKey.size()),
                      SQLITE_STATIC);
    const int found = sqlite3_step(m_find);
    const qint64 rid = found == SQLITE_ROW ? sqlite3_column_int64(m_find, 0) : 0;
    sqlite3_reset(m_find);
    if (found != SQLITE_ROW && found != SQLITE_DONE)
        fail(h, kFindSql);
    if (rid > m_ridBefore) {
        if (firstOrdinal)
            *firstOrdinal = rid - m_ridBefore - 1;
        return Outcome::InsertedEarlier;
    }
    return Outcome::StoredBefore;
}

SurveyImportWriter::Outcome SurveyImportWriter::insertOnServer(const Response &r,
                                                               qint64 *firstOrdinal)
{
    // The outcome the file's insert would have: a key this writer wrote, a key stored before
    // (the table is locked: nobody else adds one), or a new row, sent with the next batch.
    const QByteArray key(r.respondentKey.data(), qsizetype(r.respondentKey.size()));
    const auto earlier = m_server->newKeys.constFind(key);
    if (earlier != m_server->newKeys.constEnd()) {
        if (firstOrdinal)
            *firstOrdinal = earlier.value();
        return Outcome::InsertedEarlier;
    }
    if (m_server->storedKeys.contains(key))
        return Outcome::StoredBefore;
    m_server->newKeys.insert(key, m_inserted);
    nextId(m_id);
    QVariantList &p = m_server->pending;
    p.append(QString::fromLatin1(m_id, 36));
    p.append(QString::fromUtf8(key));
    p.append(serverText(r.regionCode.constData(), r.regionCode.size()));
    p.append(serverText(r.method.data(), qsizetype(r.method.size())));
    for (int k = 0; k < SurveyIndicatorCount; ++k)
        p.append(qint64(r.answers[size_t(k)]));
    p.append(qint64(m_rev));
    m_tally->count(m_waveId, r.regionCode, r.answers);
    ++m_rev;
    ++m_inserted;
    if (p.size() >= kServerRows * kServerValues)
        sendRows();
    return Outcome::Inserted;
}

void SurveyImportWriter::sendRows()
{
    QVariantList &p = m_server->pending;
    if (p.isEmpty())
        return;
    const qsizetype rows = p.size() / kServerValues;
    std::optional<QSqlQuery> partial;
    if (rows == kServerRows && !m_server->full)
        m_server->full = m_db.prepare(serverInsertSql(rows));
    else if (rows != kServerRows)
        partial = m_db.prepare(serverInsertSql(rows));
    QSqlQuery &q = rows == kServerRows ? *m_server->full : *partial;
    q.bindValue(0, m_server->wave);
    q.bindValue(1, serverText(m_origin.constData(), m_origin.size()));
    q.bindValue(2, m_now);
    q.bindValue(3, serverText(m_actor.constData(), m_actor.size()));
    for (qsizetype i = 0; i < p.size(); ++i)
        q.bindValue(int(4 + i), p.at(i));
    Database::exec(q);
    const int written = q.numRowsAffected();
    q.finish();
    p.clear();
    if (written != rows)
        throw StoreError(QStringLiteral("%1 of %2 survey responses were written: the wave "
                                        "changed during the import").arg(written).arg(rows),
                         serverInsertSql(1));
}

void SurveyImportWriter::commit()
{
    if (m_server)
        sendRows();
    m_tally->finish();
    m_transaction->commit();
}

QString SurveyImportWriter::shellImportScript(const QString &csv, const QString &wave)
{
    // The file name and wave are the benchmark's own (no quote in them).
    return QStringLiteral(
        "PRAGMA foreign_keys = ON;\n"
        ".import --csv \"%1\" staging\n"
        "BEGIN IMMEDIATE;\n"
        "INSERT INTO survey_wave (id, name, starts_on, ends_on, rev, origin, updated_at, "
        "updated_by) VALUES (lower(hex(randomblob(16))), '%2', '2099-07-01', '2099-09-30', "
        "1, 'shell', 0, 'shell');\n"
        "INSERT INTO survey_response (id, wave_id, respondent_key, region_code, method, "
        "security, order_satisfaction, enforcement_satisfaction, awareness, participation, rev, "
        "origin, updated_at, updated_by) "
        "SELECT lower(hex(randomblob(16))), (SELECT id FROM survey_wave WHERE name = '%2'), "
        "s.\"受访者编号\", coalesce(v.code, t.code), "
        "CASE s.\"调查方式\" WHEN '电话' THEN 'phone' WHEN '入户' THEN 'face_to_face' "
        "WHEN '网络' THEN 'online' WHEN '微信' THEN 'online' ELSE '' END, "
        "CASE s.\"安全感\" WHEN '很安全' THEN 1 WHEN '安全' THEN 2 WHEN '基本安全' THEN 3 "
        "WHEN '不太安全' THEN 4 WHEN '不安全' THEN 5 ELSE 0 END, "
        "CASE s.\"治安满意度\" WHEN '满意' THEN 1 WHEN '基本满意' THEN 2 WHEN '不满意' THEN 3 "
        "ELSE 0 END, "
        "CASE s.\"执法满意度\" WHEN '满意' THEN 1 WHEN '基本满意' THEN 2 WHEN '不满意' THEN 3 "
        "ELSE 0 END, "
        "CASE s.\"平安建设知晓率\" WHEN '知道' THEN 1 WHEN '不知道' THEN 2 ELSE 0 END, "
        "CASE s.\"平安建设参与率\" WHEN '参加过' THEN 1 WHEN '没参加过' THEN 2 ELSE 0 END, "
        "1, 'shell', 0, 'shell' "
        "FROM staging s JOIN region t ON t.level = 1 AND t.deleted = 0 "
        "AND t.name = s.\"乡镇/街道\" "
        "LEFT JOIN region v ON v.level = 2 AND v.deleted = 0 AND v.parent_code = t.code "
        "AND v.name = s.\"村/社区\" "
        "WHERE true ON CONFLICT DO NOTHING;\n"
        "DROP TABLE staging;\n"
        "COMMIT;\n").arg(csv, wave);
}
