#pragma once

#include <QMap>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

#include "store/database.h"

// Exit codes of pingan-cli (README: CLI reference).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   // anything else that went wrong
    ExitUsage = 2,     // wrong command line
    ExitRejected = 3,  // input that was examined and refused
    ExitRefused = 4,   // login or permission refused
};

// A command line failure with the exit code it should end with.
struct CliError
{
    int code;
    QString message;
};

// The parsed command line of one pingan-cli command: `--name value` options, `--flag` flags and
// positional words, checked against what the command accepts.
class CliArgs
{
public:
    struct Spec
    {
        QStringList options;   // take a value
        QStringList flags;     // take none
        int maxPositional = 0;
    };

    // Throws CliError(ExitUsage) naming the offending word.
    CliArgs(const QString &command, const QStringList &words, const Spec &spec);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    // A number option; throws CliError(ExitUsage) when it is not one or is out of range.
    double number(const QString &name, double fallback, double min, double max) const;
    const QStringList &positional() const { return m_positional; }
    // Who acts: --by, else PINGAN_USER or USER of the environment, else "cli".
    QString actor() const;

private:
    QString m_command;
    QMap<QString, QString> m_values;
    QStringList m_positional;
};

// Runs one command's body and prints a CliError or StoreError the common way ("pingan-cli: …",
// plus a pointer to help on wrong usage); returns the exit code.
int runCliCommand(QTextStream &err, const std::function<int()> &body);
// An existing store opened read-only without the integrity check (which reads the whole file:
// minutes at a million disputes; damage met while reading fails with the store's message and
// `pingan-cli check` is the full check). A read-only command does not migrate, so an older
// schema is refused.
std::unique_ptr<Database> openStoreForReading(const QString &dbPath);
// An existing store opened for writing (migrated); a missing file or a damaged store (opened
// read-only) is a CliError that says nothing was written.
std::unique_ptr<Database> openStoreForWriting(const QString &dbPath,
                                              Database::Check check = Database::Check::Deferred);
// Whether the store named by --db is there: a file that exists, or any server address (the
// server then says whether it can be used).
bool storeExists(const QString &dbPath);
// A JSON array or object on one line.
QString compactJson(const QJsonValue &v);
// Local time for people ("2026-12-06 21:40:00"); empty for 0 ("never").
QString localTimeText(qint64 ms);

// pingan-cli: the headless batch tool. Each command is a member; run() dispatches.
class CliApp
{
public:
    CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const QStringList &arguments);
    static QString usage();

private:
    int dispatch(const QString &command, const QStringList &words);
    int cmdInit(const CliArgs &args);
    int cmdInfo(const CliArgs &args);
    int cmdCheck(const CliArgs &args);
    int cmdRegions(const CliArgs &args);
    int cmdBench(const CliArgs &args);

    QString m_dbPath;
    QString m_user;   // --user or PINGAN_USER: who signs in when the store has accounts
    QTextStream &m_out;
    QTextStream &m_err;
};
