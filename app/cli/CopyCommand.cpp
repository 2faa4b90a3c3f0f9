#include "CopyCommand.h"

#include "CliCredentials.h"
#include "Database.h"
#include "ElectionCopy.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace bd::cli {

QString CopyCommand::summary() const
{
    return tr("Copy an election, its users and audit log into an empty database and verify the "
              "copy: copy --from DB --to DB (a file or postgresql://...).");
}

void CopyCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("from"),
                      tr("The election to copy: a file or postgresql://USER@HOST:PORT/DATABASE."),
                      tr("DB")});
    parser.addOption({QStringLiteral("to"),
                      tr("Where to copy it: a new file, or an empty PostgreSQL database."),
                      tr("DB")});
    CliCredentials::addOptions(parser);
}

int CopyCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    if (const int rc =
            checkArguments(parser, streams, {QStringLiteral("from"), QStringLiteral("to")});
        rc != Success)
        return rc;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    const bool toFile = !Database::isServerLocation(to);
    if (toFile && QFileInfo::exists(to))
        return fail(
            streams,
            Error{QStringLiteral("copy.exists"),
                  tr("%1 exists already and was left unchanged; copy into a new file.").arg(to),
                  {}});

    auto source = Database::open(from, Database::OpenMode::ExistingOnly);
    if (!source)
        return fail(streams, source.error());
    CliCredentials credentials(parser);
    auto session = credentials.signIn(*source);
    if (!session)
        return fail(streams, session.error());

    Outcome<CopyReport> report = Error{};
    {
        auto target = Database::open(to, Database::OpenMode::CreateIfMissing);
        if (!target)
            return fail(streams, target.error());
        report = ElectionCopy::copy(*source, *target, *session);
    }
    if (!report) {
        if (toFile) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(to + QLatin1String(suffix));
        }
        return fail(streams, report.error());
    }

    streams.out << tr("Copied %1 to %2.").arg(from, to) << Qt::endl;
    streams.out << tr("Rows per table (source, copy):") << Qt::endl;
    const QLocale locale;
    for (const TableRowCount &table : std::as_const(report->tables)) {
        streams.out << "  " << table.table.leftJustified(32) << ' '
                    << locale.toString(table.source).rightJustified(11) << ' '
                    << locale.toString(table.target).rightJustified(11)
                    << (table.source == table.target ? QString() : tr("  DIFFERENT")) << '\n';
    }
    streams.out << (report->summariesEqual ? tr("Summary: equal.") : tr("Summary: DIFFERENT."))
                << Qt::endl;
    streams.out << tr("Audit chain of the copy: %1.").arg(AuditVerifier::describe(report->audit))
                << Qt::endl;
    if (!report->verified()) {
        streams.err << tr("ballotdesk-cli: the copy does not match its source; do not use it.")
                    << Qt::endl;
        return Failure;
    }
    streams.out << tr("The copy is verified.") << Qt::endl;
    return Success;
}

} // namespace bd::cli
