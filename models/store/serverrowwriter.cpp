#include "serverrowwriter.h"

#include "database.h"
#include "storeerror.h"

#include <QSqlDriver>
#include <QSqlRecord>
#include <QVariant>

#include <libpq-fe.h>

namespace {

// One value in COPY's text format: \N for NULL, bytea as \\x and hex digits, and backslash,
// tab, newline and carriage return escaped in text.
void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        out += "\\\\x";
        out += value.toByteArray().toHex();
        return;
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double:
        out += QByteArray::number(value.toDouble(), 'g', 17);
        return;
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

} // namespace

ServerRowWriter::ServerRowWriter(Database &server, const QString &table, const QString &columns)
    : m_db(server)
    , m_table(table)
    , m_columns(columns)
{
    const QVariant handle = m_db.connection().driver()->handle();
    // Qt's driver hands out the libpq connection (named by its typedef or by its struct).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        throw StoreError(QStringLiteral("%1: not a PostgreSQL connection (%2)")
                             .arg(m_db.path(), QString::fromLatin1(handle.typeName())));
    m_conn = *static_cast<PGconn *const *>(handle.constData());
}

ServerRowWriter::~ServerRowWriter()
{
    if (!m_copying)
        return;
    PQputCopyEnd(m_conn, "the copy was not finished");
    while (PGresult *result = PQgetResult(m_conn))
        PQclear(result);
}

void ServerRowWriter::fail(const QString &what)
{
    const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    throw StoreError(message.isEmpty() ? what : message, what);
}

void ServerRowWriter::start()
{
    const QString sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_table, m_columns);
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!ready)
        fail(sql);
    m_copying = true;
}

void ServerRowWriter::send()
{
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
        fail(QStringLiteral("COPY %1").arg(m_table));
    m_buffer.clear();
}

void ServerRowWriter::add(const QSqlRecord &record)
{
    if (!m_copying)
        start();
    for (int c = 0; c < record.count(); ++c) {
        if (c > 0)
            m_buffer += '\t';
        appendValue(m_buffer, record.value(c));
    }
    m_buffer += '\n';
    ++m_rows;
    m_justSent = m_buffer.size() >= kBufferBytes;
    if (m_justSent)
        send();
}

qint64 ServerRowWriter::flush()
{
    if (!m_copying)
        return m_rows;
    send();
    m_copying = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        fail(QStringLiteral("COPY %1").arg(m_table));
    bool ok = true;
    QString message;
    while (PGresult *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            ok = false;
            message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
        PQclear(result);
    }
    if (!ok)
        throw StoreError(message, QStringLiteral("COPY %1 (%2)").arg(m_table, m_columns));
    return m_rows;
}
