#pragma once

#include "Outcome.h"
#include "ReportDocument.h"
#include "ReportRequest.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <memory>

namespace bd {

class Database;

/**
 * Builds the PDF reports from an election file: the national summary, a regional report and a
 * contest result sheet, in Kazakh, Russian or English. The language's translator is installed
 * while the report is built (every text is translated then, so a preview may repaint it later).
 */
class ReportGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ReportGenerator)

public:
    ReportGenerator() = delete;

    /** "kk", "ru" or "en" from a locale (anything else is English). */
    static QString languageOf(const QLocale &locale);
    /** The locale whose numbers and dates a report in @p language uses. */
    static QLocale localeFor(const QString &language);
    /** The embedded report font family (DejaVu Sans), loaded once. Empty if it failed to load. */
    static QString fontFamily();

    /**
     * Lays the report out. Errors "report.unknown-region" / "report.unknown-contest" for codes
     * the election does not have.
     */
    static Outcome<std::shared_ptr<ReportDocument>> build(const Database &db,
                                                          const ReportRequest &request);
    /** build() and write the PDF to @p path. */
    static Status exportPdf(const Database &db, const ReportRequest &request, const QString &path);
};

} // namespace bd
