#pragma once

#include "CliCommand.h"
#include "DemoElection.h"
#include "DemoElectionNight.h"

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

private:
    /** --election-night: the demo with some protocols reopened and entered. */
    int createElectionNight(const QString &path, const DemoOptions &options, bool force,
                            CliStreams streams);
    static void printElectionNight(const QString &path, const DemoOptions &options,
                                   const ElectionNightCounts &counts, CliStreams streams);
};

} // namespace bd::cli
