#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exit = -1;
    QString out;
    QString err;
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(PINGAN_CLI), args);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    REQUIRE(p.waitForFinished(300000));
    Run r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct Store
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("d.db"));

    Store()
    {
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--scale"), QStringLiteral("0.05")});
        REQUIRE(r.exit == 0);
    }

    Run run(QStringList args, const QByteArray &input = {}) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        return cli(args, input);
    }

    QString firstGrid() const
    {
        const Run r = run({QStringLiteral("regions"), QStringLiteral("--level"), QStringLiteral("grid"),
                           QStringLiteral("--json")});
        REQUIRE(r.exit == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QStringLiteral("code")).toString();
    }

    Run act(const QString &id, const QString &action, const QStringList &more = {}) const
    {
        return run(QStringList{QStringLiteral("dispute"), QStringLiteral("act"), id, action,
                               QStringLiteral("--json")} + more);
    }
};

QByteArray intakeJson(const QString &grid)
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("title"), QStringLiteral("王某与赵某因工地欠薪发生纠纷")},
                             {QStringLiteral("summary"), QStringLiteral("工地拖欠三个月工资")},
                             {QStringLiteral("category"), QStringLiteral("劳动争议")},
                             {QStringLiteral("source"), QStringLiteral("网格员排查")},
                             {QStringLiteral("region_code"), grid},
                             {QStringLiteral("reported_at"), QStringLiteral("2026-03-02T09:00:00")},
                             {QStringLiteral("parties"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("王大力")},
                                                                                {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                                                                                {QStringLiteral("phone"), QStringLiteral("13812345678")}},
                                                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("赵老板")}}}}})
        .toJson();
}

} // namespace

TEST_CASE("dispute add, act through the workflow, show and list", "[cli][dispute]")
{
    Store s;
    const QString grid = s.firstGrid();
    Run r = s.run({QStringLiteral("dispute"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")},
                  intakeJson(grid));
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QStringList printed = r.out.trimmed().split(QLatin1Char(' '));
    REQUIRE(printed.size() == 2);
    const QString id = printed.at(0);
    CHECK(id.size() == 36);
    CHECK(printed.at(1).contains(QStringLiteral("调〔2026〕")));

    r = s.act(id, QStringLiteral("accept"), {QStringLiteral("--at"), QStringLiteral("2026-03-02T10:00")});
    REQUIRE(r.exit == 0);
    CHECK(r.object().value(QStringLiteral("to")).toString() == QLatin1String("accepted"));
    // 7 working days after Monday 2026-03-02.
    CHECK(r.object().value(QStringLiteral("due_on")).toString() == QLatin1String("2026-03-11"));

    // Refused: resolving a case not yet in mediation; exit 3, reason given, file unchanged.
    const QByteArray before = digest(s.path);
    r = s.act(id, QStringLiteral("resolve"), {QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--at"),
                                              QStringLiteral("2026-03-02T11:00")});
    CHECK(r.exit == 3);
    CHECK(r.err.contains(QStringLiteral("refused")));
    CHECK(digest(s.path) == before);

    const QString body = QStringLiteral("示范县人民调解委员会");
    CHECK(s.act(id, QStringLiteral("route"), {QStringLiteral("--body"), body, QStringLiteral("--at"), QStringLiteral("2026-03-02T11:00")}).exit == 0);
    CHECK(s.act(id, QStringLiteral("mediate"), {QStringLiteral("--at"), QStringLiteral("2026-03-03T09:00")}).exit == 0);
    CHECK(s.act(id, QStringLiteral("session"), {QStringLiteral("--note"), QStringLiteral("第一次调解"), QStringLiteral("--at"), QStringLiteral("2026-03-03T10:00")}).exit == 0);
    CHECK(s.act(id, QStringLiteral("fail"), {QStringLiteral("--note"), QStringLiteral("分歧大"), QStringLiteral("--at"), QStringLiteral("2026-03-04T10:00")}).exit == 0);
    r = s.act(id, QStringLiteral("escalate"), {QStringLiteral("--note"), QStringLiteral("报请乡镇"), QStringLiteral("--at"), QStringLiteral("2026-03-04T11:00")});
    REQUIRE(r.exit == 0);
    CHECK(r.object().value(QStringLiteral("status")).toString() == QLatin1String("accepted"));
    CHECK(r.object().value(QStringLiteral("level")).toInt() == 1);
    r = s.act(id, QStringLiteral("extend"), {QStringLiteral("--note"), QStringLiteral("当事人外出"), QStringLiteral("--days"), QStringLiteral("5"),
                                             QStringLiteral("--at"), QStringLiteral("2026-03-05T09:00")});
    REQUIRE(r.exit == 0);
    CHECK(s.act(id, QStringLiteral("route"), {QStringLiteral("--body"), body, QStringLiteral("--at"), QStringLiteral("2026-03-05T10:00")}).exit == 0);
    CHECK(s.act(id, QStringLiteral("mediate"), {QStringLiteral("--at"), QStringLiteral("2026-03-05T11:00")}).exit == 0);
    CHECK(s.act(id, QStringLiteral("resolve"), {QStringLiteral("--note"), QStringLiteral("分期支付"), QStringLiteral("--at"), QStringLiteral("2026-03-06T10:00")}).exit == 0);
    CHECK(s.act(id, QStringLiteral("follow-up"), {QStringLiteral("--outcome"), QStringLiteral("satisfied"), QStringLiteral("--at"), QStringLiteral("2026-03-16T10:00")}).exit == 0);
    r = s.act(id, QStringLiteral("close"), {QStringLiteral("--at"), QStringLiteral("2026-03-16T11:00")});
    REQUIRE(r.exit == 0);
    CHECK(r.object().value(QStringLiteral("to")).toString() == QLatin1String("closed"));

    r = s.run({QStringLiteral("dispute"), QStringLiteral("show"), id, QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    const QJsonObject shown = r.object();
    CHECK(shown.value(QStringLiteral("status")).toString() == QLatin1String("closed"));
    QStringList actions;
    for (const QJsonValue &e : shown.value(QStringLiteral("events")).toArray())
        actions << e.toObject().value(QStringLiteral("action")).toString();
    CHECK(actions == QStringList{"report", "accept", "route", "start_mediation", "session", "fail", "escalate",
                                 "extend", "route", "start_mediation", "resolve", "follow_up", "close"});
    // Personal data is masked.
    const QJsonObject party = shown.value(QStringLiteral("parties")).toArray().first().toObject();
    CHECK(party.value(QStringLiteral("id_number")).toString() == QLatin1String("1101**********002X"));
    CHECK(party.value(QStringLiteral("phone")).toString() == QLatin1String("138****5678"));

    r = s.run({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("欠薪"),
               QStringLiteral("--region"), grid, QStringLiteral("--json")});
    REQUIRE(r.exit == 0);
    bool listed = false;
    for (const QJsonValue &v : r.array())
        listed = listed || v.toObject().value(QStringLiteral("id")).toString() == id;
    CHECK(listed);
}

TEST_CASE("dispute add rejects bad input by field and writes nothing", "[cli][dispute]")
{
    Store s;
    const QByteArray before = digest(s.path);
    QJsonObject bad = QJsonDocument::fromJson(intakeJson(s.firstGrid())).object();
    bad.insert(QStringLiteral("category"), QStringLiteral("吵架"));
    bad.insert(QStringLiteral("region_code"), QStringLiteral("431199999999999"));
    Run r = s.run({QStringLiteral("dispute"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")},
                  QJsonDocument(bad).toJson());
    CHECK(r.exit == 3);
    CHECK(r.err.contains(QStringLiteral("category")));
    CHECK(r.err.contains(QStringLiteral("region_code")));
    CHECK(digest(s.path) == before);

    r = s.run({QStringLiteral("dispute"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")},
              QByteArray("{\"title\": \"x\",\n \"category\": }"));
    CHECK(r.exit == 3);
    CHECK(r.err.contains(QStringLiteral("<stdin>:2")));

    r = s.run({QStringLiteral("dispute"), QStringLiteral("act"), QStringLiteral("nope"), QStringLiteral("dance")});
    CHECK(r.exit == 2);
    r = s.run({QStringLiteral("dispute"), QStringLiteral("act"), QStringLiteral("nope"), QStringLiteral("accept")});
    CHECK(r.exit == 3);
    r = s.run({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--queue"), QStringLiteral("nope")});
    CHECK(r.exit == 2);
    CHECK(digest(s.path) == before);
}
