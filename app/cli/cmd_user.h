#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// pingan-cli user … (accounts) and audit … (the audit log). See usersUsage().
QString usersUsage();
int runUserCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                   QTextStream &err);
int runAuditCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                    QTextStream &err);
