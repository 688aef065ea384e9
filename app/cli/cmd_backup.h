#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// Backups on the command line (app/cli/cmd_backup.cpp), through store/backupservice.h.
//
// `pingan-cli backup FILE [--by LOGIN] [--json]`: copies the database into FILE with SQLite's
// online backup API (a consistent snapshot, also while other programs write); an existing FILE
// is replaced only by a complete, sound copy. Prints where, size, pages, seconds, audit head.
//
// `pingan-cli restore FILE [--by LOGIN] [--json]`: checks the backup FILE, keeps the current
// database as `<db>.before-restore-YYYYMMDD-HHMMSS`, copies the backup in and migrates it.
//
// Both record an audit row (actions "backup" / "restore") as `actor` (or --by). Exit 2 on wrong
// usage, 3 when FILE is refused (not a sound Pingan backup; the database itself), 1 otherwise.
int runBackupCommand(const QString &dbPath, const QStringList &words, const QString &actor,
                     QTextStream &out, QTextStream &err);
int runRestoreCommand(const QString &dbPath, const QStringList &words, const QString &actor,
                      QTextStream &out, QTextStream &err);

// The commands' lines for `pingan-cli help`.
QString backupUsage();
