#include "disputerepository.h"

#include "database.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

namespace {

// Open = not finished (closed or withdrawn), as disputeStatusIsFinal() says.
const char kOpenCondition[] = "d.status NOT IN ('closed', 'withdrawn')";

// `grid_code` range covering every code that starts with the prefix ('~' sorts after digits).
QString rangeCondition(const DisputeFilter &filter)
{
    if (filter.codePrefix.isEmpty())
        return QStringLiteral("1");
    return QStringLiteral("d.grid_code >= :lo AND d.grid_code < :hi");
}

void bindRange(QSqlQuery &q, const DisputeFilter &filter)
{
    if (filter.codePrefix.isEmpty())
        return;
    q.bindValue(QStringLiteral(":lo"), filter.codePrefix);
    q.bindValue(QStringLiteral(":hi"), filter.codePrefix + QLatin1Char('~'));
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<qint64> optionalMs(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

qint64 localMonthStartMs(QDate month)
{
    return QDateTime(QDate(month.year(), month.month(), 1), QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

DisputePage DisputeRepository::page(const DisputeFilter &filter,
                                    const std::optional<DisputeQueueKey> &after, int limit) const
{
    // The keys are sorted from the covering (grid_code, reported_at, rid) index alone, and only
    // the page's rows are read and joined: sorting whole rows of a large region costs ~5×.
    QString keys = QStringLiteral("SELECT d.rid, d.reported_at FROM dispute d WHERE %1")
                       .arg(rangeCondition(filter));
    if (after)
        keys += QStringLiteral(" AND (d.reported_at, d.rid) < (:at, :rid)");
    keys += QStringLiteral(" ORDER BY d.reported_at DESC, d.rid DESC LIMIT :limit");
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT d.rid, d.id, d.case_no, d.title, d.category, d.status, d.grid_code, "
                       "       g.name, v.name, d.reported_at, d.due_on, d.deleted "
                       "FROM (%1) k JOIN dispute d ON d.rid = k.rid "
                       "LEFT JOIN region g ON g.code = d.grid_code "
                       "LEFT JOIN region v ON v.code = g.parent_code "
                       "ORDER BY k.reported_at DESC, k.rid DESC")
            .arg(keys));
    bindRange(q, filter);
    if (after) {
        q.bindValue(QStringLiteral(":at"), after->reportedAt);
        q.bindValue(QStringLiteral(":rid"), after->rid);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    Database::exec(q);
    DisputePage page;
    page.rows.reserve(limit);
    int read = 0;
    DisputeQueueKey last;
    while (q.next()) {
        ++read;
        last = DisputeQueueKey {q.value(9).toLongLong(), q.value(0).toLongLong()};
        if (q.value(11).toBool())
            continue;
        DisputeListRow r;
        r.rid = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.caseNo = q.value(2).toString();
        r.title = q.value(3).toString();
        r.category = q.value(4).toString();
        r.status = q.value(5).toString();
        r.gridCode = q.value(6).toString();
        r.gridName = q.value(7).toString();
        r.villageName = q.value(8).toString();
        r.reportedAt = q.value(9).toLongLong();
        r.dueOn = dateOf(q.value(10));
        page.rows << r;
    }
    if (read == limit)
        page.next = last;
    return page;
}

qint64 DisputeRepository::count(const DisputeFilter &filter) const
{
    return counts(filter).total;
}

qint64 DisputeRepository::countOpen(const DisputeFilter &filter) const
{
    return counts(filter).open;
}

DisputeRepository::Counts DisputeRepository::counts(const DisputeFilter &filter) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT count(*), coalesce(sum(%1), 0) FROM dispute d WHERE d.deleted = 0 AND %2")
            .arg(QLatin1String(kOpenCondition), rangeCondition(filter)));
    bindRange(q, filter);
    Database::exec(q);
    Counts c;
    if (q.next()) {
        c.total = q.value(0).toLongLong();
        c.open = q.value(1).toLongLong();
    }
    return c;
}

QHash<QString, DisputeRepository::Counts>
DisputeRepository::countsByChild(const DisputeFilter &filter, int childPrefixLength) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT substr(d.grid_code, 1, :len) AS k, count(*), coalesce(sum(%1), 0) "
                       "FROM dispute d WHERE d.deleted = 0 AND %2 GROUP BY k")
            .arg(QLatin1String(kOpenCondition), rangeCondition(filter)));
    q.bindValue(QStringLiteral(":len"), childPrefixLength);
    bindRange(q, filter);
    Database::exec(q);
    QHash<QString, Counts> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   Counts {q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

std::optional<DisputeDetail> DisputeRepository::detail(const QString &id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.case_no, d.title, d.summary, d.category, d.source, d.complexity, "
        "       d.is_major, d.status, d.level, d.grid_code, g.name, v.name, t.name, "
        "       b.name, p.name, d.parties, d.amount_yuan, d.reported_at, d.accepted_at, "
        "       d.resolved_at, d.closed_at, d.due_on, d.outcome, d.satisfaction "
        "FROM dispute d "
        "LEFT JOIN region g ON g.code = d.grid_code "
        "LEFT JOIN region v ON v.code = g.parent_code "
        "LEFT JOIN region t ON t.code = v.parent_code "
        "LEFT JOIN mediation_body b ON b.id = d.mediation_body_id "
        "LEFT JOIN person p ON p.id = d.mediator_id "
        "WHERE d.id = ? AND d.deleted = 0"));
    q.addBindValue(id);
    Database::exec(q);
    if (!q.next())
        return std::nullopt;
    DisputeDetail d;
    d.id = q.value(0).toString();
    d.caseNo = q.value(1).toString();
    d.title = q.value(2).toString();
    d.summary = q.value(3).toString();
    d.category = q.value(4).toString();
    d.source = q.value(5).toString();
    d.complexity = q.value(6).toString();
    d.major = q.value(7).toBool();
    d.status = q.value(8).toString();
    d.level = q.value(9).toInt();
    d.gridCode = q.value(10).toString();
    d.gridName = q.value(11).toString();
    d.villageName = q.value(12).toString();
    d.townshipName = q.value(13).toString();
    d.mediationBody = q.value(14).toString();
    d.mediator = q.value(15).toString();
    d.partyCount = q.value(16).toInt();
    d.amountYuan = q.value(17).toLongLong();
    d.reportedAt = q.value(18).toLongLong();
    d.acceptedAt = optionalMs(q.value(19));
    d.resolvedAt = optionalMs(q.value(20));
    d.closedAt = optionalMs(q.value(21));
    d.dueOn = dateOf(q.value(22));
    d.outcome = q.value(23).toString();
    d.satisfaction = q.value(24).toString();
    q.finish();

    QSqlQuery parties = m_db.prepare(QStringLiteral(
        "SELECT role, name, id_card, phone FROM dispute_party "
        "WHERE dispute_id = ? AND deleted = 0 ORDER BY "
        "CASE role WHEN 'applicant' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, rid"));
    parties.addBindValue(id);
    Database::exec(parties);
    while (parties.next()) {
        d.parties << DisputePartyRow {parties.value(0).toString(), parties.value(1).toString(),
                                      parties.value(2).toString(), parties.value(3).toString()};
    }

    QSqlQuery events = m_db.prepare(
        QStringLiteral("SELECT at, action, from_status, to_status, actor, note FROM dispute_event "
                       "WHERE dispute_id = ? AND deleted = 0 ORDER BY at, rid"));
    events.addBindValue(id);
    Database::exec(events);
    while (events.next()) {
        d.events << DisputeEventRow {events.value(0).toLongLong(), events.value(1).toString(),
                                     events.value(2).toString(),   events.value(3).toString(),
                                     events.value(4).toString(),   events.value(5).toString()};
    }
    return d;
}

QList<DisputeMonthCount> DisputeRepository::monthly(const DisputeFilter &filter, QDate lastMonth,
                                                    int months) const
{
    QList<DisputeMonthCount> out;
    if (!lastMonth.isValid() || months <= 0)
        return out;
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    const QDate first = last.addMonths(-(months - 1));
    // Local-time month boundaries; rows are binned here, which is cheaper than strftime per row.
    QList<qint64> bounds;
    for (int i = 0; i <= months; ++i) {
        const QDate m = first.addMonths(i);
        if (i < months)
            out << DisputeMonthCount {m, 0, 0};
        bounds << localMonthStartMs(m);
    }
    auto slotOf = [&](qint64 ms) -> int {
        if (ms < bounds.constFirst() || ms >= bounds.constLast())
            return -1;
        const auto it = std::upper_bound(bounds.cbegin(), bounds.cend(), ms);
        return int(it - bounds.cbegin()) - 1;
    };
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT d.reported_at, d.closed_at FROM dispute d WHERE d.deleted = 0 AND %1 "
            "AND (d.reported_at >= :from OR d.closed_at >= :from) AND d.reported_at < :to")
            .arg(rangeCondition(filter)));
    bindRange(q, filter);
    q.bindValue(QStringLiteral(":from"), bounds.constFirst());
    q.bindValue(QStringLiteral(":to"), bounds.constLast());
    Database::exec(q);
    while (q.next()) {
        const int reported = slotOf(q.value(0).toLongLong());
        if (reported >= 0)
            ++out[reported].reported;
        if (!q.value(1).isNull()) {
            const int closed = slotOf(q.value(1).toLongLong());
            if (closed >= 0)
                ++out[closed].closed;
        }
    }
    return out;
}

std::optional<qint64> DisputeRepository::latestReportedAt() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT reported_at FROM dispute WHERE deleted = 0 "
                                              "ORDER BY reported_at DESC LIMIT 1"));
    Database::exec(q);
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}
