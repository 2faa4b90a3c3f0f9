#include "UserCommand.h"

#include "CliCredentials.h"
#include "Database.h"
#include "UserStore.h"

namespace bd::cli {

QString UserCommand::summary() const
{
    return tr("Manage accounts: user add|list|disable|passwd.");
}

void UserCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list, disable or passwd."));
    parser.addOption({QStringLiteral("db"), tr("The election file."), tr("FILE")});
    CliCredentials::addOptions(parser);
    parser.addOption({QStringLiteral("login"), tr("The account to add or change."), tr("LOGIN")});
    parser.addOption({QStringLiteral("name"), tr("Full name of a new account."), tr("NAME")});
    parser.addOption({QStringLiteral("role"),
                      tr("Role of a new account: administrator, coordinator, operator or "
                         "analyst."),
                      tr("ROLE")});
}

int UserCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(streams, tr("Give one action: add, list, disable or passwd."));
    const QString action = positional.constFirst();
    const QStringList actions = {QStringLiteral("add"), QStringLiteral("list"),
                                 QStringLiteral("disable"), QStringLiteral("passwd")};
    if (!actions.contains(action))
        return usageError(streams, tr("Unknown action: %1").arg(action));
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usageError(streams, tr("Missing --db FILE."));
    const QString login = parser.value(QStringLiteral("login"));
    if (action != QLatin1String("list") && login.isEmpty())
        return usageError(streams, tr("Missing --login LOGIN."));
    std::optional<Role> newRole;
    if (action == QLatin1String("add")) {
        newRole = role::fromKey(parser.value(QStringLiteral("role")));
        if (!newRole)
            return usageError(streams, tr("--role takes administrator, coordinator, operator "
                                          "or analyst."));
        if (parser.value(QStringLiteral("name")).trimmed().isEmpty())
            return usageError(streams, tr("Missing --name NAME."));
    }

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(streams, db.error());
    const UserStore users(*db);

    if (action == QLatin1String("list")) {
        auto accounts = users.list();
        if (!accounts)
            return fail(streams, accounts.error());
        for (const UserAccount &account : std::as_const(*accounts)) {
            streams.out << account.login.leftJustified(16) << ' '
                        << role::key(account.role).leftJustified(14) << ' '
                        << (account.disabled ? tr("disabled") : tr("active")).leftJustified(9)
                        << ' ' << account.fullName << Qt::endl;
        }
        return Success;
    }

    CliCredentials credentials(parser);
    auto session = credentials.signIn(*db);
    if (!session)
        return fail(streams, session.error());

    // Refuse before asking for anything else; UserStore checks again.
    if (login != session->login || action != QLatin1String("passwd")) {
        if (Status allowed = session->require(Operation::ManageUsers); !allowed)
            return fail(streams, allowed.error());
    }
    if (action == QLatin1String("add")) {
        auto secret = credentials.newPassword();
        if (!secret)
            return fail(streams, secret.error());
        auto id = users.add(
            *session, NewUser{login, parser.value(QStringLiteral("name")), *newRole, *secret});
        if (!id)
            return fail(streams, id.error());
        streams.out << tr("Added %1 (%2).").arg(login, role::key(*newRole)) << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("disable")) {
        if (Status s = users.disable(*session, login); !s)
            return fail(streams, s.error());
        streams.out << tr("Disabled %1.").arg(login) << Qt::endl;
        return Success;
    }
    auto secret = credentials.newPassword();
    if (!secret)
        return fail(streams, secret.error());
    if (Status s = users.setPassword(*session, login, *secret); !s)
        return fail(streams, s.error());
    streams.out << tr("Set a new password for %1.").arg(login) << Qt::endl;
    return Success;
}

} // namespace bd::cli
