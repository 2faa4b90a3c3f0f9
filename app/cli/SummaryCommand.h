#pragma once

#include "CliCommand.h"

namespace bd {
struct ElectionSummary;
}

namespace bd::cli {

/** `ballotdesk-cli summary`: the national figures of an election, as a table or JSON. */
class SummaryCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)

public:
    QString name() const override { return QStringLiteral("summary"); }
    QString summary() const override;

protected:
    void defineOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliStreams streams) override;

private:
    static void printTable(const ElectionSummary &s, QTextStream &out);
};

} // namespace bd::cli
