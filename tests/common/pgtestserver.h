#pragma once

// The PostgreSQL server the tests run against (tests/pg/pgserver.sh, started by ctest as the
// fixture pg_server): its address, and new empty databases on it. Without a test framework,
// for Catch2 (storeundertest.h) and QTest (widget tests) alike.

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

namespace pgtest {

// postgresql://USER@127.0.0.1:PORT/postgres of the test server; empty, with `error` set,
// when there is none.
inline QString serverUrl(QString *error)
{
    const QString file = qEnvironmentVariable("PINGAN_TEST_PG_URL_FILE");
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral(
            "no test PostgreSQL server: run through ctest (fixture pg_server), or start one with "
            "tests/pg/pgserver.sh start DIR and set PINGAN_TEST_PG_URL_FILE=DIR/url");
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

// A new, empty database on the test server; its address, or empty with `error` set.
inline QString newServerDatabase(QString *error)
{
    static QAtomicInteger<int> counter = 0;
    const QString server = serverUrl(error);
    if (server.isEmpty())
        return {};
    const QUrl admin(server);
    const QString name = QStringLiteral("t_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    const QString connection = QStringLiteral("pingan-test-admin-") + name;
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(admin.host());
        db.setPort(admin.port(5432));
        db.setUserName(admin.userName());
        db.setDatabaseName(admin.path().mid(1));
        if (!db.open()) {
            *error = QStringLiteral("cannot reach the test server: ") + db.lastError().text();
        } else {
            QSqlQuery q(db);
            created = q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!created)
                *error = QStringLiteral("CREATE DATABASE failed: ") + q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!created)
        return {};
    QUrl url = admin;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

} // namespace pgtest
