#include "naivedisputequeue.h"

#include "database.h"
#include "ftsbigram.h"
#include "storeerror.h"

#include <QSqlError>
#include <QSqlQueryModel>
#include <QVariantList>

namespace {

// The columns the list shows.
const char kListColumns[]
    = "d.rid, d.id, d.case_no, d.title, d.category, d.status, d.level, d.source, d.is_major, "
      "d.grid_code, g.name, v.name, d.reported_at, d.due_on";
const char kListJoins[] = "FROM dispute d LEFT JOIN region g ON g.code = d.grid_code "
                          "LEFT JOIN region v ON v.code = g.parent_code";

QString orderByOf(const DisputeSort &sort)
{
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString column;
    switch (sort.column) {
    case DisputeSortColumn::CaseNo: column = QStringLiteral("d.case_no"); break;
    case DisputeSortColumn::Title: column = QStringLiteral("d.title"); break;
    case DisputeSortColumn::Category: column = QStringLiteral("d.category"); break;
    case DisputeSortColumn::Status: column = QStringLiteral("d.status"); break;
    case DisputeSortColumn::Level: column = QStringLiteral("d.level"); break;
    case DisputeSortColumn::Source: column = QStringLiteral("d.source"); break;
    case DisputeSortColumn::Grid: column = QStringLiteral("d.grid_code"); break;
    case DisputeSortColumn::Due: column = QStringLiteral("coalesce(d.due_on, '')"); break;
    case DisputeSortColumn::Reported: break;
    }
    QStringList terms;
    if (!column.isEmpty())
        terms << column + dir;
    terms << QStringLiteral("d.reported_at") + dir << QStringLiteral("d.rid") + dir;
    return terms.join(QLatin1String(", "));
}

void drain(QSqlQuery &q)
{
    while (q.next()) { }
}

} // namespace

QString NaiveDisputeQueue::listSql(const QString &where, const DisputeSort &sort) const
{
    return QStringLiteral("SELECT %1 %2 WHERE d.deleted = 0 AND %3 ORDER BY %4")
        .arg(QLatin1String(kListColumns), QLatin1String(kListJoins), where, orderByOf(sort));
}

QSqlQuery NaiveDisputeQueue::plainQuery(const DisputeFilter &filter) const
{
    QStringList where {QStringLiteral("1")};
    QVariantList values;
    if (!filter.codePrefix.isEmpty()) {
        where << QStringLiteral("d.grid_code >= ? AND d.grid_code < ?");
        values << filter.codePrefix << filter.codePrefix + QLatin1Char('~');
    }
    if (!filter.category.isEmpty()) {
        where << QStringLiteral("d.category = ?");
        values << filter.category;
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("d.status = ?");
        values << filter.status;
    }
    const QString sql = listSql(where.join(QStringLiteral(" AND ")), filter.sort);
    QSqlQuery q(m_db.connection()); // scrollable, as QSqlQuery is by default
    if (!q.prepare(sql))
        throw StoreError(q.lastError().text(), sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::exec(q);
    return q;
}

void NaiveDisputeQueue::readOffsetPage(const DisputeSort &sort, qint64 offset) const
{
    QSqlQuery q = m_db.prepare(listSql(QStringLiteral("1"), sort)
                               + QStringLiteral(" LIMIT %1 OFFSET ?").arg(PageRows));
    q.addBindValue(offset);
    Database::exec(q);
    drain(q);
}

void NaiveDisputeQueue::readLastOffsetPage(const DisputeSort &sort) const
{
    readOffsetPage(sort, std::max<qint64>(0, liveDisputes() - PageRows));
}

void NaiveDisputeQueue::readLikePage(const QString &term) const
{
    const QString like = QStringLiteral("%") + term + QStringLiteral("%");
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 %2 WHERE d.deleted = 0 AND (d.title LIKE ? OR d.summary LIKE ? "
                       "OR EXISTS (SELECT 1 FROM dispute_party p WHERE p.dispute_id = d.id "
                       "AND p.deleted = 0 AND p.name LIKE ?)) ORDER BY %3 LIMIT %4")
            .arg(QLatin1String(kListColumns), QLatin1String(kListJoins),
                 orderByOf(DisputeSort {}))
            .arg(PageRows));
    q.addBindValue(like);
    q.addBindValue(like);
    q.addBindValue(like);
    Database::exec(q);
    drain(q);
}

qint64 NaiveDisputeQueue::liveDisputes() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM dispute WHERE deleted = 0"));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 NaiveDisputeQueue::textMatches(const QString &term) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM dispute_fts WHERE dispute_fts MATCH ?"));
    q.addBindValue(bigramMatchExpression(term));
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString NaiveDisputeQueue::busiestTownshipPrefix() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT substr(grid_code, 1, 9) FROM dispute GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

QString NaiveDisputeQueue::commonestCategory(const QString &prefix) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT category FROM dispute WHERE grid_code >= ? AND grid_code < ? "
                       "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    q.addBindValue(prefix);
    q.addBindValue(prefix + QLatin1Char('~'));
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

QStringList NaiveDisputeQueue::sampleTitles() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT title FROM dispute WHERE rid % 97 = 0 AND deleted = 0 LIMIT 5000"));
    Database::exec(q);
    QStringList titles;
    while (q.next())
        titles << q.value(0).toString();
    return titles;
}

void NaiveDisputeQueue::loadFirstScreen(const DisputeFilter &filter) const
{
    QSqlQueryModel naive;
    naive.setQuery(plainQuery(filter));
    if (naive.lastError().isValid())
        throw StoreError(naive.lastError().text());
}

std::unique_ptr<NaiveLoadedList>
NaiveDisputeQueue::loadToTheEnd(const DisputeFilter &filter) const
{
    auto naive = std::make_unique<QSqlQueryModel>();
    naive->setQuery(plainQuery(filter));
    while (naive->canFetchMore())
        naive->fetchMore();
    return std::make_unique<NaiveLoadedList>(std::move(naive));
}

NaiveLoadedList::NaiveLoadedList(std::unique_ptr<QSqlQueryModel> model)
    : m_model(std::move(model))
{ }

NaiveLoadedList::~NaiveLoadedList() = default;

qint64 NaiveLoadedList::rows() const
{
    return m_model->rowCount();
}
