#include <catch2/catch.hpp>

#include "storeundertest.h"
#include "testsupport.h"

#include "domain/deadlinepolicy.h"
#include "domain/deadlinetext.h"
#include "domain/workcalendar.h"
#include "store/database.h"
#include "store/holidayrepository.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cstdlib>

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

std::string iso(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

const WorkCalendar &cn()
{
    return WorkCalendar::china();
}

// Every day of [from, to] is (or is not) a working day on the built-in calendar.
void checkSpan(const char *from, const char *to, bool working, const QString &name = {})
{
    for (QDate d = day(from); d <= day(to); d = d.addDays(1)) {
        INFO(iso(d));
        CHECK(cn().isWorkingDay(d) == working);
        if (!name.isEmpty())
            CHECK(cn().holidayName(d) == name);
    }
}

// Working days by walking day by day: what the calendar's shortcuts must agree with.
QDate walk(const WorkCalendar &c, QDate start, int n)
{
    const int step = n >= 0 ? 1 : -1;
    QDate d = start;
    for (int left = std::abs(n); left > 0;) {
        d = d.addDays(step);
        if (c.isWorkingDay(d))
            --left;
    }
    return d;
}

struct SettingRow
{
    qint64 rev = 0;
    QString origin;
    QString updatedBy;
    int deleted = -1;
};

SettingRow settingRow(Database &db, const QString &key)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT rev, origin, updated_by, deleted FROM setting WHERE key = ?"));
    q.addBindValue(key);
    Database::exec(q);
    SettingRow r;
    if (q.next())
        r = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toInt()};
    return r;
}

std::optional<DeadlinePolicy> parsePolicy(const char *json, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
    return DeadlinePolicy::fromJson(
        doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), error);
}

} // namespace

// ---- the built-in calendar --------------------------------------------------------------

TEST_CASE("The built-in calendar holds the published notices with their sources", "[calendar]")
{
    const auto [first, last] = cn().coveredYears();
    CHECK(first == 2024);
    CHECK(last >= 2026);
    CHECK(cn().covers(day("2024-01-01")));
    CHECK(cn().covers(day("2026-12-31")));
    CHECK_FALSE(cn().covers(day("2023-12-31")));

    const QList<WorkCalendar::Source> sources = cn().sources();
    REQUIRE(sources.size() >= 3);
    CHECK(sources.at(0).year == 2024);
    CHECK(sources.at(0).number == QStringLiteral("国办发明电〔2023〕7号"));
    CHECK(sources.at(0).published == day("2023-10-25"));
    CHECK(sources.at(1).number == QStringLiteral("国办发明电〔2024〕12号"));
    CHECK(sources.at(1).published == day("2024-11-12"));
    CHECK(sources.at(2).published == day("2025-11-04"));
    for (const WorkCalendar::Source &s : sources) {
        INFO(s.year);
        CHECK(s.title == QStringLiteral("国务院办公厅关于%1年部分节假日安排的通知").arg(s.year));
        // Each notice comes out in the autumn before its year.
        CHECK(s.published.year() == s.year - 1);
    }
}

TEST_CASE("2024: the notice's holidays and make-up working days", "[calendar]")
{
    // Spring Festival: Feb 10–17 off; Sun Feb 4 and Sun Feb 18 worked. New Year's Eve (Feb 9)
    // was only "encouraged" as a day off, so it stays a working day.
    checkSpan("2024-02-10", "2024-02-17", false, QStringLiteral("春节"));
    CHECK(cn().isWorkingDay(day("2024-02-04")));
    CHECK(cn().isWorkingDay(day("2024-02-18")));
    CHECK(cn().isWorkingDay(day("2024-02-09")));
    CHECK(cn().holidayName(day("2024-02-04")).isEmpty()); // a working day has no holiday name
    REQUIRE(cn().day(day("2024-02-04")));
    CHECK(cn().day(day("2024-02-04"))->kind == WorkCalendar::DayKind::Workday);
    CHECK(cn().day(day("2024-02-04"))->name == QStringLiteral("春节"));

    CHECK_FALSE(cn().isWorkingDay(day("2024-01-01")));
    checkSpan("2024-04-04", "2024-04-06", false, QStringLiteral("清明节"));
    CHECK(cn().isWorkingDay(day("2024-04-07"))); // Sunday
    checkSpan("2024-05-01", "2024-05-05", false, QStringLiteral("劳动节"));
    CHECK(cn().isWorkingDay(day("2024-04-28")));
    CHECK(cn().isWorkingDay(day("2024-05-11")));
    CHECK_FALSE(cn().isWorkingDay(day("2024-06-10"))); // 端午, a Monday
    checkSpan("2024-09-15", "2024-09-17", false, QStringLiteral("中秋节"));
    CHECK(cn().isWorkingDay(day("2024-09-14")));
    checkSpan("2024-10-01", "2024-10-07", false, QStringLiteral("国庆节"));
    CHECK(cn().isWorkingDay(day("2024-09-29")));
    CHECK(cn().isWorkingDay(day("2024-10-12")));

    // 262 weekdays − 19 weekday holidays + 8 make-up days.
    CHECK(cn().workingDaysBetween(day("2023-12-31"), day("2024-12-31")) == 251);
}

TEST_CASE("2025: the first year of the new rules (an extra day at Spring Festival and Labour Day)",
          "[calendar]")
{
    checkSpan("2025-01-28", "2025-02-04", false, QStringLiteral("春节")); // 8 days from 除夕
    CHECK(cn().isWorkingDay(day("2025-01-26")));
    CHECK(cn().isWorkingDay(day("2025-02-08")));
    CHECK_FALSE(cn().isWorkingDay(day("2025-01-01")));
    CHECK(cn().isWorkingDay(day("2025-01-02"))); // 元旦 one day, no make-up
    checkSpan("2025-04-04", "2025-04-06", false, QStringLiteral("清明节"));
    checkSpan("2025-05-01", "2025-05-05", false, QStringLiteral("劳动节"));
    CHECK(cn().isWorkingDay(day("2025-04-27")));
    checkSpan("2025-05-31", "2025-06-02", false, QStringLiteral("端午节"));

    // National Day and Mid-Autumn together: Oct 1–8 off, Sun Sep 28 and Sat Oct 11 worked.
    checkSpan("2025-10-01", "2025-10-08", false);
    CHECK(cn().holidayName(day("2025-10-06")).contains(QStringLiteral("中秋节")));
    CHECK(cn().holidayName(day("2025-10-01")).contains(QStringLiteral("国庆节")));
    CHECK(cn().isWorkingDay(day("2025-09-28")));
    CHECK(cn().isWorkingDay(day("2025-10-11")));
    CHECK(cn().isWorkingDay(day("2025-10-09")));

    CHECK(iso(cn().addWorkingDays(day("2025-09-30"), 1)) == "2025-10-09");
    CHECK(iso(cn().addWorkingDays(day("2025-09-26"), 1)) == "2025-09-28"); // Fri → make-up Sun

    // 261 weekdays − 18 weekday holidays + 5 make-up days.
    CHECK(cn().workingDaysBetween(day("2024-12-31"), day("2025-12-31")) == 248);
}

TEST_CASE("2026: the notice of 4 November 2025", "[calendar]")
{
    checkSpan("2026-01-01", "2026-01-03", false, QStringLiteral("元旦"));
    CHECK(cn().isWorkingDay(day("2026-01-04")));                          // Sunday
    checkSpan("2026-02-15", "2026-02-23", false, QStringLiteral("春节")); // 9 days
    CHECK(cn().isWorkingDay(day("2026-02-14")));
    CHECK(cn().isWorkingDay(day("2026-02-28")));
    checkSpan("2026-04-04", "2026-04-06", false, QStringLiteral("清明节"));
    checkSpan("2026-05-01", "2026-05-05", false, QStringLiteral("劳动节"));
    CHECK(cn().isWorkingDay(day("2026-05-09")));
    checkSpan("2026-06-19", "2026-06-21", false, QStringLiteral("端午节"));
    checkSpan("2026-09-25", "2026-09-27", false, QStringLiteral("中秋节"));
    checkSpan("2026-10-01", "2026-10-07", false, QStringLiteral("国庆节"));
    CHECK(cn().isWorkingDay(day("2026-09-20")));
    CHECK(cn().isWorkingDay(day("2026-10-10")));

    // 261 weekdays − 19 weekday holidays + 6 make-up days.
    CHECK(cn().workingDaysBetween(day("2025-12-31"), day("2026-12-31")) == 248);
}

TEST_CASE("Make-up Saturdays count as working days, weekday holidays do not", "[calendar]")
{
    const QDate friday = day("2025-10-10");
    const QDate makeUpSaturday = day("2025-10-11");
    CHECK(makeUpSaturday.dayOfWeek() == 6);
    CHECK(cn().isWorkingDay(makeUpSaturday));
    CHECK(cn().addWorkingDays(friday, 1) == makeUpSaturday);
    CHECK(cn().workingDaysBetween(friday, day("2025-10-13")) == 2); // Sat 11 and Mon 13

    const QDate labourDay = day("2025-05-01"); // a Thursday
    CHECK(labourDay.dayOfWeek() == 4);
    CHECK_FALSE(cn().isWorkingDay(labourDay));
    CHECK(cn().workingDaysBetween(day("2025-04-30"), day("2025-05-06")) == 1); // only the 6th

    // An ordinary weekend is off and has no name.
    CHECK_FALSE(cn().isWorkingDay(day("2025-03-08")));
    CHECK(cn().holidayName(day("2025-03-08")).isEmpty());
    CHECK_FALSE(cn().day(day("2025-03-08")));
}

TEST_CASE("Outside the covered years the calendar counts Monday to Friday", "[calendar]")
{
    CHECK_FALSE(cn().covers(day("2030-10-01")));
    CHECK(cn().isWorkingDay(day("2030-10-01"))); // a Tuesday; no notice for 2030
    CHECK_FALSE(cn().isWorkingDay(day("2030-10-05")));
    CHECK(iso(cn().addWorkingDays(day("2030-10-04"), 1)) == "2030-10-07");

    const WorkCalendar plain;
    CHECK(plain.coveredYears() == std::pair<int, int>(0, 0));
    CHECK(plain.isWorkingDay(day("2025-10-01")));
    CHECK(plain.workingDaysBetween(day("2025-12-31"), day("2026-12-31")) == 261);
}

TEST_CASE("Adding working days: n = 0, negative n, and round trips", "[calendar]")
{
    // n = 0 is the start itself, working day or not.
    CHECK(iso(cn().addWorkingDays(day("2025-10-03"), 0)) == "2025-10-03");
    CHECK(cn().workingDaysBetween(day("2025-10-03"), day("2025-10-03")) == 0);

    // Backwards over the National Day week.
    CHECK(iso(cn().addWorkingDays(day("2025-10-09"), -1)) == "2025-09-30");
    CHECK(iso(cn().addWorkingDays(day("2025-10-05"), -1)) == "2025-09-30");
    CHECK(iso(cn().addWorkingDays(day("2024-02-18"), -1)) == "2024-02-09");
    CHECK(iso(cn().addWorkingDays(day("2024-02-19"), -1)) == "2024-02-18"); // make-up Sunday

    // Every start over three years and n in −40..40 against a day-by-day walk, both ways.
    for (QDate s = day("2023-12-20"); s <= day("2027-01-10"); s = s.addDays(3)) {
        for (int n = -40; n <= 40; n += 3) {
            const QDate d = cn().addWorkingDays(s, n);
            INFO(iso(s) << " + " << n << " = " << iso(d));
            REQUIRE(d == walk(cn(), s, n));
            REQUIRE(cn().workingDaysBetween(s, d) == n);
            if (n != 0)
                REQUIRE(cn().isWorkingDay(d));
        }
    }
    // Long spans take the week-jumping path.
    for (int n : {100, 251, 365, 1000, -365, -1000}) {
        INFO(n);
        const QDate d = cn().addWorkingDays(day("2024-01-05"), n);
        CHECK(d == walk(cn(), day("2024-01-05"), n));
        CHECK(cn().workingDaysBetween(day("2024-01-05"), d) == n);
    }
}

TEST_CASE("Working days between: left, due today and overdue", "[calendar]")
{
    // Accepted Tue 30 Sep 2025 with 7 working days: the holiday week does not count, the
    // make-up Saturday does.
    const QDate due = cn().addWorkingDays(day("2025-09-30"), 7);
    CHECK(iso(due) == "2025-10-16");
    CHECK(cn().workingDaysBetween(day("2025-10-08"), due) == 7);
    CHECK(cn().workingDaysBetween(day("2025-10-14"), due) == 2);
    CHECK(cn().workingDaysBetween(due, due) == 0);
    // After the due day: minus the working days from the due day up to today.
    CHECK(cn().workingDaysBetween(day("2025-10-17"), due) == -1); // Friday after
    CHECK(cn().workingDaysBetween(day("2025-10-19"), due) == -2); // Sunday after
    CHECK(cn().workingDaysBetween(day("2025-10-22"), due) == -4);

    CHECK(deadlineText(day("2025-10-14"), due, cn()) == QStringLiteral("2 working day(s) left"));
    CHECK(deadlineText(due, due, cn()) == QStringLiteral("due today"));
    CHECK(deadlineText(day("2025-10-22"), due, cn())
          == QStringLiteral("overdue by 4 working day(s)"));
    CHECK(deadlineText(day("2025-10-22"), QDate(), cn()).isEmpty());
    // Due on a day off with no working day since: still overdue.
    CHECK(deadlineText(day("2025-10-05"), day("2025-10-04"), cn()) == QStringLiteral("overdue"));
}

TEST_CASE("A county's own days win over the built-in calendar", "[calendar]")
{
    const WorkCalendar local = cn().withOverrides({
        {day("2025-03-10"), WorkCalendar::DayKind::Holiday, QStringLiteral("县庆")},
        {day("2025-10-08"), WorkCalendar::DayKind::Workday, QStringLiteral("值班")},
        {day("2025-09-28"), WorkCalendar::DayKind::Holiday, QStringLiteral("补休")},
        {day("2030-01-05"), WorkCalendar::DayKind::Workday, QStringLiteral("调休")},
    });
    CHECK_FALSE(local.isWorkingDay(day("2025-03-10")));
    CHECK(local.holidayName(day("2025-03-10")) == QStringLiteral("县庆"));
    CHECK(local.isWorkingDay(day("2025-10-08")));
    CHECK_FALSE(local.isWorkingDay(day("2025-09-28")));
    CHECK(local.isWorkingDay(day("2030-01-05"))); // overrides apply outside covered years
    CHECK(iso(local.addWorkingDays(day("2025-09-30"), 1)) == "2025-10-08");
    // The built-in calendar itself is untouched.
    CHECK(cn().isWorkingDay(day("2025-03-10")));
    CHECK_FALSE(cn().isWorkingDay(day("2025-10-08")));
    CHECK(local.coveredYears() == cn().coveredYears());
}

TEST_CASE("A calendar file with a mistake is refused with the day at fault", "[calendar]")
{
    // A one-year file with the given days.
    const auto file = [](const char *days) {
        return QByteArray(R"({"years": [{"year": 2025, "source": {"title": "t", )"
                          R"("published": "2024-11-12"}, "days": [)")
               + days + "]}]}";
    };
    QString error;
    CHECK(WorkCalendar::fromJson(
        file(R"({"day": "2025-10-01", "kind": "holiday", "name": "国庆节"})"), &error));
    CHECK_FALSE(WorkCalendar::fromJson(
        file(R"({"day": "2025-10-01", "kind": "off", "name": "国庆节"})"), &error));
    CHECK(error.contains(QLatin1String("2025-10-01")));
    CHECK(error.contains(QLatin1String("kind")));
    CHECK_FALSE(WorkCalendar::fromJson(
        file(R"({"day": "2026-01-01", "kind": "holiday", "name": "元旦"})"), &error));
    CHECK(error.contains(QLatin1String("2026-01-01")));
    const char *twice = R"({"day": "2025-10-01", "kind": "holiday", "name": "a"},)"
                        R"({"day": "2025-10-01", "kind": "holiday", "name": "b"})";
    CHECK_FALSE(WorkCalendar::fromJson(file(twice), &error));
    CHECK(error.contains(QLatin1String("twice")));
    CHECK_FALSE(WorkCalendar::fromJson("{", &error));
}

// ---- the deadline policy ----------------------------------------------------------------

TEST_CASE("The default policy: general 7, complex 15, major 30 working days", "[policy]")
{
    const DeadlinePolicy p;
    CHECK(p.rules().size() == 3);
    CHECK(p.workingDays(QStringLiteral("neighbour"), QStringLiteral("general"), 2) == 7);
    CHECK(p.workingDays(QStringLiteral("land"), QStringLiteral("complex"), 1) == 15);
    CHECK(p.workingDays(QStringLiteral("labour_wage"), QStringLiteral("major"), 0) == 30);
    // No rules at all: the built-in defaults still answer.
    const DeadlinePolicy empty{QList<DeadlinePolicy::Rule>{}};
    CHECK(empty.workingDays(QStringLiteral("land"), QStringLiteral("major"), 0) == 30);
    CHECK(empty.decidingRule(QStringLiteral("land"), QStringLiteral("major"), 0) == -1);
}

TEST_CASE("The most specific matching rule wins, of equal ones the later", "[policy]")
{
    using Rule = DeadlinePolicy::Rule;
    DeadlinePolicy p;
    QList<Rule> rules = p.rules();
    rules.append(Rule{QStringLiteral("labour_wage"), QStringLiteral("*"), -1, 5});      // 3
    rules.append(Rule{QStringLiteral("labour_wage"), QStringLiteral("general"), 2, 3}); // 4
    rules.append(Rule{QStringLiteral("*"), QStringLiteral("general"), 2, 4});           // 5
    rules.append(Rule{QStringLiteral("labour_wage"), QStringLiteral("*"), -1, 6});      // 6
    p.setRules(rules);

    // Wages, general, village: the three-field rule beats everything.
    CHECK(p.workingDays(QStringLiteral("labour_wage"), QStringLiteral("general"), 2) == 3);
    CHECK(p.decidingRule(QStringLiteral("labour_wage"), QStringLiteral("general"), 2) == 4);
    // Wages, general, township: rule 0 (complexity) and rules 3 and 6 (category) are equally
    // specific; the later one, 6, decides.
    CHECK(p.workingDays(QStringLiteral("labour_wage"), QStringLiteral("general"), 1) == 6);
    // Neighbours, general, village: complexity + level beats complexity alone.
    CHECK(p.workingDays(QStringLiteral("neighbour"), QStringLiteral("general"), 2) == 4);
    // Neighbours, complex, county: only the default rule for complex matches.
    CHECK(p.workingDays(QStringLiteral("neighbour"), QStringLiteral("complex"), 0) == 15);
}

TEST_CASE("The policy survives JSON and bad JSON is refused naming rule and field", "[policy]")
{
    using Rule = DeadlinePolicy::Rule;
    DeadlinePolicy p;
    QList<Rule> rules = p.rules();
    rules.append(Rule{QStringLiteral("medical"), QStringLiteral("major"), 0, 60});
    p.setRules(rules);
    QString error;
    const std::optional<DeadlinePolicy> back = DeadlinePolicy::fromJson(p.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == p);
    CHECK(back->workingDays(QStringLiteral("medical"), QStringLiteral("major"), 0) == 60);

    // Omitted fields mean "any".
    const auto minimal = parsePolicy(R"([{"complexity": "major", "working_days": 40}])", &error);
    REQUIRE(minimal);
    CHECK(minimal->rules().at(0).category == QStringLiteral("*"));
    CHECK(minimal->rules().at(0).level == -1);

    const struct
    {
        const char *json;
        const char *mentions;
    } bad[] = {
        {R"([{"working_days": 7}, {"working_days": 0}])", "rules[1].working_days"},
        {R"([{"working_days": 366}])", "rules[0].working_days"},
        {R"([{"working_days": 7.5}])", "rules[0].working_days"},
        {R"([{"working_days": "7"}])", "rules[0].working_days"},
        {R"([{"category": "land"}])", "rules[0].working_days"},
        {R"([{"complexity": "hard", "working_days": 7}])", "rules[0].complexity"},
        {R"([{"working_days": 7}, {"level": 3, "working_days": 7}])", "rules[1].level"},
        {R"([{"category": "bogus", "working_days": 7}])", "rules[0].category"},
        {R"([{"colour": "red", "working_days": 7}])", "rules[0].colour"},
        {R"([7])", "rules[0]"},
        {R"({"rules": []})", "rules"},
    };
    for (const auto &b : bad) {
        INFO(b.json);
        error.clear();
        CHECK_FALSE(parsePolicy(b.json, &error));
        CHECK(error.contains(QLatin1String(b.mentions)));
    }
    CHECK(DeadlinePolicy::validate(Rule{QStringLiteral("*"), QStringLiteral("*"), -1, 0}, 4)
              .startsWith(QLatin1String("rules[4].working_days")));
}

// ---- stored settings and county days ----------------------------------------------------

TEST_CASE("Settings persist with rev, origin and author, and removals are tombstones",
          "[settings][store]")
{
    TempStore tmp;
    QString address;
    {
        auto db = storetest::freshStore(tmp.path());
        address = storetest::addressOf(*db);
        SettingsRepository settings(*db);
        CHECK_FALSE(settings.value(QStringLiteral("ui.theme")));
        settings.setValue(QStringLiteral("ui.theme"), QStringLiteral("dark"),
                          QStringLiteral("alice"));
        CHECK(settings.value(QStringLiteral("ui.theme")) == QStringLiteral("dark"));
        const SettingRow first = settingRow(*db, QStringLiteral("ui.theme"));
        CHECK(first.origin == db->nodeId());
        CHECK(first.updatedBy == QStringLiteral("alice"));
        CHECK(first.rev > 0);

        // The same value again writes nothing; a new value gets a later revision.
        settings.setValue(QStringLiteral("ui.theme"), QStringLiteral("dark"),
                          QStringLiteral("bob"));
        CHECK(settingRow(*db, QStringLiteral("ui.theme")).rev == first.rev);
        settings.setValue(QStringLiteral("ui.theme"), QStringLiteral("light"),
                          QStringLiteral("bob"));
        const SettingRow second = settingRow(*db, QStringLiteral("ui.theme"));
        CHECK(second.rev > first.rev);
        CHECK(second.updatedBy == QStringLiteral("bob"));

        CHECK(settings.remove(QStringLiteral("ui.theme"), QStringLiteral("bob")));
        CHECK_FALSE(settings.value(QStringLiteral("ui.theme")));
        CHECK(settingRow(*db, QStringLiteral("ui.theme")).deleted == 1);
        CHECK_FALSE(settings.remove(QStringLiteral("ui.theme"), QStringLiteral("bob")));
        settings.setValue(QStringLiteral("ui.theme"), QStringLiteral("dark"),
                          QStringLiteral("carol"));
        CHECK(settingRow(*db, QStringLiteral("ui.theme")).deleted == 0);
        CHECK(settingRow(*db, QStringLiteral("ui.theme")).rev > second.rev);
    }
    auto db = Database::open(address);
    CHECK(SettingsRepository(*db).value(QStringLiteral("ui.theme")) == QStringLiteral("dark"));
}

TEST_CASE("The deadline policy is stored as a setting, absent or damaged gives the default",
          "[settings][store]")
{
    TempStore tmp;
    DeadlinePolicy edited;
    QList<DeadlinePolicy::Rule> rules = edited.rules();
    rules[0].workingDays = 10;
    rules.append({QStringLiteral("labour_wage"), QStringLiteral("*"), 2, 5});
    edited.setRules(rules);
    QString address;
    {
        auto db = storetest::freshStore(tmp.path());
        address = storetest::addressOf(*db);
        SettingsRepository settings(*db);
        QString problem;
        CHECK(settings.deadlinePolicy(&problem) == DeadlinePolicy::defaults());
        CHECK(problem.isEmpty());
        settings.setDeadlinePolicy(edited, QStringLiteral("supervisor"));
    }
    {
        auto db = Database::open(address);
        SettingsRepository settings(*db);
        const DeadlinePolicy stored = settings.deadlinePolicy();
        CHECK(stored == edited);
        CHECK(stored.workingDays(QStringLiteral("labour_wage"), QStringLiteral("general"), 2) == 5);
        CHECK(stored.workingDays(QStringLiteral("land"), QStringLiteral("general"), 1) == 10);

        // An invalid policy is not stored.
        DeadlinePolicy wrong;
        wrong.setRules({{QStringLiteral("*"), QStringLiteral("*"), -1, 0}});
        CHECK_THROWS_AS(settings.setDeadlinePolicy(wrong, QStringLiteral("x")), StoreError);
        CHECK(settings.deadlinePolicy() == edited);

        // A damaged stored value (e.g. edited by hand) falls back to the default and says why.
        settings.setValue(SettingsRepository::DeadlinePolicyKey,
                          QStringLiteral(R"([{"working_days": 999}])"), QStringLiteral("x"));
        QString problem;
        CHECK(settings.deadlinePolicy(&problem) == DeadlinePolicy::defaults());
        CHECK(problem.contains(QLatin1String("rules[0].working_days")));
    }
}

TEST_CASE("County days are stored, removed and revived, and shape the calendar",
          "[settings][store][calendar]")
{
    TempStore tmp;
    auto db = storetest::freshStore(tmp.path());
    HolidayRepository holidays(*db);
    CHECK(holidays.overrides().isEmpty());
    CHECK(holidays.calendar().coveredYears() == cn().coveredYears());

    const WorkCalendar::Day countyDay{day("2025-03-10"), WorkCalendar::DayKind::Holiday,
                                      QStringLiteral("县庆")};
    const WorkCalendar::Day duty{day("2025-10-08"), WorkCalendar::DayKind::Workday,
                                 QStringLiteral("值班")};
    holidays.add(countyDay, QStringLiteral("admin"));
    holidays.add(duty, QStringLiteral("admin"));
    CHECK(holidays.overrides() == QList<WorkCalendar::Day>{countyDay, duty});

    WorkCalendar cal = holidays.calendar();
    CHECK_FALSE(cal.isWorkingDay(day("2025-03-10")));
    CHECK(cal.isWorkingDay(day("2025-10-08")));
    CHECK_FALSE(cal.isWorkingDay(day("2025-10-07"))); // built-in days still there

    // Same date again replaces; removing leaves a tombstone that a later add revives.
    holidays.add({day("2025-03-10"), WorkCalendar::DayKind::Holiday, QStringLiteral("县庆日")},
                 QStringLiteral("admin"));
    CHECK(holidays.overrides().at(0).name == QStringLiteral("县庆日"));
    CHECK(holidays.remove(day("2025-03-10"), QStringLiteral("admin")));
    CHECK_FALSE(holidays.remove(day("2025-03-10"), QStringLiteral("admin")));
    CHECK(holidays.overrides() == QList<WorkCalendar::Day>{duty});
    CHECK(holidays.calendar().isWorkingDay(day("2025-03-10")));
    holidays.add(countyDay, QStringLiteral("admin"));
    CHECK(holidays.overrides().size() == 2);

    CHECK_THROWS_AS(holidays.add({QDate(), WorkCalendar::DayKind::Holiday, QStringLiteral("x")},
                                 QStringLiteral("admin")),
                    StoreError);
    CHECK_THROWS_AS(holidays.add({day("2025-03-11"), WorkCalendar::DayKind::Holiday, QString()},
                                 QStringLiteral("admin")),
                    StoreError);
}
