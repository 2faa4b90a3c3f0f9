#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace bd {

class ReportBuilder;
struct IntegrityReport;

/**
 * The "Integrity checks" section of the national summary: the caution first, the
 * whole-percentage test against its band, the digit tests as low-weight indicators, the most
 * unusual stations with their reasons, recount alerts and ballot-polling audit sizes.
 */
class IntegritySection
{
    Q_DECLARE_TR_FUNCTIONS(IntegritySection)

public:
    IntegritySection() = delete;

    /** Stations listed in the report's ranked table. */
    static constexpr int kRankedRows = 10;

    static void add(ReportBuilder &builder, const IntegrityReport &report, const QLocale &locale);
    /** The figures the section shows, for the report's data hash. */
    static QJsonObject figures(const IntegrityReport &report);
};

} // namespace bd
