#include "CliCredentials.h"

#include "UserStore.h"

#include <cstdio>

namespace bd::cli {

void CliCredentials::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("user"), tr("Sign in as LOGIN."), tr("LOGIN")});
    parser.addOption(
        {QStringLiteral("password-stdin"),
         tr("Read the password from the first line of standard input (and a new password from "
            "the second). Without it: BALLOTDESK_PASSWORD and BALLOTDESK_NEW_PASSWORD.")});
}

CliCredentials::CliCredentials(const QCommandLineParser &parser)
    : m_login(parser.value(QStringLiteral("user"))),
      m_fromStdin(parser.isSet(QStringLiteral("password-stdin")))
{}

CliCredentials::CliCredentials(QString login, bool fromStdin)
    : m_login(std::move(login)), m_fromStdin(fromStdin)
{}

QString CliCredentials::readLine()
{
    ++m_linesRead;
    // C stdio, not a QFile: its buffer is shared between calls, so the second line stays.
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line += static_cast<char>(c);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Outcome<QString> CliCredentials::password()
{
    QString value;
    if (m_fromStdin)
        value = m_linesRead == 0 ? readLine() : QString();
    else
        value = qEnvironmentVariable("BALLOTDESK_PASSWORD");
    if (value.isEmpty())
        return Error{QStringLiteral("cli.no-password"),
                     tr("No password given: use --password-stdin and write it on the first line "
                        "of standard input, or set BALLOTDESK_PASSWORD."),
                     {}};
    return value;
}

Outcome<QString> CliCredentials::newPassword()
{
    QString value;
    if (m_fromStdin) {
        while (m_linesRead < 2)
            value = readLine();
    } else {
        value = qEnvironmentVariable("BALLOTDESK_NEW_PASSWORD");
    }
    if (value.isEmpty())
        return Error{QStringLiteral("cli.no-new-password"),
                     tr("No new password given: with --password-stdin write it on the second line "
                        "of standard input, or set BALLOTDESK_NEW_PASSWORD."),
                     {}};
    return value;
}

Outcome<Session> CliCredentials::signIn(const Database &db)
{
    if (m_login.isEmpty())
        return Error{QStringLiteral("cli.no-user"),
                     tr("This command changes data: sign in with --user LOGIN."),
                     {}};
    auto secret = password();
    if (!secret)
        return secret.error();
    return UserStore(db).authenticate(m_login, *secret);
}

} // namespace bd::cli
