// `ballotdesk-cli import protocols`: results protocols as the signed-in operator's entries.
#include "CliCredentials.h"
#include "Database.h"
#include "ImportCommand.h"
#include "ProtocolCsv.h"

#include <QLocale>

namespace bd::cli {

int ImportCommand::importProtocols(const QCommandLineParser &parser, CliStreams streams)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usageError(streams, tr("Give two files: import protocols PROTOCOLS.csv "
                                      "VOTES.csv."));
    ExpectedEntry expected = ExpectedEntry::Any;
    if (parser.isSet(QStringLiteral("entry"))) {
        const QString entry = parser.value(QStringLiteral("entry"));
        if (entry == QLatin1String("first"))
            expected = ExpectedEntry::First;
        else if (entry == QLatin1String("second"))
            expected = ExpectedEntry::Second;
        else
            return usageError(streams, tr("--entry takes first or second."));
    }
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
    auto data = ProtocolCsv::read(*db, positional.at(1), positional.at(2));
    if (!data)
        return fail(streams, data.error());
    if (!data->problems.isEmpty()) {
        // One problem per line, FILE:LINE: column NAME: reason, so editors and scripts can jump.
        for (const ImportProblem &problem : std::as_const(data->problems))
            streams.err << problem.text() << '\n';
        streams.err << tr("Nothing was imported.") << Qt::endl;
        return Failure;
    }
    auto report = ProtocolCsv::import(*db, *session, *data, expected);
    if (!report)
        return fail(streams, report.error());
    const QLocale locale;
    if (!report->refused.isEmpty()) {
        for (const ImportProblem &problem : std::as_const(report->refused))
            streams.err << problem.text() << '\n';
        streams.err << tr("Nothing was imported: %Ln row(s) refused.", nullptr,
                          static_cast<int>(report->refused.size()))
                    << Qt::endl;
        return Failure;
    }
    const int rows = report->accepted + report->waitingForSecond + report->toCoordinator;
    streams.out << tr("Imported %Ln protocol(s) from %1 as %2's entries, every warning "
                      "acknowledged by %2.",
                      nullptr, rows)
                       .arg(positional.at(1), session->login)
                << '\n';
    const auto line = [&](const QString &label, int n) {
        streams.out << "  " << label.leftJustified(34, QLatin1Char(' ')) << locale.toString(n)
                    << '\n';
    };
    line(tr("Accepted"), report->accepted);
    line(tr("Waiting for the second entry"), report->waitingForSecond);
    line(tr("Sent to a coordinator"), report->toCoordinator);
    streams.out.flush();
    return Success;
}

} // namespace bd::cli
