#include "cmd_dispute.h"

#include "cliapp.h"

#include "domain/deadlinetext.h"
#include "domain/dispute.h"
#include "domain/disputeintake.h"
#include "domain/disputeworkflow.h"
#include "domain/masking.h"
#include "domain/region.h"
#include "domain/workcalendar.h"
#include "store/database.h"
#include "store/disputecommands.h"
#include "store/disputerepository.h"
#include "store/holidayrepository.h"
#include "store/regionrepository.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace {

QString compact(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue isoTime(std::optional<qint64> ms)
{
    if (!ms)
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(*ms).toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
        .toString(Qt::ISODate);
}

QJsonValue isoDay(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

std::unique_ptr<Database> openStore(const QString &path, bool write)
{
    if (!storeExists(path)) {
        throw CliError{ExitFailure, QStringLiteral("%1: no such database (create it with "
                                                   "'pingan-cli --db %1 init')").arg(path)};
    }
    auto db = Database::open(path, write ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    if (write && db->isReadOnly()) {
        throw CliError{ExitFailure, QStringLiteral("%1 is damaged and open read-only (%2); nothing was written")
                                        .arg(path, db->damaged())};
    }
    return db;
}

int exitFor(const DisputeRefused &e)
{
    return e.kind() == DisputeRefused::Kind::Permission ? ExitRefused : ExitRejected;
}

qint64 parseTimeOption(const CliArgs &args, const QString &command)
{
    if (!args.has(QStringLiteral("at")))
        return QDateTime::currentMSecsSinceEpoch();
    const QString text = args.value(QStringLiteral("at"));
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        throw CliError{ExitUsage, QStringLiteral("%1: --at '%2' is not an ISO 8601 time "
                                                 "(e.g. 2026-11-20T14:30)").arg(command, text)};
    }
    return t.toMSecsSinceEpoch();
}

QJsonObject duplicateJson(const DuplicateCandidate &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("case_no"), c.caseNo},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("reported_at"), isoTime(c.reportedAt)},
            {QStringLiteral("reason"), c.reason}};
}

int cmdAdd(const QString &dbPath, const CliArgs &args, QTextStream &out, QTextStream &err)
{
    const QString source = args.value(QStringLiteral("json"));
    if (source.isEmpty())
        throw CliError{ExitUsage, QStringLiteral("dispute add: --json FILE (or - for standard input) is required")};
    QByteArray bytes;
    if (source == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw CliError{ExitFailure, QStringLiteral("dispute add: cannot read standard input")};
        bytes = in.readAll();
    } else {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            throw CliError{ExitFailure, QStringLiteral("dispute add: cannot read %1: %2").arg(source, in.errorString())};
        bytes = in.readAll();
    }
    const QString name = source == QLatin1String("-") ? QStringLiteral("<stdin>") : source;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        throw CliError{ExitRejected, QStringLiteral("%1:%2: not JSON: %3")
                                         .arg(name).arg(line).arg(parseError.errorString())};
    }
    if (!doc.isObject())
        throw CliError{ExitRejected, QStringLiteral("%1: expected one JSON object").arg(name)};

    QList<IntakeProblem> problems;
    const DisputeIntake intake = DisputeIntakeRules::fromJson(doc.object(), &problems);
    auto db = openStore(dbPath, true);
    DisputeCommands commands(*db);
    for (const IntakeProblem &p : commands.problems(intake)) {
        const bool known = std::any_of(problems.begin(), problems.end(), [&p](const IntakeProblem &q) {
            return q.field == p.field && q.message == p.message;
        });
        if (!known)
            problems << p;
    }
    if (!problems.isEmpty()) {
        for (const IntakeProblem &p : problems)
            err << name << ": " << p.field << ": " << p.message << "\n";
        throw CliError{ExitRejected, QStringLiteral("%1: %2 problem(s); nothing was added").arg(name).arg(problems.size())};
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<DuplicateCandidate> duplicates = commands.possibleDuplicates(intake, intake.reportedAt.value_or(now));
    DisputeCommands::Reported r;
    try {
        r = commands.report(intake, args.actor(), now);
    } catch (const DisputeRefused &e) {
        for (const IntakeProblem &p : e.problems())
            err << name << ": " << p.field << ": " << p.message << "\n";
        throw CliError{exitFor(e), e.problems().isEmpty() ? e.message()
                                                         : QStringLiteral("%1: nothing was added").arg(name)};
    }
    for (const DuplicateCandidate &c : duplicates)
        err << "warning: possible duplicate of " << c.caseNo << " (" << c.title << "): " << c.reason << "\n";
    if (args.has(QStringLiteral("json-out"))) {
        QJsonArray dups;
        for (const DuplicateCandidate &c : duplicates)
            dups << duplicateJson(c);
        out << compact(QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("case_no"), r.caseNo},
                                   {QStringLiteral("possible_duplicates"), dups}})
            << "\n";
    } else {
        out << r.id << " " << r.caseNo << "\n";
    }
    return ExitOk;
}

// Parties' ID numbers and phones are masked unless `unmasked` (dispute show --unmask, which the
// sign-in gate allows only to roles that may see them, and audits with the reason).
QJsonObject detailJson(const DisputeDetail &d, const WorkCalendar &calendar, bool unmasked = false)
{
    QJsonArray parties;
    for (const DisputePartyRow &p : d.parties) {
        parties << QJsonObject{{QStringLiteral("role"), p.role},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("id_number"),
                                unmasked ? p.idCard : Masking::idCard(p.idCard)},
                               {QStringLiteral("phone"),
                                unmasked ? p.phone : Masking::phone(p.phone)}};
    }
    QJsonArray events;
    for (const DisputeEventRow &e : d.events) {
        events << QJsonObject{{QStringLiteral("at"), isoTime(e.at)},
                              {QStringLiteral("action"), e.action},
                              {QStringLiteral("from"), e.fromStatus},
                              {QStringLiteral("to"), e.toStatus},
                              {QStringLiteral("actor"), e.actor},
                              {QStringLiteral("note"), e.note}};
    }
    QJsonArray actions;
    DisputeStatus status = DisputeStatus::Reported;
    if (disputeStatusFromKey(d.status, &status)) {
        for (DisputeAction a : DisputeWorkflow::allowedActions(status))
            actions << DisputeWorkflow::actionCliName(a);
    }
    const QDate today = QDate::currentDate();
    QJsonObject deadline;
    if (d.dueOn.isValid()) {
        const bool runs = disputeDeadlineRuns(d.status);
        deadline = QJsonObject{{QStringLiteral("due_on"), isoDay(d.dueOn)},
                               {QStringLiteral("running"), runs},
                               {QStringLiteral("working_days_left"),
                                runs ? QJsonValue(calendar.workingDaysBetween(today, d.dueOn)) : QJsonValue()},
                               {QStringLiteral("text"), runs ? deadlineText(today, d.dueOn, calendar) : QString()}};
    }
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("case_no"), d.caseNo},
            {QStringLiteral("title"), d.title},
            {QStringLiteral("summary"), d.summary},
            {QStringLiteral("category"), d.category},
            {QStringLiteral("category_name"), disputeCategoryLabel(d.category)},
            {QStringLiteral("source"), d.source},
            {QStringLiteral("complexity"), d.complexity},
            {QStringLiteral("major"), d.major},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("status_name"), disputeStatusLabel(d.status)},
            {QStringLiteral("level"), QStringList{QStringLiteral("county"), QStringLiteral("township"),
                                                  QStringLiteral("village")}.value(d.level)},
            {QStringLiteral("region_code"), d.gridCode},
            {QStringLiteral("grid"), d.gridName},
            {QStringLiteral("village"), d.villageName},
            {QStringLiteral("township"), d.townshipName},
            {QStringLiteral("mediation_body"), d.mediationBody},
            {QStringLiteral("mediator"), d.mediator},
            {QStringLiteral("amount_yuan"), d.amountYuan},
            {QStringLiteral("reported_at"), isoTime(d.reportedAt)},
            {QStringLiteral("accepted_at"), isoTime(d.acceptedAt)},
            {QStringLiteral("resolved_at"), isoTime(d.resolvedAt)},
            {QStringLiteral("closed_at"), isoTime(d.closedAt)},
            {QStringLiteral("due_on"), isoDay(d.dueOn)},
            {QStringLiteral("deadline"), deadline.isEmpty() ? QJsonValue() : QJsonValue(deadline)},
            {QStringLiteral("outcome"), d.outcome},
            {QStringLiteral("rev"), QString::number(d.rev)},
            {QStringLiteral("satisfaction"), d.satisfaction},
            {QStringLiteral("parties"), parties},
            {QStringLiteral("events"), events},
            {QStringLiteral("actions"), actions}};
}

int cmdShow(const QString &dbPath, const CliArgs &args, QTextStream &out)
{
    if (args.positional().size() != 1)
        throw CliError{ExitUsage, QStringLiteral("dispute show: give one dispute id or case number")};
    auto db = openStore(dbPath, false);
    DisputeRepository repo(*db);
    const std::optional<DisputeDetail> d = repo.detail(args.positional().first());
    if (!d)
        throw CliError{ExitRejected, QStringLiteral("dispute show: there is no dispute %1").arg(args.positional().first())};
    const bool unmask = args.has(QStringLiteral("unmask"));
    if (unmask && args.value(QStringLiteral("reason")).trimmed().size() < 4)
        throw CliError{ExitUsage, QStringLiteral("dispute show: --unmask needs --reason TEXT "
                                                 "(at least 4 characters): it is audited")};
    const QJsonObject o = detailJson(*d, HolidayRepository(*db).calendar(), unmask);
    if (args.has(QStringLiteral("json"))) {
        out << compact(o) << "\n";
        return ExitOk;
    }
    out << d->caseNo << "  " << d->title << "\n";
    out << "  " << disputeStatusLabel(d->status) << " · " << disputeCategoryLabel(d->category) << " · "
        << d->townshipName << " " << d->villageName << " " << d->gridName << "\n";
    if (o.value(QStringLiteral("deadline")).isObject())
        out << "  " << o.value(QStringLiteral("deadline")).toObject().value(QStringLiteral("due_on")).toString()
            << "  " << o.value(QStringLiteral("deadline")).toObject().value(QStringLiteral("text")).toString() << "\n";
    if (!d->summary.isEmpty())
        out << "  " << d->summary << "\n";
    for (const QJsonValue &p : o.value(QStringLiteral("parties")).toArray()) {
        const QJsonObject party = p.toObject();
        out << "  " << party.value(QStringLiteral("role")).toString() << "  "
            << party.value(QStringLiteral("name")).toString() << "  "
            << party.value(QStringLiteral("id_number")).toString() << "  "
            << party.value(QStringLiteral("phone")).toString() << "\n";
    }
    for (const DisputeEventRow &e : d->events) {
        out << "  " << QDateTime::fromMSecsSinceEpoch(e.at).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << e.action << "  " << e.toStatus << "  " << e.actor << "  " << e.note << "\n";
    }
    return ExitOk;
}

int cmdAct(const QString &dbPath, const CliArgs &args, QTextStream &out)
{
    if (args.positional().size() != 2)
        throw CliError{ExitUsage, QStringLiteral("dispute act: give the dispute id and the action, e.g. 'dispute act ID accept'")};
    const QString id = args.positional().at(0);
    const QString name = args.positional().at(1);
    const std::optional<DisputeAction> action = DisputeWorkflow::actionFromCliName(name);
    if (!action || *action == DisputeAction::Report) {
        QStringList names;
        for (const DisputeTransition &t : DisputeWorkflow::transitions()) {
            if (t.action != DisputeAction::Report && !names.contains(DisputeWorkflow::actionCliName(t.action)))
                names << DisputeWorkflow::actionCliName(t.action);
        }
        throw CliError{ExitUsage, QStringLiteral("dispute act: unknown action '%1' (actions: %2)")
                                      .arg(name, names.join(QStringLiteral(", ")))};
    }
    DisputeActionInput input;
    input.actor = args.actor();
    input.note = args.value(QStringLiteral("note"));
    input.bodyId = args.value(QStringLiteral("body"));
    input.mediatorId = args.value(QStringLiteral("mediator"));
    const QString outcome = args.value(QStringLiteral("outcome"));
    if (*action == DisputeAction::Refer)
        input.referral = outcome;
    else if (*action == DisputeAction::FollowUp)
        input.satisfaction = outcome;
    else if (!outcome.isEmpty() && !(*action == DisputeAction::Resolve && outcome == QLatin1String("resolved"))
             && !(*action == DisputeAction::Fail && outcome == QLatin1String("failed")))
        throw CliError{ExitUsage, QStringLiteral("dispute act: --outcome is for refer (litigation, arbitration, "
                                                 "petition) and follow-up (satisfied, basically_satisfied, dissatisfied)")};
    if (args.has(QStringLiteral("days")))
        input.days = int(args.number(QStringLiteral("days"), 0, 1, 90));
    const qint64 at = parseTimeOption(args, QStringLiteral("dispute act"));

    auto db = openStore(dbPath, true);
    DisputeCommands::Applied applied;
    try {
        std::optional<qint64> expectedRev;
        if (args.has(QStringLiteral("rev"))) {
            bool ok = false;
            expectedRev = args.value(QStringLiteral("rev")).toLongLong(&ok);
            if (!ok)
                throw CliError{ExitUsage, QStringLiteral("dispute act: --rev must be the revision 'dispute show --json' gave")};
        }
        applied = DisputeCommands(*db).act(id, *action, input, at, expectedRev);
    } catch (const DisputeRefused &e) {
        throw CliError{exitFor(e), QStringLiteral("dispute act %1 %2: refused: %3").arg(id, name, e.message())};
    }
    if (args.has(QStringLiteral("json"))) {
        out << compact(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("action"), DisputeWorkflow::actionKey(*action)},
                                   {QStringLiteral("from"), disputeStatusKey(applied.from)},
                                   {QStringLiteral("to"), disputeStatusKey(applied.to)},
                                   {QStringLiteral("status"), disputeStatusKey(applied.to)},
                                   {QStringLiteral("level"), applied.level},
                                   {QStringLiteral("due_on"), isoDay(applied.dueOn)},
                                   {QStringLiteral("event_id"), applied.eventId},
                                   {QStringLiteral("note"), applied.note}})
            << "\n";
    } else {
        out << disputeStatusKey(applied.from) << " -> " << disputeStatusKey(applied.to);
        if (applied.dueOn.isValid())
            out << "  due " << applied.dueOn.toString(Qt::ISODate);
        out << "  " << applied.note << "\n";
    }
    return ExitOk;
}

struct QueueName
{
    const char *name;
    DisputeQueue queue;
};
const QueueName kQueues[] = {
    {"to-accept", DisputeQueue::ToAccept}, {"mine", DisputeQueue::Mine},
    {"due-soon", DisputeQueue::DueSoon}, {"overdue", DisputeQueue::Overdue},
    {"major", DisputeQueue::Major}, {"follow-up", DisputeQueue::AwaitingFollowUp},
    {"escalated", DisputeQueue::EscalatedToCounty}, {"all", DisputeQueue::All},
};

int cmdList(const QString &dbPath, const CliArgs &args, QTextStream &out)
{
    DisputeFilter filter;
    if (args.has(QStringLiteral("queue"))) {
        const QString q = args.value(QStringLiteral("queue"));
        bool found = false;
        QStringList names;
        for (const QueueName &n : kQueues) {
            names << QLatin1String(n.name);
            if (q == QLatin1String(n.name)) {
                filter.queue = n.queue;
                found = true;
            }
        }
        if (!found)
            throw CliError{ExitUsage, QStringLiteral("dispute list: unknown queue '%1' (queues: %2)").arg(q, names.join(QStringLiteral(", ")))};
    }
    if (args.has(QStringLiteral("status"))) {
        DisputeStatus s;
        if (!disputeStatusFromKey(args.value(QStringLiteral("status")), &s))
            throw CliError{ExitUsage, QStringLiteral("dispute list: unknown status '%1'").arg(args.value(QStringLiteral("status")))};
        filter.status = args.value(QStringLiteral("status"));
    }
    const int limit = int(args.number(QStringLiteral("limit"), 50, 1, 100000));
    auto db = openStore(dbPath, false);
    if (args.has(QStringLiteral("region"))) {
        const QString code = args.value(QStringLiteral("region"));
        const std::optional<Region> region = RegionRepository(*db).byCode(code);
        if (!region)
            throw CliError{ExitRejected, QStringLiteral("dispute list: there is no region %1").arg(code)};
        filter.codePrefix = RegionCodes::descendantPrefix(region->code, region->level);
    }
    filter.text = args.value(QStringLiteral("search"));
    filter.user = args.actor();
    filter.today = QDate::currentDate();
    const WorkCalendar calendar = HolidayRepository(*db).calendar();
    filter.dueSoonUntil = calendar.addWorkingDays(filter.today, kDisputeDueSoonWorkingDays);

    DisputeRepository repo(*db);
    QList<DisputeListRow> rows;
    std::optional<DisputeQueueKey> from;
    do {
        const DisputePage page = repo.page(filter, from, std::min(limit - int(rows.size()), 500));
        rows << page.rows;
        from = page.next;
    } while (from && rows.size() < limit);
    if (rows.size() > limit)
        rows.resize(limit);

    if (args.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DisputeListRow &r : rows) {
            list << QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("case_no"), r.caseNo},
                                {QStringLiteral("title"), r.title},
                                {QStringLiteral("category"), r.category},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("level"), r.level},
                                {QStringLiteral("major"), r.major},
                                {QStringLiteral("region_code"), r.gridCode},
                                {QStringLiteral("grid"), r.gridName},
                                {QStringLiteral("reported_at"), isoTime(r.reportedAt)},
                                {QStringLiteral("due_on"), isoDay(r.dueOn)}};
        }
        out << compact(list) << "\n";
        return ExitOk;
    }
    for (const DisputeListRow &r : rows) {
        out << r.caseNo << "  " << r.status.leftJustified(11) << " "
            << QDateTime::fromMSecsSinceEpoch(r.reportedAt).toString(QStringLiteral("yyyy-MM-dd"))
            << "  " << (r.dueOn.isValid() ? r.dueOn.toString(Qt::ISODate) : QStringLiteral("          "))
            << "  " << r.title << "  " << r.id << "\n";
    }
    return ExitOk;
}

} // namespace

int runDisputeCommand(const QString &dbPath, const QStringList &words, QTextStream &out, QTextStream &err)
{
    if (words.isEmpty())
        throw CliError{ExitUsage, QStringLiteral("dispute: give a subcommand: add, show, list or act")};
    const QString sub = words.first();
    const QStringList rest = words.mid(1);
    const QString command = QStringLiteral("dispute ") + sub;
    if (sub == QLatin1String("add")) {
        // --json FILE names the input; the output is JSON with --json-out.
        return cmdAdd(dbPath, CliArgs(command, rest, {{"json", "by"}, {"json-out"}}), out, err);
    }
    if (sub == QLatin1String("show"))
        return cmdShow(dbPath, CliArgs(command, rest, {{"reason"}, {"json", "unmask"}, 1}), out);
    if (sub == QLatin1String("act")) {
        return cmdAct(dbPath, CliArgs(command, rest, {{"by", "note", "body", "mediator", "outcome", "at", "days", "rev"},
                                                      {"json"}, 2}),
                      out);
    }
    if (sub == QLatin1String("list")) {
        return cmdList(dbPath, CliArgs(command, rest, {{"queue", "region", "search", "status", "limit", "by"},
                                                       {"json"}}),
                       out);
    }
    throw CliError{ExitUsage, QStringLiteral("dispute: unknown subcommand '%1' (add, show, list, act)").arg(sub)};
}
