#pragma once

#include "CliCommand.h"

namespace bd::cli {

/** `ballotdesk-cli import`: imports one register as CSV (docs/csv.md). */
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;
};

} // namespace bd::cli
