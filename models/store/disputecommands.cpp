#include "disputecommands.h"

#include "accesscontrol.h"
#include "actorrole.h"
#include "auditlog.h"
#include "userrepository.h"
#include "database.h"
#include "holidayrepository.h"
#include "settingsrepository.h"
#include "storeerror.h"

#include "domain/deadlinepolicy.h"
#include "domain/ids.h"
#include "domain/region.h"
#include "domain/workcalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

using A = DisputeAction;
using S = DisputeStatus;
using Kind = DisputeRefused::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("DisputeCommands", text);
}

QDate localDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

QString isoDay(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The dispute as the rules and the update need it.
struct Current
{
    qint64 rid = 0;
    DisputeState state;
    QString category;
    QString complexity;
    QDate dueOn;
    int extendedDays = 0;
    int escalations = 0;
    qint64 rev = 0;
    qint64 lastEventAt = 0;
    QString updatedBy;
    qint64 updatedAt = 0;
};

// The refusal of a save that comes after someone else's: who changed the dispute and when, so
// that the operator knows whom to ask. Empty `by` when the row could not be read again.
DisputeRefused changedMeanwhile(const QString &by, qint64 at)
{
    if (by.isEmpty()) {
        return DisputeRefused(DisputeRefused::Kind::Conflict,
                              QCoreApplication::translate("DisputeCommands", "The dispute was changed by someone else meanwhile; look at it again"));
    }
    return DisputeRefused(
        DisputeRefused::Kind::Conflict,
        QCoreApplication::translate("DisputeCommands", "The dispute was changed by %1 at %2 after you opened it; look at it again")
            .arg(by, QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

struct Named
{
    QString id;
    QString name;
};

// Columns an action changes, in a fixed order, with their new values.
struct Changes
{
    QStringList columns;
    QVariantList values;

    void set(const char *column, const QVariant &value)
    {
        columns << QLatin1String(column);
        values << value;
    }
};

// QSqlQuery binds a null QString as SQL NULL; text columns here are NOT NULL DEFAULT ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// Words for the history, which is kept in Chinese whatever the UI language.
QString chinese(const QString &key)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("litigation"), QStringLiteral("诉讼")},
        {QStringLiteral("arbitration"), QStringLiteral("仲裁")},
        {QStringLiteral("petition"), QStringLiteral("信访")},
        {QStringLiteral("satisfied"), QStringLiteral("满意")},
        {QStringLiteral("basically_satisfied"), QStringLiteral("基本满意")},
        {QStringLiteral("dissatisfied"), QStringLiteral("不满意")},
    };
    return words.value(key, key);
}

QString chineseLevel(int level)
{
    return QStringList{QStringLiteral("县级"), QStringLiteral("乡镇级"), QStringLiteral("村级")}.value(level);
}

qint64 nextRev(qint64 previous, qint64 now)
{
    return std::max<qint64>(qint64(HybridClock::fromMillis(now)), previous + 1);
}

} // namespace

std::optional<UserRole> DisputeCommands::roleOf(const QString &actor) const
{
    const ActorRole who = lookUpActorRole(m_db, actor);
    if (who.refused())
        throw DisputeRefused(Kind::Permission, who.refusal);
    return who.role;
}

std::optional<UserRole> DisputeCommands::checkAccess(const QString &actor, Permission p,
                                                     const std::function<QString()> &gridOf) const
{
    const ActorRole who = lookUpActorRole(m_db, actor);
    if (who.refused())
        throw DisputeRefused(Kind::Permission, who.refusal);
    if (!who.role)
        return std::nullopt;
    const Session session{actor, QString(), *who.role, who.scopeCode};
    try {
        const QString gridCode = gridOf();
        AccessControl(m_db).require(session, p, gridCode, gridCode,
                                    QDateTime::currentMSecsSinceEpoch());
    } catch (const AccessRefused &e) {
        throw DisputeRefused(Kind::Permission, e.message());
    }
    return who.role;
}

QString DisputeCommands::nextCaseNo(qint64 now)
{
    // 示调〔2026〕0287号: the county's first character, 调, the year, a serial within the year.
    // The serial counts on in case_serial (local to this node) so that numbering never scans a
    // year of cases; the first number of a year starts after the highest one in the store.
    QSqlQuery county = m_db.prepare(
        QStringLiteral("SELECT name FROM region WHERE level = 0 AND deleted = 0 ORDER BY code LIMIT 1"));
    Database::exec(county);
    const QString countyName = county.next() ? county.value(0).toString() : QString();
    county.finish();
    // A township node numbers its own cases (示调〔2026〕003-0001号, 003 = the township), so that
    // numbers given offline never collide with the county's or another township's.
    QSqlQuery node = m_db.prepare(QStringLiteral(
        "SELECT coalesce(scope_code, '') FROM node WHERE is_self = 1 AND role = 'township'"));
    Database::exec(node);
    const QString township = node.next() ? node.value(0).toString().mid(6, 3) : QString();
    node.finish();
    const QString prefix = (countyName.isEmpty() ? QStringLiteral("纠") : countyName.left(1))
                           + QStringLiteral("调〔%1〕").arg(localDay(now).year())
                           + (township.isEmpty() ? QString() : township + QLatin1Char('-'));
    QSqlQuery stored = m_db.prepare(QStringLiteral("SELECT 1 FROM case_serial WHERE prefix = ?"));
    stored.addBindValue(prefix);
    Database::exec(stored);
    qint64 first = 1;
    if (!stored.next()) {
        // The number's leading digits, as SQLite's CAST reads them.
        QSqlQuery highest = m_db.prepare(
            m_db.isPostgres()
                ? QStringLiteral("SELECT max(CAST(substring(substr(case_no, ?) FROM '^[0-9]+') AS BIGINT)) "
                                 "FROM dispute WHERE case_no >= ? AND case_no < ?")
                : QStringLiteral("SELECT max(CAST(substr(case_no, ?) AS INTEGER)) FROM dispute "
                                 "WHERE case_no >= ? AND case_no < ?"));
        highest.addBindValue(prefix.size() + 1);
        highest.addBindValue(prefix);
        highest.addBindValue(prefix + QLatin1Char('~'));
        Database::exec(highest);
        if (highest.next())
            first = highest.value(0).toLongLong() + 1;
    }
    stored.finish();
    // Counted on in one statement: two workstations of a server store registering at the same
    // moment get consecutive numbers (the second waits for the first's row).
    QSqlQuery save = m_db.prepare(QStringLiteral(
        "INSERT INTO case_serial (prefix, serial) VALUES (?, ?) "
        "ON CONFLICT (prefix) DO UPDATE SET serial = case_serial.serial + 1 RETURNING serial"));
    save.addBindValue(prefix);
    save.addBindValue(first);
    Database::exec(save);
    if (!save.next())
        throw StoreError(QStringLiteral("case_serial: no serial returned for %1").arg(prefix));
    const qint64 serial = save.value(0).toLongLong();
    // At least four digits, as the numbers offices hand out (示调〔2026〕0287号).
    return prefix + QStringLiteral("%1号").arg(serial, 4, 10, QLatin1Char('0'));
}

QList<IntakeProblem> DisputeCommands::problems(const DisputeIntake &intake) const
{
    QList<IntakeProblem> problems = DisputeIntakeRules::validate(intake);
    const bool codeWrong = std::any_of(problems.begin(), problems.end(), [](const IntakeProblem &p) {
        return p.field == QLatin1String("region_code");
    });
    if (!codeWrong) {
        QSqlQuery grid = m_db.prepare(
            QStringLiteral("SELECT level FROM region WHERE code = ? AND deleted = 0"));
        grid.addBindValue(intake.gridCode);
        Database::exec(grid);
        if (!grid.next())
            problems << IntakeProblem{QStringLiteral("region_code"), tr("no grid with code %1").arg(intake.gridCode)};
        else if (grid.value(0).toInt() != int(RegionLevel::Grid))
            problems << IntakeProblem{QStringLiteral("region_code"), tr("%1 is not a grid").arg(intake.gridCode)};
    }
    return problems;
}

DisputeCommands::Reported DisputeCommands::report(const DisputeIntake &intake, const QString &actor,
                                                  qint64 now)
{
    const QList<IntakeProblem> problems = this->problems(intake);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const IntakeProblem &p : problems)
            lines << p.text();
        throw DisputeRefused(Kind::Invalid, lines.join(QLatin1Char('\n')), problems);
    }
    const std::optional<UserRole> role
        = checkAccess(actor, Permission::RegisterDispute, [&intake] { return intake.gridCode; });
    if (const DisputeTransition *t = DisputeWorkflow::find(std::nullopt, A::Report);
        role && !(t->roles & roles(*role))) {
        throw DisputeRefused(Kind::Permission, tr("%1 needs the role %2; %3 is %4")
                                                   .arg(DisputeWorkflow::actionLabel(A::Report),
                                                        userRolesText(t->roles, true), actor,
                                                        userRoleLabel(*role)));
    }

    WriteTransaction tx(m_db);
    const QString id = newUuid();
    const QString caseNo = nextCaseNo(now);
    const qint64 reportedAt = intake.reportedAt.value_or(now);
    const qint64 rev = qint64(HybridClock::fromMillis(now));
    const QString origin = m_db.nodeId();

    QSqlQuery ins = m_db.prepare(QStringLiteral(
        "INSERT INTO dispute (id, case_no, title, summary, category, source, complexity, is_major, "
        "  status, level, grid_code, parties, amount_yuan, reported_at, rev, origin, updated_at, "
        "  updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'reported', 2, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{id, caseNo, intake.title.trimmed(), notNull(intake.summary.trimmed()),
                                          intake.category, intake.source, intake.complexity,
                                          intake.major ? 1 : 0, intake.gridCode,
                                          std::max<qsizetype>(1, intake.parties.size()),
                                          intake.amountYuan, reportedAt, rev, origin, now, actor})
        ins.addBindValue(v);
    Database::exec(ins);

    QSqlQuery party = m_db.prepare(QStringLiteral(
        "INSERT INTO dispute_party (id, dispute_id, role, name, id_card, phone, rev, origin, "
        "  updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DisputePartyInput &p : intake.parties) {
        for (const QVariant &v : QVariantList{newUuid(), id, p.role, p.name.trimmed(),
                                              notNull(p.idCard.trimmed().toUpper()),
                                              notNull(p.phone.trimmed()), rev, origin, now, actor})
            party.addBindValue(v);
        Database::exec(party);
    }

    QSqlQuery event = m_db.prepare(QStringLiteral(
        "INSERT INTO dispute_event (id, dispute_id, at, action, from_status, to_status, actor, note, "
        "  rev, origin, updated_at, updated_by) "
        "VALUES (?, ?, ?, 'report', '', 'reported', ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{newUuid(), id, reportedAt, notNull(actor),
                                          QStringLiteral("登记：%1").arg(disputeSourceChineseName(intake.source)),
                                          rev, origin, now, actor})
        event.addBindValue(v);
    Database::exec(event);
    AuditLog(m_db).append({actor, QStringLiteral("dispute.add"), id, caseNo}, now);
    tx.commit();
    return {id, caseNo};
}

DisputeCommands::Applied DisputeCommands::act(const QString &disputeId, DisputeAction action,
                                              const DisputeActionInput &input, qint64 at,
                                              std::optional<qint64> expectedRev)
{
    if (action == A::Report)
        throw DisputeRefused(Kind::Invalid, tr("A dispute is reported by registering it, not by an action"));

    // Checked before the transaction, so that the refusal's audit row stays.
    const std::optional<UserRole> role
        = checkAccess(input.actor, action == A::Comment ? Permission::ViewCases
                                                        : Permission::WorkDispute,
                      [this, &disputeId] { return AccessControl(m_db).disputeRegion(disputeId); });
    WriteTransaction tx(m_db);
    Current cur;
    {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT d.rid, d.status, d.level, coalesce(d.mediation_body_id, ''), "
            "  coalesce(d.mediator_id, ''), d.category, d.complexity, d.due_on, d.extended_days, "
            "  d.escalations, d.rev, d.deleted, "
            "  (SELECT max(e.at) FROM dispute_event e WHERE e.dispute_id = d.id), "
            "  d.updated_by, d.updated_at "
            "FROM dispute d WHERE d.id = ? OR d.case_no = ?"));
        q.addBindValue(disputeId);
        q.addBindValue(disputeId);
        Database::exec(q);
        if (!q.next() || q.value(11).toBool())
            throw DisputeRefused(Kind::NotFound, tr("There is no dispute %1").arg(disputeId));
        cur.rid = q.value(0).toLongLong();
        if (!disputeStatusFromKey(q.value(1).toString(), &cur.state.status))
            throw DisputeRefused(Kind::Invalid, tr("The dispute has an unknown status '%1'").arg(q.value(1).toString()));
        cur.state.level = q.value(2).toInt();
        cur.state.bodyId = q.value(3).toString();
        cur.state.mediatorId = q.value(4).toString();
        cur.category = q.value(5).toString();
        cur.complexity = q.value(6).toString();
        cur.dueOn = q.value(7).isNull() ? QDate() : QDate::fromString(q.value(7).toString(), Qt::ISODate);
        cur.extendedDays = q.value(8).toInt();
        cur.escalations = q.value(9).toInt();
        cur.rev = q.value(10).toLongLong();
        cur.lastEventAt = q.value(12).toLongLong();
        cur.updatedBy = q.value(13).toString();
        cur.updatedAt = q.value(14).toLongLong();
    }
    // First: what the caller saw is no longer there, whatever else is wrong with the action.
    if (expectedRev && *expectedRev != cur.rev)
        throw changedMeanwhile(cur.updatedBy, cur.updatedAt);
    if (const std::optional<QString> why = DisputeWorkflow::refusal(cur.state, action, input, role)) {
        const bool permission = role && DisputeWorkflow::find(cur.state.status, action)
                                && !(DisputeWorkflow::find(cur.state.status, action)->roles & roles(*role));
        throw DisputeRefused(permission ? Kind::Permission : Kind::Invalid, *why);
    }
    if (at < cur.lastEventAt) {
        throw DisputeRefused(Kind::Invalid, tr("The time %1 is before the dispute's last recorded event (%2)")
                                                .arg(QDateTime::fromMSecsSinceEpoch(at).toString(Qt::ISODate),
                                                     QDateTime::fromMSecsSinceEpoch(cur.lastEventAt).toString(Qt::ISODate)));
    }

    const S to = *DisputeWorkflow::apply(cur.state.status, action);
    const QDate today = localDay(at);
    Changes ch;
    QString note = input.note.trimmed();
    auto prefixNote = [&note](const QString &what) {
        note = note.isEmpty() ? what : what + QStringLiteral("。") + note;
    };
    Applied out;
    out.from = cur.state.status;
    out.to = to;
    out.level = cur.state.level;
    out.dueOn = cur.dueOn;

    // A new deadline counted from `day` at the dispute's (new) level.
    auto deadlineFrom = [&](QDate day, int level) {
        const DeadlinePolicy policy = SettingsRepository(m_db).deadlinePolicy();
        const int days = policy.workingDays(cur.category, cur.complexity, level);
        const QDate due = HolidayRepository(m_db).calendar().addWorkingDays(day, days);
        return std::make_pair(days, due);
    };

    switch (action) {
    case A::Report:
        break;
    case A::Accept: {
        const auto [days, due] = deadlineFrom(today, cur.state.level);
        ch.set("accepted_at", at);
        ch.set("due_on", isoDay(due));
        ch.set("handler", notNull(input.actor));
        out.dueOn = due;
        prefixNote(QStringLiteral("受理，限%1个工作日内办结（%2前）").arg(days).arg(isoDay(due)));
        break;
    }
    case A::Route: {
        QSqlQuery body = m_db.prepare(QStringLiteral(
            "SELECT id, name FROM mediation_body WHERE (id = ? OR name = ?) AND deleted = 0 LIMIT 1"));
        body.addBindValue(input.bodyId);
        body.addBindValue(input.bodyId);
        Database::exec(body);
        if (!body.next())
            throw DisputeRefused(Kind::NotFound, tr("There is no mediation body %1").arg(input.bodyId));
        const Named b{body.value(0).toString(), body.value(1).toString()};
        ch.set("mediation_body_id", b.id);
        QString what = QStringLiteral("分流至%1").arg(b.name);
        if (!input.mediatorId.isEmpty()) {
            QSqlQuery m = m_db.prepare(QStringLiteral(
                "SELECT id, name FROM person WHERE (id = ? OR name = ?) AND role = 'mediator' "
                "AND mediation_body_id = ? AND deleted = 0 LIMIT 1"));
            m.addBindValue(input.mediatorId);
            m.addBindValue(input.mediatorId);
            m.addBindValue(b.id);
            Database::exec(m);
            if (!m.next())
                throw DisputeRefused(Kind::NotFound, tr("%1 is not a mediator of %2").arg(input.mediatorId, b.name));
            ch.set("mediator_id", m.value(0).toString());
            what += QStringLiteral("（调解员：%1）").arg(m.value(1).toString());
        } else {
            ch.set("mediator_id", QVariant());
        }
        prefixNote(what);
        break;
    }
    case A::StartMediation: {
        // The mediator given, else the one chosen at routing, else the body's least busy one.
        QSqlQuery m(m_db.connection());
        const QString wanted = !input.mediatorId.isEmpty() ? input.mediatorId : cur.state.mediatorId;
        if (!wanted.isEmpty()) {
            m = m_db.prepare(QStringLiteral(
                "SELECT id, name, 0 FROM person WHERE (id = ? OR name = ?) AND role = 'mediator' "
                "AND mediation_body_id = ? AND deleted = 0 LIMIT 1"));
            m.addBindValue(wanted);
            m.addBindValue(wanted);
            m.addBindValue(cur.state.bodyId);
        } else {
            m = m_db.prepare(QStringLiteral(
                "SELECT p.id, p.name, 1 FROM person p WHERE p.mediation_body_id = ? "
                "AND p.role = 'mediator' AND p.deleted = 0 "
                "ORDER BY (SELECT count(*) FROM dispute d WHERE d.mediator_id = p.id "
                "          AND d.status IN ('routed', 'mediating')), p.name LIMIT 1"));
            m.addBindValue(cur.state.bodyId);
        }
        Database::exec(m);
        if (!m.next()) {
            throw DisputeRefused(Kind::NotFound, wanted.isEmpty()
                                                     ? tr("The mediation body has no mediator to assign")
                                                     : tr("%1 is not a mediator of the dispute's mediation body").arg(wanted));
        }
        ch.set("mediator_id", m.value(0).toString());
        prefixNote(m.value(2).toBool() ? QStringLiteral("调解员：%1（自动指派）").arg(m.value(1).toString())
                                       : QStringLiteral("调解员：%1").arg(m.value(1).toString()));
        break;
    }
    case A::RecordSession:
        prefixNote(QStringLiteral("调解记录"));
        break;
    case A::Resolve:
        ch.set("outcome", QStringLiteral("resolved"));
        ch.set("resolved_at", at);
        prefixNote(QStringLiteral("调解成功"));
        break;
    case A::Fail:
        ch.set("outcome", QStringLiteral("failed"));
        prefixNote(QStringLiteral("调解不成"));
        break;
    case A::Refer:
        ch.set("outcome", QStringLiteral("referred"));
        ch.set("referral", input.referral);
        prefixNote(QStringLiteral("转%1").arg(chinese(input.referral)));
        break;
    case A::Escalate: {
        const int level = cur.state.level - 1;
        const auto [days, due] = deadlineFrom(today, level);
        ch.set("level", level);
        ch.set("escalations", cur.escalations + 1);
        ch.set("mediation_body_id", QVariant());
        ch.set("mediator_id", QVariant());
        ch.set("outcome", QStringLiteral(""));
        ch.set("due_on", isoDay(due));
        out.level = level;
        out.dueOn = due;
        prefixNote(QStringLiteral("上交%1处理，限%2个工作日（%3前）")
                       .arg(chineseLevel(level))
                       .arg(days)
                       .arg(isoDay(due)));
        break;
    }
    case A::Extend: {
        const QDate base = cur.dueOn.isValid() ? cur.dueOn : today;
        const QDate due = HolidayRepository(m_db).calendar().addWorkingDays(base, input.days);
        ch.set("due_on", isoDay(due));
        ch.set("extended_days", cur.extendedDays + input.days);
        out.dueOn = due;
        prefixNote(QStringLiteral("延期%1个工作日至%2").arg(input.days).arg(isoDay(due)));
        break;
    }
    case A::FollowUp:
        ch.set("satisfaction", input.satisfaction);
        prefixNote(QStringLiteral("回访：%1").arg(chinese(input.satisfaction)));
        break;
    case A::Close:
        ch.set("closed_at", at);
        prefixNote(QStringLiteral("办结"));
        break;
    case A::Withdraw:
        ch.set("outcome", QStringLiteral("withdrawn"));
        ch.set("closed_at", at);
        prefixNote(QStringLiteral("撤回"));
        break;
    case A::Reopen: {
        const auto [days, due] = deadlineFrom(today, cur.state.level);
        ch.set("outcome", QStringLiteral(""));
        ch.set("resolved_at", QVariant());
        ch.set("closed_at", QVariant());
        ch.set("satisfaction", QStringLiteral(""));
        ch.set("due_on", isoDay(due));
        out.dueOn = due;
        prefixNote(QStringLiteral("重新调处，限%1个工作日（%2前）").arg(days).arg(isoDay(due)));
        break;
    }
    case A::Comment:
        break;
    }

    const qint64 now = std::max(at, QDateTime::currentMSecsSinceEpoch());
    out.rev = nextRev(cur.rev, now);
    ch.set("status", disputeStatusKey(to));
    ch.set("rev", out.rev);
    ch.set("origin", m_db.nodeId());
    ch.set("updated_at", now);
    ch.set("updated_by", notNull(input.actor));
    QStringList sets;
    for (const QString &c : ch.columns)
        sets << c + QStringLiteral(" = ?");
    QSqlQuery upd = m_db.prepare(QStringLiteral("UPDATE dispute SET %1 WHERE rid = ? AND rev = ?")
                                     .arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &v : ch.values)
        upd.addBindValue(v);
    upd.addBindValue(cur.rid);
    upd.addBindValue(cur.rev);
    Database::exec(upd);
    if (upd.numRowsAffected() != 1) {
        // Another workstation saved between our read and this write (a server store).
        QSqlQuery who = m_db.prepare(QStringLiteral("SELECT updated_by, updated_at FROM dispute WHERE rid = ?"));
        who.addBindValue(cur.rid);
        Database::exec(who);
        throw who.next() ? changedMeanwhile(who.value(0).toString(), who.value(1).toLongLong())
                         : changedMeanwhile(QString(), 0);
    }

    QSqlQuery idOf = m_db.prepare(QStringLiteral("SELECT id FROM dispute WHERE rid = ?"));
    idOf.addBindValue(cur.rid);
    Database::exec(idOf);
    idOf.next();
    out.eventId = newUuid();
    out.note = note;
    QSqlQuery event = m_db.prepare(QStringLiteral(
        "INSERT INTO dispute_event (id, dispute_id, at, action, from_status, to_status, actor, note, "
        "  rev, origin, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{out.eventId, idOf.value(0).toString(), at,
                                          DisputeWorkflow::actionKey(action),
                                          disputeStatusKey(cur.state.status), disputeStatusKey(to),
                                          notNull(input.actor), notNull(note), out.rev, m_db.nodeId(), now,
                                          notNull(input.actor)})
        event.addBindValue(v);
    Database::exec(event);
    AuditLog(m_db).append({input.actor, QStringLiteral("dispute.act"), idOf.value(0).toString(),
                           DisputeWorkflow::actionKey(action)},
                          now);
    tx.commit();
    return out;
}

QList<DuplicateCandidate> DisputeCommands::possibleDuplicates(const DisputeIntake &intake, qint64 now,
                                                              int limit) const
{
    const qint64 since = now - qint64(DisputeIntakeRules::kDuplicateWindowDays) * 86400000;
    QList<DuplicateCandidate> found;
    auto add = [&](QSqlQuery &q, const QString &reason) {
        const QString id = q.value(0).toString();
        for (DuplicateCandidate &c : found) {
            if (c.id == id) {
                c.reason += QStringLiteral("; ") + reason;
                return;
            }
        }
        found << DuplicateCandidate{id, q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toLongLong(), reason};
    };

    if (!intake.gridCode.isEmpty() && !intake.title.trimmed().isEmpty()) {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT id, case_no, title, status, reported_at FROM dispute "
            "WHERE grid_code = ? AND reported_at >= ? AND deleted = 0"));
        q.addBindValue(intake.gridCode);
        q.addBindValue(since);
        Database::exec(q);
        while (q.next()) {
            const double s = DisputeIntakeRules::titleSimilarity(intake.title, q.value(2).toString());
            if (s >= DisputeIntakeRules::kSimilarTitle)
                add(q, tr("similar title in the same grid (%1%)").arg(qRound(s * 100)));
        }
    }
    for (const DisputePartyInput &p : intake.parties) {
        for (const auto &[column, value, what] :
             {std::tuple{QStringLiteral("id_card"), p.idCard.trimmed().toUpper(), tr("ID number")},
              std::tuple{QStringLiteral("phone"), p.phone.trimmed(), tr("phone")}}) {
            if (value.isEmpty())
                continue;
            QSqlQuery q = m_db.prepare(QStringLiteral(
                "SELECT d.id, d.case_no, d.title, d.status, d.reported_at FROM dispute_party p "
                "JOIN dispute d ON d.id = p.dispute_id "
                "WHERE p.%1 = ? AND p.deleted = 0 AND d.reported_at >= ? AND d.deleted = 0")
                                           .arg(column));
            q.addBindValue(value);
            q.addBindValue(since);
            Database::exec(q);
            while (q.next())
                add(q, tr("same party: %1 (same %2)").arg(p.name, what));
        }
    }
    std::sort(found.begin(), found.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        return a.reportedAt > b.reportedAt;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}
