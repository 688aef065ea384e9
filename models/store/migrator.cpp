#include "migrator.h"

#include "database.h"
#include "storeerror.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {

const QString kMigrationDir = QStringLiteral(":/sql");
const QString kPostgresDir = QStringLiteral(":/sql/pg");

int stepNumber(const QString &fileName)
{
    return fileName.left(4).toInt();
}

} // namespace

QStringList Migrator::stepFiles(bool postgres)
{
    const QString dir = postgres ? kPostgresDir : kMigrationDir;
    QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}_[a-z0-9_]+\\.sql$"));
    QStringList steps;
    for (const QString &f : files) {
        if (pattern.match(f).hasMatch())
            steps << dir + QLatin1Char('/') + f;
    }
    return steps;
}

int Migrator::latestVersion()
{
    const QStringList steps = stepFiles();
    return steps.isEmpty() ? 0 : stepNumber(steps.last().section(QLatin1Char('/'), -1));
}

int Migrator::migrate()
{
    return migrateTo(latestVersion());
}

int Migrator::migrateTo(int version)
{
    const bool postgres = m_db.isPostgres();
    int current = m_db.schemaVersion();
    if (current > latestVersion()) {
        throw StoreError(QStringLiteral("%1: schema version %2 is newer than this program (%3)")
                             .arg(m_db.path())
                             .arg(current)
                             .arg(latestVersion()));
    }
    int ran = 0;
    for (const QString &path : stepFiles(postgres)) {
        const int step = stepNumber(path.section(QLatin1Char('/'), -1));
        if (step <= current || step > version)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("cannot read migration %1").arg(path));
        const QString sql = QString::fromUtf8(file.readAll());
        WriteTransaction tx(m_db);
        if (postgres) {
            // Workstations starting together: one migrates, the others wait and then skip.
            m_db.execScript(QStringLiteral("SELECT pg_advisory_xact_lock(7310)"));
            current = m_db.schemaVersion();
            if (step <= current)
                continue;
        }
        try {
            m_db.execScript(sql);
            if (postgres)
                m_db.execScript(QStringLiteral("UPDATE schema_version SET version = %1").arg(step));
            else
                m_db.execScript(QStringLiteral("PRAGMA user_version = %1").arg(step));
        } catch (const StoreError &e) {
            throw StoreError(QStringLiteral("migration %1 failed: %2")
                                 .arg(path.section(QLatin1Char('/'), -1), e.message()),
                             e.statement());
        }
        tx.commit();
        ++ran;
    }
    return ran;
}
