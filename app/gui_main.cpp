#include "AppSettings.h"
#include "DialogSignInPrompter.h"
#include "MainWindow.h"
#include "ScreenshotRenderer.h"
#include "SourcePluralTranslator.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QStyleFactory>

#include <cstdio>
#include <cstring>

namespace {

// The platform must be chosen before QApplication exists, so --screenshot is looked for here.
bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 ||
            std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "ballotdesk: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BallotDesk"));
    QApplication::setOrganizationName(QStringLiteral("BallotDesk"));
    QApplication::setApplicationVersion(QStringLiteral(BD_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // The desktop file name lets Wayland and X11 shells match the window to its menu entry
    // (resources/desktop); the icon is the same SVG the package installs under hicolor.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ballotdesk.BallotDesk"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.ballotdesk.BallotDesk"),
                         QIcon(QStringLiteral(":/icons/org.ballotdesk.BallotDesk.svg"))));
    bd::SourcePluralTranslator plurals;
    QApplication::installTranslator(&plurals);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Election results desk for election commissions."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Open the election file FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render a view of --db offscreen into the PNG file OUT "
                                        "and exit."),
        QStringLiteral("OUT"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "The view to render: %1 (default overview).")
            .arg(bd::MainWindow::pageKeys().join(QLatin1String("|"))),
        QStringLiteral("VIEW"), QStringLiteral("overview"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("main", "The size of the rendered window (default 1280x800)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "The interface language: kk, ru or en (default: the "
                                        "system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main", "With --screenshot: sign in as LOGIN first, with the "
                                        "password in BALLOTDESK_PASSWORD (recorded in the audit "
                                        "log like any sign-in)."),
        QStringLiteral("LOGIN"));
    parser.addOptions({dbOption, screenshotOption, viewOption, sizeOption, langOption, userOption});
    // The desktop entry and file managers pass the election file as the one argument.
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "The election file to open (the same as --db FILE)."),
        QStringLiteral("[FILE]"));

    if (!parser.parse(QApplication::arguments()))
        return fail(2, parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(
            2, QApplication::translate("main", "Unexpected argument: %1.").arg(positional.at(1)));
    if (!positional.isEmpty() && parser.isSet(dbOption))
        return fail(2, QApplication::translate("main", "Give the election file either as --db "
                                                       "FILE or as FILE, not both."));
    const QString database =
        positional.isEmpty() ? parser.value(dbOption) : positional.constFirst();

    QLocale locale;
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (lang != QLatin1String("kk") && lang != QLatin1String("ru") &&
            lang != QLatin1String("en"))
            return fail(2, QApplication::translate("main", "Unknown language %1; use kk, ru or en.")
                               .arg(lang));
        locale = QLocale(lang);
        QLocale::setDefault(locale);
    }
    bd::Translations::install(app, locale);

    if (parser.isSet(screenshotOption)) {
        bd::ScreenshotRenderer::Options options;
        options.database = database;
        options.output = parser.value(screenshotOption);
        options.view = parser.value(viewOption);
        if (options.database.isEmpty())
            return fail(2, QApplication::translate("main", "--screenshot needs --db FILE."));
        if (!bd::MainWindow::pageKeys().contains(options.view))
            return fail(
                2, QApplication::translate("main", "Unknown view %1; use one of %2.")
                       .arg(options.view, bd::MainWindow::pageKeys().join(QLatin1String(", "))));
        const std::optional<QSize> size =
            bd::ScreenshotRenderer::parseSize(parser.value(sizeOption));
        if (!size)
            return fail(2, QApplication::translate("main", "Bad size %1; use WIDTHxHEIGHT, for "
                                                           "example 1280x800.")
                               .arg(parser.value(sizeOption)));
        options.size = *size;
        if (parser.isSet(userOption)) {
            options.user = parser.value(userOption);
            options.password = qEnvironmentVariable("BALLOTDESK_PASSWORD");
            if (options.password.isEmpty())
                return fail(2, QApplication::translate(
                                   "main", "--user needs the password in BALLOTDESK_PASSWORD."));
        }
        const bd::Status status = bd::ScreenshotRenderer::render(options);
        if (!status)
            return fail(1, status.error().userMessage);
        return 0;
    }
    if (parser.isSet(viewOption) || parser.isSet(sizeOption) || parser.isSet(userOption))
        return fail(
            2, QApplication::translate("main", "--view, --size and --user need --screenshot."));

    QSettings settings;
    bd::AppSettings appSettings(&settings);
    // Users live in the election file: every file opened here asks who signs in.
    bd::DialogSignInPrompter signIn;
    bd::MainWindow window(&appSettings);
    window.setSignInPrompter(&signIn);
    window.show();
    if (!database.isEmpty())
        window.openElection(database);
    return QApplication::exec();
}
