#include "CliCommand.h"

namespace bd::cli {

QString CliCommand::helpText() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    defineOptions(parser);
    QString text = parser.helpText();
    // QCommandLineParser names the executable only; show the command too.
    const QString program = QCoreApplication::applicationName();
    text.replace(program + QLatin1String(" [options]"),
                 program + QLatin1Char(' ') + name() + QLatin1String(" [options]"));
    return text;
}

int CliCommand::run(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption help = parser.addHelpOption();
    defineOptions(parser);
    QStringList argv{QCoreApplication::applicationName()};
    argv += arguments;
    if (!parser.parse(argv))
        return usageError(streams, parser.errorText());
    if (parser.isSet(help)) {
        streams.out << helpText();
        streams.out.flush();
        return Success;
    }
    return execute(parser, streams);
}

int CliCommand::fail(CliStreams streams, const Error &error)
{
    streams.err << QCoreApplication::applicationName() << QLatin1String(": ") << error.userMessage
                << Qt::endl;
    if (!error.detail.isEmpty())
        streams.err << QLatin1String("  ") << tr("detail: %1").arg(error.detail) << Qt::endl;
    return Failure;
}

int CliCommand::checkArguments(const QCommandLineParser &parser, CliStreams streams,
                               const QStringList &required) const
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            streams, tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    for (const QString &option : required) {
        if (parser.value(option).isEmpty())
            return usageError(streams, tr("Missing --%1 %2.")
                                           .arg(option, option == QLatin1String("db")
                                                            ? QStringLiteral("FILE")
                                                            : option.toUpper()));
    }
    return Success;
}

int CliCommand::usageError(CliStreams streams, const QString &message) const
{
    streams.err << QCoreApplication::applicationName() << QLatin1Char(' ') << name()
                << QLatin1String(": ") << message << Qt::endl
                << Qt::endl
                << helpText();
    streams.err.flush();
    return UsageError;
}

} // namespace bd::cli
