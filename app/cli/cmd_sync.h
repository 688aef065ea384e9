#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// Offline townships on the command line (DESIGN §10), through store/noderepository.h,
// store/syncexchange.h and store/conflictrepository.h.
//
// `pingan-cli node init|show|identity|trust …`: this store as a sync node and the nodes it
// trusts. `pingan-cli sync export|import|conflicts|resolve|hashes …`: packages and what they
// leave behind. Exit 2 on wrong usage, 3 when a package, an identity file, a node or a
// conflict is refused (the message names the file and why, e.g.
// `pkg.db: rejected (tampered): …`), 1 otherwise.
int runNodeCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                   QTextStream &err);
int runSyncCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                   QTextStream &err);

// The commands' lines for `pingan-cli help`.
QString syncUsage();
