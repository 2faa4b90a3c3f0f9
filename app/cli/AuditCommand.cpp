#include "AuditCommand.h"

#include "AuditExport.h"
#include "AuditVerifier.h"
#include "Database.h"

namespace bd::cli {

QString AuditCommand::summary() const
{
    return tr("Verify the audit log and protocol seals, or export the log: audit verify|export.");
}

void AuditCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("verify, or export OUT.csv."));
    parser.addOption({QStringLiteral("db"), tr("The election file."), tr("FILE")});
}

int AuditCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(streams, tr("Give an action: verify, or export OUT.csv."));
    const QString action = positional.constFirst();
    const bool isVerify = action == QLatin1String("verify");
    const bool isExport = action == QLatin1String("export");
    if (!isVerify && !isExport)
        return usageError(streams, tr("Unknown action: %1").arg(action));
    if (isVerify && positional.size() != 1)
        return usageError(streams, tr("Unexpected argument: %1").arg(positional.at(1)));
    if (isExport && positional.size() != 2)
        return usageError(streams, tr("audit export needs one output file: OUT.csv."));
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usageError(streams, tr("Missing --db FILE."));

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(streams, db.error());
    if (isExport) {
        auto rows = AuditExport::writeCsv(*db, positional.at(1));
        if (!rows)
            return fail(streams, rows.error());
        streams.out << tr("Exported %n audit record(s) to %1.", nullptr, static_cast<int>(*rows))
                           .arg(positional.at(1))
                    << Qt::endl;
        return Success;
    }
    auto report = AuditVerifier::verify(*db);
    if (!report)
        return fail(streams, report.error());
    if (report->intact()) {
        streams.out << AuditVerifier::describe(*report) << Qt::endl;
        return Success;
    }
    streams.err << AuditVerifier::describe(*report) << Qt::endl;
    return Failure;
}

} // namespace bd::cli
