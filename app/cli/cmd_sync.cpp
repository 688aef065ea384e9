#include "cmd_sync.h"

#include "cliapp.h"
#include "cligate.h"
#include "texttable.h"

#include "io/nodeidentity.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/noderepository.h"
#include "store/storeerror.h"
#include "store/syncexchange.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPair>
#include <QRegularExpression>
#include <QSaveFile>

#include <functional>

namespace {

using Field = QPair<QString, QJsonValue>;


// One JSON value (a string, number, object, …) in compact form.
QString compactValue(const QJsonValue &v)
{
    const QString wrapped = compactJson(QJsonArray{v});
    return wrapped.mid(1, wrapped.size() - 2);
}

// A JSON object with its keys in the documented order (QJsonObject sorts them).
QString orderedJson(const QList<Field> &fields)
{
    QStringList parts;
    for (const Field &f : fields)
        parts << compactValue(f.first) + QLatin1Char(':') + compactValue(f.second);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}


// Local time with its offset for programs; null for "never".
QJsonValue isoTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(ms)
        .toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
        .toString(Qt::ISODate);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}


// The core's message without a leading "FILE: " that the command line adds itself.
QString withoutFilePrefix(const QString &message, const QString &file)
{
    for (const QString &prefix : {file, QFileInfo(file).fileName()}) {
        if (!prefix.isEmpty() && message.startsWith(prefix + QStringLiteral(": ")))
            return message.mid(prefix.size() + 2);
    }
    return message;
}

// "FILE: rejected (kind): why" for a refused package, whether or not the core's message names
// the file already.
QString packageRejection(const QString &file, SyncRejected::Kind kind, const QString &message)
{
    const QString lead
        = QStringLiteral("%1: rejected (%2): ").arg(file, SyncRejected::kindName(kind));
    if (message.startsWith(lead))
        return message;
    return lead + withoutFilePrefix(message, file);
}

// An input file that cannot be read at all is refused like a bad one (exit 3).
void requireReadable(const QString &file)
{
    const QFileInfo info(file);
    QString why;
    if (!info.exists())
        why = QStringLiteral("no such file");
    else if (info.isDir())
        why = QStringLiteral("is a folder");
    else if (!info.isReadable())
        why = QStringLiteral("cannot be read (permission)");
    if (!why.isEmpty())
        throw CliError{ExitRejected, QStringLiteral("%1: rejected: %2").arg(file, why)};
}

QByteArray readInput(const QString &file)
{
    requireReadable(file);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw CliError{ExitRejected, QStringLiteral("%1: rejected: cannot be read (%2)")
                                         .arg(file, f.errorString())};
    return f.readAll();
}

QString oneFile(const QString &command, const CliArgs &args, const QString &what)
{
    if (args.positional().isEmpty() || args.positional().constFirst().isEmpty())
        throw CliError{ExitUsage, QStringLiteral("%1: give %2").arg(command, what)};
    return args.positional().constFirst();
}

QString requiredOption(const QString &command, const CliArgs &args, const QString &name,
                       const QString &placeholder)
{
    if (args.value(name).trimmed().isEmpty())
        throw CliError{ExitUsage,
                       QStringLiteral("%1: give --%2 %3").arg(command, name, placeholder)};
    return args.value(name).trimmed();
}

QString shortId(const QString &id)
{
    return id.left(8);
}

// ---- node ------------------------------------------------------------------------------------

int nodeInit(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const QString command = QStringLiteral("node init");
    const CliArgs args(command, words, {{"role", "scope", "name"}, {"json"}, 0});
    const QString role = requiredOption(command, args, QStringLiteral("role"),
                                        QStringLiteral("hub|township"));
    if (role != QLatin1String("hub") && role != QLatin1String("township"))
        throw CliError{ExitUsage,
                       QStringLiteral("node init: --role must be hub or township, not '%1'")
                           .arg(role)};
    const QString name = requiredOption(command, args, QStringLiteral("name"),
                                        QStringLiteral("NAME"));
    auto db = openStoreForWriting(dbPath, Database::Check::Deferred);
    NodeRepository::Self s;
    try {
        s = NodeRepository(*db).init(role, args.value(QStringLiteral("scope")), name, now());
    } catch (const NodeRefused &e) {
        throw CliError{ExitRejected, QStringLiteral("node init: refused: %1").arg(e.message())};
    }
    if (args.has(QStringLiteral("json"))) {
        out << orderedJson({{QStringLiteral("id"), s.id},
                            {QStringLiteral("role"), s.role},
                            {QStringLiteral("scope"), s.scopeCode},
                            {QStringLiteral("name"), s.name}})
            << "\n";
    } else {
        out << s.id << "  " << s.role << " " << s.scopeCode << " " << s.name << "\n";
    }
    return ExitOk;
}

QJsonObject peerJson(const SyncPeer &p)
{
    return {{QStringLiteral("id"), p.identity.id},
            {QStringLiteral("name"), p.identity.name},
            {QStringLiteral("role"), p.identity.role},
            {QStringLiteral("scope"), p.identity.scopeCode},
            {QStringLiteral("trusted_at"), isoTime(p.trustedAt)},
            {QStringLiteral("sent_packages"), p.sentPackages},
            // null: nothing confirmed or received yet
            {QStringLiteral("acked_by_peer"),
             p.ackedByPeer < 0 ? QJsonValue() : QJsonValue(p.ackedByPeer)},
            {QStringLiteral("received_upto"),
             p.receivedUpto < 0 ? QJsonValue() : QJsonValue(p.receivedUpto)},
            {QStringLiteral("last_export_at"), isoTime(p.lastExportAt)},
            {QStringLiteral("last_import_at"), isoTime(p.lastImportAt)},
            {QStringLiteral("pending_changes"), p.pendingChanges}};
}

int nodeShow(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("node show"), words, {{}, {"json"}, 0});
    auto db = openStoreForReading(dbPath);
    const NodeRepository nodes(*db);
    const NodeRepository::Self s = nodes.self();
    const QList<SyncPeer> peers = nodes.peers();
    const int openConflicts = ConflictRepository(*db).openCount();
    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SyncPeer &p : peers)
            list << peerJson(p);
        out << orderedJson({{QStringLiteral("id"), s.id},
                            {QStringLiteral("role"), s.role},
                            {QStringLiteral("scope"), s.scopeCode},
                            {QStringLiteral("name"), s.name},
                            {QStringLiteral("initialised"), s.initialised},
                            {QStringLiteral("open_conflicts"), openConflicts},
                            {QStringLiteral("peers"), list}})
            << "\n";
        return ExitOk;
    }
    out << "node       " << s.id << "\n";
    if (!s.initialised) {
        out << "this store is not a sync node yet: pingan-cli node init --role hub|township "
               "--name NAME\n";
        return ExitOk;
    }
    out << "role       " << s.role << "\n";
    out << "scope      " << s.scopeCode << "\n";
    out << "name       " << s.name << "\n";
    out << "conflicts  " << openConflicts << " open\n";
    if (peers.isEmpty()) {
        out << "no trusted nodes yet (pingan-cli node trust FILE)\n";
        return ExitOk;
    }
    out << "\n";
    TextTable table({QStringLiteral("peer"), QStringLiteral("role"), QStringLiteral("scope"),
                     QStringLiteral("id"), QStringLiteral("last export"),
                     QStringLiteral("last import"), QStringLiteral("sent"),
                     QStringLiteral("acked"), QStringLiteral("received"),
                     QStringLiteral("pending")},
                    6);
    for (const SyncPeer &p : peers) {
        table.addRow({p.identity.name, p.identity.role, p.identity.scopeCode,
                      shortId(p.identity.id),
                      p.lastExportAt > 0 ? localTimeText(p.lastExportAt) : QStringLiteral("never"),
                      p.lastImportAt > 0 ? localTimeText(p.lastImportAt) : QStringLiteral("never"),
                      QString::number(p.sentPackages),
                      p.ackedByPeer < 0 ? QStringLiteral("-") : QString::number(p.ackedByPeer),
                      p.receivedUpto < 0 ? QStringLiteral("-") : QString::number(p.receivedUpto),
                      QString::number(p.pendingChanges)});
    }
    table.print(out);
    return ExitOk;
}

int nodeIdentity(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const QString command = QStringLiteral("node identity");
    const CliArgs args(command, words, {{"out"}, {}, 0});
    const QString file = requiredOption(command, args, QStringLiteral("out"),
                                        QStringLiteral("FILE"));
    auto db = openStoreForReading(dbPath);
    NodeIdentity me;
    try {
        me = NodeRepository(*db).identity();
    } catch (const NodeRefused &e) {
        throw CliError{ExitRejected, QStringLiteral("node identity: %1").arg(e.message())};
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(me.toJson()) < 0 || !f.commit())
        throw CliError{ExitFailure,
                       QStringLiteral("%1: cannot be written (%2)").arg(file, f.errorString())};
    out << file << ": identity of node " << me.name << " (" << me.role << ", " << me.scopeCode
        << ", " << me.id << ")\n";
    return ExitOk;
}

int nodeTrust(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const QString command = QStringLiteral("node trust");
    const CliArgs args(command, words, {{}, {"json"}, 1});
    const QString file = oneFile(command, args, QStringLiteral("the identity FILE of the node "
                                                               "to trust"));
    // The file is checked before the store is touched.
    NodeIdentity peer;
    try {
        peer = NodeIdentity::fromJson(readInput(file), file);
    } catch (const NodeIdentityError &e) {
        throw CliError{ExitRejected, e.message()};
    }
    auto db = openStoreForWriting(dbPath, Database::Check::Deferred);
    try {
        NodeRepository(*db).trust(peer, now());
    } catch (const NodeRefused &e) {
        throw CliError{ExitRejected, QStringLiteral("%1: refused: %2").arg(file, e.message())};
    }
    if (args.has(QStringLiteral("json"))) {
        out << orderedJson({{QStringLiteral("id"), peer.id},
                            {QStringLiteral("role"), peer.role},
                            {QStringLiteral("scope"), peer.scopeCode},
                            {QStringLiteral("name"), peer.name}})
            << "\n";
    } else {
        out << "trusted node " << peer.name << " (" << peer.role << ", " << peer.scopeCode
            << ", " << peer.id << ")\n";
    }
    return ExitOk;
}

// ---- sync ------------------------------------------------------------------------------------

int syncExport(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const QString command = QStringLiteral("sync export");
    const CliArgs args(command, words, {{"to", "out", "by"}, {"json"}, 0});
    const QString to = requiredOption(command, args, QStringLiteral("to"), QStringLiteral("NODE"));
    const QString file = requiredOption(command, args, QStringLiteral("out"),
                                        QStringLiteral("FILE"));
    auto db = openStoreForWriting(dbPath, Database::Check::Deferred);
    SyncExchange::Exported x;
    QString peerName = to;
    try {
        x = SyncExchange(*db).exportTo(to, file, now(), args.actor());
        peerName = NodeRepository(*db).peer(to).identity.name;
    } catch (const SyncRejected &e) {
        const QString kind = e.kind() == SyncRejected::Kind::Refused
            ? QString()
            : QStringLiteral(" (%1)").arg(SyncRejected::kindName(e.kind()));
        throw CliError{ExitRejected, QStringLiteral("sync export --to %1: refused%2: %3")
                                         .arg(to, kind, e.message())};
    } catch (const NodeRefused &e) {
        throw CliError{ExitRejected,
                       QStringLiteral("sync export --to %1: refused: %2").arg(to, e.message())};
    }
    const QString path = x.path.isEmpty() ? file : x.path;
    if (args.has(QStringLiteral("json"))) {
        QJsonObject tables;
        for (auto it = x.rowsByTable.cbegin(); it != x.rowsByTable.cend(); ++it)
            tables.insert(it.key(), it.value());
        out << orderedJson({{QStringLiteral("package"), x.packageId},
                            {QStringLiteral("sequence"), x.sequence},
                            {QStringLiteral("rows"), x.rows},
                            {QStringLiteral("tables"), tables},
                            {QStringLiteral("path"), path}})
            << "\n";
        return ExitOk;
    }
    QStringList parts;
    for (auto it = x.rowsByTable.cbegin(); it != x.rowsByTable.cend(); ++it) {
        if (it.value() > 0)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    out << path << ": package " << x.sequence << " for " << peerName << ", " << x.rows
        << " rows" << (parts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parts.join(
                                                         QStringLiteral(", "))))
        << "\n";
    return ExitOk;
}

int syncImport(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const QString command = QStringLiteral("sync import");
    const CliArgs args(command, words, {{"by"}, {"json"}, 1});
    const QString file = oneFile(command, args, QStringLiteral("the package FILE"));
    requireReadable(file);
    // Everything the package brings is written in one go: the store is checked first.
    auto db = openStoreForWriting(dbPath, Database::Check::AtOpen);
    SyncExchange::Imported r;
    try {
        r = SyncExchange(*db).importFrom(file, now(), args.actor());
    } catch (const SyncRejected &e) {
        throw CliError{ExitRejected, packageRejection(file, e.kind(), e.message())
                                         + QStringLiteral("; nothing was imported")};
    } catch (const NodeRefused &e) {
        throw CliError{ExitRejected,
                       packageRejection(file, SyncRejected::Kind::Refused, e.message())
                           + QStringLiteral("; nothing was imported")};
    }
    if (args.has(QStringLiteral("json"))) {
        out << orderedJson({{QStringLiteral("applied"), r.applied},
                            {QStringLiteral("skipped"), r.skipped},
                            {QStringLiteral("conflicts"), r.conflicts},
                            {QStringLiteral("package"), r.packageId},
                            {QStringLiteral("from"), r.fromNode}})
            << "\n";
        return ExitOk;
    }
    const QString from = r.fromName.isEmpty() ? r.fromNode : r.fromName;
    out << file << ": package from " << from << ": " << r.applied << " rows applied, "
        << r.skipped << " skipped as already here or older, " << r.conflicts
        << (r.conflicts == 1 ? " conflict" : " conflicts") << " recorded"
        << (r.conflicts > 0 ? QStringLiteral(" (see 'pingan-cli sync conflicts')") : QString())
        << "\n";
    return ExitOk;
}

QJsonObject conflictJson(const SyncConflict &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("table"), c.table},
            {QStringLiteral("row"), c.rowId},
            {QStringLiteral("region"), c.regionCode},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("detected_at"), isoTime(c.detectedAt)},
            {QStringLiteral("detected_by"), c.detectedBy},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("resolution"), textOrNull(c.resolution)},
            {QStringLiteral("resolved_by"), textOrNull(c.resolvedBy)},
            {QStringLiteral("resolved_at"), isoTime(c.resolvedAt)},
            {QStringLiteral("differing_fields"), QJsonArray::fromStringList(c.differingFields())},
            {QStringLiteral("table_holds"),
             c.localInTable ? QStringLiteral("local") : QStringLiteral("remote")},
            {QStringLiteral("local"), c.local},
            {QStringLiteral("local_origin"), c.localOrigin},
            {QStringLiteral("local_rev"), QString::number(c.localRev)},
            {QStringLiteral("remote"), c.remote},
            {QStringLiteral("remote_origin"), c.remoteOrigin},
            {QStringLiteral("remote_rev"), QString::number(c.remoteRev)}};
}

int syncConflicts(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("sync conflicts"), words, {{}, {"all", "json"}, 0});
    auto db = openStoreForReading(dbPath);
    // A township's clerk sees the conflicts of the township.
    const QString scope = CliGate::session() ? CliGate::session()->scopeCode : QString();
    const QList<SyncConflict> conflicts
        = ConflictRepository(*db).list(args.has(QStringLiteral("all")), scope);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SyncConflict &c : conflicts)
            list << conflictJson(c);
        out << compactJson(list) << "\n";
        return ExitOk;
    }
    if (conflicts.isEmpty()) {
        out << (args.has(QStringLiteral("all")) ? "no conflicts\n" : "no open conflicts\n");
        return ExitOk;
    }
    TextTable table({QStringLiteral("id"), QStringLiteral("table"), QStringLiteral("row"),
                     QStringLiteral("region"), QStringLiteral("detected"),
                     QStringLiteral("status"), QStringLiteral("differing fields"),
                     QStringLiteral("what")},
                    8);
    for (const SyncConflict &c : conflicts) {
        const QString status = c.status == QLatin1String("resolved") && !c.resolution.isEmpty()
            ? QStringLiteral("resolved (%1)").arg(c.resolution)
            : c.status;
        table.addRow({shortId(c.id), c.table, shortId(c.rowId), c.regionCode,
                      localTimeText(c.detectedAt), status,
                      c.differingFields().join(QStringLiteral(", ")), c.label});
    }
    table.print(out);
    return ExitOk;
}

int syncResolve(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const QString command = QStringLiteral("sync resolve");
    const CliArgs args(command, words, {{"keep", "by"}, {"json"}, 1});
    const QString id = oneFile(command, args, QStringLiteral("the conflict ID and --keep "
                                                             "local|remote"));
    const QString keepName = requiredOption(command, args, QStringLiteral("keep"),
                                            QStringLiteral("local|remote"));
    if (keepName != QLatin1String("local") && keepName != QLatin1String("remote"))
        throw CliError{ExitUsage,
                       QStringLiteral("sync resolve: --keep must be local or remote, not '%1'")
                           .arg(keepName)};
    const auto keep = keepName == QLatin1String("local") ? ConflictRepository::Keep::Local
                                                         : ConflictRepository::Keep::Remote;
    auto db = openStoreForWriting(dbPath, Database::Check::Deferred);
    ConflictRepository conflicts(*db);
    SyncConflict c;
    try {
        c = conflicts.find(id);
        conflicts.resolve(c.id, keep, args.actor(), now());
    } catch (const ConflictRefused &e) {
        throw CliError{ExitRejected,
                       QStringLiteral("sync resolve %1: refused: %2").arg(id, e.message())};
    }
    if (args.has(QStringLiteral("json"))) {
        out << orderedJson({{QStringLiteral("id"), c.id},
                            {QStringLiteral("table"), c.table},
                            {QStringLiteral("row"), c.rowId},
                            {QStringLiteral("kept"), keepName}})
            << "\n";
    } else {
        out << "conflict " << shortId(c.id) << " (" << c.table << " "
            << (c.label.isEmpty() ? c.rowId : c.label) << ") resolved: the " << keepName
            << " version is kept; the next package carries it to the other node\n";
    }
    return ExitOk;
}

int syncHashes(const QString &dbPath, const QStringList &words, QTextStream &out)
{
    const CliArgs args(QStringLiteral("sync hashes"), words, {{"scope"}, {"json"}, 0});
    // A township's code: its 9 digits, or the 12 of the region code (a code that names no
    // township would hash nothing and look like an empty township).
    QString scope = args.value(QStringLiteral("scope")).trimmed();
    if (scope.size() == 9)
        scope += QStringLiteral("000");
    static const QRegularExpression township(QStringLiteral("^\\d{6}(?!000)\\d{3}000$"));
    if (args.has(QStringLiteral("scope")) && !township.match(scope).hasMatch())
        throw CliError{ExitUsage, QStringLiteral("sync hashes: --scope must be a township's "
                                                 "region code (9 or 12 digits), not '%1'")
                                      .arg(args.value(QStringLiteral("scope")))};
    auto db = openStoreForReading(dbPath);
    const QMap<QString, QByteArray> hashes = SyncExchange(*db).contentHashes(scope);
    auto hex = [](const QByteArray &h) {
        // A raw SHA-256 is shown as hex; a hash that is text already is shown as it is.
        return QString::fromLatin1(h.size() == 32 ? h.toHex() : h);
    };
    if (args.has(QStringLiteral("json"))) {
        QJsonObject o;
        for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
            o.insert(it.key(), hex(it.value()));
        out << compactJson(o) << "\n";
        return ExitOk;
    }
    TextTable table({QStringLiteral("table"), QStringLiteral("sha-256")}, 2);
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        table.addRow({it.key(), hex(it.value())});
    table.print(out);
    return ExitOk;
}

// Refusals of the sync core that a command did not name more closely: exit 3.
int rejecting(const QString &command, const std::function<int()> &body)
{
    try {
        return body();
    } catch (const SyncRejected &e) {
        throw CliError{ExitRejected, QStringLiteral("%1: rejected (%2): %3")
                                         .arg(command, SyncRejected::kindName(e.kind()),
                                              e.message())};
    } catch (const NodeRefused &e) {
        throw CliError{ExitRejected, QStringLiteral("%1: refused: %2").arg(command, e.message())};
    } catch (const NodeIdentityError &e) {
        throw CliError{ExitRejected, e.message()};
    } catch (const ConflictRefused &e) {
        throw CliError{ExitRejected, QStringLiteral("%1: refused: %2").arg(command, e.message())};
    }
}

} // namespace

QString syncUsage()
{
    return QStringLiteral(
        "  node init --role hub|township [--scope CODE] --name NAME [--json]\n"
        "                     make this store a sync node with its own key; a township gives\n"
        "                     its township's code, a hub its county's (default: the store's)\n"
        "  node show [--json] | node identity --out FILE | node trust FILE [--json]\n"
        "                     this node and the nodes it trusts; write this node's public\n"
        "                     identity; trust another node's (a township its hub, a hub its\n"
        "                     townships)\n"
        "  sync export --to NODE --out FILE [--by LOGIN] [--json]\n"
        "                     write a signed package of the changes NODE has not confirmed\n"
        "  sync import FILE [--by LOGIN] [--json]\n"
        "                     check and apply a package; a damaged, unsigned, tampered, foreign\n"
        "                     or replayed one is refused (exit 3) and nothing is written\n"
        "  sync conflicts [--all] [--json]\n"
        "                     rows changed on both nodes between two exchanges\n"
        "  sync resolve ID --keep local|remote [--by LOGIN] [--json]\n"
        "                     keep one version; the next package carries it to the other node\n"
        "  sync hashes [--scope CODE] [--json]\n"
        "                     a checksum per table: equal on two nodes means the same data\n"
        "                     (--scope: what the township CODE holds)\n");
}

int runNodeCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                   QTextStream &err)
{
    return runCliCommand(err, [&] {
        const QString sub = words.value(0);
        const QStringList rest = words.mid(1);
        const QString command = QStringLiteral("node ") + sub;
        return rejecting(command, [&] {
            if (sub == QLatin1String("init"))
                return nodeInit(dbPath, rest, out);
            if (sub == QLatin1String("show"))
                return nodeShow(dbPath, rest, out);
            if (sub == QLatin1String("identity"))
                return nodeIdentity(dbPath, rest, out);
            if (sub == QLatin1String("trust"))
                return nodeTrust(dbPath, rest, out);
            throw CliError{ExitUsage, sub.isEmpty()
                                          ? QStringLiteral("node: give init, show, identity or "
                                                           "trust")
                                          : QStringLiteral("node: unknown subcommand '%1' (init, "
                                                           "show, identity, trust)")
                                                .arg(sub)};
        });
    });
}

int runSyncCommand(const QString &dbPath, const QStringList &words, QTextStream &out,
                   QTextStream &err)
{
    return runCliCommand(err, [&] {
        const QString sub = words.value(0);
        const QStringList rest = words.mid(1);
        const QString command = QStringLiteral("sync ") + sub;
        return rejecting(command, [&] {
            if (sub == QLatin1String("export"))
                return syncExport(dbPath, rest, out);
            if (sub == QLatin1String("import"))
                return syncImport(dbPath, rest, out);
            if (sub == QLatin1String("conflicts"))
                return syncConflicts(dbPath, rest, out);
            if (sub == QLatin1String("resolve"))
                return syncResolve(dbPath, rest, out);
            if (sub == QLatin1String("hashes"))
                return syncHashes(dbPath, rest, out);
            throw CliError{ExitUsage, sub.isEmpty()
                                          ? QStringLiteral("sync: give export, import, conflicts, "
                                                           "resolve or hashes")
                                          : QStringLiteral("sync: unknown subcommand '%1' "
                                                           "(export, import, conflicts, resolve, "
                                                           "hashes)")
                                                .arg(sub)};
        });
    });
}
