#pragma once

#include "Database.h"
#include "Outcome.h"
#include "Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace bd::cli {

/**
 * Passwords for the CLI: never from the command line. With --password-stdin, the first line
 * of standard input is the acting user's password and the second line a new password;
 * otherwise BALLOTDESK_PASSWORD and BALLOTDESK_NEW_PASSWORD.
 */
class CliCredentials
{
    Q_DECLARE_TR_FUNCTIONS(CliCredentials)

public:
    /** Adds --user LOGIN and --password-stdin to @p parser. */
    static void addOptions(QCommandLineParser &parser);

    /** Reads --user and --password-stdin (both defined by addOptions()). */
    explicit CliCredentials(const QCommandLineParser &parser);
    /** For commands without --user (init): only where the password comes from. */
    CliCredentials(QString login, bool fromStdin);

    /** The acting user's password, or Error "cli.no-password". */
    Outcome<QString> password();
    /** The new password (second stdin line or BALLOTDESK_NEW_PASSWORD), or an Error. */
    Outcome<QString> newPassword();
    /** Signs in as --user (Error "cli.no-user" without it). */
    Outcome<Session> signIn(const Database &db);

private:
    QString readLine();

    QString m_login;
    bool m_fromStdin = false;
    int m_linesRead = 0;
};

} // namespace bd::cli
