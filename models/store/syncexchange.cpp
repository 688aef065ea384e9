#include "syncexchange.h"

#include "auditlog.h"
#include "database.h"
#include "noderepository.h"
#include "serverrowwriter.h"
#include "storeerror.h"
#include "syncrows.h"

#include "domain/ids.h"
#include "security/signing.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>
#include <optional>

namespace {

const QString kFormat = QStringLiteral("pingan-sync/1");
const QString kScope = QStringLiteral("(SELECT code FROM temp.sync_scope)");

// What a package carries of one table, and how a township's share of it is found.
struct TableSpec {
    const char *name;
    bool scoped; // a township's rows (both ways); otherwise county-wide (hub to township)
    bool appendOnly; // rows are never changed once written (history)
    // Whether row `t` is in the township of temp.sync_scope. %1 is where disputes are looked
    // up, %2 where platforms are, %3 where incidents are (the store's tables, or those and the
    // package's together).
    const char *scopeWhere;
    // The region of row `t` of the store, for a conflict's record.
    const char *regionOf;
    const char *naturalKey; // a second unique column besides id, or nullptr
    bool remapNaturalKey; // the same key made on two nodes is one row (calendar, settings)
};

// In the order they are applied. Parties come before their disputes: the search index of a new
// dispute is then built once, with its parties, instead of once more for every party.
const TableSpec kTables[] = {
    {"region", false, false, nullptr, "t.code", "code", false},
    {"person", false, false, nullptr, "t.region_code", nullptr, false},
    {"mediation_body", false, false, nullptr, "t.region_code", nullptr, false},
    {"holiday", false, false, nullptr, "NULL", "day", true},
    {"setting", false, false, nullptr, "NULL", "key", true},
    {"survey_scheme", false, false, nullptr, "NULL", nullptr, false},
    {"survey_wave", false, false, nullptr, "NULL", "name", false},
    {"road", false, false, nullptr, "NULL", nullptr, false},
    // A platform of a neighbouring township that answered calls in this one goes with its
    // incidents.
    {"platform", true, false,
     "(t.region_code IN %S OR t.id IN (SELECT platform_id FROM %3 WHERE grid_code IN %S))",
     "t.region_code", "code", false},
    {"dispute_party", true, false, "t.dispute_id IN (SELECT id FROM %1 WHERE grid_code IN %S)",
     "(SELECT grid_code FROM main.dispute d WHERE d.id = t.dispute_id)", nullptr, false},
    {"dispute", true, false, "t.grid_code IN %S", "t.grid_code", "case_no", false},
    {"dispute_event", true, true, "t.dispute_id IN (SELECT id FROM %1 WHERE grid_code IN %S)",
     "(SELECT grid_code FROM main.dispute d WHERE d.id = t.dispute_id)", nullptr, false},
    {"patrol_shift", true, false, "t.platform_id IN (SELECT id FROM %2 WHERE region_code IN %S)",
     "(SELECT region_code FROM main.platform p WHERE p.id = t.platform_id)", nullptr, false},
    {"incident", true, false,
     "(t.grid_code IN %S OR t.platform_id IN (SELECT id FROM %2 WHERE region_code IN %S))",
     "coalesce(t.grid_code, (SELECT region_code FROM main.platform p WHERE p.id = "
     "t.platform_id))",
     nullptr, false},
    {"conflict", true, false, "t.region_code IN %S", "t.region_code", nullptr, false},
};

const TableSpec *specOf(const QString &table)
{
    for (const TableSpec &t : kTables)
        if (table == QLatin1String(t.name))
            return &t;
    return nullptr;
}

// The scope predicate of `spec` over the store's tables, or over the store's and the
// package's together (for checking a package before it is applied).
QString scopeWhere(const TableSpec &spec, bool withPackage, const QString &scope = kScope)
{
    QString where = QString::fromLatin1(spec.scopeWhere);
    where.replace(QStringLiteral("%S"), scope);
    where.replace(QStringLiteral("%1"),
                  withPackage ? QStringLiteral("(SELECT id, grid_code FROM main.dispute UNION ALL "
                                               "SELECT id, grid_code FROM pkg.rows_dispute) u")
                              : QStringLiteral("main.dispute"));
    where.replace(QStringLiteral("%3"),
                  withPackage ? QStringLiteral("(SELECT platform_id, grid_code FROM main.incident "
                                               "UNION ALL SELECT platform_id, grid_code FROM "
                                               "pkg.rows_incident) u")
                              : QStringLiteral("main.incident"));
    where.replace(QStringLiteral("%2"),
                  withPackage
                      ? QStringLiteral("(SELECT id, region_code FROM main.platform UNION "
                                       "ALL SELECT id, region_code FROM pkg.rows_platform) u")
                      : QStringLiteral("main.platform"));
    return where;
}

// Every manifest entry but the signature, sorted by key, as "key=value" lines: the text the
// sender signs.
QByteArray signingText(const QMap<QString, QString> &manifest)
{
    QByteArray text;
    for (auto it = manifest.cbegin(); it != manifest.cend(); ++it) {
        if (it.key() == QLatin1String("signature"))
            continue;
        text += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
    }
    return text;
}

// Attaches a package file to the store's connection as `pkg` for the life of the object.
class AttachedPackage {
public:
    AttachedPackage(Database &db, const QString &path)
        : m_db(db)
    {
        QSqlQuery attach = m_db.prepare(QStringLiteral("ATTACH DATABASE ? AS pkg"));
        attach.addBindValue(path);
        Database::exec(attach);
    }
    ~AttachedPackage()
    {
        QSqlQuery detach(m_db.connection());
        detach.exec(QStringLiteral("DETACH DATABASE pkg"));
    }
    AttachedPackage(const AttachedPackage &) = delete;
    AttachedPackage &operator=(const AttachedPackage &) = delete;

private:
    Database &m_db;
};

// Where the package's own SQL runs, with the package attached as `pkg`: on a file store, the
// store's connection (one transaction covers both); a server cannot attach a file, so for a
// server store a scratch SQLite database of its own.
class PackageSide {
public:
    PackageSide(Database &store, const QString &path)
        : m_db(&store)
    {
        if (store.isPostgres()) {
            m_dir.emplace();
            if (!m_dir->isValid())
                throw StoreError(QStringLiteral("no temporary folder to read the package in (%1)")
                                     .arg(m_dir->errorString()));
            m_own = Database::open(m_dir->filePath(QStringLiteral("package-side.db")),
                                   Database::Mode::ReadWrite, false);
            m_db = m_own.get();
        }
        m_attached.emplace(*m_db, path);
    }
    Database &db() { return *m_db; }
    // Whether the package has a connection (and so a transaction) of its own.
    bool separate() const { return m_own != nullptr; }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_own;
    Database *m_db;
    std::optional<AttachedPackage> m_attached;
};

// A server store's copy of the package's rows, for the checks and the import that join them
// with the store's rows: table `pkg_rows_<table>` in pg_temp with the store's column types,
// dropped when it goes.
class StagedPackage {
public:
    StagedPackage(Database &store, Database &package, const QMap<QString, QStringList> &columns)
        : m_db(store)
    {
        WriteTransaction tx(m_db);
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            const QString &table = it.key();
            const QString list = SyncRows::columnList(it.value());
            m_db.execScript(QStringLiteral("DROP TABLE IF EXISTS pg_temp.pkg_rows_%1; "
                                           "CREATE TEMP TABLE pkg_rows_%1 AS SELECT %2 FROM %1 "
                                           "WITH NO DATA; "
                                           "ALTER TABLE pg_temp.pkg_rows_%1 ADD PRIMARY KEY (id)")
                                .arg(table, list));
            m_tables << QStringLiteral("pg_temp.pkg_rows_") + table;
            QSqlQuery read = package.prepare(
                QStringLiteral("SELECT %1 FROM pkg.rows_%2").arg(list, table));
            Database::exec(read);
            ServerRowWriter writer(m_db, QStringLiteral("pg_temp.pkg_rows_") + table, list);
            while (read.next())
                writer.add(read.record());
            writer.flush();
            m_db.execScript(QStringLiteral("ANALYZE pg_temp.pkg_rows_%1").arg(table));
        }
        tx.commit();
    }
    ~StagedPackage()
    {
        if (m_tables.isEmpty())
            return;
        QSqlQuery drop(m_db.connection());
        drop.exec(QStringLiteral("DROP TABLE IF EXISTS ") + m_tables.join(QStringLiteral(", ")));
    }
    StagedPackage(const StagedPackage &) = delete;
    StagedPackage &operator=(const StagedPackage &) = delete;

private:
    Database &m_db;
    QStringList m_tables;
};

// The scope of township `code`: the township and every region below it, from the store's
// regions (and the package's, when it brings them).
void fillScope(Database &db, const QString &code, bool withPackage)
{
    db.execScript(SyncRows::onStore(
        db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_scope (code TEXT PRIMARY KEY);"
                           "DELETE FROM temp.sync_scope;")));
    const QString regions = withPackage
        ? QStringLiteral("(SELECT code, parent_code FROM main.region UNION ALL "
                         "SELECT code, parent_code FROM pkg.rows_region)")
        : QStringLiteral("main.region");
    // The codes come out distinct (UNION), into an emptied table.
    QSqlQuery fill = db.prepare(SyncRows::onStore(
        db, QStringLiteral("INSERT INTO temp.sync_scope (code) SELECT code FROM %1 s")
                .arg(SyncRows::regionsUnder(db, QStringLiteral("?"), regions))));
    fill.addBindValue(code);
    Database::exec(fill);
}

// SHA-256 over the rows of `select`, each value tagged with its type and length so that no two
// different sets of rows give the same bytes.
void hashRows(sqlite3 *handle, const QByteArray &select, QCryptographicHash &hash)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, select.constData(), int(select.size()), &stmt, nullptr)
        != SQLITE_OK)
        throw Database::failure(handle, QString::fromUtf8(select));
    const int n = sqlite3_column_count(stmt);
    QByteArray row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        row.clear();
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(stmt, i)) {
            case SQLITE_NULL:
                row += 'N';
                break;
            case SQLITE_INTEGER:
                row += 'I' + QByteArray::number(sqlite3_column_int64(stmt, i)) + ';';
                break;
            case SQLITE_FLOAT:
                row += 'R' + QByteArray::number(sqlite3_column_double(stmt, i), 'g', 17) + ';';
                break;
            case SQLITE_BLOB: {
                const int size = sqlite3_column_bytes(stmt, i);
                row += 'B' + QByteArray::number(size) + ':';
                row.append(static_cast<const char *>(sqlite3_column_blob(stmt, i)), size);
                break;
            }
            default: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
                const int size = sqlite3_column_bytes(stmt, i);
                row += 'T' + QByteArray::number(size) + ':';
                row.append(text, size);
                break;
            }
            }
        }
        hash.addData(row);
        hash.addData(QByteArrayView("\n", 1));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        throw Database::failure(handle, QString::fromUtf8(select));
}

// hashRows() on either store: on a server, the same bytes for the same values as on SQLite, so
// that a table hashes alike on a file and on a server.
void hashRows(Database &db, const QString &select, QCryptographicHash &hash)
{
    if (!db.isPostgres()) {
        hashRows(db.handle(), select.toUtf8(), hash);
        return;
    }
    QSqlQuery q = db.prepare(SyncRows::onStore(db, select));
    Database::exec(q);
    const int n = q.record().count();
    QByteArray row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < n; ++i) {
            const QVariant v = q.value(i);
            if (v.isNull()) {
                row += 'N';
                continue;
            }
            switch (v.typeId()) {
            case QMetaType::LongLong:
            case QMetaType::ULongLong: // the driver's type for a bigint that is not negative
            case QMetaType::Int:
                row += 'I' + QByteArray::number(v.toLongLong()) + ';';
                break;
            case QMetaType::Double:
                row += 'R' + QByteArray::number(v.toDouble(), 'g', 17) + ';';
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                row += 'B' + QByteArray::number(bytes.size()) + ':' + bytes;
                break;
            }
            default: {
                const QByteArray text = v.toString().toUtf8();
                row += 'T' + QByteArray::number(text.size()) + ':' + text;
                break;
            }
            }
        }
        hash.addData(row);
        hash.addData(QByteArrayView("\n", 1));
    }
}

// Reports the steps of an export or import to the caller, and stops the work when told to.
class Steps {
public:
    Steps(const SyncExchange::Progress &progress, int total)
        : m_progress(progress)
        , m_total(total)
    {
        report();
    }
    void done()
    {
        ++m_done;
        report();
    }

private:
    void report() const
    {
        if (m_progress && !m_progress(m_done, m_total))
            throw SyncCancelled();
    }
    const SyncExchange::Progress &m_progress;
    int m_total;
    int m_done = 0;
};

constexpr int kTableCount = int(std::size(kTables));

// Removes a file when it goes: a package left half-written by a failure or a cancel.
struct RemovedAtExit {
    QString path;
    ~RemovedAtExit() { QFile::remove(path); }
};

qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = db.prepare(SyncRows::onStore(db, sql));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QString SyncRejected::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Damaged:
        return QStringLiteral("damaged");
    case Kind::Unsigned:
        return QStringLiteral("unsigned");
    case Kind::Tampered:
        return QStringLiteral("tampered");
    case Kind::Foreign:
        return QStringLiteral("foreign");
    case Kind::Replayed:
        return QStringLiteral("replayed");
    case Kind::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("refused");
}

void SyncExchange::useScope(const QString &township)
{
    fillScope(m_db, township, false);
}

QString SyncExchange::scopeCondition(const QString &table)
{
    const TableSpec *spec = specOf(table);
    if (!spec || !spec->scoped)
        return QStringLiteral("1");
    return scopeWhere(*spec, false);
}

QStringList SyncExchange::syncedTables()
{
    QStringList out;
    for (const TableSpec &t : kTables)
        out << QLatin1String(t.name);
    return out;
}

QMap<QString, QByteArray> SyncExchange::contentHashes(const QString &scopeCode)
{
    QMap<QString, QByteArray> out;
    // The township's regions as a subquery, not the temporary table: a read-only connection to
    // a server cannot make one.
    const QString scope = SyncRows::regionsUnder(
        m_db, QLatin1Char('\'') + QString(scopeCode).replace(QLatin1Char('\''), QStringLiteral("''"))
                  + QLatin1Char('\''));
    for (const TableSpec &spec : kTables) {
        const QString table = QLatin1String(spec.name);
        const QStringList columns = SyncRows::columnsOf(m_db, QStringLiteral("main"), table);
        QString sql = QStringLiteral("SELECT %1 FROM main.%2 t")
                          .arg(SyncRows::columnList(columns, QStringLiteral("t")), table);
        if (!scopeCode.isEmpty() && spec.scoped)
            sql += QStringLiteral(" WHERE ") + scopeWhere(spec, false, scope);
        sql += QStringLiteral(" ORDER BY t.id");
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hashRows(m_db, sql, hash);
        out.insert(table, hash.result().toHex());
    }
    return out;
}

SyncExchange::Exported SyncExchange::exportTo(const QString &peerIdOrName, const QString &outPath,
                                              qint64 now, const QString &actor,
                                              const Progress &progress)
{
    Q_UNUSED(actor);
    NodeRepository nodes(m_db);
    const NodeRepository::Self self = nodes.self();
    if (!self.initialised)
        throw SyncRejected(
            SyncRejected::Kind::Refused,
            QStringLiteral("this store is not a sync node yet (pingan-cli node init)"));
    SyncPeer peer;
    try {
        peer = nodes.peer(peerIdOrName);
    } catch (const NodeRefused &e) {
        throw SyncRejected(SyncRejected::Kind::Refused, e.message());
    }
    const QByteArray secret = nodes.secretKey();
    const NodeIdentity me = nodes.identity();
    const bool toTownship = peer.identity.role == QLatin1String("township");
    const QString township = toTownship ? peer.identity.scopeCode : self.scopeCode;

    const QFileInfo out(outPath);
    if (!out.absoluteDir().exists())
        throw SyncRejected(SyncRejected::Kind::Refused,
                           QStringLiteral("%1: the folder does not exist").arg(outPath));
    const QString temp = out.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temp);
    const RemovedAtExit unfinished {temp};   // renamed away when complete
    Steps steps(progress, 2 * kTableCount);

    Exported result;
    result.path = outPath;
    result.packageId = newUuid();
    {
        PackageSide side(m_db, temp);
        Database &pkg = side.db();
        // The package is written to a temporary name and renamed when complete: it needs no
        // journal of its own.
        pkg.execScript(
            QStringLiteral("PRAGMA pkg.journal_mode = OFF; PRAGMA pkg.synchronous = OFF;"));
        const QString lastChange = QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log");
        qint64 upto = 0;
        if (m_db.isPostgres()) {
            // Other workstations write at the same time, and a change numbered lower can commit
            // after one numbered higher. Waiting until no change is being written (SHARE mode
            // lets no writer in) makes every change up to `upto` visible; later ones get
            // higher numbers and go with the next package.
            WriteTransaction settle(m_db);
            m_db.execScript(QStringLiteral("LOCK TABLE change_log IN SHARE MODE"));
            upto = scalar(m_db, lastChange);
            settle.commit();
        }
        WriteTransaction tx(m_db);
        std::optional<WriteTransaction> packageTx;
        if (side.separate())
            packageTx.emplace(pkg);
        if (!m_db.isPostgres())
            upto = scalar(m_db, lastChange);
        const qint64 acked = peer.ackedByPeer;
        fillScope(m_db, township, false);

        QMap<QString, QString> manifest;
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (const TableSpec &spec : kTables) {
            const QString table = QLatin1String(spec.name);
            const QStringList columns = SyncRows::columnsOf(m_db, QStringLiteral("main"), table);
            // The package's table: the store's columns and types, keyed by id.
            pkg.execScript(
                QStringLiteral("CREATE TABLE pkg.rows_%1 (%2)")
                    .arg(table,
                         SyncRows::packageColumnDefs(m_db, table).join(QStringLiteral(", "))));
            if (!spec.scoped && !toTownship) {
                manifest.insert(QStringLiteral("rows.") + table, QStringLiteral("0"));
                steps.done();
                continue; // a township sends only its own rows
            }
            // Nothing confirmed yet: every row of the scope (a township's starting data).
            QString select = acked < 0
                ? QStringLiteral("SELECT %2 FROM main.%1 t WHERE t.origin <> :to")
                      .arg(table, SyncRows::columnList(columns, QStringLiteral("t")))
                : QStringLiteral("SELECT %2 FROM change_log c "
                                 "JOIN main.%1 t ON t.id = c.row_id WHERE c.tbl = '%1' "
                                 "AND c.seq > :acked AND c.seq <= :upto AND t.origin <> :to")
                      .arg(table, SyncRows::columnList(columns, QStringLiteral("t")));
            if (spec.scoped)
                select += QStringLiteral(" AND ") + scopeWhere(spec, false);
            const QString insert = QStringLiteral("INSERT INTO pkg.rows_%1 (%2) ")
                                       .arg(table, SyncRows::columnList(columns));
            // On a file, one statement copies the rows into the attached package; a server's
            // rows come to this program and go into the package row by row.
            QSqlQuery copy = m_db.prepare(
                side.separate() ? SyncRows::onStore(m_db, select) : insert + select);
            copy.bindValue(QStringLiteral(":to"), peer.identity.id);
            if (acked >= 0) {
                copy.bindValue(QStringLiteral(":acked"), acked);
                copy.bindValue(QStringLiteral(":upto"), upto);
            }
            Database::exec(copy);
            qint64 rows = 0;
            if (side.separate()) {
                QStringList marks;
                for (int i = 0; i < columns.size(); ++i)
                    marks << QStringLiteral("?");
                QSqlQuery put = pkg.prepare(
                    insert + QStringLiteral("VALUES (%1)").arg(marks.join(QStringLiteral(", "))));
                while (copy.next()) {
                    for (int i = 0; i < columns.size(); ++i)
                        put.bindValue(i, copy.value(i));
                    Database::exec(put);
                    ++rows;
                }
            } else {
                rows = copy.numRowsAffected();
            }
            copy.finish();
            manifest.insert(QStringLiteral("rows.") + table, QString::number(rows));
            result.rowsByTable.insert(table, rows);
            result.rows += rows;
            steps.done();
        }
        for (const TableSpec &spec : kTables) {
            const QString table = QLatin1String(spec.name);
            const QStringList columns = SyncRows::columnsOf(pkg, QStringLiteral("pkg"),
                                                            QStringLiteral("rows_") + table);
            digest.addData(table.toUtf8() + '\n' + columns.join(QLatin1Char(',')).toUtf8() + '\n');
            hashRows(pkg.handle(),
                     QStringLiteral("SELECT %1 FROM pkg.rows_%2 ORDER BY id")
                         .arg(SyncRows::columnList(columns), table)
                         .toUtf8(),
                     digest);
            steps.done();
        }
        QSqlQuery bump = m_db.prepare(QStringLiteral(
            "UPDATE sync_peer SET sent_seq = sent_seq + 1, last_export_at = ? WHERE node_id = ?"));
        bump.addBindValue(now);
        bump.addBindValue(peer.identity.id);
        Database::exec(bump);
        result.sequence = peer.sentPackages + 1;

        manifest.insert(QStringLiteral("format"), kFormat);
        manifest.insert(QStringLiteral("package_id"), result.packageId);
        manifest.insert(QStringLiteral("created_at"), QString::number(now));
        manifest.insert(QStringLiteral("from_node"), me.id);
        manifest.insert(QStringLiteral("from_name"), me.name);
        manifest.insert(QStringLiteral("from_role"), me.role);
        manifest.insert(QStringLiteral("from_scope"), me.scopeCode);
        manifest.insert(QStringLiteral("to_node"), peer.identity.id);
        manifest.insert(QStringLiteral("to_scope"), peer.identity.scopeCode);
        manifest.insert(QStringLiteral("county"), me.countyCode());
        manifest.insert(QStringLiteral("schema_version"), QString::number(m_db.schemaVersion()));
        manifest.insert(QStringLiteral("seq"), QString::number(result.sequence));
        manifest.insert(QStringLiteral("upto"), QString::number(upto));
        manifest.insert(QStringLiteral("ack"),
                        peer.receivedUpto < 0 ? QStringLiteral("none")
                                              : QString::number(peer.receivedUpto));
        manifest.insert(QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex()));
        manifest.insert(QStringLiteral("public_key"), QString::fromLatin1(me.publicKey.toHex()));
        manifest.insert(QStringLiteral("signature"),
                        QString::fromLatin1(Signing::sign(signingText(manifest), secret).toHex()));
        pkg.execScript(QStringLiteral(
            "CREATE TABLE pkg.manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        QSqlQuery put
            = pkg.prepare(QStringLiteral("INSERT INTO pkg.manifest (key, value) VALUES (?, ?)"));
        for (auto it = manifest.cbegin(); it != manifest.cend(); ++it) {
            put.addBindValue(it.key());
            put.addBindValue(it.value());
            Database::exec(put);
        }
        put.finish();
        // The package is complete before the store counts it as sent.
        if (packageTx)
            packageTx->commit();
        tx.commit();
    }
    QFile::remove(outPath);
    if (!QFile::rename(temp, outPath)) {
        QFile::remove(temp);
        throw StoreError(QStringLiteral("%1: the package could not be written").arg(outPath));
    }
    return result;
}

SyncExchange::Imported SyncExchange::importFrom(const QString &path, qint64 now,
                                                const QString &actor, const Progress &progress)
{
    NodeRepository nodes(m_db);
    const NodeRepository::Self self = nodes.self();
    if (!self.initialised)
        throw SyncRejected(
            SyncRejected::Kind::Refused,
            QStringLiteral("this store is not a sync node yet (pingan-cli node init)"));
    const auto reject = [&path](SyncRejected::Kind kind, const QString &why) {
        return SyncRejected(
            kind,
            QStringLiteral("%1: rejected (%2): %3").arg(path, SyncRejected::kindName(kind), why));
    };

    // Work on a private copy: the file cannot change between the checks and the import.
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        throw reject(SyncRejected::Kind::Damaged,
                     QStringLiteral("cannot be read (%1)").arg(source.errorString()));
    const QByteArray head = source.peek(16);
    if (head != QByteArray("SQLite format 3\0", 16))
        throw reject(SyncRejected::Kind::Damaged, QStringLiteral("not a sync package"));
    source.close();
    QTemporaryDir work;
    const QString copy = work.filePath(QStringLiteral("package.db"));
    if (!work.isValid() || !QFile::copy(path, copy))
        throw reject(SyncRejected::Kind::Damaged, QStringLiteral("cannot be copied to check it"));

    std::optional<PackageSide> side;
    QMap<QString, QString> manifest;
    try {
        side.emplace(m_db, copy);
        QSqlQuery check = side->db().prepare(QStringLiteral("PRAGMA pkg.quick_check"));
        Database::exec(check);
        QStringList problems;
        while (check.next())
            if (check.value(0).toString() != QLatin1String("ok"))
                problems << check.value(0).toString();
        if (!problems.isEmpty())
            throw reject(
                SyncRejected::Kind::Damaged,
                QStringLiteral("the file is damaged or truncated (%1)").arg(problems.first()));
        QSqlQuery read
            = side->db().prepare(QStringLiteral("SELECT key, value FROM pkg.manifest"));
        Database::exec(read);
        while (read.next())
            manifest.insert(read.value(0).toString(), read.value(1).toString());
    } catch (const StoreError &e) {
        throw reject(SyncRejected::Kind::Damaged,
                     QStringLiteral("the file is damaged or truncated (%1)").arg(e.message()));
    }
    if (manifest.value(QStringLiteral("format")) != kFormat)
        throw reject(SyncRejected::Kind::Damaged,
                     QStringLiteral("not a sync package of this format (format: \"%1\")")
                         .arg(manifest.value(QStringLiteral("format"))));
    if (manifest.value(QStringLiteral("signature")).isEmpty())
        throw reject(SyncRejected::Kind::Unsigned,
                     QStringLiteral("the package carries no signature"));

    const NodeIdentity me = nodes.identity();
    const QString from = manifest.value(QStringLiteral("from_node"));
    const QString fromName = manifest.value(QStringLiteral("from_name"));
    if (manifest.value(QStringLiteral("county")) != me.countyCode())
        throw reject(SyncRejected::Kind::Foreign,
                     QStringLiteral("made in county %1, this node is in county %2")
                         .arg(manifest.value(QStringLiteral("county")), me.countyCode()));
    if (manifest.value(QStringLiteral("to_node")) != me.id)
        throw reject(SyncRejected::Kind::Foreign,
                     QStringLiteral("addressed to node %1 (%2), not to this node %3")
                         .arg(manifest.value(QStringLiteral("to_node")),
                              manifest.value(QStringLiteral("to_scope")), me.id));
    SyncPeer peer;
    try {
        peer = nodes.peer(from);
    } catch (const NodeRefused &) {
        throw reject(SyncRejected::Kind::Foreign,
                     QStringLiteral("from node %1 (%2), which this node does not trust")
                         .arg(from, fromName));
    }
    if (peer.identity.id != from)
        throw reject(SyncRejected::Kind::Foreign,
                     QStringLiteral("from node %1, which this node does not trust").arg(from));
    const QByteArray signature
        = QByteArray::fromHex(manifest.value(QStringLiteral("signature")).toLatin1());
    if (!Signing::verify(signingText(manifest), signature, peer.identity.publicKey))
        throw reject(SyncRejected::Kind::Tampered,
                     QStringLiteral("the signature does not match %1's key: the package was "
                                    "changed after it was signed")
                         .arg(peer.identity.name));
    if (manifest.value(QStringLiteral("schema_version")).toInt() > m_db.schemaVersion())
        throw reject(SyncRejected::Kind::Refused,
                     QStringLiteral("made by a newer version (schema %1, this store %2): update "
                                    "this installation first")
                         .arg(manifest.value(QStringLiteral("schema_version")))
                         .arg(m_db.schemaVersion()));

    // The rows: every table present, each of the store's columns, the counts and checksum as
    // signed.
    Database &pkg = side->db();
    // Checking each table, copying the rows to a server store, applying each table.
    Steps steps(progress, 2 * kTableCount + 1);
    QCryptographicHash digest(QCryptographicHash::Sha256);
    QMap<QString, QStringList> packageColumns;
    try {
        for (const TableSpec &spec : kTables) {
            const QString table = QLatin1String(spec.name);
            const QStringList columns = SyncRows::columnsOf(pkg, QStringLiteral("pkg"),
                                                            QStringLiteral("rows_") + table);
            if (columns.isEmpty())
                throw reject(SyncRejected::Kind::Damaged,
                             QStringLiteral("table rows_%1 is missing").arg(table));
            const QStringList mine = SyncRows::columnsOf(m_db, QStringLiteral("main"), table);
            for (const QString &c : columns)
                if (!mine.contains(c))
                    throw reject(SyncRejected::Kind::Refused,
                                 QStringLiteral("rows_%1 has column %2, which this version does "
                                                "not know: update this installation first")
                                     .arg(table, c));
            for (const char *needed : {"id", "rev", "origin"})
                if (!columns.contains(QLatin1String(needed)))
                    throw reject(SyncRejected::Kind::Damaged,
                                 QStringLiteral("rows_%1 has no column %2")
                                     .arg(table, QLatin1String(needed)));
            packageColumns.insert(table, columns);
            const qint64 count
                = scalar(pkg, QStringLiteral("SELECT count(*) FROM pkg.rows_%1").arg(table));
            const QString expected = manifest.value(QStringLiteral("rows.") + table);
            if (expected.isEmpty() || expected.toLongLong() != count)
                throw reject(SyncRejected::Kind::Damaged,
                             QStringLiteral("rows_%1 holds %2 rows, the manifest says %3: the "
                                            "package is truncated or was changed")
                                 .arg(table)
                                 .arg(count)
                                 .arg(expected.isEmpty() ? QStringLiteral("nothing") : expected));
            digest.addData(table.toUtf8() + '\n' + columns.join(QLatin1Char(',')).toUtf8() + '\n');
            hashRows(pkg.handle(),
                     QStringLiteral("SELECT %1 FROM pkg.rows_%2 ORDER BY id")
                         .arg(SyncRows::columnList(columns), table)
                         .toUtf8(),
                     digest);
            steps.done();
        }
    } catch (const StoreError &e) {
        throw reject(SyncRejected::Kind::Damaged,
                     QStringLiteral("the file is damaged or truncated (%1)").arg(e.message()));
    }
    if (QString::fromLatin1(digest.result().toHex()) != manifest.value(QStringLiteral("digest")))
        throw reject(SyncRejected::Kind::Tampered,
                     QStringLiteral("the rows do not match the signed checksum: the package was "
                                    "changed after it was signed"));

    const QString packageId = manifest.value(QStringLiteral("package_id"));
    const auto replayed = [&]() {
        QSqlQuery seen = m_db.prepare(
            QStringLiteral("SELECT imported_at FROM sync_received WHERE package_id = ?"));
        seen.addBindValue(packageId);
        Database::exec(seen);
        if (seen.next())
            throw reject(SyncRejected::Kind::Replayed,
                         QStringLiteral("package %1 (number %2 from %3) was imported here before")
                             .arg(packageId, manifest.value(QStringLiteral("seq")), fromName));
    };
    replayed();

    // A server store joins the package's rows with its own in its own copy of them.
    std::optional<StagedPackage> staged;
    if (side->separate())
        staged.emplace(m_db, pkg, packageColumns);
    steps.done();

    // A township's package holds only its township's rows; the hub's package for this township
    // only this township's rows (and the county-wide tables).
    const bool fromTownship = peer.identity.role == QLatin1String("township");
    const QString township = fromTownship ? peer.identity.scopeCode : me.scopeCode;
    fillScope(m_db, township, true);
    for (const TableSpec &spec : kTables) {
        const QString table = QLatin1String(spec.name);
        if (!spec.scoped) {
            if (fromTownship
                && scalar(pkg, QStringLiteral("SELECT count(*) FROM pkg.rows_%1").arg(table)) > 0)
                throw reject(SyncRejected::Kind::Foreign,
                             QStringLiteral("township %1 sent county-wide rows (%2)")
                                 .arg(peer.identity.name, table));
            continue;
        }
        const QString outside
            = scalar(m_db,
                     QStringLiteral("SELECT count(*) FROM pkg.rows_%1 t WHERE NOT (%2)")
                         .arg(table, scopeWhere(spec, true)))
                > 0
            ? table
            : QString();
        if (!outside.isEmpty()) {
            QSqlQuery first = m_db.prepare(SyncRows::onStore(
                m_db, QStringLiteral("SELECT id FROM pkg.rows_%1 t WHERE NOT (%2) LIMIT 1")
                          .arg(table, scopeWhere(spec, true))));
            Database::exec(first);
            const QString id = first.next() ? first.value(0).toString() : QString();
            throw reject(
                SyncRejected::Kind::Foreign,
                QStringLiteral("row %1 of %2 lies outside township %3").arg(id, table, township));
        }
    }

    Imported result;
    result.packageId = packageId;
    result.fromNode = from;
    result.fromName = fromName;
    WriteTransaction tx(m_db);
    // Marking the import as running also makes a second import on a server store wait here.
    m_db.execScript(m_db.isPostgres()
                        ? QStringLiteral("UPDATE sync_guard SET applying = 1; "
                                         "SET CONSTRAINTS ALL DEFERRED;")
                        : QStringLiteral("UPDATE sync_guard SET applying = 1; "
                                         "PRAGMA defer_foreign_keys = ON;"));
    replayed(); // again, now that no other import can run
    // The acknowledgement first: what the sender confirms having is no longer a local change
    // it has not seen, so its newer version of such a row is not a conflict.
    // ("none": the sender has imported nothing from here yet.)
    const QString ackText = manifest.value(QStringLiteral("ack"));
    const QString lastNumber = m_db.isPostgres()
        ? QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END "
                         "FROM change_log_seq_seq")
        : QStringLiteral("SELECT coalesce(max(seq), 0) FROM sqlite_sequence "
                         "WHERE name = 'change_log'");
    const QVariant ack = ackText == QLatin1String("none")
        ? QVariant(QMetaType(QMetaType::LongLong))
        : QVariant(std::min(ackText.toLongLong(), scalar(m_db, lastNumber)));
    const QString larger = m_db.isPostgres() ? QStringLiteral("greatest") : QStringLiteral("max");
    QSqlQuery ackUpdate = m_db.prepare(
        QStringLiteral(
            "UPDATE sync_peer SET acked_by_peer = CASE WHEN CAST(? AS BIGINT) IS NULL THEN "
            "acked_by_peer ELSE %1(coalesce(acked_by_peer, 0), ?) END, "
            "received_upto = %1(coalesce(received_upto, 0), ?), last_import_at = ? "
            "WHERE node_id = ?")
            .arg(larger));
    ackUpdate.addBindValue(ack);
    ackUpdate.addBindValue(ack);
    ackUpdate.addBindValue(manifest.value(QStringLiteral("upto")).toLongLong());
    ackUpdate.addBindValue(now);
    ackUpdate.addBindValue(from);
    Database::exec(ackUpdate);
    const qint64 acked = scalar(
        m_db, QStringLiteral("SELECT coalesce(acked_by_peer, 0) FROM sync_peer WHERE node_id = ?"),
        {from});

    SyncRows rows(m_db, self.id, now);
    for (const TableSpec &spec : kTables) {
        const QString table = QLatin1String(spec.name);
        SyncRows::TableOptions options;
        options.table = table;
        options.columns = packageColumns.value(table);
        options.appendOnly = spec.appendOnly;
        options.recordConflicts = table != QLatin1String("conflict");
        options.regionOf = QString::fromLatin1(spec.regionOf);
        options.naturalKey = spec.naturalKey ? QString::fromLatin1(spec.naturalKey) : QString();
        options.remapNaturalKey = spec.remapNaturalKey;
        options.ackedSeq = acked;
        const SyncRows::Counts counts = rows.apply(
            options, [&](const QString &why) { return reject(SyncRejected::Kind::Refused, why); });
        result.applied += counts.applied;
        result.skipped += counts.skipped;
        result.conflicts += counts.conflicts;
        steps.done();
    }
    QSqlQuery received = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_received (package_id, from_node, seq, upto, imported_at, applied, "
        "skipped, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(packageId), QVariant(from),
          QVariant(manifest.value(QStringLiteral("seq")).toLongLong()),
          QVariant(manifest.value(QStringLiteral("upto")).toLongLong()), QVariant(now),
          QVariant(result.applied), QVariant(result.skipped), QVariant(result.conflicts)})
        received.addBindValue(v);
    Database::exec(received);
    m_db.execScript(QStringLiteral("UPDATE sync_guard SET applying = 0"));
    if (!actor.isEmpty() || scalar(m_db, QStringLiteral("SELECT count(*) FROM app_user")) > 0)
        AuditLog(m_db).append({actor, QStringLiteral("sync.import"), packageId,
                               QStringLiteral("from %1: %2 applied, %3 skipped, %4 conflicts")
                                   .arg(fromName)
                                   .arg(result.applied)
                                   .arg(result.skipped)
                                   .arg(result.conflicts)},
                              now);
    try {
        tx.commit();
    } catch (const StoreError &e) {
        // A deferred foreign key fails at COMMIT. The server names the row in its message;
        // SQLite keeps the transaction open, and its check names the tables.
        if (m_db.isPostgres()) {
            if (e.message().contains(QLatin1String("foreign key")))
                throw reject(SyncRejected::Kind::Refused,
                             QStringLiteral("a row refers to a row that neither this store nor "
                                            "the package holds (%1)")
                                 .arg(e.message()));
            throw;
        }
        QSqlQuery fk(m_db.connection());
        if (fk.exec(QStringLiteral("PRAGMA foreign_key_check")) && fk.next())
            throw reject(SyncRejected::Kind::Refused,
                         QStringLiteral("a row of %1 refers to a row of %2 that neither this "
                                        "store nor the package holds")
                             .arg(fk.value(0).toString(), fk.value(2).toString()));
        throw;
    }
    return result;
}
