#pragma once

#include "ContestTally.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

class Database;

/** The territories a map shows: every region, the districts of one region, the stations of one
 * district. */
enum class MapLevel { Regions, Districts, Stations };

/** What a map colours territories by. */
enum class MapMetric {
    TurnoutFinal,       ///< ballots issued (C + C2) over voters on the list (A), accepted protocols
    TurnoutAtHour,      ///< ballots received by an hour over the voters of the reporting stations
    ReportingProgress,  ///< stations with an accepted protocol over all stations
    SelfNominatedSeats, ///< seats won by self-nominated candidates over decided seats
    CandidatesPerSeat,  ///< registered candidates over seats
};

/** Turnout reports of one hour added up over a territory. */
struct HourFigures
{
    int stations = 0;    ///< stations that reported at that hour
    qint64 voters = 0;   ///< their registered voters
    qint64 received = 0; ///< voters who had received a ballot by then
};

/** The figures of one territory (or one station) of a map, from which every metric follows. */
struct MapFigures
{
    qint64 id = 0; ///< territory id, or polling station id at the Stations level
    QString code;
    QString kato;
    QString nameEn;
    QString nameKk;
    QString nameRu;
    std::optional<QPointF> lonLat; ///< stations only, when the register has coordinates
    int stations = 0;
    int stationsReported = 0;
    qint64 votersOnLists = 0;
    qint64 votersReported = 0;          ///< A of the accepted protocols
    qint64 ballotsIssued = 0;           ///< C + C2 of the accepted protocols
    QHash<QString, HourFigures> byHour; ///< keyed by report time "HH:MM"
    int seats = 0;
    int seatsDecided = 0;
    int seatsSelfNominated = 0;
    int candidatesRegistered = 0;
    QString storedBoundary; ///< a GeoJSON Feature imported for this territory, or empty

    /** The metric in percent (or candidates per seat); nullopt where it has no data. */
    std::optional<double> value(MapMetric metric, const QString &hour = {}) const;
    /** The name in @p language ("kk", "ru", anything else English), falling back to another. */
    QString name(const QString &language) const;
};

/** A request for one map level. */
struct MapRequest
{
    MapLevel level = MapLevel::Regions;
    QString parentCode; ///< the region (Districts) or district (Stations); empty for Regions
    /** Contest outcomes already computed for the election; computed here when null. */
    const QHash<qint64, ContestOutcome> *outcomes = nullptr;
};

/** The figures of one map level. */
struct MapData
{
    MapLevel level = MapLevel::Regions;
    qint64 electionId = 0;
    QString parentCode;
    QStringList hours; ///< the election's turnout report times, ascending
    QList<MapFigures> items;
};

/**
 * Aggregates per territory for the map: read from grouped scans joined to the territory
 * closure (never one query per territory), restricted to the parent's subtree below the
 * regional level.
 */
class MapQueries
{
    Q_DECLARE_TR_FUNCTIONS(MapQueries)

public:
    MapQueries() = delete;

    /** The figures of @p request's level; Error "map.unknown-territory" for an unknown parent. */
    static Outcome<MapData> load(const Database &db, const MapRequest &request);
    /** The outcome of every contest of the database's election (for MapRequest::outcomes). */
    static Outcome<QHash<qint64, ContestOutcome>> outcomes(const Database &db);
};

} // namespace bd
