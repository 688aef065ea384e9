#include "store/surveybulktally.h"

#include "store/database.h"
#include "store/sqlitestatement.h"

#include <QSqlQuery>

namespace {
const char kTrigger[] = "survey_tally_insert";
}

SurveyBulkTally::SurveyBulkTally(Database &db)
    : m_db(db)
{
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
    if (!m_triggerSql.isEmpty())
        ++m_counts[Key{waveId, regionCode, answers}];
}

void SurveyBulkTally::finish()
{
    if (m_restored)
        return;
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
    m_counts.clear();
    restoreTrigger();
}

void SurveyBulkTally::restoreTrigger()
{
    m_restored = true;
    m_db.execScript(QString::fromUtf8(m_triggerSql));
}
