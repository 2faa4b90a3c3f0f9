// Times the integrity analytics on a synthetic national election (1,000,000 stations by
// default): fingerprint and its resimulation, the integer-percentage test (exact expectation
// and Monte Carlo), the digit tests, the outlier ranking, recount alerts and BRAVO plans.
// Prints figures only: nothing here is a timed assertion. Needs bd_domain only.
#include "BravoAudit.h"
#include "DigitTests.h"
#include "Fingerprint.h"
#include "IntegerPercentTest.h"
#include "OutlierRanking.h"
#include "RecountAlerts.h"
#include "SyntheticStations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>
#include <functional>
#include <thread>

using namespace bd;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void row(const QString &what, const QString &wall, const QString &cpu, const QString &note)
{
    out() << QStringLiteral("%1 %2 %3  %4\n")
                 .arg(what.leftJustified(58), wall.rightJustified(10), cpu.rightJustified(10),
                      note);
    out().flush();
}

double s_analysisWall = 0.0;
double s_analysisCpu = 0.0;

/**
 * Runs @p step once; prints its wall-clock and process CPU milliseconds and its note. Steps
 * of the analysis add their times to the total printed at the end.
 */
void measure(const QString &what, const std::function<QString()> &step, bool analysis = true)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const QString note = step();
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const double cpu = static_cast<double>(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    row(what, QString::number(wall, 'f', 1), QString::number(cpu, 'f', 1), note);
    if (analysis) {
        s_analysisWall += wall;
        s_analysisCpu += cpu;
    }
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the integrity analytics on a synthetic election."));
    parser.addHelpOption();
    const QCommandLineOption stationsOption(QStringLiteral("stations"),
                                            QStringLiteral("Polling stations to generate."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption replicatesOption(QStringLiteral("replicates"),
                                              QStringLiteral("Monte Carlo replicates."),
                                              QStringLiteral("R"), QStringLiteral("100"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Worker threads (0: every core)."),
                                           QStringLiteral("T"), QStringLiteral("0"));
    const QCommandLineOption stuffedOption(QStringLiteral("stuffed"),
                                           QStringLiteral("Stations with ballot stuffing planted."),
                                           QStringLiteral("K"), QStringLiteral("0"));
    parser.addOptions({stationsOption, replicatesOption, threadsOption, stuffedOption});
    parser.process(app);

    SyntheticElectionOptions synthetic;
    synthetic.stations = parser.value(stationsOption).toLongLong();
    synthetic.regions = 36;
    synthetic.stuffedStations = parser.value(stuffedOption).toLongLong();
    IntegerPercentOptions integer;
    integer.replicates = parser.value(replicatesOption).toInt();
    integer.threads = parser.value(threadsOption).toInt();
    if (synthetic.stations < 1 || integer.replicates < 0) {
        out() << "--stations must be positive and --replicates not negative\n";
        return 2;
    }
    const unsigned cores = std::thread::hardware_concurrency();
    out() << QStringLiteral("%1 stations, %2 replicates, %3 threads (%4 cores)\n")
                 .arg(synthetic.stations)
                 .arg(integer.replicates)
                 .arg(integer.threads > 0 ? integer.threads : static_cast<int>(cores))
                 .arg(cores);
    row(QStringLiteral("figure"), QStringLiteral("wall ms"), QStringLiteral("cpu ms"),
        QStringLiteral("note"));

    SyntheticElection election;
    measure(
        QStringLiteral("generate synthetic stations (not analysis)"),
        [&] {
            election = SyntheticStations::generate(synthetic);
            return QStringLiteral("%1 stuffed").arg(election.stuffedStationIds.size());
        },
        false);
    const QList<StationFigures> &stations = election.stations;
    IntegerPercentResult integerResult;

    measure(QStringLiteral("fingerprint, observed"), [&] {
        const FingerprintHistogram h = Fingerprint::observed(stations);
        return QStringLiteral("%1 included, %2 small")
            .arg(h.stationsIncluded)
            .arg(h.stationsExcludedSmall);
    });
    measure(QStringLiteral("fingerprint, binomial resimulation"), [&] {
        const FingerprintHistogram h = Fingerprint::resimulated(stations);
        return QStringLiteral("%1 included").arg(h.stationsIncluded);
    });
    measure(QStringLiteral("integer test: all of it, %1 replicates").arg(integer.replicates), [&] {
        integerResult = IntegerPercentTest::run(stations, integer);
        return QStringLiteral("either: excess %1, sd %2, band +%3")
            .arg(number(integerResult.either.excess()))
            .arg(number(integerResult.either.standardDeviation))
            .arg(number(integerResult.either.percentile999 - integerResult.either.expected));
    });
    IntegerPercentOptions exactOnly = integer;
    exactOnly.replicates = 0;
    measure(
        QStringLiteral("  of which inclusion, histograms, exact expectation"),
        [&] {
            const IntegerPercentResult r = IntegerPercentTest::run(stations, exactOnly);
            return QStringLiteral("either: observed %1, exact %2 ± %3")
                .arg(r.either.observed)
                .arg(number(r.either.exactExpected))
                .arg(number(r.either.exactStandardDeviation));
        },
        false);
    QList<qint64> counts;
    measure(QStringLiteral("digit tests: 2BL and last digit"), [&] {
        counts.reserve(stations.size() * 3);
        for (const StationFigures &s : stations)
            counts.append(s.candidateVotes);
        const DigitTestResult second = DigitTests::secondDigitTest(counts);
        const DigitTestResult last = DigitTests::lastDigitTest(counts);
        return QStringLiteral("%1 counts; 2BL mean %2 p %3; last digit p %4")
            .arg(counts.size())
            .arg(number(second.mean, 4))
            .arg(number(second.pValue, 3))
            .arg(number(last.pValue, 3));
    });
    measure(QStringLiteral("outlier ranking (robust z, Fisher, BH)"), [&] {
        const OutlierRankingResult r = OutlierRanking::rank(stations);
        qint64 discoveries = 0;
        for (const StationOutlier &o : r.stations)
            discoveries += o.qValue <= 0.05;
        return QStringLiteral("%1 ranked, %2 at q ≤ 0.05").arg(r.stations.size()).arg(discoveries);
    });
    // Contests of 4 stations each, as ScaleElection has.
    QList<ContestMargin> margins;
    QList<BravoContest> audits;
    for (qsizetype i = 0; i < stations.size(); i += 4) {
        ContestMargin m;
        BravoContest b;
        m.contestId = b.contestId = i / 4 + 1;
        for (qsizetype j = i; j < std::min(i + 4, stations.size()); ++j) {
            const StationFigures &s = stations.at(j);
            if (m.candidateVotes.isEmpty())
                m.candidateVotes = QList<qint64>(s.candidateVotes.size(), 0);
            qint64 valid = 0;
            for (qsizetype c = 0; c < s.candidateVotes.size(); ++c) {
                m.candidateVotes[c] += s.candidateVotes.at(c);
                valid += s.candidateVotes.at(c);
            }
            m.validVotes += valid;
            m.votesForOffice += valid;
            m.invalidBallots += s.ballotsInBoxes - valid;
            b.ballots += s.ballotsInBoxes;
        }
        b.candidateVotes = m.candidateVotes;
        margins.append(m);
        audits.append(b);
    }
    measure(QStringLiteral("recount alerts"), [&] {
        return QStringLiteral("%1 of %2 contests")
            .arg(RecountAlerts::alerts(margins).size())
            .arg(margins.size());
    });
    measure(QStringLiteral("BRAVO plans (ASN and 70/80/90 % rounds)"), [&] {
        qint64 full = 0;
        for (const BravoContest &c : audits)
            full += BravoAudit::plan(c).kind == BravoPlan::Kind::FullHandCount;
        return QStringLiteral("%1 contests, %2 full hand counts").arg(audits.size()).arg(full);
    });
    row(QStringLiteral("whole analysis"), number(s_analysisWall), number(s_analysisCpu),
        QStringLiteral("every step above but generation and the \"of which\" line"));

    const auto printCount = [](const QString &what, const IntegerStationCount &c) {
        out() << QStringLiteral("%1: observed %2, expected %3 (exact %4), sd %5 (exact %6), "
                                "99.9 % %7, excess %8%9\n")
                     .arg(what)
                     .arg(c.observed)
                     .arg(number(c.expected))
                     .arg(number(c.exactExpected))
                     .arg(number(c.standardDeviation))
                     .arg(number(c.exactStandardDeviation))
                     .arg(number(c.percentile999))
                     .arg(number(c.excess()))
                     .arg(c.aboveBand() ? QStringLiteral(" ABOVE BAND") : QString());
    };
    printCount(QStringLiteral("integer turnout"), integerResult.turnout);
    printCount(QStringLiteral("integer leader share"), integerResult.leaderShare);
    printCount(QStringLiteral("integer either"), integerResult.either);
    out().flush();
    return 0;
}
