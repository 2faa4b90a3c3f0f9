#pragma once

#include "BravoAudit.h"
#include "DigitTests.h"
#include "Fingerprint.h"
#include "IntegerPercentTest.h"
#include "IntegrityQuery.h"
#include "OutlierRanking.h"
#include "RecountAlerts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

namespace bd {

/** What the integrity analysis pools and how hard it looks. */
struct IntegrityOptions
{
    QString regionCode;     ///< empty: the whole election; else only this region's stations
    bool perRegion = false; ///< also analyse each region on its own (the CLI's table)
    int replicates = 100;   ///< Monte Carlo replicates; 0: the exact expectation instead
    quint64 seed = 42;
    qint64 minVoters = 100;               ///< smaller stations stay out of every figure
    double recountThresholdPercent = 0.5; ///< margin at or below this % of valid votes alerts
    double riskLimit = 0.05;              ///< of the BRAVO audit plans
    int top = 20;                         ///< ranked stations kept
    double flagQValue = 0.05;             ///< false discovery rate at which a station counts
    int threads = 0;                      ///< 0: every core
};

/** The figures of one pool of stations: the whole election or one region. */
struct IntegrityPool
{
    QString regionCode; ///< empty for the whole election
    ChartNames names;   ///< of the region; empty for the whole election
    qint64 stations = 0;
    FingerprintHistogram observed;
    FingerprintHistogram resimulated;
    IntegerPercentResult integer;
    DigitTestResult secondDigit;
    DigitTestResult lastDigit;
};

/** A station of the ranked list, named for a person, with the protocol to open. */
struct IntegrityRankedStation
{
    StationOutlier outlier;
    qint64 protocolId = 0;
    qint64 contestId = 0;
    QString contestCode;
    IntegrityStationLabel label;
    QString regionCode;
    ChartNames regionNames;
    qint64 voters = 0;
};

/** The recount alert and audit plan of one contest. */
struct IntegrityContestCheck
{
    qint64 contestId = 0;
    QString code;
    QString name;
    qint64 protocols = 0;
    qint64 acceptedProtocols = 0;
    bool complete = false; ///< every protocol accepted: only then are the checks below made
    RecountAlert recount;
    BravoPlan audit;
};

/** The audit plans of the complete contests, counted by kind. */
struct IntegrityAuditTotals
{
    qint64 complete = 0;      ///< contests with every protocol accepted
    qint64 sample = 0;        ///< planned as a ballot-polling sample
    qint64 fullHandCount = 0; ///< a full hand count is less work or needed (tie)
    qint64 notNeeded = 0;     ///< uncontested, or the winner has every ballot
    qint64 ballots = 0;       ///< ballots to draw over the sampled contests (90 % completion)
};

/** Everything the integrity analysis found, with the settings it ran with. */
struct IntegrityReport
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityReport)

public:
    IntegrityOptions options;
    QString electionName;
    bool synthetic = false;
    qint64 protocolsTotal = 0;            ///< of the pooled territory, every state
    qint64 protocolsAccepted = 0;         ///< of which accepted: the stations analysed
    QList<IntegrityPool> pools;           ///< [0] the pool asked for, then each region if perRegion
    QList<IntegrityRankedStation> ranked; ///< the top options.top, most suspicious first
    qint64 stationsScored = 0;
    qint64 stationsFlagged = 0; ///< q-value ≤ options.flagQValue
    qint64 stationsExcludedSmall = 0;
    qint64 stationsExcludedInconsistent = 0;
    QList<IntegrityContestCheck> contests; ///< every contest of the pool, by code
    qint64 contestsPending = 0;            ///< not every protocol accepted yet

    const IntegrityPool &main() const { return pools.first(); }
    /** The contests whose recount alert is raised. */
    QList<IntegrityContestCheck> recountAlerts() const;
    /** The audit plans of the complete contests, by kind, with the ballots to draw. */
    IntegrityAuditTotals auditTotals() const;

    /** Every figure; @p full adds the histograms' cells and the replicates' counts. */
    QJsonObject toJson(bool full = false) const;

    /** The warning every view and report of these figures carries. */
    static QString caution();
    /** One ranked station's reasons in plain words, e.g. "turnout 97.0 % (region 61.2 %)". */
    static QString describe(const OutlierEvidence &evidence, const QLocale &locale = {});
    static QString describe(const QList<OutlierEvidence> &reasons, const QLocale &locale = {});
    /** A ranked station's reasons, or its two robust z-scores when no single figure stands out. */
    static QString describe(const StationOutlier &station, const QLocale &locale = {});
    /** "Alert: margin 12 votes (0.31 %), within invalid and unexplained ballots" and so on. */
    static QString describe(const RecountAlert &alert, const QLocale &locale = {});
    /** A q-value as the tables print it: three decimals, or 1.2e-05 below 0.001. */
    static QString qValueText(double qValue, const QLocale &locale = {});
    /** "Sample 1,599 ballots (90 %)", "Full hand count", "Not needed". */
    static QString describe(const BravoPlan &plan, const QLocale &locale = {});
};

/**
 * Runs every integrity check of integrity-analytics.md over an election's accepted protocols:
 * fingerprint and its binomial resimulation, the integer-percentage test, the digit tests, the
 * outlier ranking, and per complete contest the recount alert and the BRAVO audit plan.
 *
 * Pure computation over IntegrityData except for naming the ranked stations; call it from a
 * worker thread with that thread's own Database. @p progress (may be empty) sees 0…100 and
 * may cancel between steps.
 */
class IntegrityAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityAnalysis)

public:
    IntegrityAnalysis() = delete;

    /** Loads the data from @p db and analyses it. */
    static Outcome<IntegrityReport> run(const Database &db, const IntegrityOptions &options = {},
                                        const ProgressCallback &progress = {});
    /** Analyses loaded data; station names come from @p db when given. */
    static Outcome<IntegrityReport> run(const IntegrityData &data, const Database *db,
                                        const IntegrityOptions &options = {},
                                        const ProgressCallback &progress = {});
};

} // namespace bd
