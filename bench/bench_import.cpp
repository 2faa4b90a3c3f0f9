// Imports a generated polling_stations.csv of about 50 MB (400,000 stations) into a new
// election and prints how long the import, an export and a few searches take, and the peak
// memory. Prints figures only: nothing here is a timed assertion.
#include "Database.h"
#include "ElectionSetup.h"
#include "RegisterExporter.h"
#include "RegisterImporter.h"
#include "RegisterSearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <sys/resource.h>

using namespace bd;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** The same rows as tests/store/registers/tst_registerimport.cpp's large file. */
bool writeStations(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "code,number,name,address,territory_code,contest_code,registered_voters,"
                       "latitude,longitude\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i + 1000);
        chunk += "PS-LARGE-" + n + ',' + n + ",Polling station No. " + n +
                 ",\"Okrug 1, Abai Street " + n + " (school of the village)\",KZ-A-01-001,C1," +
                 QByteArray::number(i % 3000) + ",51." + QByteArray::number(i % 999999) + ",71." +
                 QByteArray::number((i * 7) % 999999) + '\n';
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the import of a large polling_stations.csv."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Stations in the file."),
                      QStringLiteral("N"), QStringLiteral("400000")});
    parser.process(app);
    const int rows = parser.value(QStringLiteral("rows")).toInt();

    qputenv("BALLOTDESK_ARGON2_TEST_COST", "1");
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
    NewElection election;
    election.name = QStringLiteral("Import benchmark");
    election.date = QDate(2021, 7, 25);
    if (!ElectionSetup::createFile(dbPath, election,
                                   NewUser{QStringLiteral("root"), QStringLiteral("Root"),
                                           Role::Administrator,
                                           QStringLiteral("root-password-2021")})
             .ok())
        return 1;
    auto db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
    if (!db)
        return 1;
    const Session root{1, QStringLiteral("root"), Role::Administrator};
    const QList<QPair<RegisterKind, QByteArray>> base = {
        {RegisterKind::Territories, "code,parent_code,level,name_en\nKZ-A,,region,A\n"
                                    "KZ-A-01,KZ-A,district,A1\nKZ-A-01-001,KZ-A-01,okrug,A11\n"},
        {RegisterKind::Contests, "code,territory_code,name\nC1,KZ-A-01-001,Akim\n"}};
    for (const auto &[kind, bytes] : base) {
        const QString path = dir.filePath(RegisterKinds::key(kind) + QLatin1String(".csv"));
        if (!writeFile(path, bytes) || !RegisterImporter::importFile(*db, root, kind, path).ok())
            return 1;
    }

    const QString csv = dir.filePath(QStringLiteral("polling_stations.csv"));
    if (!writeStations(csv, rows))
        return 1;
    out() << "file: " << rows << " stations, "
          << QString::number(QFileInfo(csv).size() / 1e6, 'f', 1) << " MB\n";
    qint64 checkedAt = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        if (checkedAt == 0 && done * 2 >= total)
            checkedAt = timer.elapsed();
        return true;
    };
    auto report =
        RegisterImporter::importFile(*db, root, RegisterKind::PollingStations, csv, options);
    if (!report || !report->problems.isEmpty() || report->rowsImported != rows) {
        out() << "import failed\n";
        return 1;
    }
    out() << "import: " << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s wall ("
          << "check " << QString::number(checkedAt / 1000.0, 'f', 2) << " s), "
          << QString::number(cpuSeconds() - cpu0, 'f', 2) << " s CPU, peak RSS " << peakRssMb()
          << " MB\n";

    timer.restart();
    if (!RegisterExporter::exportFile(*db, RegisterKind::PollingStations,
                                      dir.filePath(QStringLiteral("export.csv")))
             .ok())
        return 1;
    out() << "export: " << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s\n";

    for (const QString &text :
         {QStringLiteral("12"), QStringLiteral("201000"), QStringLiteral("Abai Street 3999"),
          QStringLiteral("no such address")}) {
        timer.restart();
        auto hits = RegisterSearch::find(*db, text);
        out() << "search \"" << text << "\": " << (hits ? hits->size() : -1) << " hits, "
              << timer.elapsed() << " ms\n";
    }
    out().flush();
    return 0;
}
