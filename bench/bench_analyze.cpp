// Builds (or reuses) a synthetic election of national size and prints how long the integrity
// analytics take from the database: streaming the accepted protocols into station figures,
// the analysis at the CLI's and the page's settings, and load + analysis together as
// `ballotdesk-cli analyze` runs them. Prints figures only: nothing here is a timed assertion.
#include "BenchHarness.h"
#include "IntegrityAnalysis.h"
#include "IntegrityQuery.h"

#include <QCoreApplication>

using namespace bd;
using bd::bench::measure;
using bd::bench::out;

namespace {

Outcome<QString> analyse(const IntegrityData &data, const Database *db, int replicates)
{
    IntegrityOptions options;
    options.replicates = replicates;
    options.top = 200;
    auto report = IntegrityAnalysis::run(data, db, options);
    if (!report)
        return report.error();
    const IntegerStationCount &either = report->main().integer.either;
    return QStringLiteral("either: %1 observed, excess %2; %3 flagged; %4 recount alerts")
        .arg(either.observed)
        .arg(either.excess(), 0, 'f', 1)
        .arg(report->stationsFlagged)
        .arg(report->recountAlerts().size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_analyze"));
    auto scale = bench::openScaleElection(
        app, QStringLiteral("Times the integrity analytics over a synthetic election."));
    if (!scale) {
        out() << scale.error().userMessage << ' ' << scale.error().detail << '\n';
        return scale.error().code == QLatin1String("bench.usage") ? 2 : 1;
    }
    const Database *db = scale->db.get();

    IntegrityData data;
    measure(QStringLiteral("load accepted protocols (IntegrityQuery)"), [&]() -> Outcome<QString> {
        auto loaded = IntegrityQuery::load(*db);
        if (!loaded)
            return loaded.error();
        data = std::move(loaded).value();
        return QStringLiteral("%1 stations, %2 contests")
            .arg(data.stations.size())
            .arg(data.contests.size());
    });
    measure(QStringLiteral("analysis, 200 replicates"), [&] { return analyse(data, db, 200); });
    measure(QStringLiteral("analysis, 100 replicates (CLI and page default)"),
            [&] { return analyse(data, db, 100); });
    measure(QStringLiteral("analysis, exact expectation only (0 replicates)"),
            [&] { return analyse(data, db, 0); });
    measure(QStringLiteral("load + analysis, 100 replicates (ballotdesk-cli analyze)"),
            [&]() -> Outcome<QString> {
                auto report = IntegrityAnalysis::run(*db);
                if (!report)
                    return report.error();
                return QStringLiteral("%1 stations").arg(report->protocolsAccepted);
            });
    return 0;
}
