#pragma once

#include "CliCommand.h"

namespace bd::cli {

/**
 * `ballotdesk-cli import turnout TURNOUT.csv --db DB --user U --password-stdin`: stores hourly
 * turnout reports (spec/csv-formats.md), all or nothing. ImportCommand hands it the kind
 * "turnout"; it shares import's options (--db, --user, --password-stdin).
 */
class TurnoutImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TurnoutImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;

    /** Imports @p file with the options already parsed by `import`; returns an ExitCode. */
    static int importFile(const QCommandLineParser &parser, const QString &file,
                          CliStreams streams);

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;
};

} // namespace bd::cli
