#include "BenchHarness.h"

#include "ScaleElection.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <ctime>

namespace bd::bench {

namespace {

constexpr int kRuns = 3;

QString row(const QString &what, const QString &min, const QString &median, const QString &cpu,
            const QString &note)
{
    return QStringLiteral("%1 %2 %3 %4  %5\n")
        .arg(what.leftJustified(58), min.rightJustified(10), median.rightJustified(10),
             cpu.rightJustified(10), note);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printHeader()
{
    out() << row(QStringLiteral("figure"), QStringLiteral("min ms"), QStringLiteral("median ms"),
                 QStringLiteral("cpu ms"), QStringLiteral("note"));
    out().flush();
}

void measure(const QString &what, const std::function<Outcome<QString>()> &step)
{
    QList<double> times;
    QList<double> cpuTimes;
    QString note;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto result = step();
        times << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        cpuTimes << static_cast<double>(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        if (!result) {
            out() << QStringLiteral("%1  FAILED: %2 %3\n")
                         .arg(what.leftJustified(58), result.error().userMessage,
                              result.error().detail);
            out().flush();
            return;
        }
        note = *result;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    out() << row(what, ms(times.first()), ms(times.at(times.size() / 2)),
                 ms(cpuTimes.at(cpuTimes.size() / 2)), note);
    out().flush();
}

void printOnce(const QString &what, double value, const QString &note)
{
    out() << row(what, ms(value), QString(), QString(), note);
    out().flush();
}

Outcome<ScaleFile> openScaleElection(const QCoreApplication &app, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption stationsOption(QStringLiteral("stations"),
                                            QStringLiteral("Polling stations to generate."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Election file: reused if it exists, else generated into it."),
        QStringLiteral("FILE"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the generated file."));
    parser.addOptions({stationsOption, dbOption, keepOption});
    parser.process(app);

    ScaleFile file;
    bool ok = false;
    file.stations = parser.value(stationsOption).toInt(&ok);
    if (!ok || file.stations < 1)
        return Error{QStringLiteral("bench.usage"),
                     QStringLiteral("--stations needs a positive number"),
                     {}};
    file.path = parser.value(dbOption);
    if (file.path.isEmpty()) {
        file.dir = std::make_unique<QTemporaryDir>();
        if (!file.dir->isValid())
            return Error{QStringLiteral("bench.tmp"),
                         QStringLiteral("cannot create a temporary folder"),
                         {}};
        file.dir->setAutoRemove(!parser.isSet(keepOption));
        file.path = file.dir->filePath(QStringLiteral("scale.sqlite"));
        if (parser.isSet(keepOption))
            out() << "keeping " << file.path << '\n';
    }
    file.reused = QFileInfo::exists(file.path);

    printHeader();
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(file.path, file.reused ? Database::OpenMode::ExistingOnly
                                                    : Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    file.db = std::make_unique<Database>(std::move(db).value());
    printOnce(file.reused ? QStringLiteral("open existing file (with any migration)")
                          : QStringLiteral("create and migrate new file"),
              static_cast<double>(timer.nsecsElapsed()) / 1e6,
              QStringLiteral("schema v%1").arg(file.db->schemaVersion()));
    if (!file.reused) {
        ScaleOptions options;
        options.pollingStations = file.stations;
        timer.restart();
        if (Status s = ScaleElection::generate(*file.db, options); !s)
            return s.error();
        printOnce(QStringLiteral("generate %1 stations").arg(file.stations),
                  static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return file;
}

} // namespace bd::bench
