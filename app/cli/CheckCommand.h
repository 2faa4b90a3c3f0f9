#pragma once

#include "CliCommand.h"

namespace bd::cli {

/**
 * `ballotdesk-cli check protocols PROTOCOLS.csv VOTES.csv`: the findings of every row of a
 * results file, without writing (csv-formats.md, protocol-rules.md).
 */
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;
};

} // namespace bd::cli
