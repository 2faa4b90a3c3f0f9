#pragma once

#include "CliCommand.h"

namespace bd::cli {

/** `ballotdesk-cli status protocols`: how many protocols are in each state of double entry. */
class StatusCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;
};

} // namespace bd::cli
