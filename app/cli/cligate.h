#pragma once

// Who runs a pingan-cli command and whether they may. Once the store has accounts, every
// command that touches the store signs in: the login from --user (or PINGAN_USER), the password
// from PINGAN_PASSWORD or the first line of standard input. The permission matrix and the
// account's township then decide (exit 4 when refused, with an audit row and nothing else
// changed); a township account's commands get its township as --region. After the command, the
// commands that view personal data, import, export or print leave an audit row.

#include "domain/permissions.h"

#include <QString>
#include <QStringList>

#include <optional>

class CliGate
{
public:
    explicit CliGate(const QString &dbPath, const QString &user)
        : m_dbPath(dbPath), m_user(user)
    { }

    // Signs in when the store has accounts and checks the command; may add --region to `words`.
    // Throws CliError (ExitRefused for a refused sign-in or permission).
    void admit(const QString &command, QStringList &words);
    // Writes the audit row of a command that needs one (after it ran), with its exit code.
    void record(const QString &command, const QStringList &words, int exitCode);

    // The signed-in account of this run, if the store has accounts.
    static const std::optional<Session> &session();
    // Whether this run's store has accounts (then commands act as the session's login).
    static bool accountsExist();
    // The next secret line: PINGAN_PASSWORD for the first call when set, else the next line of
    // standard input (without echo when it is a terminal). Empty at end of input.
    static QString nextSecret(const QString &prompt, bool environmentFirst = true);

private:
    QString m_dbPath;
    QString m_user;
    QString m_auditAction;   // empty: the command leaves no row of its own here
    QString m_auditObject;
};
