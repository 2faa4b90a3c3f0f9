#pragma once

#include "ContestTally.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

class Database;

/** The outcome of each contest of an election by contest id, as ContestResults tallies it. */
using ContestOutcomes = QHash<qint64, ContestOutcome>;

/** The names of a territory or party in the three languages of an election. */
struct ChartNames
{
    QString code;
    QString nameKk;
    QString nameRu;
    QString nameEn;
};

/**
 * Which part of the election a chart shows: the whole country (no code), one region or one
 * district. Charts that compare territories show the children of the scope: the regions of the
 * country, the districts of a region, the okrugs of a district.
 */
struct ChartScope
{
    qint64 electionId = 0;
    qint64 territoryId = 0; ///< 0 = the whole election
    QString territoryCode;  ///< empty = the whole election
    ChartNames names;       ///< of the territory; empty for the whole election
    QString parentCode;     ///< the region of a district; empty for a region or the election
    int childDepth = 0;     ///< depth of the territories compared (0 regions, 1 districts, ...)
    bool isWholeElection() const { return territoryId == 0; }
};

/** Turnout of one territory from its accepted protocols. */
struct TerritoryTurnout
{
    ChartNames names;
    int stationsReported = 0;
    qint64 votersReported = 0;     ///< voters on the list (A) of its accepted protocols
    qint64 ballotsIssued = 0;      ///< C + C2 of its accepted protocols
    double turnoutPercent() const; ///< rounded to one decimal, as the summary shows it
};

/** Turnout by territory, highest first, with the value of the whole scope (the national line). */
struct TurnoutByTerritory
{
    ChartScope scope;
    QList<TerritoryTurnout> territories;
    TerritoryTurnout total; ///< the whole scope
};

/** One hour of a turnout-through-the-day line. */
struct HourlyTurnout
{
    QString hour;           ///< "10:00"
    int stations = 0;       ///< stations that reported at this hour
    qint64 voters = 0;      ///< voters on the list of those stations (see ChartQueries)
    qint64 received = 0;    ///< voters who had received a ballot by this hour
    double percent() const; ///< 100 × received / voters, one decimal; 0 without voters
};

/** The turnout of one territory at each turnout hour of the election. */
struct TurnoutLine
{
    ChartNames names;
    QList<HourlyTurnout> hours; ///< one per election hour, in order
};

/** Turnout through the day: a line per territory and one for the whole scope. */
struct TurnoutThroughDay
{
    ChartScope scope;
    QStringList hours;        ///< the election's turnout hours, in order
    QList<TurnoutLine> lines; ///< by territory, ordered by code
    TurnoutLine total;
};

/** A count per party (candidates registered or seats won), with the party's colour. */
struct PartyCount
{
    ChartNames names;
    QString shortName;
    QString color; ///< "#RRGGBB", or empty when the party has none
    int count = 0;
};

/** Registered candidates by way of nomination and by party. */
struct CandidatesByNomination
{
    ChartScope scope;
    int party = 0;             ///< registered, nominated by a party
    int selfNominated = 0;     ///< registered, self-nominated
    QList<PartyCount> byParty; ///< every party of the election, most candidates first
};

/** Seats won by each party and by self-nominated candidates. */
struct SeatsWon
{
    ChartScope scope;
    QList<PartyCount> byParty; ///< parties that won at least one seat, most seats first
    int selfNominated = 0;
    int undecided = 0; ///< seats of contests not decided (pending, tied, against all)
    int total() const; ///< every seat of the scope
};

/** How many stations fall in each 5-point band of turnout: [0, 5), [5, 10) … [95, 100]. */
struct TurnoutHistogram
{
    ChartScope scope;
    static constexpr int binWidth = 5;
    QList<int> counts; ///< 20 bins; a station at exactly 100 % counts in the last one
    int stations() const;
};

/** One station of the turnout-against-winner's-share scatter. */
struct StationPoint
{
    QString code;
    double turnout = 0;     ///< percent
    double winnerShare = 0; ///< the contest winner's votes over the station's valid ballots, %
};

/** Turnout against the winner's share, one point per reporting station of a decided contest. */
struct TurnoutScatter
{
    ChartScope scope;
    QList<StationPoint> points;
    int stations = 0; ///< stations eligible; points hold a systematic sample above maxPoints
    static constexpr int maxPoints = 5000;
};

/**
 * The data behind the turnout and results charts, for the whole election or one territory.
 * Every query is grouped (no query per station) and reads the covering indexes of schema v2.
 */
class ChartQueries
{
    Q_DECLARE_TR_FUNCTIONS(ChartQueries)

public:
    ChartQueries() = delete;

    /** The scope of @p territoryCode (empty = whole election); Error "charts.no-territory". */
    static Outcome<ChartScope> scope(const Database &db, const QString &territoryCode);
    /** The regions of the election (depth 0) with elections, by code: the filter's choices. */
    static Outcome<QList<ChartNames>> regions(const Database &db);

    static Outcome<TurnoutByTerritory> turnoutByTerritory(const Database &db,
                                                          const ChartScope &scope);
    /**
     * At each hour, the sum of the voters who had received a ballot over the voters on the
     * list of the stations that reported at that hour. A station's voters on the list are the
     * figure A of its accepted protocol, or its registered voters while it has none, so that
     * the last hour meets the final turnout once the protocols are in.
     */
    static Outcome<TurnoutThroughDay> turnoutThroughDay(const Database &db,
                                                        const ChartScope &scope);
    static Outcome<CandidatesByNomination> candidatesByNomination(const Database &db,
                                                                  const ChartScope &scope);
    /** @p outcomes: the election's tally when the caller has it already (else tallied here). */
    static Outcome<SeatsWon> seatsWon(const Database &db, const ChartScope &scope,
                                      const ContestOutcomes *outcomes = nullptr);
    /** Stations with an accepted protocol and voters on the list (A > 0). */
    static Outcome<TurnoutHistogram> turnoutHistogram(const Database &db, const ChartScope &scope);
    /** Stations with an accepted protocol, A > 0 and valid ballots, in decided contests. */
    static Outcome<TurnoutScatter> turnoutScatter(const Database &db, const ChartScope &scope,
                                                  const ContestOutcomes *outcomes = nullptr);
};

} // namespace bd
