#pragma once

#include <QLocale>

class QCoreApplication;

namespace bd {

/** Installs Qt's and BallotDesk's translations for a locale (Kazakh, Russian or English). */
class Translations
{
public:
    /** Loads ":/i18n/ballotdesk_<lang>.qm" and Qt's own catalogue; English needs neither. */
    static void install(QCoreApplication &app, const QLocale &locale);
};

} // namespace bd
