#include "store/surveybulktally.h"

#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/storeerror.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {
const char kTrigger[] = "survey_tally_insert";

// Counts per statement on PostgreSQL: one round trip to the server each.
constexpr qsizetype kPostgresRows = 500;
}

SurveyBulkTally::SurveyBulkTally(Database &db)
    : m_db(db)
{
    if (m_db.isPostgres()) {
        // ALTER TABLE outside a transaction would leave the trigger off for everyone.
        if (!m_db.inTransaction())
            throw StoreError(QStringLiteral("the survey counts of a bulk load need a write "
                                            "transaction"));
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE c.oid = to_regclass('survey_response') AND t.tgname = ? AND t.tgenabled <> 'D'"));
        q.addBindValue(QString::fromLatin1(kTrigger));
        Database::exec(q);
        const bool found = q.next();
        const bool owner = found && q.value(0).toBool();
        q.finish();
        if (!owner) {
            m_restored = true;   // no trigger, or one this role may not set aside: it counts
            return;
        }
        m_db.execScript(QStringLiteral("ALTER TABLE survey_response DISABLE TRIGGER %1")
                            .arg(QLatin1String(kTrigger)));
        m_counting = true;
        return;
    }
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
    q.addBindValue(QString::fromLatin1(kTrigger));
    Database::exec(q);
    if (q.next())
        m_triggerSql = q.value(0).toString().toUtf8();
    q.finish();
    if (m_triggerSql.isEmpty()) {
        m_restored = true;   // an older schema without counts: nothing to keep
        return;
    }
    m_db.execScript(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(kTrigger)));
    m_counting = true;
}

SurveyBulkTally::~SurveyBulkTally()
{
    if (m_restored)
        return;
    try {
        restoreTrigger();
    } catch (...) {
        // The transaction rolls back and the trigger with it comes back.
    }
}

void SurveyBulkTally::count(const QByteArray &waveId, const QByteArray &regionCode,
                            const std::array<int, 5> &answers)
{
    if (m_counting)
        ++m_counts[Key{waveId, regionCode, answers}];
}

void SurveyBulkTally::finish()
{
    if (m_restored)
        return;
    if (m_db.isPostgres()) {
        writeCountsToServer();
    } else {
        SqliteStatement add(m_db.handle(),
                            "INSERT INTO survey_tally VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                            "ON CONFLICT DO UPDATE SET responses = responses + excluded.responses");
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            add.bind(1, it.key().wave);
            add.bind(2, it.key().region);
            for (int k = 0; k < 5; ++k)
                add.bind(3 + k, qint64(it.key().answers[size_t(k)]));
            add.bind(8, it.value());
            add.next();
            add.reset();
        }
    }
    m_counts.clear();
    restoreTrigger();
}

void SurveyBulkTally::writeCountsToServer()
{
    // Several counts per statement (a round trip per count would cost more than the counting
    // saved). PostgreSQL wants the conflict target named, and the table's own column qualified.
    auto statement = [this](qsizetype rows) {
        QStringList values;
        values.fill(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"), rows);
        return m_db.prepare(
            QStringLiteral("INSERT INTO survey_tally VALUES ") + values.join(QStringLiteral(", "))
            + QStringLiteral(" ON CONFLICT (wave_id, region_code, security, order_satisfaction, "
                             "enforcement_satisfaction, awareness, participation) DO UPDATE "
                             "SET responses = survey_tally.responses + excluded.responses"));
    };
    QSqlQuery full;
    bool prepared = false;
    auto it = m_counts.cbegin();
    for (qsizetype left = m_counts.size(); left > 0;) {
        const qsizetype rows = std::min(left, kPostgresRows);
        QSqlQuery partial;
        if (rows == kPostgresRows && !prepared) {
            full = statement(rows);
            prepared = true;
        } else if (rows < kPostgresRows) {
            partial = statement(rows);
        }
        QSqlQuery &q = rows == kPostgresRows ? full : partial;
        int index = 0;
        for (qsizetype r = 0; r < rows; ++r, ++it) {
            q.bindValue(index++, QString::fromUtf8(it.key().wave));
            q.bindValue(index++, QString::fromUtf8(it.key().region));
            for (int k = 0; k < 5; ++k)
                q.bindValue(index++, qint64(it.key().answers[size_t(k)]));
            q.bindValue(index++, it.value());
        }
        Database::exec(q);
        left -= rows;
    }
}

void SurveyBulkTally::restoreTrigger()
{
    m_restored = true;
    m_counting = false;
    if (m_db.isPostgres())
        m_db.execScript(QStringLiteral("ALTER TABLE survey_response ENABLE TRIGGER %1")
                            .arg(QLatin1String(kTrigger)));
    else
        m_db.execScript(QString::fromUtf8(m_triggerSql));
}
