#include "database.h"

#include "ftsbigram.h"
#include "migrator.h"
#include "storeerror.h"

#include "domain/ids.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return QStringLiteral("pingan-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    // The same file for the GUI and the CLI whatever their application names:
    // ~/.local/share/pingan/pingan.db on Linux.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/pingan/pingan.db");
}

bool Database::isServerAddress(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://"))
           || path.startsWith(QLatin1String("postgres://"));
}

std::unique_ptr<Database> Database::openServer(const QString &address, Mode mode, bool migrate)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString shown = url.isValid() ? url.toString(QUrl::RemovePassword) : address;
    const QString form = QStringLiteral("postgresql://USER@HOST:PORT/DBNAME");
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/'))
        || url.userName().isEmpty()) {
        throw StoreError(QStringLiteral("%1: not a PostgreSQL address; write it as %2")
                             .arg(shown, form));
    }
    if (!url.password().isEmpty()) {
        // An address is shown in process lists, shell history and messages.
        throw StoreError(QStringLiteral("%1: leave the password out of the address; put it in "
                                        "PGPASSWORD or ~/.pgpass").arg(shown));
    }
    std::unique_ptr<Database> db(new Database);
    db->m_backend = Backend::Postgres;
    db->m_path = shown;
    db->m_connectionName = nextConnectionName();
    db->m_readOnly = mode == Mode::ReadOnly;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        throw StoreError(QStringLiteral("%1: the PostgreSQL driver of Qt (QPSQL, Debian package "
                                        "libqt6sql6-psql) is not installed").arg(shown));
    }
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    db->m_db.setHostName(url.host());
    db->m_db.setPort(url.port(5432));
    db->m_db.setDatabaseName(dbName);
    db->m_db.setUserName(url.userName());
    db->m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=pingan"));
    if (!db->m_db.open()) {
        throw StoreError(QStringLiteral("%1: cannot connect: %2")
                             .arg(shown, db->m_db.lastError().text().trimmed()));
    }
    // Text is stored as UTF-8 (and compared by code point: every text column is COLLATE "C", so
    // queues, case numbers and exports sort as in a SQLite store).
    QSqlQuery q(db->m_db);
    if (!q.exec(QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database "
                               "WHERE datname = current_database()"))
        || !q.next()) {
        throw StoreError(QStringLiteral("%1: cannot read the database's settings: %2")
                             .arg(shown, q.lastError().databaseText()));
    }
    if (q.value(0).toString() != QLatin1String("UTF8")) {
        throw StoreError(QStringLiteral("%1: the database's encoding is %2; Pingan needs UTF8: "
                                        "create it with createdb -E UTF8 -T template0 %3")
                             .arg(shown, q.value(0).toString(), dbName));
    }
    q.finish();
    db->finishOpening(migrate);
    return db;
}

std::unique_ptr<Database> Database::open(const QString &path, Mode mode, bool migrate, Check check)
{
    if (isServerAddress(path))
        return openServer(path, mode, migrate);
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = nextConnectionName();
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode == Mode::ReadOnly)
        throw StoreError(QStringLiteral("%1: no such database file").arg(path));
    if (!exists) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            throw StoreError(QStringLiteral("%1: cannot create folder %2").arg(path, dir));
    }
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_readOnly = mode == Mode::ReadOnly;
    if (db->m_readOnly)
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db->m_db.open())
        throw StoreError(QStringLiteral("%1: cannot open: %2").arg(path, db->m_db.lastError().text()));
    registerBigramTokenizer(db->handle());   // dispute search; before any check or migration

    // A file that is not a database fails here, at the first read.
    QSqlQuery probe(db->m_db);
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        throw StoreError(QStringLiteral("%1: not a usable database: %2")
                             .arg(path, probe.lastError().databaseText()));
    }
    const bool migrationDue = probe.value(0).toInt() < Migrator::latestVersion();
    probe.finish();

    if (check == Check::AtOpen || (migrationDue && migrate && !db->m_readOnly)) {
        const QStringList problems = db->runQuickCheck();
        if (!problems.isEmpty()) {
            db->m_damage = problems.mid(0, 5).join(QLatin1Char('\n'));
            if (!db->m_readOnly) {
                // Reopen read-only: a damaged file is never written to.
                db->m_db.close();
                db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                db->m_readOnly = true;
                if (!db->m_db.open())
                    throw StoreError(QStringLiteral("%1: cannot open: %2")
                                         .arg(path, db->m_db.lastError().text()));
                registerBigramTokenizer(db->handle());
            }
        }
    }

    db->finishOpening(migrate);
    return db;
}

void Database::finishOpening(bool migrate)
{
    applyPragmas();
    if (!m_readOnly && migrate) {
        Migrator(*this).migrate();
        ensureNode();
    } else if (schemaVersion() > Migrator::latestVersion()) {
        throw StoreError(QStringLiteral("%1: schema version %2 is newer than this program (%3)")
                             .arg(m_path)
                             .arg(schemaVersion())
                             .arg(Migrator::latestVersion()));
    }
}

QStringList Database::runQuickCheck()
{
    if (isPostgres())
        return {};   // the server keeps its own files sound (checksums, WAL)
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        throw StoreError(QStringLiteral("%1: not a usable database: %2")
                             .arg(m_path, check.lastError().databaseText()));
    }
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

QStringList Database::quickCheck(const QString &path)
{
    try {
        auto db = open(path, Mode::ReadOnly, false, Check::Deferred);
        return db->runQuickCheck();
    } catch (const StoreError &e) {
        return {e.text()};
    }
}

void Database::applyPragmas()
{
    if (isPostgres()) {
        QStringList settings = {QStringLiteral("SET lock_timeout = '5s'"),
                                QStringLiteral("SET client_min_messages = warning")};
        if (m_readOnly)
            settings << QStringLiteral("SET default_transaction_read_only = on");
        for (const QString &sql : settings) {
            QSqlQuery q(m_db);
            if (!q.exec(sql))
                throw StoreError(q.lastError().databaseText(), sql);
        }
        return;
    }
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = 5000"),
                           QStringLiteral("PRAGMA synchronous = FULL"),
                           QStringLiteral("PRAGMA temp_store = MEMORY"),
                           // Deleted rows are zeroed, so removed personal data leaves the file.
                           QStringLiteral("PRAGMA secure_delete = ON"),
                           QStringLiteral("PRAGMA cache_size = -65536")};
    if (!m_readOnly)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const QString &sql : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            throw StoreError(q.lastError().databaseText(), sql);
    }
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (isPostgres()) {
        // A table that does not exist cannot be named in a query: ask in two steps.
        const QString exists = QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL");
        if (!q.exec(exists) || !q.next())
            throw StoreError(q.lastError().databaseText(), exists);
        if (!q.value(0).toBool())
            return 0;
        const QString version = QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version");
        if (!q.exec(version) || !q.next())
            throw StoreError(q.lastError().databaseText(), version);
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        throw StoreError(q.lastError().databaseText(), QStringLiteral("PRAGMA user_version"));
    return q.value(0).toInt();
}

void Database::ensureNode()
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id FROM node WHERE is_self = 1"));
    exec(q);
    if (q.next()) {
        m_nodeId = q.value(0).toString();
        return;
    }
    q.finish();
    WriteTransaction tx(*this);
    // Two workstations opening a new server database at once: the second one's row is dropped
    // and both read the first one's id.
    QSqlQuery ins = prepare(QStringLiteral(
        "INSERT INTO node (id, name, role, scope_code, is_self, created_at) "
        "VALUES (?, ?, 'hub', NULL, 1, ?) ON CONFLICT DO NOTHING"));
    ins.addBindValue(newUuid());
    ins.addBindValue(isPostgres() ? connection().databaseName() : QFileInfo(m_path).completeBaseName());
    ins.addBindValue(QDateTime::currentMSecsSinceEpoch());
    exec(ins);
    tx.commit();
    QSqlQuery again = prepare(QStringLiteral("SELECT id FROM node WHERE is_self = 1"));
    exec(again);
    if (!again.next())
        throw StoreError(QStringLiteral("%1: the store has no node row").arg(m_path));
    m_nodeId = again.value(0).toString();
}

QString Database::nodeId() const
{
    if (m_nodeId.isEmpty()) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT id FROM node WHERE is_self = 1")) && q.next())
            m_nodeId = q.value(0).toString();
    }
    return m_nodeId;
}

void Database::requireSqlite(const QString &what) const
{
    if (isPostgres()) {
        throw StoreError(QCoreApplication::translate("Database", "%1: %2 needs a SQLite store; on "
                                                                "PostgreSQL it is not available yet")
                             .arg(m_path, what));
    }
}

sqlite3 *Database::handle() const
{
    if (isPostgres())   // the message is made only when it is needed: bulk writers call this often
        requireSqlite(QCoreApplication::translate("Database", "this task"));
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        throw StoreError(QStringLiteral("%1: the SQLite driver gave no handle").arg(m_path));
    return *static_cast<sqlite3 *const *>(v.data());
}

QString Database::portableSql(QString sql)
{
    static const QRegularExpression plus(QStringLiteral("(?<=[\\s(,=<>])\\+(?=[a-z_]\\w*\\.)"));
    static const QRegularExpression indexedBy(QStringLiteral(" INDEXED BY \\w+"));
    return sql.remove(plus).remove(indexedBy).replace(QLatin1String(" CROSS JOIN "),
                                                      QLatin1String(" JOIN "));
}

QSqlQuery Database::prepare(const QString &sql)
{
    // SQL is written for SQLite; a server gets it without SQLite's planner hints.
    const QString text = isPostgres() ? portableSql(sql) : sql;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(text))
        throw StoreError(q.lastError().databaseText(), text);
    return q;
}

namespace {

QString diskFullMessage(const QString &path, const QString &driverMessage)
{
    const QString text = QCoreApplication::translate(
        "Database", "the disk is full, or the database has reached its size limit: nothing "
                    "was saved (%1)").arg(driverMessage);
    return path.isEmpty() ? text : path + QStringLiteral(": ") + text;
}

} // namespace

bool Database::isDiskFull(int code, const QString &message)
{
    return (code & 0xff) == SQLITE_FULL
           || message.contains(QLatin1String("database or disk is full"));
}

StoreError Database::failure(sqlite3 *handle, const QString &statement, const QString &path)
{
    const QString message = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : "no connection");
    if (handle && isDiskFull(sqlite3_extended_errcode(handle), message))
        return StoreError(diskFullMessage(path, message), statement);
    return StoreError(message, statement);
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        if (isDiskFull(error.nativeErrorCode().toInt(), error.databaseText()))
            throw StoreError(diskFullMessage({}, error.databaseText()), query.lastQuery());
        throw StoreError(error.databaseText(), query.lastQuery());
    }
}

void Database::execScript(const QString &sql)
{
    if (isPostgres()) {
        QSqlQuery q(m_db);   // not prepared: the simple protocol runs several statements
        if (!q.exec(sql))
            throw StoreError(q.lastError().databaseText(), sql);
        return;
    }
    char *err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(handle(), utf8.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        if (isDiskFull(rc, message))
            throw StoreError(diskFullMessage(m_path, message), sql);
        throw StoreError(message, sql);
    }
}

void Database::setMaxPageCount(qint64 pages)
{
    requireSqlite(QStringLiteral("a page limit"));
    execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
    if (db.isReadOnly())
        throw StoreError(QStringLiteral("%1: the database is open read-only").arg(db.path()));
    db.execScript(db.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    ++db.m_transactions;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done)
        --m_db.m_transactions;
    if (!m_done && m_db.isPostgres()) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
    } else if (!m_done) {
        char *err = nullptr;
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, &err);
        sqlite3_free(err);
    }
}

void WriteTransaction::commit()
{
    m_db.execScript(QStringLiteral("COMMIT"));
    m_done = true;
    --m_db.m_transactions;
}
