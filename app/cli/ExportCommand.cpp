#include "ExportCommand.h"

#include "Database.h"
#include "RegisterExporter.h"

namespace bd::cli {

QString ExportCommand::summary() const
{
    return tr("Export a register as CSV: export KIND OUT.csv --db DB.");
}

void ExportCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 tr("territories, parties, contests, polling-stations, "
                                    "candidates or observers."));
    parser.addPositionalArgument(QStringLiteral("out"), tr("The CSV file to write."));
    parser.addOption({QStringLiteral("db"), tr("The election file."), tr("FILE")});
}

int ExportCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(streams, tr("Give the kind of register and one output file."));
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
    if (Status s = RegisterExporter::exportFile(*db, *kind, positional.at(1)); !s)
        return fail(streams, s.error());
    streams.out << tr("Wrote %1 to %2.").arg(RegisterKinds::key(*kind), positional.at(1))
                << Qt::endl;
    return Success;
}

} // namespace bd::cli
