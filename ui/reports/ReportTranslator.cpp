#include "ReportTranslator.h"

#include <QCoreApplication>

namespace bd {

ReportTranslator::ReportTranslator(const QString &language)
{
    if (language != QLatin1String("en")) {
        // A missing catalogue (a test without the app's resources) leaves the English source.
        (void)load(QStringLiteral(":/i18n/ballotdesk_") + language + QStringLiteral(".qm"));
    }
    m_installed = QCoreApplication::installTranslator(this);
}

ReportTranslator::~ReportTranslator()
{
    if (m_installed)
        QCoreApplication::removeTranslator(this);
}

QString ReportTranslator::translate(const char *context, const char *sourceText,
                                    const char *disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isEmpty())
        return text;
    if (n >= 0) {
        text = m_plurals.translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(sourceText);
}

} // namespace bd
