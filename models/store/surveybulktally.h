#pragma once

#include <QByteArray>
#include <QHash>

#include <array>

class Database;

// For a bulk load of survey responses inside a write transaction: the per-row trigger that
// keeps survey_tally (migration 7) is dropped while it lives; the loader counts each row it
// actually inserted, and finish() writes the counts and creates the trigger again, in the
// same transaction. Without finish() the destructor creates the trigger again and the caller's
// transaction is expected to roll back (the counts then never existed either).
// A million rows: the trigger would add ~8 s; the counts take milliseconds.
//
// On PostgreSQL the trigger (a PL/pgSQL function, resources/sql/pg/0010_schema.sql) is disabled
// for the transaction (ALTER TABLE … DISABLE TRIGGER, transactional like SQLite's DROP) and
// enabled again by finish(). Disabling takes a SHARE ROW EXCLUSIVE lock on survey_response until
// the transaction ends: no other connection writes responses meanwhile (on SQLite the write
// transaction itself keeps other writers out), so none of theirs goes uncounted. It needs a
// transaction (throws otherwise) and the role owning survey_response, as the migrations that
// created it; a role that does not own it leaves the trigger counting, and this class then
// counts nothing itself.
class SurveyBulkTally
{
public:
    // Throws StoreError.
    explicit SurveyBulkTally(Database &db);
    ~SurveyBulkTally();
    SurveyBulkTally(const SurveyBulkTally &) = delete;
    SurveyBulkTally &operator=(const SurveyBulkTally &) = delete;

    // One inserted live response.
    void count(const QByteArray &waveId, const QByteArray &regionCode,
               const std::array<int, 5> &answers);
    // Writes the counts and restores the trigger. Throws StoreError.
    void finish();

private:
    void restoreTrigger();
    void writeCountsToServer();   // PostgreSQL

    struct Key
    {
        QByteArray wave;
        QByteArray region;
        std::array<int, 5> answers;
        bool operator==(const Key &o) const
        {
            return answers == o.answers && region == o.region && wave == o.wave;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.wave, key.region, key.answers[0], key.answers[1],
                          key.answers[2], key.answers[3], key.answers[4]);
    }

    Database &m_db;
    QByteArray m_triggerSql;   // the trigger as migration 7 wrote it; empty when none
    bool m_counting = false;   // the trigger is set aside: count() counts
    QHash<Key, qint64> m_counts;
    bool m_restored = false;
};
