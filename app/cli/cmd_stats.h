#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// `pingan-cli stats disputes --from DATE --to DATE [--region CODE] [--as-of DATE] [--json]`:
// dispute statistics of a region (default: the county) and a period of local days, compared with
// the previous period and the year before, as a table or as one JSON object.
// `words` are the words after `stats`. Prints errors itself and returns the exit code:
// 2 wrong usage (unknown option, a malformed day, from after to), 3 no region with the code,
// 1 a missing or unusable store.
int runStatsCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                    QTextStream &err);

// The command's lines for `pingan-cli help`.
QString statsCommandUsage();
