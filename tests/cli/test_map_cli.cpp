#include <catch2/catch.hpp>

#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

struct MapRun
{
    int exit = -1;
    QString out;
    QString err;
};

MapRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PINGAN_CLI), args);
    REQUIRE(p.waitForFinished(300000));
    MapRun r;
    r.exit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QString &mapStore()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("map.db"));
        const MapRun r = runCli({QStringLiteral("--db"), path, QStringLiteral("init"),
                                 QStringLiteral("--demo"), QStringLiteral("--scale"),
                                 QStringLiteral("0.05")});
        INFO(r.err.toStdString());
        REQUIRE(r.exit == 0);
    }
    return path;
}

MapRun renderMap(const QStringList &options)
{
    return runCli(QStringList {QStringLiteral("--db"), mapStore(), QStringLiteral("render-map")}
                  + options);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Pixels of exactly this colour in the picture.
int countColour(const QImage &image, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff);
    }
    return n;
}

} // namespace

TEST_CASE("render-map draws the county to PNG at the size and resolution asked", "[cli][map]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("county.png"));
    const MapRun r = renderMap({QStringLiteral("--png"), png, QStringLiteral("--width"),
                                QStringLiteral("800"), QStringLiteral("--height"),
                                QStringLiteral("600"), QStringLiteral("--dpi"),
                                QStringLiteral("192")});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.width() == 1600);
    CHECK(image.height() == 1200);
    CHECK(image.dotsPerMeterX() == qRound(192 / 0.0254));
    // Not an empty canvas: the county is drawn in township tints over the background.
    CHECK(countColour(image, qRgb(0xe9, 0xee, 0xf3)) < image.width() * image.height() * 0.8);
}

TEST_CASE("render-map colours by a metric with its legend, for one region", "[cli][map]")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.png"));
    const QString risk = dir.filePath(QStringLiteral("risk.png"));
    const QString svg = dir.filePath(QStringLiteral("risk.svg"));
    REQUIRE(renderMap({QStringLiteral("--png"), plain}).exit == 0);
    const MapRun r = renderMap({QStringLiteral("--metric"), QStringLiteral("risk"),
                                QStringLiteral("--level"), QStringLiteral("village"),
                                QStringLiteral("--png"), risk, QStringLiteral("--svg"), svg});
    INFO(r.err.toStdString());
    REQUIRE(r.exit == 0);
    const QImage a(plain);
    const QImage b(risk);
    // The four risk colours fill villages (green is there in any county) and the legend.
    const QRgb green = qRgb(0x33, 0xa0, 0x2c);
    CHECK(countColour(b, green) > 1000);
    CHECK(countColour(a, green) == 0);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("<svg"));

    // Grids by response band: the nearest band's blue and the far band's red both appear (the
    // demo county has platforms in its towns and remote hamlets far from any).
    const QString bands = dir.filePath(QStringLiteral("bands.png"));
    const MapRun band = renderMap({QStringLiteral("--metric"), QStringLiteral("response-band"),
                                   QStringLiteral("--png"), bands});
    INFO(band.err.toStdString());
    REQUIRE(band.exit == 0);
    CHECK(countColour(QImage(bands), qRgb(0x2c, 0x7b, 0xb6)) > 500);
    CHECK(countColour(QImage(bands), qRgb(0xd7, 0x19, 0x1c)) > 500);
    CHECK(countColour(a, qRgb(0x2c, 0x7b, 0xb6)) == 0);

    // One township fills the picture: its outline's colour covers more of it than the county's.
    const MapRun township = runCli({QStringLiteral("--db"), mapStore(), QStringLiteral("regions"),
                                    QStringLiteral("--level"), QStringLiteral("township")});
    REQUIRE(township.exit == 0);
    const QString code = township.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                             .last()
                             .section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    REQUIRE(code.size() == 12);
    const QString one = dir.filePath(QStringLiteral("one.png"));
    const MapRun zoomed = renderMap({QStringLiteral("--region"), code, QStringLiteral("--png"), one});
    INFO(zoomed.err.toStdString());
    REQUIRE(zoomed.exit == 0);
    CHECK(countColour(QImage(one), qRgb(0xe9, 0xee, 0xf3)) < countColour(a, qRgb(0xe9, 0xee, 0xf3)));
}

TEST_CASE("render-map refuses what it cannot draw and changes nothing", "[cli][map]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const QByteArray before = digest(mapStore());
    const MapRun noTarget = renderMap({});
    CHECK(noTarget.exit == 2);
    CHECK(noTarget.err.contains(QStringLiteral("--png")));
    const MapRun badMetric = renderMap({QStringLiteral("--metric"), QStringLiteral("colour"),
                                        QStringLiteral("--png"), png});
    CHECK(badMetric.exit == 2);
    CHECK(badMetric.err.contains(QStringLiteral("open-per-1000")));
    const MapRun badRegion = renderMap({QStringLiteral("--region"), QStringLiteral("999999999999"),
                                        QStringLiteral("--png"), png});
    CHECK(badRegion.exit == 3);
    CHECK(badRegion.err.contains(QStringLiteral("999999999999")));
    // Response bands are drawn from the platforms; a store without any has none and says so.
    {
        QTemporaryDir empty;
        const QString store = empty.filePath(QStringLiteral("no-platforms.db"));
        REQUIRE(QFile::copy(mapStore(), store));
        {
            auto db = Database::open(store);
            QSqlQuery q = db->prepare(QStringLiteral("UPDATE platform SET deleted = 1"));
            Database::exec(q);
        }
        const QByteArray untouched = digest(store);
        const MapRun band = runCli({QStringLiteral("--db"), store, QStringLiteral("render-map"),
                                    QStringLiteral("--metric"), QStringLiteral("response-band"),
                                    QStringLiteral("--png"), png});
        CHECK(band.exit == 3);
        CHECK(band.err.contains(QStringLiteral("response-band")));
        CHECK(!QFile::exists(png));
        CHECK(digest(store) == untouched);
    }
    const MapRun missing = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db")),
                                   QStringLiteral("render-map"), QStringLiteral("--png"), png});
    CHECK(missing.exit == 1);
    CHECK(digest(mapStore()) == before);
}
