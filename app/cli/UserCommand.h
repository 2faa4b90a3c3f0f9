#pragma once

#include "CliCommand.h"

namespace bd::cli {

/** `ballotdesk-cli user`: adds, lists and disables accounts and sets passwords. */
class UserCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;
};

} // namespace bd::cli
