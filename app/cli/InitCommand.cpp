#include "InitCommand.h"

#include "CliCredentials.h"
#include "ElectionSetup.h"

#include <QRegularExpression>

namespace bd::cli {

QString InitCommand::summary() const
{
    return tr("Create a new, empty election file with its first administrator.");
}

void InitCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("db"), tr("The election file to create."), tr("FILE")});
    parser.addOption({QStringLiteral("name"), tr("Name of the election."), tr("NAME")});
    parser.addOption({QStringLiteral("date"), tr("Election day."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("code"),
                      tr("Short code of the election (default "
                         "ELECTION-<date>)."),
                      tr("CODE")});
    parser.addOption({QStringLiteral("against-all"), tr("Ballots have an \"against all\" line.")});
    parser.addOption({QStringLiteral("turnout-hours"),
                      tr("Hours of turnout reports, comma-separated, e.g. 10:00,12:00."),
                      tr("HOURS")});
    parser.addOption(
        {QStringLiteral("admin"), tr("Login of the first administrator."), tr("LOGIN")});
    parser.addOption({QStringLiteral("admin-name"),
                      tr("Full name of the first administrator (default: the login)."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("password-stdin"),
                      tr("Read the administrator's password from the first line of standard "
                         "input (without it: BALLOTDESK_PASSWORD).")});
}

int InitCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    if (const int checked = checkArguments(parser, streams,
                                           {QStringLiteral("db"), QStringLiteral("name"),
                                            QStringLiteral("date"), QStringLiteral("admin")});
        checked != Success)
        return checked;
    const QString path = parser.value(QStringLiteral("db"));
    const QString admin = parser.value(QStringLiteral("admin"));
    NewElection election;
    election.name = parser.value(QStringLiteral("name"));
    election.date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!election.date.isValid())
        return usageError(streams, tr("--date takes a date as YYYY-MM-DD."));
    election.code = parser.value(QStringLiteral("code"));
    election.againstAll = parser.isSet(QStringLiteral("against-all"));
    if (parser.isSet(QStringLiteral("turnout-hours")))
        election.turnoutHours = parser.value(QStringLiteral("turnout-hours"))
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts);

    CliCredentials credentials(QString(), parser.isSet(QStringLiteral("password-stdin")));
    auto secret = credentials.password();
    if (!secret)
        return fail(streams, secret.error());
    const QString adminName = parser.isSet(QStringLiteral("admin-name"))
                                  ? parser.value(QStringLiteral("admin-name"))
                                  : admin;
    auto created = ElectionSetup::createFile(
        path, election, NewUser{admin, adminName, Role::Administrator, *secret});
    if (!created)
        return fail(streams, created.error());
    streams.out << tr("Created %1 with the administrator %2.").arg(path, admin) << Qt::endl;
    return Success;
}

} // namespace bd::cli
