#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct CalendarRun
{
    int exit = -1;
    QString out;
    QString err;
};

// Runs `pingan-cli calendar …` with a --db that does not exist: the calendar needs no store
// and must not create one.
CalendarRun calendar(const QStringList &words)
{
    static QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("never-created.db"));
    QProcess p;
    p.start(QStringLiteral(PINGAN_CLI),
            QStringList{QStringLiteral("--db"), db, QStringLiteral("calendar")} + words);
    REQUIRE(p.waitForFinished(60000));
    CalendarRun r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    CHECK_FALSE(QFile::exists(db));
    return r;
}

} // namespace

TEST_CASE("calendar add-working-days skips holidays and counts make-up days", "[cli][calendar]")
{
    const CalendarRun overNationalDay = calendar(
        {QStringLiteral("add-working-days"), QStringLiteral("2025-09-30"), QStringLiteral("1")});
    INFO(overNationalDay.err.toStdString());
    REQUIRE(overNationalDay.exit == 0);
    CHECK(overNationalDay.out == QStringLiteral("2025-10-09\n"));

    // Friday 10 October 2025 + 1 is the make-up Saturday.
    CHECK(calendar({QStringLiteral("add-working-days"), QStringLiteral("2025-10-10"),
                    QStringLiteral("1")})
              .out
          == QStringLiteral("2025-10-11\n"));
    // Backwards over the Spring Festival of 2024.
    CHECK(calendar({QStringLiteral("add-working-days"), QStringLiteral("2024-02-18"),
                    QStringLiteral("-1")})
              .out
          == QStringLiteral("2024-02-09\n"));
    CHECK(calendar({QStringLiteral("add-working-days"), QStringLiteral("2026-02-13"),
                    QStringLiteral("0")})
              .out
          == QStringLiteral("2026-02-13\n"));
}

TEST_CASE("calendar is-working-day names the festival", "[cli][calendar]")
{
    const CalendarRun holiday
        = calendar({QStringLiteral("is-working-day"), QStringLiteral("2026-02-17")});
    REQUIRE(holiday.exit == 0);
    CHECK(holiday.out.startsWith(QLatin1String("false")));
    CHECK(holiday.out.contains(QStringLiteral("春节")));

    const CalendarRun makeUp
        = calendar({QStringLiteral("is-working-day"), QStringLiteral("2025-09-28")});
    REQUIRE(makeUp.exit == 0);
    CHECK(makeUp.out.startsWith(QLatin1String("true")));
    CHECK(makeUp.out.contains(QStringLiteral("国庆节")));

    CHECK(calendar({QStringLiteral("is-working-day"), QStringLiteral("2025-03-12")}).out
          == QStringLiteral("true\n"));
    CHECK(calendar({QStringLiteral("is-working-day"), QStringLiteral("2025-03-08")})
              .out.startsWith(QLatin1String("false")));

    // A year without a built-in notice counts Monday to Friday, and says so on stderr.
    const CalendarRun future
        = calendar({QStringLiteral("is-working-day"), QStringLiteral("2031-10-01")});
    REQUIRE(future.exit == 0);
    CHECK(future.out == QStringLiteral("true\n"));
    CHECK(future.err.contains(QLatin1String("2031")));
}

TEST_CASE("calendar refuses a bad date or count, naming the argument", "[cli][calendar]")
{
    const CalendarRun badDate = calendar(
        {QStringLiteral("add-working-days"), QStringLiteral("2025-02-30"), QStringLiteral("1")});
    CHECK(badDate.exit == 2);
    CHECK(badDate.err.contains(QLatin1String("DATE")));
    CHECK(badDate.err.contains(QLatin1String("2025-02-30")));
    CHECK(badDate.out.isEmpty());

    const CalendarRun badN = calendar({QStringLiteral("add-working-days"),
                                       QStringLiteral("2025-09-30"), QStringLiteral("seven")});
    CHECK(badN.exit == 2);
    CHECK(badN.err.contains(QLatin1String("N ")));
    CHECK(badN.err.contains(QLatin1String("seven")));

    const CalendarRun missing
        = calendar({QStringLiteral("add-working-days"), QStringLiteral("2025-09-30")});
    CHECK(missing.exit == 2);
    CHECK(missing.err.contains(QLatin1String("N")));

    const CalendarRun extra
        = calendar({QStringLiteral("is-working-day"), QStringLiteral("2025-09-30"),
                    QStringLiteral("2025-10-01")});
    CHECK(extra.exit == 2);
    CHECK(extra.err.contains(QLatin1String("2025-10-01")));

    const CalendarRun unknown = calendar({QStringLiteral("next-holiday")});
    CHECK(unknown.exit == 2);
    CHECK(unknown.err.contains(QLatin1String("next-holiday")));

    const CalendarRun slashDate
        = calendar({QStringLiteral("is-working-day"), QStringLiteral("2025/10/01")});
    CHECK(slashDate.exit == 2);
    CHECK(slashDate.err.contains(QLatin1String("DATE")));
}
