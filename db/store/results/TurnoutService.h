#pragma once

#include "Database.h"
#include "Finding.h"
#include "HourlyTurnoutRules.h"
#include "Outcome.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace bd {

/** A station's hourly reports as the entry page shows them. */
struct StationTurnout
{
    qint64 stationId = 0;
    QString stationCode;
    QString stationNumber;
    QString stationName;
    qint64 registeredVoters = 0;
    std::optional<qint64> protocolIssued; ///< C + C2 of the accepted protocol, when there is one
    QList<QTime> hours;                   ///< the election's report hours, in order
    QList<TurnoutReading> readings;       ///< the reports entered so far, in hour order
};

/** Turnout of an area at one report hour. */
struct TurnoutAtHour
{
    QTime hour;
    qint64 votersReceivedBallots = 0; ///< sum of the reports at that hour
    qint64 votersOnList = 0;          ///< registered voters of the stations that reported
    qint64 stationsReported = 0;
    qint64 stationsTotal = 0;
    double percent() const; ///< votersReceivedBallots / votersOnList × 100; 0 when none
};

/** Turnout of one region at each report hour. */
struct RegionTurnout
{
    qint64 territoryId = 0;
    QString code;
    QString name;
    QList<TurnoutAtHour> hours;
};

/**
 * Hourly turnout reports on election day: entry with T.F.301/T.F.302 (spec/protocol-rules.md),
 * national and regional turnout at each hour. Saving needs Operation::EnterTurnout, is one
 * Transaction with an AuditLog record and refuses reports with errors (code "turnout.rules",
 * the message lists the findings) or at an hour that is not one of the election's
 * ("turnout.hour").
 */
class TurnoutService
{
    Q_DECLARE_TR_FUNCTIONS(TurnoutService)

public:
    TurnoutService(const Database &db, Session session);

    /** The election's report hours, in order. */
    Outcome<QList<QTime>> hours(qint64 electionId) const;
    /** Type-ahead by station number or code prefix, at most @p limit. */
    Outcome<QList<StationTurnout>> find(qint64 electionId, const QString &prefix,
                                        int limit = 20) const;
    Outcome<StationTurnout> station(qint64 stationId) const;
    /** Findings of @p readings for the station (T.F.301, T.F.302), for live checks. */
    Outcome<QList<Finding>> check(qint64 stationId, const QList<TurnoutReading> &readings) const;
    /** Replaces the station's reports at the given hours (others stay). */
    Status save(qint64 stationId, const QList<TurnoutReading> &readings);
    /** Many stations at once, all or nothing (CLI import): station code → readings. */
    Status saveMany(qint64 electionId, const QList<QPair<QString, QList<TurnoutReading>>> &rows);

    /** National turnout at each hour. */
    Outcome<QList<TurnoutAtHour>> national(qint64 electionId) const;
    /** Each region's turnout at each hour, regions by code. */
    Outcome<QList<RegionTurnout>> regions(qint64 electionId) const;

private:
    const Database &m_db;
    Session m_session;
};

} // namespace bd
