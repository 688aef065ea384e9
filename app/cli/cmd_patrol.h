#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// Patrol records on the command line:
// `pingan-cli incidents import FILE.csv [--by LOGIN] [--json]` and
// `pingan-cli shifts import FILE.csv [--by LOGIN] [--json]`: the whole file or nothing; every
// bad row is listed as FILE:LINE: field 'NAME': … (exit 3).
// `words` are the words after `incidents` / `shifts`.
int runIncidentsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                        QTextStream &err);
int runShiftsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                     QTextStream &err);

// `pingan-cli stats response --from DATE --to DATE [--by platform|township] [--bands 1,3,5]
// [--json]`: measured response times (arrival − call) of the days from..to (both included),
// with the monthly trend and the shifts per platform. Bands default to the setting
// `patrol.response_bands` (e.g. "1,3,5"), else 1, 3 and 5 minutes.
// `words` are the words after `stats response`. Exit 2 on wrong usage, 1 without a store.
int runResponseStatsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                            QTextStream &err);

// The commands' lines for `pingan-cli help`.
QString patrolCommandUsage();
