#include "IntegrityAnalysis.h"

#include "Database.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace bd {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject namesJson(const ChartNames &names)
{
    return {{QStringLiteral("code"), names.code},
            {QStringLiteral("name_kk"), names.nameKk},
            {QStringLiteral("name_ru"), names.nameRu},
            {QStringLiteral("name_en"), names.nameEn}};
}

QJsonArray cellsJson(const QList<double> &cells)
{
    QJsonArray array;
    for (double c : cells)
        array.append(c);
    return array;
}

QJsonObject histogramJson(const FingerprintHistogram &h, bool full)
{
    QJsonObject o{
        {QStringLiteral("stations_included"), h.stationsIncluded},
        {QStringLiteral("stations_excluded_small"), h.stationsExcludedSmall},
        {QStringLiteral("stations_excluded_inconsistent"), h.stationsExcludedInconsistent},
        {QStringLiteral("total_weight"), h.totalWeight},
        {QStringLiteral("bins"), FingerprintHistogram::kBins}};
    if (full)
        o.insert(QStringLiteral("cells_share_by_turnout"), cellsJson(h.cells));
    return o;
}

QJsonObject countJson(const IntegerStationCount &c, bool full)
{
    QJsonObject o{{QStringLiteral("observed"), c.observed},
                  {QStringLiteral("expected"), number(c.expected)},
                  {QStringLiteral("excess"), number(c.excess())},
                  {QStringLiteral("standard_deviation"), number(c.standardDeviation)},
                  {QStringLiteral("percentile_99_9"), number(c.percentile999)},
                  {QStringLiteral("above_band"), c.aboveBand()},
                  {QStringLiteral("exact_expected"), number(c.exactExpected)},
                  {QStringLiteral("exact_standard_deviation"), number(c.exactStandardDeviation)}};
    if (full) {
        QJsonArray replicates;
        for (qint64 r : c.replicateCounts)
            replicates.append(r);
        o.insert(QStringLiteral("replicate_counts"), replicates);
    }
    return o;
}

QJsonObject digitJson(const DigitTestResult &d)
{
    QJsonArray observed;
    QJsonArray expected;
    for (int i = 0; i < 10; ++i) {
        observed.append(d.observed.at(i));
        expected.append(d.expected.at(i));
    }
    return {{QStringLiteral("counts_used"), d.countsUsed},
            {QStringLiteral("counts_skipped"), d.countsSkipped},
            {QStringLiteral("enough_counts"), d.enoughCounts},
            {QStringLiteral("mean"), number(d.mean)},
            {QStringLiteral("expected_mean"), number(d.expectedMean)},
            {QStringLiteral("chi_square"), number(d.chiSquare)},
            {QStringLiteral("degrees_of_freedom"), d.degreesOfFreedom},
            {QStringLiteral("p_value"), number(d.pValue)},
            {QStringLiteral("share_zero_five"), number(d.shareZeroFive)},
            {QStringLiteral("observed"), observed},
            {QStringLiteral("expected_share"), expected}};
}

QJsonObject poolJson(const IntegrityPool &p, bool full)
{
    const IntegerPercentResult &i = p.integer;
    QJsonObject integer{
        {QStringLiteral("stations_included"), i.stationsIncluded},
        {QStringLiteral("stations_excluded_small"), i.stationsExcludedSmall},
        {QStringLiteral("stations_excluded_high"), i.stationsExcludedHigh},
        {QStringLiteral("stations_excluded_inconsistent"), i.stationsExcludedInconsistent},
        {QStringLiteral("replicates"), i.replicates},
        {QStringLiteral("turnout"), countJson(i.turnout, full)},
        {QStringLiteral("leader_share"), countJson(i.leaderShare, full)},
        {QStringLiteral("either"), countJson(i.either, full)}};
    if (full) {
        integer.insert(QStringLiteral("turnout_histogram"), cellsJson(i.turnoutHistogram));
        integer.insert(QStringLiteral("leader_share_histogram"), cellsJson(i.leaderShareHistogram));
    }
    QJsonObject o{{QStringLiteral("stations"), p.stations},
                  {QStringLiteral("fingerprint"), histogramJson(p.observed, full)},
                  {QStringLiteral("fingerprint_resimulated"), histogramJson(p.resimulated, full)},
                  {QStringLiteral("integer_percent"), integer},
                  {QStringLiteral("second_digit"), digitJson(p.secondDigit)},
                  {QStringLiteral("last_digit"), digitJson(p.lastDigit)}};
    if (!p.regionCode.isEmpty())
        o.insert(QStringLiteral("region"), namesJson(p.names));
    return o;
}

QString bravoKind(BravoPlan::Kind kind)
{
    switch (kind) {
    case BravoPlan::Kind::Sample:
        return QStringLiteral("sample");
    case BravoPlan::Kind::FullHandCount:
        return QStringLiteral("full-hand-count");
    case BravoPlan::Kind::NotNeeded:
        return QStringLiteral("not-needed");
    }
    return {};
}

QJsonObject contestJson(const IntegrityContestCheck &c)
{
    QJsonObject o{{QStringLiteral("code"), c.code},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("protocols"), c.protocols},
                  {QStringLiteral("accepted_protocols"), c.acceptedProtocols},
                  {QStringLiteral("complete"), c.complete}};
    if (!c.complete)
        return o;
    const RecountAlert &r = c.recount;
    o.insert(QStringLiteral("recount"),
             QJsonObject{{QStringLiteral("alert"), r.alert()},
                         {QStringLiteral("first_votes"), r.firstVotes},
                         {QStringLiteral("second_votes"), r.secondVotes},
                         {QStringLiteral("margin"), r.margin},
                         {QStringLiteral("denominator"), r.denominator},
                         {QStringLiteral("tie"), r.tie},
                         {QStringLiteral("close_margin"), r.closeMargin},
                         {QStringLiteral("within_discrepancy"), r.withinDiscrepancy}});
    QJsonArray quantiles;
    for (const BravoPlan::Quantile &q : c.audit.quantiles)
        quantiles.append(QJsonObject{{QStringLiteral("completion"), q.completion},
                                     {QStringLiteral("ballots"), q.ballots}});
    o.insert(QStringLiteral("audit"),
             QJsonObject{{QStringLiteral("kind"), bravoKind(c.audit.kind)},
                         {QStringLiteral("winner_share"), number(c.audit.winnerShare)},
                         {QStringLiteral("runner_up_share"), number(c.audit.runnerUpShare)},
                         {QStringLiteral("average_sample_number"), c.audit.averageSampleNumber},
                         {QStringLiteral("quantiles"), quantiles}});
    return o;
}

// The counts the digit tests read: every candidate's votes at every station of the pool.
QList<qint64> candidateCounts(const QList<StationFigures> &stations)
{
    QList<qint64> counts;
    for (const StationFigures &s : stations)
        counts.append(s.candidateVotes);
    return counts;
}

IntegrityPool analysePool(const QList<StationFigures> &stations, const IntegrityOptions &options)
{
    IntegrityPool pool;
    pool.stations = stations.size();
    FingerprintOptions fingerprint;
    fingerprint.minVoters = options.minVoters;
    fingerprint.seed = options.seed;
    pool.observed = Fingerprint::observed(stations, fingerprint);
    pool.resimulated = Fingerprint::resimulated(stations, fingerprint);
    IntegerPercentOptions integer;
    integer.minVoters = options.minVoters;
    integer.replicates = options.replicates;
    integer.seed = options.seed;
    integer.threads = options.threads;
    // The exact expectation costs as much as ~100 replicates; with a simulation it is only a
    // cross-check, so it is computed when there is no simulation to give the expectation.
    integer.exactExpectation = options.replicates == 0;
    pool.integer = IntegerPercentTest::run(stations, integer);
    const QList<qint64> counts = candidateCounts(stations);
    pool.secondDigit = DigitTests::secondDigitTest(counts);
    pool.lastDigit = DigitTests::lastDigitTest(counts);
    return pool;
}

IntegrityContestCheck checkContest(const IntegrityContest &c, const RecountOptions &recount,
                                   const BravoOptions &bravo)
{
    IntegrityContestCheck check;
    check.contestId = c.id;
    check.code = c.code;
    check.name = c.name;
    check.protocols = c.protocols;
    check.acceptedProtocols = c.acceptedProtocols;
    check.complete = c.complete();
    if (!check.complete)
        return check;
    qint64 candidates = 0;
    for (qint64 v : c.candidateVotes)
        candidates += v;
    ContestMargin margin;
    margin.contestId = c.id;
    margin.candidateVotes = c.candidateVotes;
    margin.validVotes = c.validVotes();
    margin.votesForOffice = candidates + c.againstAll;
    margin.invalidBallots = c.invalidBallots;
    margin.unexplainedBallots = c.unexplainedBallots;
    check.recount = RecountAlerts::check(margin, recount);
    check.audit = BravoAudit::plan({c.id, c.ballotsInBoxes, c.candidateVotes}, bravo);
    return check;
}

bool step(const ProgressCallback &progress, int percent)
{
    return !progress || progress(percent);
}

} // namespace

QList<IntegrityContestCheck> IntegrityReport::recountAlerts() const
{
    QList<IntegrityContestCheck> alerts;
    for (const IntegrityContestCheck &c : contests)
        if (c.complete && c.recount.alert())
            alerts.append(c);
    return alerts;
}

IntegrityAuditTotals IntegrityReport::auditTotals() const
{
    IntegrityAuditTotals totals;
    for (const IntegrityContestCheck &c : contests) {
        if (!c.complete)
            continue;
        ++totals.complete;
        switch (c.audit.kind) {
        case BravoPlan::Kind::Sample:
            ++totals.sample;
            if (!c.audit.quantiles.isEmpty())
                totals.ballots += c.audit.quantiles.last().ballots;
            break;
        case BravoPlan::Kind::FullHandCount:
            ++totals.fullHandCount;
            break;
        case BravoPlan::Kind::NotNeeded:
            ++totals.notNeeded;
            break;
        }
    }
    return totals;
}

QJsonObject IntegrityReport::toJson(bool full) const
{
    QJsonArray poolArray;
    for (const IntegrityPool &p : pools)
        poolArray.append(poolJson(p, full));

    QJsonArray top;
    for (const IntegrityRankedStation &r : ranked) {
        QJsonArray reasons;
        for (const OutlierEvidence &e : r.outlier.reasons)
            reasons.append(QJsonObject{{QStringLiteral("key"), OutlierRanking::reasonKey(e.reason)},
                                       {QStringLiteral("value"), e.value},
                                       {QStringLiteral("reference"), e.reference},
                                       {QStringLiteral("z"), e.zScore}});
        top.append(QJsonObject{
            {QStringLiteral("station_code"), r.label.code},
            {QStringLiteral("station_number"), r.label.number},
            {QStringLiteral("station_name"), r.label.name},
            {QStringLiteral("region_code"), r.regionCode},
            {QStringLiteral("contest_code"), r.contestCode},
            {QStringLiteral("protocol_id"), r.protocolId},
            {QStringLiteral("voters"), r.voters},
            {QStringLiteral("turnout"), r.outlier.turnout},
            {QStringLiteral("leader_share"), r.outlier.leaderShare},
            {QStringLiteral("turnout_z"), r.outlier.turnoutZ},
            {QStringLiteral("leader_share_z"), r.outlier.leaderShareZ},
            {QStringLiteral("pooled_nationally"), r.outlier.pooledNationally},
            {QStringLiteral("score"), number(r.outlier.score)},
            {QStringLiteral("p_value"), number(r.outlier.pValue)},
            {QStringLiteral("q_value"), number(r.outlier.qValue)},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("reasons_text"), describe(r.outlier, QLocale::c())},
        });
    }

    QJsonArray alerts;
    QJsonArray all;
    for (const IntegrityContestCheck &c : contests) {
        if (full)
            all.append(contestJson(c));
        if (c.complete && c.recount.alert())
            alerts.append(contestJson(c));
    }
    const IntegrityAuditTotals audit = auditTotals();
    QJsonObject contestsJson{{QStringLiteral("complete"), audit.complete},
                             {QStringLiteral("pending"), contestsPending},
                             {QStringLiteral("recount_alerts"), alerts},
                             {QStringLiteral("audit"),
                              QJsonObject{{QStringLiteral("risk_limit"), options.riskLimit},
                                          {QStringLiteral("sample"), audit.sample},
                                          {QStringLiteral("full_hand_count"), audit.fullHandCount},
                                          {QStringLiteral("not_needed"), audit.notNeeded},
                                          {QStringLiteral("sample_ballots_90"), audit.ballots}}}};
    if (full)
        contestsJson.insert(QStringLiteral("all"), all);

    return QJsonObject{
        {QStringLiteral("caution"), caution()},
        {QStringLiteral("election"), electionName},
        {QStringLiteral("synthetic"), synthetic},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("region_code"), options.regionCode},
                     {QStringLiteral("replicates"), options.replicates},
                     {QStringLiteral("seed"), QString::number(options.seed)},
                     {QStringLiteral("min_voters"), options.minVoters},
                     {QStringLiteral("recount_threshold_percent"), options.recountThresholdPercent},
                     {QStringLiteral("risk_limit"), options.riskLimit},
                     {QStringLiteral("top"), options.top},
                     {QStringLiteral("flag_q_value"), options.flagQValue}}},
        {QStringLiteral("protocols_total"), protocolsTotal},
        {QStringLiteral("protocols_accepted"), protocolsAccepted},
        {QStringLiteral("pools"), poolArray},
        {QStringLiteral("outliers"),
         QJsonObject{
             {QStringLiteral("stations_scored"), stationsScored},
             {QStringLiteral("stations_flagged"), stationsFlagged},
             {QStringLiteral("stations_excluded_small"), stationsExcludedSmall},
             {QStringLiteral("stations_excluded_inconsistent"), stationsExcludedInconsistent},
             {QStringLiteral("top"), top}}},
        {QStringLiteral("contests"), contestsJson},
    };
}

QString IntegrityReport::caution()
{
    return tr("A statistical signal is not proof. Unusual figures have innocent causes: a "
              "closed institution voting as one, a small or unusual station, a data-entry slip. "
              "Use these figures to decide where to look first; only a check of the protocol, a "
              "recount or an audit shows whether a result is wrong.");
}

QString IntegrityReport::describe(const OutlierEvidence &e, const QLocale &locale)
{
    auto percent = [&locale](double fraction) {
        return locale.toString(100.0 * fraction, 'f', 1);
    };
    switch (e.reason) {
    case OutlierReason::HighTurnout:
        return tr("turnout %1 %, far above the region's typical %2 % (robust z %3)")
            .arg(percent(e.value), percent(e.reference), locale.toString(e.zScore, 'f', 1));
    case OutlierReason::HighLeaderShare:
        return tr("leader's share %1 %, far above the region's typical %2 % (robust z %3)")
            .arg(percent(e.value), percent(e.reference), locale.toString(e.zScore, 'f', 1));
    case OutlierReason::FullTurnout:
        return tr("every voter on the list was issued a ballot");
    case OutlierReason::FullLeaderShare:
        return tr("every ballot in the boxes is for the leader");
    case OutlierReason::IntegerTurnout:
        return tr("turnout is a whole percentage (%1 %)")
            .arg(locale.toString(std::round(100.0 * e.value), 'f', 0));
    case OutlierReason::IntegerLeaderShare:
        return tr("leader's share is a whole percentage (%1 %)")
            .arg(locale.toString(std::round(100.0 * e.value), 'f', 0));
    }
    return {};
}

QString IntegrityReport::describe(const QList<OutlierEvidence> &reasons, const QLocale &locale)
{
    if (reasons.isEmpty())
        return tr("turnout and leader's share both above the region's typical values");
    QStringList parts;
    for (const OutlierEvidence &e : reasons)
        parts << describe(e, locale);
    return parts.join(QStringLiteral("; "));
}

QString IntegrityReport::describe(const StationOutlier &station, const QLocale &locale)
{
    if (!station.reasons.isEmpty())
        return describe(station.reasons, locale);
    return tr("turnout and share both high for the region (z %1, %2)")
        .arg(locale.toString(station.turnoutZ, 'f', 1),
             locale.toString(station.leaderShareZ, 'f', 1));
}

QString IntegrityReport::describe(const RecountAlert &a, const QLocale &locale)
{
    if (!a.alert())
        return tr("No alert: margin %1 votes").arg(locale.toString(a.margin));
    if (a.tie)
        return tr("Tie: the two leading candidates have %1 votes each")
            .arg(locale.toString(a.firstVotes));
    const QString share = a.denominator > 0
                              ? locale.toString(100.0 * static_cast<double>(a.margin) /
                                                    static_cast<double>(a.denominator),
                                                'f', 2)
                              : QStringLiteral("—");
    if (a.closeMargin && a.withinDiscrepancy)
        return tr("Margin %1 votes (%2 %): close, and within the invalid and unexplained "
                  "ballots")
            .arg(locale.toString(a.margin), share);
    if (a.closeMargin)
        return tr("Margin %1 votes (%2 %): at or below the recount threshold")
            .arg(locale.toString(a.margin), share);
    return tr("Margin %1 votes (%2 %): within the invalid and unexplained ballots")
        .arg(locale.toString(a.margin), share);
}

QString IntegrityReport::qValueText(double qValue, const QLocale &locale)
{
    if (!std::isfinite(qValue))
        return QStringLiteral("—");
    return qValue < 0.001 ? locale.toString(qValue, 'e', 1) : locale.toString(qValue, 'f', 3);
}

QString IntegrityReport::describe(const BravoPlan &plan, const QLocale &locale)
{
    switch (plan.kind) {
    case BravoPlan::Kind::Sample:
        if (plan.quantiles.isEmpty())
            return tr("Sample");
        return tr("Sample %1 ballots (%2 % chance to finish in one round)")
            .arg(locale.toString(plan.quantiles.last().ballots),
                 locale.toString(100.0 * plan.quantiles.last().completion, 'f', 0));
    case BravoPlan::Kind::FullHandCount:
        return tr("Full hand count");
    case BravoPlan::Kind::NotNeeded:
        return tr("Not needed");
    }
    return {};
}

Outcome<IntegrityReport> IntegrityAnalysis::run(const Database &db, const IntegrityOptions &options,
                                                const ProgressCallback &progress)
{
    auto data = IntegrityQuery::load(
        db, [&progress](int percent) { return step(progress, percent * 40 / 100); });
    if (!data)
        return data.error();
    return run(*data, &db, options,
               [&progress](int percent) { return step(progress, 40 + percent * 60 / 100); });
}

Outcome<IntegrityReport> IntegrityAnalysis::run(const IntegrityData &data, const Database *db,
                                                const IntegrityOptions &options,
                                                const ProgressCallback &progress)
{
    IntegrityReport report;
    report.options = options;
    report.electionName = data.electionName;
    report.synthetic = data.synthetic;

    const IntegrityRegion *chosen = nullptr;
    if (!options.regionCode.isEmpty()) {
        for (const IntegrityRegion &r : data.regions)
            if (r.names.code == options.regionCode)
                chosen = &r;
        if (chosen == nullptr)
            return Error{
                QStringLiteral("integrity.unknown-region"),
                tr("The election has no region with the code \"%1\".").arg(options.regionCode),
                {}};
    }
    if (options.replicates < 0 || options.top < 0 || options.minVoters < 0 ||
        !(options.riskLimit > 0.0 && options.riskLimit < 1.0) ||
        !(options.recountThresholdPercent >= 0.0))
        return Error{QStringLiteral("integrity.bad-options"),
                     tr("The analysis settings are out of range: replicates, top and minimum "
                        "voters must not be negative, the risk limit must be between 0 and 1 "
                        "and the recount threshold not negative."),
                     {}};

    // The pool: the stations (and the protocol of each) of the chosen region or of all.
    QList<StationFigures> stations;
    QList<qint64> protocols;
    if (chosen == nullptr) {
        stations = data.stations;
        protocols = data.protocolIds;
    } else {
        for (qsizetype i = 0; i < data.stations.size(); ++i) {
            if (data.stations.at(i).regionId == chosen->id) {
                stations.append(data.stations.at(i));
                protocols.append(data.protocolIds.at(i));
            }
        }
    }
    report.protocolsAccepted = stations.size();
    if (!step(progress, 5))
        return IntegrityQuery::cancelled();

    const int poolCount = 1 + (options.perRegion && chosen == nullptr ? data.regions.size() : 0);
    IntegrityPool first = analysePool(stations, options);
    if (chosen != nullptr) {
        first.regionCode = chosen->names.code;
        first.names = chosen->names;
    }
    report.pools.append(std::move(first));
    if (!step(progress, 5 + 60 / poolCount))
        return IntegrityQuery::cancelled();
    if (poolCount > 1) {
        QHash<qint64, QList<StationFigures>> byRegion;
        for (const StationFigures &s : data.stations)
            byRegion[s.regionId].append(s);
        int done = 1;
        for (const IntegrityRegion &r : data.regions) {
            IntegrityPool pool = analysePool(byRegion.value(r.id), options);
            pool.regionCode = r.names.code;
            pool.names = r.names;
            report.pools.append(std::move(pool));
            if (!step(progress, 5 + 60 * ++done / poolCount))
                return IntegrityQuery::cancelled();
        }
    }

    OutlierOptions outlierOptions;
    outlierOptions.minVoters = options.minVoters;
    const OutlierRankingResult ranking = OutlierRanking::rank(stations, outlierOptions);
    report.stationsScored = ranking.stations.size();
    report.stationsExcludedSmall = ranking.stationsExcludedSmall;
    report.stationsExcludedInconsistent = ranking.stationsExcludedInconsistent;
    for (const StationOutlier &o : ranking.stations)
        if (o.qValue <= options.flagQValue)
            ++report.stationsFlagged;
    if (!step(progress, 85))
        return IntegrityQuery::cancelled();

    // Name the top stations: the pool's index of each station gives its protocol and contest.
    QHash<qint64, qsizetype> indexOfStation;
    for (qsizetype i = 0; i < stations.size(); ++i)
        indexOfStation.insert(stations.at(i).stationId, i);
    QList<qint64> topIds;
    for (qsizetype i = 0; i < ranking.stations.size() && i < options.top; ++i)
        topIds.append(ranking.stations.at(i).stationId);
    QHash<qint64, IntegrityStationLabel> labels;
    if (db != nullptr && !topIds.isEmpty()) {
        auto named = IntegrityQuery::stationLabels(*db, topIds);
        if (!named)
            return named.error();
        labels = *named;
    }
    for (qsizetype i = 0; i < topIds.size(); ++i) {
        const StationOutlier &o = ranking.stations.at(i);
        const qsizetype at = indexOfStation.value(o.stationId, -1);
        IntegrityRankedStation r;
        r.outlier = o;
        r.label = labels.value(o.stationId);
        if (at >= 0) {
            const StationFigures &s = stations.at(at);
            r.protocolId = protocols.at(at);
            r.contestId = s.contestId;
            r.voters = s.voters;
            if (const IntegrityContest *c = data.contest(s.contestId))
                r.contestCode = c->code;
        }
        if (const IntegrityRegion *region = data.region(o.regionId)) {
            r.regionCode = region->names.code;
            r.regionNames = region->names;
        }
        report.ranked.append(r);
    }

    // Recount alert and audit plan of every complete contest; the plans cost most (a
    // binomial quantile search each), so the contests are shared among the cores.
    QList<const IntegrityContest *> pooled;
    for (const IntegrityContest &c : data.contests) {
        if (chosen != nullptr && c.regionId != chosen->id)
            continue;
        pooled.append(&c);
        report.protocolsTotal += c.protocols;
        report.contestsPending += c.complete() ? 0 : 1;
    }
    RecountOptions recount;
    recount.thresholdPercent = options.recountThresholdPercent;
    BravoOptions bravo;
    bravo.riskLimit = options.riskLimit;
    bravo.completions = {0.9}; // the one size reported; 70 % and 80 % would double the cost
    std::vector<IntegrityContestCheck> checks(static_cast<size_t>(pooled.size()));
    const qsizetype cores = options.threads > 0
                                ? options.threads
                                : static_cast<qsizetype>(std::thread::hardware_concurrency());
    const qsizetype used = std::clamp<qsizetype>(pooled.size(), 1, std::max<qsizetype>(cores, 1));
    auto checkContests = [&](qsizetype start) {
        for (qsizetype i = start; i < pooled.size(); i += used)
            checks[static_cast<size_t>(i)] = checkContest(*pooled.at(i), recount, bravo);
    };
    std::vector<std::thread> workers;
    for (qsizetype t = 1; t < used; ++t)
        workers.emplace_back(checkContests, t);
    checkContests(0);
    for (std::thread &worker : workers)
        worker.join();
    report.contests.reserve(pooled.size());
    for (IntegrityContestCheck &check : checks)
        report.contests.append(std::move(check));
    if (!step(progress, 100))
        return IntegrityQuery::cancelled();
    return report;
}

} // namespace bd
