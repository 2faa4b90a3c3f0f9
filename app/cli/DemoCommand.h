#pragma once

#include "CliCommand.h"

namespace bd::cli {

/** `ballotdesk-cli demo`: creates the bundled demo election in a new file. */
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;
};

} // namespace bd::cli
