#include "serverrowwriter.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>

ServerRowWriter::ServerRowWriter(Database &server, const QString &table, const QString &columns)
    : m_db(server)
    , m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns))
{
}

void ServerRowWriter::add(const QSqlRecord &record)
{
    const QSqlDriver *driver = m_db.connection().driver();
    QStringList values;
    values.reserve(record.count());
    for (int c = 0; c < record.count(); ++c)
        values << driver->formatValue(record.field(c));
    m_waiting << QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_justSent = false;
    if (m_waiting.size() == kBatchRows) {
        flush();
        m_justSent = true;
    }
}

qint64 ServerRowWriter::flush()
{
    if (!m_waiting.isEmpty()) {
        m_db.execScript(m_head + m_waiting.join(QStringLiteral(",\n")));
        m_sent += m_waiting.size();
        m_waiting.clear();
    }
    return m_sent;
}
