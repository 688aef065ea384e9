#include "cmd_backup.h"

#include "cliapp.h"

#include "store/auditlog.h"
#include "store/backupservice.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

QJsonObject auditHeadJson(const BackupInfo &info)
{
    return {{QStringLiteral("seq"), info.auditHeadSeq},
            {QStringLiteral("hash"), info.auditHeadHash}};
}

// "17 3f9a0c1e…", or "empty" for a log without rows.
QString auditHeadText(const BackupInfo &info)
{
    if (info.auditHeadSeq == 0)
        return QStringLiteral("empty");
    return QStringLiteral("%1 %2…").arg(info.auditHeadSeq).arg(info.auditHeadHash.left(12));
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB");
}

// The one FILE both commands take.
QString fileArgument(const QString &command, const CliArgs &args)
{
    if (args.positional().isEmpty() || args.positional().first().isEmpty()) {
        throw CliError{ExitUsage, QStringLiteral("%1: say which file: %1 FILE").arg(command)};
    }
    return args.positional().first();
}

QString whoActs(const CliArgs &args, const QString &actor)
{
    if (args.has(QStringLiteral("by")) || actor.isEmpty())
        return args.actor();
    return actor;
}

int backup(const QString &dbPath, const QStringList &words, const QString &actor,
           QTextStream &out)
{
    const CliArgs args(QStringLiteral("backup"), words,
                       {{QStringLiteral("by")}, {QStringLiteral("json")}, 1});
    const QString target = fileArgument(QStringLiteral("backup"), args);
    if (!QFileInfo::exists(dbPath))
        throw CliError{ExitFailure, QStringLiteral("%1: no such database").arg(dbPath)};
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(dbPath).absoluteFilePath()) {
        throw CliError{ExitRejected, QStringLiteral("backup: %1: a backup cannot be written "
                                                    "over the database it copies")
                                         .arg(target)};
    }
    if (QFileInfo(target).isDir())
        throw CliError{ExitRejected, QStringLiteral("backup: %1: is a folder").arg(target)};
    const QString login = whoActs(args, actor);
    // The integrity of what is copied is checked on the copy, so the store is not read twice.
    auto db = Database::open(dbPath, Database::Mode::ReadWrite, true, Database::Check::Deferred);
    const BackupInfo info = BackupService(login).backup(*db, target);
    if (!db->isReadOnly()) {
        AuditLog(*db).append(AuditRecord{login, QStringLiteral("backup"), info.file,
                                         QStringLiteral("%1 pages, %2 bytes, audit head %3")
                                             .arg(info.pages)
                                             .arg(info.bytes)
                                             .arg(info.auditHeadSeq),
                                         QStringLiteral("ok")},
                             QDateTime::currentMSecsSinceEpoch());
    }
    if (args.has(QStringLiteral("json"))) {
        out << compact({{QStringLiteral("file"), info.file},
                        {QStringLiteral("db"), info.source},
                        {QStringLiteral("bytes"), info.bytes},
                        {QStringLiteral("pages"), info.pages},
                        {QStringLiteral("seconds"), info.seconds},
                        {QStringLiteral("schema_version"), info.schemaVersion},
                        {QStringLiteral("made_at"), isoTime(info.madeAt)},
                        {QStringLiteral("audit_head"), auditHeadJson(info)}})
            << "\n";
    } else {
        out << info.file << ": backup of " << info.source << ", " << megabytes(info.bytes)
            << ", " << info.pages << " pages in " << QString::number(info.seconds, 'f', 2)
            << " s; audit head " << auditHeadText(info) << "\n";
    }
    return ExitOk;
}

int restore(const QString &dbPath, const QStringList &words, const QString &actor,
            QTextStream &out)
{
    const CliArgs args(QStringLiteral("restore"), words,
                       {{QStringLiteral("by")}, {QStringLiteral("json")}, 1});
    const QString file = fileArgument(QStringLiteral("restore"), args);
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(dbPath).absoluteFilePath()) {
        throw CliError{ExitRejected, QStringLiteral("restore: %1: this is the database itself, "
                                                    "not a backup of it")
                                         .arg(file)};
    }
    // A backup that cannot be used is refused before anything is touched.
    try {
        BackupService::readInfo(file);
    } catch (const StoreError &e) {
        throw CliError{ExitRejected, QStringLiteral("restore: %1; nothing was changed")
                                         .arg(e.message())};
    }
    const QString login = whoActs(args, actor);
    const RestoreInfo r = BackupService(login).restore(dbPath, file);
    {
        auto db = Database::open(dbPath, Database::Mode::ReadWrite, true,
                                 Database::Check::Deferred);
        QString detail = QStringLiteral("backup made %1 by %2, schema %3, audit head %4")
                             .arg(isoTime(r.backup.madeAt), r.backup.madeBy)
                             .arg(r.backup.schemaVersion)
                             .arg(r.backup.auditHeadSeq);
        if (!r.keptAs.isEmpty())
            detail += QStringLiteral("; previous database kept as ") + r.keptAs;
        AuditLog(*db).append(AuditRecord{login, QStringLiteral("restore"), r.backupFile, detail,
                                         QStringLiteral("ok")},
                             QDateTime::currentMSecsSinceEpoch());
    }
    if (args.has(QStringLiteral("json"))) {
        out << compact({{QStringLiteral("db"), r.dbPath},
                        {QStringLiteral("backup"), r.backupFile},
                        {QStringLiteral("kept_as"),
                         r.keptAs.isEmpty() ? QJsonValue() : QJsonValue(r.keptAs)},
                        {QStringLiteral("previous_damaged"), r.previousDamaged},
                        {QStringLiteral("made_at"), isoTime(r.backup.madeAt)},
                        {QStringLiteral("made_by"), r.backup.madeBy},
                        {QStringLiteral("schema_version_backup"), r.schemaBefore},
                        {QStringLiteral("schema_version"), r.schemaAfter},
                        {QStringLiteral("audit_head"), auditHeadJson(r.backup)}})
            << "\n";
    } else {
        out << r.dbPath << ": restored from " << r.backupFile << " (made "
            << isoTime(r.backup.madeAt) << ", schema " << r.schemaBefore;
        if (r.schemaAfter != r.schemaBefore)
            out << ", migrated to " << r.schemaAfter;
        out << ", audit head " << auditHeadText(r.backup) << ")\n";
        if (!r.keptAs.isEmpty()) {
            out << "the previous database" << (r.previousDamaged ? " (damaged)" : "")
                << " was kept as " << r.keptAs << "\n";
        }
    }
    return ExitOk;
}

} // namespace

QString backupUsage()
{
    return QStringLiteral(
        "  backup FILE [--by LOGIN] [--json]\n"
        "                     copy the database into FILE (a consistent snapshot, also while\n"
        "                     others write); an existing FILE is replaced only when the copy\n"
        "                     is complete and sound\n"
        "  restore FILE [--by LOGIN] [--json]\n"
        "                     replace the database by the backup FILE after checking it; the\n"
        "                     current database is kept as DB.before-restore-YYYYMMDD-HHMMSS\n");
}

int runBackupCommand(const QString &dbPath, const QStringList &words, const QString &actor,
                     QTextStream &out, QTextStream &err)
{
    return runCliCommand(err, [&] { return backup(dbPath, words, actor, out); });
}

int runRestoreCommand(const QString &dbPath, const QStringList &words, const QString &actor,
                      QTextStream &out, QTextStream &err)
{
    return runCliCommand(err, [&] { return restore(dbPath, words, actor, out); });
}
