#include "HourlyTurnoutRules.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace bd {

namespace {

// Report hours are the election's fixed local hours, written HH:MM on the paper forms, in
// turnout.csv and on the chart; messages name them the same way in every language.
QString hourText(QTime hour)
{
    return hour.toString(u"HH:mm");
}

} // namespace

QList<Finding> HourlyTurnoutRules::check(const QList<TurnoutReading> &readingsInHourOrder,
                                         std::optional<qint64> votersOnList)
{
    QList<TurnoutReading> readings = readingsInHourOrder;
    std::stable_sort(
        readings.begin(), readings.end(),
        [](const TurnoutReading &a, const TurnoutReading &b) { return a.hour < b.hour; });

    const QLocale locale;
    QList<Finding> lower;
    QList<Finding> aboveList;
    std::optional<TurnoutReading> highest;
    for (const TurnoutReading &reading : std::as_const(readings)) {
        if (highest && reading.votersReceivedBallots < highest->votersReceivedBallots) {
            Finding f;
            f.code = QStringLiteral("T.F.301");
            f.severity = Severity::Error;
            f.hour = reading.hour;
            f.message =
                tr("The %1 report (%2 voters received ballots) is lower than the earlier "
                   "%3 report (%4).")
                    .arg(hourText(reading.hour), locale.toString(reading.votersReceivedBallots),
                         hourText(highest->hour), locale.toString(highest->votersReceivedBallots));
            f.advice = tr("Check both reports with the polling station: the number of voters "
                          "who received ballots can only grow during the day.");
            lower << f;
        }
        if (!highest || reading.votersReceivedBallots > highest->votersReceivedBallots)
            highest = reading;

        if (votersOnList && reading.votersReceivedBallots > *votersOnList) {
            Finding f;
            f.code = QStringLiteral("T.F.302");
            f.severity = Severity::Error;
            f.hour = reading.hour;
            f.message =
                tr("The %1 report (%2 voters received ballots) exceeds the %3 voters on "
                   "the list.")
                    .arg(hourText(reading.hour), locale.toString(reading.votersReceivedBallots),
                         locale.toString(*votersOnList));
            f.advice = tr("Check the report with the polling station, and the number of voters "
                          "on its list.");
            aboveList << f;
        }
    }
    return lower + aboveList;
}

} // namespace bd
