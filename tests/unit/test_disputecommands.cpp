#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "demo/demogenerator.h"
#include "domain/disputeintake.h"
#include "domain/disputeworkflow.h"
#include "domain/idcard.h"
#include "store/database.h"
#include "store/disputecommands.h"
#include "store/disputerepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

using A = DisputeAction;
using S = DisputeStatus;

qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : -1;
}

QString text(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A small demo county: real regions, mediation bodies and mediators, a few hundred disputes.
struct SmallCounty
{
    TempStore tmp;
    std::unique_ptr<Database> db;
    QString grid;       // a grid of the county
    QString body;       // a village-level mediation body
    QString countyBody; // the county's committee

    SmallCounty()
    {
        {
            auto file = Database::open(tmp.path());
            DemoOptions options;
            options.scale = 0.05;
            DemoGenerator(*file).generate(options);
        }
        db = storetest::storeFrom(tmp.path());
        grid = text(*db, QStringLiteral("SELECT code FROM region WHERE level = 3 ORDER BY code LIMIT 1"));
        body = text(*db, QStringLiteral("SELECT b.id FROM mediation_body b WHERE b.level = 2 AND EXISTS "
                                        "(SELECT 1 FROM person p WHERE p.mediation_body_id = b.id) "
                                        "ORDER BY b.id LIMIT 1"));
        countyBody = text(*db, QStringLiteral("SELECT id FROM mediation_body WHERE level = 0 ORDER BY id LIMIT 1"));
    }

    DisputeIntake intake(const QString &title = QStringLiteral("张某与李某因排水沟堵塞发生邻里纠纷")) const
    {
        DisputeIntake in;
        in.title = title;
        in.summary = QStringLiteral("雨后积水漫入邻居院内，双方多次争吵。");
        in.category = QStringLiteral("neighbour");
        in.source = QStringLiteral("grid_screening");
        in.gridCode = grid;
        in.parties = {DisputePartyInput{QStringLiteral("applicant"), QStringLiteral("张建国"),
                                        QStringLiteral("11010519491231002X"), QStringLiteral("13812345678")},
                      DisputePartyInput{QStringLiteral("respondent"), QStringLiteral("李卫东"), {}, {}}};
        return in;
    }

    // Everything about a dispute that an action could change, to prove a refusal changed nothing.
    QString snapshot(const QString &id) const
    {
        QSqlQuery q = db->prepare(QStringLiteral(
            "SELECT status, level, coalesce(due_on, ''), rev, outcome, escalations, extended_days, "
            "(SELECT count(*) FROM dispute_event e WHERE e.dispute_id = d.id) "
            "FROM dispute d WHERE id = ?"));
        q.addBindValue(id);
        Database::exec(q);
        REQUIRE(q.next());
        QStringList parts;
        for (int i = 0; i < 8; ++i)
            parts << q.value(i).toString();
        return parts.join(QLatin1Char('|'));
    }

    void addUser(const QString &login, const QString &role)
    {
        QSqlQuery q = db->prepare(QStringLiteral(
            "INSERT INTO app_user (login, role, password_hash, password_changed_at, created_at) "
            "VALUES (?, ?, 'x', 0, 0)"));
        q.addBindValue(login);
        q.addBindValue(role);
        Database::exec(q);
    }
};

DisputeActionInput by(const QString &actor, const QString &note = {})
{
    DisputeActionInput in;
    in.actor = actor;
    in.note = note;
    return in;
}

} // namespace

TEST_CASE("Identity numbers are checked by their check character and birth date", "[dispute][intake]")
{
    CHECK(IdCard::isValid(QStringLiteral("11010519491231002X")));
    CHECK(IdCard::isValid(QStringLiteral("11010519491231002x")));
    // One digit mistyped: the checksum catches it.
    CHECK(IdCard::problem(QStringLiteral("11010519491231003X")).contains(QStringLiteral("check")));
    CHECK_FALSE(IdCard::isValid(QStringLiteral("1101051949123100")));
    // 17 digits with a valid check character but 13th month.
    const QString badDate = QStringLiteral("11010519491331002");
    CHECK_FALSE(IdCard::isValid(badDate + IdCard::checkCharacter(badDate)));
    CHECK(PhoneNumber::isValid(QStringLiteral("13812345678")));
    CHECK(PhoneNumber::isValid(QStringLiteral("0731-84561234")));
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("1381234567")));
    CHECK_FALSE(PhoneNumber::isValid(QStringLiteral("12345")));
}

TEST_CASE("Intake JSON takes Chinese names and reports every bad field", "[dispute][intake]")
{
    QList<IntakeProblem> problems;
    const QJsonObject ok{{QStringLiteral("title"), QStringLiteral("拖欠工资")},
                         {QStringLiteral("category"), QStringLiteral("劳动争议")},
                         {QStringLiteral("source"), QStringLiteral("网格员排查")},
                         {QStringLiteral("region_code"), QStringLiteral("431199001001001")}};
    const DisputeIntake in = DisputeIntakeRules::fromJson(ok, &problems);
    CHECK(problems.isEmpty());
    CHECK(in.category == QLatin1String("labour_wage"));
    CHECK(in.source == QLatin1String("grid_screening"));
    CHECK(*disputeCategoryFromText(QStringLiteral("邻里")) == QLatin1String("neighbour"));

    QJsonObject bad = ok;
    bad.insert(QStringLiteral("category"), QStringLiteral("吵架"));
    bad.insert(QStringLiteral("titel"), QStringLiteral("typo"));
    bad.insert(QStringLiteral("parties"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("王五")},
                                                                 {QStringLiteral("id_number"), QStringLiteral("11010519491231003X")}}});
    DisputeIntakeRules::fromJson(bad, &problems);
    QStringList fields;
    for (const IntakeProblem &p : problems)
        fields << p.field;
    CHECK(fields.contains(QStringLiteral("category")));
    CHECK(fields.contains(QStringLiteral("titel")));
    CHECK(fields.contains(QStringLiteral("parties[0].id_number")));
}

TEST_CASE("A dispute walks from report to close and every step is in its history", "[dispute][workflow]")
{
    SmallCounty c;
    DisputeCommands cmd(*c.db);
    const DisputeCommands::Reported r = cmd.report(c.intake(), QStringLiteral("op1"), at("2025-09-29T09:00:00"));
    CHECK(r.caseNo.contains(QStringLiteral("〔2025〕")));
    CHECK(text(*c.db, QStringLiteral("SELECT status FROM dispute WHERE id = ?"), {r.id}) == QLatin1String("reported"));
    CHECK(scalar(*c.db, QStringLiteral("SELECT count(*) FROM dispute_party WHERE dispute_id = ?"), {r.id}) == 2);

    // Accepted on 2025-09-30: 7 working days on the 2025 calendar skip the National Day holiday
    // (Oct 1–8) and count the make-up Saturday Oct 11 → Oct 16.
    DisputeCommands::Applied a = cmd.act(r.id, A::Accept, by(QStringLiteral("op1")), at("2025-09-30T10:00:00"));
    CHECK(a.to == S::Accepted);
    CHECK(a.dueOn == QDate(2025, 10, 16));
    CHECK(text(*c.db, QStringLiteral("SELECT handler FROM dispute WHERE id = ?"), {r.id}) == QLatin1String("op1"));

    DisputeActionInput route = by(QStringLiteral("op1"));
    route.bodyId = c.body;
    CHECK(cmd.act(r.id, A::Route, route, at("2025-09-30T11:00:00")).to == S::Routed);
    a = cmd.act(r.id, A::StartMediation, by(QStringLiteral("op1")), at("2025-10-09T09:00:00"));
    CHECK(a.to == S::Mediating);
    CHECK(a.note.contains(QStringLiteral("自动指派")));
    CHECK_FALSE(text(*c.db, QStringLiteral("SELECT coalesce(mediator_id, '') FROM dispute WHERE id = ?"), {r.id}).isEmpty());
    CHECK(cmd.act(r.id, A::RecordSession, by(QStringLiteral("op1"), QStringLiteral("双方到场，初步沟通")),
                  at("2025-10-09T10:00:00")).to == S::Mediating);
    CHECK(cmd.act(r.id, A::Resolve, by(QStringLiteral("op1"), QStringLiteral("张某清理排水沟，李某不再追究")),
                  at("2025-10-10T15:00:00")).to == S::Resolved);
    DisputeActionInput follow = by(QStringLiteral("op1"));
    follow.satisfaction = QStringLiteral("satisfied");
    CHECK(cmd.act(r.id, A::FollowUp, follow, at("2025-10-20T09:00:00")).to == S::FollowedUp);
    CHECK(cmd.act(r.id, A::Close, by(QStringLiteral("op1")), at("2025-10-20T10:00:00")).to == S::Closed);

    QSqlQuery events = c.db->prepare(QStringLiteral(
        "SELECT action, from_status, to_status FROM dispute_event WHERE dispute_id = ? ORDER BY at, rid"));
    events.addBindValue(r.id);
    Database::exec(events);
    QStringList history;
    QList<DisputeWorkflow::Step> steps;
    while (events.next()) {
        history << events.value(0).toString();
        DisputeAction action;
        DisputeStatus to;
        REQUIRE(DisputeWorkflow::actionFromKey(events.value(0).toString(), &action));
        REQUIRE(disputeStatusFromKey(events.value(2).toString(), &to));
        steps << DisputeWorkflow::Step{action, to};
    }
    CHECK(history == QStringList{"report", "accept", "route", "start_mediation", "session", "resolve",
                                 "follow_up", "close"});
    CHECK(DisputeWorkflow::isLegalPath(steps));
    CHECK(text(*c.db, QStringLiteral("SELECT satisfaction || '/' || outcome FROM dispute WHERE id = ?"), {r.id})
          == QLatin1String("satisfied/resolved"));
}

TEST_CASE("Escalation moves a case one level up with a new deadline, extension needs a supervisor",
          "[dispute][workflow]")
{
    SmallCounty c;
    c.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    c.addUser(QStringLiteral("op1"), QStringLiteral("operator"));
    c.addUser(QStringLiteral("sup1"), QStringLiteral("supervisor"));
    c.addUser(QStringLiteral("leader1"), QStringLiteral("leader"));
    DisputeCommands cmd(*c.db);
    const QString id = cmd.report(c.intake(), QStringLiteral("clerk1"), at("2026-03-02T09:00:00")).id;
    cmd.act(id, A::Accept, by(QStringLiteral("clerk1")), at("2026-03-02T10:00:00"));
    DisputeActionInput route = by(QStringLiteral("clerk1"));
    route.bodyId = c.body;
    cmd.act(id, A::Route, route, at("2026-03-02T11:00:00"));
    cmd.act(id, A::StartMediation, by(QStringLiteral("clerk1")), at("2026-03-03T09:00:00"));
    cmd.act(id, A::Fail, by(QStringLiteral("clerk1"), QStringLiteral("双方分歧较大")), at("2026-03-05T09:00:00"));

    // An operator may not extend; the refusal names the role and changes nothing.
    DisputeActionInput extend = by(QStringLiteral("op1"), QStringLiteral("当事人外出务工"));
    extend.days = 5;
    const QString before = c.snapshot(id);
    try {
        cmd.act(id, A::Extend, extend, at("2026-03-05T10:00:00"));
        FAIL("an extension by an operator was accepted");
    } catch (const DisputeRefused &e) {
        // Extension is not possible in Failed at all; the state is checked first.
        CHECK(e.kind() == DisputeRefused::Kind::Invalid);
    }
    CHECK(c.snapshot(id) == before);

    DisputeCommands::Applied up = cmd.act(id, A::Escalate, by(QStringLiteral("clerk1"), QStringLiteral("涉及多村，报请乡镇统筹")),
                                          at("2026-03-05T11:00:00"));
    CHECK(up.to == S::Accepted);
    CHECK(up.level == 1);
    CHECK(up.dueOn.isValid());
    CHECK(scalar(*c.db, QStringLiteral("SELECT escalations FROM dispute WHERE id = ?"), {id}) == 1);
    CHECK(text(*c.db, QStringLiteral("SELECT coalesce(mediation_body_id, '-') FROM dispute WHERE id = ?"), {id}) == QLatin1String("-"));

    const QString beforeExtend = c.snapshot(id);
    try {
        cmd.act(id, A::Extend, extend, at("2026-03-06T09:00:00"));
        FAIL("an extension by an operator was accepted");
    } catch (const DisputeRefused &e) {
        CHECK(e.kind() == DisputeRefused::Kind::Permission);
        CHECK(e.message().contains(QStringLiteral("op1")));
    }
    CHECK(c.snapshot(id) == beforeExtend);
    // Without a reason the supervisor is refused too.
    DisputeActionInput noReason = by(QStringLiteral("sup1"));
    noReason.days = 5;
    CHECK_THROWS_AS(cmd.act(id, A::Extend, noReason, at("2026-03-06T09:00:00")), DisputeRefused);
    CHECK(c.snapshot(id) == beforeExtend);

    extend.actor = QStringLiteral("sup1");
    const DisputeCommands::Applied ext = cmd.act(id, A::Extend, extend, at("2026-03-06T09:00:00"));
    CHECK(ext.to == S::Accepted);
    CHECK(ext.dueOn > up.dueOn);
    CHECK(scalar(*c.db, QStringLiteral("SELECT extended_days FROM dispute WHERE id = ?"), {id}) == 5);

    // Up to the county, and no further.
    cmd.act(id, A::Escalate, by(QStringLiteral("sup1"), QStringLiteral("乡镇调处不成")), at("2026-03-07T09:00:00"));
    CHECK(scalar(*c.db, QStringLiteral("SELECT level FROM dispute WHERE id = ?"), {id}) == 0);
    const QString atCounty = c.snapshot(id);
    CHECK_THROWS_AS(cmd.act(id, A::Escalate, by(QStringLiteral("sup1"), QStringLiteral("再上交")), at("2026-03-08T09:00:00")),
                    DisputeRefused);
    CHECK(c.snapshot(id) == atCounty);

    // A leader may comment (批示) but not take handling actions; unknown users are refused.
    CHECK(cmd.act(id, A::Comment, by(QStringLiteral("leader1"), QStringLiteral("请县调委会尽快调处")),
                  at("2026-03-08T10:00:00")).to == S::Accepted);
    DisputeActionInput leaderRoute = by(QStringLiteral("leader1"));
    leaderRoute.bodyId = c.countyBody;
    CHECK_THROWS_AS(cmd.act(id, A::Route, leaderRoute, at("2026-03-08T11:00:00")), DisputeRefused);
    CHECK_THROWS_AS(cmd.act(id, A::Comment, by(QStringLiteral("nobody"), QStringLiteral("x")), at("2026-03-08T11:00:00")),
                    DisputeRefused);

    DisputeActionInput route2 = by(QStringLiteral("op1"));
    route2.bodyId = c.countyBody;
    cmd.act(id, A::Route, route2, at("2026-03-09T09:00:00"));
    cmd.act(id, A::StartMediation, by(QStringLiteral("op1")), at("2026-03-09T10:00:00"));
    cmd.act(id, A::Resolve, by(QStringLiteral("op1"), QStringLiteral("达成调解协议")), at("2026-03-12T10:00:00"));
    DisputeActionInput follow = by(QStringLiteral("op1"));
    follow.satisfaction = QStringLiteral("basically_satisfied");
    cmd.act(id, A::FollowUp, follow, at("2026-03-20T10:00:00"));
    CHECK(cmd.act(id, A::Close, by(QStringLiteral("op1")), at("2026-03-20T11:00:00")).to == S::Closed);
}

TEST_CASE("Refused actions change nothing and say why", "[dispute][workflow]")
{
    SmallCounty c;
    DisputeCommands cmd(*c.db);
    const QString id = cmd.report(c.intake(), QStringLiteral("op1"), at("2026-05-06T09:00:00")).id;
    const QString before = c.snapshot(id);

    auto refusedWith = [&](A action, const DisputeActionInput &in, qint64 when, const QString &phrase) {
        try {
            cmd.act(id, action, in, when);
            FAIL("the action was accepted");
        } catch (const DisputeRefused &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(phrase));
        }
        CHECK(c.snapshot(id) == before);
    };
    // Resolving a case nobody accepted: not possible in Reported, and the message lists what is.
    refusedWith(A::Resolve, by(QStringLiteral("op1"), QStringLiteral("x")), at("2026-05-06T10:00:00"),
                DisputeWorkflow::actionLabel(A::Accept));
    // Withdrawing needs a reason.
    refusedWith(A::Withdraw, by(QStringLiteral("op1")), at("2026-05-06T10:00:00"), QString());
    // Acting before the last recorded event.
    refusedWith(A::Accept, by(QStringLiteral("op1")), at("2026-05-01T10:00:00"), QStringLiteral("2026-05-0"));
    // Someone else changed the dispute since it was shown.
    const qint64 rev = scalar(*c.db, QStringLiteral("SELECT rev FROM dispute WHERE id = ?"), {id});
    try {
        cmd.act(id, A::Accept, by(QStringLiteral("op1")), at("2026-05-06T10:00:00"), rev - 1);
        FAIL("a stale revision was accepted");
    } catch (const DisputeRefused &e) {
        CHECK(e.kind() == DisputeRefused::Kind::Conflict);
    }
    CHECK(c.snapshot(id) == before);
    CHECK_THROWS_AS(cmd.act(QStringLiteral("no-such-id"), A::Accept, by(QStringLiteral("op1")), at("2026-05-06T10:00:00")),
                    DisputeRefused);
    // The same action with the right revision goes through.
    CHECK(cmd.act(id, A::Accept, by(QStringLiteral("op1")), at("2026-05-06T10:00:00"), rev).to == S::Accepted);
}

TEST_CASE("A rejected intake writes nothing and names each field", "[dispute][intake]")
{
    SmallCounty c;
    DisputeCommands cmd(*c.db);
    const qint64 disputes = scalar(*c.db, QStringLiteral("SELECT count(*) FROM dispute"));
    const qint64 parties = scalar(*c.db, QStringLiteral("SELECT count(*) FROM dispute_party"));
    DisputeIntake in = c.intake();
    in.gridCode = QStringLiteral("431199999999999");
    in.parties[0].idCard = QStringLiteral("11010519491231003X");
    try {
        cmd.report(in, QStringLiteral("op1"), at("2026-05-06T09:00:00"));
        FAIL("a bad intake was accepted");
    } catch (const DisputeRefused &e) {
        QStringList fields;
        for (const IntakeProblem &p : e.problems())
            fields << p.field;
        CHECK(fields == QStringList{QStringLiteral("parties[0].id_number"), QStringLiteral("region_code")});
    }
    CHECK(scalar(*c.db, QStringLiteral("SELECT count(*) FROM dispute")) == disputes);
    CHECK(scalar(*c.db, QStringLiteral("SELECT count(*) FROM dispute_party")) == parties);
}

TEST_CASE("Case numbers count on within the year", "[dispute][intake]")
{
    SmallCounty c;
    DisputeCommands cmd(*c.db);
    const QString first = cmd.report(c.intake(), QStringLiteral("op1"), at("2026-11-16T09:00:00")).caseNo;
    const QString second = cmd.report(c.intake(QStringLiteral("另一件事")), QStringLiteral("op1"), at("2026-11-16T09:05:00")).caseNo;
    INFO(first.toStdString() + " " + second.toStdString());
    const int n1 = first.section(QStringLiteral("〕"), 1).remove(QStringLiteral("号")).toInt();
    const int n2 = second.section(QStringLiteral("〕"), 1).remove(QStringLiteral("号")).toInt();
    CHECK(n2 == n1 + 1);
    // Higher than every demo case of the year.
    CHECK(scalar(*c.db, QStringLiteral("SELECT count(*) FROM dispute WHERE case_no > ? AND case_no LIKE ?"),
                 {first, first.left(first.indexOf(QStringLiteral("〕")) + 1) + QLatin1Char('%')}) == 1);
}

TEST_CASE("Possible duplicates: similar title in the grid, or the same party, within 30 days",
          "[dispute][intake]")
{
    SmallCounty c;
    DisputeCommands cmd(*c.db);
    const qint64 t0 = at("2026-11-16T09:00:00");
    const DisputeCommands::Reported first = cmd.report(c.intake(), QStringLiteral("op1"), t0);

    DisputeIntake again = c.intake(QStringLiteral("张某与李某因排水沟堵塞引发邻里纠纷"));
    again.parties.clear();
    QList<DuplicateCandidate> found = cmd.possibleDuplicates(again, t0 + 3600000);
    REQUIRE(found.size() >= 1);
    CHECK(found.first().id == first.id);
    CHECK(found.first().reason.contains(QStringLiteral("%")));

    DisputeIntake samePerson = c.intake(QStringLiteral("借款到期未还"));
    samePerson.gridCode = text(*c.db, QStringLiteral("SELECT code FROM region WHERE level = 3 ORDER BY code DESC LIMIT 1"));
    found = cmd.possibleDuplicates(samePerson, t0 + 3600000);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == first.id);

    // Forty days later neither counts.
    CHECK(cmd.possibleDuplicates(again, t0 + 40LL * 86400000).isEmpty());
    DisputeIntake unrelated = c.intake(QStringLiteral("物业费收取标准争议"));
    unrelated.parties.clear();
    CHECK(cmd.possibleDuplicates(unrelated, t0 + 3600000).isEmpty());
}

TEST_CASE("The workflow table: every action has its roles, and buttons follow the state", "[dispute][workflow]")
{
    for (const DisputeTransition &t : DisputeWorkflow::transitions())
        CHECK(t.roles != 0);
    const QList<A> reported = DisputeWorkflow::allowedActions(S::Reported);
    CHECK(reported == QList<A>{A::Accept, A::Withdraw, A::Comment});
    CHECK(DisputeWorkflow::allowedActions(S::Mediating, UserRole::Leader) == QList<A>{A::Comment});
    CHECK(DisputeWorkflow::allowedActions(S::Mediating, UserRole::Supervisor).contains(A::Extend));
    CHECK_FALSE(DisputeWorkflow::allowedActions(S::Mediating, UserRole::Operator).contains(A::Extend));
    for (A a : {A::Accept, A::Route, A::StartMediation, A::RecordSession, A::Resolve, A::Fail, A::Refer,
                A::Escalate, A::Extend, A::FollowUp, A::Close, A::Withdraw, A::Reopen, A::Comment})
        CHECK(DisputeWorkflow::actionFromCliName(DisputeWorkflow::actionCliName(a)) == a);
    CHECK(DisputeWorkflow::actionFromCliName(QStringLiteral("mediate")) == A::StartMediation);
    CHECK(DisputeWorkflow::actionFromCliName(QStringLiteral("follow-up")) == A::FollowUp);
}
