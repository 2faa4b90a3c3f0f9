#include "BackupCommand.h"

#include "Backup.h"
#include "CliCredentials.h"
#include "Database.h"

namespace bd::cli {

QString BackupCommand::summary() const
{
    return tr("Write a consistent, verified backup of an election file: backup --db DB OUT.");
}

void BackupCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("out"), tr("The backup file to create."));
    parser.addOption({QStringLiteral("db"), tr("The election file."), tr("FILE")});
    CliCredentials::addOptions(parser);
}

int BackupCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(streams, tr("Give one output file."));
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usageError(streams, tr("Missing --db FILE."));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(streams, db.error());
    CliCredentials credentials(parser);
    auto session = credentials.signIn(*db);
    if (!session)
        return fail(streams, session.error());
    auto report = Backup::create(*db, *session, positional.constFirst());
    if (!report)
        return fail(streams, report.error());
    streams.out << tr("Wrote the backup %1; %2.")
                       .arg(positional.constFirst(), AuditVerifier::describe(*report))
                << Qt::endl;
    return Success;
}

} // namespace bd::cli
