#include <catch2/catch.hpp>

#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

struct PatrolRun
{
    int exit = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

PatrolRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PINGAN_CLI), args);
    REQUIRE(p.waitForFinished(300000));
    PatrolRun r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

// A small demo county (its history ends on 2026-11-15) shared by the tests of this file.
const QString &patrolStore()
{
    static QString path;
    if (path.isEmpty()) {
        path = tempDir().filePath(QStringLiteral("patrol.db"));
        const PatrolRun r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                                    QStringLiteral("--demo"), QStringLiteral("--scale"),
                                    QStringLiteral("0.05")});
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
    }
    return path;
}

QString scalar(const QString &sql)
{
    auto db = Database::open(patrolStore(), Database::Mode::ReadOnly, false,
                             Database::Check::Deferred);
    QSqlQuery q = db->prepare(sql);
    Database::exec(q);
    REQUIRE(q.next());
    const QString v = q.value(0).toString();
    q.finish();
    return v;
}

QString writeFile(const QString &name, const QString &text)
{
    const QString path = tempDir().filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}

PatrolRun cli(const QStringList &words)
{
    return runCli(QStringList {QStringLiteral("--db"), patrolStore()} + words);
}

// Two incidents in July 2026 (before the demo's own records) at the store's first platform and
// grid.
QString goodIncidents()
{
    const QString platform = scalar(QStringLiteral("SELECT code FROM platform ORDER BY code"));
    const QString grid
        = scalar(QStringLiteral("SELECT code FROM region WHERE level = 3 ORDER BY code"));
    return writeFile(QStringLiteral("good.csv"),
                     QStringLiteral("platform,grid,kind,called,arrived\n"
                                    "%1,%2,theft,2026-07-01 09:00,2026-07-01 09:02:30\n"
                                    "%1,,help,2026-07-02 10:00,\n")
                         .arg(platform, grid));
}

} // namespace

TEST_CASE("incidents import writes a file once; importing it again changes nothing",
          "[cli][patrol]")
{
    const QString file = goodIncidents();
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM incident")).toLongLong();
    const PatrolRun first = cli({QStringLiteral("incidents"), QStringLiteral("import"), file,
                                 QStringLiteral("--json")});
    INFO(first.err.toStdString());
    REQUIRE(first.exit == 0);
    const QJsonObject o = first.json();
    CHECK(o.value(QStringLiteral("ok")).toBool());
    CHECK(o.value(QStringLiteral("read")).toInt() == 2);
    CHECK(o.value(QStringLiteral("inserted")).toInt() == 2);
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM incident")).toLongLong() == before + 2);

    const PatrolRun again = cli({QStringLiteral("incidents"), QStringLiteral("import"), file});
    REQUIRE(again.exit == 0);
    CHECK(again.out.contains(QStringLiteral("0 inserted, 2 unchanged")));
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM incident")).toLongLong() == before + 2);
}

TEST_CASE("A file with bad rows is refused with exit 3 and every bad row named",
          "[cli][patrol]")
{
    const QString platform = scalar(QStringLiteral("SELECT code FROM platform ORDER BY code"));
    const QString file = writeFile(
        QStringLiteral("bad.csv"),
        QStringLiteral("platform,start,end,officers\n"
                       "%1,2026-07-01 08:00,2026-07-01 16:00,2\n"
                       "NOPE,2026-07-01 08:00,2026-07-01 16:00,2\n"
                       "%1,2026-07-03 08:00,2026-07-03 07:00,two\n")
            .arg(platform));
    const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM patrol_shift")).toLongLong();
    const PatrolRun r = cli({QStringLiteral("shifts"), QStringLiteral("import"), file});
    INFO(r.err.toStdString());
    CHECK(r.exit == 3);
    CHECK(r.err.contains(QStringLiteral("bad.csv:3: field 'platform'")));
    CHECK(r.err.contains(QStringLiteral("bad.csv:4: field 'end'")));
    CHECK(r.err.contains(QStringLiteral("bad.csv:4: field 'officers'")));
    CHECK(r.err.contains(QStringLiteral("nothing was written")));
    CHECK(scalar(QStringLiteral("SELECT COUNT(*) FROM patrol_shift")).toLongLong() == before);
}

TEST_CASE("Patrol commands refuse wrong usage with exit 2", "[cli][patrol]")
{
    CHECK(cli({QStringLiteral("incidents")}).exit == 2);
    CHECK(cli({QStringLiteral("shifts"), QStringLiteral("export"), QStringLiteral("x.csv")}).exit
          == 2);
    CHECK(cli({QStringLiteral("stats"), QStringLiteral("response"), QStringLiteral("--from"),
               QStringLiteral("2026-10-01")})
              .exit
          == 2);
    CHECK(cli({QStringLiteral("stats"), QStringLiteral("response"), QStringLiteral("--from"),
               QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
               QStringLiteral("--by"), QStringLiteral("village")})
              .exit
          == 2);
    CHECK(cli({QStringLiteral("stats"), QStringLiteral("response"), QStringLiteral("--from"),
               QStringLiteral("2026-10-31"), QStringLiteral("--to"), QStringLiteral("2026-10-01")})
              .exit
          == 2);
}

TEST_CASE("stats response --json gives county, platform, township and monthly figures",
          "[cli][patrol]")
{
    const PatrolRun r = cli({QStringLiteral("stats"), QStringLiteral("response"),
                             QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-11-15"),
                             QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QJsonObject o = r.json();
    for (const char *key : {"period", "bands", "incidents", "without_arrival", "county",
                            "by_platform", "by_township", "by_month", "shifts"}) {
        INFO(key);
        CHECK(o.contains(QLatin1String(key)));
    }
    CHECK(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("to")).toString()
          == QStringLiteral("2026-11-15"));
    CHECK(o.value(QStringLiteral("by_month")).toArray().size() == 2);
    const QJsonObject county = o.value(QStringLiteral("county")).toObject();
    CHECK(county.value(QStringLiteral("count")).toInteger() > 0);
    CHECK(county.value(QStringLiteral("bands")).toArray().size() == 3);
    // The rows add up: every incident is in exactly one township row.
    qint64 sum = 0;
    for (const QJsonValue &row : o.value(QStringLiteral("by_township")).toArray())
        sum += row.toObject().value(QStringLiteral("incidents")).toInteger();
    CHECK(sum == o.value(QStringLiteral("incidents")).toInteger());

    const PatrolRun table = cli({QStringLiteral("stats"), QStringLiteral("response"),
                                 QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                                 QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                                 QStringLiteral("--by"), QStringLiteral("township"),
                                 QStringLiteral("--bands"), QStringLiteral("2,4")});
    REQUIRE(table.exit == 0);
    CHECK(table.out.contains(QStringLiteral("By township")));
    CHECK(table.out.contains(QStringLiteral("≤4")));
}
