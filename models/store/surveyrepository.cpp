#include "store/surveyrepository.h"

#include "domain/ids.h"
#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>

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

// A region code of up to 15 digits as a number (for a fast lookup per response row); -1 when
// it is not all digits.
qint64 codeNumber(std::string_view code)
{
    if (code.empty() || code.size() > 18)
        return -1;
    qint64 v = 0;
    for (char c : code) {
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    // Keep the length apart: "0001" and "01" are different codes.
    return v * 100 + qint64(code.size());
}

} // namespace

QList<SurveyRepository::Wave> SurveyRepository::waves() const
{
    // The count per wave reads its (wave_id, respondent_key) index, not the rows.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT w.id, w.name, w.starts_on, w.ends_on, "
        "       (SELECT count(*) FROM survey_response r WHERE r.wave_id = w.id AND r.deleted = 0) "
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

SurveyTally SurveyRepository::tally(const QString &waveId, const std::atomic_bool *cancel) const
{
    SurveyTally tally;
    SqliteStatement s(m_db.handle(),
                      "SELECT region_code, security, order_satisfaction, "
                      "enforcement_satisfaction, awareness, participation "
                      "FROM survey_response WHERE wave_id = ?1 AND deleted = 0");
    s.bind(1, waveId.toUtf8());
    // Region code → tally row, keyed by the code's digits: no string made per row.
    std::unordered_map<qint64, int> rows;
    std::unordered_map<std::string, int> otherRows;   // codes that are not all digits
    std::string lastCode;
    int lastRow = -1;
    qint64 seen = 0;
    while (s.next()) {
        if (cancel && (++seen & 0xffff) == 0 && cancel->load())
            return {};
        const std::string_view code = s.text(0);
        int row;
        if (lastRow >= 0 && code == lastCode) {
            row = lastRow;
        } else {
            const qint64 number = codeNumber(code);
            if (number >= 0) {
                const auto it = rows.find(number);
                if (it != rows.end()) {
                    row = it->second;
                } else {
                    row = tally.regionIndex(QString::fromUtf8(code.data(), qsizetype(code.size())));
                    rows.emplace(number, row);
                }
            } else {
                const std::string key(code);
                const auto it = otherRows.find(key);
                if (it != otherRows.end()) {
                    row = it->second;
                } else {
                    row = tally.regionIndex(QString::fromStdString(key));
                    otherRows.emplace(key, row);
                }
            }
            lastCode.assign(code.data(), code.size());
            lastRow = row;
        }
        tally.add(row, {int(s.integer(1)), int(s.integer(2)), int(s.integer(3)),
                        int(s.integer(4)), int(s.integer(5))});
    }
    return tally;
}

SurveyTally SurveyRepository::tallyByGroupBy(const QString &waveId) const
{
    SurveyTally tally;
    SqliteStatement s(m_db.handle(),
                      "SELECT region_code, security, order_satisfaction, "
                      "enforcement_satisfaction, awareness, participation, count(*) "
                      "FROM survey_response WHERE wave_id = ?1 AND deleted = 0 "
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

    // Only one default: the others lose it (a new revision of each, so that it syncs).
    QSqlQuery others = m_db.prepare(QStringLiteral(
        "UPDATE survey_scheme SET is_default = 0, rev = max(rev + 1, ?), origin = ?, "
        "updated_at = ?, updated_by = ? WHERE is_default = 1 AND id <> ?"));
    others.addBindValue(rev);
    others.addBindValue(m_db.nodeId());
    others.addBindValue(now);
    others.addBindValue(actor);
    others.addBindValue(scheme.id);
    Database::exec(others);

    const QString id = exists ? scheme.id : newUuid();
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
