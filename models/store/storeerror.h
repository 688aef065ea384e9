#pragma once

#include <QString>

#include <stdexcept>

// A failure of the store: the statement (or step) that failed and the driver's message.
class StoreError : public std::runtime_error
{
public:
    StoreError(const QString &what, const QString &statement = {})
        : std::runtime_error((statement.isEmpty() ? what : what + QStringLiteral(" [")
                                                             + statement.simplified().left(300)
                                                             + QStringLiteral("]"))
                                 .toStdString())
        , m_message(what)
        , m_statement(statement)
    {}

    QString message() const { return m_message; }
    QString statement() const { return m_statement; }
    QString text() const { return QString::fromStdString(what()); }

private:
    QString m_message;
    QString m_statement;
};
