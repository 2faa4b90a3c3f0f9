#pragma once

#include "SourcePluralTranslator.h"

#include <QTranslator>

namespace bd {

/**
 * The translator of one report's language, installed while the report is built. It answers
 * every message (the catalogue's translation, else the English source) so that the UI
 * language's translator, installed earlier, never leaks into a report in another language.
 */
class ReportTranslator : public QTranslator
{
    Q_OBJECT

public:
    /** Loads ":/i18n/ballotdesk_<language>.qm" when there is one (English needs none). */
    explicit ReportTranslator(const QString &language);
    ~ReportTranslator() override;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;

private:
    SourcePluralTranslator m_plurals;
    bool m_installed = false;
};

} // namespace bd
