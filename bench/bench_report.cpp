// Prints how long exporting the demo's national summary to PDF takes (target: under 2 s),
// split into building (queries and layout) and writing (painting, fonts, compression).
// Prints figures only: nothing here is a timed assertion.
#include "Database.h"
#include "DemoElection.h"
#include "ReportGenerator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace bd;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "cannot create a temporary directory\n";
        return 1;
    }
    const QString dbPath = dir.filePath(QStringLiteral("demo.sqlite"));
    if (const Status created = DemoElection::createFile(dbPath, DemoOptions{}, false); !created) {
        out << "demo: " << created.error().userMessage << '\n';
        return 1;
    }
    auto db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
    if (!db) {
        out << "open: " << db.error().userMessage << '\n';
        return 1;
    }
    ReportRequest request;
    request.language = QStringLiteral("en");
    request.user = QStringLiteral("bench");
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto document = ReportGenerator::build(*db, request);
        if (!document) {
            out << "build: " << document.error().userMessage << '\n';
            return 1;
        }
        const qint64 built = timer.elapsed();
        const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
        if (const Status written = (*document)->writePdf(pdf); !written) {
            out << "write: " << written.error().userMessage << '\n';
            return 1;
        }
        const qint64 total = timer.elapsed();
        out << "run " << run << ": national summary " << (*document)->pageCount()
            << " pages, build " << built << " ms, write " << (total - built) << " ms, total "
            << total << " ms (target < 2000 ms), " << QFileInfo(pdf).size() / 1024 << " KiB\n";
        out.flush();
    }
    return 0;
}
