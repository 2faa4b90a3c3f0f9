#include "ImportCommand.h"

#include "CliCredentials.h"
#include "Database.h"
#include "RegisterImporter.h"
#include "TurnoutImportCommand.h"

namespace bd::cli {

QString ImportCommand::summary() const
{
    return tr("Import a register from CSV, all or nothing: import KIND FILE.csv --db DB; or "
              "results: import protocols PROTOCOLS.csv VOTES.csv --db DB.");
}

void ImportCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 tr("territories, parties, contests, polling-stations, "
                                    "candidates or observers; or protocols, or turnout."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The CSV file to import (protocols: PROTOCOLS.csv and "
                                    "VOTES.csv, stored as your entries with every warning "
                                    "acknowledged by you, as if checked against the paper)."));
    parser.addOption({QStringLiteral("db"), tr("The election file."), tr("FILE")});
    CliCredentials::addOptions(parser);
    parser.addOption({QStringLiteral("entry"),
                      tr("protocols only: every row must become the first (or the second) entry "
                         "of its protocol; otherwise nothing is imported."),
                      tr("first|second")});
}

int ImportCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("protocols"))
        return importProtocols(parser, streams);
    if (parser.isSet(QStringLiteral("entry")))
        return usageError(streams, tr("--entry is for import protocols only."));
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("turnout")) {
        if (positional.size() != 2)
            return usageError(streams, tr("Give one turnout CSV file: import turnout "
                                          "TURNOUT.csv."));
        return TurnoutImportCommand::importFile(parser, positional.at(1), streams);
    }
    if (positional.size() != 2)
        return usageError(streams, tr("Give the kind of register and one CSV file."));
    const auto kind = RegisterKinds::fromKey(positional.at(0));
    if (!kind)
        return usageError(streams, tr("Unknown register \"%1\"; use territories, parties, "
                                      "contests, polling-stations, candidates or observers.")
                                       .arg(positional.at(0)));
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
    auto report = RegisterImporter::importFile(*db, *session, *kind, positional.at(1));
    if (!report)
        return fail(streams, report.error());
    if (!report->problems.isEmpty()) {
        // One problem per line, FILE:LINE: column NAME: reason, so editors and scripts can jump.
        for (const ImportProblem &problem : std::as_const(report->problems))
            streams.err << problem.text() << Qt::endl;
        return Failure;
    }
    streams.out << tr("Imported %n row(s) of %1 from %2.", nullptr, report->rowsImported)
                       .arg(RegisterKinds::key(*kind), positional.at(1))
                << Qt::endl;
    return Success;
}

} // namespace bd::cli
