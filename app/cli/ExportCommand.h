#pragma once

#include "CliCommand.h"

namespace bd::cli {

/** `ballotdesk-cli export`: exports one register as CSV (docs/csv.md). */
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;
};

} // namespace bd::cli
