#include "PdfExportFlow.h"

#include "ExportPdfDialog.h"
#include "LocalizedName.h"
#include "Prompter.h"
#include "ReportGenerator.h"
#include "ReportQueries.h"
#include "SummaryQueries.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace bd {

namespace {

QString fileStem(const ReportRequest &request)
{
    switch (request.kind) {
    case ReportKind::Summary:
        return QStringLiteral("summary");
    case ReportKind::Region:
        return QStringLiteral("region-") + request.regionCode;
    case ReportKind::Contest:
        return QStringLiteral("contest-") + request.contestCode;
    }
    return QStringLiteral("report");
}

} // namespace

void PdfExportFlow::run(QWidget *parent, const Database &db, const QString &user,
                        Prompter &prompter)
{
    const QLocale locale;
    auto summary = SummaryQueries::national(db);
    if (!summary) {
        prompter.showError(parent, tr("Cannot Export PDF"), summary.error().userMessage,
                           summary.error().detail);
        return;
    }
    auto contests = ReportQueries::contests(db, summary->electionId);
    if (!contests) {
        prompter.showError(parent, tr("Cannot Export PDF"), contests.error().userMessage,
                           contests.error().detail);
        return;
    }
    QList<ReportChoice> regions;
    for (const RegionFigures &r : summary->turnoutByRegion)
        regions.append({r.code, LocalizedName::pick(locale, r.nameKk, r.nameRu, r.nameEn)});
    std::sort(regions.begin(), regions.end(),
              [](const ReportChoice &a, const ReportChoice &b) { return a.label < b.label; });
    QList<ReportChoice> contestChoices;
    for (const ReportContest &c : *contests)
        contestChoices.append({c.code, c.code + QStringLiteral(" — ") + c.name});

    ExportPdfDialog dialog(regions, contestChoices, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportRequest request = dialog.request();
    request.user = user;

    // Queries and layout are quick; painting and embedding fonts are what takes time.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto document = ReportGenerator::build(db, request);
    QApplication::restoreOverrideCursor();
    if (!document) {
        prompter.showError(parent, tr("Cannot Export PDF"), document.error().userMessage,
                           document.error().detail);
        return;
    }
    std::shared_ptr<ReportDocument> report = *document;

    if (dialog.action() == ExportPdfDialog::Action::Preview) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(report->meta().title);
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(tr("Print Preview — %1").arg(report->meta().title));
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                         [report, parent, &prompter](QPrinter *target) {
                             if (const Status status = report->render(*target); !status) {
                                 prompter.showError(parent, tr("Cannot Print"),
                                                    status.error().userMessage,
                                                    status.error().detail);
                             }
                         });
        preview.exec();
        return;
    }

    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(fileStem(request) + QStringLiteral(".pdf"));
    const QString path =
        prompter.chooseFileToSave(parent, tr("Export PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;

    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto *progress = new QProgressDialog(tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
                                         tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("reportProgress"));
    progress->setWindowTitle(tr("Export PDF"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    QObject::connect(progress, &QProgressDialog::canceled, progress,
                     [cancelled] { *cancelled = true; });
    auto *watcher = new QFutureWatcher<Status>(progress);
    QObject::connect(watcher, &QFutureWatcher<Status>::finished, progress,
                     [watcher, progress, cancelled, path, parent, &prompter] {
                         const Status status = watcher->result();
                         progress->deleteLater();
                         if (*cancelled) {
                             // Painting cannot be interrupted; a cancelled export leaves no file.
                             QFile::remove(path);
                             return;
                         }
                         if (!status) {
                             prompter.showError(parent, tr("Cannot Export PDF"),
                                                status.error().userMessage, status.error().detail);
                         }
                     });
    watcher->setFuture(QtConcurrent::run([report, path] { return report->writePdf(path); }));
}

} // namespace bd
