#pragma once

#include "domain/surveyscheme.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

class Database;
class SurveyBulkTally;
class WriteTransaction;
struct sqlite3_stmt;

// The SQL of the survey import (io/surveyimport.h): the live regions answers are matched
// against, finding or creating the wave, and the bulk insert of responses on SQLite's own API
// with one prepared statement, all in one write transaction that rolls back unless commit()
// is called.
//
// Waves: a name "YYYYQn" (also "YYYY-Qn", "YYYYqn") covers that quarter (2026Q3: 2026-07-01 to
// 2026-09-30); any other name covers the current quarter (by this machine's date).
//
// The per-row trigger that keeps survey_tally is set aside while the writer lives; the writer
// counts what it inserts and commit() writes the counts (store/surveybulktally.h).
//
// On PostgreSQL the rows go to the server several to a statement (a round trip per row would
// dominate), in the same one transaction; the writer knows each row's outcome without asking
// the server: it reads the wave's keys when the wave is chosen and remembers the keys it wrote,
// with survey_response locked against other writers (SHARE ROW EXCLUSIVE) until the end, as
// SQLite's write transaction keeps them out. Foreign keys stay checked there.
//
// Ids of new responses sort in time (48-bit milliseconds, a 12-bit counter, random bits; the
// text of a UUID version 7), so the unique index on id grows at its end during a bulk load.
class SurveyImportWriter
{
public:
    struct Region
    {
        QByteArray code;        // 12 digits
        QByteArray name;        // UTF-8
        QByteArray parentCode;  // villages: their township
        int level = 1;          // 1 township, 2 village or community
    };

    struct Response
    {
        std::string_view respondentKey;   // UTF-8, trimmed
        QByteArray regionCode;            // a live village or township
        std::string_view method;          // "", phone, face_to_face, online
        std::array<int, SurveyIndicatorCount> answers {};   // codes, 0 = unanswered
    };

    enum class Outcome {
        Inserted,
        StoredBefore,      // the wave had the key before this import: a duplicate
        InsertedEarlier,   // this writer inserted the key already (see firstOrdinal)
    };

    // Live townships and villages (levels 1 and 2), in code order.
    static std::vector<Region> liveRegions(Database &db);
    // The dates a wave of this name covers (see above).
    static void waveDates(const QString &name, const QDate &today, QDate *startsOn,
                          QDate *endsOn);

    // Begins the write transaction (BEGIN IMMEDIATE) and prepares the statements. Throws
    // StoreError on failure.
    //
    // For a bulk load (`expectedRows` at least BulkRows and more than the responses stored)
    // SQLite's per-row foreign key checks are off for the transaction (about a sixth of the
    // insert time): the import checks every region code against the live regions it reads
    // inside this transaction (regionsInTransaction()), and the wave is its own.
    SurveyImportWriter(Database &db, const QString &actor, qint64 expectedRows = 0);
    static constexpr qint64 BulkRows = 50000;

    // The benchmark's same-work baseline as a script for the sqlite3 shell: `.import` of the
    // benchmark's CSV (its Chinese headers) into a staging table, then one INSERT … SELECT that
    // maps names to region codes and answer texts to codes into survey_response for a new wave
    // `wave`, in one transaction. No row checks, no report.
    static QString shellImportScript(const QString &csv, const QString &wave);
    // The live townships and villages, read inside the transaction.
    std::vector<Region> regionsInTransaction() { return liveRegions(m_db); }
    bool isBulk() const { return m_bulk; }
    // Rolls back unless commit() was called.
    ~SurveyImportWriter();
    SurveyImportWriter(const SurveyImportWriter &) = delete;
    SurveyImportWriter &operator=(const SurveyImportWriter &) = delete;

    // The live wave of this name, created when there is none (*created says which).
    QByteArray useWave(const QString &name, bool *created);

    // Writes one response to the wave of useWave(). For InsertedEarlier, *firstOrdinal is the
    // 0-based position, among the rows this writer inserted, of the row with the same key.
    Outcome insert(const Response &response, qint64 *firstOrdinal = nullptr);
    qint64 inserted() const { return m_inserted; }

    // Writes the answer counts and commits.
    void commit();

private:
    struct ServerRows;

    void openFile(qint64 expectedRows);
    void openServer(qint64 expectedRows);
    void nextId(char *text);   // 36 characters
    void bindConstants();
    Outcome insertOnServer(const Response &response, qint64 *firstOrdinal);
    void sendRows();   // PostgreSQL: the rows not sent yet

    Database &m_db;
    QByteArray m_actor;
    QByteArray m_origin;
    QByteArray m_waveId;
    std::unique_ptr<WriteTransaction> m_transaction;
    std::unique_ptr<SurveyBulkTally> m_tally;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_find = nullptr;
    qint64 m_now = 0;
    std::int64_t m_rev = 0;
    qint64 m_ridBefore = 0;   // largest rid before the first insert
    qint64 m_inserted = 0;
    std::uint64_t m_idMillis = 0;
    std::uint32_t m_idCounter = 0;
    std::uint64_t m_random = 0;
    bool m_bulk = false;
    bool m_foreignKeysOff = false;
    char m_id[36] = {};
    std::unique_ptr<ServerRows> m_server;   // PostgreSQL only
};
