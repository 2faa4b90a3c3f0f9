#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QTime>

#include <optional>

namespace bd {

/** One hourly turnout report of a polling station: voters who had received ballots by then. */
struct TurnoutReading
{
    QTime hour;
    qint64 votersReceivedBallots = 0;

    friend bool operator==(const TurnoutReading &a, const TurnoutReading &b) = default;
};

/** The rules of a station's hourly turnout reports on election day: T.F.301 and T.F.302. */
class HourlyTurnoutRules
{
    Q_DECLARE_TR_FUNCTIONS(HourlyTurnoutRules)

public:
    HourlyTurnoutRules() = delete;

    /**
     * Checks one station's reports. They are taken in hour order (a stable sort by hour is
     * applied, so reports of the same hour keep the given order).
     *
     * T.F.301 for each report lower than the highest earlier report (it names that report's
     * hour and value); T.F.302 for each report above @p votersOnList, when it is given.
     * Each finding's hour is the hour of the offending report. Order: all T.F.301 in hour
     * order, then all T.F.302 in hour order. Both are errors.
     */
    static QList<Finding> check(const QList<TurnoutReading> &readingsInHourOrder,
                                std::optional<qint64> votersOnList);
};

} // namespace bd
