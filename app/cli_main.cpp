// ballotdesk-cli: the command-line entry point. It only dispatches to a command.
#include "SourcePluralTranslator.h"
#include "Translations.h"
#include "cli/AnalyzeCommand.h"
#include "cli/AuditCommand.h"
#include "cli/BackupCommand.h"
#include "cli/CheckCommand.h"
#include "cli/CliCommand.h"
#include "cli/CopyCommand.h"
#include "cli/DemoCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InitCommand.h"
#include "cli/ReportCommand.h"
#include "cli/StatusCommand.h"
#include "cli/SummaryCommand.h"
#include "cli/UserCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

std::vector<std::unique_ptr<bd::cli::CliCommand>> makeCommands()
{
    std::vector<std::unique_ptr<bd::cli::CliCommand>> commands;
    commands.push_back(std::make_unique<bd::cli::DemoCommand>());
    commands.push_back(std::make_unique<bd::cli::SummaryCommand>());
    commands.push_back(std::make_unique<bd::cli::InitCommand>());
    commands.push_back(std::make_unique<bd::cli::UserCommand>());
    commands.push_back(std::make_unique<bd::cli::AuditCommand>());
    commands.push_back(std::make_unique<bd::cli::BackupCommand>());
    commands.push_back(std::make_unique<bd::cli::CopyCommand>());
    commands.push_back(std::make_unique<bd::cli::ImportCommand>());
    commands.push_back(std::make_unique<bd::cli::ExportCommand>());
    commands.push_back(std::make_unique<bd::cli::ReportCommand>());
    commands.push_back(std::make_unique<bd::cli::CheckCommand>());
    commands.push_back(std::make_unique<bd::cli::StatusCommand>());
    commands.push_back(std::make_unique<bd::cli::AnalyzeCommand>());
    return commands;
}

void printUsage(QTextStream &stream,
                const std::vector<std::unique_ptr<bd::cli::CliCommand>> &commands)
{
    const QString program = QCoreApplication::applicationName();
    stream << QCoreApplication::translate("main", "Usage: %1 COMMAND [OPTIONS]").arg(program)
           << "\n\n"
           << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(12) << command->summary() << '\n';
    stream << '\n'
           << QCoreApplication::translate("main",
                                          "Run '%1 COMMAND --help' for the options of a command.")
                  .arg(program)
           << '\n'
           << QCoreApplication::translate(
                  "main", "Exit codes: 0 success, 1 bad data or refused operation, 2 usage error.")
           << '\n';
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // Reports paint text with fonts, which needs a GUI application; the offscreen platform
    // needs no display, so the command works on a server too.
    const bool painting = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (painting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        painting ? std::make_unique<QGuiApplication>(argc, argv)
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    // Untranslated plurals ("%Ln report(s)") read as English; catalogues installed later win.
    bd::SourcePluralTranslator plurals;
    QCoreApplication::installTranslator(&plurals);
    QCoreApplication::setApplicationName(QStringLiteral("ballotdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BD_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("BallotDesk"));
    // Informational logging from the libraries would mix with the command's output (set
    // before the translations, which log the catalogue they load).
    QLoggingCategory::setFilterRules(QStringLiteral("ballotdesk.*.info=false"));
    bd::Translations::install(app, QLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = makeCommands();
    const QStringList arguments = QCoreApplication::arguments().mid(1);

    if (arguments.isEmpty()) {
        printUsage(err, commands);
        return bd::cli::UsageError;
    }
    const QString first = arguments.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printUsage(out, commands);
        return bd::cli::Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return bd::cli::Success;
    }
    for (const auto &command : commands) {
        if (command->name() == first)
            return command->run(arguments.mid(1), bd::cli::CliStreams{out, err});
    }
    err << QCoreApplication::translate("main", "%1: unknown command '%2'.")
               .arg(QCoreApplication::applicationName(), first)
        << "\n\n";
    printUsage(err, commands);
    return bd::cli::UsageError;
}
