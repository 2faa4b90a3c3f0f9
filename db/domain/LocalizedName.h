#pragma once

#include <QLocale>
#include <QString>

namespace bd {

/** Picks the name of a territory or party in the reader's language: kk, ru or en. */
class LocalizedName
{
public:
    LocalizedName() = delete;

    /**
     * The name in @p locale's language when it has one; otherwise English, then Russian, then
     * Kazakh (an election's names may be given in any one of the three).
     */
    static QString pick(const QLocale &locale, const QString &kk, const QString &ru,
                        const QString &en)
    {
        const QString *preferred = &en;
        if (locale.language() == QLocale::Kazakh)
            preferred = &kk;
        else if (locale.language() == QLocale::Russian)
            preferred = &ru;
        if (!preferred->isEmpty())
            return *preferred;
        for (const QString *name : {&en, &ru, &kk}) {
            if (!name->isEmpty())
                return *name;
        }
        return {};
    }
};

} // namespace bd
