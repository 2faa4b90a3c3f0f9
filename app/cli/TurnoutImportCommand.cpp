#include "TurnoutImportCommand.h"

#include "CliCredentials.h"
#include "Database.h"
#include "TurnoutImporter.h"

#include <QLocale>

namespace bd::cli {

QString TurnoutImportCommand::summary() const
{
    return tr("Import hourly turnout reports, all or nothing: import turnout FILE.csv --db DB.");
}

void TurnoutImportCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The turnout CSV file to import."));
    parser.addOption({QStringLiteral("db"), tr("The election file."), tr("FILE")});
    CliCredentials::addOptions(parser);
}

int TurnoutImportCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(streams, tr("Give one turnout CSV file."));
    return importFile(parser, positional.constFirst(), streams);
}

int TurnoutImportCommand::importFile(const QCommandLineParser &parser, const QString &file,
                                     CliStreams streams)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        streams.err << QCoreApplication::applicationName() << QLatin1String(": ")
                    << tr("Missing --db FILE.") << Qt::endl;
        return UsageError;
    }
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(streams, db.error());
    CliCredentials credentials(parser);
    auto session = credentials.signIn(*db);
    if (!session)
        return fail(streams, session.error());
    auto report = TurnoutImporter::importFile(*db, *session, file);
    if (!report)
        return fail(streams, report.error());
    if (!report->problems.isEmpty()) {
        // One problem per line, FILE:LINE: column NAME: reason, so editors and scripts can jump.
        for (const ImportProblem &problem : std::as_const(report->problems))
            streams.err << problem.text() << Qt::endl;
        streams.err << tr("Nothing was imported.") << Qt::endl;
        return Failure;
    }
    const QLocale locale;
    streams.out << tr("Stored %Ln turnout report(s) of %1 from %2.", nullptr, report->rows)
                       .arg(tr("%Ln polling station(s)", nullptr, report->stations), file)
                << Qt::endl;
    for (const TurnoutImportReport::Hour &hour : std::as_const(report->hours))
        streams.out << "  "
                    << tr("%1: %2 voters received ballots at %Ln station(s)", nullptr,
                          int(hour.stations))
                           .arg(hour.hour.toString(QStringLiteral("HH:mm")),
                                locale.toString(hour.votersReceivedBallots))
                    << Qt::endl;
    for (const ImportProblem &warning : std::as_const(report->warnings))
        streams.err << tr("warning: %1").arg(warning.text()) << Qt::endl;
    return Success;
}

} // namespace bd::cli
