#pragma once

#include "CliCommand.h"

namespace bd::cli {

/** `ballotdesk-cli report summary|region|contest`: writes a PDF report of an election. */
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;
};

} // namespace bd::cli
