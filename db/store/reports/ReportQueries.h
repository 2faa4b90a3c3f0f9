#pragma once

#include "Outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace bd {

class Database;

/** One contest as a report lists it: its code, name, seats and region. */
struct ReportContest
{
    qint64 id = 0;
    QString code;
    QString name;
    int seats = 1;
    QString regionCode;
    QString regionKk;
    QString regionRu;
    QString regionEn;
};

/** A candidate's name and nomination (party names empty when self-nominated). */
struct ReportCandidate
{
    qint64 id = 0;
    qint64 contestId = 0;
    QString name;
    QString partyShort;
    QString partyKk;
    QString partyRu;
    QString partyEn;
    bool selfNominated() const
    {
        return partyShort.isEmpty() && partyEn.isEmpty() && partyRu.isEmpty() && partyKk.isEmpty();
    }
};

/** One polling station's line on a contest result sheet; figures are empty without a protocol. */
struct StationSheetLine
{
    QString code;
    QString number;
    QString name;
    qint64 registeredVoters = 0;
    QString state;               ///< protocol state, empty without a protocol
    QList<qint64> figures;       ///< A B C C2 D E E2 F H (H -1 when not recorded); empty if none
    QHash<qint64, qint64> votes; ///< by candidate id
};

/** Turnout of one contest from its accepted protocols. */
struct ContestTurnout
{
    qint64 votersReported = 0;
    qint64 ballotsIssued = 0;
};

/** The names behind the figures of a report: contests and candidates of an election. */
class ReportQueries
{
    Q_DECLARE_TR_FUNCTIONS(ReportQueries)

public:
    ReportQueries() = delete;

    /** Every contest of @p electionId with its region (depth 0 ancestor), by code. */
    static Outcome<QList<ReportContest>> contests(const Database &db, qint64 electionId);
    /** Every registered candidate of @p electionId, by id. */
    static Outcome<QHash<qint64, ReportCandidate>> candidates(const Database &db,
                                                              qint64 electionId);
    /** Accepted-protocol turnout of every contest of @p electionId, by contest id. */
    static Outcome<QHash<qint64, ContestTurnout>> contestTurnout(const Database &db,
                                                                 qint64 electionId);
    /** Every station of contest @p contestId with its protocol figures, by station number. */
    static Outcome<QList<StationSheetLine>> stationSheet(const Database &db, qint64 contestId);
};

} // namespace bd
