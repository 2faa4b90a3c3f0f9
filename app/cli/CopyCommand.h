#pragma once

#include "CliCommand.h"

namespace bd::cli {

/** `ballotdesk-cli copy`: copies an election between databases (SQLite, PostgreSQL) and verifies.
 */
class CopyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)

public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;
};

} // namespace bd::cli
