#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct StatsRun
{
    int exit = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

StatsRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PINGAN_CLI), args);
    REQUIRE(p.waitForFinished(300000));
    StatsRun r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A small demo county (its history ends on 2026-11-15) shared by the tests of this file.
const QString &statsStore()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("stats.db"));
        const StatsRun r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                                   QStringLiteral("--demo"), QStringLiteral("--scale"),
                                   QStringLiteral("0.05")});
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
    }
    return path;
}

StatsRun stats(const QStringList &options)
{
    return runCli(QStringList {QStringLiteral("--db"), statsStore(), QStringLiteral("stats"),
                               QStringLiteral("disputes")}
                  + options);
}

const QStringList kOctober = {QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                              QStringLiteral("--as-of"), QStringLiteral("2026-11-15")};

qint64 sumOfNew(const QJsonArray &rows)
{
    qint64 sum = 0;
    for (const QJsonValue &row : rows)
        sum += row.toObject().value(QStringLiteral("new")).toInteger();
    return sum;
}

} // namespace

TEST_CASE("stats disputes --json gives a month's figures with their comparisons", "[cli][stats]")
{
    const StatsRun r = stats(kOctober + QStringList {QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QJsonObject o = r.json();
    for (const char *key : {"new", "accepted", "resolved", "success_rate", "overdue", "escalated",
                            "by_level", "by_category", "by_region", "period", "region",
                            "previous", "year_before", "change"}) {
        INFO(key);
        CHECK(o.contains(QLatin1String(key)));
    }
    const qint64 reported = o.value(QStringLiteral("new")).toInteger();
    CHECK(reported > 0);
    CHECK(o.value(QStringLiteral("resolved")).toInteger() <= reported);
    CHECK(o.value(QStringLiteral("region")).toObject().value(QStringLiteral("level")).toString()
          == QStringLiteral("county"));
    CHECK(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("to")).toString()
          == QStringLiteral("2026-10-31"));
    CHECK(o.value(QStringLiteral("previous")).toObject().value(QStringLiteral("period")).toObject()
              .value(QStringLiteral("from")).toString()
          == QStringLiteral("2026-09-01"));
    CHECK(o.value(QStringLiteral("year_before")).toObject().value(QStringLiteral("period"))
              .toObject().value(QStringLiteral("from")).toString()
          == QStringLiteral("2025-10-01"));
    const QJsonObject byLevel = o.value(QStringLiteral("by_level")).toObject();
    CHECK(byLevel.value(QStringLiteral("village")).toInteger()
              + byLevel.value(QStringLiteral("township")).toInteger()
              + byLevel.value(QStringLiteral("county")).toInteger()
          == o.value(QStringLiteral("resolved")).toInteger());
    CHECK(sumOfNew(o.value(QStringLiteral("by_region")).toArray()) == reported);
    CHECK(sumOfNew(o.value(QStringLiteral("by_category")).toArray()) == reported);
    const QJsonObject newVsPrevious = o.value(QStringLiteral("change")).toObject()
                                          .value(QStringLiteral("previous")).toObject()
                                          .value(QStringLiteral("new")).toObject();
    CHECK(newVsPrevious.value(QStringLiteral("absolute")).toInteger()
          == reported - o.value(QStringLiteral("previous")).toObject().value(QStringLiteral("new"))
                            .toInteger());

    // A township's own statistics are its row in the county's.
    const QJsonObject firstTownship =
        o.value(QStringLiteral("by_region")).toArray().first().toObject();
    const QString code = firstTownship.value(QStringLiteral("code")).toString();
    const StatsRun t = stats(kOctober + QStringList {QStringLiteral("--region"), code,
                                                     QStringLiteral("--json")});
    REQUIRE(t.exit == 0);
    const QJsonObject township = t.json();
    const QJsonObject region = township.value(QStringLiteral("region")).toObject();
    CHECK(region.value(QStringLiteral("level")).toString() == QStringLiteral("township"));
    CHECK(township.value(QStringLiteral("new")).toInteger()
          == firstTownship.value(QStringLiteral("new")).toInteger());
    CHECK(township.value(QStringLiteral("resolved")).toInteger()
          == firstTownship.value(QStringLiteral("resolved")).toInteger());
    CHECK(sumOfNew(township.value(QStringLiteral("by_region")).toArray())
          == township.value(QStringLiteral("new")).toInteger());
}

TEST_CASE("stats disputes prints a table naming the region and its townships", "[cli][stats]")
{
    const StatsRun json = stats(kOctober + QStringList {QStringLiteral("--json")});
    REQUIRE(json.exit == 0);
    const QJsonObject o = json.json();
    const StatsRun r = stats(kOctober);
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    CHECK(r.out.contains(o.value(QStringLiteral("region")).toObject().value(QStringLiteral("name"))
                             .toString()));
    CHECK(r.out.contains(QStringLiteral("2026-10-01")));
    CHECK(r.out.contains(QString::number(o.value(QStringLiteral("new")).toInteger())));
    for (const QJsonValue &row : o.value(QStringLiteral("by_region")).toArray())
        CHECK(r.out.contains(row.toObject().value(QStringLiteral("name")).toString()));
}

TEST_CASE("stats disputes refuses wrong usage and unknown regions", "[cli][stats]")
{
    const StatsRun unknown = stats(kOctober + QStringList {QStringLiteral("--region"),
                                                           QStringLiteral("999999999999")});
    CHECK(unknown.exit == 3);
    CHECK(unknown.err.contains(QLatin1String("999999999999")));

    const StatsRun backwards = stats({QStringLiteral("--from"), QStringLiteral("2026-10-31"),
                                      QStringLiteral("--to"), QStringLiteral("2026-10-01")});
    CHECK(backwards.exit == 2);
    CHECK(backwards.err.contains(QLatin1String("2026-10-31")));

    const StatsRun noTo = stats({QStringLiteral("--from"), QStringLiteral("2026-10-01")});
    CHECK(noTo.exit == 2);
    CHECK(noTo.err.contains(QLatin1String("--to")));

    const StatsRun badDay = stats({QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-10-31")});
    CHECK(badDay.exit == 2);
    CHECK(badDay.err.contains(QLatin1String("2026-13-01")));

    const StatsRun badOption = stats(kOctober + QStringList {QStringLiteral("--colour")});
    CHECK(badOption.exit == 2);
    CHECK(badOption.err.contains(QLatin1String("--colour")));

    const StatsRun subject = runCli({QStringLiteral("--db"), statsStore(), QStringLiteral("stats"),
                                     QStringLiteral("widgets"), QStringLiteral("--from"),
                                     QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                                     QStringLiteral("2026-10-31")});
    CHECK(subject.exit == 2);
    CHECK(subject.err.contains(QLatin1String("widgets")));

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.db"));
    const StatsRun none = runCli(QStringList {QStringLiteral("--db"), missing,
                                              QStringLiteral("stats"), QStringLiteral("disputes")}
                                 + kOctober);
    CHECK(none.exit == 1);
    CHECK_FALSE(QFileInfo::exists(missing));
}
