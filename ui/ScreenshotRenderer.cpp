#include "ScreenshotRenderer.h"

#include "Database.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "Prompter.h"
#include "RegisterTableModel.h"
#include "RegisterView.h"
#include "UserStore.h"

#include <QDir>
#include <QImageWriter>
#include <QPixmap>
#include <QRegularExpression>

namespace bd {

namespace {

// A screenshot is taken without a user: any prompt is a failure to report, not a dialog.
class SilentPrompter : public Prompter
{
public:
    void showError(QWidget *, const QString &, const QString &message, const QString &) override
    {
        m_errors << message;
    }
    void showAbout(QWidget *, const QString &, const QString &) override {}
    QString chooseFileToOpen(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
    QString chooseFileToSave(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }

    QStringList m_errors;
};

} // namespace

std::optional<QSize> ScreenshotRenderer::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 320 || size.height() < 240 || size.width() > 8192 || size.height() > 8192)
        return std::nullopt;
    return size;
}

Status ScreenshotRenderer::render(const Options &options)
{
    SilentPrompter prompter;
    MainWindow window(nullptr, &prompter);
    if (!window.showPage(options.view))
        return Error{QStringLiteral("screenshot.bad-view"),
                     tr("There is no view called %1.").arg(options.view),
                     {}};
    if (!options.user.isEmpty()) {
        // Signed in before the file opens, so that the pages prepare what this user sees.
        auto db = Database::open(options.database, Database::OpenMode::ExistingOnly);
        if (!db)
            return db.error();
        auto session = UserStore(*db).authenticate(options.user, options.password);
        if (!session)
            return session.error();
        window.setSession(*session);
    }
    if (Status opened = window.loadElection(options.database, MainWindow::SummaryMode::Immediate);
        !opened)
        return opened;
    window.resize(options.size);
    window.show();
    if (const std::optional<Register> reg = RegisterQuery::fromKey(options.view)) {
        RegisterView *view = window.registerView(*reg);
        view->loadNow();
        if (!view->model()->lastError().isEmpty())
            return Error{
                QStringLiteral("screenshot.register-failed"), view->model()->lastError(), {}};
    }
    // Let the layouts settle and the views fetch what they show.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    if (!prompter.m_errors.isEmpty())
        return Error{QStringLiteral("screenshot.failed"), prompter.m_errors.constFirst(), {}};

    const QPixmap image = window.grab();
    QImageWriter writer(options.output, "png");
    if (!writer.write(image.toImage()))
        return Error{QStringLiteral("screenshot.write-failed"),
                     tr("The image could not be written to %1: %2.")
                         .arg(QDir::toNativeSeparators(options.output), writer.errorString()),
                     {}};
    return {};
}

} // namespace bd
