#include "AnalyzeCommand.h"

#include "Database.h"
#include "IntegrityAnalysis.h"
#include "LocalizedName.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace bd::cli {

namespace {

const QString kDb = QStringLiteral("db");
const QString kJson = QStringLiteral("json");
const QString kFull = QStringLiteral("full");
const QString kRegion = QStringLiteral("region");
const QString kPerRegion = QStringLiteral("per-region");
const QString kReplicates = QStringLiteral("replicates");
const QString kSeed = QStringLiteral("seed");
const QString kMinVoters = QStringLiteral("min-voters");
const QString kRisk = QStringLiteral("risk-limit");
const QString kRecount = QStringLiteral("recount-threshold");
const QString kTop = QStringLiteral("top");

QString poolName(const QLocale &locale, const IntegrityPool &pool)
{
    if (pool.regionCode.isEmpty())
        return AnalyzeCommand::tr("Whole election");
    return LocalizedName::pick(locale, pool.names.nameKk, pool.names.nameRu, pool.names.nameEn);
}

} // namespace

QString AnalyzeCommand::summary() const
{
    return tr("Check the accepted protocols statistically: fingerprint, whole percentages, "
              "digit tests, stations to look at first, recount alerts and audit sizes.");
}

void AnalyzeCommand::defineOptions(QCommandLineParser &parser) const
{
    parser.addOption({kDb, tr("The election file to read."), tr("FILE")});
    parser.addOption({kJson, tr("Print one JSON object instead of tables.")});
    parser.addOption(
        {kFull, tr("With --json: add the histograms' cells and every replicate's count.")});
    parser.addOption({kRegion, tr("Analyse only the region with this code."), tr("CODE")});
    parser.addOption({kPerRegion, tr("Also analyse each region on its own.")});
    parser.addOption({kReplicates,
                      tr("Monte Carlo replicates of the whole-percentage test (default 100)."),
                      tr("N")});
    parser.addOption({kSeed, tr("Seed of the random numbers (default 42)."), tr("N")});
    parser.addOption({kMinVoters,
                      tr("Leave out stations with fewer voters on the list (default 100)."),
                      tr("N")});
    parser.addOption(
        {kRisk, tr("Risk limit of the audit plans, in percent (default 5)."), tr("PERCENT")});
    parser.addOption({kRecount,
                      tr("Recount alert at or below this margin, in percent of valid votes "
                         "(default 0.5)."),
                      tr("PERCENT")});
    parser.addOption({kTop, tr("Ranked stations to print (default 20)."), tr("N")});
}

bool AnalyzeCommand::readOptions(const QCommandLineParser &parser, CliStreams streams,
                                 IntegrityOptions &options, int *rc) const
{
    auto whole = [&](const QString &name, qint64 minimum, qint64 &value) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const qint64 n = parser.value(name).toLongLong(&ok);
        if (!ok || n < minimum) {
            *rc = usageError(streams, tr("--%1 must be a whole number of at least %2, not \"%3\".")
                                          .arg(name)
                                          .arg(minimum)
                                          .arg(parser.value(name)));
            return false;
        }
        value = n;
        return true;
    };
    auto percent = [&](const QString &name, double minimum, double maximum, double &value) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double p = QLocale::c().toDouble(parser.value(name), &ok);
        if (!ok || p < minimum || p >= maximum) {
            *rc = usageError(streams, tr("--%1 must be a percentage from %2 up to %3, not \"%4\".")
                                          .arg(name)
                                          .arg(minimum)
                                          .arg(maximum)
                                          .arg(parser.value(name)));
            return false;
        }
        value = p;
        return true;
    };
    qint64 replicates = options.replicates;
    qint64 seed = static_cast<qint64>(options.seed);
    qint64 top = options.top;
    double risk = options.riskLimit * 100.0;
    if (!whole(kReplicates, 0, replicates) || !whole(kSeed, 0, seed) ||
        !whole(kMinVoters, 0, options.minVoters) || !whole(kTop, 0, top) ||
        !percent(kRisk, 0.001, 100.0, risk) ||
        !percent(kRecount, 0.0, 100.0, options.recountThresholdPercent))
        return false;
    if (replicates > 100000) {
        *rc = usageError(streams, tr("--replicates must be at most 100000."));
        return false;
    }
    options.replicates = static_cast<int>(replicates);
    options.seed = static_cast<quint64>(seed);
    options.top = static_cast<int>(std::min<qint64>(top, 1000000));
    options.riskLimit = risk / 100.0;
    options.regionCode = parser.value(kRegion);
    options.perRegion = parser.isSet(kPerRegion);
    return true;
}

int AnalyzeCommand::execute(const QCommandLineParser &parser, CliStreams streams)
{
    if (const int rc = checkArguments(parser, streams, {kDb}); rc != Success)
        return rc;
    if (parser.isSet(kFull) && !parser.isSet(kJson))
        return usageError(streams, tr("--full needs --json."));
    if (parser.isSet(kRegion) && parser.isSet(kPerRegion))
        return usageError(streams, tr("--region and --per-region exclude each other."));
    IntegrityOptions options;
    int rc = Success;
    if (!readOptions(parser, streams, options, &rc))
        return rc;

    auto db = Database::open(parser.value(kDb), Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(streams, db.error());

    // Progress on a terminal only; a pipe or a test reads clean output.
    const bool terminal = isatty(fileno(stderr)) != 0;
    int shown = -1;
    auto progress = [&](int percent) {
        if (terminal && percent != shown) {
            shown = percent;
            streams.err << '\r' << tr("Analysing… %1 %").arg(percent);
            streams.err.flush();
        }
        return true;
    };
    auto report = IntegrityAnalysis::run(*db, options, progress);
    if (terminal) {
        streams.err << '\r' << QString(30, QLatin1Char(' ')) << '\r';
        streams.err.flush();
    }
    if (!report)
        return fail(streams, report.error());

    if (parser.isSet(kJson)) {
        streams.out << QString::fromUtf8(
            QJsonDocument(report->toJson(parser.isSet(kFull))).toJson(QJsonDocument::Indented));
        streams.out.flush();
    } else {
        printTable(*report, streams.out);
    }
    return Success;
}

void AnalyzeCommand::printTable(const IntegrityReport &r, QTextStream &out)
{
    const QLocale locale;
    auto number = [&locale](qint64 n) {
        return locale.toString(n);
    };
    auto decimal = [&locale](double x, int decimals = 1) {
        return std::isfinite(x) ? locale.toString(x, 'f', decimals) : QStringLiteral("—");
    };
    auto percent = [&](double fraction) {
        return decimal(100.0 * fraction) + QLatin1String(" %");
    };
    auto line = [&out](const QString &label, const QString &value) {
        out << label.leftJustified(40, QLatin1Char(' ')) << value << '\n';
    };

    const IntegrityPool &pool = r.main();
    out << tr("Integrity analysis: %1").arg(r.electionName) << '\n';
    if (r.synthetic)
        out << tr("Demo data: published totals, synthetic details") << '\n';
    out << '\n' << r.caution() << "\n\n";
    line(tr("Pool"), poolName(locale, pool));
    line(tr("Protocols accepted"),
         tr("%1 of %2").arg(number(r.protocolsAccepted), number(r.protocolsTotal)));
    line(tr("Stations in the fingerprint"),
         tr("%1 (%2 with fewer than %3 voters, %4 inconsistent left out)")
             .arg(number(pool.observed.stationsIncluded),
                  number(pool.observed.stationsExcludedSmall), number(r.options.minVoters),
                  number(pool.observed.stationsExcludedInconsistent)));

    const IntegerPercentResult &i = pool.integer;
    out << '\n'
        << tr("Whole percentages (%1 stations, %2 replicates, seed %3)")
               .arg(number(i.stationsIncluded), number(i.replicates),
                    QString::number(r.options.seed))
        << '\n';
    out << QString().leftJustified(18) << tr("observed").rightJustified(10)
        << tr("expected").rightJustified(11) << tr("99.9 % band").rightJustified(13)
        << tr("excess").rightJustified(10) << '\n';
    auto integerRow = [&](const QString &label, const IntegerStationCount &c) {
        out << label.leftJustified(18) << number(c.observed).rightJustified(10)
            << decimal(c.expected).rightJustified(11) << decimal(c.percentile999).rightJustified(13)
            << decimal(c.excess()).rightJustified(10)
            << (c.aboveBand() ? QStringLiteral("  ") + tr("above the band") : QString()) << '\n';
    };
    integerRow(tr("turnout"), i.turnout);
    integerRow(tr("leader's share"), i.leaderShare);
    integerRow(tr("either"), i.either);

    out << '\n' << tr("Digit tests (low-weight indicators)") << '\n';
    auto digitLine = [&](const QString &label, const DigitTestResult &d, const QString &figure) {
        line(label, d.enoughCounts ? figure + tr(", χ² p = %1").arg(decimal(d.pValue, 3))
                                   : tr("too few counts (%1)").arg(number(d.countsUsed)));
    };
    digitLine(
        tr("Second digit (2BL) mean"), pool.secondDigit,
        tr("%1 (expected %2)")
            .arg(decimal(pool.secondDigit.mean, 3), decimal(pool.secondDigit.expectedMean, 3)));
    digitLine(tr("Last digit: share of 0 and 5"), pool.lastDigit,
              tr("%1 (expected 20.0 %)").arg(percent(pool.lastDigit.shareZeroFive)));

    if (r.pools.size() > 1) {
        out << '\n' << tr("Whole percentages by region (either)") << '\n';
        out << tr("Region").leftJustified(28) << tr("stations").rightJustified(10)
            << tr("observed").rightJustified(10) << tr("expected").rightJustified(11)
            << tr("excess").rightJustified(10) << '\n';
        for (qsizetype p = 1; p < r.pools.size(); ++p) {
            const IntegrityPool &region = r.pools.at(p);
            const IntegerStationCount &c = region.integer.either;
            out << poolName(locale, region).leftJustified(28, QLatin1Char(' '), true)
                << number(region.integer.stationsIncluded).rightJustified(10)
                << number(c.observed).rightJustified(10) << decimal(c.expected).rightJustified(11)
                << decimal(c.excess()).rightJustified(10)
                << (c.aboveBand() ? QStringLiteral("  ") + tr("above the band") : QString())
                << '\n';
        }
    }

    out << '\n'
        << tr("Most unusual stations first: %1 of %2 stand out at a false discovery rate of %3")
               .arg(number(r.stationsFlagged), number(r.stationsScored),
                    percent(r.options.flagQValue))
        << '\n';
    if (!r.ranked.isEmpty()) {
        out << tr("#").rightJustified(4) << ' ' << tr("Station").leftJustified(16)
            << tr("Region").leftJustified(10) << tr("Turnout").rightJustified(9)
            << tr("Leader").rightJustified(9) << tr("q-value").rightJustified(10) << "  "
            << tr("Why") << '\n';
        int rank = 0;
        for (const IntegrityRankedStation &s : r.ranked) {
            const QString q = IntegrityReport::qValueText(s.outlier.qValue, locale);
            out << number(++rank).rightJustified(4) << ' '
                << (s.label.code.isEmpty() ? number(s.outlier.stationId) : s.label.code)
                       .leftJustified(15, QLatin1Char(' '), true)
                << ' ' << s.regionCode.leftJustified(10, QLatin1Char(' '), true)
                << percent(s.outlier.turnout).rightJustified(9)
                << percent(s.outlier.leaderShare).rightJustified(9) << q.rightJustified(10) << "  "
                << IntegrityReport::describe(s.outlier, locale) << '\n';
        }
    }

    const QList<IntegrityContestCheck> alerts = r.recountAlerts();
    out << '\n'
        << tr("Recount alerts: %1 of %2 complete contests (%3 still counting)")
               .arg(number(alerts.size()), number(r.auditTotals().complete),
                    number(r.contestsPending))
        << '\n';
    for (const IntegrityContestCheck &c : alerts)
        out << "  " << c.code.leftJustified(16) << ' '
            << IntegrityReport::describe(c.recount, locale) << '\n';

    const IntegrityAuditTotals audit = r.auditTotals();
    out << '\n'
        << tr("Ballot-polling audit (BRAVO, risk limit %1): %2 contests by sample, %3 by full "
              "hand count; %4 ballots to draw for a 90 % chance to finish in one round")
               .arg(percent(r.options.riskLimit), number(audit.sample), number(audit.fullHandCount),
                    number(audit.ballots))
        << '\n';
    out.flush();
}

} // namespace bd::cli
