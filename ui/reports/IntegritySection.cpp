#include "IntegritySection.h"

#include "IntegrityAnalysis.h"
#include "LocalizedName.h"
#include "ReportBuilder.h"

#include <QJsonArray>

#include <cmath>

namespace bd {

namespace {

QString percentText(const QLocale &locale, double fraction)
{
    return locale.toString(100.0 * fraction, 'f', 1) + QChar(0x00A0) + QLatin1Char('%');
}

QString decimalText(const QLocale &locale, double x, int decimals = 1)
{
    return std::isfinite(x) ? locale.toString(x, 'f', decimals) : QStringLiteral("—");
}

} // namespace

void IntegritySection::add(ReportBuilder &b, const IntegrityReport &r, const QLocale &locale)
{
    const IntegrityPool &pool = r.main();
    const IntegerPercentResult &integer = pool.integer;
    b.heading(tr("Integrity checks"));
    b.paragraph(r.caution(), 9.5);
    b.figures({
        {tr("Accepted protocols analysed"),
         tr("%1 of %2")
             .arg(locale.toString(r.protocolsAccepted), locale.toString(r.protocolsTotal))},
        {tr("Stations in the whole-percentage test"), locale.toString(integer.stationsIncluded)},
        {tr("Left out (fewer than %1 voters)").arg(locale.toString(r.options.minVoters)),
         locale.toString(integer.stationsExcludedSmall)},
        {tr("Left out (above 99 %)"), locale.toString(integer.stationsExcludedHigh)},
        {tr("Monte Carlo replicates, seed"),
         tr("%1, %2").arg(locale.toString(integer.replicates), QString::number(r.options.seed))},
        {tr("Stations standing out (q ≤ 0.05)"),
         tr("%1 of %2").arg(locale.toString(r.stationsFlagged), locale.toString(r.stationsScored))},
    });

    b.paragraph(tr("Whole percentages (Kobak, Shpilkin and Pshenichnikov, 2016): stations whose "
                   "turnout or leader's share lies within 0.05 points of a whole percent, "
                   "against the same stations redrawn with only binomial chance. Observed above "
                   "the 99.9 % band is unlikely by chance alone."));
    QList<QStringList> rows;
    auto row = [&](const QString &label, const IntegerStationCount &c) {
        rows.append({label, locale.toString(c.observed), decimalText(locale, c.expected),
                     decimalText(locale, c.percentile999), decimalText(locale, c.excess()),
                     c.aboveBand() ? tr("above the band") : tr("within the band")});
    };
    row(tr("Turnout"), integer.turnout);
    row(tr("Leader's share"), integer.leaderShare);
    row(tr("Either"), integer.either);
    b.table({{tr("Figure"), 2.2, Qt::AlignLeft},
             {tr("Observed"), 1.2},
             {tr("Expected"), 1.2},
             {tr("99.9 % band"), 1.3},
             {tr("Excess"), 1.1},
             {tr("Verdict"), 1.8, Qt::AlignLeft}},
            rows);

    auto digit = [&](const DigitTestResult &d, const QString &figure) {
        return d.enoughCounts ? figure : tr("too few counts");
    };
    b.paragraph(
        tr("Digit tests, low-weight indicators only: second-digit mean %1 (Benford expects %2); "
           "share of last digits 0 and 5: %3 (20 % expected).")
            .arg(digit(pool.secondDigit, decimalText(locale, pool.secondDigit.mean, 3)),
                 decimalText(locale, pool.secondDigit.expectedMean, 3),
                 digit(pool.lastDigit, percentText(locale, pool.lastDigit.shareZeroFive))));

    b.paragraph(tr("The most unusual stations: turnout and leader's share far above their "
                   "region's typical values rank first. Look at their protocols first."));
    QList<QStringList> ranked;
    for (qsizetype i = 0; i < r.ranked.size() && i < kRankedRows; ++i) {
        const IntegrityRankedStation &s = r.ranked.at(i);
        const QString q = IntegrityReport::qValueText(s.outlier.qValue, locale);
        ranked.append({locale.toString(i + 1), s.label.code,
                       LocalizedName::pick(locale, s.regionNames.nameKk, s.regionNames.nameRu,
                                           s.regionNames.nameEn),
                       percentText(locale, s.outlier.turnout),
                       percentText(locale, s.outlier.leaderShare), q,
                       IntegrityReport::describe(s.outlier, locale)});
    }
    if (ranked.isEmpty())
        b.paragraph(tr("No station has enough voters to be ranked."));
    else
        b.table({{tr("No."), 0.5, Qt::AlignLeft},
                 {tr("Station"), 1.6, Qt::AlignLeft},
                 {tr("Region"), 1.6, Qt::AlignLeft},
                 {tr("Turnout"), 0.8},
                 {tr("Leader"), 0.8},
                 {tr("q-value"), 0.8},
                 {tr("Why"), 4.6, Qt::AlignLeft}},
                ranked, 7);

    const QList<IntegrityContestCheck> alerts = r.recountAlerts();
    b.paragraph(tr("Recount alerts: margin at or below %1 of valid votes, or within the "
                   "invalid and unexplained ballots. %2 of %3 complete contests; %4 still "
                   "counting.")
                    .arg(locale.toString(r.options.recountThresholdPercent, 'f', 1) +
                             QChar(0x00A0) + QLatin1Char('%'),
                         locale.toString(alerts.size()), locale.toString(r.auditTotals().complete),
                         locale.toString(r.contestsPending)));
    if (!alerts.isEmpty()) {
        QList<QStringList> alertRows;
        for (const IntegrityContestCheck &c : alerts)
            alertRows.append({c.code, c.name, IntegrityReport::describe(c.recount, locale),
                              IntegrityReport::describe(c.audit, locale)});
        b.table({{tr("Code"), 2.0, Qt::AlignLeft},
                 {tr("Contest"), 2.2, Qt::AlignLeft},
                 {tr("Alert"), 5.0, Qt::AlignLeft},
                 {tr("Audit"), 1.6, Qt::AlignLeft}},
                alertRows, 7);
    }
    const IntegrityAuditTotals audit = r.auditTotals();
    b.paragraph(tr("Ballot-polling audit (BRAVO) at a risk limit of %1: %2 contests by sample, "
                   "%3 by full hand count; %4 ballots to draw in all for a 90 % chance that one "
                   "round confirms every outcome.")
                    .arg(percentText(locale, r.options.riskLimit), locale.toString(audit.sample),
                         locale.toString(audit.fullHandCount), locale.toString(audit.ballots)));
}

QJsonObject IntegritySection::figures(const IntegrityReport &report)
{
    QJsonObject all = report.toJson(false);
    // Only what the section prints: the caution's wording follows the report's language.
    all.remove(QStringLiteral("caution"));
    QJsonObject outliers = all.value(QStringLiteral("outliers")).toObject();
    QJsonArray top = outliers.value(QStringLiteral("top")).toArray();
    while (top.size() > kRankedRows)
        top.removeLast();
    for (qsizetype i = 0; i < top.size(); ++i) {
        QJsonObject station = top.at(i).toObject();
        station.remove(QStringLiteral("reasons_text"));
        top.replace(i, station);
    }
    outliers.insert(QStringLiteral("top"), top);
    all.insert(QStringLiteral("outliers"), outliers);
    return all;
}

} // namespace bd
