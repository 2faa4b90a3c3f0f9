#pragma once

#include "Outcome.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

namespace bd {

/** Renders one page of the main window for an election file into a PNG, with no dialogs. */
class ScreenshotRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRenderer)

public:
    struct Options
    {
        QString database;
        QString output;
        QString view = QStringLiteral("overview"); ///< one of MainWindow::pageKeys()
        QSize size{1280, 800};
        /** Signs in as this user first (pages that only a role may see); empty: nobody. */
        QString user;
        QString password;
    };

    /** Opens the file, shows the page with its figures computed, and saves the image. */
    static Status render(const Options &options);
    /** "1280x800" → QSize; nothing for a malformed or absurd size. */
    static std::optional<QSize> parseSize(const QString &text);
};

} // namespace bd
