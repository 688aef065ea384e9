#include "storestatement.h"

#include "storeerror.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QVariant>

StoreStatement::StoreStatement(Database &db, const QByteArray &sql)
{
    if (!db.isPostgres()) {
        m_sqlite.emplace(db.handle(), sql);
        return;
    }
    // SQLite's numbered parameters (?1, used once or more) are PostgreSQL's $1; Qt numbers only
    // plain '?' itself, and would read ?1 as the next parameter followed by a 1.
    static const QRegularExpression numbered(QStringLiteral("\\?(?=\\d)"));
    m_sql = QString::fromUtf8(sql).replace(numbered, QStringLiteral("$"));
    m_query = db.prepare(m_sql);
}

void StoreStatement::bind(int index, qint64 value)
{
    if (m_sqlite)
        m_sqlite->bind(index, value);
    else
        m_query.bindValue(index - 1, value);
}

void StoreStatement::bind(int index, const QByteArray &value)
{
    if (m_sqlite)
        m_sqlite->bind(index, value);
    else if (value.isEmpty())
        m_query.bindValue(index - 1, QStringLiteral(""));   // '' as on SQLite, not NULL
    else
        m_query.bindValue(index - 1, QString::fromUtf8(value));
}

bool StoreStatement::next()
{
    if (m_sqlite)
        return m_sqlite->next();
    if (!m_ran) {
        if (!m_query.exec())
            throw StoreError(m_query.lastError().databaseText(), m_sql);
        m_ran = true;
    }
    return m_query.next();
}

void StoreStatement::reset()
{
    if (m_sqlite) {
        m_sqlite->reset();
        return;
    }
    m_query.finish();
    m_ran = false;
}

bool StoreStatement::isNull(int column) const
{
    return m_sqlite ? m_sqlite->isNull(column) : m_query.isNull(column);
}

qint64 StoreStatement::integer(int column) const
{
    if (m_sqlite)
        return m_sqlite->integer(column);
    // sum() of a bigint is numeric on PostgreSQL and comes as text or double: both convert
    return m_query.value(column).toLongLong();
}

double StoreStatement::real(int column) const
{
    return m_sqlite ? m_sqlite->real(column) : m_query.value(column).toDouble();
}

std::string_view StoreStatement::text(int column) const
{
    if (m_sqlite)
        return m_sqlite->text(column);
    if (m_texts.size() <= size_t(column))
        m_texts.resize(size_t(column) + 1);
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return {};
    // A bytea comes as its bytes, as SQLite gives a blob's.
    m_texts[size_t(column)] = v.typeId() == QMetaType::QByteArray ? v.toByteArray()
                                                                   : v.toString().toUtf8();
    const QByteArray &bytes = m_texts[size_t(column)];
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

QString StoreStatement::string(int column) const
{
    return m_sqlite ? m_sqlite->string(column) : m_query.value(column).toString();
}
