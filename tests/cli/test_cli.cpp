#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
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
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PINGAN_CLI), args);
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
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// One small demo store shared by the read-only tests of this file.
const QString &demoStore()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.db"));
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--scale"), QStringLiteral("0.05")});
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
    }
    return path;
}

} // namespace

TEST_CASE("Wrong usage exits 2 and says what was wrong", "[cli]")
{
    const Run none = cli({});
    CHECK(none.exit == 2);
    CHECK(none.err.contains(QLatin1String("no command")));

    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exit == 2);
    CHECK(unknown.err.contains(QLatin1String("frobnicate")));

    const Run badOption = cli({QStringLiteral("info"), QStringLiteral("--colour")});
    CHECK(badOption.exit == 2);
    CHECK(badOption.err.contains(QLatin1String("--colour")));

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    const Run badScale = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                              QStringLiteral("--scale"), QStringLiteral("lots")});
    CHECK(badScale.exit == 2);
    CHECK(badScale.err.contains(QLatin1String("--scale")));
    CHECK_FALSE(QFileInfo::exists(db));   // a refused command creates nothing

    const Run badLevel = cli({QStringLiteral("--db"), demoStore(), QStringLiteral("regions"),
                              QStringLiteral("--level"), QStringLiteral("province")});
    CHECK(badLevel.exit == 2);
    CHECK(badLevel.err.contains(QLatin1String("province")));

    const Run help = cli({QStringLiteral("help")});
    CHECK(help.exit == 0);
    CHECK(help.out.contains(QLatin1String("regions")));
}

TEST_CASE("init creates a store at the newest schema and info reports it", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.db"));
    const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    REQUIRE(init.exit == 0);
    CHECK(QFileInfo::exists(db));

    const Run info = cli({QStringLiteral("--db"), db, QStringLiteral("info"), QStringLiteral("--json")});
    REQUIRE(info.exit == 0);
    const QJsonObject o = info.json().object();
    CHECK(o.value(QStringLiteral("schema_version")).toInt() >= 1);
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    CHECK(counts.contains(QStringLiteral("dispute")));
    CHECK(counts.value(QStringLiteral("dispute")).toInt(-1) == 0);
    CHECK(counts.value(QStringLiteral("node")).toInt() == 1);
}

TEST_CASE("info and check on a missing file fail without creating it", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("missing.db"));
    const Run info = cli({QStringLiteral("--db"), db, QStringLiteral("info")});
    CHECK(info.exit == 1);
    CHECK(info.err.contains(QLatin1String("missing.db")));
    const Run check = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.exit == 1);
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("init --demo fills the county once; a second run adds nothing", "[cli][demo]")
{
    const QString db = demoStore();
    const QByteArray before = cli({QStringLiteral("--db"), db, QStringLiteral("info"), QStringLiteral("--json")}).out.toUtf8();
    const QJsonObject counts = QJsonDocument::fromJson(before).object().value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("region")).toInt() > 20);
    CHECK(counts.value(QStringLiteral("dispute")).toInt() > 100);
    CHECK(counts.value(QStringLiteral("dispute_event")).toInt() > counts.value(QStringLiteral("dispute")).toInt());

    const Run again = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo"),
                           QStringLiteral("--scale"), QStringLiteral("0.05")});
    CHECK(again.exit == 0);
    CHECK(again.out.contains(QLatin1String("nothing added")));
    const QByteArray after = cli({QStringLiteral("--db"), db, QStringLiteral("info"), QStringLiteral("--json")}).out.toUtf8();
    CHECK(QJsonDocument::fromJson(after).object().value(QStringLiteral("counts"))
          == QJsonDocument::fromJson(before).object().value(QStringLiteral("counts")));
}

TEST_CASE("regions lists levels and children with codes, centroids and boxes", "[cli]")
{
    const QString db = demoStore();
    const Run county = cli({QStringLiteral("--db"), db, QStringLiteral("regions"), QStringLiteral("--level"),
                            QStringLiteral("county"), QStringLiteral("--json")});
    REQUIRE(county.exit == 0);
    const QJsonArray counties = county.json().array();
    REQUIRE(counties.size() == 1);
    const QJsonObject c = counties.first().toObject();
    const QString countyCode = c.value(QStringLiteral("code")).toString();
    CHECK(countyCode.size() == 12);
    CHECK(c.value(QStringLiteral("parent_code")).isNull());
    CHECK(c.value(QStringLiteral("population")).toInt() > 0);
    const QJsonArray bbox = c.value(QStringLiteral("bbox")).toArray();
    REQUIRE(bbox.size() == 4);
    const QJsonArray centroid = c.value(QStringLiteral("centroid")).toArray();
    REQUIRE(centroid.size() == 2);
    // The centroid lies inside the box, and the box is somewhere in China.
    CHECK(centroid[0].toDouble() > bbox[0].toDouble());
    CHECK(centroid[0].toDouble() < bbox[2].toDouble());
    CHECK(centroid[1].toDouble() > bbox[1].toDouble());
    CHECK(centroid[1].toDouble() < bbox[3].toDouble());
    CHECK(bbox[0].toDouble() > 73);
    CHECK(bbox[2].toDouble() < 135);

    const Run towns = cli({QStringLiteral("--db"), db, QStringLiteral("regions"), QStringLiteral("--parent"),
                           countyCode, QStringLiteral("--json")});
    REQUIRE(towns.exit == 0);
    const QJsonArray townships = towns.json().array();
    REQUIRE(townships.size() >= 2);
    qint64 sum = 0;
    for (const QJsonValue &v : townships) {
        const QJsonObject t = v.toObject();
        CHECK(t.value(QStringLiteral("level")).toString() == QLatin1String("township"));
        CHECK(t.value(QStringLiteral("parent_code")).toString() == countyCode);
        CHECK(t.value(QStringLiteral("code")).toString().startsWith(countyCode.left(6)));
        sum += t.value(QStringLiteral("population")).toInteger();
    }
    CHECK(sum == c.value(QStringLiteral("population")).toInteger());

    const Run grids = cli({QStringLiteral("--db"), db, QStringLiteral("regions"), QStringLiteral("--level"),
                           QStringLiteral("grid"), QStringLiteral("--json")});
    REQUIRE(grids.exit == 0);
    for (const QJsonValue &v : grids.json().array())
        CHECK(v.toObject().value(QStringLiteral("code")).toString().size() == 15);

    const Run unknown = cli({QStringLiteral("--db"), db, QStringLiteral("regions"), QStringLiteral("--parent"),
                             QStringLiteral("999999999999")});
    CHECK(unknown.exit == 3);
    CHECK(unknown.err.contains(QLatin1String("999999999999")));
}

TEST_CASE("check passes a sound store and fails a damaged one, changing neither", "[cli]")
{
    const Run sound = cli({QStringLiteral("--db"), demoStore(), QStringLiteral("check")});
    CHECK(sound.exit == 0);

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("damaged.db"));
    REQUIRE(cli({QStringLiteral("--db"), copy, QStringLiteral("init"), QStringLiteral("--demo"),
                 QStringLiteral("--scale"), QStringLiteral("0.05")}).exit == 0);
    // Closing the last writer checkpoints the WAL: the file alone is the whole store.
    REQUIRE_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));
    REQUIRE(cli({QStringLiteral("--db"), copy, QStringLiteral("check")}).exit == 0);
    QFile::remove(copy + QStringLiteral("-wal"));
    QFile::remove(copy + QStringLiteral("-shm"));
    {
        QFile f(copy);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(size > 200000);
        // Scribble over pages in the middle of the file.
        f.seek(size / 2 - (size / 2) % 4096);
        f.write(QByteArray(4096 * 4, '\x5a'));
    }
    const QByteArray damagedDigest = digest(copy);
    const Run damaged = cli({QStringLiteral("--db"), copy, QStringLiteral("check")});
    CHECK(damaged.exit != 0);
    CHECK(damaged.err.contains(QLatin1String("damaged.db")));
    CHECK(digest(copy) == damagedDigest);

    const Run init = cli({QStringLiteral("--db"), copy, QStringLiteral("init"), QStringLiteral("--demo")});
    CHECK(init.exit != 0);
    CHECK(digest(copy) == damagedDigest);
}

TEST_CASE("init refuses a file that is not a database and leaves it alone", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'n'));
    }
    const QByteArray before = digest(path);
    const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
    CHECK(r.exit != 0);
    CHECK(r.err.contains(QLatin1String("notes.txt")));
    CHECK(digest(path) == before);
}

TEST_CASE("bench prints one JSON object per line with a same-run baseline", "[cli][bench]")
{
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("bench"), QStringLiteral("--quick"), QStringLiteral("--data"), dir.path()});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList names;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        INFO(line.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        names << o.value(QStringLiteral("name")).toString();
        CHECK(o.value(QStringLiteral("value")).toDouble() > 0);
        CHECK(o.contains(QStringLiteral("unit")));
        CHECK(o.contains(QStringLiteral("baseline")));
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("startup_ms")) {
            CHECK(o.value(QStringLiteral("baseline")).toDouble() > 0);
            CHECK(o.value(QStringLiteral("ratio")).toDouble()
                  == Approx(o.value(QStringLiteral("value")).toDouble()
                            / o.value(QStringLiteral("baseline")).toDouble()).epsilon(0.01));
        }
    }
    CHECK(names.contains(QStringLiteral("startup_ms")));
    CHECK(names.contains(QStringLiteral("startup_ready_ms")));
    CHECK(names.contains(QStringLiteral("demo_generate_s")));
    CHECK(names.contains(QStringLiteral("map_frame_ms")));
    CHECK(names.contains(QStringLiteral("map_full_render_ms")));
    CHECK(names.contains(QStringLiteral("map_pick_us")));
    for (const QString &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        // The R-tree pick and the QGraphicsScene baseline find the same grids.
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("map_pick_us"))
            CHECK(o.value(QStringLiteral("same_hits_as_baseline")).toBool());
    }

    const Run only = cli({QStringLiteral("bench"), QStringLiteral("--quick"), QStringLiteral("--only"),
                          QStringLiteral("demo_"), QStringLiteral("--data"), dir.path()});
    REQUIRE(only.exit == 0);
    CHECK(only.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1);

    const Run none = cli({QStringLiteral("bench"), QStringLiteral("--only"), QStringLiteral("zzz")});
    CHECK(none.exit == 2);
}
