#pragma once

#include "Outcome.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace bd::cli {

/** Exit codes shared by every command. */
enum ExitCode : int {
    Success = 0,    ///< the command did what was asked
    Failure = 1,    ///< bad data or a refused operation; the message is on standard error
    UsageError = 2, ///< unknown command or option, missing argument
};

/** Where a command writes: results to out, messages and errors to err. */
struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

/** One `ballotdesk-cli COMMAND`: parses its own options and calls the libraries. */
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    /** Runs with the arguments that follow the command name. */
    int run(const QStringList &arguments, CliStreams streams);

protected:
    /** Declares the command's options and positional arguments on @p parser. */
    virtual void defineOptions(QCommandLineParser &parser) const = 0;
    /** Does the work once the options parsed; returns an ExitCode. */
    virtual int execute(const QCommandLineParser &parser, CliStreams streams) = 0;

    /** Prints "ballotdesk-cli: <message>" (and the detail, if any) and returns Failure. */
    static int fail(CliStreams streams, const Error &error);
    /**
     * Success when there are no positional arguments and every option of @p required has a
     * value; otherwise prints the usage error and returns UsageError.
     */
    int checkArguments(const QCommandLineParser &parser, CliStreams streams,
                       const QStringList &required) const;
    /** Prints a usage error and the command's help and returns UsageError. */
    int usageError(CliStreams streams, const QString &message) const;

private:
    QString helpText() const;
};

} // namespace bd::cli
