#pragma once

#include "CliCommand.h"

namespace bd::cli {

/**
 * `ballotdesk-cli import`: imports one register as CSV (docs/csv.md), or results protocols as
 * the signed-in operator's entries (`import protocols PROTOCOLS.csv VOTES.csv`).
 */
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;

private:
    /** `import protocols`: in ImportProtocols.cpp. */
    int importProtocols(const QCommandLineParser &parser, CliStreams streams);
};

} // namespace bd::cli
