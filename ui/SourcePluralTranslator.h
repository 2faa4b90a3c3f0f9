#pragma once

#include <QTranslator>

namespace bd {

/**
 * Resolves the "(s)" of source-language plurals ("%Ln row(s)") into English forms.
 *
 * Installed first, so real translations (installed later) take precedence; it only answers
 * numerus strings, leaving everything else to the source text.
 */
class SourcePluralTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
};

} // namespace bd
