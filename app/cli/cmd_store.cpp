#include "cmd_store.h"

#include "cliapp.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/storecopier.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

QString storeUsage()
{
    return QStringLiteral(
        "  store copy --to postgresql://USER@HOST:PORT/DBNAME [--json]\n"
        "                     copy this SQLite store into an empty PostgreSQL database, for a\n"
        "                     county center with several workstations (password: PGPASSWORD)\n");
}

namespace {

int storeCopy(const QString &dbPath, const CliArgs &args, const QString &actor, QTextStream &out,
              QTextStream &err)
{
    const QString to = args.value(QStringLiteral("to"));
    if (to.isEmpty())
        throw CliError{ExitUsage, QStringLiteral("store copy: --to postgresql://USER@HOST:PORT/DBNAME is needed")};
    if (!Database::isServerAddress(to))
        throw CliError{ExitUsage, QStringLiteral("store copy: --to must be a postgresql:// address, not '%1'").arg(to)};
    if (Database::isServerAddress(dbPath))
        throw CliError{ExitUsage, QStringLiteral("store copy: --db must be the SQLite file to copy")};
    auto from = openStoreForWriting(dbPath);   // brings the file to the newest schema first
    std::unique_ptr<Database> target;
    try {
        target = Database::open(to);
    } catch (const StoreError &e) {
        throw CliError{ExitRejected, e.text()};
    }
    QElapsedTimer clock;
    clock.start();
    const bool tty = isatty(fileno(stderr));
    StoreCopier::Result result;
    try {
        result = StoreCopier(*from, *target).copy([&](qint64 done, qint64 total) {
            if (tty) {
                err << "\r" << (total > 0 ? done * 100 / total : 100) << "% " << done << " rows\x1b[K";
                err.flush();
            }
            return true;
        });
    } catch (const StoreError &e) {
        if (tty)
            err << "\r\x1b[K";
        // An unusable target (not empty, other collation) is the input's fault.
        if (e.message().contains(QLatin1String("already holds data")))
            throw CliError{ExitRejected, e.text()};
        throw;
    }
    if (tty) {
        err << "\r\x1b[K";
        err.flush();
    }
    const double seconds = clock.elapsed() / 1000.0;
    // The server's own history says where its rows came from (the file's history is in it).
    target.reset();
    auto server = Database::open(to);
    AuditLog(*server).append({actor, QStringLiteral("store.copy"), dbPath,
                              QStringLiteral("%1 rows from %2").arg(result.rows).arg(dbPath),
                              QStringLiteral("ok")},
                             QDateTime::currentMSecsSinceEpoch());
    if (args.has(QStringLiteral("json"))) {
        QJsonObject tables;
        for (const StoreCopier::TableCount &t : result.tables)
            tables.insert(t.table, t.rows);
        out << compactJson(QJsonObject{{QStringLiteral("from"), dbPath},
                                       {QStringLiteral("to"), server->path()},
                                       {QStringLiteral("rows"), result.rows},
                                       {QStringLiteral("tables"), tables},
                                       {QStringLiteral("seconds"), seconds}})
            << "\n";
    } else {
        out << dbPath << " -> " << server->path() << ": " << result.rows << " rows in "
            << result.tables.size() << " tables, " << QString::number(seconds, 'f', 1) << " s\n";
        out << "Workstations now open it with --db " << server->path()
            << "; keep the file as a backup and do not work in it any more.\n";
    }
    return ExitOk;
}

} // namespace

int runStoreCommand(const QString &dbPath, const QStringList &words, const QString &actor,
                    QTextStream &out, QTextStream &err)
{
    const QString sub = words.value(0);
    if (sub == QLatin1String("copy"))
        return storeCopy(dbPath, CliArgs(QStringLiteral("store copy"), words.mid(1), {{"to"}, {"json"}}),
                         actor, out, err);
    throw CliError{ExitUsage, sub.isEmpty() ? QStringLiteral("store: say what to do (copy)")
                                            : QStringLiteral("store: unknown subcommand '%1'").arg(sub)};
}
