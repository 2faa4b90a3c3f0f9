#pragma once

#include "ReportRequest.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace bd {

class Database;
class Prompter;

/**
 * File › Export PDF…: asks which report and language, builds it, then either shows it in a
 * print preview (from which it prints) or writes the PDF in a worker thread with a progress
 * dialog that can be cancelled.
 */
class PdfExportFlow
{
    Q_DECLARE_TR_FUNCTIONS(PdfExportFlow)

public:
    PdfExportFlow() = delete;

    /** @p user is the signed-in login printed on the report. */
    static void run(QWidget *parent, const Database &db, const QString &user, Prompter &prompter);
};

} // namespace bd
