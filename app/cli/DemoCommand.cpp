#include "DemoCommand.h"

#include "Database.h"
#include "DemoElection.h"
#include "DemoElectionNight.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

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
    parser.addOption(
        {QStringLiteral("election-night"),
         tr("Rehearse election night: every fourth protocol is open again, and some of them are "
            "entered by operator1 and operator2 (first entries only, accepted by double entry, "
            "differing, referred with errors), to try entry, resolution and progress.")});
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
    if (parser.isSet(QStringLiteral("election-night")))
        return createElectionNight(path, options, parser.isSet(QStringLiteral("force")), streams);
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

int DemoCommand::createElectionNight(const QString &path, const DemoOptions &options, bool force,
                                     CliStreams streams)
{
    if (Database::isServerLocation(path)) {
        // A server database is generated in place (DemoElection refuses one that holds an
        // election); the election night is then one more transaction on it.
        if (Status status = DemoElection::createFile(path, options, force); !status)
            return fail(streams, status.error());
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db)
            return fail(streams, db.error());
        auto applied = DemoElectionNight::apply(*db);
        if (!applied)
            return fail(streams, applied.error());
        printElectionNight(path, options, *applied, streams);
        return Success;
    }
    const QFileInfo info(path);
    if (info.exists() && !force)
        return fail(streams, Error{QStringLiteral("demo.exists"),
                                   tr("%1 already exists and was left unchanged. Add --force to "
                                      "replace it.")
                                       .arg(QDir::toNativeSeparators(path)),
                                   {}});
    // Built and entered in a file next to FILE, then renamed over it: FILE is never half-written.
    const QString building = info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() +
                                                         QStringLiteral(".election-night"));
    const auto removeBuilding = [&building] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(building + QLatin1String(suffix));
    };
    removeBuilding();
    if (Status status = DemoElection::createFile(building, options, true); !status)
        return fail(streams, status.error());
    ElectionNightCounts counts;
    {
        auto db = Database::open(building, Database::OpenMode::ExistingOnly);
        if (!db) {
            removeBuilding();
            return fail(streams, db.error());
        }
        auto applied = DemoElectionNight::apply(*db);
        if (!applied) {
            removeBuilding();
            return fail(streams, applied.error());
        }
        counts = *applied;
    }
    // A stale -wal or -shm of an earlier FILE would be applied to the new one.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (std::rename(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) !=
        0) {
        removeBuilding();
        return fail(streams, Error{QStringLiteral("demo.write-failed"),
                                   tr("The demo election could not be written to %1.")
                                       .arg(QDir::toNativeSeparators(path)),
                                   {}});
    }
    printElectionNight(path, options, counts, streams);
    return Success;
}

void DemoCommand::printElectionNight(const QString &path, const DemoOptions &options,
                                     const ElectionNightCounts &counts, CliStreams streams)
{
    const QLocale locale;
    streams.out << tr("Created the demo election in %1 (seed %2) on election night: %3 "
                      "protocols reopened; %4 open, %5 with a first entry, %6 accepted by double "
                      "entry, %7 differing, %8 with errors.")
                       .arg(path)
                       .arg(options.seed)
                       .arg(locale.toString(counts.reopened), locale.toString(counts.open),
                            locale.toString(counts.firstEntered), locale.toString(counts.accepted),
                            locale.toString(counts.differing), locale.toString(counts.erroneous))
                << Qt::endl;
}

} // namespace bd::cli
