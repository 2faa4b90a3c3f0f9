#include "DemoCommand.h"

#include "DemoElection.h"

namespace bd::cli {

QString DemoCommand::summary() const
{
    return tr("Create the demo election: Kazakhstan's rural akim elections of 25 July 2021 "
              "(published totals, synthetic details).");
}

void DemoCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("db"), tr("The election file to create."), tr("FILE")});
    parser.addOption({QStringLiteral("seed"),
                      tr("Seed of the synthetic details (default %1); the same seed gives the "
                         "same data.")
                          .arg(DemoOptions{}.seed),
                      tr("N")});
    parser.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
}

int DemoCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    if (const int rc = checkArguments(parser, streams, {QStringLiteral("db")}); rc != Success)
        return rc;
    const QString path = parser.value(QStringLiteral("db"));
    DemoOptions options;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(streams, tr("--seed takes a whole number from 0 to %1.")
                                           .arg(std::numeric_limits<quint64>::max()));
    }
    if (Status status =
            DemoElection::createFile(path, options, parser.isSet(QStringLiteral("force")));
        !status) {
        Error error = status.error();
        if (error.code == QLatin1String("demo.exists"))
            error.userMessage += QLatin1Char(' ') + tr("Add --force to replace it.");
        return fail(streams, error);
    }
    streams.out << tr("Created the demo election in %1 (seed %2).").arg(path).arg(options.seed)
                << Qt::endl;
    return Success;
}

} // namespace bd::cli
