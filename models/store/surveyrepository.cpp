#include "store/surveyrepository.h"

#include "domain/ids.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/storestatement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace {

SurveyRepository::Wave waveOf(const QSqlQuery &q)
{
    SurveyRepository::Wave w;
    w.id = q.value(0).toString();
    w.name = q.value(1).toString();
    w.startsOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    w.endsOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    w.responses = q.value(4).toLongLong();
    return w;
}

} // namespace

QList<SurveyRepository::Wave> SurveyRepository::waves() const
{
    // The count per wave from the kept counts, not the responses.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT w.id, w.name, w.starts_on, w.ends_on, "
        "       (SELECT coalesce(sum(t.responses), 0) FROM survey_tally t WHERE t.wave_id = w.id) "
        "FROM survey_wave w WHERE w.deleted = 0 ORDER BY w.starts_on, w.name"));
    Database::exec(q);
    QList<Wave> waves;
    while (q.next())
        waves.append(waveOf(q));
    return waves;
}

std::optional<SurveyRepository::Wave> SurveyRepository::wave(const QString &name) const
{
    for (const Wave &w : waves())
        if (w.name == name)
            return w;
    return std::nullopt;
}

std::optional<SurveyRepository::Wave> SurveyRepository::previousWave(const QString &name) const
{
    const QList<Wave> all = waves();
    for (qsizetype i = 1; i < all.size(); ++i)
        if (all.at(i).name == name)
            return all.at(i - 1);
    return std::nullopt;
}

SurveyTally SurveyRepository::tally(const QString &waveId) const
{
    // The counts kept by migration 7's triggers: some ten thousand rows, whatever the number
    // of responses.
    SurveyTally tally;
    StoreStatement s(m_db,
                     "SELECT region_code, security, order_satisfaction, "
                     "enforcement_satisfaction, awareness, participation, responses "
                     "FROM survey_tally WHERE wave_id = ? AND responses > 0");
    s.bind(1, waveId.toUtf8());
    std::string lastCode;
    int lastRow = -1;
    while (s.next()) {
        const std::string_view code = s.text(0);
        // Rows come in key order on SQLite: one region's rows follow each other. (On PostgreSQL
        // they may not; regionIndex() finds a region again, the shortcut only saves lookups.)
        if (lastRow < 0 || code != lastCode) {
            lastRow = tally.regionIndex(QString::fromUtf8(code.data(), qsizetype(code.size())));
            lastCode.assign(code.data(), code.size());
        }
        tally.add(lastRow,
                  {int(s.integer(1)), int(s.integer(2)), int(s.integer(3)), int(s.integer(4)),
                   int(s.integer(5))},
                  s.integer(6));
    }
    return tally;
}

SurveyTally SurveyRepository::tallyByGroupBy(const QString &waveId) const
{
    SurveyTally tally;
    StoreStatement s(m_db,
                     "SELECT region_code, security, order_satisfaction, "
                     "enforcement_satisfaction, awareness, participation, count(*) "
                     "FROM survey_response WHERE wave_id = ? AND deleted = 0 "
                     "GROUP BY 1, 2, 3, 4, 5, 6");
    s.bind(1, waveId.toUtf8());
    while (s.next())
        tally.add(tally.regionIndex(s.string(0)),
                  {int(s.integer(1)), int(s.integer(2)), int(s.integer(3)), int(s.integer(4)),
                   int(s.integer(5))},
                  s.integer(6));
    return tally;
}

SurveyGeography SurveyRepository::geography() const
{
    SurveyGeography geo;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT code, name, level, population, parent_code FROM region "
        "WHERE deleted = 0 AND level <= 2 ORDER BY level, code"));
    Database::exec(q);
    QHash<QString, int> townshipIndex;
    while (q.next()) {
        SurveyGeography::Area a;
        a.code = q.value(0).toString();
        a.name = q.value(1).toString();
        a.level = RegionLevel(q.value(2).toInt());
        a.population = q.value(3).toLongLong();
        switch (a.level) {
        case RegionLevel::County:
            if (geo.county.code.isEmpty())
                geo.county = a;
            break;
        case RegionLevel::Township:
            townshipIndex.insert(a.code, int(geo.townships.size()));
            geo.townships.push_back(a);
            break;
        default:
            a.township = townshipIndex.value(q.value(4).toString(), -1);
            if (a.township >= 0)
                geo.villages.push_back(a);
            break;
        }
    }
    geo.county.level = RegionLevel::County;
    geo.buildIndex();
    return geo;
}

// --- schemes -------------------------------------------------------------------------------

QList<SurveyScheme> SurveyRepository::schemes() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, name, definition FROM survey_scheme WHERE deleted = 0 "
        "ORDER BY is_default DESC, updated_at DESC, rid DESC"));
    Database::exec(q);
    QList<SurveyScheme> out;
    while (q.next()) {
        QString error;
        std::optional<SurveyScheme> s = SurveyScheme::fromJson(
            QJsonDocument::fromJson(q.value(2).toByteArray()).object(), &error);
        if (!s)
            continue;
        s->id = q.value(0).toString();
        s->name = q.value(1).toString();
        out.append(*s);
    }
    return out;
}

SurveyScheme SurveyRepository::currentScheme(QString *problem) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, name, definition FROM survey_scheme WHERE deleted = 0 "
        "ORDER BY is_default DESC, updated_at DESC, rid DESC LIMIT 1"));
    Database::exec(q);
    if (!q.next())
        return SurveyScheme::standard();
    QString error;
    std::optional<SurveyScheme> s = SurveyScheme::fromJson(
        QJsonDocument::fromJson(q.value(2).toByteArray()).object(), &error);
    if (!s) {
        if (problem)
            *problem = QStringLiteral("stored scheme '%1' is not valid (%2); the standard scheme "
                                      "is used")
                           .arg(q.value(1).toString(), error);
        return SurveyScheme::standard();
    }
    s->id = q.value(0).toString();
    s->name = q.value(1).toString();
    return *s;
}

QString SurveyRepository::saveScheme(const SurveyScheme &scheme, const QString &actor)
{
    const QString problem = scheme.validate();
    if (!problem.isEmpty())
        throw StoreError(QStringLiteral("the scheme is not valid: %1").arg(problem));
    if (scheme.name.trimmed().isEmpty())
        throw StoreError(QStringLiteral("the scheme is not valid: it needs a name"));

    WriteTransaction tx(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery find = m_db.prepare(QStringLiteral("SELECT rev FROM survey_scheme WHERE id = ?"));
    find.addBindValue(scheme.id);
    Database::exec(find);
    const bool exists = !scheme.id.isEmpty() && find.next();
    const qint64 rev = std::max<qint64>(HybridClock::fromMillis(now),
                                        exists ? find.value(0).toLongLong() + 1 : 0);
    find.finish();

    const QString id = exists ? scheme.id : newUuid();
    // Only one default: the others lose it (a new revision of each, so that it syncs).
    // SQLite's scalar max() is greatest() on PostgreSQL.
    QSqlQuery others = m_db.prepare(m_db.isPostgres()
        ? QStringLiteral("UPDATE survey_scheme SET is_default = 0, rev = greatest(rev + 1, ?), "
                         "origin = ?, updated_at = ?, updated_by = ? "
                         "WHERE is_default = 1 AND id <> ?")
        : QStringLiteral("UPDATE survey_scheme SET is_default = 0, rev = max(rev + 1, ?), "
                         "origin = ?, updated_at = ?, updated_by = ? "
                         "WHERE is_default = 1 AND id <> ?"));
    others.addBindValue(rev);
    others.addBindValue(m_db.nodeId());
    others.addBindValue(now);
    others.addBindValue(actor);
    others.addBindValue(id);   // a new scheme's id too: `id <> NULL` would keep the old default
    Database::exec(others);

    const QByteArray definition = QJsonDocument(scheme.toJson()).toJson(QJsonDocument::Compact);
    QSqlQuery write = m_db.prepare(
        exists ? QStringLiteral("UPDATE survey_scheme SET name = ?, definition = ?, "
                                "is_default = 1, rev = ?, origin = ?, updated_at = ?, "
                                "updated_by = ?, deleted = 0 WHERE id = ?")
               : QStringLiteral("INSERT INTO survey_scheme (name, definition, is_default, rev, "
                                "origin, updated_at, updated_by, id) "
                                "VALUES (?, ?, 1, ?, ?, ?, ?, ?)"));
    write.addBindValue(scheme.name.trimmed());
    write.addBindValue(QString::fromUtf8(definition));
    write.addBindValue(rev);
    write.addBindValue(m_db.nodeId());
    write.addBindValue(now);
    write.addBindValue(actor);
    write.addBindValue(id);
    Database::exec(write);
    tx.commit();
    return id;
}
