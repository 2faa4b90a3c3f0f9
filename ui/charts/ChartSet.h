#pragma once

#include "ChartQueries.h"

#include <QCoreApplication>
#include <QFlags>

#include <optional>

namespace bd {

class Database;

/** The data of the charts of one scope, computed together by one worker. */
struct ChartSet
{
    Q_DECLARE_TR_FUNCTIONS(ChartSet)

public:
    enum Part {
        Turnout = 0x01,
        TurnoutByHour = 0x02,
        Candidates = 0x04,
        Seats = 0x08,
        Histogram = 0x10,
        Scatter = 0x20,
        All = 0x3f,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    ChartScope scope;
    QList<ChartNames> regions; ///< the filter's choices
    std::optional<TurnoutByTerritory> turnout;
    std::optional<TurnoutThroughDay> turnoutByHour;
    std::optional<CandidatesByNomination> candidates;
    std::optional<SeatsWon> seats;
    std::optional<TurnoutHistogram> histogram;
    std::optional<TurnoutScatter> scatter;

    /** Runs the queries of @p parts for @p territoryCode (empty = the whole election). */
    static Outcome<ChartSet> compute(const Database &db, const QString &territoryCode, Parts parts);
    /** As compute(), on a connection of its own to the file at @p path (for worker threads). */
    static Outcome<ChartSet> computeFile(const QString &path, const QString &territoryCode,
                                         Parts parts);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChartSet::Parts)

} // namespace bd
