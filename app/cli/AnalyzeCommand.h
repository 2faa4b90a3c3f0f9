#pragma once

#include "CliCommand.h"

namespace bd {
struct IntegrityOptions;
struct IntegrityReport;
} // namespace bd

namespace bd::cli {

/**
 * `ballotdesk-cli analyze`: the integrity analytics of an election's accepted protocols
 * (fingerprint, whole percentages, digit tests, ranked stations, recount alerts, audit plans),
 * as a table or JSON. See docs/integrity.md.
 */
class AnalyzeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnalyzeCommand)

public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;

private:
    /** Reads the numeric options into @p options; false (and a usage error) when one is bad. */
    bool readOptions(const QCommandLineParser &parser, CliStreams streams,
                     IntegrityOptions &options, int *rc) const;
    static void printTable(const IntegrityReport &report, QTextStream &out);
};

} // namespace bd::cli
