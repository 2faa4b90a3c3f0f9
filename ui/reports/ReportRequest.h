#pragma once

#include <QString>

namespace bd {

/** The kinds of PDF report. */
enum class ReportKind { Summary, Region, Contest };

/** What to report on, in which language, for whom. */
struct ReportRequest
{
    ReportKind kind = ReportKind::Summary;
    QString regionCode;  ///< Region reports
    QString contestCode; ///< Contest result sheets
    QString language;    ///< "kk", "ru" or "en"; empty = the UI language
    QString user;        ///< who generates it; empty = the OS user ("command line")
};

} // namespace bd
