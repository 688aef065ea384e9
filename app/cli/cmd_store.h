#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// Moving a store to a PostgreSQL server (app/cli/cmd_store.cpp), through store/storecopier.h.
//
// `pingan-cli --db FILE store copy --to postgresql://USER@HOST:PORT/DBNAME [--json]`: copies
// every table of the SQLite store FILE into the empty server database, in one transaction, and
// records `store.copy` in both audit logs. Exit 3 when the server database is not empty or not
// usable, 1 on other failures; the server database is left as it was.
int runStoreCommand(const QString &dbPath, const QStringList &words, const QString &actor,
                    QTextStream &out, QTextStream &err);

// The commands' lines for `pingan-cli help`.
QString storeUsage();
