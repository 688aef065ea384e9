#pragma once

// Runs pingan-cli (the PINGAN_CLI binary) as a user would and keeps what it printed: what the
// command-line tests share.

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace CliTest {

struct Run
{
    int exit = -1;   // -1 when the process crashed
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// pingan-cli with `args`; fails the test when it does not end within five minutes.
inline Run runCli(const QStringList &args)
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

// A temporary folder for the test process (removed at exit).
inline QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace CliTest
