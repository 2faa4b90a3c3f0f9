#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "ballotdesk.app.translations")

namespace bd {

void Translations::install(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // English is the interface language where no catalogue matches (e.g. the C locale of a
    // server); its catalogue gives the English plural forms ("1 record", "2 records").
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("ballotdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/ballotdesk_en.qm"))) {
        QCoreApplication::installTranslator(own);
        qCInfo(lcTranslations) << "using translation" << own->filePath();
    } else {
        delete own;
    }
}

} // namespace bd
