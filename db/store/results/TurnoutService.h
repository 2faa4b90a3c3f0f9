#pragma once

#include "Database.h"
#include "Finding.h"
#include "HourlyTurnoutRules.h"
#include "Outcome.h"
#include "Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace bd {

/** A station's hourly reports as the entry page shows them. */
struct StationTurnout
{
    qint64 stationId = 0;
    qint64 electionId = 0;
    QString stationCode;
    QString stationNumber;
    QString stationName;
    qint64 registeredVoters = 0;
    std::optional<qint64> protocolIssued; ///< C + C2 of the accepted protocol, when there is one
    QList<QTime> hours;                   ///< the election's report hours, in order
    QList<TurnoutReading> readings;       ///< the reports entered so far, in hour order
    std::optional<qint64> protocolVotersOnList; ///< A of the accepted protocol, when there is one
    QString territoryName; ///< the station's lowest territory, in the interface language

    /** What T.F.302 compares with: the accepted protocol's A, else the registered voters. */
    qint64 votersOnList() const { return protocolVotersOnList.value_or(registeredVoters); }
    /** The stored report at @p hour, if any. */
    std::optional<qint64> readingAt(QTime hour) const;
};

/** Turnout of an area at one report hour. */
struct TurnoutAtHour
{
    QTime hour;
    qint64 votersReceivedBallots = 0; ///< sum of the reports at that hour
    /// voters on the list of the stations that reported: each station's accepted protocol's A,
    /// or its registered voters before that (as the charts and T.F.302 count them)
    qint64 votersOnList = 0;
    qint64 stationsReported = 0;
    qint64 stationsTotal = 0;
    /// votersReceivedBallots / votersOnList × 100, rounded half up to 1 decimal (as the charts);
    /// 0 when none
    double percent() const;
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
 *
 * The rules see the station's stored reports with the given ones in their place, so a single
 * new report is checked against the earlier and later reports already stored. T.F.302 compares
 * with the station's voters on the list: the accepted protocol's A when there is one, else the
 * station's registered voters. When the station has an accepted protocol, check() also gives
 * P.W.207 (a warning, which does not block saving) for the latest report that differs from
 * C + C2 by more than the election's threshold. Reports are replaced, never deleted.
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
    /**
     * As saveMany(), with the findings of every station (code "turnout.station" for an unknown
     * station code, "turnout.hour" for an hour that is not the election's, else the rule codes)
     * in @p findings, keyed by station code, so an importer can name each row.
     */
    Status saveMany(qint64 electionId, const QList<QPair<QString, QList<TurnoutReading>>> &rows,
                    QHash<QString, QList<Finding>> *findings);

    /** National turnout at each hour. */
    Outcome<QList<TurnoutAtHour>> national(qint64 electionId) const;
    /** Each region with polling stations: its turnout at each hour, regions by code. */
    Outcome<QList<RegionTurnout>> regions(qint64 electionId) const;
    /** The national figures as the sum of @p regions (the same as national(), one query less). */
    static QList<TurnoutAtHour> total(const QList<RegionTurnout> &regions);
    /** The first election of the file (a file holds one), or Error "turnout.no-election". */
    Outcome<qint64> electionId() const;

private:
    const Database &m_db;
    Session m_session;
};

} // namespace bd
